"""How far a target has come: the deals that count toward it, converted at each deal's date.

Only commitments and later stages count by default; pledges and memoranda are shown
beside them. An umbrella agreement is not added on top of the deals recorded under it.
With `as_of`, every figure is computed from the record as it stood at the end of that day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone

from dialogue.lib.partial_dates import PartialDate
from dialogue.record.models import Deal, Target
from dialogue.tracking.rates import RateUsed, rate_between

COUNTED = (Deal.Stage.COMMITMENT, Deal.Stage.IMPLEMENTATION, Deal.Stage.COMPLETED)
PLEDGED = (Deal.Stage.PLEDGE,)
AHEAD, ON_TRACK, BEHIND, NOT_STARTED = "ahead", "on track", "behind", "not started"
TOLERANCE = Decimal("0.10")  # within 10 % of the time elapsed is on track
CENT = Decimal("0.01")


@dataclass
class Contribution:
    deal: Deal
    value: Decimal
    currency: str
    converted: Decimal
    rates: list[RateUsed]
    counted: bool
    why: str  # "counted", "pledge, shown beside", "umbrella over recorded parts", "cancelled"


@dataclass
class TargetProgress:
    target: Target
    on: dt.date
    achieved: Decimal
    pledged: Decimal
    percent: Decimal
    period_start: dt.date | None
    period_end: dt.date | None
    elapsed_percent: Decimal | None
    remaining: Decimal
    pace_needed_per_year: Decimal | None
    status: str
    forecast: Decimal | None
    contributions: list[Contribution] = field(default_factory=list)
    by_country: dict[str, Decimal] = field(default_factory=dict)
    by_area: dict[str, Decimal] = field(default_factory=dict)
    by_sector: dict[str, Decimal] = field(default_factory=dict)
    by_stage: dict[str, Decimal] = field(default_factory=dict)


def end_of_day(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.max))


def _period(target: Target) -> tuple[dt.date | None, dt.date | None]:
    start_text = target.period_start or (target.meeting.date if target.meeting_id and target.meeting else "")
    start = PartialDate.parse(start_text).first_day() if start_text else None
    if target.period_end:
        return start, PartialDate.parse(target.period_end).last_day()
    if start and target.period_years:
        days = int((target.period_years * Decimal("365.25")).to_integral_value())
        return start, start + dt.timedelta(days=days)
    return start, None


def _deals(target: Target, as_of: dt.datetime | None) -> list[Deal]:
    """The deals linked to the target, as they stood at `as_of` (links are today's)."""
    ids = list(target.deals.values_list("id", flat=True))
    if as_of is None:
        return list(Deal.objects.filter(id__in=ids).select_related("area").prefetch_related("countries", "parts"))
    deals = []
    for historical in Deal.history.as_of(as_of).filter(id__in=ids):
        deals.append(historical)
    return deals


def _umbrella_ids(deals: list[Deal]) -> set[int]:
    """Umbrellas whose parts are recorded: counting them too would count the same money twice."""
    linked = {d.id for d in deals}
    return {d.umbrella_id for d in deals if d.umbrella_id and d.umbrella_id in linked}


def _share(total: dict[str, Decimal], key: str, value: Decimal) -> None:
    total[key] = total.get(key, Decimal(0)) + value


def target_progress(target: Target, *, on: dt.date | None = None, as_of: dt.date | None = None) -> TargetProgress:
    """The target's progress on a day: by default today, from the record as it is now."""
    day = as_of or on or timezone.now().date()
    moment = end_of_day(as_of) if as_of else None
    if moment is not None:
        target = Target.history.as_of(moment).get(id=target.id)
    deals = _deals(target, moment)
    umbrellas = _umbrella_ids(deals)
    contributions: list[Contribution] = []
    achieved = pledged = Decimal(0)
    breakdowns: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for deal in sorted(deals, key=lambda d: (d.signed, d.key)):
        if deal.value is None or (deal.signed and PartialDate.parse(deal.signed).first_day() > day):
            continue
        signed_day = PartialDate.parse(deal.signed).first_day() if deal.signed else day
        factor, rates = rate_between(deal.currency, target.currency, signed_day, as_of=moment)
        converted = (deal.value * factor).quantize(CENT, ROUND_HALF_UP)
        if deal.id in umbrellas:
            why, counted = "umbrella over recorded parts", False
        elif deal.stage in COUNTED:
            why, counted = "counted", True
        elif deal.stage in PLEDGED:
            why, counted = "pledge, shown beside", False
            pledged += converted
        else:
            why, counted = deal.get_stage_display().lower(), False
        contributions.append(Contribution(deal, deal.value, deal.currency, converted, rates, counted, why))
        if not counted:
            continue
        achieved += converted
        countries = [c.code for c in Deal.objects.get(id=deal.id).countries.all()] or ["unassigned"]
        for code in countries:
            _share(breakdowns["country"], code, (converted / len(countries)).quantize(CENT, ROUND_HALF_UP))
        area = Deal.objects.filter(id=deal.id).values_list("area__name", flat=True).first() if deal.area_id else None
        _share(breakdowns["area"], area or "unassigned", converted)
        _share(breakdowns["sector"], deal.sector or "unassigned", converted)
        _share(breakdowns["stage"], deal.stage, converted)
    return _figures(target, day, achieved, pledged, contributions, breakdowns)


def _figures(target, day, achieved, pledged, contributions, breakdowns) -> TargetProgress:
    start, end = _period(target)
    percent = (achieved / target.amount * 100).quantize(CENT, ROUND_HALF_UP) if target.amount else Decimal(0)
    remaining = max(target.amount - achieved, Decimal(0))
    elapsed = None
    if start and end and end > start:
        fraction = Decimal(min(max((day - start).days, 0), (end - start).days)) / Decimal((end - start).days)
        elapsed = (fraction * 100).quantize(CENT, ROUND_HALF_UP)
    if end and day < end:
        years_left = Decimal((end - max(day, start or day)).days) / Decimal("365.25")
        pace = (remaining / years_left).quantize(CENT, ROUND_HALF_UP) if years_left else None
    elif not end and target.period_years:
        pace = (remaining / target.period_years).quantize(CENT, ROUND_HALF_UP)  # the period has not begun on a known day
    else:
        pace = None
    if not elapsed:
        status = NOT_STARTED if not achieved else AHEAD
        forecast = None
    else:
        ratio = percent / elapsed
        status = AHEAD if ratio >= 1 + TOLERANCE else BEHIND if ratio < 1 - TOLERANCE else ON_TRACK
        forecast = (achieved * 100 / elapsed).quantize(CENT, ROUND_HALF_UP)
    return TargetProgress(
        target=target, on=day, achieved=achieved, pledged=pledged, percent=percent, period_start=start, period_end=end,
        elapsed_percent=elapsed, remaining=remaining, pace_needed_per_year=pace, status=status, forecast=forecast,
        contributions=contributions, by_country=breakdowns["country"], by_area=breakdowns["area"],
        by_sector=breakdowns["sector"], by_stage=breakdowns["stage"],
    )
