"""Sources written whole (a load, a restore of one), validated and kept in history as facts are."""

from __future__ import annotations

from dialogue.record.models import Source
from dialogue.record.permissions import Action, Actor, authorize


def source_write(source: Source, *, actor: Actor, reason: str) -> Source:
    """Validate a source and save it, its history naming why and by whom. Sending sources in is what a focal point
    may do (a report submitted); uniqueness of its key and text is the caller's to check, or the database's to refuse."""
    authorize(actor, Action.SUBMIT)
    source.full_clean(validate_unique=False)
    source._change_reason = f"{reason} by {actor}"
    source.save()
    return source
