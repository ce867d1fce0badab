"""The REST API: every section of the record, read as the dump writes it, and written by role.

OpenAPI 3 at /api/openapi.json and docs at /api/docs. Lists take their section's filters and
a cursor (the last key of the page before); details carry an ETag (If-None-Match gives 304); errors are problem details
(RFC 9457). Figures take `as_of`, like every report. Writes need a token or a signed-in session and go through the
same services as the pages: a change carries If-Match (412 when stale), and `authorize` decides who may make it.
"""

from __future__ import annotations

import functools
import json
from enum import Enum
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Body, Field, NinjaAPI, Path, Query, Schema
from ninja.decorators import decorate_view
from pydantic import TypeAdapter, create_model
from pydantic import ValidationError as PydanticValidationError
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.docs import Swagger
from ninja.security import HttpBearer, SessionAuth

from dialogue.record.permissions import Actor
from dialogue.access.services import actor_for
from dialogue.access.services import token_user
from dialogue.ingest.review import InvalidEdit, ReviewError
from dialogue.record.services.editing import (
    ANY_VERSION, Citation, DeletionRefused, StaleVersion, fact_create, fact_delete, fact_edit, fact_restore, record_row,
)
from dialogue.record.errors import NotFound
from dialogue.record.interchange import RecordLoadError, record_changes, record_rows, record_version
from dialogue.record.models import KEY_VALIDATOR, Source
from dialogue.record.sections import FACT_SECTIONS, SECTIONS
from dialogue.record.version import record_revision
from dialogue.web.cached import CACHE_SECONDS, query_key
from dialogue.record.services import key_base

class PhoneSwagger(Swagger):
    """The interactive docs, laid out for the device's width (ninja's page has no viewport tag, so a phone drew it
    980 px wide)."""

    template = "web/api_docs.html"


api = NinjaAPI(
    docs=PhoneSwagger(),
    title="Dialogue Ledger API",
    version="1",
    description="The source-anchored record of multilateral dialogue formats. Every fact carries the quotes it came from.",
    urls_namespace="api",
)

MAX_LIMIT = 200
KEY_PATTERN = KEY_VALIDATOR.regex.pattern
PLAIN_TEXT = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f]*$"  # no NUL or other control characters: databases refuse them
PROBLEM = "application/problem+json"
MODELS = dict(SECTIONS)
# The filters each section understands, as query parameter -> ORM lookup.
FILTERS: dict[str, dict[str, str]] = {
    "meetings": {"format": "format__short_name", "level": "level", "status": "status", "host": "host__code", "year": "date__startswith"},
    "initiatives": {"format": "format__short_name", "status": "status", "proposed_by": "proposed_by_country__code"},
    "deals": {"format": "format__short_name", "stage": "stage", "currency": "currency", "country": "countries__code"},
    "targets": {"format": "format__short_name", "currency": "currency"},
    "documents": {"format": "format__short_name", "kind": "kind"},
    "people": {"name": "name__icontains"},
    "sources": {"publisher": "publisher__icontains", "kind": "kind"},
}


def problem(request: HttpRequest, status: int, title: str, detail: str, **extra: Any) -> HttpResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, "instance": request.path, **extra}
    return HttpResponse(json.dumps(body, ensure_ascii=False), status=status, content_type=PROBLEM)


@api.exception_handler(HttpError)
def _http_error(request, error: HttpError):
    detail = str(error)
    if isinstance(error.__cause__, ValueError):  # the body could not be read: say why (not UTF-8, not JSON)
        detail = f"The request's body is not JSON in UTF-8: {error.__cause__}"
    elif isinstance(error.__cause__, RecursionError):
        detail = "The request's body nests lists and objects too deep to be read."
    return problem(request, error.status_code, HttpResponse(status=error.status_code).reason_phrase, detail)


@api.exception_handler(NotFound)
def _not_found(request, error: NotFound):
    return problem(request, 404, "Not Found", f"{error}.")


@api.exception_handler(PermissionDenied)
def _forbidden(request, error: PermissionDenied):
    return problem(request, 403, "Forbidden", str(error) or "You may not do this.")


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, error: AuthenticationError):
    response = problem(request, 401, "Unauthorized", "Send a token (Authorization: Bearer ...) or sign in first.")
    response["WWW-Authenticate"] = 'Bearer realm="dialogue-ledger"'
    return response


@api.exception_handler(IntegrityError)
def _conflict(request, error: IntegrityError):
    """Two writers after one key or one row at once: the loser is told to read again, never a 500."""
    return problem(request, 409, "Conflict", "Another change to the same record was written at the same moment; "
                   "read the record again and repeat yours if it is still needed.")


@api.exception_handler(RequestDataTooBig)
def _too_large(request, error: RequestDataTooBig):
    return problem(request, 413, "Content Too Large",
                   f"The request's body is over {settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024} KiB; send a shorter report.")


