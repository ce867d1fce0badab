"""Review: accept, reject, or edit then accept a candidate; the same functions serve the
command line and the web app.

Accepting writes the fact and its evidence in one transaction through the record's services
(dialogue/record/services/), with a history entry that names the candidate and the reviewer;
this module decides which fact a candidate stands for and which values stand, and writes no
fact itself. A fact already in the record gains the new source
as evidence instead of being written twice; a conflict is never resolved silently: the
reviewer says which value stands.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import partial

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
from dialogue.record.models import (
    AgendaItem, Area, Attendance, BilateralTalk, ChairTerm, Country, Deal, Document, Evidence, Format, Initiative, Meeting,
    Person, Post, Target,
)
from dialogue.record.permissions import Action, Actor, authorize
from dialogue.record.services import Citation, evidence_cite
from dialogue.record.services.documents import document_record
from dialogue.record.services.formats import format_aliases_add, format_create
from dialogue.record.services.initiatives import initiative_areas_add, initiative_create, initiative_report
from dialogue.record.services.meetings import (
    agenda_item_add, attendance_record, meeting_create, meeting_report, representation_add,
)
from dialogue.record.services.money import deal_create, deal_report, target_create, target_report
from dialogue.record.services.people import person_create, person_name_add, post_create, tenure_add
from dialogue.record.services.structure import area_record, chair_term_record
from dialogue.record.services.talks import bilateral_talk_record

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
    try:
        fact = WRITERS[candidate.kind](writer, candidate.typed)
    except ValidationError as error:  # a value no reviewer corrected, such as a sum of 46 digits
        fields = error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
        raise InvalidEdit(f"candidate {candidate.id} cannot be written until it is corrected: " + "; ".join(
            message if name == "__all__" else f"{name}: {message}" for name, messages in fields.items() for message in messages)) from None
    # The record's value kept over the source's: the source is on file as dissenting, never as support.
    evidence_cite(fact, writer.citations, stance=Evidence.Stance.DISSENTS if writer.kept else Evidence.Stance.SUPPORTS)
    candidate.status, candidate.reviewed_by, candidate.reviewed_at = Candidate.Status.ACCEPTED, str(reviewer), timezone.now()
    candidate.accepted_key = fact.key
    candidate._change_reason = f"accepted by {reviewer}"
    candidate.save()
    return fact.key


class _Writer:
    """Turns one candidate into calls of the record's services, each writing with a history entry that names the
    candidate and the reviewer; decides only which fact the candidate stands for and which values stand."""

    def __init__(self, candidate: Candidate, *, reviewer: Actor, overwrite: bool, siblings: list[Candidate], resolver: Resolver):
        self.candidate, self.reviewer, self.overwrite, self.siblings, self.resolver = candidate, reviewer, overwrite, siblings, resolver
        self.kept = set() if overwrite else set(candidate.conflicts)  # fields where the record's value stands over the source's
        self.by = {"actor": reviewer, "reason": f"accepted from {candidate.source.key} (candidate {candidate.id})"}
        self.citations = [Citation(source=candidate.source, start=q["start"], end=q["end"], quote=q["quote"], field=q.get("field", ""))
                          for q in candidate.quotes]

    def quoting(self, text: str) -> list[Citation]:
        """The candidate's quotes that name `text`, else its first."""
        return [c for c in self.citations if text in c.quote] or self.citations[:1]

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
            return self.format_create(payload)
        return format_aliases_add(fmt, **self.by, names=[n for n in [payload.format_name, *payload.format_aliases] if n])

    def format_create(self, payload: FormatBound) -> Format:
        partner = payload.partner
        if not partner:
            raise ReviewError(f"candidate {self.candidate.id}: the report names no dialogue format; "
                              'edit it to give one (for example format="c5-japan")')
        partner_name = Gazetteer.standard().name_of(partner) or partner
        names = [n for n in [payload.format_name, *payload.format_aliases] if n]
        # One name for the format whatever each report calls it; the reports' names are its aliases.
        name = f"Central Asia + {partner_name}" + (" Dialogue" if any(n.endswith("Dialogue") for n in names) else "")
        return format_create(**self.by, key_base=f"c5-{slug(partner_name)}", name=name, short_name=f"C5+{partner_name}",
                             partner=partner_name, aliases=names, partner_country=country(partner),
                             members=[country(code) for code in CENTRAL_ASIA], citations=self.citations[:1])


