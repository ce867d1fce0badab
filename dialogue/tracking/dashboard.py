"""What a format's front page shows: where the format stands today, from the record as it is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from dialogue.lib.partial_dates import first_day
from dialogue.record.models import ChairTerm, Format, Meeting, Target
from dialogue.record.selectors import first_reports
from dialogue.tracking.initiatives import InitiativeState, initiative_states
from dialogue.tracking.progress import TargetProgress, targets_progress
from dialogue.tracking.rates import MissingRate
from dialogue.tracking.report import chair_on

LATEST_INITIATIVES = 8
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
    planned = [m for m in Meeting.objects.filter(format=fmt, status=Meeting.Status.PLANNED).select_related("host")]
    next_meeting = min(planned, key=lambda m: (m.date or "9999", m.key), default=None)
    progress, missing = [], []
    for target in Target.objects.filter(format=fmt).order_by("key"):
        try:
            progress += targets_progress([target], on=on)
        except MissingRate as error:
            missing.append(f"{target.title}: {error}")
    states = [s for s in initiative_states(fmt) if s.last_recorded]
    latest = sorted(states, key=lambda s: s.last_recorded, reverse=True)[:LATEST_INITIATIVES]
    return Dashboard(format=fmt, on=on, chair=chair_on(fmt, on), next_meeting=next_meeting, targets=progress, missing_rates=missing,
                     latest_initiatives=latest, timeline=_timeline(list(Meeting.objects.filter(format=fmt))))


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