@api.exception_handler(ValidationError)
def _validation_error(request, error: ValidationError):
    return problem(request, 422, "Unprocessable Content", "The request's parameters are not valid.", errors=error.errors)


class Page(Schema):
    items: list[dict[str, Any]]
    next_cursor: str | None = None


class Problem(Schema):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str
    instance: str
    errors: list[dict[str, Any]] | None = None


Section = Enum("Section", {name: name for name in MODELS}, type=str)


def problem_responses(*statuses: int, if_match: bool = False) -> dict:
    """Document error answers with the media type they are sent in (ninja would say application/json)."""
    content = {PROBLEM: {"schema": Problem.model_json_schema()}}
    extra: dict[str, Any] = {"responses": {str(status): {"description": HttpResponse(status=status).reason_phrase, "content": content}
                                           for status in statuses}}
    if if_match:
        extra["parameters"] = [{"in": "header", "name": "If-Match", "required": False, "schema": {"type": "string"},
                                "description": "The record's ETag as you last read it; without it the change is refused (428)."}]
    return extra


def _model(section: Section) -> type[Model]:
    return MODELS[section.value]


def _filtered(section: str, model: type[Model], query: Schema) -> QuerySet:
    rows = model.objects.all()
    for parameter, lookup in FILTERS.get(section, {}).items():
        value = getattr(query, parameter)
        if value:
            rows = rows.filter(**{lookup: value.upper() if lookup.endswith("__code") else value})
            if model._meta.get_field(lookup.split("__")[0]).many_to_many:
                rows = rows.distinct()  # only a many-to-many filter can repeat a row; DISTINCT costs a sort otherwise
    return rows


def _kept_under_revision(run):
    """A list's answer, as ninja renders it, kept under the path, the query string and the record's revision (which
    every write replaces): the lists need no credentials, so every reader gets the same answer to the same question."""
    @functools.wraps(run)
    def cached_run(request, **kwargs):
        key = f"api-list-{request.path}-{query_key(request)}-{record_revision()}"
        if (found := cache.get(key)) is not None:
            body, headers = found
            response = HttpResponse(body, headers=headers)
        else:
            response = run(request, **kwargs)
            if response.status_code == 200:
                cache.set(key, (response.content, dict(response.headers)), CACHE_SECONDS)
        response.shared_answer = response.status_code == 200  # the same for every client (web/middleware.py)
        return response
    return cached_run


def _list_route(section: str, model: type[Model]) -> None:
    """GET /{section}: its own filters, documented, and a cursor (the last key of the page before)."""
    text = (str | None, Field(None, max_length=200, pattern=PLAIN_TEXT))
    fields = {parameter: text for parameter in FILTERS.get(section, {})}
    query_schema = create_model(f"{model.__name__}ListQuery", __base__=Schema, cursor=text,
                                limit=(int, Field(50, ge=1, le=MAX_LIMIT)), **fields)

    def section_list(request, query):
        rows = _filtered(section, model, query).order_by("key")
        if query.cursor:
            rows = rows.filter(key__gt=query.cursor)
        page = list(rows[: query.limit + 1])
        more = len(page) > query.limit
        page = page[: query.limit]
        return {"items": record_rows(model, page), "next_cursor": page[-1].key if more else None}

    section_list.__name__ = f"{section}_list"
    section_list.__doc__ = (f"{model._meta.verbose_name_plural.capitalize()} in key order, `limit` at a time (at most {MAX_LIMIT}); "
                            "pass `next_cursor` back as `cursor` for the next page.")
    section_list.__annotations__ = {"query": Query[query_schema]}
    api.get(f"/{section}", response=Page, summary=f"List {model._meta.verbose_name_plural}", tags=["record"],
            openapi_extra=problem_responses(422))(decorate_view(_kept_under_revision)(section_list))


for _section, _model_class in SECTIONS:
    _list_route(_section, _model_class)


def _found(model: type[Model], key: str, manager: str = "objects") -> Model:
    obj = getattr(model, manager).filter(key=key).first()
    if obj is None:
        raise NotFound(f"There is no {model._meta.verbose_name} with key {key!r}")
    return obj


def _record_response(obj: Model, status: int = 200) -> HttpResponse:
    """The record as the dump writes it, with its version as the ETag (a source without its long text)."""
    row = record_row(obj)
    return HttpResponse(json.dumps(row, ensure_ascii=False, sort_keys=True), status=status,
                        content_type="application/json", headers={"ETag": record_version(row)})


# /jobs/ID has the shape of /{section}/{key}: its route must come first (Django tries routes in order).
from dialogue.web import api_jobs  # noqa: E402, F401


