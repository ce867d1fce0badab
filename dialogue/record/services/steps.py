"""An initiative's status and a deal's stage are their latest step's: a step entered, edited, deleted or restored by
hand (page, API, admin) moves its initiative or deal with it, so `dialogue check` never finds the two apart."""

from __future__ import annotations

from collections.abc import Iterable

from dialogue.record.lifecycle import stage_history, status_history
from dialogue.record.models import DealStageChange, Fact, InitiativeStatusChange
from dialogue.record.permissions import Actor
from dialogue.record.services.writing import fact_write


def steps_followed(facts: Iterable[Fact], *, actor: Actor) -> None:
    """Set each initiative or deal that one of `facts` is a step of to its latest step still in the record
    (same-day steps in the order of the status or stage scale); with no step left it keeps what it holds."""
    for fact in facts:
        match fact:
            case InitiativeStatusChange():
                owner, name, steps = fact.initiative, "status", status_history(fact.initiative.status_changes.all())
            case DealStageChange():
                owner, name, steps = fact.deal, "stage", stage_history(fact.deal.stage_changes.all())
            case _:
                continue
        owner.refresh_from_db()
        latest = getattr(steps[-1], name) if steps else None
        if owner.deleted_at is None and latest and getattr(owner, name) != latest:
            setattr(owner, name, latest)
            fact_write(owner, actor=actor, reason=f"{name} follows its latest step ({steps[-1].key})")
