"""What ingestion reads from the record: the gazetteer of people and formats it already holds."""

from __future__ import annotations

from django.conf import settings

from dialogue.ingest.gazetteer import Gazetteer, KnownPerson
from dialogue.record.models import Attendance, Format, Membership, Person


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