@api.get("/{section}/{key}", response={200: dict[str, Any], 304: None}, summary="One record, with its evidence", tags=["record"],
         openapi_extra=problem_responses(404, 422))
def section_detail(request, section: Section, key: str = Path(..., pattern=KEY_PATTERN, max_length=120)):
    """The record as the dump writes it. Its ETag changes whenever the record does; send it back as If-Match to change it."""
    # The API's most read answer: kept in the cache under the record's revision, which every write replaces.
    cache_key = f"api-detail-{section.value}-{key}-{record_revision()}"
    if (found := cache.get(cache_key)) is None:
        response = _record_response(_found(_model(section), key))
        found = (response.content, response["ETag"])
        cache.set(cache_key, found, CACHE_SECONDS)
    body, etag = found
    if request.headers.get("If-None-Match") == etag:
        return HttpResponse(status=304, headers={"ETag": etag})
    response = HttpResponse(body, content_type="application/json", headers={"ETag": etag})
    response.shared_answer = True  # the same for every client (web/middleware.py)
    return response


# ----------------------------------------------------------------------------- writes


class TokenAuth(HttpBearer):
    """`Authorization: Bearer <token>`, a token from `dialogue users token`."""

    def authenticate(self, request, token):
        return token_user(token)


class SignedInSession(SessionAuth):
    """A signed-in session with its CSRF token. With nobody signed in there is no session to forge, so no CSRF
    check: the request is unauthenticated (401), not forbidden (403)."""

    def _get_key(self, request):
        return super()._get_key(request) if request.user.is_authenticated else None


WRITERS = [TokenAuth(), SignedInSession()]  # a token, or a signed-in session (with its CSRF token)
FactSection = Enum("FactSection", {name: name for name, _ in FACT_SECTIONS}, type=str)
IF_MATCH = "the ETag of the record as you last read it (If-Match)"


def request_actor(request) -> Actor:
    return actor_for(request.auth)


def _if_match(request) -> str | tuple[str, ...]:
    """The versions the client says it changes, read as RFC 9110 says: `*` is whatever version the record has
    now; otherwise any of the strong ETags listed (a weak one never matches)."""
    header = request.headers.get("If-Match", "").strip()
    if not header:
        raise HttpError(428, f"Send {IF_MATCH}, so that a change made meanwhile by someone else is not overwritten.")
    if header == ANY_VERSION:
        return ANY_VERSION
    return tuple(tag.strip() for tag in header.split(",") if tag.strip() and not tag.strip().startswith("W/"))


def guarded_write(request, action):
    """Run one write, turning each refusal into its problem details; nothing is written on any of them."""
    try:
        return action()
    except StaleVersion as error:
        stale = problem(request, 412, "Precondition Failed", str(error))
        stale["ETag"] = error.current  # the version to read again before retrying
        return stale
    except InvalidEdit as error:
        return problem(request, 422, "Unprocessable Content", str(error))
    except (DeletionRefused, ReviewError) as error:
        return problem(request, 409, "Conflict", str(error))
    except RecordLoadError as error:
        return problem(request, 422, "Unprocessable Content", "Some fields are not valid.",
                       errors=[{"msg": message} for message in error.problems])
    except DjangoValidationError as error:
        errors = [{"field": field, "msg": message} for field, messages in error.message_dict.items() for message in messages] \
            if hasattr(error, "error_dict") else [{"msg": message} for message in error.messages]
        return problem(request, 422, "Unprocessable Content", "The change would make the record invalid.", errors=errors)


class Cited(Schema):
    model_config = {"extra": "forbid"}
    source: str = Field(..., pattern=KEY_PATTERN, max_length=120, description="The source's key.")
    start: int = Field(..., ge=0, description="Where the quote starts in the source's text, in characters.")
    end: int = Field(..., ge=1)
    quote: str = Field(..., min_length=1, max_length=5000, description="The source's words from start to end, exactly.")
    field: str = Field("", max_length=60, pattern=r"^[a-z_]*$", description="The field it supports; empty for the whole fact.")


class NewFact(Schema):
    model_config = {"extra": "forbid"}
    fields: dict[str, Any] = Field(..., description="The fact's fields, written as the dump writes them (references by key, "
                                   "countries by ISO code).")
    evidence: list[Cited] = Field(..., max_length=50, description="The quotes it stands on; an empty list enters it by hand "
                                  "(it then carries your name and the time as the manual-entry mark).")


def _citations(evidence: list[Cited]) -> list[Citation]:
    sources = {source.key: source for source in Source.objects.filter(key__in={item.source for item in evidence})}
    if missing := sorted({item.source for item in evidence} - set(sources)):
        raise DjangoValidationError({"evidence": [f"there is no source {key!r}" for key in missing]})
    return [Citation(source=sources[item.source], start=item.start, end=item.end, quote=item.quote, field=item.field) for item in evidence]


