"""Reads of the record that pages, API and commands share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, QuerySet, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from dialogue.record.models import (
    Attendance, BilateralTalk, Deal, Evidence, Fact, Format, InitiativeStatusChange, Meeting, Person, Source, Tenure,
)
from dialogue.record.errors import NotFound
from dialogue.record.sections import FACT_SECTIONS, SECTION_OF_MODEL


def end_of_day(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.max))


def rows_as_of(model: type[Model], recorded_as_of: dt.date | None) -> QuerySet:
    """The model's rows as the record held them at the end of `recorded_as_of` (record time, from their history),
    or as they are now. How things stood on a day (valid time) is record.timeline's."""
    return model.history.as_of(end_of_day(recorded_as_of)) if recorded_as_of else model.objects.all()


def format_list() -> QuerySet[Format]:
    return Format.objects.order_by("short_name")


def format_get(*, short_name: str | None) -> Format | None:
    """The format named, or the first one when none is named."""
    formats = format_list()
    if short_name:
        return formats.filter(short_name=short_name).first()
    return formats.first()


def fact_get(*, section: str, key: str, deleted_too: bool = False) -> Fact:
    models_by_section = dict(FACT_SECTIONS)
    if section not in models_by_section:
        raise NotFound(f"No section {section!r}")
    model = models_by_section[section]
    fact = (model.everything if deleted_too else model.objects).filter(key=key).first()
    if fact is None:
        raise NotFound(f"No {section} {key!r}")
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
    dissenting: int = 0  # sources that say otherwise, a reviewer having kept the record's value

    def __str__(self) -> str:
        if not self.sources:
            return gettext("entered by hand") if self.manual else gettext("no source")
        if self.official:
            return ngettext("%(count)d source, including an official one", "%(count)d sources, including an official one",
                            self.sources) % {"count": self.sources}
        return ngettext("%(count)d source, press only", "%(count)d sources, press only", self.sources) % {"count": self.sources}


def fact_support(fact: Fact) -> Support:
    """How many distinct sources state a fact, and whether one is a government's own release; a source that
    says otherwise is counted apart, never as support."""
    evidence = evidence_for(fact)
    kinds = set(Source.objects.filter(evidence__in=evidence.filter(stance=Evidence.Stance.SUPPORTS)).values_list("id", "kind"))
    dissenting = set(Source.objects.filter(evidence__in=evidence.filter(stance=Evidence.Stance.DISSENTS)).values_list("id", flat=True))
    return Support(sources=len(kinds), official=any(kind in Source.OFFICIAL_KINDS for _, kind in kinds),
                   manual=bool(fact.entered_at), dissenting=len(dissenting - {source_id for source_id, _ in kinds}))


def source_get(*, key: str) -> Source:
    source = Source.objects.filter(key=key).first()
    if source is None:
        raise NotFound(f"No source {key!r}")
    return source


def source_evidence(source: Source) -> list[tuple[Evidence, Fact | None, str]]:
    """Every quote of the source with the fact it supports and that fact's section."""
    items = []
    # The facts in one query per kind of fact, and what their names read (a meeting, a country, a person) in one per
    # kind of reference: never one per quote.
    quotes = list(source.evidence.select_related("content_type").prefetch_related("fact").order_by("start", "end"))
    by_model: dict[type, list[Model]] = {}
    for item in quotes:
        if item.fact is not None:
            by_model.setdefault(type(item.fact), []).append(item.fact)
    for model, facts in by_model.items():
        prefetch_related_objects(facts, *[field.name for field in model._meta.concrete_fields if field.many_to_one])
    for item in quotes:
        fact = item.fact
        if fact is not None and fact.deleted_at:
            continue  # a deleted fact's quotes are not shown until it is restored
        items.append((item, fact, SECTION_OF_MODEL.get(type(fact), "") if fact else ""))
    return items


def first_reports(meetings: list[Meeting]) -> dict[int, str]:
    """For each meeting, the publication date of the earliest dated source that speaks of it, in one query."""
    rows = (Evidence.objects.filter(content_type=ContentType.objects.get_for_model(Meeting), object_id__in=[m.id for m in meetings])
            .exclude(source__published="").values_list("object_id", "source__published"))
    first: dict[int, str] = {}
    for meeting_id, published in rows:
        first[meeting_id] = min(first.get(meeting_id, published), published)
    return first


def earliest_report(meeting: Meeting) -> Source | None:
    """The earliest dated source that speaks of a meeting: a bound on its date when the day is unknown."""
    sources = Source.objects.filter(evidence__in=evidence_for(meeting)).exclude(published="").order_by("published")
    return sources.first()


