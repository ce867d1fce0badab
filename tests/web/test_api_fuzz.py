"""Schemathesis against the API's own OpenAPI document: no 5xx, no response outside the schema."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance, response_headers_conformance, response_schema_conformance, status_code_conformance,
)

from dialogue.access.services import token_issue
from dialogue.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
# No server error, and every answer within the schema: status, media type, body, headers.
CONTRACT = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
            response_headers_conformance]


@pytest.fixture
def record_to_read(default_record, officers):
    """Fuzzing reads (and, as an administrator, writes) the shipped record, inside the test's transaction.

    Calling the WSGI application directly fires the request signals, whose handler would
    close the database connection the test transaction lives on; Django's own test client
    disconnects it in the same way.
    """
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield {"Authorization": f"Bearer {token_issue(officers['admin'], name='fuzzing')}"}
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@pytest.mark.django_db
def test_the_api_keeps_its_contract(case, record_to_read):
    case.call_and_validate(headers=record_to_read, checks=CONTRACT)
