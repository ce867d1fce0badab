"""Names in any script as one Latin spelling."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogue.lib.scripts import has_cyrillic, latin, merged


@pytest.mark.parametrize("cyrillic, expected", [
    ("Токаев", "Tokayev"), ("Тоқаев", "Tokayev"), ("Мирзиёев", "Mirziyoev"), ("Тілеуберді", "Tileuberdi"),
    ("Такаичи", "Takaichi"), ("Ҳасанов", "Khasanov"),
])
def test_cyrillic_of_every_member_is_read_in_the_latin_letters_news_use(cyrillic, expected):
    assert latin(cyrillic) == expected


def test_spellings_that_differ_by_convention_merge():
    assert merged("mirziyoyev") == merged(latin("Мирзиёев").lower()) == "mirziyoev"
    assert merged("zhaparov") == merged("japarov") and merged("tokayev") == merged("tokaev")


@given(st.text(alphabet=st.characters(max_codepoint=0x024F), max_size=40))
def test_latin_text_is_left_as_it_is(text):
    assert not has_cyrillic(text) and latin(text) == text
