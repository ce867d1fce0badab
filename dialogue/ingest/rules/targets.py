"""Money targets: a joint goal over a period."""

from __future__ import annotations

import re
from decimal import Decimal

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
_PERIOD = re.compile(r"\b(?:over|within|for|in)\s+(?:the\s+)?(?:next|coming)?\s*(?P<n>\w+(?:-\w+)?)\s+years\b|\b(?P<m>\w+)-year\b|\bin\s+a\s+(?P<decade>decade)\b", re.I)


def is_target_sentence(text: str) -> bool:
    """A sentence that sets a money goal or package rather than reporting a figure reached."""
    return bool(_TARGET_CUE.search(text)) and not _STATISTIC_CUE.search(text)


def find_targets(report: Report, deals: list[DealFact], pledged: set[int]) -> list[TargetFact]:
    """Money goals and sums pledged as a whole; a sum a deal stands on ("a loan of EUR 2 billion"), its conversion in
    brackets, or the same sum said elsewhere in the report, is not one, and a sum said twice is one target."""
    taken = {deal.quotes[0].start for deal in deals}
    dealt = {(deal.amount, deal.currency) for deal in deals if deal.amount is not None}  # a headline's "$12 billion projects" is the deal's sum
    targets: list[TargetFact] = []
    for amount in report.amounts:
        sentence = report.sentence_of(amount.start)
        text = sentence.text
        converts = amount.equivalent_of.start if amount.equivalent_of is not None else None
        if amount.start in taken or converts in taken or (amount.value, amount.currency) in dealt or not (amount.start in pledged or converts in pledged or is_target_sentence(text)):
            continue
        equivalent = None
        if converts is not None:
            equivalent = next((i for i, t in enumerate(targets) if t.quotes[0].start == converts), None)
        twin = next((t for t in targets if (t.amount, t.currency) == (amount.value, amount.currency)), None)
        if twin is not None:
            twin.quotes.append(make_quote(report.text, amount.start, amount.end))
            continue
        title_match = re.search(r"\bin\s+((?:[\w-]+\s+){0,3}(?:projects|investments?|deals|trade|business|financing|grants|loans)\b)",
                                report.text[amount.end : amount.end + 60])
        targets.append(TargetFact(
            amount=amount.value, currency=amount.currency, period_years=_period(text, amount.end - sentence.start_char),
            title=title_match.group(1) if title_match else "",
            quotes=[make_quote(report.text, amount.start, amount.end), make_quote(report.text, sentence.start_char, sentence.end_char)],
            equivalent_of=equivalent,
        ))
    return targets


def _period(text: str, after: int) -> Decimal | None:
    """The period a sum is set over: the first one stated after it ("$8 billion over four years, and $20
    billion in a decade"), else any in its sentence."""
    for match in (_PERIOD.search(text, after), _PERIOD.search(text)):
        if match:
            return number_value(match.group("n") or match.group("m") or "") or (Decimal(10) if match.group("decade") else None)
    return None