def country(code: str | None) -> Country | None:
    return Country.objects.get(code=code) if code else None


def _write_meeting(writer: _Writer, payload: Payload) -> Meeting:
    fmt = writer.format(payload)
    meeting = meeting_find(fmt, payload)
    values = {"ordinal": payload.ordinal, "date": payload.date, "city": payload.city, "host": country(payload.host),
              "online": payload.online or None}
    if meeting is None:
        suffix = payload.ordinal or payload.date or writer.candidate.source.published or "undated"
        meeting = meeting_create(**writer.by, key_base=f"{fmt.key}.{LEVEL_CODES.get(payload.level, 'meeting')}-{suffix}",
                                 format=fmt, level=payload.level, status=payload.status,
                                 title=meeting_title(payload.level, payload.ordinal), **values)
    else:
        meeting = meeting_report(meeting, **writer.by, status=payload.status, title_of=meeting_title, overwrite=writer.overwrite,
                                 **values)
    for code in payload.countries:
        representation_add(**writer.by, meeting=meeting, country=country(code), citations=writer.citations[:1])
    return meeting


def _person(writer: _Writer, name: str, country_code: str | None, known_key: str | None = None) -> Person:
    person = Person.objects.filter(key=known_key).first() if known_key else None
    if person is None:
        people = Resolver().people_fitting(name, country_code)
        if len(people) > 1:
            raise _namesakes(writer.candidate, name, people_text(people))
        person = people[0] if people else None
    if person is None:
        return person_create(**writer.by, name=name, citations=writer.quoting(name))
    return person_name_add(person, **writer.by, name=name, citations=writer.quoting(name))


def _namesakes(candidate: Candidate, name: str, people: str) -> ReviewError:
    return ReviewError(f"candidate {candidate.id}: {name!r} could be any of {people} in the record; edit the candidate to give "
                       f"the full name of the one meant, or a full name of its own for someone new")


def _write_attendance(writer: _Writer, payload: Payload) -> Attendance:
    meeting = writer.dependency(payload.meeting, required="meeting")
    person = _person(writer, payload.name, payload.country, payload.known_person)
    post = None
    if payload.role and payload.country and "role" not in writer.kept:
        post = Post.objects.filter(country__code=payload.country, label=payload.role).first()
        if post is None:
            post = post_create(**writer.by, country=country(payload.country), label=payload.role, role=generic_role(payload.role),
                               citations=writer.citations)
        else:
            evidence_cite(post, writer.citations)
        tenure_add(**writer.by, person=person, post=post, citations=writer.citations)
    return attendance_record(**writer.by, meeting=meeting, person=person, post=post, country=country(payload.country),
                             overwrite=writer.overwrite)


def _write_initiative(writer: _Writer, payload: Payload) -> Initiative:
    fmt = writer.format(payload)
    meeting = writer.dependency(payload.meeting)
    initiative = Initiative.objects.filter(key=writer.candidate.matched_key).first() if writer.candidate.matched_key else None
    if initiative is None:
        initiative = initiative_create(**writer.by, format=fmt, title=initiative_title(payload.title)[:300],
                                       status="proposed" if payload.proposed_by else "agreed",
                                       proposed_by_country=country(payload.proposed_by), meeting=meeting,
                                       citations=writer.citations)
    else:
        initiative_report(initiative, **writer.by, overwrite=writer.overwrite, proposed_by_country=country(payload.proposed_by))
    areas = [area for area in (writer.dependency(position) for position in payload.areas) if area is not None]
    return initiative_areas_add(initiative, actor=writer.reviewer, areas=[*areas, *Area.objects.filter(key__in=payload.area_keys)])


def _write_target(writer: _Writer, payload: Payload) -> Target:
    if payload.equivalent_of is not None:
        target = writer.dependency(payload.equivalent_of, required="target it converts")
        return target_report(target, **writer.by, overwrite=writer.overwrite, equivalent_amount=Decimal(payload.amount),
                             equivalent_currency=payload.currency)
    fmt = writer.format(payload)
    period = Decimal(payload.period_years) if payload.period_years else None
    target = Target.objects.filter(key=writer.candidate.matched_key).first() if writer.candidate.matched_key else None
    if target is None:
        return target_create(**writer.by, format=fmt, title=payload.title or "Target", amount=Decimal(payload.amount),
                             currency=payload.currency, period_years=period, meeting=writer.dependency(payload.meeting))
    disputed = {"amount", "currency"} & set(writer.candidate.conflicts)  # not a figure stated in the target's other currency
    figure = {"amount": Decimal(payload.amount), "currency": payload.currency} if disputed else {}
    return target_report(target, **writer.by, overwrite=writer.overwrite, period_years=period, **figure)


