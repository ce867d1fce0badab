"""Names in any script as one Latin spelling, so that Токаев, Тоқаев and Tokayev are one person's.

Cyrillic is transliterated by the scheme English-language news mostly follows (iuliia's "wikipedia":
ё -> yo, й -> y, х -> kh), after the letters Kazakh, Kyrgyz, Uzbek and Tajik add to Russian are taken
to their nearest Russian letter; then the Latin spellings that differ only by convention are merged
(Zhaparov ~ Japarov, Tokayev ~ Tokaev, Mirziyoyev ~ Mirziyoev). Japanese names are written in Russian by
Polivanov's system (Такэси, Такаити), which read back gives the Hepburn spelling English news uses (Takeshi,
Takaichi): `readings` offers both, and a name is one person's if any reading matches.
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
# Latin spellings of one Cyrillic name, longest first: Dzhaparov ~ Zhaparov ~ Japarov, Tokayev ~ Tokaev; ё is often
# printed as е, so Мирзиёев (Mirziyoev) ~ Мирзиеев (Mirziyeev) ~ Mirzieev.
VARIANTS = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("yev", "ev"), ("yov", "ov"), ("ow", "ov"), ("yo", "e"), ("ye", "e"))


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


# Polivanov's Cyrillic for Japanese read back as Hepburn: syllables first (longest first), then single letters.
_POLIVANOV_SYLLABLES = {
    "дзя": "ja", "дзю": "ju", "дзё": "jo", "дзи": "ji", "дз": "z", "ся": "sha", "сю": "shu", "сё": "sho", "си": "shi",
    "тя": "cha", "тю": "chu", "тё": "cho", "ти": "chi", "цу": "tsu", "ва": "wa",
}
_POLIVANOV_LETTERS = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "yo", "j", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts",
     "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))
_POLIVANOV = re.compile("|".join(sorted(_POLIVANOV_SYLLABLES, key=len, reverse=True)) + "|[а-яё]")


def japanese_latin(text: str) -> str:
    """Cyrillic read as Polivanov's Japanese, lower-cased: 'Такэси Ивая' -> 'takeshi iwaya', 'Такаити' -> 'takaichi'."""
    return _POLIVANOV.sub(lambda m: _POLIVANOV_SYLLABLES.get(m[0]) or _POLIVANOV_LETTERS[m[0]], text.lower())


def readings(text: str) -> list[str]:
    """Every Latin spelling the text can stand for: itself, or a Cyrillic text's transliteration and its Japanese reading."""
    return list(dict.fromkeys([latin(text), japanese_latin(text)])) if has_cyrillic(text) else [text]
