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

from dialogue.lib.partial_dates import PartialDate, first_day
from dialogue.record.models import Area, Deal, Target
from dialogue.record.selectors import end_of_day
from dialogue.tracking.rates import RateBook, RateUsed

COUNTED = (Deal.Stage.COMMITMENT, Deal.Stage.IMPLEMENTATION, Deal.Stage.COMPLETED)
PLEDGED = (Deal.Stage.PLEDGE,)
AHEAD, ON_TRACK, BEHIND, NOT_STARTED = "ahead", "on track", "behind", "not started"
TOLERANCE = Decimal("0.10")  # within 10 % of the time elapsed is on track
CENT = Decimal("0.01")


class NotYetRecorded(LookupError):
    """Asked for a fact as of a day before the record held it."""


@dataclass(slots=True)
class DealRow:
    """What progress needs of a deal, read in bulk."""

    id: int
    key: str
    title: str
    value: Decimal | None
    currency: str
    signed: str
    stage: str
    sector: str
    umbrella_id: int | None
    area: str | None
    countries: list[str]

    @property
    def stage_label(self) -> str:
        return Deal.Stage(self.stage).label.lower()


@dataclass(slots=True)
class Contribution:
    deal: DealRow
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

    def largest(self, count: int = 15) -> list[Contribution]:
        return sorted(self.contributions, key=lambda c: c.converted, reverse=True)[:count]


def _period(target: Target) -> tuple[dt.date | None, dt.date | None]:
    start_text = target.period_start or (target.meeting.date if target.meeting_id and target.meeting else "")
    start = PartialDate.parse(start_text).first_day() if start_text else None
    if target.period_end:
        return start, PartialDate.parse(target.period_end).last_day()
    if start and target.period_years:
        days = int((target.period_years * Decimal("365.25")).to_integral_value())
        return start, start + dt.timedelta(days=days)
    return start, None


FIELDS = ["id", "key", "title", "value", "currency", "signed", "stage", "sector", "umbrella_id", "area__name"]


def _deal_rows(target: Target, as_of: dt.datetime | None) -> list[DealRow]:
    """The deals linked to the target, as they stood at `as_of` (the links are today's)."""
    ids = Deal.targets.through.objects.filter(target_id=target.id).values_list("deal_id", flat=True)
    countries: dict[int, list[str]] = defaultdict(list)
    links = Deal.countries.through.objects.filter(deal_id__in=ids).order_by("deal_id", "country__code")
    for deal_id, code in links.values_list("deal_id", "country__code"):
        countries[deal_id].append(code)
    if as_of is None:
        rows = Deal.objects.filter(id__in=ids).order_by().values_list(*FIELDS)  # order is set below, not by the database
    else:
        areas = dict(Area.objects.values_list("id", "name"))
        rows = [(d.id, d.key, d.title, d.value, d.currency, d.signed, d.stage, d.sector, d.umbrella_id, areas.get(d.area_id))
                for d in Deal.history.as_of(as_of).filter(id__in=list(ids))]
    return [DealRow(*row[:9], area=row[9], countries=countries[row[0]]) for row in rows]


def targets_progress(targets, *, on: dt.date | None = None, as_of: dt.date | None = None) -> list[TargetProgress]:
    """Progress of many targets, sharing one book of rates."""
    book = RateBook(as_of=end_of_day(as_of) if as_of else None)
    return [target_progress(target, on=on, as_of=as_of, book=book) for target in targets]


def target_progress(target: Target, *, on: dt.date | None = None, as_of: dt.date | None = None,
                    book: RateBook | None = None) -> TargetProgress:
    """The target's progress on a day: by default today, from the record as it is now."""
    day = as_of or on or timezone.now().date()
    moment = end_of_day(as_of) if as_of else None
    if moment is not None:
        target = Target.history.as_of(moment).filter(id=target.id).first()
        if target is None:
            raise NotYetRecorded(f"the target was not in the record on {as_of.isoformat()}")
    deals = _deal_rows(target, moment)
    linked = {d.id for d in deals}
    # Umbrellas whose parts are recorded: counting them too would count the same money twice.
    umbrellas = {d.umbrella_id for d in deals if d.umbrella_id in linked}
    book = book or RateBook(as_of=moment)
    contributions: list[Contribution] = []
    achieved = pledged = Decimal(0)
    by_country: dict[str, Decimal] = defaultdict(Decimal)
    by_area: dict[str, Decimal] = defaultdict(Decimal)
    by_sector: dict[str, Decimal] = defaultdict(Decimal)
    by_stage: dict[str, Decimal] = defaultdict(Decimal)
    for deal in sorted(deals, key=lambda d: (d.signed, d.key)):
        signed_day = first_day(deal.signed) if deal.signed else day
        if deal.value is None or signed_day > day:
            continue
        factor, used = book.between(deal.currency, target.currency, signed_day)
        converted = (deal.value * factor).quantize(CENT, ROUND_HALF_UP)
        if deal.id in umbrellas:
            why, counted = "umbrella over recorded parts", False
        elif deal.stage in COUNTED:
            why, counted = "counted", True
        elif deal.stage in PLEDGED:
            why, counted = "pledge, shown beside", False
            pledged += converted
        else:
            why, counted = deal.stage_label, False
        contributions.append(Contribution(deal, deal.value, deal.currency, converted, used, counted, why))
        if not counted:
            continue
        achieved += converted
        shares = deal.countries or ["unassigned"]
        share = converted if len(shares) == 1 else (converted / len(shares)).quantize(CENT, ROUND_HALF_UP)
        for code in shares:
            by_country[code] += share
        by_area[deal.area or "unassigned"] += converted
        by_sector[deal.sector or "unassigned"] += converted
        by_stage[deal.stage] += converted
    breakdowns = {"country": dict(by_country), "area": dict(by_area), "sector": dict(by_sector), "stage": dict(by_stage)}
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
