import re

import pytest

from dialogue.ingest.language import _ENGLISH_WORDS, _plainly_english, language_of

SAMPLES = ["The ministers met in Astana and decided their next meeting would take place in 2027.",
           "Министры встретились в Астане и договорились провести следующую встречу в 2027 году.",
           "The ministers of Türkiye and Azərbaycan met in İstanbul and agreed to meet again in Bakı.",
           "Tōkyō, 5 Dec. — ſome words, 12 numbers & symbols: €, ı, İ, ß, and the end of it."]


def _by_letters(sample: str) -> bool:
    """The test as a pattern of ASCII letters and a look at every other character would make it."""
    ascii_letters = len(re.findall(r"[A-Za-z]", sample))
    other = sum(ch.isalpha() and not ch.isascii() for ch in sample)
    return ascii_letters / (ascii_letters + other) > 0.97 and len(_ENGLISH_WORDS.findall(sample)) * 200 >= len(sample.split()) * 20


@pytest.mark.parametrize("sample", SAMPLES)
def test_a_sample_is_plainly_english_as_counting_its_letters_one_by_one_says(sample):
    assert _plainly_english(sample) == _by_letters(sample)


def test_a_plainly_english_report_is_english_and_a_russian_one_russian():
    assert language_of(SAMPLES[0] * 3) == "en"
    assert language_of(SAMPLES[1] * 3) == "ru"
