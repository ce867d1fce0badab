"""Where a source disagrees with the record: a conflict on the fact it speaks of, shown until a reviewer settles it,
and then kept on file as dissent, never counted as support."""

from decimal import Decimal

import pytest
from django.urls import reverse

from dialogue.access.models import Role
from dialogue.record.permissions import Actor
from dialogue.ingest.models import Candidate
from dialogue.ingest.readers import RawReport
from dialogue.ingest.review import KEEP_RECORD, TAKE_CANDIDATE, ReviewError, candidate_accept, candidate_edit, source_accept_all
from dialogue.ingest.selectors import gazetteer_from_record
from dialogue.ingest.services import report_ingest
from dialogue.record.interchange import record_dump
from dialogue.record.models import Attendance, Deal, Evidence, Meeting, Target
from dialogue.record.selectors import fact_support

REVIEWER = Actor(name="reviewer", role=Role.REVIEWER)

GOAL = ("The first Central Asia plus Norway Summit took place in Oslo on 14 April 2026. "
        "The leaders set a goal of $20 billion in investment projects over five years.")
OTHER_FIGURE = ("Looking back at the first Central Asia plus Norway Summit, held in Oslo on 14 April 2026, a columnist noted "
                "that the partners aim to reach $22 billion in investment projects over five years.")


def _ingest(stem: str, text: str, published: str = "2026-04-20", publisher: str = "Test Wire") -> str:
    report = RawReport(origin=f"{stem}.txt", stem=stem, publisher=publisher, published=published, text=text)
    return report_ingest(report, gazetteer=gazetteer_from_record()).source_key


def _candidate(source_key: str, kind: str) -> Candidate:
    return Candidate.objects.get(source__key=source_key, kind=kind)


@pytest.fixture
def target(db) -> Target:
    source_accept_all(_ingest("goal", GOAL), reviewer=REVIEWER)
    return Target.objects.get()


def test_another_figure_for_a_target_is_a_conflict_on_it_not_a_second_target(target):
    other = _candidate(_ingest("other", OTHER_FIGURE, publisher="Second Wire"), "target")
    assert (other.resolution, other.matched_key) == ("conflict", target.key)
    assert other.conflicts == {"amount": {"record": "20000000000", "candidate": "22000000000"}}
    with pytest.raises(ReviewError, match="the record has '20000000000', the source says '22000000000'"):
        candidate_accept(other, reviewer=REVIEWER)
    assert Target.objects.count() == 1


def test_keeping_the_record_lists_the_other_source_as_dissent_not_support(target):
    other = _candidate(_ingest("other", OTHER_FIGURE, publisher="Second Wire"), "target")
    assert candidate_accept(other, reviewer=REVIEWER, choose=KEEP_RECORD) == target.key
    target.refresh_from_db()
    assert (Target.objects.count(), target.amount) == (1, Decimal("20000000000"))
    support = fact_support(target)
    assert (support.sources, support.dissenting, str(support)) == (1, 1, "1 source, press only")
    assert set(target.evidence.filter(source=other.source).values_list("stance", flat=True)) == {Evidence.Stance.DISSENTS}
    dumped = next(row for row in record_dump()["targets"] if row["key"] == target.key)
    assert {entry.get("stance", "supports") for entry in dumped["evidence"]} == {"supports", "dissents"}


def test_taking_the_source_figure_changes_the_target_it_speaks_of(target):
    other = _candidate(_ingest("other", OTHER_FIGURE, publisher="Second Wire"), "target")
    candidate_accept(other, reviewer=REVIEWER, choose=TAKE_CANDIDATE)
    assert list(Target.objects.values_list("amount", flat=True)) == [Decimal("22000000000")]
    assert fact_support(Target.objects.get()).sources == 2


