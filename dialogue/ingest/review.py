"""Review: accept, reject, or edit then accept a candidate; the same functions serve the
command line and the web app.

Accepting writes the fact and its evidence in one transaction, with a history entry that
names the candidate and the reviewer. A fact already in the record gains the new source
as evidence instead of being written twice; a conflict is never resolved silently: the
reviewer says which value stands.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from dialogue.ingest.gazetteer import CENTRAL_ASIA, Gazetteer
from dialogue.ingest.models import Candidate
from dialogue.ingest.payloads import FormatBound, Payload, payload_fields, payload_of
from dialogue.ingest.resolve import DEAL_STAGES, Resolver, meeting_find, people_text, resolve
from dialogue.ingest.titles import document_title, generic_role, initiative_title, meeting_title
from dialogue.lib import validation
from dialogue.lib.keys import slug
from dialogue.record.lifecycle import meeting_status_after
from dialogue.record.models import (
    AgendaItem, Area, Attendance, BilateralTalk, ChairTerm, Country, Deal, Document, Evidence, Format, Initiative,
    InitiativeStatusChange, Meeting, Membership, Person, Post, Representation, Target, Tenure,
)
from dialogue.access.permissions import Action, Actor, authorize
from dialogue.record.services import evidence_add, key_base, unique_key

KEEP_RECORD, TAKE_CANDIDATE = "record", "candidate"
LEVEL_CODES = {
    Meeting.Level.SUMMIT: "summit", Meeting.Level.FOREIGN_MINISTERS: "fm", Meeting.Level.SENIOR_OFFICIALS: "som",
    Meeting.Level.WORKING_GROUP: "wg", Meeting.Level.BUSINESS_FORUM: "business-forum", Meeting.Level.OTHER: "meeting",
}


class ReviewError(ValueError):
    """What stops a review step, in words a reviewer can act on."""


class InvalidEdit(ReviewError):
    """A reviewer's correction that does not fit the candidate's kind: a field it lacks, a value of the wrong type."""


def candidate_reject(candidate: Candidate, *, reviewer: Actor) -> None:
    authorize(reviewer, Action.REVIEW)
    if candidate.status != Candidate.Status.PENDING:
        raise ReviewError(f"candidate {candidate.id} is already {candidate.status}")
    candidate.status, candidate.reviewed_by, candidate.reviewed_at = Candidate.Status.REJECTED, str(reviewer), timezone.now()
    candidate._change_reason = f"rejected by {reviewer}"
    candidate.save()


def candidate_edit(candidate: Candidate, *, changes: dict, reviewer: Actor) -> Candidate:
    """Keep the reviewer's corrections beside the proposal (never instead of it) and resolve again."""
    authorize(reviewer, Action.REVIEW)
    if candidate.status != Candidate.Status.PENDING:
        raise ReviewError(f"candidate {candidate.id} is already {candidate.status}")
    known = {spec.name for spec in payload_fields(candidate.kind)}
    unknown = sorted(set(changes) - known)
    if unknown:
        raise InvalidEdit(f"a {candidate.kind} has no field {', '.join(unknown)} (it has {', '.join(sorted(known))})")
    try:
        payload_of(candidate.kind, {**candidate.fact, **changes})
    except ValueError as error:
        raise InvalidEdit(str(error)) from None
    if problems := _edit_problems(changes):
        raise InvalidEdit("; ".join(problems))
    candidate.edited_payload = {**candidate.fact, **changes}
    resolve(candidate, list(candidate.source.candidates.all()))
    candidate._change_reason = f"edited by {reviewer}"
    candidate.save()
    return candidate


# A correction's values pass the checks every way into the record shares, not only its field's type.
EDIT_CHECKS = {"amount": validation.money, "period_years": partial(validation.money, digits=3, places=2),
               "currency": validation.currency, "date": validation.partial_date, "start": validation.partial_date}


def _edit_problems(changes: dict) -> list[str]:
    problems = []
    for name, value in changes.items():
        try:
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str):
                    validation.text(item)
            if name in EDIT_CHECKS and value not in (None, ""):
                EDIT_CHECKS[name](value)
        except ValueError as error:
            problems.append(f"{name}: {error}")
    return problems


