"""Evidence: a fact anchored in a quote that stands in its source, and source texts attached to what they anchor."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from dialogue.lib.texts import content_hash, split_header
from dialogue.record.models import Evidence, Source


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


@dataclass(frozen=True)
class Citation:
    """Where a fact is said: a quote at its place in a source's text, supporting the fact or one field of it."""

    source: Source
    start: int
    end: int
    quote: str
    field: str = ""


def evidence_cite(fact: models.Model, citations: list[Citation] | tuple[Citation, ...],
                  *, stance: str = Evidence.Stance.SUPPORTS) -> None:
    """Write each citation as evidence of the fact; a quote the fact already has from its source is not added twice."""
    if not citations:
        return
    had = set(Evidence.objects.filter(content_type=ContentType.objects.get_for_model(fact), object_id=fact.pk)
              .values_list("source_id", "start", "end", "field"))
    for citation in citations:
        if (citation.source.pk, citation.start, citation.end, citation.field) not in had:
            evidence_add(fact=fact, source=citation.source, start=citation.start, end=citation.end,
                         quote=citation.quote, field=citation.field, stance=stance)
            had.add((citation.source.pk, citation.start, citation.end, citation.field))


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
