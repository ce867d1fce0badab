"""Deals in a Russian report: a sum that agreements, contracts, a loan or one project are worth ("заключил 14
документов на общую сумму $3,7 млрд", "стоимость моста оценивается в 2 миллиарда долларов"), signed when the
sentence says they were signed or concluded, a pledge otherwise.

A sum is a deal only when such a noun is tied to it ("на сумму", "стоимостью", "в размере") and the sentence, or
the one before it, names a side: a sum merely near an agreement ("в рамках соглашения товарооборот вырос до ...")
is a statistic. Projects and financing count only when signed or issued, so a portfolio ("реализуется 40 проектов
на сумму ...") is none. A batch of agreements with a sum is one deal with its count, not also a document
(NOTES.md); sums a side sets out to provide are targets (money.py) and trade figures ("товарооборот") are neither.
"""

from __future__ import annotations

import re

from dialogue.ingest.facts import DealFact, PersonFact, Quote
from dialogue.ingest.ru.money import AMOUNT, amount_of
from dialogue.ingest.ru.morph import Sentence
from dialogue.ingest.ru.places import Place

_STRONG = r"(?:инвест|межправ)?соглашени\w*|договор(?!ённост|енност)\w*|контракт\w*|меморандум\w*|сдел(?:к|ок)\w*|кредит\w*|за[её]м\w*|займ\w*"
_WEAK = r"проект\w*|финансировани\w*|документ\w*|договор[её]нност\w*|инвестици(?:я|и|й|ям|ями|ях|ю|ей)\b"  # the noun, not "инвестиционные соглашения"
_ABOUT = r"(?:около|более|свыше|почти|порядка|примерно|до|не менее|не более|приблизительно)"
# "<noun> [a few words] на (общую) сумму | стоимостью | в размере | объёмом <sum>"
_TIED = re.compile(rf"(?i)\b(?P<noun>{_STRONG}|{_WEAK})(?:\s+[^\s,;:.()]+){{0,8}}?,?\s+(?:на\s+(?:общую\s+)?сумму(?:\s+в)?|(?:общей\s+)?стоимостью|"
                   rf"в\s+(?:общем\s+)?размере|(?:общим\s+)?объ[её]мом)(?:\s+{_ABOUT})?\s*$"
                   rf"|\b(?P<strong>{_STRONG}|проект\w*|документ\w*)(?:\s+[^\s,;:.()]+){{0,3}}?\s+на(?:\s+{_ABOUT})?\s*$"  # "кредитное соглашение на 300 млн долларов"
                   rf"|\b(?P<between>{_STRONG})\s+(?:между|с)\s+(?:[^\s,;:.()]+\s+){{1,5}}?на(?:\s+{_ABOUT})?\s*$"  # "... между США и Казахстаном на $17 млрд"
                   rf"|\b(?P<valued>{_STRONG}|документ\w*)(?:\s+[^\s,;:.()]+){{0,3}}?\s+оцен\w+\s+в(?:\s+{_ABOUT})?\s*$")  # "соглашения оцениваются в"
# "стоимость проекта оценивается в <sum>", "общая сумма подписанных соглашений составила <sum>"
_WORTH = re.compile(rf"(?i)\b(?:стоимост|сумм|объ[её]м)\w*\s+(?:[^\s,;:.()]+\s+){{0,5}}?(?P<noun>{_STRONG}|проект[ао]?\b|документов|договор[её]нност\w*)"
                    rf"(?:,?\s+[^\s,;:.()]+){{0,8}}?,?\s+(?:оценива\w+(?:\s+в)?|составл\w+|состав\w+|превы\w+|достиг\w*)(?:\s+{_ABOUT})?\s*$")
# "на сумму 40 млрд крон (около $4 млрд)": the conversion is tied as the sum before it is.
_CONVERTED = re.compile(rf"\s*\d+(?:[.,]\d+)?\s*[а-яё]+\.?\s+[а-яё]+\.?\s*\((?:\s*{_ABOUT})?\s*$")
_SIGNED = re.compile(r"(?i)\b(?:подпис|заключ)")
# What makes a project or financing a deal: it was signed, agreed, issued ("банк выдал ... финансирование") or initiated, or
# new projects were discussed ("обсудили новые проекты на ..."; NOTES.md: a pledge).
_AGREED = re.compile(r"(?i)\b(?:подпис|заключ|договорил|достиг|согласова|одобр|выда[лнв]|заинтересованност\w*\s+в\s+финансир|"  # a lender's letter of interest
                     r"иницииров|обсудил\w*\s+(?:[а-яё]+\s+)?нов\w+\s+(?:[а-яё]+\s+)?проект)")
_TRADE = re.compile(r"(?i)(?<![-\w])(?:товарооборот\w*|объ[её]м\w* (?:взаимной )?торговли|торгов\w+ оборот\w*|экспорт(?:а|у|ом|е)?|"
                    r"импорт(?:а|у|ом|е)?|ВВП|резерв\w*|накопленн\w+|портфел\w+)\b")