def candidate_accept(candidate: Candidate, *, reviewer: Actor, choose: str | None = None) -> str:
    """Write the candidate's fact into the record and return its key."""
    authorize(reviewer, Action.REVIEW)
    with transaction.atomic():
        candidate = Candidate.objects.select_for_update().select_related("source").get(id=candidate.id)
        return _accept(candidate, reviewer=reviewer, choose=choose)


def source_accept_all(source_key: str, *, reviewer: Actor, choose: str | None = None) -> list[str]:
    """Accept every pending candidate of a source, in order, all or nothing."""
    authorize(reviewer, Action.REVIEW)
    with transaction.atomic():
        keys = []
        for candidate in Candidate.objects.filter(source__key=source_key, status=Candidate.Status.PENDING).select_related("source"):
            candidate.refresh_from_db()
            if candidate.status == Candidate.Status.PENDING:
                keys.append(_accept(candidate, reviewer=reviewer, choose=choose))
        return keys


@dataclass(frozen=True)
class Left:
    """A candidate that "accept all" left for the reviewer, and why."""

    candidate: Candidate
    reason: str


def source_accept_clear(source_key: str, *, reviewer: Actor) -> tuple[list[str], list[Left]]:
    """Accept every pending candidate of a source that needs no decision; leave each one that conflicts with the
    record, or cannot be written, pending with its reason, for the reviewer to settle by hand."""
    authorize(reviewer, Action.REVIEW)
    keys, left = [], []
    for candidate in Candidate.objects.filter(source__key=source_key, status=Candidate.Status.PENDING).select_related("source"):
        try:
            with transaction.atomic():
                candidate = Candidate.objects.select_for_update().select_related("source").get(id=candidate.id)
                if candidate.status == Candidate.Status.PENDING:
                    keys.append(_accept(candidate, reviewer=reviewer, choose=None))
        except ReviewError as error:
            left.append(Left(candidate, str(error)))
    # a later candidate may have needed one left here, and accepted it keeping the record's values
    still = set(Candidate.objects.filter(id__in=[item.candidate.id for item in left], status=Candidate.Status.PENDING).values_list("id", flat=True))
    return keys, [item for item in left if item.candidate.id in still]


def _accept(candidate: Candidate, *, reviewer: Actor, choose: str | None) -> str:
    if candidate.status != Candidate.Status.PENDING:
        raise ReviewError(f"candidate {candidate.id} is already {candidate.status}")
    siblings = list(candidate.source.candidates.all())
    resolver = Resolver()
    resolve(candidate, siblings, resolver)
    if candidate.conflicts and not candidate.matched_key:  # namesakes: no value of the record's to keep or replace
        sides = next(iter(candidate.conflicts.values()))
        raise _namesakes(candidate, sides["candidate"], sides["record"])
    if candidate.conflicts and choose not in (KEEP_RECORD, TAKE_CANDIDATE):
        sides = "; ".join(f"{field}: the record has {v['record']!r}, the source says {v['candidate']!r}" for field, v in candidate.conflicts.items())
        raise ReviewError(f"candidate {candidate.id} conflicts with {candidate.matched_key} ({sides}); "
                          f"say which stands: --keep-record or --take-candidate")
    writer = _Writer(candidate, reviewer=reviewer, overwrite=choose == TAKE_CANDIDATE, siblings=siblings, resolver=resolver)
    fact = WRITERS[candidate.kind](writer, candidate.typed)
    # The record's value kept over the source's: the source is on file as dissenting, never as support.
    writer.evidence(fact, candidate.quotes, stance=Evidence.Stance.DISSENTS if writer.kept else Evidence.Stance.SUPPORTS)
    candidate.status, candidate.reviewed_by, candidate.reviewed_at = Candidate.Status.ACCEPTED, str(reviewer), timezone.now()
    candidate.accepted_key = fact.key
    candidate._change_reason = f"accepted by {reviewer}"
    candidate.save()
    return fact.key


