"""Which format a report is about, and every name it gives it."""

from __future__ import annotations

import re
from collections import Counter

from dialogue.ingest.facts import Quote
from dialogue.ingest.gazetteer import CENTRAL_ASIA
from dialogue.ingest.nlp import COUNTRY, DEMONYM
from dialogue.ingest.report import Report, make_quote

FORMAT_PATTERNS = [
    re.compile(r"Central Asia\s*(?:\+|plus|–|—|-|and)\s*(?:the\s+)?(?P<partner>[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?)"),
    re.compile(r"(?P<partner>[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?)\s*(?:–|—|-|\+|plus)\s*Central Asia"),
    re.compile(r"\bC5\s*\+\s*(?P<partner>1\b|[A-Z]\w+)"),
]
# What every match of a pattern holds: a search that starts on fixed words costs a fraction of the pattern's own,
# which tries every capital (or every word) in the report.
_HINTS = {FORMAT_PATTERNS[1]: re.compile(r"(?:–|—|-|\+|plus)\s*Central Asia"), FORMAT_PATTERNS[2]: re.compile(r"C5\s*\+")}


def find_format(report: Report) -> tuple[str | None, str | None, list[Quote], list[str]]:
    """The format the report is about ("Central Asia plus Japan Dialogue"), its partner country,
    and every name the report gives it, abbreviations in brackets included ("(DCAJ)")."""
    votes: dict[str, int] = {}
    first: dict[str, int] = {}  # where the report first names each partner's format
    names: dict[str, list[tuple[str, Quote]]] = {}
    for pattern in FORMAT_PATTERNS:
        if pattern in _HINTS and not _HINTS[pattern].search(report.text):
            continue  # the pattern's own words are nowhere in the report
        for match in pattern.finditer(report.text):
            partner_text = match.group("partner")
            code = "US" if partner_text == "1" else partner_code(report, partner_text)
            if not code or code in CENTRAL_ASIA:
                continue
            votes[code] = votes.get(code, 0) + 1
            first.setdefault(code, match.start())
            name_end = match.end()
            tail = re.match(r"[”\"’']?\s*(Dialogue|Summit|format|Forum)\b", report.text[name_end:])
            if tail:
                name_end += tail.end()
            elif re.match(r"[”\"’']?\s*(?:summit|dialogue|forum|meeting|ministerial)\b", report.text[name_end:]):
                pass  # "the Italy–Central Asia summit": the format named by its meeting, without the meeting's word
            elif not re.search(r"\b(Dialogue|Summit|Forum)$", partner_text) and pattern is not FORMAT_PATTERNS[2]:
                continue  # "Japan-Central Asia AI Partnership" names an initiative, not the format
            name = re.sub(r"[“”\"«»]", "", report.text[match.start():name_end]).strip()
            found = names.setdefault(code, [])
            if name not in [n for n, _ in found]:
                found.append((name, make_quote(report.text, match.start(), name_end)))
            abbreviation = re.match(r"\s*\(([A-Z][A-Za-z+&-]{1,9})\)", report.text[name_end:])
            if abbreviation and abbreviation.group(1) not in [n for n, _ in found]:
                start = name_end + abbreviation.start(1)
                found.append((abbreviation.group(1), make_quote(report.text, start, start + len(abbreviation.group(1)))))
    # Names the record already knows for a format ("CAJAD", "CA+JAD") count for its partner too.
    for alias, code in report.gazetteer.formats:
        if code and len(alias) > 3 and alias in report.text:
            votes[code] = votes.get(code, 0) + 1
            start = report.text.index(alias)
            first[code] = min(first.get(code, start), start)
            found = names.setdefault(code, [])
            if alias not in [n for n, _ in found]:
                found.append((alias, make_quote(report.text, start, start + len(alias))))
    if not votes:
        return None, None, [], []
    if len(votes) > 1:  # a tie goes to the partner the report names most, then to the one it names first
        named = Counter(report.code(ent) for ent in report.ents if ent.label_ in (COUNTRY, DEMONYM))
        partner = max(votes, key=lambda code: (votes[code], named[code], -first[code]))
    else:
        partner = next(iter(votes))
    found = names.get(partner, [])
    if not found:
        return None, partner, [], []
    return found[0][0], partner, [found[0][1]], [n for n, _ in found]


def format_near(report: Report, start: int, end: int, at: int) -> tuple[str, str] | None:
    """The format a stretch of text names nearest to `at` ("... the first Germany-Central Asia summit was held"),
    as (name, partner code): a report may tell of a meeting of another format beside its own."""
    found = []
    for pattern in FORMAT_PATTERNS:
        for match in pattern.finditer(report.text, start, end):
            partner_text = match.group("partner")
            code = "US" if partner_text == "1" else partner_code(report, partner_text)
            if code and code not in CENTRAL_ASIA:
                name = re.sub(r"[“”\"«»]", "", match.group(0)).strip()
                found.append((abs(match.start() - at), name, code))
    return min(found)[1:] if found else None


def partner_code(report: Report, text: str) -> str | None:
    """The country a format's name gives as its partner: "Japan", "Republic of Korea", and "Inaugural Italy" (a
    word that opens a headline is no part of the name)."""
    words = text.split()
    for size in range(len(words), 0, -1):
        code = report.gazetteer.country_code(" ".join(words[:size])) or report.gazetteer.country_code(" ".join(words[-size:]))
        if code:
            return code
    return None
