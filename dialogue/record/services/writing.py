"""What every service does to write a fact: authorize, validate, save with a history entry, once per fact."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models

from dialogue.record.permissions import Action, Actor, authorize
from dialogue.lib import validation
from dialogue.record.models import Fact

# Values checked by the shared rules (dialogue.lib.validation) before the model's own, whatever way they came in.
CHECKS = {"amount": validation.money, "value": validation.money, "equivalent_amount": validation.money,
          "currency": validation.currency, "equivalent_currency": validation.currency}


def fact_write(fact: Fact, *, actor: Actor, reason: str, linked_later: bool = False,
               links: Mapping[str, list[int]] | None = None) -> Fact:
    """Validate the fact as a whole and save it, its history naming why and by whom; the actor must be allowed
    to edit it as saved (a focal point, only their own country's items). Raises ValidationError naming the fields
    at fault, or PermissionDenied; callers hold the transaction, so a refusal writes nothing. `linked_later`: whose
    item it is shows only in links set after the save (a deal's countries), and the caller authorizes then; or give
    those `links` ({many-to-many field: ids}) here, to be set after the save and before the actor is authorized."""
    problems = {}
    for name, check in CHECKS.items():
        value = getattr(fact, name, None) if any(f.name == name for f in fact._meta.concrete_fields) else None
        if value not in (None, ""):
            try:
                check(value)
            except validation.Invalid as error:
                problems[name] = [str(error)]
    if problems:
        raise ValidationError(problems)
    fact.full_clean(validate_unique=False)  # keys come from unique_key; a race on one is the database's to refuse
    fact._change_reason = f"{reason} by {actor}"[:100]  # what history keeps of a reason; PostgreSQL refuses more
    fact.save()
    for name, ids in (links or {}).items():
        getattr(fact, name).set(ids)
    if not linked_later:
        authorize(actor, Action.EDIT, fact)  # after saving: who owns an item can depend on what it refers to
    return fact


def fields_fill(fact: models.Model, *, overwrite: bool, **values: Any) -> None:
    """Fill what the record lacks; replace what it holds only when `overwrite` (a reviewer took the source's value).
    A value of None or "" says nothing and changes nothing."""
    for name, value in values.items():
        if value in (None, ""):
            continue
        current = getattr(fact, fact._meta.get_field(name).attname)
        if current in (None, "") or overwrite:
            setattr(fact, name, value)
