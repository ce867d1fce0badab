"""Changing the record by hand: create, edit, delete, restore, revert. Pages, API, admin and tests all call these.

Every change is checked by `authorize`, made against the version the user saw (a stale version
is refused, never merged silently), validated as a whole, written in one transaction and kept in
the fact's history with who made it. Deletion is soft: a deleted fact and whatever depends on it
are hidden together and come back together.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from django.contrib.admin.utils import NestedObjects
from django.core.exceptions import ValidationError
from django.db import models, router, transaction
from django.utils import timezone

from dialogue.record.permissions import Action, Actor, authorize
from dialogue.record.interchange import record_rows, record_version
from dialogue.record.labels import field_name
from dialogue.record.models import Fact, Source
from dialogue.record.sections import record_fields
from dialogue.record.services.evidence import Citation, evidence_cite
from dialogue.record.services.keys import unique_key
from dialogue.record.services.steps import steps_followed


class StaleVersion(Exception):
    """The record changed since the user read it; `current` is its version now."""

    def __init__(self, fact: Fact, current: str):
        super().__init__(f"This {fact._meta.verbose_name} changed since you opened it: "
                         "look at its present state, then make your change again.")
        self.current = current


class DeletionRefused(Exception):
    """A deletion or restoration that would leave the record inconsistent, and what to do first."""


def record_row(obj: models.Model) -> dict:
    """One record as the API shows it: the dump's row, a source without its long text (its hash is in the row)."""
    [row] = record_rows(type(obj), [obj])
    if isinstance(obj, Source):
        row.pop("text", None)
    return row


def fact_version(fact: models.Model) -> str:
    """The fact's ETag; a deleted fact's differs from the one it had alive, so a change (or a second delete)
    made against the live version is refused once it is deleted."""
    row = record_row(fact)
    if getattr(fact, "deleted_at", None) is not None:
        row["deleted_at"] = fact.deleted_at.isoformat()
    return record_version(row)


def _locked(fact: Fact) -> Fact:
    return type(fact).everything.select_for_update().get(pk=fact.pk)


ANY_VERSION = "*"


def _check_version(fact: Fact, version: str | tuple[str, ...] | None) -> None:
    """The version the change was made against: one, any of several, or ANY_VERSION (whatever the fact is now);
    read under the row's lock, so a change that came meanwhile is never taken for the one seen."""
    if version == ANY_VERSION:
        return
    current = fact_version(fact)
    if current not in ((version,) if isinstance(version, str | None) else version):
        raise StaleVersion(fact, current)


def _save(fact: Fact, actor: Actor, reason: str) -> None:
    fact._change_reason = f"{reason} by {actor}"
    fact.save()


HAND_EDIT_REASONS = ("edited by ", "reverted to ")  # what fact_edit and fact_revert write before "by WHO"


def is_hand_edit(version: models.Model) -> bool:
    """Whether a historical version was written by a person changing fields: fact_edit (an edit or a revert), or
    the Django admin (a signed-in user, no reason); not ingestion, a load or a deletion, which give their reason."""
    reason = version.history_change_reason or ""
    by_admin = not reason and version.history_user_id is not None
    return version.history_type == "~" and (reason.startswith(HAND_EDIT_REASONS) or by_admin)


def _assign(fact: Fact, values: dict[str, Any]) -> dict[str, list]:
    """Set plain fields and references on the fact; return the many-to-many values, to be set once it is saved."""
    fields = {f.name: f for f in record_fields(type(fact))}
    unknown = sorted(set(values) - set(fields))
    if unknown:
        raise ValidationError({name: "This field cannot be changed." for name in unknown})
    many = {}
    for name, value in values.items():
        field = fields[name]
        if field.many_to_many:
            many[name] = list(value)
        elif field.is_relation:
            setattr(fact, field.attname, value.pk if isinstance(value, models.Model) else value)
        else:
            setattr(fact, name, value)
    return many


