"""Extraction on the test parts of the development corpora (bench/corpus/, bench/corpus-ru/), scored by the shared
scorer.

The texts are third-party and never committed: on a machine without them (CI) the test says so
and skips (so it does with fewer than nine in ten of a part's texts). It runs only at a milestone
(`DIALOGUE_MILESTONE=1`): a test part scored on every run of the suite is a test part tuned on, a change at a time. Each floor is a ratchet under the last
milestone figure (2026-12-05, ninth session: English 0.731 on 62 reports, Russian 0.798 on 44), so that a change
which loses ground fails; the issues' floors (0.90 English, 0.80 Russian) are the goal, not yet met.
"""

import os

import pytest

import bench.corpus_eval as corpus_eval
from tests.conftest import needs_shared

FLOORS = {"corpus": 0.72, "corpus-ru": 0.79}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_a_corpus_test_part_scores_at_least_its_floor(folder, tmp_path, monkeypatch):
    if os.environ.get("DIALOGUE_MILESTONE") != "1":
        pytest.skip("the test parts are scored at milestones only (DIALOGUE_MILESTONE=1), never while rules are written")
    monkeypatch.setattr(corpus_eval, "CORPUS", corpus_eval.REPO / "bench" / folder)
    rows = corpus_eval.corpus_rows("test")
    present = sum((corpus_eval.CORPUS / "texts" / f"{row['name']}.txt").exists() for row in rows)
    if present < 0.9 * len(rows):
        # Unlike ../shared, whose absence fails a CI run, these texts are missing from every clone by design; a text
        # or two the search service no longer holds leaves the figure standing on the rest.
        pytest.skip(f"{present} of the {len(rows)} corpus texts of the test part are here: they are third-party and never "
                    "committed, so a clone (CI's too) lacks them by design; bench/corpus/fetch_texts.py brings them back")
    needs_shared(corpus_eval.SCORER)
    scorer = corpus_eval.load_scorer()
    table, scored, _ = corpus_eval.score_split("test", scorer, tmp_path)
    totals = [sum(row[i] for row in table.values()) for i in range(3)]
    assert scored >= 20
    holds = scorer.prf(*totals)[2] >= FLOORS[folder]
    assert holds, "under the floor"  # the figure itself is not shown: bench/corpus_eval.py --test gives it
