"""Initiatives over time: where each stands, what became of what each member proposed,
what every meeting committed to, and how far members kept their commitments.

Every function reads the record as it stood at the end of `as_of` (by default, now).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.utils import timezone

from dialogue.record.models import (
    Area, ComplianceScore, Completion, Country, Format, Initiative, InitiativeLink, InitiativeStatusChange, Meeting,
)
from dialogue.record.selectors import end_of_day, rows_as_of

STALE_AFTER_MONTHS = getattr(settings, "DIALOGUE_STALE_AFTER_MONTHS", 12)
NO_AREA = "Not filed under a priority area"


@dataclass
class InitiativeState:
    initiative: Initiative
    status: str
    completion: str
    last_recorded: dt.datetime | None
    stale: bool
    history: list[InitiativeStatusChange] = field(default_factory=list)
    came_from: list[tuple[str, Initiative]] = field(default_factory=list)
    went_to: list[tuple[str, Initiative]] = field(default_factory=list)


def _months_between(earlier: dt.datetime, later: dt.datetime) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)


def initiative_states(fmt: Format, *, as_of: dt.date | None = None, stale_after_months: int = STALE_AFTER_MONTHS) -> list[InitiativeState]:
    """Every initiative of a format with its dated history, completion, staleness and lineage."""
    moment = end_of_day(as_of) if as_of else timezone.now()
    initiatives = {i.id: i for i in rows_as_of(Initiative, as_of).filter(format=fmt).select_related("proposed_by_country", "meeting")}
    changes: dict[int, list[InitiativeStatusChange]] = defaultdict(list)
    for change in rows_as_of(InitiativeStatusChange, as_of).filter(initiative_id__in=list(initiatives)):
        changes[change.initiative_id].append(change)
    recorded: dict[int, dt.datetime] = {}
    for model, column in ((Initiative, "id"), (InitiativeStatusChange, "initiative_id"), (ComplianceScore, "initiative_id")):
        history = model.history.filter(**{f"{column}__in": list(initiatives)}, history_date__lte=moment)
        for object_id, when in history.values_list(column, "history_date"):
            recorded[object_id] = max(recorded.get(object_id, when), when)
    onward, back = defaultdict(list), defaultdict(list)
    for link in rows_as_of(InitiativeLink, as_of).filter(earlier_id__in=list(initiatives)):
        if link.later_id in initiatives:
            onward[link.earlier_id].append((link.kind, initiatives[link.later_id]))
            back[link.later_id].append((link.kind, initiatives[link.earlier_id]))
    states = []
    for initiative in sorted(initiatives.values(), key=lambda i: i.title):
        history = sorted(changes[initiative.id], key=lambda c: (c.date or "", c.key))
        completion = next((c.completion for c in reversed(history) if c.completion), Completion.NO_EVIDENCE)
        last = recorded.get(initiative.id)
        states.append(InitiativeState(
            initiative=initiative, status=history[-1].status if history else initiative.status, completion=completion,
            last_recorded=last, stale=last is None or _months_between(last, moment) >= stale_after_months, history=history,
            came_from=back[initiative.id], went_to=onward[initiative.id],
        ))
    return states


def initiative_lineage(initiative: Initiative) -> tuple[list[Initiative], list[Initiative]]:
    """Everything it came from and everything it became, following merges and splits both ways."""

    def walk(start: Initiative, step) -> list[Initiative]:
        seen, queue, found = {start.id}, deque([start]), []
        while queue:
            for neighbour in step(queue.popleft()):
                if neighbour.id not in seen:
                    seen.add(neighbour.id)
                    found.append(neighbour)
                    queue.append(neighbour)
        return found

    ancestors = walk(initiative, lambda i: [link.earlier for link in InitiativeLink.objects.filter(later=i).select_related("earlier")])
    descendants = walk(initiative, lambda i: [link.later for link in InitiativeLink.objects.filter(earlier=i).select_related("later")])
    return ancestors, descendants


def member_proposals(fmt: Format, *, as_of: dt.date | None = None) -> dict[Country, list[InitiativeState]]:
    """What each member proposed, and what became of it."""
    proposals: dict[Country, list[InitiativeState]] = defaultdict(list)
    for state in initiative_states(fmt, as_of=as_of):
        if state.initiative.proposed_by_country_id:
            proposals[state.initiative.proposed_by_country].append(state)
    return dict(sorted(proposals.items(), key=lambda item: item[0].name))


def meeting_commitments(meeting: Meeting, *, as_of: dt.date | None = None) -> list[InitiativeState]:
    """The commitments made at a meeting and where each stands today (or on `as_of`)."""
    return [s for s in initiative_states(meeting.format, as_of=as_of) if s.initiative.meeting_id == meeting.id]


@dataclass
class MemberCompliance:
    country: Country
    scores: list[ComplianceScore]

    @property
    def average(self) -> Decimal | None:
        if not self.scores:
            return None
        return (Decimal(sum(s.score for s in self.scores)) / len(self.scores)).quantize(Decimal("0.01"))


def compliance(fmt: Format, *, as_of: dt.date | None = None) -> list[MemberCompliance]:
    """Each member's latest score on each commitment, and their average (+1 full, 0 partial, -1 none)."""
    latest: dict[tuple[int, int], ComplianceScore] = {}
    scores = rows_as_of(ComplianceScore, as_of).filter(initiative__format=fmt).select_related("country", "initiative")
    for score in sorted(scores, key=lambda s: (s.assessed or "", s.key)):
        latest[(score.country_id, score.initiative_id)] = score
    by_member: dict[int, MemberCompliance] = {}
    for score in latest.values():
        by_member.setdefault(score.country_id, MemberCompliance(score.country, [])).scores.append(score)
    return sorted(by_member.values(), key=lambda m: m.country.name)


@dataclass
class Priorities:
    """The format's priority areas in their order, and under which each initiative is filed."""

    names: list[str]
    of_initiative: dict[int, set[str]]

    def of(self, initiative: Initiative) -> set[str]:
        return self.of_initiative.get(initiative.id) or {NO_AREA}


def initiative_priorities(fmt: Format, *, as_of: dt.date | None = None) -> Priorities:
    """Each initiative's priority areas: the top of the tree above every area it is filed under."""
    areas = {a.id: a for a in rows_as_of(Area, as_of).filter(format=fmt)}

    def top(area: Area | None) -> str:
        while area is not None and area.parent_id:
            area = areas.get(area.parent_id)
        return area.name if area else NO_AREA

    filed: dict[int, set[str]] = defaultdict(set)
    for initiative_id, area_id in Initiative.areas.through.objects.filter(initiative__format=fmt).values_list("initiative_id", "area_id"):
        filed[initiative_id].add(top(areas.get(area_id)))
    names = [a.name for a in sorted(areas.values(), key=lambda a: (a.order, a.name)) if a.is_priority]
    return Priorities(names=names, of_initiative=dict(filed))
