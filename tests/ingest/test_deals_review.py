"""Deals from news through review into the record: one deal across reports, a different sum a conflict."""

from decimal import Decimal

import pytest

from dialogue.access.models import Role
from dialogue.access.permissions import Actor
from dialogue.ingest.models import Candidate
from dialogue.ingest.readers import RawReport
from dialogue.ingest.review import ReviewError, candidate_accept, source_accept_all
from dialogue.ingest.selectors import gazetteer_from_record
from dialogue.ingest.services import report_ingest
from dialogue.record.integrity import ERROR, record_problems
from dialogue.record.models import Deal, Meeting

REVIEWER = Actor(name="reviewer", role=Role.REVIEWER)


def _report(stem: str, text: str, published: str = "2026-04-02") -> RawReport:
    return RawReport(origin=f"{stem}.txt", stem=stem, publisher="Test Wire", published=published, text=text)


FORUM = ("The first Central Asia plus Norway Summit was held in Oslo on Tuesday. "
         "Norwegian and Kazakh companies signed 12 agreements worth $300 million at the summit.")


@pytest.fixture
def gazetteer(db):
    return gazetteer_from_record()


def _deal_candidate(report: RawReport, gazetteer) -> Candidate:
    source_key = report_ingest(report, gazetteer=gazetteer).source_key
    return Candidate.objects.get(source__key=source_key, kind=Candidate.Kind.DEAL)


def test_an_accepted_deal_is_a_deal_in_the_record_with_its_parties_sum_and_evidence(gazetteer):
    candidate = _deal_candidate(_report("forum", FORUM), gazetteer)
    source_accept_all(candidate.source.key, reviewer=REVIEWER)
    deal = Deal.objects.get()
    assert (deal.title, deal.value, deal.currency, deal.stage) == ("12 agreements", Decimal("300000000"), "USD", Deal.Stage.COMMITMENT)
    assert {c.code for c in deal.countries.all()} == {"NO", "KZ"}
    assert deal.meeting == Meeting.objects.get(level="summit", ordinal=1)
    assert deal.evidence.filter(field="value", quote="$300 million").exists()
    assert [p for p in record_problems() if p.severity == ERROR] == []


def test_the_same_deal_in_a_second_report_is_one_deal_with_two_sources(gazetteer):
    source_accept_all(_deal_candidate(_report("forum", FORUM), gazetteer).source.key, reviewer=REVIEWER)
    again = _deal_candidate(_report("again", "At the Central Asia plus Norway Summit, Kazakh and Norwegian firms signed 12 agreements worth $300 million."), gazetteer)
    assert again.resolution == "known"
    candidate_accept(again, reviewer=REVIEWER)
    deal = Deal.objects.get()
    assert deal.evidence.values("source").distinct().count() == 2


def test_a_different_sum_for_the_same_deal_is_a_conflict_for_the_reviewer(gazetteer):
    source_accept_all(_deal_candidate(_report("forum", FORUM), gazetteer).source.key, reviewer=REVIEWER)
    other = _deal_candidate(_report("other", "At the Central Asia plus Norway Summit, Kazakh and Norwegian companies signed 12 agreements worth $350 million."), gazetteer)
    assert other.resolution == "conflict"
    assert other.conflicts == {"amount": {"record": "300000000", "candidate": "350000000"}}
    with pytest.raises(ReviewError):
        candidate_accept(other, reviewer=REVIEWER)
    candidate_accept(other, reviewer=REVIEWER, choose="candidate")
    assert Deal.objects.get().value == Decimal("350000000")


def test_a_planned_meeting_reported_held_becomes_held(gazetteer):
    planned = _report("planned", "The first Central Asia plus Norway Summit will be held in Oslo on 14 April 2026.", published="2026-03-01")
    source_accept_all(report_ingest(planned, gazetteer=gazetteer).source_key, reviewer=REVIEWER)
    assert Meeting.objects.get(level="summit", ordinal=1).status == Meeting.Status.PLANNED
    held = _report("held", "The first Central Asia plus Norway Summit was held in Oslo on 14 April 2026.", published="2026-04-15")
    source_accept_all(report_ingest(held, gazetteer=gazetteer).source_key, reviewer=REVIEWER)
    assert Meeting.objects.get(level="summit", ordinal=1).status == Meeting.Status.HELD
