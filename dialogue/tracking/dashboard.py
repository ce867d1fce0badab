"""What a format's front page shows: where the format stands today, or as things stood on a day (`as_of`), or as the
record said on a day (`recorded_as_of`), with the meaning they have in the report, the CLI and the API."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from django.core.cache import cache
from django.utils import timezone

from dialogue.record.lifecycle import meeting_next
from dialogue.record.models import ChairTerm, Format, Meeting
from dialogue.record.timeline import NOW, Moment, meetings_as_they_stood, moment
from dialogue.record.version import record_revision
from dialogue.tracking.commitments import CommitmentsSummary, Origin, commitments_summary, initiative_origins
from dialogue.tracking.initiatives import InitiativeState, compliance, initiative_states
from dialogue.tracking.progress import TargetProgress, target_list, targets_progress
from dialogue.tracking.report import chair_on
from dialogue.tracking.timeline import Timeline, meeting_timeline

LATEST_INITIATIVES = 8
CACHE_SECONDS = 3600


@dataclass
class Dashboard:
    format: Format
    on: dt.date
    chair: ChairTerm | None
    next_meeting: Meeting | None
    targets: list[TargetProgress]
    latest_initiatives: list[tuple[InitiativeState, Origin]]
    commitments: CommitmentsSummary
    timeline: Timeline | None
    when: Moment = NOW


def dashboard(fmt: Format, *, as_of: dt.date | None = None, recorded_as_of: dt.date | None = None) -> Dashboard:
    when = moment(as_of, recorded_as_of)
    on = when.day if when.dated else timezone.now().date()
    recorded = when.rows(Meeting).filter(format=fmt).select_related("host", "announced_at")
    meetings = meetings_as_they_stood(recorded, when)
    next_meeting = meeting_next(meetings, today=on)
    progress = _progress_summaries(fmt, on, when)
    states = initiative_states(fmt, as_of=as_of, recorded_as_of=recorded_as_of)
    origins = initiative_origins(states)
    # The latest are those most recently proposed or agreed (or first reported), not the rows last touched.
    latest = sorted(states, key=lambda s: (origins[s.initiative.id].sort_key, s.initiative.title), reverse=True)[:LATEST_INITIATIVES]
    members = compliance(fmt, as_of=as_of, recorded_as_of=recorded_as_of)
    return Dashboard(format=fmt, on=on, chair=chair_on(fmt, on, when=when), next_meeting=next_meeting, targets=progress,
                     latest_initiatives=[(s, origins[s.initiative.id]) for s in latest],
                     commitments=commitments_summary(states, members), timeline=meeting_timeline(meetings), when=when)


def _progress_summaries(fmt: Format, on: dt.date, when: Moment) -> list[TargetProgress]:
    """Each target's headline figures. They are the page's costliest part, so they are kept in the cache under
    the record's revision, which any change to a deal, target or rate replaces, and the days asked about."""
    key = f"dashboard-progress-{fmt.pk}-{on.isoformat()}-{when.as_of}-{when.recorded_as_of}-{record_revision()}"
    if (cached := cache.get(key)) is not None:
        return cached
    # A deal without a rate is left out of its target's sums and named in `unconverted`, kept for the page to say so.
    targets = target_list(format=fmt, as_of=when.as_of, recorded_as_of=when.recorded_as_of)
    progress = [replace(figures, contributions=[], by_country={}, by_area={}, by_sector={}, by_stage={})
                for figures in targets_progress(targets, on=on, as_of=when.as_of, recorded_as_of=when.recorded_as_of)]
    cache.set(key, progress, timeout=CACHE_SECONDS)
    return progress
