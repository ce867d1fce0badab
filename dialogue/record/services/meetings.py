"""Meetings, the countries represented at them, who attended, and what was on their agenda."""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction

from dialogue.record.permissions import Actor
from dialogue.lib.keys import slug
from dialogue.record.lifecycle import meeting_status_after
from dialogue.record.models import AgendaItem, Attendance, Country, Format, Meeting, Person, Post, Representation
from dialogue.record.services.evidence import Citation, evidence_cite
from dialogue.record.services.keys import unique_key
from dialogue.record.services.writing import fact_write, fields_fill

Citations = list[Citation] | tuple[Citation, ...]
TitleOf = Callable[[str, int | None], str]  # a meeting's title from its level and ordinal


@transaction.atomic
def meeting_create(*, actor: Actor, reason: str, key_base: str, format: Format, level: str, status: str, title: str,
                   ordinal: int | None = None, date: str = "", city: str = "", host: Country | None = None,
                   online: bool | None = None, announced_at: Meeting | None = None, citations: Citations = ()) -> Meeting:
    meeting = fact_write(Meeting(key=unique_key(Meeting, key_base), format=format, level=level, status=status, title=title,
                                 ordinal=ordinal, date=date, city=city, host=host, online=bool(online), announced_at=announced_at),
                         actor=actor, reason=reason)
    evidence_cite(meeting, citations)
    return meeting


@transaction.atomic
def meeting_report(meeting: Meeting, *, actor: Actor, reason: str, status: str, title_of: TitleOf, overwrite: bool = False,
                   ordinal: int | None = None, date: str = "", city: str = "", host: Country | None = None,
                   online: bool | None = None, level: str = "") -> Meeting:
    """A meeting as a later report tells of it: what the record lacks is filled in (replaced when `overwrite`), its
    status moves on as the lifecycle allows, and a meeting announced unnumbered takes its number's title."""
    fields_fill(meeting, overwrite=overwrite, ordinal=ordinal, date=date, city=city, host=host, online=online, level=level)
    meeting.status = meeting_status_after(meeting.status, status)
    if meeting.ordinal and meeting.title == title_of(meeting.level, None):
        meeting.title = title_of(meeting.level, meeting.ordinal)
    return fact_write(meeting, actor=actor, reason=reason)


@transaction.atomic
def representation_add(*, actor: Actor, reason: str, meeting: Meeting, country: Country,
                       citations: Citations = ()) -> Representation:
    """The country as represented at the meeting, written once however many reports say so."""
    representation = Representation.objects.filter(meeting=meeting, country=country).first() or fact_write(
        Representation(key=unique_key(Representation, f"{meeting.key}.country.{country.code.lower()}"), meeting=meeting,
                       country=country), actor=actor, reason=reason)
    evidence_cite(representation, citations)
    return representation


@transaction.atomic
def attendance_record(*, actor: Actor, reason: str, meeting: Meeting, person: Person, post: Post | None,
                      country: Country | None, overwrite: bool = False) -> Attendance:
    """The person at the meeting, in the post and for the country given (filled in, or replaced when `overwrite`)."""
    attendance = Attendance.objects.filter(meeting=meeting, person=person).first() or Attendance(
        key=unique_key(Attendance, f"{meeting.key}.attendance.{person.key.removeprefix('person.')}"), meeting=meeting,
        person=person)
    fields_fill(attendance, overwrite=overwrite, post=post, country=country)
    return fact_write(attendance, actor=actor, reason=reason)


@transaction.atomic
def agenda_item_add(*, actor: Actor, reason: str, meeting: Meeting, topic: str, order: int) -> AgendaItem:
    """A topic on the meeting's agenda, written once whatever case reports write it in."""
    return AgendaItem.objects.filter(meeting=meeting, topic__iexact=topic).first() or fact_write(AgendaItem(
        key=unique_key(AgendaItem, f"{meeting.key}.agenda.{slug(topic, 40)}"), meeting=meeting, topic=topic[:300],
        order=order), actor=actor, reason=reason)
