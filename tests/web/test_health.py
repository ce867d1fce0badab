"""/healthz and /readyz: what a load balancer asks before it sends a web worker traffic."""

from __future__ import annotations

import os

import pytest
from django.db import OperationalError, connection
from django.db.migrations.recorder import MigrationRecorder
from django.test import Client

CLOSED_PORT = "redis://127.0.0.1:1/0"  # nothing listens on port 1: connections are refused at once


def _database_unreachable(*args, **kwargs):
    raise OperationalError("connection refused by db.internal:5432")


def test_healthz_answers_while_the_database_does_not(db, monkeypatch):
    with monkeypatch.context() as patch:  # undone before the test database is rolled back
        patch.setattr(connection, "cursor", _database_unreachable)
        answer = Client().get("/healthz")
    assert answer.status_code == 200 and answer.json() == {"status": "ok"}
    assert answer["Cache-Control"] == "no-store"


def test_probes_answer_a_load_balancer_asking_by_address_over_plain_http(db, settings):
    settings.ALLOWED_HOSTS = ["ledger.example.org"]
    settings.SECURE_SSL_REDIRECT = True
    by_address = Client(HTTP_HOST="10.0.3.7:8000", raise_request_exception=False)
    assert by_address.get("/healthz").status_code == 200
    assert by_address.get("/readyz").status_code == 200


def test_readyz_is_ready_when_database_migrations_and_cache_answer(db, settings):
    settings.REDIS_URL = ""
    answer = Client().get("/readyz")
    assert answer.status_code == 200
    checks = answer.json()["checks"]
    assert answer.json()["status"] == "ready"
    assert checks["database"] == checks["migrations"] == checks["cache"] == "ok"
    assert checks["broker"].startswith("not configured")


def test_readyz_names_a_migration_not_applied(db):
    MigrationRecorder.Migration.objects.filter(app="feeds").order_by("-id").first().delete()
    answer = Client().get("/readyz")
    assert answer.status_code == 503 and answer.json()["status"] == "not ready"
    assert answer.json()["checks"]["migrations"] == "failed: 1 migration to apply (run `dialogue migrate`)"


def test_readyz_says_the_database_does_not_answer_and_checks_no_migrations(db, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(connection, "cursor", _database_unreachable)
        answer = Client().get("/readyz")
    checks = answer.json()["checks"]
    assert answer.status_code == 503
    assert checks["database"] == "failed: OperationalError"  # the error's words (hosts) go to the log, not the answer
    assert checks["migrations"].startswith("not checked")


def test_readyz_says_a_redis_that_refuses_connections_is_neither_cache_nor_broker(db, settings):
    settings.REDIS_URL = CLOSED_PORT
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CLOSED_PORT}}
    answer = Client().get("/readyz")
    checks = answer.json()["checks"]
    assert answer.status_code == 503 and checks["database"] == "ok"
    assert checks["cache"] == checks["broker"] == "failed: ConnectionError"


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs a Redis: run under scripts/with-redis")
def test_readyz_is_ready_with_a_redis_that_answers(db, settings):
    settings.REDIS_URL = os.environ["REDIS_URL"]
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": settings.REDIS_URL}}
    answer = Client().get("/readyz")
    assert answer.status_code == 200 and answer.json()["checks"]["broker"] == answer.json()["checks"]["cache"] == "ok"


def test_probes_refuse_other_methods(client):
    answer = client.post("/readyz")
    assert answer.status_code == 405 and answer["Allow"] == "GET, HEAD"
