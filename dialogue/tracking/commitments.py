"""Beside each initiative on the board, the dashboard and meeting pages: where and when it was proposed or
agreed, and how far it was carried out and kept. The figures are those of `tracking.initiatives` (the CLI's
`dialogue initiatives`); this module only dates and gathers them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from dialogue.record.models import (
    ComplianceScore, Completion, Evidence, Initiative, InitiativeStatus, InitiativeStatusChange, Meeting, Source,
)
from dialogue.tracking.initiatives import InitiativeState, MemberCompliance

ORIGIN_STATUSES = (InitiativeStatus.PROPOSED, InitiativeStatus.AGREED)


@dataclass(frozen=True)
class Origin:
    """Where and when an initiative was proposed or agreed: the step's own date, else its meeting's, else the
    first dated source that speaks of it. Never the day a row was entered."""

    status: str  # the step dated, as a reader says it: "proposed", "agreed"
    meeting: Meeting | None
    date: str  # a partial date ("2025-12"), "" when neither the step nor its meeting is dated
    source: Source | None  # the first dated source, when `date` is ""

    @property
    def sort_key(self) -> str:
        """When it happened, or when it was first reported, as text that sorts in calendar order."""
        return self.date or (self.source.published if self.source else "")


def initiative_origins(states: list[InitiativeState]) -> dict[int, Origin]:
    """Each initiative's origin, by initiative id; the first sources are read in one query."""
    firsts = _first_sources(states)
    steps = {}
    for state in states:
        dated = [c for c in state.history if c.status in ORIGIN_STATUSES] or state.history
        steps[state.initiative.id] = dated[0] if dated else None
    meetings = Meeting.objects.in_bulk([step.meeting_id for step in steps.values() if step and step.meeting_id])
    origins = {}
    for state in states:
        step = steps[state.initiative.id]
        meeting = (meetings.get(step.meeting_id) if step else None) or state.initiative.meeting
        date = (step.date if step else "") or (meeting.date if meeting else "")
        status = step.get_status_display() if step else InitiativeStatus(state.initiative.status).label
        origins[state.initiative.id] = Origin(status=status.lower(), meeting=meeting, date=date,
                                              source=None if date else firsts.get(state.initiative.id))
    return origins


def _first_sources(states: list[InitiativeState]) -> dict[int, Source]:
    """The earliest dated source quoted for each initiative or for any step of its history."""
    change_of = {change.id: state.initiative.id for state in states for change in state.history}
    types = ContentType.objects.get_for_models(Initiative, InitiativeStatusChange)
    rows = (Evidence.objects.filter(Q(content_type=types[Initiative], object_id__in=[state.initiative.id for state in states])
                                    | Q(content_type=types[InitiativeStatusChange], object_id__in=list(change_of)))
            .exclude(source__published="").select_related("source"))
    first: dict[int, Source] = {}
    for item in rows:
        initiative_id = item.object_id if item.content_type_id == types[Initiative].id else change_of[item.object_id]
        if initiative_id not in first or (item.source.published, item.source.key) < (first[initiative_id].published, first[initiative_id].key):
            first[initiative_id] = item.source
    return first


@dataclass(frozen=True)
class CommitmentsSummary:
    """How many initiatives stand at each degree of completion, and each member's compliance."""

    completion: list[tuple[str, int]]  # (completion, how many), in the scale's order, zeros left out
    members: list[MemberCompliance]

    @property
    def assessed(self) -> int:
        return sum(len(member.scores) for member in self.members)


def commitments_summary(states: list[InitiativeState], members: list[MemberCompliance]) -> CommitmentsSummary:
    counts = Counter(state.completion for state in states)
    return CommitmentsSummary(completion=[(value, counts[value]) for value in reversed(Completion.values) if counts[value]],
                              members=members)


def scores_by_initiative(members: list[MemberCompliance]) -> dict[int, list[ComplianceScore]]:
    """Each member's latest score, filed under the commitment it scores, members in name order."""
    scores: dict[int, list[ComplianceScore]] = defaultdict(list)
    for member in members:
        for score in member.scores:
            scores[score.initiative_id].append(score)
    return dict(scores)
