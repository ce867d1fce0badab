"""What pages call a section or a fact: words a reader uses, never a record key or a country code.

Keys stay in addresses and in the small "key" line an evidence page offers for the CLI and the API.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from dialogue.lib.partial_dates import human_range
from dialogue.record.models import BilateralTalk, ChairTerm, DealStageChange, InitiativeStatusChange, Post

SECTION_NAMES = {
    "sources": _("Source"), "formats": _("Dialogue format"), "memberships": _("Membership"), "people": _("Person"),
    "organizations": _("Organisation"), "posts": _("Post"), "tenures": _("Post held"), "areas": _("Area of cooperation"),
    "meetings": _("Meeting"), "representations": _("Country taking part"), "attendances": _("Participant"),
    "agenda_items": _("Agenda item"), "bilateral_talks": _("Talks on the sidelines"), "chair_terms": _("Chairmanship"),
    "initiatives": _("Initiative"), "initiative_status_changes": _("Step of an initiative"),
    "initiative_links": _("How initiatives merged or split"), "compliance_scores": _("Compliance assessment"),
    "targets": _("Target"), "deals": _("Deal"), "deal_stage_changes": _("Step of a deal"), "documents": _("Document"),
}


def section_name(section: str) -> str:
    """'bilateral_talks' as 'Talks on the sidelines'; an unknown section as plain words."""
    return SECTION_NAMES.get(section, section.replace("_", " ").capitalize())


def fact_name(fact: models.Model) -> str:
    """A fact as a heading names it. Most facts name themselves; these would otherwise show a key, a code or a raw date."""
    if isinstance(fact, BilateralTalk):
        names = [person.name for person in fact.participants.all()] if fact.pk else []
        where = f" at {fact.meeting}" if fact.meeting_id else ""
        return (f"Talks between {' and '.join(names)}" if len(names) > 1 else "Talks on the sidelines") + where
    if isinstance(fact, Post):
        return f"{fact.label}, {fact.country.name}"
    if isinstance(fact, InitiativeStatusChange):
        when = f", {human_range(fact.date)}" if fact.date else (f" at {fact.meeting}" if fact.meeting_id else "")
        return f"{fact.initiative}: {fact.get_status_display().lower()}{when}"
    if isinstance(fact, DealStageChange):
        return f"{fact.deal}: {fact.get_stage_display().lower()}" + (f", {human_range(fact.date)}" if fact.date else "")
    if isinstance(fact, ChairTerm):
        return f"{fact.country.name} chairs {fact.format}" + (f" from {human_range(fact.start)}" if fact.start else "")
    return str(fact)
