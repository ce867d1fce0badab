"""Writes to the record that every entry point (load, ingestion, pages, API) goes through."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from dialogue.lib.keys import slug
from dialogue.lib.texts import content_hash, split_header
from dialogue.record.models import Evidence, Source
from dialogue.record.sections import SECTION_OF_MODEL


class EvidenceError(ValueError):
    """A quote that does not stand in its source at the offsets given."""


def quote_problem(*, text: str, start: int, end: int, quote: str) -> str | None:
    """Why `quote` is not `text[start:end]`, in words; None when it is."""
    if end > len(text):
        return f"the span {start}-{end} runs past the end of the source ({len(text)} characters)"
    found = text[start:end]
    if found != quote:
        return f"the quote {quote!r} does not match the source at {start}-{end}, which reads {found!r}"
    return None


def evidence_add(*, fact: models.Model, source: Source, start: int, end: int, quote: str, field: str = "",
                 stance: str = Evidence.Stance.SUPPORTS) -> Evidence:
    """Anchor a fact (or one of its fields) in a quote, or record a source's dissent from it; the quote must stand
    in the source text."""
    if isinstance(start, bool) or isinstance(end, bool) or not isinstance(start, int) or not isinstance(end, int):
        raise EvidenceError(f"start and end must be whole numbers, not {start!r} and {end!r}")
    if not 0 <= start < end:
        raise EvidenceError(f"the span {start}-{end} is empty or negative")
    if not isinstance(quote, str) or len(quote) != end - start:
        raise EvidenceError(f"the quote {quote!r} is not {end - start} characters long, as the span {start}-{end} is")
    if not isinstance(field, str):
        raise EvidenceError(f"field must be a field name, not {field!r}")
    if stance not in Evidence.Stance.values:
        raise EvidenceError(f"stance must be one of {', '.join(Evidence.Stance.values)}, not {stance!r}")
    if source.text and (problem := quote_problem(text=source.text, start=start, end=end, quote=quote)):
        raise EvidenceError(f"source '{source.key}': {problem}")
    return Evidence.objects.create(
        source=source,
        content_type=ContentType.objects.get_for_model(fact),
        object_id=fact.pk,
        field=field,
        start=start,
        end=end,
        quote=quote,
        stance=stance,
    )


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


@dataclass(frozen=True)
class AttachedText:
    path: Path
    source_key: str | None  # None: no source in the record has this text


def source_texts_attach(paths: list[Path]) -> list[AttachedText]:
    """Give sources held without text their full text, matched by content hash.

    Every quote of a source must stand in the text before it is kept; if one does not,
    nothing is attached and EvidenceError names the quote.
    """
    from dialogue.lib.simhash import simhash  # numpy: only when texts are attached, not for every command that loads services

    files = sorted(p for path in paths for p in ([path] if path.is_file() else path.glob("*.txt")))
    attached = []
    with transaction.atomic():
        for path in files:
            text = split_header(path.read_text(encoding="utf-8")).text
            source = Source.objects.filter(content_hash=content_hash(text)).first()
            if source and not source.text:
                for item in source.evidence.all():
                    if problem := quote_problem(text=text, start=item.start, end=item.end, quote=item.quote):
                        raise EvidenceError(f"{path.name} for source '{source.key}': {problem}")
                source.text = text
                source.simhash = simhash(text)
                source.save(update_fields=["text", "simhash"])
            attached.append(AttachedText(path=path, source_key=source.key if source else None))
    return attached