class _Writer:
    """Writes facts for one candidate, each save with a history entry naming candidate and reviewer."""

    def __init__(self, candidate: Candidate, *, reviewer: Actor, overwrite: bool, siblings: list[Candidate], resolver: Resolver):
        self.candidate, self.reviewer, self.overwrite, self.siblings, self.resolver = candidate, reviewer, overwrite, siblings, resolver
        self.kept = set() if overwrite else set(candidate.conflicts)  # fields where the record's value stands over the source's
        self.reason = f"accepted from {candidate.source.key} (candidate {candidate.id}) by {reviewer}"

    def save(self, instance: Model) -> Model:
        try:
            instance.full_clean(validate_unique=False)
        except ValidationError as error:  # a value no reviewer corrected, such as a sum of 46 digits
            fields = error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
            raise InvalidEdit(f"candidate {self.candidate.id} cannot be written until it is corrected: " + "; ".join(
                message if name == "__all__" else f"{name}: {message}" for name, messages in fields.items() for message in messages)) from None
        instance._change_reason = self.reason
        instance.save()
        return instance

    def evidence(self, fact: Model, quotes: list[dict], stance: str = Evidence.Stance.SUPPORTS) -> None:
        existing = set(Evidence.objects.filter(
            source=self.candidate.source, content_type=ContentType.objects.get_for_model(fact), object_id=fact.pk,
        ).values_list("start", "end", "field"))
        for quote in quotes:
            if (quote["start"], quote["end"], quote.get("field", "")) not in existing:
                evidence_add(fact=fact, source=self.candidate.source, start=quote["start"], end=quote["end"],
                             quote=quote["quote"], field=quote.get("field", ""), stance=stance)

    def dependency(self, position: int | None, *, required: str = "") -> Model | None:
        """The fact another candidate of this source stands for, accepting it first if need be."""
        sibling = next((s for s in self.siblings if s.position == position), None) if position is not None else None
        if sibling is None or sibling.status == Candidate.Status.REJECTED:
            if required:
                raise ReviewError(f"candidate {self.candidate.id} needs its {required}, which was rejected or is missing")
            return None
        sibling.refresh_from_db()
        key = sibling.accepted_key or _accept(sibling, reviewer=self.reviewer, choose=KEEP_RECORD)
        return MODELS[sibling.kind].objects.get(key=key)

    def format(self, payload: FormatBound) -> Format:
        fmt = Format.objects.filter(key=payload.format).first() if payload.format else self.resolver.format_for(payload)
        if fmt is None:
            fmt = self.format_create(payload)
        names = [n for n in [payload.format_name, *payload.format_aliases] if n]
        aliases = sorted(set(fmt.aliases) | set(names) - {fmt.name, fmt.short_name})
        if aliases != fmt.aliases:
            fmt.aliases = aliases
            self.save(fmt)
        return fmt

    def format_create(self, payload: FormatBound) -> Format:
        partner = payload.partner
        if not partner:
            raise ReviewError(f"candidate {self.candidate.id}: the report names no dialogue format; "
                              'edit it to give one (for example format="c5-japan")')
        partner_name = Gazetteer.standard().name_of(partner) or partner
        names = [n for n in [payload.format_name, *payload.format_aliases] if n]
        # One name for the format whatever each report calls it; the reports' names are its aliases.
        name = f"Central Asia + {partner_name}" + (" Dialogue" if any(n.endswith("Dialogue") for n in names) else "")
        fmt = self.save(Format(
            key=unique_key(Format, f"c5-{slug(partner_name)}"), name=name, short_name=f"C5+{partner_name}", partner=partner_name,
            aliases=sorted(set(names) - {name}),
        ))
        self.evidence(fmt, self.candidate.quotes[:1])
        for code in [partner, *CENTRAL_ASIA]:
            membership = self.save(Membership(
                key=f"{fmt.key}.member.{code.lower()}", format=fmt, country=country(code),
                role=Membership.Role.PARTNER if code == partner else Membership.Role.MEMBER,
            ))
            self.evidence(membership, self.candidate.quotes[:1])
        return fmt

    def set_fields(self, instance: Model, values: dict) -> None:
        """Fill what the record lacks; replace what it holds only when the reviewer chose the source's value."""
        for field, value in values.items():
            if value in (None, ""):
                continue
            current = getattr(instance, instance._meta.get_field(field).attname)
            if current in (None, "") or self.overwrite:
                setattr(instance, field, value)


def country(code: str | None) -> Country | None:
    return Country.objects.get(code=code) if code else None


