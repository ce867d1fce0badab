"""What ingestion reads from the record (the gazetteer of people and formats it already holds), and what the
record's pages read from ingestion (where sources disagree with a fact)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from dialogue.ingest.gazetteer import Gazetteer, KnownPerson
from dialogue.ingest.models import Candidate
from dialogue.ingest.review import MODELS
from dialogue.record.models import Attendance, Evidence, Fact, Format, Membership, Person, Source


def gazetteer_from_record() -> Gazetteer:
    """Countries and cities, plus every person the record knows under every spelling."""
    latest_post = {}
    for attendance in Attendance.objects.select_related("post", "country").order_by("meeting__date"):
        latest_post[attendance.person_id] = (attendance.country.code if attendance.country else None,
                                             attendance.post.label if attendance.post else None)
    people = []
    for person in Person.objects.order_by("key"):
        country, role = latest_post.get(person.id, (None, None))
        people.append(KnownPerson(name=person.name, spellings=tuple(dict.fromkeys([person.name, *person.other_names])),
                                  country=country, role=role, key=person.key))
    partners = {m.format_id: m.country.code for m in Membership.objects.filter(role=Membership.Role.PARTNER).select_related("country")}
    formats = tuple((alias, partners.get(f.id, "")) for f in Format.objects.order_by("key") for alias in [f.name, f.short_name, *f.aliases])
    return Gazetteer.standard(people=tuple(people), formats=formats, cache_dir=settings.DATA_DIR / "cache")


@dataclass(frozen=True)
class Disagreement:
    """A source saying one thing of a fact where the record holds another: waiting for a reviewer, or settled
    for the record's value with the source on file as dissenting."""

    field: str
    record: str
    source: Source
    said: str
    settled: bool


def fact_disagreements(fact: Fact) -> list[Disagreement]:
    """Where sources disagree with a fact: conflicts not yet settled, then dissent a reviewer kept the record over."""
    kinds = [kind for kind, model in MODELS.items() if model is type(fact)]
    dissenting = Evidence.objects.filter(content_type=ContentType.objects.get_for_model(fact), object_id=fact.pk,
                                         stance=Evidence.Stance.DISSENTS).values("source_id")
    candidates = (Candidate.objects.filter(kind__in=kinds)
                  .filter(Q(status=Candidate.Status.PENDING, resolution=Candidate.Resolution.CONFLICT, matched_key=fact.key)
                          | Q(status=Candidate.Status.ACCEPTED, accepted_key=fact.key, source_id__in=dissenting))
                  .select_related("source").order_by("-status", "source__published", "id"))
    return [Disagreement(field=field, record=str(sides["record"]), source=candidate.source, said=str(sides["candidate"]),
                         settled=candidate.status == Candidate.Status.ACCEPTED)
            for candidate in candidates for field, sides in candidate.conflicts.items()]
