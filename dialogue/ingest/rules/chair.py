"""The rotating chair: who holds it, and from when."""

from __future__ import annotations

import re

from dialogue.ingest.facts import ChairFact, PersonFact
from dialogue.ingest.report import Report, make_quote
from dialogue.ingest.rules.format import partner_code

CHAIR_PATTERNS = [
    re.compile(r"chairmanship\b[^.]{0,60}?\b(?:transferred|passed|handed over|pass(?:es)?|go(?:es)?)\s+to\s+(?P<who>[^.,]{2,40}?)\s+(?:from|in|starting(?: from)?|as of)\s+(?P<year>\d{4})", re.I),
    re.compile(r"(?P<who>[A-Z][\w ]{2,30}?)\s+(?:is set to|will|to|shall|is to|is going to)\s+(?:chair|take over the chairmanship of|assume the chairmanship of|preside over)\s+the\s+(?:Dialogue|format|forum|mechanism)\b[^.]{0,30}?\b(?:in|from|for)\s+(?P<year>\d{4})"),
    re.compile(r"(?P<who>[A-Z][\w ]{2,30}?)\s+(?:took over|assumed|takes over|assumes)\s+the\s+chairmanship\b[^.]{0,40}?\b(?:in|from|for)\s+(?P<year>\d{4})"),
    # "Norway, the current chair of the Dialogue", "Uzbekistan, which chairs the format"
    re.compile(r"(?P<who>[A-Z][\w]+(?:\s[A-Z][\w]+)?),\s+(?:the\s+|which\s+(?:currently\s+)?(?:chairs|holds the chairmanship of)\s+the\s+)"
               r"(?:(?:current|incoming|rotating)\s+)?(?:chair(?:man|person)?\s+(?:of\s+)?(?:this|the)\s+)?(?:Dialogue|format|forum|mechanism)\b"),
    re.compile(r"(?P<who>[A-Z][\w]+(?:\s[A-Z][\w]+)?),\s+the\s+(?:current|incoming|rotating)\s+chair(?:man|person)?\b"),
    # "during Uzbekistan's chairmanship", "under Kyrgyzstan's chairmanship in 2025"
    re.compile(r"(?P<who>[A-Z][\w]+)[’']s\s+(?:current\s+|rotating\s+)?(?:chairmanship|presidency)\b(?:[^.]{0,30}?\b(?:in|from)\s+(?P<year>\d{4}))?"),
    # "the chairmanship passes to Kyrgyzstan", "Tajikistan will chair in 2027"
    re.compile(r"chairmanship\b[^.]{0,40}?\b(?:passes|passed|transferred|goes|went|handed over)\s+to\s+(?P<who>[A-Z][\w]+(?:\s[A-Z][\w]+)?)"),
    re.compile(r"(?P<who>[A-Z][\w]+)\s+will\s+(?:chair|take over the chairmanship)\b[^.]{0,20}?\b(?:in|from)\s+(?P<year>\d{4})"),
    # "In 2027 Tajikistan will take over presidency in the Dialogue", "Tajikistan will take the duty of the Dialogue
    # Chairmanship in 2027": the format's chair, named with the format
    re.compile(r"\b[Ii]n\s+(?P<year>\d{4}),?\s+(?P<who>[A-Z]\w+)\s+(?:will|is to|is set to)\s+(?:take\s+over|assume)\s+(?:the\s+)?"
               r"(?:chairmanship|presidency)\s+(?:in|of)\s+the\s+[^.]{0,50}?(?:Dialogue|format|forum)\b"),
    re.compile(r"(?P<who>[A-Z]\w+)\s+(?:will|is to|is set to)\s+take\s+(?:on\s+)?the\s+(?:duty|role)\s+of\s+[^.]{0,60}?(?:Dialogue|format|forum)\s*"
               r"[Cc]hair(?:manship)?\s+(?:in|from)\s+(?P<year>\d{4})"),
]


def find_chairs(report: Report, people: list[PersonFact]) -> list[ChairFact]:
    chairs = []
    # Every pattern needs one of these words, and none reaches past its sentence; most reports hold neither at all.
    if "chair" not in report.lowered and "presidency" not in report.lowered:
        return chairs
    lowered = report.lowered
    sentences = [s for s in report.sentences if "chair" in (low := lowered[s.start_char:s.end_char]) or "presidency" in low]
    matches = (m for pattern in CHAIR_PATTERNS for s in sentences for m in pattern.finditer(report.text, s.start_char, s.end_char))
    for match in matches:
        who = match.group("who").strip()
        if re.search(r"\bour (state|country|nation|republic)\b", who, re.I):
            code = _publisher_country(report, people)
        else:
            code = partner_code(report, re.sub(r"^(the|The)\s+", "", who)) or report.gazetteer.country_code(who.split()[-1])
        year = match.groupdict().get("year")
        if not code:
            continue
        twin = next((c for c in chairs if c.country == code), None)
        if twin is None:
            chairs.append(ChairFact(country=code, start=year, quotes=[make_quote(report.text, match.start(), match.end())]))
        elif year and not twin.start:
            twin.start = year
    return chairs


def _publisher_country(report: Report, people: list[PersonFact]) -> str | None:
    """'our state' in a report: the country of the outlet that writes so, or of its first speaker."""
    for word in re.findall(r"[A-Z][a-z]+", report.publisher):
        code = report.gazetteer.country_code(word)
        if code:
            return code
    return next((p.country for p in people if p.country), None)