def _write_meeting(writer: _Writer, payload: Payload) -> Meeting:
    fmt = writer.format(payload)
    meeting = meeting_find(fmt, payload)
    if meeting is None:
        suffix = payload.ordinal or payload.date or writer.candidate.source.published or "undated"
        meeting = Meeting(key=unique_key(Meeting, f"{fmt.key}.{LEVEL_CODES.get(payload.level, 'meeting')}-{suffix}"),
                          format=fmt, level=payload.level, ordinal=payload.ordinal, status=payload.status,
                          title=meeting_title(payload.level, payload.ordinal))
    writer.set_fields(meeting, {"ordinal": payload.ordinal, "date": payload.date, "city": payload.city, "host": country(payload.host),
                                "online": payload.online or None})
    meeting.status = meeting_status_after(meeting.status, payload.status)  # planned, now held or put off: the record moves on
    if meeting.ordinal and meeting.title == meeting_title(meeting.level, None):
        meeting.title = meeting_title(meeting.level, meeting.ordinal)  # announced as "the next summit", now numbered
    writer.save(meeting)
    for code in payload.countries:
        representation = Representation.objects.filter(meeting=meeting, country__code=code).first()
        if representation is None:
            representation = writer.save(Representation(key=unique_key(Representation, f"{meeting.key}.country.{code.lower()}"),
                                                        meeting=meeting, country=country(code)))
        writer.evidence(representation, writer.candidate.quotes[:1])
    return meeting


def _person(writer: _Writer, name: str, country_code: str | None, known_key: str | None = None) -> Person:
    person = Person.objects.filter(key=known_key).first() if known_key else None
    if person is None:
        people = Resolver().people_fitting(name, country_code)
        if len(people) > 1:
            raise _namesakes(writer.candidate, name, people_text(people))
        person = people[0] if people else None
    if person is None:
        words = name.split()
        person = writer.save(Person(key=unique_key(Person, f"person.{slug(words[-1])}"), name=name,
                                    given_name=" ".join(words[:-1]), family_name=words[-1]))
    # A bare surname is no spelling of one person: kept, it would join the next namesake to this one.
    elif name != person.name and name not in person.other_names and len(name.split()) > 1:
        person.other_names = [*person.other_names, name]
        writer.save(person)
    writer.evidence(person, [q for q in writer.candidate.quotes if name in q["quote"]] or writer.candidate.quotes[:1])
    return person


def _namesakes(candidate: Candidate, name: str, people: str) -> ReviewError:
    return ReviewError(f"candidate {candidate.id}: {name!r} could be any of {people} in the record; edit the candidate to give "
                       f"the full name of the one meant, or a full name of its own for someone new")


def _write_attendance(writer: _Writer, payload: Payload) -> Attendance:
    meeting = writer.dependency(payload.meeting, required="meeting")
    person = _person(writer, payload.name, payload.country, payload.known_person)
    post = None
    if payload.role and payload.country and "role" not in writer.kept:
        post = Post.objects.filter(country__code=payload.country, label=payload.role).first() or writer.save(Post(
            key=unique_key(Post, f"post.{payload.country.lower()}-{slug(payload.role)}"), label=payload.role,
            role=generic_role(payload.role), country=country(payload.country),
        ))
        writer.evidence(post, writer.candidate.quotes)
        if not Tenure.objects.filter(person=person, post=post).exists():
            tenure = writer.save(Tenure(key=unique_key(Tenure, f"tenure.{person.key.removeprefix('person.')}.{post.key.removeprefix('post.')}"),
                                        person=person, post=post))
            writer.evidence(tenure, writer.candidate.quotes)
    attendance = Attendance.objects.filter(meeting=meeting, person=person).first() or Attendance(
        key=unique_key(Attendance, f"{meeting.key}.attendance.{person.key.removeprefix('person.')}"), meeting=meeting, person=person)
    writer.set_fields(attendance, {"post": post, "country": country(payload.country)})
    return writer.save(attendance)


def _write_initiative(writer: _Writer, payload: Payload) -> Initiative:
    fmt = writer.format(payload)
    meeting = writer.dependency(payload.meeting)
    initiative = Initiative.objects.filter(key=writer.candidate.matched_key).first() if writer.candidate.matched_key else None
    if initiative is None:
        status = "proposed" if payload.proposed_by else "agreed"
        title = initiative_title(payload.title)[:300]
        initiative = writer.save(Initiative(
            key=unique_key(Initiative, f"{fmt.key}.initiative.{slug(title, 60)}"), format=fmt, title=title,
            proposed_by_country=country(payload.proposed_by), meeting=meeting, status=status,
        ))
        change = writer.save(InitiativeStatusChange(key=f"{initiative.key}.{status.replace(' ', '-')}", initiative=initiative,
                                                    status=status, meeting=meeting, date=meeting.date if meeting else ""))
        writer.evidence(change, writer.candidate.quotes)
    else:
        writer.set_fields(initiative, {"proposed_by_country": country(payload.proposed_by)})
        writer.save(initiative)
    areas = [writer.dependency(position) for position in payload.areas]
    initiative.areas.add(*[area for area in areas if area is not None], *Area.objects.filter(key__in=payload.area_keys))
    return initiative


