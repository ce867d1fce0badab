"""Deals told by their number alone ("signed eight deals", "158 deals have been reached"): no sum, a count."""

from __future__ import annotations

import re

from dialogue.ingest.facts import DealFact, PersonFact
from dialogue.ingest.parse_numbers import TENS, UNITS, number_value
from dialogue.ingest.report import Report, make_quote
from dialogue.ingest.rules.deal_sides import SIDES, VISIT, passage_sides, sides_named, visit_sides

HISTORY = re.compile(r"\b(?:over|in|during) the (?:past|last)\b|\bso far\b|\bto date\b|\bsince\b|\bin recent years\b", re.I)
# Deals counted with no sum: "signed eight deals", "12 investment contracts were concluded". Plain "agreements" and
# "documents" counted so are outcome documents (rules/documents.py); deals and contracts, and agreements named for
# business, are deals.
_DEAL_KIND = r"(?:(?:commercial|business|investment|trade|export|supply|loan|financing|purchase)\s+)?(?:deals|contracts)|" \
             r"(?:commercial|business|investment|trade|export|supply|loan|financing|purchase)\s+agreements"
DEAL_WORD = re.compile(r"(?:deals|contracts|agreements|memoranda|documents)\b", re.I)
DEAL_WORD_BLIND = re.compile(r"(?:deals|contracts|agreements|memoranda|documents)\b")  # on the lower-cased text, in a third of the time
COUNT = r"\d+|(?:" + "|".join(sorted([*UNITS, *TENS], key=len, reverse=True)) + r")(?:-[a-z]+)?"
_COUNTED = re.compile(rf"\b(?:signed|inked|concluded|struck|sealed|clinched)\s+(?:a total of\s+|some\s+|about\s+|more than\s+|over\s+|nearly\s+)?"
                      rf"(?P<count>{COUNT})\s+(?P<title>{_DEAL_KIND})\b"
                      # "158 public- and private-sector deals, including in energy, have been reached"
                      rf"|\b(?P<count2>{COUNT})\s+(?P<title2>(?:[\w-]+\s+(?:and\s+)?){{0,3}}?(?:{_DEAL_KIND}))(?:,[^,.;]{{0,90}},)?\s+(?:were|have been|had been)\s+"
                      rf"(?:signed|inked|concluded|struck|sealed|reached|clinched)\b"
                      # "firms of the two countries signed 14 cooperation agreements": what businesses sign are deals
                      rf"|\b(?:signed|inked|concluded)\s+(?:a total of\s+|some\s+|about\s+|more than\s+|over\s+|nearly\s+)?"
                      rf"(?P<count3>{COUNT})\s+(?P<title3>(?:[\w-]+\s+){{0,2}}?(?:agreements|memoranda(?:\s+of\s+understanding)?|documents))\b", re.I)
# Businesses as the ones who sign ("Companies of Chile and Peru signed ...", "at a business forum, entrepreneurs signed"),
# not governments: the agreements counted are deals, not outcome documents.
_BUSINESS_SIGNERS = re.compile(r"\b(?:business(?:es|men|people|\s+(?:leaders|representatives|communit(?:y|ies)|circles|people))|companies|firms|"
                               r"entrepreneurs|private[\s-]sector)\b", re.I)
_GOVERNMENTS = re.compile(r"\b(?:intergovernmental|interstate|inter-state|governments?|ministries|ministers|presidents|leaders\s+of\s+the\s+(?:two|five|six))\b", re.I)


def signed_by_businesses(text: str, verb_at: int) -> bool:
    """Agreements the sentence says businesses signed (its subject, before the verb), no government named beside them."""
    before = text[:verb_at]
    return bool(_BUSINESS_SIGNERS.search(before)) and not _GOVERNMENTS.search(text)


def counted_deals(report: Report, people: list[PersonFact], partner: str | None, meeting_countries: list[str],
                  told: set[int]) -> list[DealFact]:
    """Deals told by their number alone, in sentences that state no sum (a sum makes the batch a deal by its worth), and
    not already a deal whose worth the next sentence tells (`told`: where the deals' quotes begin)."""
    found: list[DealFact] = []
    text = report.text
    nouns = DEAL_WORD.finditer(text) if report.blind is None else DEAL_WORD_BLIND.finditer(report.blind)
    matches = {m.start(): m for noun in nouns  # read only near the nouns: a fifth of the time
               for m in _COUNTED.finditer(text, max(0, noun.start() - 90), min(len(text), noun.end() + 130))}
    for match in matches.values():
        group = next(g for g in ("count", "count2", "count3") if match.group(g))
        count = number_value(match.group(group))
        sentence = report.sentence_of(match.start())
        if group == "count3" and not signed_by_businesses(sentence.text, match.start() - sentence.start_char):
            continue  # plain agreements a government signs are outcome documents (rules/documents.py)
        if (count is None or count < 2 or match.start(group) in told
                or any(sentence.start_char <= a.start < sentence.end_char for a in report.amounts)
                or HISTORY.search(sentence.text)):
            continue  # "over the past decade the two signed 120 contracts" is a record of years, not this report's deals
        parties = sides_named(report, sentence, people, partner)
        if SIDES.search(sentence.text) and len(meeting_countries) > 1 and set(parties) <= set(meeting_countries):
            parties = list(meeting_countries)
        elif len(parties) < 2 and (visit := VISIT.search(sentence.text)):
            parties = visit_sides(report, sentence, visit, people, partner, parties)
        parties = parties or passage_sides(report, sentence, people)
        title = match.group({"count": "title", "count2": "title2", "count3": "title3"}[group])
        found.append(DealFact(
            title=title, parties=parties, amount=None, currency=None, count=int(count), stage="signed",
            quotes=[make_quote(report.text, match.start(group), match.end()), make_quote(report.text, sentence.start_char, sentence.end_char)]))
    return found
