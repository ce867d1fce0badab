"""How far a target has come: the deals that count toward it, converted at each deal's date.

Only commitments and later stages count by default; pledges and memoranda are shown
beside them. An umbrella agreement and the deals recorded under it count as the larger of
the umbrella and the sum of its parts, at each stage. A deal whose rate is missing is shown
unconverted and left out of the sums, so the rest still count. With `as_of`, every figure
is how things stood that day: each deal at the stage it had reached by then (see record.timeline);
with `recorded_as_of`, from the record as it was written at the end of that day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone
from django.utils.translation import gettext, ngettext, pgettext_lazy

from dialogue.lib.partial_dates import PartialDate, first_day
from dialogue.record.models import Area, Deal, Format, Target
from dialogue.record.timeline import Moment, deal_stages_then, known_by, moment
from dialogue.tracking.rates import MissingRate, RateBook, RateGap, RateUsed

COUNTED = (Deal.Stage.COMMITMENT, Deal.Stage.IMPLEMENTATION, Deal.Stage.COMPLETED)
PLEDGED = (Deal.Stage.PLEDGE,)
LADDER = (*PLEDGED, *COUNTED)  # a deal's money is also at every stage before its own
RUNG = {stage: rung for rung, stage in enumerate(LADDER)}
COUNTING = RUNG[Deal.Stage.COMMITMENT]  # the rung from which money counts as achieved
AHEAD, ON_TRACK, BEHIND, NOT_STARTED, UNKNOWN = "ahead", "on track", "behind", "not started", "unknown"
# What a page calls each status; the API and the files keep the codes above.
STATUS_LABELS = {AHEAD: pgettext_lazy("target status", "Ahead"), ON_TRACK: pgettext_lazy("target status", "On track"),
                 BEHIND: pgettext_lazy("target status", "Behind"), NOT_STARTED: pgettext_lazy("target status", "Not started"),
                 UNKNOWN: pgettext_lazy("target status", "Unknown")}
TOLERANCE = Decimal("0.10")  # within 10 % of the time elapsed is on track
CENT = Decimal("0.01")
ZERO = Decimal(0)


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
    first_step: dt.date | None = None  # the day of its first dated stage, at which it is converted until it is signed

    @property
    def stage_label(self) -> str:
        return Deal.Stage(self.stage).label.lower()


@dataclass(slots=True)
class Contribution:
    deal: DealRow
    value: Decimal
    currency: str
    converted: Decimal | None  # None when the rate is missing: see `missing`
    rates: list[RateUsed]
    counted: bool
    why: str  # "counted", "pledge, shown beside", "umbrella, counted beyond its recorded parts", "cancelled", ...
    missing: RateGap | None = None


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
    unconverted: list[Contribution] = field(default_factory=list)  # left out of the sums for want of a rate
    by_country: dict[str, Decimal] = field(default_factory=dict)
    by_area: dict[str, Decimal] = field(default_factory=dict)
    by_sector: dict[str, Decimal] = field(default_factory=dict)
    by_stage: dict[str, Decimal] = field(default_factory=dict)

    def largest(self, count: int = 15) -> list[Contribution]:
        return sorted(self.contributions, key=lambda c: c.converted or Decimal(0), reverse=True)[:count]

    @property
    def not_converted(self) -> str:
        """"2 deals not converted", so that no surface presents the sums as complete when they are not."""
        count = len(self.unconverted)
        return ngettext("%(count)d deal not converted", "%(count)d deals not converted", count) % {"count": count} if count else ""

    @property
    def status_note(self) -> str:
        """Why the status is unknown: the pace cannot be judged without the period's bounds."""
        if self.status != UNKNOWN:
            return ""
        if self.period_start is None:
            return gettext("the start of the period is not recorded")
        if self.period_end is None:
            return gettext("the end of the period is not recorded")
        return gettext("the period ends before it starts")

    @property
    def status_label(self) -> str:
        """The status as a page names it, in the reader's language."""
        return str(STATUS_LABELS.get(self.status, self.status))


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


