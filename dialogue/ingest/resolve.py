"""Resolution: is a candidate new to the record, already in it, or in conflict with it?

The same person under another spelling (the alias list, then rapidfuzz), the same meeting
(format, level and ordinal, or the same day). A conflict keeps both values side by side;
nothing here writes to the record.
"""

from __future__ import annotations

import datetime as dt

from rapidfuzz import fuzz, process

from dialogue.ingest.models import Candidate
from dialogue.ingest.payloads import DealPayload, FormatBound, MeetingPayload, Payload
from dialogue.lib.keys import fold
from dialogue.record.interchange import decimal_text
from dialogue.record.models import (
    AgendaItem, Area, Attendance, BilateralTalk, ChairTerm, Deal, Document, Format, Initiative, Meeting, Membership, Person, Target,
)

PERSON_SCORE = 90
MEETING_DAYS = dt.timedelta(days=3)
TITLE_SCORE = 85


def surname_key(name: str) -> str:
    """The last word of a name, folded, with transliteration variants merged (Zhaparov ~ Japarov)."""
    words = fold(name).split()
    last = words[-1] if words else ""
    for a, b in (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("yev", "ev"), ("yov", "ov"), ("ow", "ov")):
        last = last.replace(a, b)
    return last


class Resolver:
    """Looks facts up in the record, remembering what it read.

    Ingestion never writes to the record, so one resolver can serve a whole batch;
    acceptance re-resolves with a fresh one, so a stale answer is never written.
    """

    def __init__(self) -> None:
        self._formats_by_partner: dict[str, Format | None] = {}
        self._formats_by_name: dict[str, Format | None] = {}
        self._names: dict[str, Person] | None = None

    def format_for(self, payload: FormatBound) -> Format | None:
        partner, name = payload.partner, payload.format_name
        if partner:
            if partner not in self._formats_by_partner:
                membership = Membership.objects.filter(role=Membership.Role.PARTNER, country__code=partner).select_related("format").first()
                self._formats_by_partner[partner] = membership.format if membership else None
            if self._formats_by_partner[partner]:
                return self._formats_by_partner[partner]
        if not name:
            return None
        if name not in self._formats_by_name:
            self._formats_by_name[name] = next((
                candidate for candidate in Format.objects.all()
                if max(fuzz.token_set_ratio(name, alias) for alias in [candidate.name, candidate.short_name, *candidate.aliases]) >= 90
            ), None)
        return self._formats_by_name[name]

    def names(self) -> dict[str, Person]:
        if self._names is None:
            self._names = {}
            for person in Person.objects.all():
                for spelling in [person.name, *person.other_names]:
                    self._names[fold(spelling)] = person
        return self._names

    def person_find(self, name: str, country: str | None = None) -> Person | None:
        """The record's person under this spelling or a close one; the surname with the country settles the rest."""
        folded, names = fold(name), self.names()
        if folded in names:
            return names[folded]
        if names:
            best = process.extractOne(folded, list(names), scorer=fuzz.WRatio)
            if best and best[1] >= PERSON_SCORE and surname_key(best[0]) == surname_key(folded):
                return names[best[0]]
        if country:
            wanted = surname_key(name)
            for spelling, person in names.items():
                if surname_key(spelling) == wanted and Attendance.objects.filter(person=person, country__code=country).exists():
                    return person
        return None


def meeting_find(fmt: Format | None, payload: MeetingPayload) -> Meeting | None:
    if fmt is None or not payload.level:
        return None
    meetings = Meeting.objects.filter(format=fmt, level=payload.level)
    if payload.ordinal:
        return meetings.filter(ordinal=payload.ordinal).first()
    if payload.date and len(payload.date) == 10:
        # Reports date a meeting by its first or last day: the same level within a few days is the same meeting.
        day = dt.date.fromisoformat(payload.date)
        window = (str(day - MEETING_DAYS), str(day + MEETING_DAYS))
        return meetings.filter(date__range=window, ordinal=None).first() or meetings.filter(date=payload.date).first()
    return None


