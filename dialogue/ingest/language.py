"""The language a report is written in, and whether extraction reads it.

lingua-language-detector (Peter M. Stahl, Apache 2.0) ships its n-gram models inside its wheel,
so nothing is downloaded; the trigram models of its low-accuracy mode load in a tenth of a second
and are plenty for a report of a few sentences. The candidate languages are those the region's
news is written in; a language outside them comes out as the nearest of them, which is still
"not English" and so never read as English.
"""

from __future__ import annotations

import re
from functools import cache

READ = frozenset({"en", "ru"})  # languages extraction reads; a report in another is stored and flagged
_SAMPLE = 1000  # the opening of a report says its language; reading more costs time (2 ms at 4,000), not accuracy


# Every ASCII character but the letters: deleted from a sample's ASCII bytes, the letters are what is left.
_NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|in|with|was|were|will|has|for)\b")


def _plainly_english(sample: str) -> bool:
    """Latin letters and the function words only English uses this often: no need to ask the detector (1-2 ms).
    The letters are counted without visiting each character in Python: ASCII letters are what is left of the sample's
    ASCII bytes without the rest, and only the few characters outside ASCII are asked whether they are letters."""
    ascii_letters = len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    other_letters = sum(ch.isalpha() for ch in _NON_ASCII.findall(sample))
    ascii_share = ascii_letters / (ascii_letters + other_letters)
    return ascii_share > 0.97 and len(_ENGLISH_WORDS.findall(sample)) * 200 >= len(sample.split()) * 20


@cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [Language.ENGLISH, Language.RUSSIAN, Language.KAZAKH, Language.UKRAINIAN, Language.TURKISH, Language.AZERBAIJANI,
                 Language.PERSIAN, Language.ARABIC, Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.GERMAN,
                 Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.HINDI, Language.MONGOLIAN]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def language_of(text: str) -> str:
    """ISO 639-1 code of the text's language ("en", "ru", "kk", "ja"); "und" when it has no words to tell by."""
    sample = text[:_SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return "und"
    if _plainly_english(sample):
        return "en"
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else "und"