def _write_target(writer: _Writer, payload: Payload) -> Target:
    if payload.equivalent_of is not None:
        target = writer.dependency(payload.equivalent_of, required="target it converts")
        writer.set_fields(target, {"equivalent_amount": Decimal(payload.amount), "equivalent_currency": payload.currency})
        return writer.save(target)
    fmt = writer.format(payload)
    target = Target.objects.filter(key=writer.candidate.matched_key).first() if writer.candidate.matched_key else None
    if target is None:
        title = payload.title or "Target"
        target = Target(key=unique_key(Target, f"{fmt.key}.target.{slug(title)}-{payload.amount}-{payload.currency.lower()}"),
                        format=fmt, title=title[:1].upper() + title[1:], amount=Decimal(payload.amount), currency=payload.currency,
                        meeting=writer.dependency(payload.meeting))
    disputed = {"amount", "currency"} & set(writer.candidate.conflicts)  # not a figure stated in the target's other currency
    figure = {"amount": Decimal(payload.amount), "currency": payload.currency} if disputed else {}
    writer.set_fields(target, {"period_years": Decimal(payload.period_years) if payload.period_years else None, **figure})
    return writer.save(target)


def _write_document(writer: _Writer, payload: Payload) -> Document:
    meeting = writer.dependency(payload.meeting, required="meeting")
    title = document_title(payload.title, meeting.title)
    document = Document.objects.filter(meeting=meeting, kind=payload.kind).first() or Document(
        key=unique_key(Document, f"{meeting.key}.{slug(payload.kind if payload.kind != 'other' else title, 50)}"),
        format=meeting.format, kind=payload.kind, title=title[:300], meeting=meeting, date=meeting.date,
        count=payload.count or 1, count_qualifier=payload.qualifier or Document.Qualifier.EXACTLY)
    if writer.overwrite:
        writer.set_fields(document, {"count": payload.count, "count_qualifier": payload.qualifier})
    return writer.save(document)


def _write_deal(writer: _Writer, payload: Payload) -> Deal:
    fmt = writer.format(payload)
    meeting = writer.dependency(payload.meeting)
    deal = Deal.objects.filter(key=writer.candidate.matched_key).first() if writer.candidate.matched_key else None
    amount = Decimal(payload.amount) if payload.amount else None
    if deal is None:
        title = (f"{payload.count} " if payload.count else "") + (payload.title or "deal")
        deal = Deal(key=unique_key(Deal, key_base(Deal, format_key=fmt.key, label=title)), format=fmt, title=title[:1].upper() + title[1:300],
                    parties=[party.name for party in _countries(payload.parties)],
                    value=amount, currency=payload.currency or "", meeting=meeting,
                    stage=DEAL_STAGES.get(payload.stage or "", Deal.Stage.PLEDGE),
                    signed=meeting.date if meeting and payload.stage == "signed" else "")
    elif writer.overwrite:
        writer.set_fields(deal, {"value": amount, "currency": payload.currency, "stage": DEAL_STAGES.get(payload.stage or "")})
    writer.save(deal)
    deal.countries.add(*_countries(payload.parties))
    deal.targets.add(*Target.objects.filter(format=fmt, key__in=payload.target_keys))
    return deal


def _countries(codes: list[str]) -> list[Country]:
    return list(Country.objects.filter(code__in=codes))


def _write_bilateral(writer: _Writer, payload: Payload) -> BilateralTalk:
    meeting = writer.dependency(payload.meeting)
    people = [_person(writer, name, None) for name in payload.between]
    for talk in BilateralTalk.objects.filter(meeting=meeting).prefetch_related("participants"):
        if {p.id for p in talk.participants.all()} == {p.id for p in people}:
            return talk
    base = f"{meeting.key if meeting else 'bilateral'}.bilateral.{'-'.join(p.key.removeprefix('person.') for p in people)}"
    talk = writer.save(BilateralTalk(key=unique_key(BilateralTalk, base), meeting=meeting, date=meeting.date if meeting else ""))
    talk.participants.set(people)
    return talk


