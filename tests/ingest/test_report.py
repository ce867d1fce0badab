import re

import pytest

from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.parse_numbers import find_amounts
from dialogue.ingest.report import Report
from dialogue.ingest.rules.meeting_mentions import ELLIPTIC, elliptic_matches

TEXTS = [
    "The ministers met in Astana on 3 May. The first was held in Bergen, the second took place in Oslo.",
    # "İ" lower-cases to two characters, "ı" and "ſ" match "i" and "s" only case-blind: the slow paths.
    "İstanbul hosted talks. The third, was held in Ankara; ITS 4th one met in Izmir.",
    "Its first was hosted by Kazakhstan. The ſecond was held in Bishkek, ıts third met online.",
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.standard()


@pytest.mark.parametrize("text", TEXTS)
def test_each_sentence_knows_its_lower_case_words(gazetteer, text):
    report = Report(text, None, gazetteer)
    assert report.sentences
    for sentence in report.sentences:
        assert sentence.words == frozenset(re.findall(r"[a-z]+", sentence.text.lower()))


@pytest.mark.parametrize("text", TEXTS)
def test_an_earlier_meeting_named_by_its_ordinal_alone_is_found_as_a_search_of_the_whole_text_finds_it(gazetteer, text):
    report = Report(text, None, gazetteer)
    assert [m.span() for m in elliptic_matches(report)] == [m.span() for m in ELLIPTIC.finditer(text)]
    assert elliptic_matches(report)


def test_a_sum_written_in_words_that_begin_with_another_number_is_found():
    amounts = find_amounts("Japan pledged seventeen billion US dollars and a loan of ninety million euros.")
    assert [(a.value, a.currency) for a in amounts] == [(17_000_000_000, "USD"), (90_000_000, "EUR")]


@pytest.mark.parametrize("text", TEXTS + ["The PARTICIPANTS and Delegations met. Nobody else came."])
def test_a_sentence_may_hold_a_word_wherever_a_case_blind_search_finds_it(gazetteer, text):
    report = Report(text, None, gazetteer)
    for sentence in report.sentences:
        for word in ("held", "its", "third", "participants", "delegation", "second", "nobody"):
            found = re.search(word, sentence.text, re.I) is not None
            assert report.may_hold(sentence, word) == found or report.blind is None and report.may_hold(sentence, word)


def test_a_text_whose_letters_lower_casing_moves_or_folds_has_no_blind_form(gazetteer):
    assert Report(TEXTS[0], None, gazetteer).blind == TEXTS[0].lower()
    assert Report(TEXTS[1], None, gazetteer).blind is None  # "İ"
    assert Report(TEXTS[2], None, gazetteer).blind is None  # "ſ", "ı"
