"""Deals from news through review into the record: one deal across reports, a different sum a conflict."""

from decimal import Decimal

import pytest
from django.utils import timezone

from dialogue.access.models import Role
from dialogue.record.permissions import Actor
from dialogue.ingest.models import Candidate
from dialogue.ingest.readers import RawReport
from dialogue.ingest.review import ReviewError, candidate_accept, source_accept_all
from dialogue.ingest.selectors import gazetteer_from_record
from dialogue.ingest.services import report_ingest
from dialogue.record.integrity import ERROR, record_problems
from dialogue.record.models import Deal, Evidence, Meeting
from dialogue.record.selectors import fact_support

REVIEWER = Actor(name="reviewer", role=Role.REVIEWER)
MANUAL = {"entered_by": "tests", "entered_at": timezone.now()}  # targets typed in by hand, as no report names them


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


def test_keeping_the_record_over_another_sum_lists_the_source_as_dissent_not_support(gazetteer):
    source_accept_all(_deal_candidate(_report("forum", FORUM), gazetteer).source.key, reviewer=REVIEWER)
    other = _deal_candidate(_report("other", "At the Central Asia plus Norway Summit, Kazakh and Norwegian companies signed 12 agreements worth $350 million."), gazetteer)
    candidate_accept(other, reviewer=REVIEWER, choose="record")
    deal = Deal.objects.get()
    assert deal.value == Decimal("300000000")
    support = fact_support(deal)
    assert support.sources == 1
    assert support.dissenting == 1
    assert deal.evidence.get(source=other.source, field="value").stance == Evidence.Stance.DISSENTS


def test_a_planned_meeting_reported_held_becomes_held(gazetteer):
    planned = _report("planned", "The first Central Asia plus Norway Summit will be held in Oslo on 14 April 2026.", published="2026-03-01")
    source_accept_all(report_ingest(planned, gazetteer=gazetteer).source_key, reviewer=REVIEWER)
    assert Meeting.objects.get(level="summit", ordinal=1).status == Meeting.Status.PLANNED
    held = _report("held", "The first Central Asia plus Norway Summit was held in Oslo on 14 April 2026.", published="2026-04-15")
    source_accept_all(report_ingest(held, gazetteer=gazetteer).source_key, reviewer=REVIEWER)
    assert Meeting.objects.get(level="summit", ordinal=1).status == Meeting.Status.HELD


def test_a_deal_is_proposed_towards_the_formats_targets_open_on_its_day_and_counts_once_accepted(gazetteer):
    from dialogue.record.models import Format, Target

    source_accept_all(_deal_candidate(_report("forum", FORUM), gazetteer).source.key, reviewer=REVIEWER)
    fmt = Format.objects.get()
    open_goal = Target.objects.create(key="norway-goal", format=fmt, title="Business deals", amount=Decimal("5000000000"), currency="USD",
                                      period_start="2026", period_end="2030", **MANUAL)
    Target.objects.create(key="norway-old-goal", format=fmt, title="Earlier deals", amount=Decimal("1000000000"), currency="USD",
                          period_start="2019", period_end="2023", **MANUAL)
    later = ("The first Central Asia plus Norway Summit was held in Oslo on Tuesday. "
             "A Norwegian fund signed a loan of $40 million with Uzbekistan for a river port at the summit.")
    candidate = _deal_candidate(_report("later", later), gazetteer)
    assert candidate.payload["target_keys"] == ["norway-goal"]
    candidate_accept(candidate, reviewer=REVIEWER)
    assert list(Deal.objects.get(value=Decimal("40000000")).targets.all()) == [open_goal]


def test_every_stage_a_reviewer_may_pick_is_the_deals_stage_in_the_record(gazetteer):
    from dialogue.ingest.review import candidate_edit

    candidate = _deal_candidate(_report("forum", FORUM), gazetteer)
    candidate_edit(candidate, changes={"stage": "implementation"}, reviewer=REVIEWER)
    candidate_accept(candidate, reviewer=REVIEWER)
    assert Deal.objects.get().stage == Deal.Stage.IMPLEMENTATION


def test_a_lender_named_in_the_report_is_a_party_to_the_deal_in_the_record(gazetteer):
    text = ("The first Central Asia plus Norway Summit was held in Oslo on Tuesday. "
            "At the summit the Asian Development Bank signed a loan of $60 million with Kyrgyzstan for a hydropower plant.")
    candidate = _deal_candidate(_report("lender", text), gazetteer)
    assert candidate.fact["institutions"] == ["Asian Development Bank"]
    source_accept_all(candidate.source.key, reviewer=REVIEWER)
    deal = Deal.objects.get()
    assert deal.parties == ["Asian Development Bank", "Kyrgyzstan"]
    assert {c.code for c in deal.countries.all()} == {"KG"}


def test_a_reviewer_corrects_the_institutions_one_a_line(gazetteer):
    from dialogue.web.review_forms import CandidateForm

    candidate = _deal_candidate(_report("forum", FORUM), gazetteer)
    prefix = f"c{candidate.id}"
    data = {f"{prefix}-{name}": value for name, value in {"title": "agreements", "amount": "300000000", "currency": "USD", "count": "12"}.items()}
    data[f"{prefix}-parties"] = ["NO", "KZ"]
    data[f"{prefix}-institutions"] = " Fjord Bank \n\nFjord Bank\nSteppe Fund "
    form = CandidateForm(candidate, [], data=data)
    assert form.is_valid(), form.errors
    assert form.changes()["institutions"] == ["Fjord Bank", "Steppe Fund"]


def test_a_deal_accepted_from_news_holds_its_stage_as_a_step_dated_by_its_meeting_or_report(gazetteer):
    from dialogue.record.models import DealStageChange

    source_accept_all(_deal_candidate(_report("forum", FORUM, published="2026-04-02"), gazetteer).source.key, reviewer=REVIEWER)
    deal = Deal.objects.get()
    assert [(s.stage, s.date) for s in DealStageChange.objects.filter(deal=deal)] == [(deal.stage, deal.meeting.date or "2026-04-02")]
