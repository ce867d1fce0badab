"""What a format's front page shows: where the format stands today, from the record as it is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from django.core.cache import cache
from django.utils import timezone

from dialogue.record.lifecycle import meeting_next
from dialogue.record.models import ChairTerm, Format, Meeting, Target
from dialogue.record.version import record_revision
from dialogue.tracking.commitments import CommitmentsSummary, Origin, commitments_summary, initiative_origins
from dialogue.tracking.initiatives import InitiativeState, compliance, initiative_states
from dialogue.tracking.progress import TargetProgress, targets_progress
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


def dashboard(fmt: Format) -> Dashboard:
    on = timezone.now().date()
    meetings = list(Meeting.objects.filter(format=fmt).select_related("host", "announced_at"))
    next_meeting = meeting_next(meetings, today=on)
    progress = _progress_summaries(fmt, on)
    states = initiative_states(fmt)
    origins = initiative_origins(states)
    # The latest are those most recently proposed or agreed (or first reported), not the rows last touched.
    latest = sorted(states, key=lambda s: (origins[s.initiative.id].sort_key, s.initiative.title), reverse=True)[:LATEST_INITIATIVES]
    return Dashboard(format=fmt, on=on, chair=chair_on(fmt, on), next_meeting=next_meeting, targets=progress,
                     latest_initiatives=[(s, origins[s.initiative.id]) for s in latest],
                     commitments=commitments_summary(states, compliance(fmt)), timeline=meeting_timeline(meetings))


def _progress_summaries(fmt: Format, on: dt.date) -> list[TargetProgress]:
    """Each target's headline figures. They are the page's costliest part, so they are kept in the cache under
    the record's revision, which any change to a deal, target or rate replaces."""
    key = f"dashboard-progress-{fmt.pk}-{on.isoformat()}-{record_revision()}"
    if (cached := cache.get(key)) is not None:
        return cached
    # A deal without a rate is left out of its target's sums and named in `unconverted`, kept for the page to say so.
    progress = [replace(figures, contributions=[], by_country={}, by_area={}, by_sector={}, by_stage={})
                for figures in targets_progress(Target.objects.filter(format=fmt).order_by("key"), on=on)]
    cache.set(key, progress, timeout=CACHE_SECONDS)
    return progress
