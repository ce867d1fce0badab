"""The facts extraction finds, one typed class per kind, each with the words it came from.

Extraction, the annotation writer and the candidate builder share these types, so no layer reads
another's result by string keys.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from dialogue.ingest.gazetteer import KnownPerson

SUMMIT, MINISTERIAL, SENIOR_OFFICIALS, OTHER = "summit", "ministerial", "senior officials", "other"

@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str


GUESSED_COUNTRY = 0.6  # a person's confidence once their country is a guess (the host's, say), not what the report says


@dataclass
class PersonFact:
    name: str
    role: str | None
    country: str | None
    quotes: list[Quote]
    known: KnownPerson | None = None
    confidence: float = 0.9
    participant: bool = True


@dataclass
class MeetingFact:
    level: str | None
    ordinal: int | None
    quotes: list[Quote]
    format: str | None = None
    partner: str | None = None  # set where the meeting is of another format than the report's
    date: dt.date | None = None
    city: str | None = None
    host: str | None = None
    online: bool = False
    countries: list[str] = field(default_factory=list)
    participants: list[PersonFact] = field(default_factory=list)
    main: bool = False
    confidence: float = 0.85
    status: str = "held"  # held, planned, postponed or cancelled, as the report tells it


@dataclass
class InitiativeFact:
    title: str
    proposed_by: str | None
    quotes: list[Quote]
    confidence: float = 0.7
    areas: list[str] = field(default_factory=list)
    named: bool = False  # the title is a name the report gives ("Fjord Connectivity Initiative"), not words cut from a clause


@dataclass
class TargetFact:
    amount: Decimal
    currency: str
    period_years: Decimal | None
    quotes: list[Quote]
    title: str = ""
    equivalent_of: int | None = None  # index of the target this one converts
    confidence: float = 0.8


@dataclass
class DocumentFact:
    kind: str
    category: str
    count: int | None
    qualifier: str
    quotes: list[Quote]
    confidence: float = 0.8


@dataclass
class BilateralFact:
    between: tuple[str, str]
    quotes: list[Quote]
    confidence: float = 0.8


@dataclass
class NextMeetingFact:
    ordinal: int | None
    where: str | None
    where_country: str | None
    level: str | None
    quotes: list[Quote]
    when: str | None = None
    confidence: float = 0.8


@dataclass
class ChairFact:
    country: str
    start: str | None
    quotes: list[Quote]
    confidence: float = 0.8


@dataclass
class AreaFact:
    name: str
    parent: str | None
    is_priority: bool
    order: int
    quotes: list[Quote]
    confidence: float = 0.75


@dataclass
class AgendaFact:
    topic: str
    order: int
    quotes: list[Quote]
    confidence: float = 0.7


@dataclass
class DealFact:
    """A money-valued agreement, investment, loan or batch of agreements ("35 agreements worth 400 billion yen")."""

    title: str
    parties: list[str]  # ISO codes of the countries on either side
    amount: Decimal | None
    currency: str | None
    count: int | None
    stage: str | None
    quotes: list[Quote]
    confidence: float = 0.7
    institutions: list[str] = field(default_factory=list)  # lenders and funds that are parties in place of a country


@dataclass
class Extraction:
    format: str | None
    partner: str | None
    meetings: list[MeetingFact]
    initiatives: list[InitiativeFact]
    targets: list[TargetFact]
    documents: list[DocumentFact]
    bilaterals: list[BilateralFact]
    next_meeting: NextMeetingFact | None
    chairs: list[ChairFact]
    deals: list[DealFact] = field(default_factory=list)
    language: str = "en"  # ISO 639-1; a report in a language extraction does not read gives no facts
    read: bool = True
    format_aliases: list[str] = field(default_factory=list)
    areas: list[AreaFact] = field(default_factory=list)
    agenda: list[AgendaFact] = field(default_factory=list)