def _deal_rows(target: Target, when: Moment) -> list[DealRow]:
    """The deals linked to the target, as the record held them (the links are today's), each at its stage on the
    day asked about; deals that had taken no step by then, or that the record cannot place by then, left out."""
    ids = Deal.targets.through.objects.filter(target_id=target.id).values_list("deal_id", flat=True)
    countries: dict[int, list[str]] = defaultdict(list)
    links = Deal.countries.through.objects.filter(deal_id__in=ids).order_by("deal_id", "country__code")
    for deal_id, code in links.values_list("deal_id", "country__code"):
        countries[deal_id].append(code)
    if not when.recorded_as_of:
        rows = Deal.objects.filter(id__in=ids).order_by().values_list(*FIELDS)  # order is set below, not by the database
    else:
        areas = dict(Area.objects.values_list("id", "name"))
        rows = [(d.id, d.key, d.title, d.value, d.currency, d.signed, d.stage, d.sector, d.umbrella_id, areas.get(d.area_id))
                for d in when.rows(Deal).filter(id__in=list(ids))]
    deals = [DealRow(*row[:9], area=row[9], countries=countries[row[0]]) for row in rows]
    if not when.dated:
        return deals
    stages = deal_stages_then([d.id for d in deals], when)
    unsigned = {d.id for d in deals if not d.signed and d.id not in stages}
    placed = {d.id for d in known_by(when.rows(Deal).filter(id__in=unsigned).select_related("meeting"), when,
                                     lambda d: [d.meeting.date if d.meeting else ""])} if unsigned else set()
    then = []
    for deal in deals:
        if deal.id in stages:
            if stages[deal.id] is None:
                continue  # no step taken yet
            deal.stage, deal.first_step = stages[deal.id]
            if deal.signed and first_day(deal.signed) > when.day:
                deal.signed = ""  # not yet signed then
        elif deal.id in unsigned and deal.id not in placed:
            continue
        then.append(deal)
    return then


def target_list(*, format: Format | None = None, as_of: dt.date | None = None, recorded_as_of: dt.date | None = None) -> list[Target]:
    """The targets the record can place by the day asked about (by their meeting's day, or their period's start
    when no meeting is named, their first report or their manual entry), as the record held them; every target
    when no day is asked about."""
    when = moment(as_of, recorded_as_of)
    targets = when.rows(Target).select_related("format", "meeting").order_by("format__short_name", "key")
    if format is not None:
        targets = targets.filter(format=format)
    return known_by(targets, when, lambda t: [t.meeting.date if t.meeting else t.period_start])


def targets_progress(targets, *, on: dt.date | None = None, as_of: dt.date | None = None,
                     recorded_as_of: dt.date | None = None) -> list[TargetProgress]:
    """Progress of many targets, sharing one book of rates."""
    when = moment(as_of, recorded_as_of)
    book = RateBook(recorded_at=when.recorded_at)
    return [_progress(target, on, when, book) for target in targets]


def target_progress(target: Target, *, on: dt.date | None = None, as_of: dt.date | None = None,
                    recorded_as_of: dt.date | None = None) -> TargetProgress:
    """The target's progress on a day: by default today, from the record as it is now. Before any deal had
    reached a stage, nothing is achieved; asked of a record that did not yet hold the target, NotYetRecorded."""
    when = moment(as_of, recorded_as_of)
    return _progress(target, on, when, RateBook(recorded_at=when.recorded_at))


