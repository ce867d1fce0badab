"""Russian words: tokens with their lemmas and cases, from pymorphy3.

pymorphy3 (the maintained fork of pymorphy2) ships OpenCorpora's dictionary in the pymorphy3-dicts-ru
wheel, so nothing is downloaded. The analyser is built once per process and every word form's parses
are cached: a report repeats its words, and parsing is most of the cost of reading Russian.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

WORD = re.compile(r"[А-ЯЁа-яёA-Za-z0-9]+(?:[-‑][А-ЯЁа-яёA-Za-z0-9]+)*")
# A sentence ends at . ! ? or a line break, but not after an initial ("К. Токаев", "К.К.Токаев") or a town's "г."
# ("в г. Сиань"; a year's "2025 г." may end one).
_SENTENCE_END = re.compile(r"(?<![\s.][А-ЯЁA-Z]\.)(?<![^\d]\sг\.)(?<=[.!?…])\s+(?=[«\"А-ЯЁA-Z0-9])|\n+")


@cache
def analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=100_000)
def parses(word: str) -> tuple:
    """The parses of a word form, upper-case words ("ТОКАЕВА") read as capitalised ones."""
    return tuple(analyzer().parse(word.capitalize() if word.isupper() and len(word) > 3 else word))


@lru_cache(maxsize=100_000)
def known(word: str) -> bool:
    """Whether the dictionary has the word (lower-cased), not only the guesser."""
    return analyzer().word_is_known(word.lower())


@lru_cache(maxsize=100_000)
def lemma(word: str) -> str:
    return parses(word)[0].normal_form


@dataclass(frozen=True, slots=True)
class Token:
    """A word with its lemma and capitalisation read once: the rules ask for them many times over."""

    start: int
    end: int
    text: str
    lemma: str
    capitalised: bool

    def cases(self) -> set[str]:
        return set(_cases(self.text))


@lru_cache(maxsize=100_000)
def _cases(word: str) -> tuple[str, ...]:
    """A word form's cases in its parses' order (a set built from them iterates as one built from the parses): asked
    for many times a report, each time a walk of the parses' tags."""
    return tuple(p.tag.case for p in parses(word) if p.tag.case)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]
    lemmas: frozenset[str]


def sentences(text: str, start: int = 0) -> list[Sentence]:
    """The text cut into sentences of tokens, offsets into the whole text."""
    found, at = [], start
    for cut in [*_SENTENCE_END.finditer(text, start), None]:
        end = cut.start() if cut else len(text)
        tokens = tuple(Token(m.start(), m.end(), word, lemma(word), word[:1].isupper())
                       for m in WORD.finditer(text, at, end) for word in (m.group(),))
        if tokens:
            found.append(Sentence(tokens[0].start, end, tokens, frozenset(t.lemma for t in tokens)))
        at = cut.end() if cut else end
    return found


def inflect(word: str, case: str | None, grammemes: frozenset = frozenset({"nomn"}), gender: str | None = None) -> str:
    """A word put in the nominative (or other grammemes), from its parse in the given case; the word as written
    when no parse fits. Capitalisation follows the original, part by part ("Касым-Жомарта" -> "Касым-Жомарт")."""
    options = [p for p in parses(word) if case is None or p.tag.case == case]
    if gender:
        options = [p for p in options if p.tag.gender in (gender, None)] or options
    if case not in (None, "nomn"):  # a declinable reading first: "хаба" is "хаб" in the genitive, not a word that never changes
        options.sort(key=lambda p: p.normal_form == word.lower())
    if "sing" in grammemes:
        options.sort(key=lambda p: p.tag.number == "plur")
    for parse in options:
        if case == "nomn" and "sing" in grammemes and parse.tag.number == "sing":
            return _styled(parse.word, word)
        changed = parse.inflect(set(grammemes))
        if changed:
            return _styled(changed.word, word)
    return word


def _styled(new: str, like: str) -> str:
    if "ё" in new and "ё" not in like.lower():  # the writer's "е" stays: "Молодежный", not "Молодёжный"
        new = new.replace("ё", "е")
    if like.islower():
        return new
    if like.isupper() and len(like) <= 3:
        return new.upper()
    return "-".join(part[:1].upper() + part[1:] for part in new.split("-"))
