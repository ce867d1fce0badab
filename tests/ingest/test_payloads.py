"""Typed candidate payloads: what extraction proposes reads back as its kind's class, and nothing else."""

import pytest

from dialogue.ingest.candidates import candidates_from
from dialogue.ingest.extract import extract
from dialogue.ingest.payloads import PAYLOADS, DealPayload, MeetingPayload, payload_fields, payload_of

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


def test_a_kinds_fields_come_in_order_with_their_types_and_what_an_empty_box_means():
    fields = {spec.name: spec for spec in payload_fields("meeting")}
    assert list(fields)[:4] == ["format_name", "partner", "format", "format_aliases"]
    assert fields["ordinal"].optional and fields["ordinal"].default is None
    assert not fields["city"].optional and fields["city"].default == ""
    assert fields["countries"].default == [] and fields["countries"].hint == list[str]


def test_a_payload_whose_value_is_not_of_its_fields_type_is_refused():
    with pytest.raises(ValueError, match='areas: \\["Green"\\] is not a list of whole numbers'):
        payload_of("initiative", {"title": "Water Council", "areas": ["Green"]})
