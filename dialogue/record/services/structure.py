"""How a format is organised: its areas of cooperation and the terms of its chairs."""

from __future__ import annotations

from django.db import transaction

from dialogue.record.permissions import Actor
from dialogue.lib.keys import slug
from dialogue.record.models import Area, ChairTerm, Country, Format, Meeting
from dialogue.record.services.keys import unique_key
from dialogue.record.services.writing import fact_write, fields_fill


@transaction.atomic
def area_record(*, actor: Actor, reason: str, format: Format, name: str, is_priority: bool, order: int,
                parent: Area | None = None, overwrite: bool = False) -> Area:
    """The format's area of this name (in any case), written once; its parent filled in (replaced when `overwrite`)."""
    area = Area.objects.filter(format=format, name__iexact=name).first() or Area(
        key=unique_key(Area, f"{format.key}.area.{slug(name, 50)}"), format=format, name=name[:200],
        is_priority=is_priority, order=order)
    fields_fill(area, overwrite=overwrite, parent=parent)
    return fact_write(area, actor=actor, reason=reason)


@transaction.atomic
def chair_term_record(*, actor: Actor, reason: str, format: Format, start: str, country: Country | None,
                      announced_at: Meeting | None = None, overwrite: bool = False) -> ChairTerm:
    """The format's chair from `start`: one term per start, its country filled in (replaced when `overwrite`)."""
    term = ChairTerm.objects.filter(format=format, start=start).first()
    if term is None:
        term = ChairTerm(key=unique_key(ChairTerm, f"{format.key}.chair.{country.code.lower() if country else 'none'}-{start or 'from'}"),
                         format=format, start=start, announced_at=announced_at)
    fields_fill(term, overwrite=overwrite, country=country)
    return fact_write(term, actor=actor, reason=reason)