CHANGE_EVIDENCE = TypeAdapter(list[Cited])


def _change_citations(raw: Any) -> list[Citation]:
    """A change's `evidence`, read as a new record's is: the quotes that back the fields the change sets."""
    try:
        evidence = CHANGE_EVIDENCE.validate_python(raw)
    except PydanticValidationError as error:
        raise DjangoValidationError({"evidence": [
            "".join([f"evidence[{e['loc'][0]}]" if e["loc"] else "evidence", *(f".{part}" for part in e["loc"][1:])]) + f": {e['msg']}"
            for e in error.errors()]}) from None
    if len(evidence) > 50:
        raise DjangoValidationError({"evidence": ["at most 50 quotes at once"]})
    return _citations(evidence)


def _key_base(model: type[Model], fields: dict[str, Any]) -> str:
    """The new fact's key from the words that name it and its format's key, as the request gives them."""
    label = next((str(fields[name]) for name in ("title", "name", "label", "topic") if fields.get(name)), "entry")
    return key_base(model, format_key=fields["format"] if isinstance(fields.get("format"), str) else None, label=label)


def _create_route(section: str, model: type[Model]) -> None:
    """POST /{section}: enter one fact by hand, on the list's own address."""

    def section_create(request, new: NewFact):
        def create():
            values = record_changes(model, new.fields)
            fact = fact_create(actor=request_actor(request), model=model, values=values, key_base=_key_base(model, new.fields),
                               citations=_citations(new.evidence))
            response = _record_response(fact, status=201)
            response["Location"] = f"{request.path.rstrip('/')}/{fact.key}"
            return response
        return guarded_write(request, create)

    section_create.__name__ = f"{section}_create"
    section_create.__doc__ = (f"Enter a {model._meta.verbose_name} with the quotes it stands on, or by hand with `evidence: []`. "
                              "Focal points enter their own country's items. The answer is the record, with its key (201, Location).")
    api.post(f"/{section}", auth=WRITERS, response={201: dict[str, Any]}, summary=f"Enter a {model._meta.verbose_name}",
             tags=["writes"], openapi_extra=problem_responses(400, 401, 403, 409, 413, 422))(section_create)


for _section, _model_class in FACT_SECTIONS:
    _create_route(_section, _model_class)


@api.patch("/{section}/{key}", auth=WRITERS, response={200: dict[str, Any]}, summary="Change a record", tags=["writes"],
           openapi_extra=problem_responses(400, 401, 403, 404, 409, 412, 413, 422, 428, if_match=True))
def section_change(request, section: FactSection, changes: dict[str, Any] = Body(...), key: str = Path(..., pattern=KEY_PATTERN, max_length=120)):
    """Change some fields of a record, written as the dump writes them. Needs If-Match; a stale version gets 412.
    `evidence`, as a new record takes it, cites the quotes that back the new values: one without a `field` backs
    every field the change sets to a new value (the whole record when it changes none); each is checked in its source."""
    model = MODELS[section.value]
    fact = _found(model, key)

    def change():
        citations = _change_citations(changes.pop("evidence", []))
        return _record_response(fact_edit(actor=request_actor(request), fact=fact, version=_if_match(request),
                                          changes=record_changes(model, changes), citations=citations))
    return guarded_write(request, change)


@api.delete("/{section}/{key}", auth=WRITERS, response={204: None}, summary="Delete a record (reversibly)", tags=["writes"],
            openapi_extra=problem_responses(401, 403, 404, 409, 412, 422, 428, if_match=True))
def section_delete(request, section: FactSection, key: str = Path(..., pattern=KEY_PATTERN, max_length=120)):
    """Hide a record and whatever depends on it; `POST .../restore` brings them back. Needs If-Match."""
    fact = _found(MODELS[section.value], key)

    def delete():
        fact_delete(actor=request_actor(request), fact=fact, version=_if_match(request))
        return HttpResponse(status=204)
    return guarded_write(request, delete)


@api.post("/{section}/{key}/restore", auth=WRITERS, response={200: dict[str, Any]}, summary="Restore a deleted record",
          tags=["writes"], openapi_extra=problem_responses(401, 403, 404, 409, 422))
def section_restore(request, section: FactSection, key: str = Path(..., pattern=KEY_PATTERN, max_length=120)):
    """Bring back a deleted record with whatever was deleted with it."""
    fact = _found(MODELS[section.value], key, manager="everything")

    def restore():
        fact_restore(actor=request_actor(request), fact=fact)
        return _record_response(MODELS[section.value].objects.get(pk=fact.pk))
    return guarded_write(request, restore)


# The review queue's and tracking's endpoints live in modules of their own; importing them registers their routes on
# `api`, after the record's (the order of registration is the order routes are tried).
from dialogue.web import api_review, api_tracking  # noqa: E402, F401
