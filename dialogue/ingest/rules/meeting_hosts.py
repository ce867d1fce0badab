"""Who hosts a meeting the report gives no venue country for: the country of the official who hosted, held or chaired it."""

from __future__ import annotations

import re

from dialogue.ingest.facts import GUESSED_COUNTRY, MeetingFact
from dialogue.ingest.gazetteer import CENTRAL_ASIA
from dialogue.ingest.nlp import CITY, COUNTRY, DEMONYM
from dialogue.ingest.report import Report

# "Prime Minister X will hold the first India-Central Asia Summit": who holds the meeting (the words naming it) hosts it
_WHO_HOLDS = re.compile(r"\s*(?:,[^,.;]{0,60},\s*)?(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?(?:\w+ly\s+)?(?:hold|holds|held|convene[sd]?)"
                        r"\s+(?:the|a|an|its|their)\s+(?:[\w'’–—-]+\s+){0,6}?(?:summit|meeting|ministerial|dialogue|forum|conference)\b", re.I)
_WHO_HOSTED = re.compile(r"\s*(?:,[^,.;]{0,60},\s*)?,?\s*(?:(?:on|last|this)\s+\w+\s+)?(?:\w+ly\s+)?hosted\b")
# "under the chairmanship of the Foreign Minister of Norway", "Chaired by Kazakh Deputy Foreign Minister X"
_CHAIRED_BY = re.compile(r"\b(?:under\s+the\s+(?:co-?)?chairmanship\s+of|(?:chaired|hosted|presided\s+over)\s+by)\s+(?:the\s+)?", re.I)


def country_of_who_hosted(report: Report, main: MeetingFact, partner: str | None, opening_sentences: int) -> str | None:
    """'Foreign Minister X of Norway hosted a reception with his Central Asian counterparts', 'the meeting, chaired by
    the Kazakh deputy minister': the country of who the opening or the meeting's own sentences say hosted or chaired
    it (a member's or the partner's)."""
    opening = [s for s in report.sentences if s.end_char > report.text_start][:opening_sentences]
    told = {report.sentence_of(q.start).start_char for q in main.quotes} | {s.start_char for s in opening}
    sides = (*CENTRAL_ASIA, partner) if partner else None
    for person in main.participants:
        if person.country is not None and sides and person.country not in sides:
            continue
        sure = person.country is not None and person.confidence > GUESSED_COUNTRY
        for quote in person.quotes:
            if report.sentence_of(quote.start).start_char not in told:
                continue
            if sure and _WHO_HOSTED.match(report.text, quote.end):
                return person.country
            # "Prime Minister X will hold the first India-Central Asia Summit": an official of no country stated who holds
            # the meeting is the partner's (the report takes its own side's officials for granted)
            held = _WHO_HOLDS.match(report.text, quote.end) if sure or partner and person.country in (None, partner) else None
            if held and any(q.start <= held.end() - 1 < q.end for q in main.quotes):
                return person.country if sure else partner
    for start in sorted(told):
        sentence = report.sentence_of(start)
        for chaired in _CHAIRED_BY.finditer(sentence.text):
            at = sentence.start_char + chaired.end()
            country = next((report.code(e) for e in report.ents_in(sentence, COUNTRY, DEMONYM) if at <= e.start_char < at + 60), None) \
                or next((report.code(e) for e in report.ents_in(sentence, CITY) if e.start_char == at), None)  # "hosted by Ankara"
            if country and (sides is None or country in sides):
                return country
    return None


# "its fourth meeting was hosted by Japan, in May": the country named as who organised or hosted it
_ORGANISED_BY = re.compile(r"\s*(?:,\s*)?(?:was\s+|were\s+|had\s+been\s+)?(?:organi[sz]ed|hosted|convened)\s+by\s+(?:the\s+)?$", re.I)


def host_said_after(report: Report, meeting: MeetingFact) -> str | None:
    """'its fourth meeting was hosted by Japan': a country right after the words that name a meeting and say
    who organised or hosted it."""
    for quote in meeting.quotes:
        sentence = report.sentence_of(quote.start)
        for ent in report.ents_in(sentence, COUNTRY):
            if quote.end <= ent.start_char <= quote.end + 40 and _ORGANISED_BY.fullmatch(report.text, quote.end, ent.start_char):
                return report.code(ent)
    return None