@transaction.atomic
def fact_create(*, actor: Actor, model: type[Fact], values: dict[str, Any], key_base: str,
                citations: list[Citation] | tuple[Citation, ...] = ()) -> Fact:
    """A new fact, given as fact_edit takes changes, under a free key made from `key_base`.

    It stands on its citations, each checked against its source's text; with none it carries the
    manual-entry mark (who entered it, and when), so a reader sees that no source says it.
    Raises PermissionDenied (a focal point may create only their own country's items) or
    ValidationError naming the fields at fault; nothing is written on either.
    """
    fact = model(key=unique_key(model, key_base))
    many = _assign(fact, values)
    if not citations:
        fact.entered_by, fact.entered_at = actor.name, timezone.now()
    fact.full_clean()
    _save(fact, actor, "entered")
    for name, items in many.items():
        getattr(fact, name).set(items)
    authorize(actor, Action.EDIT, fact)  # the owner of a new item can only be told once its links are set
    _cite(fact, citations, changed=[])
    steps_followed([fact], actor=actor)
    return fact


def _cite(fact: Fact, citations: list[Citation] | tuple[Citation, ...], changed: list[str]) -> None:
    """Write each citation as evidence, its quote checked against the source's text: for the field it names, else
    for each field the edit changed, else for the whole fact."""
    names = {f.name for f in record_fields(type(fact))}
    each = []
    for citation in citations:
        if citation.field and citation.field not in names:
            raise ValidationError({"quote": f"A {fact._meta.verbose_name} has no field '{citation.field}' for a quote to support."})
        each += [replace(citation, field=field) for field in ([citation.field] if citation.field else changed or [""])]
    try:
        evidence_cite(fact, each)
    except ValueError as error:
        raise ValidationError({"quote": str(error)}) from None


@transaction.atomic
def fact_edit(*, actor: Actor, fact: Fact, version: str | tuple[str, ...] | None, changes: dict[str, Any], reason: str = "edited",
              citations: list[Citation] | tuple[Citation, ...] = ()) -> Fact:
    """Apply {field name: value} to a fact the actor may edit, and may still edit afterwards.

    References may be given as objects or ids, many-to-many fields as lists of either. Citations become the
    evidence of the fields the edit changes (see _cite), so a changed value can stand on a source as an entered one does.
    Raises StaleVersion, PermissionDenied, or ValidationError naming the fields at fault.
    """
    fact = _locked(fact)
    authorize(actor, Action.EDIT, fact)
    _check_version(fact, version)
    before = {f.name: _stored(fact, f.name) for f in record_fields(type(fact)) if f.name in changes}
    many = _assign(fact, changes)
    fact.full_clean()
    _save(fact, actor, reason)
    for name, values in many.items():
        getattr(fact, name).set(values)
    authorize(actor, Action.EDIT, fact)  # a focal point cannot hand an item over to another country
    _cite(fact, citations, changed=[name for name, value in before.items() if _stored(fact, name) != value])
    steps_followed([fact], actor=actor)
    return fact


def _stored(fact: Fact, name: str) -> Any:
    """A field's value as it can be compared before and after an edit: ids for references, a set of ids for many."""
    field = fact._meta.get_field(name)
    if field.many_to_many:
        return set(getattr(fact, name).values_list("pk", flat=True))
    return getattr(fact, field.attname)


@transaction.atomic
def fact_revert(*, actor: Actor, fact: Fact, history_id: int, version: str | None) -> Fact:
    """Put back the fields a fact had in one of its earlier versions (many-to-many links stay as they are)."""
    authorize(actor, Action.EDIT, fact)
    earlier = fact.history.filter(history_id=history_id).first()
    if earlier is None:
        raise ValidationError(f"This {fact._meta.verbose_name} has no version {history_id}.")
    changes = {f.name: getattr(earlier, f.attname) for f in record_fields(type(fact)) if not f.many_to_many}
    if missing := _deleted_reference(type(fact), earlier):
        raise DeletionRefused(f"The {missing.verbose_name} of that version is no longer in the record.")
    stamp = timezone.localtime(earlier.history_date).strftime("%Y-%m-%d %H:%M")
    return fact_edit(actor=actor, fact=fact, version=version, changes=changes, reason=f"reverted to the version of {stamp}")


def _deleted_reference(model: type[Fact], version: models.Model) -> models.Field | None:
    """The first of a fact's references, read from the fact or from one of its historical versions,
    to something no longer in the record."""
    for field in model._meta.concrete_fields:
        target = getattr(version, field.attname) if field.is_relation else None
        if target is not None and not field.related_model._default_manager.filter(pk=target).exists():
            return field
    return None


