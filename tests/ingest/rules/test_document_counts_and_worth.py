"""Documents counted by a sentence's first word, and agreements whose worth stands after what they are on: sentences of
our own."""

import pytest


def _documents(read, text):
    return [(d.kind, d.count) for d in read(text).documents]


@pytest.mark.parametrize("text, count", [
    ("\"Twelve bilateral documents accounting for more than $2 billion were signed today,\" the ministry said.", 12),
    ("Seven joint documents were signed after the talks in Lima.", 7),
])
def test_a_count_opening_the_sentence_is_the_documents_count(read, text, count):
    found = _documents(read, text)
    assert [c for _, c in found] == [count], found
    assert all("accounting" not in kind and not kind[:1].isupper() for kind, _ in found), found


@pytest.mark.parametrize("text", [
    "In Peru, three memorandums of understanding (MoU) were signed for the building of a $900 million copper smelter.",
    "Chile and Kazakhstan signed a contract under which a Kazakh state firm will pay the Chilean side $4 billion for copper.",
])
def test_agreements_whose_worth_follows_what_they_are_on_are_deals_not_documents(read, text):
    assert _documents(read, text) == []


def test_a_memorandum_on_a_matter_with_no_sum_stays_a_document(read):
    assert _documents(read, "Two memorandums of understanding were signed on the building of a new school.") == [("memorandums", 2)]


@pytest.mark.parametrize("text, kind", [
    ("The ministerial talks in Oslo produced a comprehensive Oslo Declaration on the partnership.", "Oslo Declaration"),
    ("The summit resulted in a joint statement on water security.", "joint statement"),
])
def test_an_outcome_document_a_meeting_produced_is_adopted(read, text, kind):
    assert [k for k, _ in _documents(read, text)] == [kind]


def test_agreements_a_forum_produced_with_no_count_are_no_document(read):
    assert _documents(read, "The forum produced several new agreements to improve transport links.") == []
