"""Names in any script as one Latin spelling, so that Токаев, Тоқаев and Tokayev are one person's.

Cyrillic is transliterated by the scheme English-language news mostly follows (iuliia's "wikipedia":
ё -> yo, й -> y, х -> kh), after the letters Kazakh, Kyrgyz, Uzbek and Tajik add to Russian are taken
to their nearest Russian letter; then the Latin spellings that differ only by convention are merged
(Zhaparov ~ Japarov, Tokayev ~ Tokaev, Mirziyoyev ~ Mirziyoev).
"""

from __future__ import annotations

import re

import iuliia

_NEAREST = str.maketrans({
    "қ": "к", "Қ": "К", "ғ": "г", "Ғ": "Г", "ң": "н", "Ң": "Н", "ә": "а", "Ә": "А", "ө": "о", "Ө": "О", "ү": "у", "Ү": "У",
    "ұ": "у", "Ұ": "У", "і": "и", "І": "И", "һ": "х", "Һ": "Х", "ў": "у", "Ў": "У", "ҳ": "х", "Ҳ": "Х", "ҷ": "дж", "Ҷ": "Дж",
    "ӣ": "и", "Ӣ": "И", "ӯ": "у", "Ӯ": "У",
})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Latin spellings of one Cyrillic name, longest first: Dzhaparov ~ Zhaparov ~ Japarov, Tokayev ~ Tokaev.
VARIANTS = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("yev", "ev"), ("yov", "ov"), ("ow", "ov"))


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def latin(text: str) -> str:
    """The text with its Cyrillic transliterated; Latin text is returned as it is."""
    return iuliia.WIKIPEDIA.translate(text.translate(_NEAREST)) if has_cyrillic(text) else text


def merged(word: str) -> str:
    """A lower-case Latin word with the spellings conventions differ on merged: 'tokayev' -> 'tokaev'."""
    for a, b in VARIANTS:
        word = word.replace(a, b)
    return word
