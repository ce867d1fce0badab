"""The format's chairmanship passing to a country: "председательство в формате переходит к Казахстану", "Кыргызстан
примет председательство", "передал председательство таджикской стороне".

Chairing one meeting ("под председательством министра ...") is not the format's chair (REVIEW-LOG), so a sentence
whose only word of chairing follows "под" gives none.
"""

from __future__ import annotations

import re

from dialogue.ingest.facts import ChairFact, Quote
from dialogue.ingest.ru.morph import Sentence
from dialogue.ingest.ru.places import Place

CHAIRING = {"председательство", "председательствующий"}
# Passing ("переходит к", "передал") names the new chair after the word; taking ("примет", "возглавит") before it
# or after it ("председательствующей страной станет Кыргызстан").
PASSING = {"перейти", "переходить", "передать", "передавать", "передача", "переход", "эстафета"}
TAKING = {"принять", "принимать", "взять", "возглавить", "стать", "становиться", "получить", "заступить"}
_YEAR = re.compile(r"\b[св]\s+(20\d\d)\s+год")  # "с 2027 года", "в 2027 году"
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def find_chairs(text: str, sentence: Sentence, places: list[Place]) -> list[ChairFact]:
    tokens = sentence.tokens
    word = next((t for n, t in enumerate(tokens) if t.lemma in CHAIRING and not (n and tokens[n - 1].text.lower() == "под")), None)
    lemmas = sentence.lemmas
    if word is None or not lemmas & (PASSING | TAKING):
        return []
    named = [m.span() for m in _QUOTED.finditer(text, sentence.start, sentence.end)]  # a format's name is no chair
    countries = [p for p in places if not p.city and not any(start <= p.start < end for start, end in named)]
    after = [p for p in countries if p.start > word.end]
    before = [p for p in countries if p.end < word.start]
    chosen = after[:1] if lemmas & PASSING else (before[-1:] or after[:1])
    if not chosen:
        return []
    year = _YEAR.search(text, sentence.start, sentence.end)
    return [ChairFact(country=chosen[0].code, start=year.group(1) if year else None,
                      quotes=[Quote(sentence.start, sentence.end, text[sentence.start : sentence.end])])]