def _conflicts(record: dict, candidate: Payload) -> dict:
    """Fields where the record holds one value and the candidate another; a gap on either side is none."""
    return {
        field: {"record": record[field], "candidate": getattr(candidate, field)}
        for field in record
        if record[field] not in (None, "", []) and getattr(candidate, field) not in (None, "", []) and record[field] != getattr(candidate, field)
    }


def resolve(candidate: Candidate, siblings: list[Candidate], resolver: Resolver | None = None) -> None:
    """Set the candidate's resolution, matched fact and conflicts from what the record holds now."""
    resolver = resolver or Resolver()
    payload = candidate.typed
    fmt = resolver.format_for(payload) if isinstance(payload, FormatBound) else _sibling_format(resolver, payload, siblings)
    match, conflicts = RESOLVERS[candidate.kind](resolver, fmt, payload, siblings)
    candidate.matched_key = match.key if match else ""
    candidate.conflicts = conflicts
    if match is None:
        candidate.resolution = Candidate.Resolution.NEW
    else:
        candidate.resolution = Candidate.Resolution.CONFLICT if conflicts else Candidate.Resolution.KNOWN


def _sibling_format(resolver: Resolver, payload: Payload, siblings: list[Candidate]) -> Format | None:
    meeting = _meeting_of(payload, siblings)
    return resolver.format_for(meeting.typed) if meeting else None


def _meeting_of(payload: Payload, siblings: list[Candidate]) -> Candidate | None:
    position = payload.meeting
    return next((s for s in siblings if s.position == position), None) if position is not None else None


def _record_meeting(resolver: Resolver, payload: Payload, siblings: list[Candidate]) -> Meeting | None:
    sibling = _meeting_of(payload, siblings)
    if sibling is None:
        return None
    if sibling.accepted_key:
        return Meeting.objects.filter(key=sibling.accepted_key).first()
    fmt = resolver.format_for(sibling.typed)
    return meeting_find(fmt, sibling.typed) if fmt else None


def _resolve_meeting(resolver, fmt, payload, siblings):
    meeting = meeting_find(fmt, payload)
    if meeting is None:
        return None, {}
    record = {"date": meeting.date, "city": meeting.city, "host": meeting.host.code if meeting.host else None}
    return meeting, _conflicts(record, payload)


def _resolve_attendance(resolver, fmt, payload, siblings):
    person = resolver.person_find(payload.name, payload.country)
    meeting = _record_meeting(resolver, payload, siblings)
    if person is None or meeting is None:
        return None, {}
    attendance = Attendance.objects.filter(meeting=meeting, person=person).select_related("country").first()
    if attendance is None:
        return None, {}
    record = {"country": attendance.country.code if attendance.country else None}
    return attendance, _conflicts(record, payload)


def _resolve_initiative(resolver, fmt, payload, siblings):
    if fmt is None:
        return None, {}
    initiatives = list(Initiative.objects.filter(format=fmt).select_related("proposed_by_country"))
    best = process.extractOne(payload.title, {i.id: i.title for i in initiatives}, scorer=fuzz.token_set_ratio)
    if not best or best[1] < TITLE_SCORE:
        return None, {}
    initiative = next(i for i in initiatives if i.id == best[2])
    record = {"proposed_by": initiative.proposed_by_country.code if initiative.proposed_by_country else None}
    return initiative, _conflicts(record, payload)


def _resolve_target(resolver, fmt, payload, siblings):
    if fmt is None:
        return None, {}
    if payload.equivalent_of is not None:
        target = Target.objects.filter(format=fmt, equivalent_currency=payload.currency, equivalent_amount=payload.amount).first()
        return target, {}
    target = Target.objects.filter(format=fmt, currency=payload.currency, amount=payload.amount).first()
    if target is None:
        return None, {}
    record = {"period_years": None if target.period_years is None else decimal_text(target.period_years)}
    return target, _conflicts(record, payload)