def test_the_fact_page_shows_sources_disagreeing_until_a_reviewer_settles_it(target, client):
    page = reverse("fact", args=["targets", target.key])
    assert "Sources disagree" not in client.get(page).content.decode()
    other = _candidate(_ingest("other", OTHER_FIGURE, publisher="Second Wire"), "target")
    waiting = client.get(page).content.decode()
    assert "Sources disagree" in waiting and "Waiting for a reviewer." in waiting
    assert "the record has “20000000000”" in waiting and "says “22000000000”" in waiting
    candidate_accept(other, reviewer=REVIEWER, choose=KEEP_RECORD)
    settled = client.get(page).content.decode()
    assert "Waiting for a reviewer." not in settled and "the source is listed as dissenting" in settled
    assert "Supported by 1 source, press only" in settled and "1 source dissents" in settled
    assert "<strong>Dissents</strong>" in settled


def test_a_target_set_at_another_meeting_is_another_target(target):
    later = ("The second Central Asia plus Norway Summit took place in Bergen on 3 May 2027. "
             "The leaders set a goal of $30 billion in investment projects over five years.")
    candidate = _candidate(_ingest("later", later, published="2027-05-04"), "target")
    assert candidate.resolution == "new"


def test_a_meeting_numbered_differently_on_the_same_day_is_a_conflict_on_its_ordinal(target):
    other = _ingest("other", "The second Central Asia plus Norway Summit took place in Oslo on 14 April 2026.", publisher="Second Wire")
    meeting = _candidate(other, "meeting")
    assert (meeting.resolution, meeting.matched_key) == ("conflict", Meeting.objects.get().key)
    assert meeting.conflicts == {"ordinal": {"record": 1, "candidate": 2}}


def test_a_date_known_to_the_month_agrees_with_a_day_in_it(target):
    other = _ingest("other", "The first Central Asia plus Norway Summit took place in Oslo that spring.", publisher="Second Wire")
    meeting = candidate_edit(_candidate(other, "meeting"), changes={"date": "2026-04"}, reviewer=REVIEWER)
    assert (meeting.resolution, meeting.conflicts) == ("known", {})
    meeting = candidate_edit(meeting, changes={"date": "2026-05"}, reviewer=REVIEWER)
    assert meeting.conflicts == {"date": {"record": "2026-04-14", "candidate": "2026-05"}}


def test_a_participant_reported_in_another_post_is_a_conflict(db):
    first = _ingest("first", "The first Central Asia plus Norway Summit took place in Oslo on 14 April 2026. "
                             "Kyrgyz President Temir Osmonaliev attended the summit.")
    source_accept_all(first, reviewer=REVIEWER)
    second = _ingest("second", "Delegations from five Central Asian states came to Oslo on 14 April 2026 for the first Central Asia "
                               "plus Norway Summit, where Kyrgyz Prime Minister Temir Osmonaliev spoke on water.", publisher="Second Wire")
    attendance = _candidate(second, "attendance")
    assert attendance.matched_key == Attendance.objects.get().key
    assert attendance.conflicts == {"role": {"record": "President", "candidate": "Prime Minister"}}
    candidate_accept(_candidate(second, "meeting"), reviewer=REVIEWER)
    candidate_accept(attendance, reviewer=REVIEWER, choose=KEEP_RECORD)
    assert Attendance.objects.get().post.label == "President"
    assert not Attendance.objects.get().person.tenures.filter(post__label="Prime Minister").exists()


def test_a_deal_reported_at_another_stage_is_a_conflict(db):
    signed = ("The first Central Asia plus Norway Summit took place in Oslo on 14 April 2026. "
              "Norwegian and Kazakh companies signed 12 agreements worth $300 million at the summit.")
    source_accept_all(_ingest("signed", signed), reviewer=REVIEWER)
    done = _ingest("done", "The 12 agreements worth $300 million that Norwegian and Kazakh companies signed at the first "
                           "Central Asia plus Norway Summit have been completed.", published="2027-01-10", publisher="Second Wire")
    deal = _candidate(done, "deal")
    assert deal.matched_key == Deal.objects.get().key
    assert deal.conflicts == {"stage": {"record": "commitment", "candidate": "completed"}}
    candidate_accept(deal, reviewer=REVIEWER, choose=TAKE_CANDIDATE)
    assert Deal.objects.get().stage == Deal.Stage.COMPLETED
