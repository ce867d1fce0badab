"""Initiatives over time: where each stands, what became of what each member proposed,
what every meeting committed to, and how far members kept their commitments.

Every function answers for a day: with `as_of`, how things stood then (each initiative at its latest
step by that day, see record.timeline); with `recorded_as_of`, from the record as written then; by default, now.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from dialogue.lib.partial_dates import human_range
from dialogue.record.lifecycle import (
    CLOSING_LINKS, initiative_is_open, initiative_may_go_stale, latest_news, months_since, status_history,
)
from dialogue.record.models import (
    Area, ComplianceScore, Completion, Country, Evidence, Format, Initiative, InitiativeLink, InitiativeStatus,
    InitiativeStatusChange, Meeting, Source,
)
from dialogue.record.timeline import Moment, initiative_status_then, known_by, moment, steps_taken

STALE_AFTER_MONTHS = getattr(settings, "DIALOGUE_STALE_AFTER_MONTHS", 12)
NO_AREA = _("Not filed under a priority area")


@dataclass
class InitiativeState:
    initiative: Initiative
    status: str  # its latest step's status, on the scale of InitiativeStatus
    completion: str
    latest_news: str  # the latest day a report gives of it (a partial date), or the day it was entered by hand; "" if none
    stale: bool
    history: list[InitiativeStatusChange] = field(default_factory=list)
    came_from: list[tuple[str, Initiative]] = field(default_factory=list)
    went_to: list[tuple[str, Initiative]] = field(default_factory=list)
    closed_by: InitiativeLink | None = None  # the merger, split or succession that carried it on

    @property
    def is_open(self) -> bool:
        return initiative_is_open(self.status, self.closed_by)

    @property
    def standing_label(self) -> str:
        """Where it stood, as a label reads it ("Agreed", "Merged into Rail"): not the row's status, which is today's."""
        return capfirst(self.standing) if self.closed_by else InitiativeStatus(self.status).label

    @property
    def latest_news_words(self) -> str:
        return human_range(self.latest_news)

    @property
    def standing(self) -> str:
        """Where it stands, in words: its status, or what it was carried on as ("merged into ...")."""
        return f"{self.closed_by.kind} {self.closed_by.later.title}" if self.closed_by else self.status


def initiative_states(fmt: Format, *, as_of: dt.date | None = None, recorded_as_of: dt.date | None = None,
                      stale_after_months: int = STALE_AFTER_MONTHS) -> list[InitiativeState]:
    """Every initiative of a format with its dated history, completion, staleness and lineage."""
    when = moment(as_of, recorded_as_of)
    on = when.day
    recorded = list(when.rows(Initiative).filter(format=fmt).select_related("proposed_by_country", "meeting"))
    every_change: dict[int, list[InitiativeStatusChange]] = defaultdict(list)
    for change in when.rows(InitiativeStatusChange).filter(initiative_id__in=[i.id for i in recorded]):
        every_change[change.initiative_id].append(change)
    taken = {i.id: steps_taken(every_change[i.id], when) for i in recorded}
    known = {i.id for i in known_by(recorded, when, lambda i: [i.meeting.date if i.meeting else ""])}
    initiatives = {i.id: i for i in recorded if i.id in known or taken[i.id]}
    changes = {i: taken[i] for i in initiatives}
    news = _news_dates(initiatives, changes, when)
    onward, back, closed_by = defaultdict(list), defaultdict(list), {}
    links = when.rows(InitiativeLink).filter(earlier_id__in=list(initiatives))
    # An undated merge or split counts once both initiatives are known; a dated one from its day.
    for link in sorted(links, key=lambda link: (link.date or "", link.key)):
        if link.date and when.dated and not when.reached(link.date):
            continue
        if link.later_id in initiatives:
            link.later = initiatives[link.later_id]
            onward[link.earlier_id].append((link.kind, link.later))
            back[link.later_id].append((link.kind, initiatives[link.earlier_id]))
            if link.kind in CLOSING_LINKS:
                closed_by.setdefault(link.earlier_id, link)
    states = []
    for initiative in sorted(initiatives.values(), key=lambda i: i.title):
        history = status_history(changes[initiative.id])
        completion = next((c.completion for c in reversed(history) if c.completion), Completion.NO_EVIDENCE)
        status = initiative_status_then(history, bool(every_change[initiative.id]), initiative.status) if when.dated \
            else history[-1].status if history else initiative.status
        # Entered by hand with nothing dated, the entry is its report; sourced with no date at all, its age is unknown.
        latest = latest_news(news[initiative.id], on=on) or (initiative.entered_at.date().isoformat() if initiative.entered_at else "")
        stale = bool(latest) and initiative_may_go_stale(status, closed_by.get(initiative.id)) and months_since(latest, on) >= stale_after_months
        states.append(InitiativeState(
            initiative=initiative, status=status, completion=completion, latest_news=latest, stale=stale, history=history,
            came_from=back[initiative.id], went_to=onward[initiative.id], closed_by=closed_by.get(initiative.id),
        ))
    return states


def _news_dates(initiatives: dict[int, Initiative], changes: dict[int, list[InitiativeStatusChange]],
                when: Moment) -> dict[int, list[str]]:
    """Each initiative's days of news: its steps' dates, its scores' assessments, its meeting's date, and the
    publication of every source quoted for it, a step or a score (as the record stood)."""
    dates: dict[int, list[str]] = defaultdict(list)
    for initiative in initiatives.values():
        dates[initiative.id].append(initiative.meeting.date if initiative.meeting_id else "")
        dates[initiative.id] += [change.date for change in changes[initiative.id]]
    owner = {(Initiative, i): i for i in initiatives}
    owner |= {(InitiativeStatusChange, c.id): c.initiative_id for cs in changes.values() for c in cs}
    for score_id, initiative_id, assessed in when.rows(ComplianceScore).filter(
            initiative_id__in=list(initiatives)).values_list("id", "initiative_id", "assessed"):
        owner[(ComplianceScore, score_id)] = initiative_id
        dates[initiative_id].append(assessed)
    types = ContentType.objects.get_for_models(Initiative, InitiativeStatusChange, ComplianceScore)
    model_of = {content_type.id: model for model, content_type in types.items()}
    quoted = Q()
    for model, content_type in types.items():
        quoted |= Q(content_type=content_type, object_id__in=[object_id for kind, object_id in owner if kind is model])
    cited = list(when.rows(Evidence).filter(quoted).values_list("content_type_id", "object_id", "source_id"))
    published = dict(when.rows(Source).filter(id__in={source_id for *_, source_id in cited})
                     .exclude(published="").values_list("id", "published"))
    for content_type_id, object_id, source_id in cited:
        if source_id in published:
            dates[owner[(model_of[content_type_id], object_id)]].append(published[source_id])
    return dates


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


def member_proposals(fmt: Format, *, as_of: dt.date | None = None, recorded_as_of: dt.date | None = None
                     ) -> dict[Country, list[InitiativeState]]:
    """What each member proposed, and what became of it."""
    proposals: dict[Country, list[InitiativeState]] = defaultdict(list)
    for state in initiative_states(fmt, as_of=as_of, recorded_as_of=recorded_as_of):
        if state.initiative.proposed_by_country_id:
            proposals[state.initiative.proposed_by_country].append(state)
    return dict(sorted(proposals.items(), key=lambda item: item[0].name))


def meeting_commitments(meeting: Meeting, *, as_of: dt.date | None = None) -> list[InitiativeState]:
    """The commitments made at a meeting and where each stood on `as_of` (by default, today)."""
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


def compliance(fmt: Format, *, as_of: dt.date | None = None, recorded_as_of: dt.date | None = None) -> list[MemberCompliance]:
    """Each member's latest score on each commitment (assessed by the day asked about), and their average
    (+1 full, 0 partial, -1 none)."""
    when = moment(as_of, recorded_as_of)
    latest: dict[tuple[int, int], ComplianceScore] = {}
    scores = when.rows(ComplianceScore).filter(initiative__format=fmt).select_related("country", "initiative")
    if when.dated:
        scores = [score for score in scores if when.reached(score.assessed)]
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


def initiative_priorities(fmt: Format, *, recorded_as_of: dt.date | None = None) -> Priorities:
    """Each initiative's priority areas: the top of the tree above every area it is filed under (the areas are not
    dated: as the record holds them)."""
    areas = {a.id: a for a in moment(recorded_as_of=recorded_as_of).rows(Area).filter(format=fmt)}

    def top(area: Area | None) -> str:
        while area is not None and area.parent_id:
            area = areas.get(area.parent_id)
        return area.name if area else NO_AREA

    filed: dict[int, set[str]] = defaultdict(set)
    for initiative_id, area_id in Initiative.areas.through.objects.filter(initiative__format=fmt).values_list("initiative_id", "area_id"):
        filed[initiative_id].add(top(areas.get(area_id)))
    names = [a.name for a in sorted(areas.values(), key=lambda a: (a.order, a.name)) if a.is_priority]
    return Priorities(names=names, of_initiative=dict(filed))
