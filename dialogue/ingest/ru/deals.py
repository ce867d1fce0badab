"""Deals in a Russian report: a sum that agreements, contracts or a project are worth ("заключил 14 документов на
общую сумму $3,7 млрд", "стоимость проекта оценивается в 1,1 миллиарда долларов"), signed when the sentence says
they were signed or concluded, a pledge otherwise.

A batch of agreements with a sum is one deal with its count, not also a document (NOTES.md); sums a side sets out to
provide are targets (money.py) and trade figures ("товарооборот") are neither.
"""

from __future__ import annotations

import re

from dialogue.ingest.facts import DealFact, Quote
from dialogue.ingest.ru.money import AMOUNT, amount_of
from dialogue.ingest.ru.morph import Sentence
from dialogue.ingest.ru.places import Place

_NOUN = re.compile(r"(?i)\b(?:соглашени|договор|контракт|меморандум|документ|сделк|проект|кредит|за[её]м|инвестиционн)\w*")
_SIGNED = re.compile(r"(?i)\b(?:подпис|заключ)")
_TRADE = re.compile(r"(?i)(?<![-\w])(?:товарооборот\w*|объ[её]м\w* торговли|торгов\w+ оборот\w*|экспорт(?:а|у|ом|е)?|импорт(?:а|у|ом|е)?)\b")
_COUNT = re.compile(r"(?i)\b(?P<count>\d{1,3})\s+(?P<title>(?:[а-яё-]+\s+){0,4}?(?:соглашени|документ|договор|контракт|меморандум)\w*)")


def find_deals(text: str, sentence: Sentence, places: list[Place], partner: str | None) -> list[DealFact]:
    span = text[sentence.start : sentence.end]
    noun = _NOUN.search(span)
    if not noun or _TRADE.search(span):
        return []
    counted = _COUNT.search(span)
    parties = list(dict.fromkeys(p.code for p in places if not p.city))
    if len(parties) == 1 and partner and partner not in parties:
        parties.append(partner)  # "Казахстан заключил 14 документов" in a report of Kazakhstan and its partner
    found: list[DealFact] = []
    for match in AMOUNT.finditer(span):
        amount = amount_of(match)
        before = span[: match.start()]
        if amount is None or found and "(" in before[-12:]:  # "(около $19 млрд)" restates the sum before it
            continue
        title = counted.group("title") if counted else noun.group(0)
        found.append(DealFact(title=title, parties=parties, amount=amount[0], currency=amount[1],
                              count=int(counted.group("count")) if counted else None,
                              stage="signed" if _SIGNED.search(span) else "pledge",
                              quotes=[Quote(sentence.start, sentence.end, span)]))
    return found