@dataclass(frozen=True)
class Deletion:
    fact: Fact
    dependents: list[Fact]


def _collected(collector: NestedObjects, fact: Fact) -> list[Fact]:
    """The facts a deletion of `fact` reaches, other than itself."""
    return [item for items in collector.data.values() for item in items
            if isinstance(item, Fact) and not (type(item) is type(fact) and item.pk == fact.pk)]


@transaction.atomic
def fact_delete(*, actor: Actor, fact: Fact, version: str | tuple[str, ...] | None) -> Deletion:
    """Hide a fact and every fact that depends on it (a meeting's attendances, say), in one stroke."""
    fact = _locked(fact)
    authorize(actor, Action.EDIT, fact)
    _check_version(fact, version)
    collector = NestedObjects(using=router.db_for_write(type(fact)))
    collector.collect([fact])
    blocking = [item for item in collector.protected if not (isinstance(item, Fact) and item.deleted_at)]
    if blocking:
        names = sorted(f"{type(item)._meta.verbose_name} '{getattr(item, 'key', item)}'" for item in blocking)
        raise DeletionRefused(f"{fact} is still referred to by {', '.join(names[:10])}"
                              f"{' and others' if len(names) > 10 else ''}: change or delete those first.")
    dependents = [item for item in _collected(collector, fact) if item.deleted_at is None]
    for item in dependents:
        authorize(actor, Action.EDIT, item)
    moment = timezone.now()
    for item in [fact, *dependents]:
        item.deleted_at = moment
        _save(item, actor, "deleted" if item is fact else f"deleted with {fact._meta.verbose_name} {fact.key}")
    steps_followed([fact, *dependents], actor=actor)
    return Deletion(fact=fact, dependents=dependents)


@transaction.atomic
def fact_restore(*, actor: Actor, fact: Fact) -> list[Fact]:
    """Bring back a deleted fact with whatever was deleted with it."""
    fact = _locked(fact)
    if fact.deleted_at is None:
        raise DeletionRefused(f"{fact} is not deleted.")
    authorize(actor, Action.EDIT, fact)
    if missing := _deleted_reference(type(fact), fact):
        raise DeletionRefused(f"Its {missing.verbose_name} is deleted: restore that first.")
    collector = NestedObjects(using=router.db_for_write(type(fact)))
    collector.collect([fact])
    restored = [fact, *(item for item in _collected(collector, fact) if item.deleted_at == fact.deleted_at)]
    for item in restored:
        item.deleted_at = None
        _save(item, actor, "restored" if item is fact else f"restored with {fact._meta.verbose_name} {fact.key}")
    steps_followed(restored, actor=actor)
    return restored


@dataclass(frozen=True)
class Change:
    """One version of a fact and how it differs from the one before."""

    history_id: int
    when: dt.datetime
    who: str
    kind: str
    reason: str
    differences: list[tuple[str, Any, Any]]


def fact_changes(fact: Fact) -> list[Change]:
    """Every version of a fact, newest first, each with the fields it changed."""
    versions = list(fact.history.select_related("history_user").order_by("-history_date", "-history_id"))
    labels = {f.name: field_name(type(fact), f.name) for f in record_fields(type(fact)) if not f.many_to_many}
    changes = []
    for newer, older in zip(versions, versions[1:] + [None]):
        differences = []
        if older is not None:
            delta = newer.diff_against(older, included_fields=list(labels))
            differences = [(labels[c.field], c.old, c.new) for c in delta.changes]
            if bool(newer.deleted_at) != bool(older.deleted_at):  # not editable, so not in diff_against
                differences.append((field_name(type(fact), "deleted"), bool(older.deleted_at), bool(newer.deleted_at)))
        who = newer.history_user.get_username() if newer.history_user else ""
        changes.append(Change(history_id=newer.history_id, when=newer.history_date, who=who,
                              kind={"+": "created", "~": "changed", "-": "removed"}[newer.history_type],
                              reason=newer.history_change_reason or "", differences=differences))
    return changes