def _progress(target: Target, on: dt.date | None, when: Moment, book: RateBook) -> TargetProgress:
    day = when.day if when.dated else on or timezone.now().date()
    if when.recorded_as_of:
        target = when.rows(Target).filter(id=target.id).first()
        if target is None:
            raise NotYetRecorded(f"the target was not in the record on {when.recorded_as_of.isoformat()}")
    deals = _deal_rows(target, when)
    contributions: dict[int, Contribution] = {}
    for deal in sorted(deals, key=lambda d: (d.signed, d.key)):
        signed_day = first_day(deal.signed) if deal.signed else deal.first_step or day
        if deal.value is None or signed_day > day:
            continue
        try:
            factor, used = book.between(deal.currency, target.currency, signed_day)
            converted, gap = (deal.value * factor).quantize(CENT, ROUND_HALF_UP), None
        except MissingRate as error:
            converted, used, gap = None, [], error.gap
        contributions[deal.id] = Contribution(deal, deal.value, deal.currency, converted, used, False, "", gap)
    tally = _Tally(deals, contributions)
    breakdowns = {"country": dict(tally.by_country), "area": dict(tally.by_area), "sector": dict(tally.by_sector),
                  "stage": {stage: tally.by_stage[stage] for stage in COUNTED if stage in tally.by_stage}}
    listed = list(contributions.values())
    unconverted = [c for c in listed if c.missing and c.deal.stage in LADDER]
    return _figures(target, day, tally.achieved, tally.pledged, listed, unconverted, breakdowns)


