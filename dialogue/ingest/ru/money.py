"""Money targets in a Russian report: a sum one side sets out to provide or mobilise for the region ("предоставит
региону 8 млрд крон ($0,8 млрд)"), with the bracketed conversion as a second target of the
same period (ANNOTATION.md). A sum of agreements signed is a deal, not a target, and is left to a later rule.
"""

from __future__ import annotations

import re
from decimal import Decimal

from dialogue.ingest.facts import Quote, TargetFact
from dialogue.ingest.ru.morph import Sentence

_SCALE = {"тыс": 10**3, "млн": 10**6, "миллион": 10**6, "млрд": 10**9, "миллиард": 10**9, "трлн": 10**12, "триллион": 10**12}
_CURRENCY = {"доллар": "USD", "долл": "USD", "$": "USD", "юан": "CNY", "иен": "JPY", "йен": "JPY", "евро": "EUR", "€": "EUR",
             "рубл": "RUB", "вон": "KRW", "тенге": "KZT", "фунт": "GBP"}
_CUR = r"(?:доллар\w*|долл\.?|юан\w*|[ий]ен[аы]?|евро|рубл\w*|вон|тенге|фунт\w*)"
AMOUNT = re.compile(
    rf"(?P<sign>[$€])?\s?(?P<number>\d+(?:[.,]\d+)?)\s*"
    rf"(?P<scale>тыс|млн|млрд|трлн|миллион\w*|миллиард\w*|триллион\w*)\.?\s*(?P<currency>{_CUR})?",
    re.IGNORECASE)
_INVESTS = r"инвестирует|инвестировать|вложит|вложить|довести|доведет|доведёт"  # "намерена довести инвестиции до ..."
_PROVIDES = re.compile(rf"(?i)\b(?:предостав|выдел|грант|безвозмезд|финансов\w* поддерж|привлеч|мобилиз|на сумму|пакет|обязательств|{_INVESTS})")
# What makes a sum a goal even beside a project or a loan: "выделит", "предоставит", "грант".
GOAL = re.compile(rf"(?i)\b(?:предостав|выдел|грант|безвозмезд|привлеч|мобилиз|пакет|обязательств|{_INVESTS})")
_SIGNED = re.compile(r"(?i)\b(?:заключ|подписа|соглашени|контракт|товарооборот|торгов)")
# A loan to one country is a deal (ANNOTATION.md); only financing for the region ("странам региона") is a target.
_LOAN = re.compile(r"(?i)\b(?:кредит|за[её]м|займ)")
_REGION = re.compile(r"(?i)\b(?:стран|регион|государств|Центральн\w+\s+Ази)")
_WORDS = {"двух": 2, "два": 2, "трех": 3, "трёх": 3, "три": 3, "четырех": 4, "четырёх": 4, "четыре": 4, "пяти": 5, "пять": 5,
          "семи": 7, "семь": 7, "десяти": 10, "десять": 10}
_PERIOD = re.compile(r"(?i)(?:в течение|на период|за|сроком на|на|в|на протяжении)\s+(?:ближайши[ех]\s+|следующи[ех]\s+|предстоящи[ех]\s+)?"
                     rf"(?:(?P<years>\d{{1,2}}|{'|'.join(_WORDS)})\s+(?:лет|года?)\b|(?P<decade>десятилети[еяю]\b))"
                     r"|(?:на период|на|в)\s+(?:с\s+)?(?P<from>20\d\d)\s*(?:[-–]|по)\s*(?P<to>20\d\d)\s*(?:гг|годы|год|г\.|$|[\s,.;)])")


def amount_of(match: re.Match) -> tuple[Decimal, str] | None:
    currency = match.group("sign") or match.group("currency")
    if not currency:
        return None
    code = next(c for stem, c in _CURRENCY.items() if currency.lower().startswith(stem))
    scale = next(v for stem, v in _SCALE.items() if match.group("scale").lower().startswith(stem))
    return Decimal(match.group("number").replace(",", ".")) * scale, code


def find_targets(text: str, sentence: Sentence) -> list[TargetFact]:
    span = text[sentence.start : sentence.end]
    if not _PROVIDES.search(span) or _SIGNED.search(span) or _LOAN.search(span) and not _REGION.search(span):
        return []
    periods = list(_PERIOD.finditer(span))
    sums = [m for m in AMOUNT.finditer(span) if amount_of(m)]
    # A period told right after a sum, before the next one, is that sum's alone ("35 млрд в ближайшие годы и 100 млрд в течение
    # десятилетия"); else the sentence's one period is every sum's ("В течение пяти лет ... выделит 2 млрд ... и 1 млрд ...").
    own = {m.start(): next((_years(p) for p in periods if m.end() <= p.start() < (nxt.start() if nxt else len(span))), None)
           for m, nxt in zip(sums, [*sums[1:], None])}
    shared = None if any(v is not None for v in own.values()) else (_years(periods[0]) if periods else None)
    found: list[TargetFact] = []
    previous_end = 0
    for match in sums:
        amount = amount_of(match)
        years = own[match.start()] if shared is None else shared
        start = sentence.start + match.start()
        between, previous_end = span[previous_end : match.start()], match.end()
        bracketed = "(" in between and ")" not in between.rsplit("(", 1)[1]  # "4 млрд иен (примерно $27 млн)"
        if bracketed and found:
            years = found[-1].period_years  # a conversion is of its sum's period
        found.append(TargetFact(amount=amount[0], currency=amount[1], period_years=years,
                                quotes=[Quote(start, sentence.start + match.end(), match.group(0))],
                                equivalent_of=len(found) - 1 if bracketed and found else None))
    return found


def _years(period: re.Match) -> Decimal:
    if period.group("decade"):
        return Decimal(10)
    if period.group("from"):
        return Decimal(int(period.group("to")) - int(period.group("from")) + 1)
    return Decimal(_WORDS.get(period.group("years").lower()) or period.group("years"))
