"""The API's tracking figures: how far a target has come."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from ninja import Field, Path, Query, Schema
from ninja.errors import HttpError

from dialogue.lib.partial_dates import BadDay, day_parse
from dialogue.record.models import Target
from dialogue.tracking.progress import NotYetRecorded, target_progress
from dialogue.web.api import KEY_PATTERN, api, problem_responses


class RateGapOut(Schema):
    base: str
    quote: str
    day: dt.date = Field(description="The deal's signing day; a rate up to a week older would have served.")
    text: str = Field(description='In words: "no KZT→JPY rate on 2026-11-20 or the week before".')


class UnconvertedOut(Schema):
    deal: str = Field(description="The deal's key.")
    title: str
    value: str
    currency: str
    stage: str
    missing_rate: RateGapOut


AS_OF = "How things stood on this day (YYYY-MM-DD), from the dates the record holds: each deal at the stage it had reached."
RECORDED_AS_OF = "What the record said at the end of this day (YYYY-MM-DD), from its history; with as_of, about that day."


def days_parse(as_of: str | None, recorded_as_of: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The days asked about, or 400 problem details naming the parameter and the value at fault."""
    try:
        return (day_parse(as_of, name="as_of") if as_of else None,
                day_parse(recorded_as_of, name="recorded_as_of") if recorded_as_of else None)
    except BadDay as error:
        raise HttpError(400, f"{error}.") from None


class ProgressOut(Schema):
    target: str
    currency: str
    amount: str
    on: dt.date
    as_of: dt.date | None = Field(description="The day asked about, when one was.")
    recorded_as_of: dt.date | None = Field(description="The day whose record was read, when one was.")
    achieved: str
    pledged: str
    percent: str
    elapsed_percent: str | None
    pace_needed_per_year: str | None
    status: Literal["ahead", "on track", "behind", "not started", "unknown"]
    status_note: str = Field(description="Why the status is unknown (a bound of the period not recorded); empty otherwise.")
    forecast: str | None
    by_country: dict[str, str]
    by_stage: dict[str, str]
    unconverted: list[UnconvertedOut] = Field(description="Deals left out of the sums because a rate is missing.")


@api.get("/targets/{key}/progress", response=ProgressOut, summary="A target's progress", tags=["tracking"],
         openapi_extra=problem_responses(400, 404, 422))
def target_progress_view(request, key: str = Path(..., pattern=KEY_PATTERN, max_length=120),
                         as_of: str | None = Query(None, description=AS_OF, max_length=40),
                         recorded_as_of: str | None = Query(None, description=RECORDED_AS_OF, max_length=40)):
    """Achieved, time elapsed, pace needed, status and forecast; with `as_of`, how things stood that day (before any
    deal had reached a stage: nothing achieved); with `recorded_as_of`, what the record said that day (404 when it
    did not yet hold the target). A deal whose exchange rate is missing is listed in `unconverted` and left out of
    the sums."""
    as_of_day, recorded_day = days_parse(as_of, recorded_as_of)
    target = Target.objects.filter(key=key).first()
    if target is None:
        raise HttpError(404, f"There is no target with key {key!r}.")
    try:
        figures = target_progress(target, as_of=as_of_day, recorded_as_of=recorded_day)
    except NotYetRecorded as error:
        raise HttpError(404, str(error).capitalize() + ".") from None
    text = lambda value: None if value is None else str(value)  # noqa: E731
    return {
        "target": target.key, "currency": target.currency or target.unit, "amount": str(target.amount), "on": figures.on,
        "as_of": as_of_day, "recorded_as_of": recorded_day,
        "achieved": str(figures.achieved), "pledged": str(figures.pledged), "percent": str(figures.percent),
        "elapsed_percent": text(figures.elapsed_percent), "pace_needed_per_year": text(figures.pace_needed_per_year),
        "status": figures.status, "status_note": figures.status_note, "forecast": text(figures.forecast),
        "by_country": {k: str(v) for k, v in figures.by_country.items()}, "by_stage": {k: str(v) for k, v in figures.by_stage.items()},
        "unconverted": [{"deal": c.deal.key, "title": c.deal.title, "value": str(c.value), "currency": c.currency, "stage": c.deal.stage,
                         "missing_rate": {"base": c.missing.base, "quote": c.missing.quote, "day": c.missing.day, "text": str(c.missing)}}
                        for c in figures.unconverted],
    }