class _Tally:
    """The sums over the deals, each umbrella with the deals recorded under it counted once.

    At each stage of LADDER, an umbrella and its parts hold the larger of the umbrella's value (if it has reached
    that stage) and the sum of what its parts hold there. What a stage holds beyond the next is what it adds, so an
    umbrella committed with a small part pledged counts its commitment, and a pledged umbrella with a committed
    part counts the part and shows the rest beside. The money an umbrella holds beyond its parts is attributed to
    the umbrella's own countries, area and sector; the rest to the parts'."""

    def __init__(self, deals: list[DealRow], contributions: dict[int, Contribution]):
        self.contributions = contributions
        # Each deal's rung on LADDER and its converted value; the deals off the ladder or unconverted hold nothing.
        self._rungs = {node: (RUNG[c.deal.stage], c.converted) for node, c in contributions.items()
                       if c.converted is not None and c.deal.stage in RUNG}
        linked = {d.id for d in deals}
        self.parts: dict[int, list[int]] = {}
        for deal in deals:
            if deal.umbrella_id in linked and deal.umbrella_id != deal.id:
                self.parts.setdefault(deal.umbrella_id, []).append(deal.id)
        self._memo: dict[tuple[int, int], Decimal] = {}
        self.achieved = self.pledged = ZERO
        self.by_country: dict[str, Decimal] = defaultdict(Decimal)
        self.by_area: dict[str, Decimal] = defaultdict(Decimal)
        self.by_sector: dict[str, Decimal] = defaultdict(Decimal)
        self.by_stage: dict[str, Decimal] = defaultdict(Decimal)
        for root in self._roots(deals, linked):
            self._count(root)
        for contribution in contributions.values():
            contribution.counted, contribution.why = self._verdict(contribution)

    def _roots(self, deals: list[DealRow], linked: set[int]) -> list[int]:
        """The deals under no umbrella; umbrellas recorded in a circle are cut at the circle's first deal."""
        roots = [d.id for d in deals if d.umbrella_id not in linked or d.umbrella_id == d.id]
        reached = self._under([root for root in roots if root in self.parts])
        for deal in sorted((d for d in deals if d.umbrella_id in linked and d.umbrella_id != d.id), key=lambda d: d.id):
            if deal.id not in reached:
                self.parts[deal.umbrella_id].remove(deal.id)
                if not self.parts[deal.umbrella_id]:
                    del self.parts[deal.umbrella_id]
                roots.append(deal.id)
                reached |= self._under([deal.id])
        return roots

    def _under(self, tops: list[int]) -> set[int]:
        """The deals given and every deal recorded under them."""
        seen: set[int] = set()
        stack = list(tops)
        while stack:
            if (node := stack.pop()) not in seen:
                seen.add(node)
                stack.extend(self.parts.get(node, ()))
        return seen

    def _count(self, root: int) -> None:
        if root not in self.parts:  # a deal alone, as most are: its value at its own stage
            rung, value = self._rungs.get(root, (-1, ZERO))
            if rung == 0:
                self.pledged += value
            elif rung > 0:
                self.achieved += value
                self.by_stage[LADDER[rung]] += value
                self._attribute(root, value)
            return
        levels = [self._hold(root, rung) for rung in range(len(LADDER))] + [ZERO]
        self.achieved += levels[COUNTING]
        self.pledged += levels[0] - levels[COUNTING]
        for rung in range(COUNTING, len(LADDER)):
            if levels[rung] > levels[rung + 1]:
                self.by_stage[LADDER[rung]] += levels[rung] - levels[rung + 1]
        for node in self._under([root]):
            self._attribute(node, self._hold(node, COUNTING) - self._parts_hold(node, COUNTING))

    def _attribute(self, node: int, counted: Decimal) -> None:
        """Add what the deal itself counts to the breakdowns by country, area and sector."""
        if not counted:
            return
        deal = self.contributions[node].deal
        shares = deal.countries or ["unassigned"]
        share = counted if len(shares) == 1 else (counted / len(shares)).quantize(CENT, ROUND_HALF_UP)
        for code in shares:
            self.by_country[code] += share
        self.by_area[deal.area or "unassigned"] += counted
        self.by_sector[deal.sector or "unassigned"] += counted

    def _own(self, node: int, rung: int) -> Decimal:
        own_rung, value = self._rungs.get(node, (-1, ZERO))
        return value if own_rung >= rung else ZERO

    def _parts_hold(self, node: int, rung: int) -> Decimal:
        return sum((self._hold(part, rung) for part in self.parts.get(node, ())), ZERO)

    def _hold(self, node: int, rung: int) -> Decimal:
        """What the deal and the deals under it hold at the rung of LADDER or beyond it."""
        if node not in self.parts:
            return self._own(node, rung)
        key = (node, rung)
        if key not in self._memo:
            self._memo[key] = max(self._own(node, rung), self._parts_hold(node, rung))
        return self._memo[key]

    def _verdict(self, contribution: Contribution) -> tuple[bool, str]:
        deal, node = contribution.deal, contribution.deal.id
        if deal.stage not in RUNG:
            return False, deal.stage_label
        if contribution.missing:
            return False, f"not converted: {contribution.missing}"
        if node in self.parts:
            rung = RUNG[deal.stage]
            beyond = self._own(node, rung) > self._parts_hold(node, rung)
            if deal.stage in COUNTED:
                return beyond, "umbrella, counted beyond its recorded parts" if beyond else "umbrella, its recorded parts count instead"
            return False, "umbrella pledge, shown beside beyond its parts" if beyond else "umbrella pledge, its recorded parts count instead"
        if deal.stage in COUNTED:
            return True, "counted"
        umbrella = deal.umbrella_id
        if umbrella in self.contributions and self._own(umbrella, COUNTING):
            if self._hold(umbrella, 0) == self._hold(umbrella, COUNTING):
                return False, "pledge within its committed umbrella"
        return False, "pledge, shown beside"


def _figures(target, day, achieved, pledged, contributions, unconverted, breakdowns) -> TargetProgress:
    achieved, pledged = achieved.quantize(CENT), pledged.quantize(CENT)  # "0.00" when nothing is counted yet, like any sum
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
    forecast = None
    if start is None or (elapsed is None and day >= start):
        status = UNKNOWN  # no pace can be judged: "ahead" would be a guess
    elif not elapsed:
        status = NOT_STARTED if not achieved else AHEAD
    else:
        ratio = percent / elapsed
        status = AHEAD if ratio >= 1 + TOLERANCE else BEHIND if ratio < 1 - TOLERANCE else ON_TRACK
        forecast = (achieved * 100 / elapsed).quantize(CENT, ROUND_HALF_UP)
    return TargetProgress(
        target=target, on=day, achieved=achieved, pledged=pledged, percent=percent, period_start=start, period_end=end,
        elapsed_percent=elapsed, remaining=remaining, pace_needed_per_year=pace, status=status, forecast=forecast,
        contributions=contributions, unconverted=unconverted, by_country=breakdowns["country"], by_area=breakdowns["area"],
        by_sector=breakdowns["sector"], by_stage=breakdowns["stage"],
    )
