"""Two kinds of "then": how things stood on a day (valid time) and what the record said on a day (record time).

`as_of` asks how things stood on a day, from the dates the record holds: a meeting's date, an initiative's
dated steps, a deal's dated stages, a score's assessment, a link's date, a document's date. A record loaded in
one day with ten years of history answers it for any of those years. `recorded_as_of` asks what the record
said at the end of a day, from the history of its rows (before the day of a load: nothing); on its own it
also reads that day as the day asked about. Together they ask what the record said on one day about how
things stood on another.

A fact is known from the earliest of its own dates, the publication of the first source quoted for it and
the day someone entered it by hand; a fact with none of these has no place in time and is left out of any
dated answer. A meeting dated after the day asked about was then still
planned, whatever became of it later; an initiative or a deal stands at its latest step taken by that day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from copy import copy
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, QuerySet
from django.utils import timezone

from dialogue.lib.partial_dates import first_day
from dialogue.record.lifecycle import stage_history
from dialogue.record.models import DealStageChange, Evidence, Fact, InitiativeStatus, Meeting, Source
from dialogue.record.selectors import end_of_day, rows_as_of

@dataclass(frozen=True)
class Moment:
    """The day a reader asks about (`as_of`) and the day whose record is read (`recorded_as_of`); neither: now."""

    as_of: dt.date | None = None
    recorded_as_of: dt.date | None = None

    @property
    def day(self) -> dt.date:
        return self.as_of or self.recorded_as_of or timezone.localdate()

    @property
    def dated(self) -> bool:
        """Whether facts are placed in time at all: not for today's record as it stands."""
        return self.as_of is not None or self.recorded_as_of is not None

    @property
    def recorded_at(self) -> dt.datetime | None:
        """The end of the day whose record is read: exchange rates imported after it are not used."""
        return end_of_day(self.recorded_as_of) if self.recorded_as_of else None

    def rows(self, model: type[Model]) -> QuerySet:
        """The model's rows as the record held them at the end of `recorded_as_of` (from history), or as they are."""
        rows = rows_as_of(model, self.recorded_as_of)
        return rows.filter(deleted_at__isnull=True) if self.recorded_as_of and issubclass(model, Fact) else rows

    def reached(self, date: str) -> bool:
        """Whether a partial date had begun by the day asked about; an unknown date has not."""
        return bool(date) and first_day(date) <= self.day

    def words(self) -> str:
        """'on 2021-06-30, as recorded on 2026-12-04', for headings and messages."""
        parts = [f"on {self.as_of.isoformat()}"] if self.as_of else []
        if self.recorded_as_of:
            parts.append(f"as recorded on {self.recorded_as_of.isoformat()}")
        return ", ".join(parts)


NOW = Moment()


def moment(as_of: dt.date | None = None, recorded_as_of: dt.date | None = None) -> Moment:
    return Moment(as_of, recorded_as_of) if as_of or recorded_as_of else NOW


def first_reports(model: type[Fact], ids: Iterable[int], when: Moment = NOW) -> dict[int, str]:
    """For each fact, the publication date of the earliest dated source quoted for it (as the record stood)."""
    content_type = ContentType.objects.get_for_model(model)
    cited = list(when.rows(Evidence).filter(content_type=content_type, object_id__in=list(ids)).values_list("object_id", "source_id"))
    published = dict(when.rows(Source).filter(id__in={source for _, source in cited}).exclude(published="").values_list("id", "published"))
    first: dict[int, str] = {}
    for object_id, source_id in cited:
        if date := published.get(source_id):
            first[object_id] = min(first.get(object_id, date), date, key=first_day)
    return first


def known_from(own: Iterable[str], reported: str = "", entered_at: dt.datetime | None = None) -> dt.date | None:
    """The first day the record can place a fact at: the earliest of its own dates, its first report and the day
    someone entered it by hand."""
    days = [first_day(date) for date in (*own, reported) if date]
    if entered_at:
        days.append(timezone.localtime(entered_at).date())
    return min(days, default=None)


def known_by(facts: Iterable[Fact], when: Moment, own: Callable[[Fact], Iterable[str]] = lambda fact: ()) -> list:
    """The facts the record can place at or before the day asked about; all of them when no day is asked about."""
    facts = list(facts)
    if not when.dated or not facts:
        return facts
    reported = first_reports(type(facts[0]), [f.pk for f in facts], when)
    day = when.day
    return [f for f in facts if (start := known_from(own(f), reported.get(f.pk, ""), f.entered_at)) is not None and start <= day]


def meetings_as_they_stood(meetings: Iterable[Meeting], when: Moment) -> list[Meeting]:
    """The meetings known on the day asked about, each with its status then: held (or put off, or cancelled) once
    its day had come, planned before it. Without a day asked about, the meetings as the record holds them."""
    if not when.dated:
        return list(meetings)

    def own(meeting: Meeting) -> list[str]:
        announced = meeting.announced_at.date if meeting.announced_at_id and meeting.announced_at else ""
        # A planned meeting's own date says when it is to be, not when it became known: its announcement does.
        return [announced, meeting.date if meeting.status != Meeting.Status.PLANNED else ""]

    stood = []
    for meeting in known_by(meetings, when, own):
        if meeting.date and not when.reached(meeting.date) and meeting.status != Meeting.Status.PLANNED:
            meeting = copy(meeting)
            meeting.status = Meeting.Status.PLANNED
        stood.append(meeting)
    return stood


def steps_taken(steps: Iterable, when: Moment) -> list:
    """The steps (of initiatives, deals) taken by the day asked about: a dated one from its date, an undated one
    from its first report; all steps when no day is asked about."""
    steps = list(steps)
    if not when.dated:
        return steps
    return [step for step in steps if step.date and when.reached(step.date)] + known_by([s for s in steps if not s.date], when)


def initiative_status_then(steps_by_then: list, later_steps: bool, recorded_status: str) -> str:
    """An initiative's status on the day asked about: its latest step by then; "proposed" when its recorded steps
    all came later (it was known, not yet moved on); the recorded status when it has no step at all."""
    if steps_by_then:
        return steps_by_then[-1].status
    return InitiativeStatus.PROPOSED if later_steps else recorded_status


def deal_stages_then(deal_ids: Iterable[int], when: Moment) -> dict[int, tuple[str, dt.date] | None]:
    """For each deal with dated stages, its stage on the day asked about and the day of its first step (None: it
    had taken no step yet). Deals without dated stages are left out: they stand at their recorded stage from
    the day they were signed."""
    steps: dict[int, list[DealStageChange]] = defaultdict(list)
    for step in when.rows(DealStageChange).filter(deal_id__in=list(deal_ids)):
        steps[step.deal_id].append(step)
    stages: dict[int, tuple[str, dt.date] | None] = {}
    for deal_id, taken in steps.items():
        by_then = stage_history(steps_taken(taken, when))
        stages[deal_id] = (by_then[-1].stage, first_day(by_then[0].date)) if by_then else None
    return stages