def _resolve_document(resolver, fmt, payload, siblings):
    meeting = _record_meeting(resolver, payload, siblings)
    if meeting is None:
        return None, {}
    document = Document.objects.filter(meeting=meeting, kind=payload.kind).first()
    if document is None:
        return None, {}
    return document, _conflicts({"count": document.count}, payload)


def _resolve_bilateral(resolver, fmt, payload, siblings):
    meeting = _record_meeting(resolver, payload, siblings)
    people = [resolver.person_find(name) for name in payload.between]
    if meeting is None or None in people:
        return None, {}
    wanted = {p.id for p in people}
    for talk in BilateralTalk.objects.filter(meeting=meeting).prefetch_related("participants"):
        if {p.id for p in talk.participants.all()} == wanted:
            return talk, {}
    return None, {}


def _resolve_next_meeting(resolver, fmt, payload, siblings):
    if fmt is None:
        return None, {}
    planned = Meeting.objects.filter(format=fmt, status=Meeting.Status.PLANNED)
    if payload.ordinal:
        planned = planned.filter(ordinal=payload.ordinal)
    elif payload.host:
        planned = planned.filter(host__code=payload.host)
    meeting = planned.select_related("host").first()
    if meeting is None:
        return None, {}
    return meeting, _conflicts({"host": meeting.host.code if meeting.host else None}, payload)


def deal_find(fmt: Format | None, payload: DealPayload) -> Deal | None:
    """The record's deal a report speaks of: the same sum and currency between the same countries, or the
    same title between them ("the 12 agreements" of two reports, whatever sum each gives)."""
    if fmt is None:
        return None
    parties = set(payload.parties or [])
    deals = Deal.objects.filter(format=fmt).prefetch_related("countries")

    def shared(deal: Deal) -> bool:
        codes = {c.code for c in deal.countries.all()}
        return not parties or not codes or bool(parties & codes)

    if payload.amount:
        same_sum = [d for d in deals.filter(currency=payload.currency, value=payload.amount) if shared(d)]
        if same_sum:
            return same_sum[0]
    candidates = {d.id: d.title for d in deals if shared(d)}
    best = process.extractOne(payload.title or "", candidates, scorer=fuzz.token_set_ratio) if candidates else None
    return next(d for d in deals if d.id == best[2]) if best and best[1] >= TITLE_SCORE else None


def _resolve_deal(resolver, fmt, payload, siblings):
    deal = deal_find(fmt, payload)
    if deal is None:
        return None, {}
    record = {"amount": None if deal.value is None else decimal_text(deal.value), "currency": deal.currency or None}
    return deal, _conflicts(record, payload)


def _resolve_chair(resolver, fmt, payload, siblings):
    if fmt is None:
        return None, {}
    term = ChairTerm.objects.filter(format=fmt, start=payload.start).select_related("country").first()
    if term is None:
        return None, {}
    return term, _conflicts({"country": term.country.code}, payload)


def _resolve_area(resolver, fmt, payload, siblings):
    if fmt is None:
        return None, {}
    return Area.objects.filter(format=fmt, name__iexact=payload.name).first(), {}


def _resolve_agenda_item(resolver, fmt, payload, siblings):
    meeting = _record_meeting(resolver, payload, siblings)
    if meeting is None:
        return None, {}
    return AgendaItem.objects.filter(meeting=meeting, topic__iexact=payload.topic).first(), {}


RESOLVERS = {
    Candidate.Kind.MEETING: _resolve_meeting,
    Candidate.Kind.DEAL: _resolve_deal,
    Candidate.Kind.ATTENDANCE: _resolve_attendance,
    Candidate.Kind.INITIATIVE: _resolve_initiative,
    Candidate.Kind.TARGET: _resolve_target,
    Candidate.Kind.DOCUMENT: _resolve_document,
    Candidate.Kind.BILATERAL: _resolve_bilateral,
    Candidate.Kind.NEXT_MEETING: _resolve_next_meeting,
    Candidate.Kind.CHAIR: _resolve_chair,
    Candidate.Kind.AREA: _resolve_area,
    Candidate.Kind.AGENDA_ITEM: _resolve_agenda_item,
}