# A total of years past is a record, not this meeting's deal: "за годы сотрудничества", "с 2017 года подписаны ...".
_PAST = re.compile(r"(?i)\b(?:за\s+(?:годы|последние|период|вс[её]\s+время)|с\s+(?:19|20)\d\d\s+года|с\s+момента)\b")
_SCALE = re.compile(r"(?i)тыс|млн|млрд|трлн|миллион|миллиард|триллион")  # no sum without one: most sentences end here
_COUNT = re.compile(r"(?i)\b(?P<count>\d{1,3})\s+(?P<title>(?:[а-яё-]+\s+){0,4}?(?:соглашени|документ|договор|контракт|меморандум|сдел(?:к|ок))\w*)")


def find_deals(text: str, sentence: Sentence, places: list[Place], partner: str | None,
               earlier: list[Place] = (), people: list[PersonFact] = ()) -> list[DealFact]:
    """The deals of one sentence; the sides are the countries it names and those of the people it names ("Мелони
    подписала ... с Казахстаном"), else the countries of the sentence before it."""
    span = text[sentence.start : sentence.end]
    if not _SCALE.search(span) or _PAST.search(span):
        return []
    places, earlier = _no_currency(text, places), _no_currency(text, earlier)
    surnames = {p.name.split()[-1].lower(): p.country for p in people if p.country}
    signers = [surnames[key] for t in sentence.tokens if (key := t.text.lower()) in surnames or (key := t.lemma) in surnames]
    parties = list(dict.fromkeys([*signers, *_capitals(text, sentence, places), *(p.code for p in places if not p.city)])) \
        or list(dict.fromkeys(p.code for p in earlier if not p.city))
    counted = _COUNT.search(span)
    if not parties and not _SIGNED.search(span):
        return []  # what was signed may name no side: "Было заключено 20 сделок на сумму $40 млрд"
    if len(parties) == 1 and partner and partner not in parties:
        parties.append(partner)  # "Казахстан заключил 14 документов" in a report of Kazakhstan and its partner
    elif len(parties) == 1:  # the partner's own bank or firm: the other side is the one the sentences before name
        parties += [p.code for p in sorted(earlier, key=lambda p: p.city is not None) if p.code != parties[0]][:1]  # or its city's
    found: list[DealFact] = []
    last = None  # the end of the sum last tied, and its noun: "на сумму 5 млрд долларов и 2 млрд евро" ties both
    for match in AMOUNT.finditer(span):
        amount = amount_of(match)
        before = span[: match.start()]
        if amount is None or found and "(" in before[-12:] or _TRADE.search(_clause_of(span, match)):
            continue  # "(около $19 млрд)" restates the sum before it; a trade figure is no deal
        clause = _CONVERTED.sub("", re.split(r"[;:]|\s[-–—]\s", before)[-1])
        worth = _WORTH.search(clause)  # the worth of agreements or of one project
        tied = worth or _TIED.search(clause)
        if tied is None and last and _AND.fullmatch(span, last[0], match.start()):
            noun = last[1]
        elif tied is None:
            continue
        else:
            noun = tied.group("noun") or tied.group("strong") or tied.group("between") or tied.group("valued")
        last = match.end(), noun
        if not worth and not re.match(_STRONG, noun, re.I) and not (counted or _AGREED.search(span)):
            continue
        title = counted.group("title") if counted else noun
        found.append(DealFact(title=title, parties=parties, amount=amount[0], currency=amount[1],
                              count=int(counted.group("count")) if counted else None,
                              stage="signed" if _SIGNED.search(span) else "pledge",
                              quotes=[Quote(sentence.start, sentence.end, span)]))
    return found


_BOUNDARY = re.compile(r"[;:]|,\s+(?:а|но|тогда как|при этом)\s")


def _clause_of(span: str, match: re.Match) -> str:
    """The clause a sum stands in: "подписали соглашения на $2 млрд; товарооборот вырос на 20%" has two."""
    start = max((b.end() for b in _BOUNDARY.finditer(span, 0, match.start())), default=0)
    end = next((b.start() for b in _BOUNDARY.finditer(span, match.end())), len(span))
    return span[start:end]


_AND = re.compile(rf"(?i)\s*(?:,|и)\s*(?:{_ABOUT}\s*)?")
_CURRENCY_BEFORE = re.compile(r"(?i)(?:доллар\w*|долл\.?)\s*$")


def _no_currency(text: str, places: list[Place]) -> list[Place]:
    """The places of a sentence but the "США" of "долларов США", a currency's name and not a side."""
    return [p for p in places if not _CURRENCY_BEFORE.search(text, max(0, p.start - 12), p.start)]


def _capitals(text: str, sentence: Sentence, places: list[Place]) -> list[str]:
    """The states of the cities that open a sentence of signing as its subject: "Токио и Ташкент подписали ..."."""
    cities, at = [], sentence.start
    for place in sorted((p for p in places if p.city), key=lambda p: p.start):
        if text[at : place.start].strip() not in ("", "и", ","):
            break
        cities.append(place.code)
        at = place.end
    return cities if cities and re.match(r"(?i)\s*(?:подпис|заключ)", text[at : at + 20]) else []
