"""The record's sections, in the order in which they may refer to one another."""

from __future__ import annotations

from django.db import models

from dialogue.record.models import (
    AgendaItem, Area, Attendance, BilateralTalk, ChairTerm, ComplianceScore, Country, Deal, DealStageChange, Document, Format,
    Initiative, InitiativeLink, InitiativeStatusChange, Meeting, Membership, Organization, Person, Post,
    Representation, Source, Target, Tenure,
)

FACT_SECTIONS: list[tuple[str, type[models.Model]]] = [
    ("formats", Format),
    ("memberships", Membership),
    ("people", Person),
    ("organizations", Organization),
    ("posts", Post),
    ("tenures", Tenure),
    ("areas", Area),
    ("meetings", Meeting),
    ("representations", Representation),
    ("attendances", Attendance),
    ("agenda_items", AgendaItem),
    ("bilateral_talks", BilateralTalk),
    ("chair_terms", ChairTerm),
    ("initiatives", Initiative),
    ("initiative_status_changes", InitiativeStatusChange),
    ("initiative_links", InitiativeLink),
    ("compliance_scores", ComplianceScore),
    ("targets", Target),
    ("deals", Deal),
    ("deal_stage_changes", DealStageChange),
    ("documents", Document),
]
SECTIONS: list[tuple[str, type[models.Model]]] = [("sources", Source), *FACT_SECTIONS]
SECTION_OF_MODEL = {model: name for name, model in SECTIONS}
FACT_MODELS = [model for _, model in FACT_SECTIONS]
MANUAL_ENTRY_FIELDS = ("entered_by", "entered_at")


def natural_key_field(model: type[models.Model]) -> str:
    """Countries are referred to by ISO code, everything else by its key."""
    return "code" if model is Country else "key"


def record_fields(model: type[models.Model]) -> list[models.Field]:
    """The fields a dump writes, in model order: concrete fields, then plain many-to-many.

    Fields that are not editable are derived (a text's fingerprint) and are computed again on load.
    """
    concrete = [f for f in model._meta.concrete_fields if f.name not in ("id", "key") and f.editable]
    many = [f for f in model._meta.many_to_many if f.remote_field.through._meta.auto_created]
    return concrete + many

