"""People's names: when two spellings can be one person, and when a shared surname is not enough.

A father and son, or two ministers of one family, share a surname; only the given names tell them
apart, so a surname alone joins two names only when their given names agree or one gives none.
No Django here: extraction and resolution both use it.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from dialogue.lib.keys import fold
from dialogue.lib.scripts import latin, merged

GIVEN_SCORE = 80


def name_key(name: str) -> str:
    """A name folded to lower-case Latin whatever its script: 'Тоқаев' and 'Tokayev' read alike."""
    return fold(latin(name))


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
