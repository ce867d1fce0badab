"""The one place that says who may do what. Every write service calls `authorize`.

Anonymous readers read what is published. A focal point edits the items of their own country
and submits reports; a reviewer accepts or rejects candidates and edits anything; an
administrator does all of that and manages people. Items that belong to no single country
(a format, its areas, its targets, a joint initiative) are the reviewers' to edit. The rules live
beside the record they guard, so the record's services need nothing from the access app (which
keeps users, officers and tokens, and tells the actor behind a request).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.db.models import Model

from dialogue.record import models as record


class Role(models.TextChoices):
    FOCAL_POINT = "focal_point", _("Focal point")
    REVIEWER = "reviewer", _("Reviewer")
    ADMINISTRATOR = "administrator", _("Administrator")


class Action(Enum):
    EDIT = "edit"  # change, delete, restore or revert an item of the record
    SUBMIT = "submit"  # send a report in for extraction and review
    REVIEW = "review"  # accept or reject candidates; publish
    ADMINISTER = "administer"


@dataclass(frozen=True)
class Actor:
    """Who is acting, as services see it: a name for the history, a role, a focal point's country."""

    name: str
    role: Role | None = None
    country: str | None = None  # ISO code

    @classmethod
    def administrator(cls, name: str) -> Actor:
        """Whoever runs the command line holds the database, and so every right."""
        return cls(name=name, role=Role.ADMINISTRATOR)

    def __str__(self) -> str:
        return self.name


ANONYMOUS = Actor(name="anonymous")
RANK = {None: 0, Role.FOCAL_POINT: 1, Role.REVIEWER: 2, Role.ADMINISTRATOR: 3}
NEEDED = {Action.SUBMIT: Role.FOCAL_POINT, Action.EDIT: Role.FOCAL_POINT, Action.REVIEW: Role.REVIEWER,
          Action.ADMINISTER: Role.ADMINISTRATOR}


def owner_countries(fact: Model) -> set[str]:
    """The countries whose focal points may edit an item: whose item it is, as the record says."""
    match fact:
        case record.Deal():
            return set(fact.countries.values_list("code", flat=True))
        case record.Meeting() | record.AgendaItem() | record.Document():
            meeting = fact if isinstance(fact, record.Meeting) else fact.meeting
            return {meeting.host.code} if meeting and meeting.host else set()
        case record.Attendance():
            country = fact.country or (fact.post.country if fact.post else None)
            return {country.code} if country else set()
        case record.Tenure():
            return {fact.post.country.code}
        case record.Person():
            return set(record.Post.objects.filter(tenures__person=fact).values_list("country__code", flat=True))
        case record.BilateralTalk():
            return set(record.Post.objects.filter(tenures__person__in=fact.participants.all()).values_list("country__code", flat=True))
        case record.Initiative():
            return {fact.proposed_by_country.code} if fact.proposed_by_country else set()
        case record.InitiativeStatusChange():
            return owner_countries(fact.initiative)
        case record.DealStageChange():
            return owner_countries(fact.deal)
        case record.InitiativeLink():
            return owner_countries(fact.earlier) | owner_countries(fact.later)
    country = getattr(fact, "country", None)  # memberships, organisations, posts, representations, chair terms, scores
    return {country.code} if isinstance(country, record.Country) else set()


def can(actor: Actor, action: Action, fact: Model | None = None) -> bool:
    if RANK[actor.role] < RANK[NEEDED[action]]:
        return False
    if action is Action.EDIT and actor.role is Role.FOCAL_POINT:
        return fact is not None and actor.country in owner_countries(fact)
    return True


def authorize(actor: Actor, action: Action, fact: Model | None = None) -> None:
    """Raise PermissionDenied, in words the user can act on, unless the actor may do this."""
    if can(actor, action, fact):
        return
    if actor.role is None:
        raise PermissionDenied("Sign in to do this." if actor is ANONYMOUS else f"{actor} holds no role in this format.")
    if action is Action.EDIT and fact is not None:
        owners = ", ".join(sorted(owner_countries(fact))) or "no single country (the reviewers')"
        raise PermissionDenied(f"A focal point of {actor.country} cannot edit this {fact._meta.verbose_name}: it is an item of {owners}.")
    raise PermissionDenied(f"Only a {NEEDED[action].label.lower()} may {action.value}.")
