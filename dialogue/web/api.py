"""The REST API: every section of the record, read as the dump writes it.

OpenAPI 3 at /api/openapi.json and docs at /api/docs. Lists take their section's filters and
a cursor (the last key of the page before); details carry an ETag (If-None-Match gives 304); errors are problem details
(RFC 9457). Figures take `as_of`, like every report.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from enum import Enum
from typing import Any

from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Field, NinjaAPI, Path, Query, Schema
from pydantic import create_model
from ninja.errors import HttpError, ValidationError

from dialogue.record.interchange import record_rows
from dialogue.record.models import KEY_VALIDATOR, Source, Target
from dialogue.record.sections import SECTIONS
from dialogue.tracking.progress import NotYetRecorded, target_progress
from dialogue.tracking.rates import MissingRate

api = NinjaAPI(
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
    return problem(request, error.status_code, HttpResponse(status=error.status_code).reason_phrase, str(error))


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


def problem_responses(*statuses: int) -> dict:
    """Document error answers with the media type they are sent in (ninja would say application/json)."""
    content = {PROBLEM: {"schema": Problem.model_json_schema()}}
    return {"responses": {str(status): {"description": HttpResponse(status=status).reason_phrase, "content": content}
                          for status in statuses}}


def _model(section: Section) -> type[Model]:
    return MODELS[section.value]


def _filtered(section: str, model: type[Model], query: Schema) -> QuerySet:
    rows = model.objects.all()
    for parameter, lookup in FILTERS.get(section, {}).items():
        value = getattr(query, parameter)
        if value:
            rows = rows.filter(**{lookup: value.upper() if lookup.endswith("__code") else value})
    return rows.distinct()


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
            openapi_extra=problem_responses(422))(section_list)


for _section, _model_class in SECTIONS:
    _list_route(_section, _model_class)


@api.get("/{section}/{key}", response={200: dict[str, Any], 304: None}, summary="One record, with its evidence", tags=["record"],
         openapi_extra=problem_responses(404, 422))
def section_detail(request, section: Section, key: str = Path(..., pattern=KEY_PATTERN, max_length=120)):
    """The record as the dump writes it. Its ETag changes whenever the record does."""
    model = _model(section)
    obj = model.objects.filter(key=key).first()
    if obj is None:
        raise HttpError(404, f"There is no {model._meta.verbose_name} with key {key!r}.")
    [row] = record_rows(model, [obj])
    if model is Source:
        row.pop("text", None)  # the text is long; /sources/{key}/text serves it
    body = json.dumps(row, ensure_ascii=False, sort_keys=True)
    etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'
    if request.headers.get("If-None-Match") == etag:
        return HttpResponse(status=304, headers={"ETag": etag})
    return HttpResponse(body, content_type="application/json", headers={"ETag": etag})


class ProgressOut(Schema):
    target: str
    currency: str
    amount: str
    on: dt.date
    achieved: str
    pledged: str
    percent: str
    elapsed_percent: str | None
    pace_needed_per_year: str | None
    status: str
    forecast: str | None
    by_country: dict[str, str]
    by_stage: dict[str, str]


@api.get("/targets/{key}/progress", response=ProgressOut, summary="A target's progress", tags=["tracking"],
         openapi_extra=problem_responses(404, 409, 422))
def target_progress_view(request, key: str = Path(..., pattern=KEY_PATTERN, max_length=120), as_of: dt.date | None = None):
    """Achieved, time elapsed, pace needed, status and forecast; with `as_of`, from the record as it stood that day."""
    target = Target.objects.filter(key=key).first()
    if target is None:
        raise HttpError(404, f"There is no target with key {key!r}.")
    try:
        figures = target_progress(target, as_of=as_of)
    except MissingRate as error:
        raise HttpError(409, str(error)) from None
    except NotYetRecorded as error:
        raise HttpError(404, str(error).capitalize() + ".") from None
    text = lambda value: None if value is None else str(value)  # noqa: E731
    return {
        "target": target.key, "currency": target.currency or target.unit, "amount": str(target.amount), "on": figures.on,
        "achieved": str(figures.achieved), "pledged": str(figures.pledged), "percent": str(figures.percent),
        "elapsed_percent": text(figures.elapsed_percent), "pace_needed_per_year": text(figures.pace_needed_per_year),
        "status": figures.status, "forecast": text(figures.forecast),
        "by_country": {k: str(v) for k, v in figures.by_country.items()}, "by_stage": {k: str(v) for k, v in figures.by_stage.items()},
    }