def _write_document(writer: _Writer, payload: Payload) -> Document:
    meeting = writer.dependency(payload.meeting, required="meeting")
    return document_record(**writer.by, meeting=meeting, kind=payload.kind, title=document_title(payload.title, meeting.title),
                           count=payload.count, qualifier=payload.qualifier, overwrite=writer.overwrite)


def _write_deal(writer: _Writer, payload: Payload) -> Deal:
    fmt = writer.format(payload)
    meeting = writer.dependency(payload.meeting)
    deal = Deal.objects.filter(key=writer.candidate.matched_key).first() if writer.candidate.matched_key else None
    amount = Decimal(payload.amount) if payload.amount else None
    links = {"countries": _countries(payload.parties), "targets": list(Target.objects.filter(format=fmt, key__in=payload.target_keys)),
             "institutions": payload.institutions, "stage_day": (meeting.date if meeting else "") or writer.candidate.source.published,
             "citations": writer.citations}
    if deal is None:
        return deal_create(**writer.by, format=fmt, title=(f"{payload.count} " if payload.count else "") + (payload.title or "deal"),
                           value=amount, currency=payload.currency or "", meeting=meeting,
                           stage=DEAL_STAGES.get(payload.stage or "", Deal.Stage.PLEDGE),
                           signed=meeting.date if meeting and payload.stage == "signed" else "", **links)
    if not writer.overwrite:
        amount, currency, stage = None, "", ""  # the record's figures stand; only new parties and targets are added
    else:
        currency, stage = payload.currency or "", DEAL_STAGES.get(payload.stage or "", "")
    return deal_report(deal, **writer.by, overwrite=writer.overwrite, value=amount, currency=currency, stage=stage, **links)


def _countries(codes: list[str]) -> list[Country]:
    return list(Country.objects.filter(code__in=codes))


def _write_bilateral(writer: _Writer, payload: Payload) -> BilateralTalk:
    meeting = writer.dependency(payload.meeting)
    people = [_person(writer, name, None) for name in payload.between]
    return bilateral_talk_record(**writer.by, meeting=meeting, participants=people)


def _write_next_meeting(writer: _Writer, payload: Payload) -> Meeting:
    fmt = writer.format(payload)
    announced_at = writer.dependency(payload.announced_at)
    level = payload.level or (announced_at.level if announced_at else Meeting.Level.OTHER)
    host = country(payload.host)
    city = payload.where if payload.where and host and payload.where != host.name else ""
    planned = Meeting.objects.filter(key=writer.candidate.matched_key).first() if writer.candidate.matched_key else None
    if planned is None:
        suffix = payload.ordinal or f"next-{slug(payload.where or 'planned')}"
        return meeting_create(**writer.by, key_base=f"{fmt.key}.{LEVEL_CODES.get(level, 'meeting')}-{suffix}", format=fmt,
                              level=level, ordinal=payload.ordinal, status=Meeting.Status.PLANNED, announced_at=announced_at,
                              title=meeting_title(level, payload.ordinal), host=host, city=city)
    # put off, now announced again: planned once more
    return meeting_report(planned, **writer.by, status=Meeting.Status.PLANNED, title_of=meeting_title, overwrite=writer.overwrite,
                          host=host, city=city, level=payload.level)


def _write_chair(writer: _Writer, payload: Payload) -> ChairTerm:
    fmt = writer.format(payload)
    return chair_term_record(**writer.by, format=fmt, start=payload.start, country=country(payload.country),
                             announced_at=writer.dependency(payload.announced_at), overwrite=writer.overwrite)


def _write_area(writer: _Writer, payload: Payload) -> Area:
    fmt = writer.format(payload)
    return area_record(**writer.by, format=fmt, name=payload.name, is_priority=payload.is_priority, order=payload.order,
                       parent=writer.dependency(payload.parent), overwrite=writer.overwrite)


def _write_agenda_item(writer: _Writer, payload: Payload) -> AgendaItem:
    meeting = writer.dependency(payload.meeting, required="meeting")
    return agenda_item_add(**writer.by, meeting=meeting, topic=payload.topic, order=payload.order)


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
