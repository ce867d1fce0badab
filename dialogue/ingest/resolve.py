"""Resolution: is a candidate new to the record, already in it, or in conflict with it?

The same person under another spelling (the alias list, then rapidfuzz; a shared surname only where the
given names agree), the same meeting (format, level and ordinal, or the same day), the same target (its
figure, or its subject: title, period and meeting). A conflict keeps both values side by side, and so
does a name two people of the record could bear; nothing here writes to the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from rapidfuzz import fuzz, process

from dialogue.ingest.models import Candidate
from dialogue.ingest.names import given_names_agree, name_keys, surname_key, surnames_agree
from dialogue.ingest.payloads import DealPayload, FormatBound, MeetingPayload, Payload
from dialogue.ingest.titles import generic_role
from dialogue.lib.keys import fold
from dialogue.lib.scripts import merged
from dialogue.lib.partial_dates import PartialDate, PartialDateError
from dialogue.record.interchange import decimal_text
from dialogue.record.lifecycle import AWAITED, meeting_awaited_match
from dialogue.record.models import (
    AgendaItem, Area, Attendance, BilateralTalk, ChairTerm, Deal, Document, Format, Initiative, Meeting, Membership, Person, Target,
)

PERSON_SCORE = 90
MEETING_DAYS = dt.timedelta(days=3)
TITLE_SCORE = 85
# A deal's stage as extraction says it (the corpus's words: "signed") or as a reviewer picks it (the record's).
DEAL_STAGES = {**{stage.value: stage for stage in Deal.Stage}, "signed": Deal.Stage.COMMITMENT}


class Resolver:
    """Looks facts up in the record, remembering what it read.

    Ingestion never writes to the record, so one resolver can serve a whole batch;
    acceptance re-resolves with a fresh one, so a stale answer is never written.
    """

    def __init__(self) -> None:
        self._formats_by_partner: dict[str, Format | None] = {}
        self._formats_by_name: dict[str, Format | None] = {}
        self._names: dict[str, list[Person]] | None = None
        self._merged: dict[str, str] | None = None

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

    def names(self) -> dict[str, list[Person]]:
        """Every spelling the record knows, folded, with the people who bear it (namesakes share one)."""
        if self._names is None:
            self._names = {}
            for person in Person.objects.order_by("key"):
                for spelling in dict.fromkeys(key for s in [person.name, *person.other_names] for key in name_keys(s)):
                    self._names.setdefault(spelling, []).append(person)
        return self._names

    def people_fitting(self, name: str, country: str | None = None) -> list[Person]:
        """The record's people this name can be: its very spelling, else close spellings of the same surname and
        given name, else (with the country they attended for) the same surname with agreeing given names.
        One is a match; two or more are namesakes for the reviewer to tell apart. A Cyrillic name is tried by each
        of its readings (a Japanese name's Polivanov spelling read back), the first that finds anyone counts."""
        for folded in name_keys(name):
            if found := self._people_fitting(folded, country):
                return found
        return []

    def _people_fitting(self, folded: str, country: str | None) -> list[Person]:
        names = self.names()
        if folded in names:
            return names[folded]
        wanted = surname_key(folded)

        def fits(spelling: str) -> bool:
            return surnames_agree(surname_key(spelling), wanted) and given_names_agree(spelling, folded)

        if self._merged is None:  # spellings compared with their conventions merged: Mirziyoyev ~ Mirziyeev
            self._merged = {spelling: merged(spelling) for spelling in names}
        close = process.extract(merged(folded), self._merged, scorer=fuzz.WRatio, score_cutoff=PERSON_SCORE, limit=None) if names else []
        found = _distinct(person for _, _, spelling in close if fits(spelling) for person in names[spelling])
        if found or not country:
            return found
        return _distinct(person for spelling, people in names.items() if fits(spelling) for person in people
                         if Attendance.objects.filter(person=person, country__code=country).exists())

    def person_find(self, name: str, country: str | None = None) -> Person | None:
        """The one record person this name is; None when none fits, or when namesakes do."""
        people = self.people_fitting(name, country)
        return people[0] if len(people) == 1 else None


def _distinct(people) -> list[Person]:
    return list({person.id: person for person in people}.values())


def namesakes(field: str, name: str, people: list[Person]) -> dict:
    """The conflict a name two or more record people could bear makes: the reviewer says which it is."""
    return {field: {"record": people_text(people), "candidate": name}}


def people_text(people: list[Person]) -> str:
    return " or ".join(f"{p.name} ({p.key})" for p in people)


def meeting_find(fmt: Format | None, payload: MeetingPayload) -> Meeting | None:
    if fmt is None or not payload.level:
        return None
    meetings = Meeting.objects.filter(format=fmt, level=payload.level)
    if payload.ordinal and (numbered := meetings.filter(ordinal=payload.ordinal).first()):
        return numbered
    if payload.date and len(payload.date) == 10:
        # Reports date a meeting by its first or last day: the same level within a few days is the same meeting;
        # on the very day it is the same meeting whatever number a report gives it (another number is a conflict).
        day = dt.date.fromisoformat(payload.date)
        window = (str(day - MEETING_DAYS), str(day + MEETING_DAYS))
        if found := meetings.filter(date__range=window, ordinal=None).first() or meetings.filter(date=payload.date).first():
            return found
    # a meeting announced without its number or day ("the next summit") is the one reported now, if nothing contradicts it
    return meeting_awaited_match(meetings.filter(status__in=AWAITED).select_related("host", "announced_at"),
                                 ordinal=payload.ordinal, date=payload.date, host=payload.host)


def _dates_agree(held: str, said: str) -> bool:
    """A date known to the month agrees with any day of that month."""
    return held.startswith(said) or said.startswith(held)


def _roles_agree(held: str, said: str) -> bool:
    """"President" and "President of the Republic" are one post; "President" and "Prime Minister" are not."""
    held_folded, said_folded = fold(held), fold(said)
    return (generic_role(held).lower() == generic_role(said).lower()
            or held_folded.startswith(said_folded) or said_folded.startswith(held_folded))


def _stages_agree(held: str, said: str) -> bool:
    return DEAL_STAGES.get(said) == held


EMPTY = (None, "", [])


def _conflicts(record: dict, candidate: Payload, alike: dict[str, Callable[[object, object], bool]] | None = None) -> dict:
    """Fields where the record holds one value and the candidate another; a gap on either side is none, nor are
    two values `alike` says are the same (a month and a day in it, a post styled two ways)."""
    alike = {"date": _dates_agree, **(alike or {})}
    conflicts = {}
    for field, held in record.items():
        said = getattr(candidate, field)
        if held in EMPTY or said in EMPTY or held == said or (field in alike and alike[field](held, said)):
            continue
        conflicts[field] = {"record": held, "candidate": said}
    return conflicts


def resolve(candidate: Candidate, siblings: list[Candidate], resolver: Resolver | None = None) -> None:
    """Set the candidate's resolution, matched fact and conflicts from what the record holds now."""
    resolver = resolver or Resolver()
    payload = candidate.typed
    fmt = resolver.format_for(payload) if isinstance(payload, FormatBound) else _sibling_format(resolver, payload, siblings)
    match, conflicts = RESOLVERS[candidate.kind](resolver, fmt, payload, siblings)
    candidate.matched_key = match.key if match else ""
    candidate.conflicts = conflicts
    if isinstance(payload, DealPayload) and fmt is not None and not payload.target_keys:
        day = _deal_day(candidate, payload, siblings)
        if keys := targets_counting(fmt, day):
            candidate.payload = {**candidate.payload, "target_keys": keys}
    if conflicts:
        candidate.resolution = Candidate.Resolution.CONFLICT
    else:
        candidate.resolution = Candidate.Resolution.KNOWN if match else Candidate.Resolution.NEW


def targets_counting(fmt: Format, day: dt.date | None) -> list[str]:
    """The format's money targets whose period holds the day (or that state none): what a new deal of the format
    may count towards, for a reviewer to confirm or untick."""
    keys = []
    for target in Target.objects.filter(format=fmt).exclude(currency="").order_by("key"):
        start = PartialDate.parse(target.period_start).first_day() if target.period_start else None
        end = PartialDate.parse(target.period_end).last_day() if target.period_end else None
        if day is None or (start is None or start <= day) and (end is None or day <= end):
            keys.append(target.key)
    return keys


def _deal_day(candidate: Candidate, payload: DealPayload, siblings: list[Candidate]) -> dt.date | None:
    """When a deal was made, as far as its report tells: its meeting's day, else the report's own."""
    meeting = _meeting_of(payload, siblings)
    # A candidate being ingested holds its source before the source is saved.
    has_source = candidate.source_id or Candidate.source.is_cached(candidate)
    for text in (meeting.typed.date if meeting else "", candidate.source.published if has_source else ""):
        try:
            if text:
                return PartialDate.parse(text).first_day()
        except PartialDateError:
            continue
    return None


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
    record = {"date": meeting.date, "city": meeting.city, "host": meeting.host.code if meeting.host else None, "ordinal": meeting.ordinal}
    return meeting, _conflicts(record, payload)


def _resolve_attendance(resolver, fmt, payload, siblings):
    known = Person.objects.filter(key=payload.known_person).first() if payload.known_person else None
    people = [known] if known else resolver.people_fitting(payload.name, payload.country)
    if len(people) > 1:
        return None, namesakes("name", payload.name, people)
    meeting = _record_meeting(resolver, payload, siblings)
    if not people or meeting is None:
        return None, {}
    attendance = Attendance.objects.filter(meeting=meeting, person=people[0]).select_related("country", "post").first()
    if attendance is None:
        return None, {}
    record = {"country": attendance.country.code if attendance.country else None, "role": attendance.post.label if attendance.post else None}
    return attendance, _conflicts(record, payload, {"role": _roles_agree})


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
    targets = Target.objects.filter(format=fmt).order_by("key")
    equivalent = targets.filter(equivalent_currency=payload.currency, equivalent_amount=payload.amount).first()
    if payload.equivalent_of is not None:
        return equivalent, {}
    target = targets.filter(currency=payload.currency, amount=payload.amount).first() or equivalent
    if target is not None:
        return target, _conflicts(_target_period(target), payload)
    # Another figure for the same goal is the same target with a conflict, never a second target; the targets this
    # source's other candidates were accepted as are its own, not figures it disputes.
    own = {s.accepted_key for s in siblings if s.kind == Candidate.Kind.TARGET and s.accepted_key}
    meeting = _record_meeting(resolver, payload, siblings)
    # None: the report names no meeting; empty: it names one new to the record, which no target was set at
    said_at = None if _meeting_of(payload, siblings) is None else {meeting.id} if meeting else set()
    target = next((t for t in targets.exclude(currency="").exclude(key__in=own) if _same_goal(t, payload, said_at)), None)
    if target is None:
        return None, {}
    record = {"amount": decimal_text(target.amount), "currency": target.currency, **_target_period(target)}
    return target, _conflicts(record, payload)


def _target_period(target: Target) -> dict:
    return {"period_years": None if target.period_years is None else decimal_text(target.period_years)}


def _same_goal(target: Target, payload, said_at: set[int] | None) -> bool:
    """Whether a target with another figure is the goal the candidate speaks of: the same title (or no title on one
    side), the same period (or none stated) and set at the same meeting (or no meeting known on one side)."""
    titles = [t for t in (target.title, payload.title) if t and fold(t) != "target"]
    if len(titles) == 2 and fuzz.token_set_ratio(fold(titles[0]), fold(titles[1])) < TITLE_SCORE:
        return False
    if target.period_years is not None and payload.period_years and target.period_years != Decimal(payload.period_years):
        return False
    return said_at is None or target.meeting_id is None or target.meeting_id in said_at


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
    fitting = {name: resolver.people_fitting(name) for name in payload.between}
    for name, people in fitting.items():
        if len(people) > 1:
            return None, namesakes("between", name, people)
    if meeting is None or any(len(people) != 1 for people in fitting.values()):
        return None, {}
    wanted = {people[0].id for people in fitting.values()}
    for talk in BilateralTalk.objects.filter(meeting=meeting).prefetch_related("participants"):
        if {p.id for p in talk.participants.all()} == wanted:
            return talk, {}
    return None, {}


def _resolve_next_meeting(resolver, fmt, payload, siblings):
    if fmt is None:
        return None, {}
    planned = Meeting.objects.filter(format=fmt, status__in=AWAITED)  # one put off and announced again is the same meeting
    if payload.ordinal:
        planned = planned.filter(ordinal=payload.ordinal)
    elif payload.host:
        planned = planned.filter(host__code=payload.host)
    meeting = planned.select_related("host").first()
    if meeting is None:
        return None, {}
    return meeting, _conflicts({"host": meeting.host.code if meeting.host else None, "level": meeting.level}, payload)


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
    record = {"amount": None if deal.value is None else decimal_text(deal.value), "currency": deal.currency or None, "stage": deal.stage}
    return deal, _conflicts(record, payload, {"stage": _stages_agree})


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


