"""The dashboard's timeline of meetings: a lane per level on a time axis, each marker labelled, none overlapping.

Positions are in the drawing's own units (a viewBox `WIDTH` wide). Label widths are estimated from their length,
generously, so that a label never runs into the next one: markers whose labels would meet go to a lower row
of their lane. Meetings whose date no source states are not placed at the day they were first reported (that
would claim a date nobody gave): they sit in a lane of their own, "date not known".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from dialogue.lib.locales import partial_range_text
from dialogue.lib.ordinals import english_ordinal
from dialogue.lib.partial_dates import PartialDate, first_day
from dialogue.record.models import Meeting
from dialogue.record.selectors import first_reports

WIDTH, LEFT, RIGHT = 1000, 150, 10  # the drawing, the lane names' column, the right margin
TOP = 28  # room for the years above the lanes
ROW, LANE_GAP = 24, 10  # a row of markers, the space between lanes
RADIUS, LABEL_GAP, SPACING = 6, 10, 14  # marker, marker to label, label to the next marker
CHARACTER = 7.2  # a generous average width of a character of the 13-unit labels
UNDATED = _("Date not known")
LEVEL_SHORT = {
    Meeting.Level.SUMMIT: "Summit", Meeting.Level.FOREIGN_MINISTERS: "FM", Meeting.Level.SENIOR_OFFICIALS: "SOM",
    Meeting.Level.WORKING_GROUP: "WG", Meeting.Level.BUSINESS_FORUM: "Business forum", Meeting.Level.OTHER: "Meeting",
}


@dataclass(frozen=True)
class Mark:
    """One meeting on the timeline, with its label and where both are drawn."""

    meeting: Meeting
    label: str  # "10th FM · Astana · Dec 2025"
    x: float
    y: float
    label_x: float
    anchor: str  # "start": the label is right of the marker; "end": left of it, near the right edge
    reported: str = ""  # for a meeting whose date is not stated: when it was first reported, as people write it

    @property
    def right(self) -> float:
        return self.x + RADIUS if self.anchor == "end" else self.label_x + _width(self.label)


@dataclass(frozen=True)
class Lane:
    label: str  # the level's name, or "Date not known"
    top: float
    bottom: float
    marks: list[Mark]

    @property
    def label_y(self) -> float:
        return self.top + ROW / 2


@dataclass(frozen=True)
class Timeline:
    width: int
    height: float
    axis_bottom: float  # where the year lines stop: above the lane of undated meetings
    years: list[tuple[int, float]]
    lanes: list[Lane]
    dated: list[Mark]  # oldest first
    undated: list[Mark]


def meeting_timeline(meetings: list[Meeting]) -> Timeline | None:
    """A format's meetings on a time axis from the first year to the last, a lane per level in use."""
    if not meetings:
        return None
    dated = sorted((m for m in meetings if m.date), key=lambda m: (first_day(m.date), m.key))
    undated = [m for m in meetings if not m.date]
    reported = first_reports(undated)
    undated.sort(key=lambda m: (reported.get(m.id, "9999"), Meeting.Level.values.index(m.level), m.ordinal or 0, m.key))
    lanes, top, years = [], TOP, []
    if dated:
        first = dt.date(first_day(dated[0].date).year, 1, 1)
        last = dt.date(first_day(dated[-1].date).year + 1, 1, 1)
        span = (last - first).days

        def scale(day: dt.date) -> float:
            return round(LEFT + RADIUS + (day - first).days / span * (WIDTH - LEFT - RIGHT - 2 * RADIUS), 1)

        step = max(1, (last.year - first.year) // 10)
        years = [(year, scale(dt.date(year, 1, 1))) for year in range(first.year, last.year, step)]
        for level in Meeting.Level.values:
            at_level = [m for m in dated if m.level == level]
            if at_level:
                lane = _lane(Meeting.Level(level).label, top, [(m, scale(first_day(m.date)), _label(m, dated=True)) for m in at_level])
                lanes.append(lane)
                top = lane.bottom + LANE_GAP
    axis_bottom = top - LANE_GAP if lanes else top
    if undated:
        lanes.append(_undated_lane(top, [(m, _label(m, dated=False), partial_range_text(reported.get(m.id, ""), "", get_language() or "en")) for m in undated]))
    marks = {mark.meeting.id: mark for lane in lanes for mark in lane.marks}
    return Timeline(width=WIDTH, height=lanes[-1].bottom + 4, axis_bottom=axis_bottom, years=years, lanes=lanes,
                    dated=[marks[m.id] for m in dated], undated=[marks[m.id] for m in undated])


def _lane(name: str, top: float, items: list[tuple[Meeting, float, str]]) -> Lane:
    """Markers at their dates; each goes to the first row of the lane where it and its label fit."""
    rows: list[float] = []  # where each row's last label ends
    marks = []
    for meeting, x, label in items:
        width = _width(label)
        anchor = "start" if x + LABEL_GAP + width <= WIDTH - RIGHT else "end"
        left = x - RADIUS if anchor == "start" else x - LABEL_GAP - width
        row = next((index for index, end in enumerate(rows) if end + SPACING <= left), len(rows))
        if row == len(rows):
            rows.append(0.0)
        mark = Mark(meeting=meeting, label=label, x=x, y=top + row * ROW + ROW / 2,
                    label_x=x + LABEL_GAP if anchor == "start" else x - LABEL_GAP, anchor=anchor)
        rows[row] = mark.right
        marks.append(mark)
    return Lane(label=name, top=top, bottom=top + len(rows) * ROW, marks=marks)


def _undated_lane(top: float, items: list[tuple[Meeting, str, str]]) -> Lane:
    """Meetings without a stated date, one after another in the order they were first reported, wrapping to new rows."""
    marks: list[Mark] = []
    x, row = LEFT + RADIUS, 0
    for meeting, label, reported in items:
        if marks and x + LABEL_GAP + _width(label) > WIDTH - RIGHT:
            x, row = LEFT + RADIUS, row + 1
        marks.append(Mark(meeting=meeting, label=label, x=x, y=top + row * ROW + ROW / 2, label_x=x + LABEL_GAP,
                          anchor="start", reported=reported))
        x = marks[-1].right + SPACING + RADIUS
    return Lane(label=UNDATED, top=top, bottom=top + (row + 1) * ROW, marks=marks)


def _label(meeting: Meeting, *, dated: bool) -> str:
    """'10th FM · Astana · Dec 2025': which meeting, where, and (on the time axis) the month."""
    name = LEVEL_SHORT.get(meeting.level, Meeting.Level(meeting.level).label)
    parts = [f"{english_ordinal(meeting.ordinal)} {name}" if meeting.ordinal else name]
    if place := meeting.city or (meeting.host.name if meeting.host_id else ""):
        parts.append(place)
    elif meeting.online:
        parts.append(gettext("online"))
    if dated:
        parts.append(_month(meeting.date))
    return " · ".join(parts)


def _month(date: str) -> str:
    day = PartialDate.parse(date)
    return day.first_day().strftime("%b %Y") if day.month else str(day.year)


def _width(label: str) -> float:
    return len(label) * CHARACTER
