"""The judge learnt from decisions: what it reads, how it learns, what it holds back."""

from __future__ import annotations

import pytest

from dialogue.ingest.facts import Extraction, InitiativeFact, Quote
from dialogue.ingest.judge import Judge, Sample, TooFewDecisions, extraction_sift, features, judge_train

FUNDS = ["Fjord Water Fund", "Polar Rail Fund", "Aurora Seed Fund", "Glacier Grid Fund", "Tundra School Fund", "Harbour Health Fund"]
CHATTER = ["good weather", "a long lunch", "the crowded hall", "an early start", "the late trains", "warm greetings"]


def _sample(sentence: str, title: str, accepted: bool | None = None, kind: str = "initiative") -> Sample:
    start = sentence.index(title)
    return Sample(kind, title, sentence, ((start, start + len(title)),), accepted)


def _decisions() -> list[Sample]:
    kept = [_sample(f"Norway proposed the {name} to the ministers.", name, True) for name in FUNDS]
    rejected = [_sample(f"The delegates mentioned {words} before the talks.", words, False) for words in CHATTER]
    return (kept + rejected) * 3


def test_features_read_the_words_around_the_candidate_by_kind():
    tokens = features(_sample("Norway proposed the Fjord Water Fund to the ministers.", "Fjord Water Fund"))
    assert "initiative|l:proposed" in tokens
    assert "initiative|t:fjord" in tokens
    assert "initiative|r:ministers" in tokens
    assert "initiative|tcap=all" in tokens


def test_context_stops_at_the_sentence_end():
    tokens = features(_sample("It rained. Norway proposed the Polar Rail Fund.", "Polar Rail Fund"))
    assert "initiative|l:rained" not in tokens


def test_a_judge_learns_what_reviewers_keep():
    judge = judge_train(_decisions())
    fresh_kept = _sample("Norway proposed the Midnight Sun Fund to the ministers.", "Midnight Sun Fund")
    fresh_rejected = _sample("The delegates mentioned a quiet evening before the talks.", "a quiet evening")
    kept, rejected = judge.probabilities([fresh_kept, fresh_rejected])
    assert kept > 0.5 > rejected
    assert judge.decisions == 36 and judge.kept == 18


def test_the_same_decisions_and_seed_give_the_same_judge():
    probe = [_sample("Norway proposed the Midnight Sun Fund to the ministers.", "Midnight Sun Fund")]
    assert judge_train(_decisions()).probabilities(probe) == judge_train(_decisions()).probabilities(probe)


def test_a_judge_survives_being_stored():
    judge = judge_train(_decisions())
    again = Judge.from_bytes(judge.to_bytes())
    probe = [_sample("Norway proposed the Midnight Sun Fund to the ministers.", "Midnight Sun Fund")]
    assert again.probabilities(probe) == pytest.approx(judge.probabilities(probe))
    assert (again.decisions, again.kept, again.thresholds) == (judge.decisions, judge.kept, judge.thresholds)


def test_kinds_the_judge_does_not_weigh_are_left_certain():
    judge = judge_train(_decisions())
    assert judge.probabilities([_sample("The fourth meeting was held.", "fourth meeting", kind="meeting")]) == [1.0]


@pytest.mark.parametrize("decided", [[], [True] * 5, [False] * 5])
def test_training_needs_both_kept_and_rejected_decisions(decided):
    with pytest.raises(TooFewDecisions):
        judge_train([_sample("Norway proposed the Fjord Water Fund.", "Fjord Water Fund", accepted) for accepted in decided])


def test_undecided_samples_do_not_train():
    with pytest.raises(TooFewDecisions):
        judge_train([_sample("Norway proposed the Fjord Water Fund.", "Fjord Water Fund", None)] * 4)


def _extraction(text: str, titles: list[str]) -> Extraction:
    initiatives = [InitiativeFact(title, "NO", [Quote(text.index(title), text.index(title) + len(title), title)]) for title in titles]
    return Extraction(format=None, partner=None, meetings=[], initiatives=initiatives, targets=[], documents=[], bilaterals=[],
                      next_meeting=None, chairs=[])


def test_sifting_sets_confidence_and_holds_back_only_under_the_kinds_threshold():
    judge = judge_train(_decisions())
    text = "Norway proposed the Midnight Sun Fund to the ministers. The delegates mentioned a quiet evening before the talks."
    judge.thresholds["initiative"] = 0.0
    sifted = extraction_sift(_extraction(text, ["Midnight Sun Fund", "a quiet evening"]), text, judge)
    assert sifted.held_back == 0
    assert [fact.title for fact in sifted.extraction.initiatives] == ["Midnight Sun Fund", "a quiet evening"]
    first, second = sifted.extraction.initiatives
    assert first.confidence > 0.5 > second.confidence

    judge.thresholds["initiative"] = 0.5
    sifted = extraction_sift(_extraction(text, ["Midnight Sun Fund", "a quiet evening"]), text, judge)
    assert sifted.held_back == 1
    assert [fact.title for fact in sifted.extraction.initiatives] == ["Midnight Sun Fund"]
