"""Documents adopted at meetings."""

from __future__ import annotations

from django.db import transaction

from dialogue.record.permissions import Actor
from dialogue.lib.keys import slug
from dialogue.record.models import Document, Meeting
from dialogue.record.services.keys import unique_key
from dialogue.record.services.writing import fact_write, fields_fill


@transaction.atomic
def document_record(*, actor: Actor, reason: str, meeting: Meeting, kind: str, title: str, count: int | None = None,
                    qualifier: str = "", overwrite: bool = False) -> Document:
    """The meeting's document of this kind: written once; its count replaced only when `overwrite`."""
    document = Document.objects.filter(meeting=meeting, kind=kind).first()
    if document is None:
        document = Document(key=unique_key(Document, f"{meeting.key}.{slug(kind if kind != 'other' else title, 50)}"),
                            format=meeting.format, kind=kind, title=title[:300], meeting=meeting, date=meeting.date,
                            count=count or 1, count_qualifier=qualifier or Document.Qualifier.EXACTLY)
    elif overwrite:
        fields_fill(document, overwrite=True, count=count, count_qualifier=qualifier)
    return fact_write(document, actor=actor, reason=reason)
