"""The keys new facts are given: free ones, made from what the fact is."""

from __future__ import annotations

from django.db import models

from dialogue.lib.keys import slug
from dialogue.record.sections import SECTION_OF_MODEL


def unique_key(model: type[models.Model], base: str) -> str:
    """`base`, or `base-2`, `base-3`... whichever no record of the model (deleted ones too) holds yet."""
    manager = getattr(model, "everything", model._default_manager)
    key, number = base[:120], 2
    while manager.filter(key=key).exists():
        key = f"{base[:110]}-{number}"
        number += 1
    return key


def key_base(model: type[models.Model], *, format_key: str | None, label: str) -> str:
    """A new fact's key as ingestion makes them: its format's key, the kind of fact, the words of its title."""
    kind = SECTION_OF_MODEL[model].removesuffix("s")
    return f"{format_key}.{kind}.{slug(label, 80)}" if format_key else f"{kind}.{slug(label, 80)}"
