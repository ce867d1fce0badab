"""Bilateral talks held on the side of a meeting (or on their own)."""

from __future__ import annotations

from django.db import transaction

from dialogue.record.permissions import Action, Actor, authorize
from dialogue.record.models import BilateralTalk, Meeting, Person
from dialogue.record.services.keys import unique_key
from dialogue.record.services.writing import fact_write


@transaction.atomic
def bilateral_talk_record(*, actor: Actor, reason: str, meeting: Meeting | None, participants: list[Person]) -> BilateralTalk:
    """The talk between these people at this meeting, written once."""
    wanted = {person.id for person in participants}
    for talk in BilateralTalk.objects.filter(meeting=meeting).prefetch_related("participants"):
        if {person.id for person in talk.participants.all()} == wanted:
            return talk
    base = f"{meeting.key if meeting else 'bilateral'}.bilateral.{'-'.join(p.key.removeprefix('person.') for p in participants)}"
    talk = fact_write(BilateralTalk(key=unique_key(BilateralTalk, base), meeting=meeting, date=meeting.date if meeting else ""),
                      actor=actor, reason=reason, linked_later=True)
    talk.participants.set(participants)
    authorize(actor, Action.EDIT, talk)  # whose talk it is: its participants' countries
    return talk
