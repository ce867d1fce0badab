"""What a format's front page shows: where the format stands today, from the record as it is."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace

from django.core.cache import cache
from django.db.models import Count, Max
from django.utils import timezone

from dialogue.lib.partial_dates import first_day
from dialogue.record.models import ChairTerm, Deal, Format, Meeting, Target
from dialogue.record.selectors import first_reports
from dialogue.tracking.initiatives import InitiativeState, initiative_states
from dialogue.tracking.progress import TargetProgress, targets_progress
from dialogue.tracking.models import ExchangeRate
from dialogue.tracking.rates import MissingRate
from dialogue.tracking.report import chair_on

LATEST_INITIATIVES = 8
CACHE_SECONDS = 3600
TIMELINE_WIDTH, TIMELINE_LEFT, ROW_HEIGHT = 1000, 150, 30


@dataclass(frozen=True)
class Timeline:
    """Meetings placed on a time axis, a row per level, in the SVG's own units."""

    width: int
    height: int
    points: list[tuple[Meeting, float, int, str]]  # meeting, x, y, the day of its first report when its own is not stated
    years: list[tuple[int, float]]
    rows: list[tuple[str, int]]  # level label, y


@dataclass
class Dashboard:
    format: Format
    on: dt.date
    chair: ChairTerm | None
    next_meeting: Meeting | None
    targets: list[TargetProgress]
    missing_rates: list[str]
    latest_initiatives: list[InitiativeState]
    timeline: Timeline | None


def dashboard(fmt: Format) -> Dashboard:
    on = timezone.now().date()
    meetings = list(Meeting.objects.filter(format=fmt).select_related("host"))
    planned = [m for m in meetings if m.status == Meeting.Status.PLANNED]
    next_meeting = min(planned, key=lambda m: (m.date or "9999", m.key), default=None)
    progress, missing = _progress_summaries(fmt, on)
    states = [s for s in initiative_states(fmt) if s.last_recorded]
    latest = sorted(states, key=lambda s: s.last_recorded, reverse=True)[:LATEST_INITIATIVES]
    return Dashboard(format=fmt, on=on, chair=chair_on(fmt, on), next_meeting=next_meeting, targets=progress, missing_rates=missing,
                     latest_initiatives=latest, timeline=_timeline(meetings))


def _progress_summaries(fmt: Format, on: dt.date) -> tuple[list[TargetProgress], list[str]]:
    """Each target's headline figures. They are the page's costliest part, so they are kept in the cache under
    the state of everything they are computed from: a change to a deal, target or rate makes a new key."""
    state = (
        fmt.pk, on.isoformat(), Deal.objects.filter(format=fmt).count(),
        Deal.targets.through.objects.filter(deal__format=fmt).aggregate(latest=Max("id"), count=Count("id")),
        Deal.history.aggregate(latest=Max("history_date"))["latest"], Target.history.aggregate(latest=Max("history_date"))["latest"],
        ExchangeRate.objects.aggregate(latest=Max("imported_at"), count=Count("id")),
    )
    key = "dashboard-progress-" + hashlib.sha256(repr(state).encode()).hexdigest()
    if (cached := cache.get(key)) is not None:
        return cached
    progress, missing = [], []
    for target in Target.objects.filter(format=fmt).order_by("key"):
        try:
            figures = targets_progress([target], on=on)[0]
        except MissingRate as error:
            missing.append(f"{target.title}: {error}")
            continue
        progress.append(replace(figures, contributions=[], by_country={}, by_area={}, by_sector={}, by_stage={}))
    cache.set(key, (progress, missing), timeout=CACHE_SECONDS)
    return progress, missing


def _timeline(meetings: list[Meeting]) -> Timeline | None:
    """Meetings on a time axis from the first year to the last, a row per level in use.

    A meeting whose date no source states is placed at its first report, and drawn as such.
    """
    reported = first_reports(meetings)
    days = {m.id: first_day(m.date or reported[m.id]) for m in meetings if m.date or reported.get(m.id)}
    meetings = [m for m in meetings if m.id in days]
    if not meetings:
        return None
    first, last = dt.date(min(days.values()).year, 1, 1), dt.date(max(days.values()).year + 1, 1, 1)
    span = (last - first).days
    scale = lambda day: round(TIMELINE_LEFT + (day - first).days / span * (TIMELINE_WIDTH - TIMELINE_LEFT - 20), 1)  # noqa: E731
    levels = [level for level in Meeting.Level.values if any(m.level == level for m in meetings)]
    row_y = {level: 20 + index * ROW_HEIGHT for index, level in enumerate(levels)}
    step = max(1, (last.year - first.year) // 10)
    return Timeline(
        width=TIMELINE_WIDTH, height=20 + len(levels) * ROW_HEIGHT + 10,
        points=[(m, scale(days[m.id]), row_y[m.level], "" if m.date else reported[m.id])
                for m in sorted(meetings, key=lambda m: days[m.id])],
        years=[(year, scale(dt.date(year, 1, 1))) for year in range(first.year, last.year, step)],
        rows=[(Meeting.Level(level).label, y) for level, y in row_y.items()],
    )
