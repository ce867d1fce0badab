"""Reads of the record that pages, API and commands share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, Prefetch, QuerySet
from django.utils import timezone
from django.http import Http404

from dialogue.record.models import Attendance, Evidence, Fact, Format, Meeting, Representation, Source
from dialogue.record.sections import FACT_SECTIONS, SECTION_OF_MODEL


def end_of_day(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.max))


def rows_as_of(model: type[Model], as_of: dt.date | None) -> QuerySet:
    """The model's rows as they stood at the end of `as_of` (from its history), or as they are now."""
    return model.history.as_of(end_of_day(as_of)) if as_of else model.objects.all()


def format_list() -> QuerySet[Format]:
    return Format.objects.order_by("short_name")


def format_get(*, short_name: str | None) -> Format | None:
    """The format named, or the first one when none is named."""
    formats = format_list()
    if short_name:
        return formats.filter(short_name=short_name).first()
    return formats.first()


def meeting_list(*, format: Format) -> QuerySet[Meeting]:
    """Meetings held first, in date order, then those planned; with who took part and as what."""
    return (
        Meeting.objects.filter(format=format)
        .select_related("host", "chair", "announced_at")
        .prefetch_related(
            Prefetch("attendances", queryset=Attendance.objects.select_related("person", "post", "country").order_by("country__name")),
            Prefetch("representations", queryset=Representation.objects.select_related("country").order_by("country__name")),
            "agenda_items",
            "documents",
            "bilateral_talks__participants",
        )
        .order_by("status", "date", "level", "ordinal")
    )


def fact_get(*, section: str, key: str, deleted_too: bool = False) -> Fact:
    models_by_section = dict(FACT_SECTIONS)
    if section not in models_by_section:
        raise Http404(f"No section {section!r}")
    model = models_by_section[section]
    fact = (model.everything if deleted_too else model.objects).filter(key=key).first()
    if fact is None:
        raise Http404(f"No {section} {key!r}")
    return fact


def evidence_for(fact: Fact) -> QuerySet[Evidence]:
    return (
        Evidence.objects.filter(content_type=ContentType.objects.get_for_model(fact), object_id=fact.pk)
        .select_related("source")
        .order_by("field", "source__key", "start")
    )


@dataclass(frozen=True)
class Support:
    sources: int
    official: bool
    manual: bool

    def __str__(self) -> str:
        if not self.sources:
            return "entered by hand" if self.manual else "no source"
        kind = "including an official one" if self.official else "press only"
        return f"{self.sources} source{'s' if self.sources != 1 else ''}, {kind}"


def fact_support(fact: Fact) -> Support:
    """How many distinct sources state a fact, and whether one is a government's own release."""
    kinds = set(Source.objects.filter(evidence__in=evidence_for(fact)).values_list("id", "kind"))
    return Support(sources=len(kinds), official=any(kind in Source.OFFICIAL_KINDS for _, kind in kinds),
                   manual=bool(fact.entered_at))


def source_get(*, key: str) -> Source:
    source = Source.objects.filter(key=key).first()
    if source is None:
        raise Http404(f"No source {key!r}")
    return source


def source_evidence(source: Source) -> list[tuple[Evidence, Fact | None, str]]:
    """Every quote of the source with the fact it supports and that fact's section."""
    items = []
    for item in source.evidence.select_related("content_type").order_by("start", "end"):
        fact = item.fact
        if fact is not None and fact.deleted_at:
            continue  # a deleted fact's quotes are not shown until it is restored
        items.append((item, fact, SECTION_OF_MODEL.get(type(fact), "") if fact else ""))
    return items


def earliest_report(meeting: Meeting) -> Source | None:
    """The earliest dated source that speaks of a meeting: a bound on its date when the day is unknown."""
    sources = Source.objects.filter(evidence__in=evidence_for(meeting)).exclude(published="").order_by("published")
    return sources.first()
