"""The meeting to come after those a report tells of: its ordinal, venue and season."""

from __future__ import annotations

import re

from spacy.tokens import Span

from dialogue.ingest import lexicon as lx
from dialogue.ingest.facts import NextMeetingFact
from dialogue.ingest.nlp import CITY
from dialogue.ingest.parse_dates import find_dates, still_to_come
from dialogue.ingest.report import Report, make_quote
from dialogue.ingest.rules.meeting_mentions import MeetingMention
from dialogue.ingest.rules.meeting_venues import HOSTS_ANOTHER, country_not_city, places_after

_FORMAT_BEFORE = re.compile(r"Central Asia\s*(?:\+|plus|–|—|-|and)\s*(?:the\s+)?$", re.I)


def find_next_meeting(report: Report, upcoming: list[MeetingMention]) -> NextMeetingFact | None:
    """The meeting to come after those told of: one called next, upcoming or forthcoming first; its place
    only where the sentence gives a venue ("in Dushanbe", "the capital of"), never a country named for
    another reason (a speaker's, the partner's in the format's name)."""
    called_next = [m for m in upcoming if set(m.quote.text.lower().split()) & lx.NEXT_WORDS]
    told = [(m, *_venue_and_season(report, m)) for m in called_next + [m for m in upcoming if m not in called_next]]
    for mention, where, season in told:
        if mention not in called_next and where is None and mention.ordinal is None and season is None:
            continue  # a meeting to come that the report tells nothing of
        quotes = [_told(report, mention, where)]
        ordinal = mention.ordinal
        # "the summit to come ... a second summit, to be held in Bergen": one meeting told twice
        for other, other_where, _ in told:
            if other is mention or other.level not in (None, mention.level) or None not in (ordinal, other.ordinal) and other.ordinal != ordinal:
                continue
            if ordinal is None and other.ordinal is not None or where is None and other_where is not None:
                ordinal, where = ordinal or other.ordinal, where or other_where
                quotes.append(_told(report, other, other_where))
        return NextMeetingFact(
            ordinal=ordinal,
            where=(report.city_name(where) if where.label_ == CITY and not country_not_city(report, where)
                   else report.country_name(report.code(where)) or where.text) if where else None,
            where_country=report.code(where) if where else None,
            level=mention.level,
            when=season.group(0) if season else _day_set(report, mention),
            quotes=quotes,
        )
    return None


# "scheduled for May 5, 2027", "set for 4 April", "to be held on 5 May": the day a meeting to come is set for
_SET_FOR = re.compile(r"\b(?:for|on)\s+$")


def _day_set(report: Report, mention: MeetingMention) -> str | None:
    """The one day the sentence sets the meeting to come for, right after its words (ISO, as annotators write it);
    never a weekday, a day already past or one of several."""
    token_char, sentence = report.doc[mention.token].idx, mention.sentence
    text = report.text[token_char : min(sentence.end_char, token_char + 120)]
    for date in find_dates(text, report.published):
        if not _SET_FOR.search(text[max(0, date.start - 40) : date.start]) or "." in text[: date.start] or ";" in text[: date.start]:
            continue
        day = still_to_come(date, report.published)
        if day is None or date.several or not any(ch.isdigit() for ch in date.text) or report.published and day <= report.published:
            return None
        return day.isoformat()
    return None


def _told(report: Report, mention: MeetingMention, where: Span | None):
    """The words that tell of a meeting to come, through its venue when one is named after them."""
    return make_quote(report.text, mention.quote.start, max(where.end_char if where else 0, mention.quote.end))


def _venue_and_season(report: Report, mention: MeetingMention) -> tuple[Span | None, re.Match | None]:
    sentence, token_char = mention.sentence, report.doc[mention.token].idx
    places = [e for e in places_after(report, sentence, token_char) if not _FORMAT_BEFORE.search(report.text[max(0, e.start_char - 25) : e.start_char])
              and not HOSTS_ANOTHER.match(report.text, e.end_char)]
    season = re.search(r"\b(spring|summer|autumn|fall|winter)\b(?:\s+of)?(?:\s+(\d{4}))?|\b(?:in|by)\s+(\d{4})\b",
                       report.text[token_char : sentence.end_char])
    return (places[0] if places else None), season
