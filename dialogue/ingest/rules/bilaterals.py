"""Bilateral talks: two named people meeting on the sidelines or during a visit."""

from __future__ import annotations

import re

from dialogue.ingest.facts import BilateralFact, MeetingFact, PersonFact
from dialogue.ingest.report import Report, make_quote


_BILATERAL_RE = re.compile(
    r"(?P<a>[^.;]*?)\b(?:also\s+)?(?:held|had|conducted)\s+(?:a\s+|an\s+)?(?:separate\s+)?(?:bilateral|one-on-one|separate|tete-a-tete|tête-à-tête)\s+"
    r"(?:talks|meetings?|consultations|conversations?)\s+with\s+(?P<b>[^.;]+)", re.I)
_BILATERAL_GATE = re.compile(r"bilateral|one-on-one|separate|t[eê]te", re.I)
_GROUP = re.compile(r"\b(leaders|counterparts|presidents|ministers|colleagues|heads|delegations)\b", re.I)


def find_bilaterals(report: Report, people: list[PersonFact], meeting: MeetingFact | None) -> list[BilateralFact]:
    talks = []
    for sentence in report.sentences:
        if not _BILATERAL_GATE.search(sentence.text):
            continue
        for match in _BILATERAL_RE.finditer(sentence.text):
            host = _person_in(match.group("a"), people)
            if host is None:
                continue
            others_text = match.group("b")
            others = [p for p in people if p is not host and _mentioned(p, others_text)]
            if not others and _GROUP.search(others_text) and meeting is not None:
                others = [p for p in meeting.participants if p is not host and p.country != host.country]
            quote = make_quote(report.text, sentence.start_char + match.start(), sentence.start_char + match.end())
            talks += [BilateralFact(between=(host.name, other.name), quotes=[quote]) for other in others]
    return talks


def _mentioned(person: PersonFact, text: str) -> bool:
    return any(len(word) >= 3 and re.search(rf"\b{re.escape(word)}\b", text) for word in person.name.split())


def _person_in(text: str, people: list[PersonFact]) -> PersonFact | None:
    return next((p for p in people if _mentioned(p, text)), None)
