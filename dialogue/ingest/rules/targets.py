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
# Figures reached, and sums of the past ("has provided $3 billion since 1992", "over the past decade"): records, not goals.
# ("besides the already pledged $30 million": a pledge before, the new sum beside it is one too)
_STATISTIC_CUE = re.compile(r"\b(turnover|reached|amounted|grew|rose|exceeded|increased by|so far|already(?!\s+(?:pledged|promised|announced|committed)\b)|to date|"
                            r"since (?:\d{4}|independence|the \w+)|(?:over|in|during) the (?:past|last)|"
                            r"(?:has|have) (?:provided|invested|disbursed|implemented|delivered|financed)|was delivered|were delivered|"
                            r"(?:is|are) (?:currently |now )?implementing|(?:is|are) (?:currently |now |actively )?(?:engaged|involved) in|ongoing|(?:largest|biggest|leading|top) investor)\b", re.I)
# A level set out to be reached: "agreed to bring trade turnover to", "aim to double investment to" (the sum after "to";
# the figure it grows from is no goal).
_RAISED_TO = re.compile(r"\b(?:to|will|would|shall|aims? to|plans? to|intends? to|seeks? to|goal of|target of|agreed on|task of)\s+"
                        r"(?:\w+\s+){0,2}?(?:increas|rais|bring|boost|expand|doubl|tripl|lift)(?:e|es|ing)?\b[^.;]{0,100}?\bto\s+$", re.I)
_PERIOD = re.compile(r"\b(?:over|within|for|in)\s+(?:the\s+)?(?:next|coming)?\s*(?P<n>\w+(?:-\w+)?)\s+years\b|\b(?P<m>\w+)-year\b"
                     r"|\b(?:in\s+a|(?:over|within|in)\s+the\s+(?:next|coming))\s+(?P<decade>decade)\b", re.I)


_FINAL_MARKS = tuple(".!?…\"”’')]")  # a text ending in none of them stops mid-sentence


def is_target_sentence(text: str) -> bool:
    """A sentence that sets a money goal or package rather than reporting a figure reached."""
    return bool(_TARGET_CUE.search(text)) and not _STATISTIC_CUE.search(text)


def find_targets(report: Report, deals: list[DealFact], pledged: set[int]) -> list[TargetFact]:
    """Money goals and sums pledged as a whole; a sum a deal stands on ("a loan of EUR 2 billion"), its conversion in
    brackets, or the same sum said elsewhere in the report, is not one, and a sum said twice is one target."""
    taken = {deal.quotes[0].start for deal in deals}
    dealt = {(deal.amount, deal.currency) for deal in deals if deal.amount is not None}  # a headline's "$12 billion projects" is the deal's sum
    targets: list[TargetFact] = []
    end = len(report.text.rstrip())
    cut_off = not report.text.rstrip().endswith(_FINAL_MARKS)
    for amount in report.amounts:
        if cut_off and amount.end >= end:
            continue  # "committed €2.7" where the text stops: its scale ("billion") cut off with the rest
        sentence = report.sentence_of(amount.start)
        text = sentence.text
        converts = amount.equivalent_of.start if amount.equivalent_of is not None else None
        raised = (any(_RAISED_TO.search(text, 0, at - sentence.start_char) for at in (amount.start, converts) if at is not None)
                  and not re.search(r"\b(?:managed|succeeded|able) to\b|\blast year\b", text, re.I))  # a level reached is a record
        if amount.start in taken or converts in taken or (amount.value, amount.currency) in dealt or not (
                amount.start in pledged or converts in pledged or is_target_sentence(text) or raised):
            continue
        equivalent = None
        if converts is not None:
            equivalent = next((i for i, t in enumerate(targets) if t.quotes[0].start == converts), None)
        twin = next((t for t in targets if (t.amount, t.currency) == (amount.value, amount.currency)), None)
        if twin is not None:
            twin.quotes.append(make_quote(report.text, amount.start, amount.end))
            if twin.period_years is None and (period := _period(text, amount.end - sentence.start_char, after_only=True)):
                index = targets.index(twin)  # the period said with the sum the second time is its own and its conversion's
                for target in targets:
                    if target is twin or target.equivalent_of == index:
                        target.period_years = period
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


def _period(text: str, after: int, after_only: bool = False) -> Decimal | None:
    """The period a sum is set over: the first one stated after it ("$8 billion over four years, and $20
    billion in a decade"), else (unless `after_only`) any in its sentence."""
    for match in (_PERIOD.search(text, after), None if after_only else _PERIOD.search(text)):
        if match:
            return number_value(match.group("n") or match.group("m") or "") or (Decimal(10) if match.group("decade") else None)
    return None
