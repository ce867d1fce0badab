"""An extraction in the annotation schema of the evaluation corpus (`dialogue extract --json`)."""

from __future__ import annotations

import re

from dialogue.ingest.facts import Extraction
from dialogue.ingest.gazetteer import Gazetteer


def _number(value) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def as_annotation(extraction: Extraction, gazetteer: Gazetteer) -> dict:
    name = gazetteer.name_of
    meetings = [
        {
            "format": meeting.format,
            "level": meeting.level,
            "ordinal": meeting.ordinal,
            "date": meeting.date.isoformat() if meeting.date else None,
            "city": meeting.city,
            "host_country": name(meeting.host),
            "countries": [name(code) for code in meeting.countries],
            "participants": [{"name": p.name, "role": p.role, "country": name(p.country)} for p in meeting.participants],
            "status": meeting.status,
            "mention": "main" if meeting.main else "background",
        }
        for meeting in extraction.meetings
    ]
    next_meeting = extraction.next_meeting
    if next_meeting is not None and (planned := _planned_meeting(extraction, gazetteer)):
        meetings.append(planned)
    return {
        "meetings": meetings,
        "initiatives": [{"title": i.title, "proposed_by": name(i.proposed_by)} for i in extraction.initiatives],
        "targets": [
            {"amount": _number(t.amount), "currency": t.currency,
             "period_years": _number(t.period_years) if t.period_years is not None else None}
            for t in extraction.targets
        ],
        "documents": [{"kind": d.kind, "count": d.count} for d in extraction.documents],
        "bilateral_meetings": [{"between": list(b.between)} for b in extraction.bilaterals],
        "next_meeting": {"ordinal": next_meeting.ordinal, "where": next_meeting.where, "when": next_meeting.when} if next_meeting else None,
        "chair": [{"country": name(c.country), "from": c.start} for c in extraction.chairs],
        "deals": [
            {"title": d.title, "parties": [*d.institutions, *(name(code) for code in d.parties)],
             "amount": _number(d.amount) if d.amount is not None else None, "currency": d.currency, "count": d.count, "stage": d.stage}
            for d in extraction.deals
        ],
    }


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _planned_meeting(extraction: Extraction, gazetteer: Gazetteer) -> dict | None:
    """The meeting a "next meeting" becomes in the record (review writes it as a planned meeting), unless the
    extraction already tells of that meeting to come."""
    upcoming, main = extraction.next_meeting, next((m for m in extraction.meetings if m.main), None)
    level = upcoming.level or (main.level if main else None)
    if level is None or any(m.status == "planned" and m.level == level and (upcoming.ordinal in (None, m.ordinal))
                            for m in extraction.meetings):
        return None
    return {"format": main.format if main else extraction.format, "level": level, "ordinal": upcoming.ordinal,
            "date": upcoming.when if upcoming.when and _ISO_DAY.fullmatch(upcoming.when) else None,
            # "in Kuwait": the country's name, not its capital's ("Kuwait City"), names no city
            "city": upcoming.where if upcoming.where and gazetteer.city_spellings.get(upcoming.where.lower()) == upcoming.where else None,
            "host_country": gazetteer.name_of(upcoming.where_country), "countries": [], "participants": [],
            "status": "planned", "mention": "background"}
