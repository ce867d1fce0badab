"""People's names: when two spellings can be one person, and when a shared surname is not enough.

A father and son, or two ministers of one family, share a surname; only the given names tell them
apart, so a surname alone joins two names only when their given names agree or one gives none.
No Django here: extraction and resolution both use it.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from dialogue.lib.keys import fold

# Latin spellings of one Cyrillic name: Zhaparov ~ Japarov, Tokayev ~ Tokaev.
VARIANTS = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("yev", "ev"), ("yov", "ov"), ("ow", "ov"))
GIVEN_SCORE = 80


def _variant(word: str) -> str:
    for a, b in VARIANTS:
        word = word.replace(a, b)
    return word


def surname_key(name: str) -> str:
    """The last word of a name, folded, with transliteration variants merged (Zhaparov ~ Japarov)."""
    words = fold(name).split()
    return _variant(words[-1]) if words else ""


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
    words = fold(name).split()
    return _variant(words[0]) if len(words) > 1 else ""
