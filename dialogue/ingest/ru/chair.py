"""The format's chairmanship passing to a country: "председательство в формате переходит к Казахстану", "Кыргызстан
примет председательство", "передал председательство таджикской стороне".

Chairing one meeting ("под председательством министра ...") is not the format's chair (REVIEW-LOG), so a sentence
whose only word of chairing follows "под" gives none.
"""

from __future__ import annotations

import re

from dialogue.ingest.facts import ChairFact, Quote
from dialogue.ingest.ru.morph import Sentence, parses
from dialogue.ingest.ru.places import Place

CHAIRING = {"председательство", "председательствующий"}
# Passing ("переходит к", "передал") names the new chair after the word; taking ("примет", "возглавит") before it
# or after it ("председательствующей страной станет Кыргызстан").
PASSING = {"перейти", "переходить", "передать", "передавать", "передача", "переход", "эстафета"}
TAKING = {"принять", "принимать", "взять", "возглавить", "стать", "становиться", "получить", "заступить"}
_YEAR = re.compile(r"\b[СсВв]\s+(20\d\d)\s+год")  # "с 2027 года", "В 2027 году" opening the sentence
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def find_chairs(text: str, sentence: Sentence, places: list[Place]) -> list[ChairFact]:
    tokens = sentence.tokens
    word = next((t for n, t in enumerate(tokens) if (t.lemma in CHAIRING or _chairing_side(tokens, n))
                 and not (n and tokens[n - 1].text.lower() == "под")), None)
    lemmas = sentence.lemmas
    if word is None or not lemmas & (PASSING | TAKING):
        return []
    named = [m.span() for m in _QUOTED.finditer(text, sentence.start, sentence.end)]  # a format's name is no chair
    countries = [p for p in places if not p.city and not any(start <= p.start < end for start, end in named)]
    # "Председательство Кыргызстана ... перешло к ...": the country right after the word is the one that held it
    holder = [p for p in countries if not text[word.end : p.start].strip() and _genitive(text[p.start : p.end].split()[-1])]
    after = [p for p in countries if p.start > word.end and (p not in holder or len(countries) == 1)]
    before = [p for p in countries if p.end < word.start]
    chosen = after[:1] if lemmas & PASSING else (before[-1:] or after[:1])
    if not chosen:
        return []
    year = _YEAR.search(text, sentence.start, sentence.end)
    return [ChairFact(country=chosen[0].code, start=year.group(1) if year else None,
                      quotes=[Quote(sentence.start, sentence.end, text[sentence.start : sentence.end])])]


def _chairing_side(tokens: tuple, n: int) -> bool:
    """"председательствующей стороной станет ...": the dictionary reads the participle as its verb's form."""
    return tokens[n].lemma == "председательствовать" and n + 1 < len(tokens) and tokens[n + 1].lemma in ("сторона", "страна", "государство")


def _genitive(word: str) -> bool:
    """"Кыргызстана", not "Кыргызстану": the owner of the chair, not its recipient."""
    cases = {p.tag.case for p in parses(word)}
    return "gent" in cases and "datv" not in cases
