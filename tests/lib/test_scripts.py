"""Names in any script as one Latin spelling."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogue.lib.scripts import has_cyrillic, japanese_latin, latin, merged, readings


@pytest.mark.parametrize("cyrillic, expected", [
    ("Токаев", "Tokayev"), ("Тоқаев", "Tokayev"), ("Мирзиёев", "Mirziyoev"), ("Тілеуберді", "Tileuberdi"),
    ("Такаичи", "Takaichi"), ("Ҳасанов", "Khasanov"),
])
def test_cyrillic_of_every_member_is_read_in_the_latin_letters_news_use(cyrillic, expected):
    assert latin(cyrillic) == expected


def test_spellings_that_differ_by_convention_merge():
    assert merged("mirziyoyev") == merged(latin("Мирзиёев").lower()) == merged(latin("Мирзиеев").lower()) == "mirzieev"
    assert merged("zhaparov") == merged("japarov") and merged("tokayev") == merged("tokaev")


@pytest.mark.parametrize("polivanov, hepburn", [
    ("Такаити", "takaichi"), ("Такаичи", "takaichi"), ("Такэси Ивая", "takeshi iwaya"), ("Ёсимаса Хаяси", "yoshimasa hayashi"),
    ("Тосимицу Мотэги", "toshimitsu motegi"), ("Синдзо Абэ", "shinzo abe"), ("Рюдзи", "ryuji"),
])
def test_a_japanese_name_in_polivanov_cyrillic_reads_back_as_hepburn(polivanov, hepburn):
    assert japanese_latin(polivanov) == hepburn and hepburn in readings(polivanov)


def test_a_cyrillic_name_is_read_both_ways_and_a_latin_one_only_as_itself():
    assert readings("Такэси") == ["Takesi", "takeshi"] and readings("Takeshi") == ["Takeshi"]


@given(st.text(alphabet=st.characters(max_codepoint=0x024F), max_size=40))
def test_latin_text_is_left_as_it_is(text):
    assert not has_cyrillic(text) and latin(text) == text
