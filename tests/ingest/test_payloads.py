"""Typed candidate payloads: what extraction proposes reads back as its kind's class, and nothing else."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogue.ingest.candidates import candidates_from
from dialogue.ingest.extract import extract
from dialogue.ingest.payloads import PAYLOADS, DealPayload, MeetingPayload, payload_of, value_from_text

REPORT = ("The first Central Asia plus Norway Summit was held in Oslo on Tuesday. Norwegian Prime Minister Ola Berg "
          "held talks with Kazakh President Aibek Toktomatov. Norwegian and Kazakh firms signed 12 agreements worth $300 million. "
          "The leaders adopted the Oslo Declaration. The next summit will be held in Astana in 2028.")


def test_every_candidate_reads_back_as_its_kinds_payload(gazetteer):
    candidates = candidates_from(extract(REPORT, gazetteer=gazetteer))
    assert {c.kind for c in candidates} >= {"meeting", "attendance", "deal", "document", "bilateral", "next meeting"}
    for candidate in candidates:
        assert type(candidate.typed) is PAYLOADS[candidate.kind]
    deal = next(c.typed for c in candidates if c.kind == "deal")
    assert deal == DealPayload(format_name=deal.format_name, partner="NO", title="agreements", parties=deal.parties, amount="300000000",
                               currency="USD", count=12, stage="signed", meeting=0)


def test_a_field_the_kind_does_not_have_is_refused():
    with pytest.raises(ValueError, match="a meeting has no field venue"):
        payload_of("meeting", {"level": "summit", "venue": "Oslo"})
    assert payload_of("meeting", {"level": "summit"}) == MeetingPayload(level="summit")


@given(st.integers(-10**9, 10**9))
def test_a_whole_number_typed_in_a_form_reads_back(number):
    assert value_from_text("meeting", "ordinal", f" {number} ") == number


@given(st.lists(st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=8), max_size=6))
def test_a_list_typed_as_comma_separated_items_or_json_reads_back(items):
    assert value_from_text("meeting", "countries", ", ".join(items)) == items
    assert value_from_text("meeting", "countries", json.dumps(items)) == items


@pytest.mark.parametrize("field, text, message", [
    ("ordinal", "ninth", "is not a whole number or nothing"),
    ("online", "perhaps", "is not yes or no"),
])
def test_a_value_that_does_not_fit_its_field_is_refused_in_words(field, text, message):
    with pytest.raises(ValueError, match=message):
        value_from_text("meeting", field, text)


def test_an_empty_box_is_nothing_where_the_field_may_be_empty_and_text_where_it_is_text():
    assert value_from_text("meeting", "ordinal", "") is None
    assert value_from_text("meeting", "city", "") == ""


def test_a_payload_whose_value_is_not_of_its_fields_type_is_refused():
    with pytest.raises(ValueError, match='areas: \\["Green"\\] is not a list of whole numbers'):
        payload_of("initiative", {"title": "Water Council", "areas": ["Green"]})
