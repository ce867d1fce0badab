"""Initiatives and the steps of their status."""

from __future__ import annotations

from django.db import transaction

from dialogue.record.permissions import Action, Actor, authorize
from dialogue.lib.keys import slug
from dialogue.record.models import Area, Country, Format, Initiative, InitiativeStatusChange, Meeting
from dialogue.record.services.evidence import Citation, evidence_cite
from dialogue.record.services.keys import unique_key
from dialogue.record.services.writing import fact_write, fields_fill

Citations = list[Citation] | tuple[Citation, ...]


@transaction.atomic
def initiative_create(*, actor: Actor, reason: str, format: Format, title: str, status: str,
                      proposed_by_country: Country | None = None, meeting: Meeting | None = None,
                      citations: Citations = ()) -> Initiative:
    """An initiative with its first step (proposed or agreed, at the meeting, on its day), the step standing on the
    citations."""
    initiative = fact_write(Initiative(key=unique_key(Initiative, f"{format.key}.initiative.{slug(title, 60)}"), format=format,
                                       title=title[:300], proposed_by_country=proposed_by_country, meeting=meeting, status=status),
                            actor=actor, reason=reason)
    change = fact_write(InitiativeStatusChange(key=f"{initiative.key}.{status.replace(' ', '-')}", initiative=initiative,
                                               status=status, meeting=meeting, date=meeting.date if meeting else ""),
                        actor=actor, reason=reason)
    evidence_cite(change, citations)
    return initiative


@transaction.atomic
def initiative_report(initiative: Initiative, *, actor: Actor, reason: str, overwrite: bool = False,
                      proposed_by_country: Country | None = None) -> Initiative:
    fields_fill(initiative, overwrite=overwrite, proposed_by_country=proposed_by_country)
    return fact_write(initiative, actor=actor, reason=reason)


def initiative_areas_add(initiative: Initiative, *, actor: Actor, areas: list[Area]) -> Initiative:
    """File the initiative under more areas of cooperation (those it has stay)."""
    authorize(actor, Action.EDIT, initiative)
    initiative.areas.add(*areas)
    return initiative
