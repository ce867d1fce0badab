"""An extraction as review candidates: in the record's vocabulary, in the order accepting them should follow, and
pointing at each other by position so that accepting one brings what it stands on."""

from decimal import Decimal

import pytest

from dialogue.ingest.candidates import candidates_from
from dialogue.ingest.facts import (
    MINISTERIAL, AreaFact, ChairFact, DealFact, DocumentFact, Extraction, InitiativeFact, MeetingFact, NextMeetingFact,
    PersonFact, Quote, TargetFact,
)
from dialogue.ingest.payloads import payload_json, payload_of

REPORT = (
    "The 7th meeting of foreign ministers opened in a river port. Minister Aino Veld of the host country chaired it. "
    "The ministers proposed a Ferry Link Programme in transport. They set a goal of 2 billion euros over 4 years, "
    "about 2.2 billion dollars. A joint statement was adopted. A shipyard deal worth 300 million euros was signed. "
    "The next meeting will be held in a mountain town."
)


def _quote(words: str) -> Quote:
    start = REPORT.index(words)
    return Quote(start, start + len(words), words)


@pytest.fixture
def extraction() -> Extraction:
    main = MeetingFact(level=MINISTERIAL, ordinal=7, quotes=[_quote("The 7th meeting of foreign ministers")], city="Port Vela",
                       countries=["KZ", "JP"], participants=[PersonFact("Aino Veld", "Foreign Minister", "KZ", [_quote("Aino Veld")])])
    earlier = MeetingFact(level="summit", ordinal=1, quotes=[_quote("opened in a river port")], countries=["UZ"])
    return Extraction(
        format="Central Asia + Japan", partner="JP", meetings=[main, earlier],
        areas=[AreaFact("Transport", None, True, 1, [_quote("in transport")])],
        initiatives=[InitiativeFact("Ferry Link Programme", "KZ", [_quote("Ferry Link Programme")], areas=["Transport", "Fisheries"])],
        targets=[TargetFact(Decimal("2E+9"), "EUR", Decimal("4"), [_quote("2 billion euros over 4 years")], title="Trade goal"),
                 TargetFact(Decimal("2.2E+9"), "USD", None, [_quote("2.2 billion dollars")], equivalent_of=0)],
        documents=[DocumentFact("joint statement", "joint statement", None, "", [_quote("A joint statement")]),
                   DocumentFact("protocol of intent", "letter", 2, "at least", [_quote("was adopted")])],
        bilaterals=[],
        deals=[DealFact("Shipyard deal", ["KZ", "JP"], Decimal("300000000"), "EUR", None, "signed",
                        [_quote("300 million euros"), _quote("A shipyard deal")])],
        next_meeting=NextMeetingFact(None, "a mountain town", None, MINISTERIAL, [_quote("The next meeting")]),
        chairs=[ChairFact("KZ", "2026", [_quote("chaired it")])],
    )


def test_candidates_are_numbered_in_the_order_accepting_them_should_follow(extraction):
    candidates = candidates_from(extraction)
    assert [c.position for c in candidates] == list(range(len(candidates)))
    assert [c.kind for c in candidates] == ["meeting", "attendance", "meeting", "area", "initiative", "target", "target",
                                            "document", "document", "deal", "next meeting", "chair"]


def test_facts_of_the_report_point_at_its_main_meeting_and_only_the_main_meeting_has_countries(extraction):
    candidates = candidates_from(extraction)
    main, participant, earlier = candidates[0], candidates[1], candidates[2]
    assert (main.payload["level"], main.payload["ordinal"], main.payload["countries"]) == ("foreign ministers", 7, ["KZ", "JP"])
    assert earlier.payload["countries"] == []
    assert participant.payload["meeting"] == main.position
    pointers = [(c.kind, c.payload.get("meeting", c.payload.get("announced_at"))) for c in candidates[3:]]
    assert pointers == [("area", None), ("initiative", 0), ("target", 0), ("target", 0), ("document", 0), ("document", 0),
                        ("deal", 0), ("next meeting", 0), ("chair", 0)]


def test_a_converted_target_points_at_the_target_it_converts_and_areas_by_position(extraction):
    candidates = candidates_from(extraction)
    by_kind = {}
    for candidate in candidates:
        by_kind.setdefault(candidate.kind, []).append(candidate)
    euros, dollars = by_kind["target"]
    assert dollars.payload["equivalent_of"] == euros.position and euros.payload["equivalent_of"] is None
    # an area the report did not name as such ("Fisheries") is dropped rather than guessed
    assert by_kind["initiative"][0].payload["areas"] == [by_kind["area"][0].position]


def test_sums_are_decimal_text_and_document_kinds_are_the_records(extraction):
    candidates = candidates_from(extraction)
    euros = next(c for c in candidates if c.kind == "target")
    assert (euros.payload["amount"], euros.payload["period_years"], euros.payload["currency"]) == ("2000000000", "4", "EUR")
    statement, protocol = (c.payload for c in candidates if c.kind == "document")
    assert (statement["kind"], statement["count"], statement["qualifier"]) == ("joint statement", 1, "exactly")
    assert (protocol["kind"], protocol["count"], protocol["qualifier"]) == ("other", 2, "at least")
    deal = next(c for c in candidates if c.kind == "deal")
    assert deal.payload["amount"] == "300000000"


def test_each_candidate_keeps_its_quotes_and_a_deals_first_quote_is_its_value(extraction):
    candidates = candidates_from(extraction)
    for candidate in candidates:
        assert candidate.quotes and all(REPORT[q["start"]:q["end"]] == q["quote"] for q in candidate.quotes)
    deal = next(c for c in candidates if c.kind == "deal")
    assert [(q["quote"], q.get("field")) for q in deal.quotes] == [("300 million euros", "value"), ("A shipyard deal", None)]


def test_every_payload_reads_back_whole_as_its_kinds_typed_payload(extraction):
    for candidate in candidates_from(extraction):
        assert payload_json(payload_of(candidate.kind, candidate.payload)) == candidate.payload


def test_a_report_with_no_meeting_gives_facts_that_point_at_none(extraction):
    extraction.meetings = []
    candidates = candidates_from(extraction)
    assert "meeting" not in [c.kind for c in candidates]
    assert all(c.payload.get("meeting") is None for c in candidates)


def test_a_meeting_of_another_format_is_proposed_under_that_format_without_the_reports_aliases():
    other = MeetingFact(level="summit", ordinal=1, quotes=[Quote(0, 5, "Seven")], format="Germany-Central Asia", partner="DE")
    own = MeetingFact(level="summit", ordinal=2, quotes=[Quote(0, 5, "Seven")], main=True)
    extraction = Extraction(format="Central Asia plus Norway Dialogue", partner="NO", meetings=[own, other], initiatives=[], targets=[],
                            documents=[], bilaterals=[], next_meeting=None, chairs=[], format_aliases=["CANOR"])
    first, second = [payload_of(c.kind, c.payload) for c in candidates_from(extraction) if c.kind == "meeting"]
    assert (first.format_name, first.partner, first.format_aliases) == ("Central Asia plus Norway Dialogue", "NO", ["CANOR"])
    assert (second.format_name, second.partner, second.format_aliases) == ("Germany-Central Asia", "DE", [])
