"""Reviewers' decisions train the judge that weighs the next reports' candidates."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from click.testing import CliRunner

from dialogue.cli import main
from dialogue.ingest.extract import extract_report
from dialogue.ingest.judge import TooFewDecisions, extraction_samples
from dialogue.ingest.models import Candidate, TrainedJudge
from dialogue.ingest.readers import RawReport
from dialogue.ingest.selectors import gazetteer_from_record
from dialogue.ingest.services import report_ingest
from dialogue.ingest.training import decision_samples, judge_current, judge_train_from_decisions
from dialogue.lib.texts import content_hash
from dialogue.record.models import Source

FUNDS = ["Fjord Water Fund", "Polar Rail Fund", "Aurora Seed Fund", "Glacier Grid Fund", "Tundra School Fund", "Harbour Health Fund"]
CHATTER = ["good weather", "a long lunch", "the crowded hall", "an early start", "the late trains", "warm greetings"]


def _source(number: int, text: str) -> Source:
    text = f"{text}\n\n{number}"  # a text of its own, as its hash must be
    return Source.objects.create(key=f"training-{number}", kind=Source.Kind.NEWS, publisher="Our Desk", title=f"Note {number}",
                                 published="2026-03-01", text=text, content_hash=content_hash(text))


def _decide(source: Source, position: int, title: str, status: str, *, kind: str = "initiative", edited: dict | None = None) -> Candidate:
    start = source.text.index(title)
    return Candidate.objects.create(source=source, position=position, kind=kind, payload={"title": title}, edited_payload=edited,
                                    quotes=[{"start": start, "end": start + len(title), "quote": title}], confidence=0.7, status=status)


@pytest.fixture
def decided(db):
    """Three rounds of decisions: funds a member proposed were kept, small talk was rejected."""
    number = 0
    for _ in range(3):
        for fund, chatter in zip(FUNDS, CHATTER, strict=True):
            number += 1
            source = _source(number, f"Norway proposed the {fund} to the ministers. The delegates mentioned {chatter} before the talks.")
            _decide(source, 0, fund, Candidate.Status.ACCEPTED)
            _decide(source, 1, chatter, Candidate.Status.REJECTED)


def test_decisions_become_samples_labelled_as_reviewers_decided(db):
    source = _source(1, "Norway proposed the Fjord Water Fund. The delegates mentioned good weather. The fifth meeting was held.")
    _decide(source, 0, "Fjord Water Fund", Candidate.Status.ACCEPTED, edited={"title": "Fjord Water Fund for Towns"})
    _decide(source, 1, "good weather", Candidate.Status.REJECTED)
    _decide(source, 2, "fifth meeting", Candidate.Status.ACCEPTED, kind="meeting")
    source.candidates.create(position=3, kind="initiative", payload={"title": "Polar"}, quotes=[], confidence=0.5)  # pending
    samples = decision_samples()
    assert [(s.kind, s.title, s.accepted) for s in samples] == [("initiative", "Fjord Water Fund", True), ("initiative", "good weather", False)]
    assert source.text[slice(*samples[0].spans[0])] == "Fjord Water Fund"


def test_training_keeps_the_judge_in_the_database_and_the_newest_judges(decided):
    assert judge_current() is None
    first = judge_train_from_decisions(trained_by="reviewer").judge
    assert (first.decisions, first.kept, first.trained_by) == (36, 18, "reviewer")
    assert judge_current().decisions == 36
    source = _source(99, "Norway proposed the Midnight Sun Fund to the ministers. The delegates mentioned a quiet evening.")
    _decide(source, 0, "Midnight Sun Fund", Candidate.Status.ACCEPTED)
    judge_train_from_decisions(trained_by="reviewer")
    assert TrainedJudge.objects.count() == 2
    assert judge_current().decisions == 37


def test_a_process_reads_a_judges_weights_once_and_takes_a_newer_judge_trained_elsewhere(decided, django_assert_num_queries):
    first = judge_train_from_decisions(trained_by="reviewer").judge
    assert judge_current().decisions == 36  # the weights read here, once
    with django_assert_num_queries(1):  # then only which judge is newest, and its thresholds
        assert judge_current().decisions == 36
    # Another worker's process trains a judge: this one's cache is not cleared, the newer row is the signal.
    TrainedJudge.objects.create(trained_by="elsewhere", decisions=40, kept=20, thresholds={"initiative": 0.3}, weights=first.weights)
    newer = judge_current()
    assert newer.thresholds == {"initiative": 0.3}
    TrainedJudge.objects.filter(trained_by="elsewhere").update(thresholds={"initiative": 0.6})
    with django_assert_num_queries(1):
        assert judge_current() is newer and newer.thresholds == {"initiative": 0.6}


def test_training_without_rejections_is_refused_and_keeps_nothing(db):
    source = _source(1, "Norway proposed the Fjord Water Fund.")
    _decide(source, 0, "Fjord Water Fund", Candidate.Status.ACCEPTED)
    with pytest.raises(TooFewDecisions):
        judge_train_from_decisions(trained_by="reviewer")
    assert not TrainedJudge.objects.exists()


REPORT = RawReport(origin="note.txt", stem="note", publisher="Our Desk", published="2026-04-02",
                   text="Norway proposed the Midnight Sun Fund at the meeting with the Central Asian ministers in Astana.")


def test_ingestion_without_a_judge_keeps_the_rules_confidence(db):
    gazetteer = gazetteer_from_record()
    (rules,) = extract_report(REPORT, gazetteer).initiatives
    result = report_ingest(REPORT, gazetteer=gazetteer)
    initiative = Candidate.objects.get(source__key=result.source_key, kind="initiative")
    assert initiative.payload["title"] == "Midnight Sun Fund" and initiative.confidence == rules.confidence and result.held_back == 0


def test_ingestion_gives_candidates_the_judges_confidence(decided):
    judge_train_from_decisions(trained_by="reviewer")
    gazetteer = gazetteer_from_record()
    samples = [sample for kind, _, sample in extraction_samples(extract_report(REPORT, gazetteer), REPORT.text) if kind == "initiative"]
    (expected,) = judge_current().probabilities(samples)
    result = report_ingest(REPORT, gazetteer=gazetteer)
    initiative = Candidate.objects.get(source__key=result.source_key, kind="initiative")
    assert initiative.confidence == pytest.approx(expected, abs=1e-3)


def test_ingestion_holds_back_what_the_judge_doubts_and_says_how_many(decided):
    trained = judge_train_from_decisions(trained_by="reviewer").judge
    trained.thresholds = {**trained.thresholds, "initiative": 0.999}  # an administrator makes it strict
    trained.save()
    result = report_ingest(REPORT, gazetteer=gazetteer_from_record())
    assert result.held_back == 1
    assert not Candidate.objects.filter(source__key=result.source_key, kind="initiative").exists()
    assert Candidate.objects.filter(source__key=result.source_key).exists()


def test_the_train_command_says_what_it_learnt(decided):
    result = CliRunner().invoke(main, ["train", "--reviewer", "desk"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Trained a judge on 36 decisions (18 kept, 18 rejected)" in result.output
    assert TrainedJudge.objects.get().trained_by == "desk"


def test_the_train_command_refuses_without_decisions_both_ways(db):
    result = CliRunner().invoke(main, ["train"])
    assert result.exit_code == 1
    assert "0 decisions" in result.output and "review more candidates first" in result.output


@pytest.mark.parametrize("thresholds", [{"initiative": 1.5}, {"weather": 0.2}, {"deal": True}, ["initiative"]])
def test_a_judges_thresholds_are_probabilities_of_kinds_it_weighs(decided, thresholds):
    row = judge_train_from_decisions(trained_by="reviewer").judge
    row.thresholds = thresholds
    with pytest.raises(ValidationError):
        row.full_clean()


def test_an_administrator_changes_what_the_judge_holds_back_in_the_admin(decided, admin_client):
    row = judge_train_from_decisions(trained_by="reviewer").judge
    page = admin_client.get(f"/admin/ingest/trainedjudge/{row.id}/change/")
    assert page.status_code == 200
    response = admin_client.post(f"/admin/ingest/trainedjudge/{row.id}/change/", {"thresholds": '{"initiative": 0.4}'})
    assert response.status_code == 302
    assert judge_current().thresholds == {"initiative": 0.4}
    refused = admin_client.post(f"/admin/ingest/trainedjudge/{row.id}/change/", {"thresholds": '{"initiative": 4}'})
    assert refused.status_code == 200 and judge_current().thresholds == {"initiative": 0.4}
