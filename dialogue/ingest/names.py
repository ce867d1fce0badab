"""People's names: when two spellings can be one person, and when a shared surname is not enough.

A father and son, or two ministers of one family, share a surname; only the given names tell them
apart, so a surname alone joins two names only when their given names agree or one gives none.
No Django here: extraction and resolution both use it.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from dialogue.lib.keys import fold
from dialogue.lib.scripts import latin, merged, readings

GIVEN_SCORE = 80
VOWELS = frozenset("aeiouy")


def name_key(name: str) -> str:
    """A name folded to lower-case Latin whatever its script: 'Тоқаев' and 'Tokayev' read alike."""
    return fold(latin(name))


def name_keys(name: str) -> list[str]:
    """Every folded Latin reading of a name: a Cyrillic name also as Polivanov's Japanese ('Такэси' -> 'takeshi')."""
    return list(dict.fromkeys(fold(reading) for reading in readings(name)))


def surnames_agree(a: str, b: str) -> bool:
    """Whether two surname keys are one surname: the same, or one writes a vowel inside the word that the other
    drops, as Russian 'Тлеуберди' does Kazakh 'Tileuberdi'; a vowel added at the end (Ivanov, Ivanova) is another name."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(
        long[i] in VOWELS and long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))


def surname_key(name: str) -> str:
    """The last word of a name, in Latin, with transliteration variants merged (Zhaparov ~ Japarov)."""
    words = name_key(name).split()
    return merged(words[-1]) if words else ""


def given_names_agree(a: str, b: str) -> bool:
    """Whether two names' given names can be one person's: either gives none ("Tokaev"), one is the other's
    initial ("K. Tokaev"), or the first given names are spellings of one name (Kassym ~ Kasym)."""
    first_a, first_b = _first_given(a), _first_given(b)
    if not first_a or not first_b:
        return True
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return fuzz.ratio(first_a, first_b) >= GIVEN_SCORE


def _first_given(name: str) -> str:
    words = name_key(name).split()
    return merged(words[0]) if len(words) > 1 else ""