def meetings_filtered(*, format: Format, level: str = "", year: str = "", host: str = "") -> QuerySet[Meeting]:
    """A format's meetings by level, year and host country (ISO code), newest first."""
    meetings = Meeting.objects.filter(format=format).select_related("host", "format")
    if level:
        meetings = meetings.filter(level=level)
    if year:
        meetings = meetings.filter(date__startswith=year)
    if host:
        meetings = meetings.filter(host__code=host.upper())
    return meetings.order_by("-date", "-ordinal", "key")


def meeting_years(*, format: Format) -> list[str]:
    return sorted({date[:4] for date in Meeting.objects.filter(format=format).exclude(date="").values_list("date", flat=True)},
                  reverse=True)


@dataclass
class MeetingPage:
    """A meeting with what was said and done there, and every source that reports it."""

    meeting: Meeting
    delegations: list[tuple[object, list[Attendance]]]  # (country or None, its participants with their posts then)
    agenda: list
    talks: list
    documents: list
    initiatives: list
    status_changes: list
    targets: list
    deals: list
    announced: list
    sources: list[Source]
    reported_in: Source | None


def meeting_page(meeting: Meeting) -> MeetingPage:
    attendances = meeting.attendances.select_related("person", "post", "country").order_by("country__name", "person__name")
    delegations: dict = {}
    for attendance in attendances:
        delegations.setdefault(attendance.country, []).append(attendance)
    for representation in meeting.representations.select_related("country"):
        delegations.setdefault(representation.country, [])
    parts = {
        "agenda": list(meeting.agenda_items.select_related("area").order_by("key")),
        "talks": list(meeting.bilateral_talks.prefetch_related("participants").order_by("key")),
        "documents": list(meeting.documents.order_by("key")),
        "initiatives": list(meeting.initiatives.select_related("proposed_by_country").order_by("title")),
        "status_changes": list(InitiativeStatusChange.objects.filter(meeting=meeting).select_related("initiative").order_by("key")),
        "targets": list(meeting.targets.order_by("key")),
        "deals": list(meeting.deals.order_by("-value")[:50]),
        "announced": list(meeting.announced_meetings.order_by("date")),
    }
    facts = [meeting, *attendances, *(item for items in parts.values() for item in items)]
    return MeetingPage(meeting=meeting, delegations=sorted(delegations.items(), key=lambda pair: pair[0].name if pair[0] else "~"),
                       sources=sources_of(facts), reported_in=None if meeting.date else earliest_report(meeting), **parts)


def sources_of(facts: list[Model], recorded_as_of: dt.date | None = None) -> list[Source]:
    """The sources whose quotes support any of these facts, oldest first (as the record held them on `recorded_as_of`)."""
    by_type: dict = {}
    for fact in facts:
        by_type.setdefault(ContentType.objects.get_for_model(fact), set()).add(fact.pk)
    ids: set[int] = set()
    for content_type, object_ids in by_type.items():
        ids |= set(Evidence.objects.filter(content_type=content_type, object_id__in=object_ids).values_list("source_id", flat=True))
    return sorted(rows_as_of(Source, recorded_as_of).filter(id__in=ids), key=lambda source: (source.published, source.publisher))


@dataclass
class PersonPage:
    person: Person
    tenures: list[Tenure]
    attendances: list[Attendance]
    talks: list[BilateralTalk]


def person_page(person: Person) -> PersonPage:
    """Posts over time and meetings attended, each with the post held then."""
    tenures = sorted(person.tenures.select_related("post__country"), key=lambda t: (t.start or "", t.key))
    attendances = sorted(person.attendances.select_related("meeting", "post", "country"),
                         key=lambda a: (a.meeting.date or "9999", a.meeting.key), reverse=True)
    return PersonPage(person=person, tenures=tenures, attendances=attendances,
                      talks=list(person.bilateral_talks.select_related("meeting").order_by("key")))


def deals_filtered(*, format: Format, stage: str = "", country: str = "", currency: str = "", year: str = "",
                   q: str = "") -> QuerySet[Deal]:
    """A format's deals by stage, country (ISO code), currency, year signed and words of the title."""
    deals = Deal.objects.filter(format=format)
    if stage:
        deals = deals.filter(stage=stage)
    if country:
        # Only this many-to-many filter can repeat a deal; DISTINCT otherwise costs a sort of the whole format's deals.
        deals = deals.filter(countries__code=country.upper()).distinct()
    if currency:
        deals = deals.filter(currency=currency.upper())
    if year:
        deals = deals.filter(signed__startswith=year)
    if q:
        deals = deals.filter(title__icontains=q)
    return deals


@dataclass(frozen=True)
class DeletedFact:
    section: str
    fact: Fact


def deleted_facts(*, limit: int = 200) -> list[DeletedFact]:
    """Facts deleted (softly), latest first, so that they can be found and restored."""
    found = [DeletedFact(section, fact) for section, model in FACT_SECTIONS
             for fact in model.everything.filter(deleted_at__isnull=False).order_by("-deleted_at")[:limit]]
    return sorted(found, key=lambda item: item.fact.deleted_at, reverse=True)[:limit]
