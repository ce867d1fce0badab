"""The rules' shortcuts around costly searches (str.find before a pattern, the lower-cased text for a case-blind one)
find what the plain search finds, on texts of our own, the letters that case-folding treats apart included."""

import re

import pytest

from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.parse_numbers import _windows
from dialogue.ingest.report import Report
from dialogue.ingest.rules.bilaterals import _HEADLINE_VERB, _HEADLINE_WORDS
from dialogue.ingest.rules.bystanders import _standing_alone
from dialogue.ingest.rules.documents import _KIND, _KIND_FINDS
from dialogue.ingest.rules.deal_counts import DEAL_WORD as _DEAL_WORD, DEAL_WORD_BLIND as _DEAL_WORD_BLIND
from dialogue.ingest.rules.meeting_mentions import _LAST_MET, _says_last_met
from dialogue.ingest.rules.meeting_countries import _FIVE_TOGETHER, _says_five_together

TEXTS = [
    "The ministers last met in Dushanbe, and all five Central Asian leaders signed 12 Deals and two CONTRACTS.",
    "They previously convened online; the heads of the Central Asian states agreed half a billion in agreements.",
    "Leaders of Japan and Central Asia met. Xi'an and Trump-Xi are no mention of Xi, but Xi's visit is.",
    "İstanbul saw the C5 at last; ſigned agreementſ were 5 in number, and the ministers lastly met nobody.",
    "Nothing here: no meeting, no money, no names.",
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.standard()


@pytest.mark.parametrize("text", TEXTS)
def test_the_ministers_last_meeting_is_found_where_a_search_of_the_text_finds_it(text):
    assert _says_last_met(text.lower()) == bool(_LAST_MET.search(text.lower()))


@pytest.mark.parametrize("text", TEXTS)
def test_the_five_said_together_are_found_where_a_search_of_the_text_finds_them(text):
    assert _says_five_together(text.lower()) == bool(_FIVE_TOGETHER.search(text.lower()))


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("word", ["Xi", "met", "C5", "agreement"])
def test_a_word_of_a_name_standing_alone_is_found_where_the_pattern_finds_it(text, word):
    pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-]|['’](?!s\b))"
    assert [m.span() for m in _standing_alone(text, word)] == [m.span() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize("text", TEXTS)
def test_deal_nouns_are_found_at_the_same_places_in_the_lower_cased_text(gazetteer, text):
    report = Report(text, None, gazetteer)
    found = _DEAL_WORD.finditer(text) if report.blind is None else _DEAL_WORD_BLIND.finditer(report.blind)
    assert [m.span() for m in found] == [m.span() for m in _DEAL_WORD.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_stretches_searched_for_money_begin_at_every_figure_and_every_half(text):
    anchors = sorted({m.start() for m in re.finditer(r"\d+|\bhalf\b", text, re.I)})
    windows = _windows(text)
    assert all(any(start <= anchor < end for start, end in windows) for anchor in anchors)


HEADLINES = [
    "Seitkali, Fontes hold talks in Astana",
    "Nazirov and Brenner discuss energy\nDahl to meet-up with Fontes",
    "Ministers HOLD bilateral talks; İmeet and ſdiscuss stay apart from a meet_ing",
    "Leaders talk by phone ahead of the summit\nNothing to see here",
]


@pytest.mark.parametrize("text", HEADLINES + TEXTS)
def test_a_headline_verb_is_searched_for_in_every_sentence_holding_one_of_its_words(gazetteer, text):
    for sentence in Report(text, None, gazetteer).sentences:
        if _HEADLINE_VERB.search(sentence.text):
            assert not _HEADLINE_WORDS.isdisjoint(sentence.words), sentence.text


DOCUMENT_TEXTS = [
    "The sides adopted a Joint Action Plan and signed a MEMORANDUM of understanding on water.",
    "A final COMMUNIQUÉ was released; the Chair's Statement and a roadmap followed.",
    "They agreed on a Road Map. Nothing was signed. The papers were ready.",
    "İstanbul hosted talks; a ſtatement and a protocol were agreed, with no treaty.",
]


@pytest.mark.parametrize("text", DOCUMENT_TEXTS + TEXTS)
def test_a_document_kind_is_found_by_its_lower_case_form_wherever_the_kind_pattern_finds_one(gazetteer, text):
    report = Report(text, None, gazetteer)
    for sentence in report.sentences:
        found = bool(_KIND.search(sentence.text))
        if report.blind is not None:  # where lower-casing cannot tell, the rule searches with the pattern itself
            assert report.may_hold(sentence, *_KIND_FINDS) == found, sentence.text
