"""Money targets: a joint goal over a period."""

from __future__ import annotations

import re

from dialogue.ingest.facts import DealFact, TargetFact
from dialogue.ingest.parse_numbers import number_value
from dialogue.ingest.report import Report, make_quote

_TARGET_CUE = re.compile(
    r"\b(target|goal|aim(?:s|ed)?\s+(?:to|at)|objective|pledge[sd]?|commit(?:s|ted|ment)?|package|mobili[sz]e|"
    r"to reach|worth of|projects totaling|projects totalling|totaling|totalling|over the next|within the next|over \w+ years|"
    r"(?:will|would|to) (?:provide|allocate|invest|mobili[sz]e)\b[^.]{0,60}\b(?:financing|funding|loans?|grants?|investments?))\b",
    re.I,
)
_STATISTIC_CUE = re.compile(r"\b(turnover|reached|amounted|grew|rose|exceeded|increased by|so far|already)\b", re.I)
_PERIOD = re.compile(r"\b(?:over|within|for|in)\s+(?:the\s+)?(?:next|coming)?\s*(?P<n>\w+(?:-\w+)?)\s+years\b|\b(?P<m>\w+)-year\b", re.I)


def is_target_sentence(text: str) -> bool:
    """A sentence that sets a money goal or package rather than reporting a figure reached."""
    return bool(_TARGET_CUE.search(text)) and not _STATISTIC_CUE.search(text)


def find_targets(report: Report, deals: list[DealFact]) -> list[TargetFact]:
    """Money goals; a sum a deal already stands on ("a loan of EUR 2 billion") is not one."""
    taken = {deal.quotes[0].start for deal in deals}
    targets: list[TargetFact] = []
    for amount in report.amounts:
        sentence = report.sentence_of(amount.start)
        text = sentence.text
        if amount.start in taken or not is_target_sentence(text):
            continue
        period = None
        match = _PERIOD.search(text)
        if match:
            period = number_value(match.group("n") or match.group("m"))
        title_match = re.search(r"\bin\s+((?:[\w-]+\s+){0,3}(?:projects|investments?|deals|trade|business|financing|grants|loans)\b)",
                                report.text[amount.end : amount.end + 60])
        equivalent = None
        if amount.equivalent_of is not None:
            equivalent = next((i for i, t in enumerate(targets) if t.quotes[0].start == amount.equivalent_of.start), None)
        targets.append(TargetFact(
            amount=amount.value, currency=amount.currency, period_years=period,
            title=title_match.group(1) if title_match else "",
            quotes=[make_quote(report.text, amount.start, amount.end), make_quote(report.text, sentence.start_char, sentence.end_char)],
            equivalent_of=equivalent,
        ))
    return targets
