"""Shortcuts of the Russian rules that must find what the slower way found: an open quotation, a word's cases."""

import pytest

from dialogue.ingest.ru.morph import parses, sentences
from dialogue.ingest.ru.places import find_places
from dialogue.ingest.ru.proposers import _open_quote


def _walked(text: str, start: int, end: int) -> int | None:
    depth, opened = 0, None
    for at in range(start, end):
        if text[at] == "«":
            depth, opened = depth + 1, at if depth == 0 else opened
        elif text[at] == "»" and depth:
            depth -= 1
    return opened if depth else None


@pytest.mark.parametrize("text", ["Он сказал: «Мы предложим «Зелёный мост» и фонд", "»Текст« без пары", "Кавычек нет.", "«А» и «Б»", "«««"])
def test_an_open_quotation_is_found_where_a_walk_of_the_text_finds_it(text):
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert _open_quote(text, start, end) == _walked(text, start, end)


def test_a_words_cases_are_those_of_its_parses():
    for token in sentences("Министры Казахстана и Норвегии встретились в Осло.")[0].tokens:
        assert token.cases() == {p.tag.case for p in parses(token.text) if p.tag.case}


def test_a_country_adjective_written_small_is_a_place_and_other_small_words_are_not():
    places = find_places(sentences("Встреча казахстанской и узбекской сторон прошла в столице.")[0].tokens)
    assert [p.demonym for p in places] == [True, True] and all(p.city is None for p in places)
