"""How meetings and initiatives move on over time: the one place for the rules that review, the dashboard,
the report, `dialogue initiatives` and `dialogue check` all follow.

- A meeting is planned, then held, put off or cancelled, as later reports say; a meeting put off may be planned
  again or held; nothing a report says takes a meeting held (or cancelled) back.
- The next meeting is the earliest planned one not yet past; when none is dated, the one announced last.
- An initiative's steps taken on the same day follow its status scale (proposed before agreed), not their keys.
- An initiative merged into, split into or succeeded by another is closed: the later one carries it on.
- An initiative goes stale when no news of it has come for a while, counted from the latest day a source
  reports (a step's date, a source's publication), never from the day a row was typed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from dialogue.lib.partial_dates import PartialDate, first_day
from dialogue.record.models import Deal, DealStageChange, InitiativeLink, InitiativeStatus, InitiativeStatusChange, Meeting

Status = Meeting.Status

# What a later report may change a meeting's status to, from each status; anything else keeps the record's.
MEETING_MOVES: dict[str, frozenset[str]] = {
    Status.PLANNED: frozenset({Status.HELD, Status.POSTPONED, Status.CANCELLED}),
    Status.POSTPONED: frozenset({Status.PLANNED, Status.HELD, Status.CANCELLED}),
    Status.HELD: frozenset(),
    Status.CANCELLED: frozenset(),
}
AWAITED = (Status.PLANNED, Status.POSTPONED)  # meetings a later report may still speak of as held


def meeting_status_after(current: str, reported: str) -> str:
    """The status a meeting has once a report says `reported`: the report's when the move is allowed."""
    return reported if reported in MEETING_MOVES.get(current, frozenset()) else current


def _span(date: str, end_date: str = "") -> tuple[dt.date, dt.date]:
    return PartialDate.parse(date).first_day(), PartialDate.parse(end_date or date).last_day()


def meeting_is_past(meeting: Meeting, today: dt.date) -> bool:
    """Whether every day the meeting's date may stand for is over ("2026-12" is not past on 4 December 2026)."""
    return bool(meeting.date) and _span(meeting.date, meeting.end_date)[1] < today


def meeting_next(meetings: Iterable[Meeting], *, today: dt.date) -> Meeting | None:
    """The next meeting: the earliest planned one dated today or later; when none is dated, the undated one
    announced last (a planned meeting whose day has passed is overdue, not next)."""
    planned = [m for m in meetings if m.status == Status.PLANNED and not meeting_is_past(m, today)]
    dated = [m for m in planned if m.date]
    if dated:
        return min(dated, key=lambda m: (_span(m.date)[0], m.key))
    return max(planned, key=_announced, default=None)


def _announced(meeting: Meeting) -> tuple[str, int, str]:
    """When a meeting was announced, as far as the record tells: the date and number of the meeting it was announced at."""
    at = meeting.announced_at
    return (at.date, at.ordinal or 0, meeting.key) if at else ("", 0, meeting.key)


def meeting_awaited_match(awaited: Iterable[Meeting], *, ordinal: int | None, date: str, host: str | None) -> Meeting | None:
    """The one awaited meeting (planned or put off) that a report of a numbered or dated meeting speaks of, when
    it was announced without that number: none of what the record holds of it contradicts the report, and the
    report's meeting comes after the one it was announced at. Two such meetings, and it is none of them."""
    if not ordinal and not date:
        return None  # nothing to tell it from an earlier meeting of the same level
    fits = [m for m in awaited if m.status in AWAITED and _may_be(m, ordinal=ordinal, date=date, host=host)]
    return fits[0] if len(fits) == 1 else None


def _may_be(meeting: Meeting, *, ordinal: int | None, date: str, host: str | None) -> bool:
    if meeting.ordinal is not None and meeting.ordinal != ordinal:
        return False
    if host and meeting.host_id and meeting.host.code != host:
        return False
    if date and meeting.date:
        reported, recorded = _span(date), _span(meeting.date, meeting.end_date)
        if meeting.status == Status.PLANNED and (reported[1] < recorded[0] or reported[0] > recorded[1]):
            return False  # planned for another time
        if meeting.status == Status.POSTPONED and reported[1] < recorded[0]:
            return False  # put off to a later day, not an earlier one
    at = meeting.announced_at
    if at is not None:
        if ordinal and at.level == meeting.level and at.ordinal and ordinal <= at.ordinal:
            return False
        if date and at.date and _span(date)[1] < _span(at.date)[0]:
            return False
    return True


# The status scale: the order in which an initiative moves on, for steps recorded on the same day.
STATUS_SCALE = {status: rank for rank, status in enumerate(InitiativeStatus.values)}
OPEN_STATUSES = frozenset({InitiativeStatus.PROPOSED, InitiativeStatus.STALLED})  # awaiting agreement or a new start
FINISHED_STATUSES = frozenset({InitiativeStatus.DELIVERED, InitiativeStatus.DROPPED})  # nothing more is awaited
CLOSING_LINKS = frozenset(InitiativeLink.Kind.values)  # every onward link: the later initiative carries the earlier on


def status_change_order(change: InitiativeStatusChange) -> tuple[str, int, str]:
    """Steps in the order they were taken: by date, then on the same day by the status scale, then by key."""
    return change.date or "", STATUS_SCALE.get(change.status, len(STATUS_SCALE)), change.key


def status_history(changes: Iterable[InitiativeStatusChange]) -> list[InitiativeStatusChange]:
    return sorted(changes, key=status_change_order)


STAGE_RANK = {stage: rank for rank, stage in enumerate(Deal.Stage.values)}


def stage_change_order(step: DealStageChange) -> tuple[dt.date, int, str]:
    """A deal's steps in the order they were taken: by first day, then on the same day by the stage scale, then by key."""
    return first_day(step.date), STAGE_RANK.get(step.stage, 0), step.key


def stage_history(steps: Iterable[DealStageChange]) -> list[DealStageChange]:
    return sorted(steps, key=stage_change_order)


def initiative_is_open(status: str, closed_by: InitiativeLink | None) -> bool:
    """Still waiting on the members (proposed, or stalled) and not carried on by another initiative."""
    return closed_by is None and status in OPEN_STATUSES


def initiative_may_go_stale(status: str, closed_by: InitiativeLink | None) -> bool:
    """Whether silence about it means something: not when it was delivered, dropped or carried on by another."""
    return closed_by is None and status not in FINISHED_STATUSES


def latest_news(dates: Iterable[str], *, on: dt.date) -> str:
    """The latest of the partial dates reports give (a step's date, a source's publication) up to `on`; "" if none."""
    known = [d for d in dates if d and PartialDate.parse(d).first_day() <= on]
    return max(known, key=lambda d: _span(d)[1], default="")


def months_since(date: str, on: dt.date) -> int:
    """Whole months from a partial date's last day to `on` (a month-only date counts from its end)."""
    last = _span(date)[1]
    return (on.year - last.year) * 12 + on.month - last.month - (on.day < last.day)