def _write_next_meeting(writer: _Writer, payload: Payload) -> Meeting:
    fmt = writer.format(payload)
    announced_at = writer.dependency(payload.announced_at)
    level = payload.level or (announced_at.level if announced_at else Meeting.Level.OTHER)
    planned = Meeting.objects.filter(key=writer.candidate.matched_key).first() if writer.candidate.matched_key else None
    if planned is None:
        suffix = payload.ordinal or f"next-{slug(payload.where or 'planned')}"
        planned = Meeting(key=unique_key(Meeting, f"{fmt.key}.{LEVEL_CODES.get(level, 'meeting')}-{suffix}"), format=fmt, level=level,
                          ordinal=payload.ordinal, status=Meeting.Status.PLANNED, announced_at=announced_at,
                          title=meeting_title(level, payload.ordinal))
    host = payload.host
    city = payload.where if payload.where and country(host) and payload.where != country(host).name else ""
    writer.set_fields(planned, {"host": country(host), "city": city, "level": payload.level})
    planned.status = meeting_status_after(planned.status, Meeting.Status.PLANNED)  # put off, now announced again
    return writer.save(planned)


def _write_chair(writer: _Writer, payload: Payload) -> ChairTerm:
    fmt = writer.format(payload)
    term = ChairTerm.objects.filter(format=fmt, start=payload.start).first()
    if term is None:
        term = ChairTerm(key=unique_key(ChairTerm, f"{fmt.key}.chair.{payload.country.lower()}-{payload.start or 'from'}"),
                         format=fmt, start=payload.start, announced_at=writer.dependency(payload.announced_at))
    writer.set_fields(term, {"country": country(payload.country)})
    return writer.save(term)


def _write_area(writer: _Writer, payload: Payload) -> Area:
    fmt = writer.format(payload)
    parent = writer.dependency(payload.parent)
    area = Area.objects.filter(format=fmt, name__iexact=payload.name).first() or Area(
        key=unique_key(Area, f"{fmt.key}.area.{slug(payload.name, 50)}"), format=fmt, name=payload.name[:200],
        is_priority=payload.is_priority, order=payload.order)
    writer.set_fields(area, {"parent": parent})
    return writer.save(area)


def _write_agenda_item(writer: _Writer, payload: Payload) -> AgendaItem:
    meeting = writer.dependency(payload.meeting, required="meeting")
    item = AgendaItem.objects.filter(meeting=meeting, topic__iexact=payload.topic).first() or AgendaItem(
        key=unique_key(AgendaItem, f"{meeting.key}.agenda.{slug(payload.topic, 40)}"), meeting=meeting,
        topic=payload.topic[:300], order=payload.order)
    return writer.save(item)


MODELS = {  # what accepting a candidate of each kind writes (or supports)
    Candidate.Kind.MEETING: Meeting, Candidate.Kind.DEAL: Deal, Candidate.Kind.ATTENDANCE: Attendance,
    Candidate.Kind.INITIATIVE: Initiative, Candidate.Kind.TARGET: Target, Candidate.Kind.DOCUMENT: Document,
    Candidate.Kind.BILATERAL: BilateralTalk, Candidate.Kind.NEXT_MEETING: Meeting, Candidate.Kind.CHAIR: ChairTerm,
    Candidate.Kind.AREA: Area, Candidate.Kind.AGENDA_ITEM: AgendaItem,
}

WRITERS = {
    Candidate.Kind.MEETING: _write_meeting,
    Candidate.Kind.DEAL: _write_deal,
    Candidate.Kind.ATTENDANCE: _write_attendance,
    Candidate.Kind.INITIATIVE: _write_initiative,
    Candidate.Kind.TARGET: _write_target,
    Candidate.Kind.DOCUMENT: _write_document,
    Candidate.Kind.BILATERAL: _write_bilateral,
    Candidate.Kind.NEXT_MEETING: _write_next_meeting,
    Candidate.Kind.CHAIR: _write_chair,
    Candidate.Kind.AREA: _write_area,
    Candidate.Kind.AGENDA_ITEM: _write_agenda_item,
}
