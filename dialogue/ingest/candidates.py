"""An extraction as review candidates, in the record's vocabulary.

Candidates of one source refer to each other by position (a participant to its meeting,
a converted amount to its target), so that accepting one can bring what it stands on.
"""

from __future__ import annotations

from dialogue.ingest.facts import MINISTERIAL, Extraction, Quote
from dialogue.ingest.models import Candidate
from dialogue.ingest.payloads import (
    KINDS,
    AgendaItemPayload,
    AreaPayload,
    AttendancePayload,
    BilateralPayload,
    ChairPayload,
    DealPayload,
    DocumentPayload,
    InitiativePayload,
    MeetingPayload,
    NextMeetingPayload,
    Payload,
    TargetPayload,
    payload_json,
)
from dialogue.record.interchange import decimal_text
from dialogue.record.models import Document, Meeting

LEVELS = {MINISTERIAL: Meeting.Level.FOREIGN_MINISTERS}
DOCUMENT_KINDS = {
    "joint statement": Document.Kind.JOINT_STATEMENT, "declaration": Document.Kind.DECLARATION,
    "action plan": Document.Kind.ACTION_PLAN, "memorandum": Document.Kind.MEMORANDUM,
    "agreement": Document.Kind.AGREEMENT, "contract": Document.Kind.CONTRACT,
}


def _quotes(quotes: list[Quote], field: str = "") -> list[dict]:
    return [{"start": q.start, "end": q.end, "quote": q.text, **({"field": field} if field else {})} for q in quotes]


def candidates_from(extraction: Extraction) -> list[Candidate]:
    """Unsaved candidates, in the order accepting them all should follow."""
    out: list[Candidate] = []

    def add(payload: Payload, quotes: list[dict], confidence: float) -> int:
        out.append(Candidate(position=len(out), kind=KINDS[type(payload)], payload=payload_json(payload), quotes=quotes, confidence=confidence))
        return len(out) - 1

    named = {"format_name": extraction.format, "partner": extraction.partner}
    main = None
    area_positions: dict[str, int] = {}
    for index, meeting in enumerate(extraction.meetings):
        own = meeting.partner is None or meeting.partner == extraction.partner
        position = add(MeetingPayload(
            **(named if own else {"format_name": meeting.format, "partner": meeting.partner}),
            format_aliases=extraction.format_aliases if own else [], level=LEVELS.get(meeting.level, meeting.level), ordinal=meeting.ordinal,
            date=meeting.date.isoformat() if meeting.date else "", city=meeting.city or "", host=meeting.host, online=meeting.online,
            countries=meeting.countries if index == 0 else [], status=meeting.status,
        ), _quotes(meeting.quotes), meeting.confidence)
        if index == 0:
            main = position
            for person in meeting.participants:
                add(AttendancePayload(meeting=position, name=person.name, role=person.role or "", country=person.country,
                                      known_person=person.known.key if person.known else None), _quotes(person.quotes), person.confidence)
    for topic in extraction.agenda:
        add(AgendaItemPayload(meeting=main, topic=topic.topic, order=topic.order), _quotes(topic.quotes), topic.confidence)
    for area in extraction.areas:
        area_positions[area.name] = add(AreaPayload(**named, name=area.name, parent=area_positions.get(area.parent),
                                                    is_priority=area.is_priority, order=area.order), _quotes(area.quotes), area.confidence)
    for initiative in extraction.initiatives:
        add(InitiativePayload(**named, title=initiative.title, proposed_by=initiative.proposed_by, meeting=main,
                              areas=[area_positions[name] for name in initiative.areas if name in area_positions]),
            _quotes(initiative.quotes), initiative.confidence)
    target_positions: dict[int, int] = {}
    for index, target in enumerate(extraction.targets):
        base = target_positions.get(target.equivalent_of) if target.equivalent_of is not None else None
        target_positions[index] = add(TargetPayload(
            **named, title=target.title, amount=decimal_text(target.amount), currency=target.currency,
            period_years=None if target.period_years is None else decimal_text(target.period_years), meeting=main, equivalent_of=base,
        ), _quotes(target.quotes[:1]), target.confidence)
    for document in extraction.documents:
        add(DocumentPayload(**named, kind=DOCUMENT_KINDS.get(document.category, Document.Kind.OTHER), title=document.kind,
                            count=document.count or 1, qualifier=document.qualifier or "exactly", meeting=main),
            _quotes(document.quotes), document.confidence)
    for deal in extraction.deals:
        add(DealPayload(**named, title=deal.title, parties=deal.parties, institutions=deal.institutions, count=deal.count, stage=deal.stage, meeting=main,
                        amount=None if deal.amount is None else decimal_text(deal.amount), currency=deal.currency),
            _quotes(deal.quotes[:1], "value") + _quotes(deal.quotes[1:]), deal.confidence)
    for talk in extraction.bilaterals:
        add(BilateralPayload(between=list(talk.between), meeting=main), _quotes(talk.quotes), talk.confidence)
    if extraction.next_meeting:
        upcoming = extraction.next_meeting
        add(NextMeetingPayload(**named, level=LEVELS.get(upcoming.level, upcoming.level), ordinal=upcoming.ordinal, where=upcoming.where,
                               host=upcoming.where_country, when=upcoming.when, announced_at=main), _quotes(upcoming.quotes), upcoming.confidence)
    for chair in extraction.chairs:
        add(ChairPayload(**named, country=chair.country, start=chair.start or "", announced_at=main), _quotes(chair.quotes), chair.confidence)
    return out
