"""The spaCy pipeline: entities of the gazetteer and post titles, none of them in another's words."""

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.nlp import TITLE, TOKENS, parse

GAZETTEER = Gazetteer.standard()


def test_a_title_word_inside_a_place_name_is_no_title_and_breaks_nothing():
    doc = parse(GAZETTEER, "The envoys ended their talks in Kazakhstan, Nur-Sultan.")
    assert [e.text for e in doc.ents if e.label_ == TITLE] == []
    assert "Nur-Sultan" in [e.text for e in doc.ents]


def test_a_double_hyphen_typed_for_a_dash_does_not_hide_the_country_before_it():
    doc = parse(GAZETTEER, "He met the presidents-- Olim Rashidov of Uzbekistan-- for talks on water.")
    assert "Uzbekistan" in [e.text for e in doc.ents]
    assert "presidents" in [t.text for t in doc]


WORDS = ["Nur-Sultan", "Sultan", "Minister", "Foreign", "Prime", "Kazakhstan", "Japan", "Tokyo", "of", "the", "Deputy",
         "President", ",", ".", "Affairs", "Astana", "Emir", "King", "met", "\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25))
def test_any_run_of_names_titles_and_places_parses_and_keeps_its_text(words):
    text = " ".join(words)
    doc = parse(GAZETTEER, text)
    assert doc.text == text
    spans = sorted((e.start, e.end) for e in doc.ents)
    assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:]))  # no entity inside another


SENTENCE_WORDS = ["Talks", "ended", ".", "!", "?", '"', ")", "\n", "\n\n", " \n", "  ", "-", "Tokyo", "in", "Japan"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_WORDS), max_size=30))
def test_the_token_columns_read_once_agree_with_the_tokens_and_their_sentences(words):
    doc = parse(GAZETTEER, " ".join(words))
    tokens = doc.user_data[TOKENS]
    assert tokens.starts == [t.idx for t in doc]
    assert tokens.lengths == [len(t) for t in doc]
    assert tokens.lowers == [t.lower for t in doc]
    assert tokens.spaced == [int(bool(t.whitespace_)) for t in doc]
    assert tokens.sentence_starts == [s.start for s in doc.sents]
