"""Extraction on the test part of the development corpus (bench/corpus/), scored by the shared scorer.

The texts are third-party and never committed: on a machine without them (CI) the test says so
and skips. The floor is a ratchet under the last milestone figure (overall 0.754 on 42 reports, 2026-12-04),
so that a change which loses ground fails; the issue's floor (0.90) is the goal, not yet met.
"""

import pytest

from bench.corpus_eval import CORPUS, SCORER, corpus_rows, load_scorer, score_split
from tests.conftest import needs_shared

FLOOR_OVERALL = 0.74


def test_the_corpus_test_part_scores_at_least_its_floor(tmp_path):
    rows = corpus_rows("test")
    if not all((CORPUS / "texts" / f"{row['name']}.txt").exists() for row in rows):
        # Unlike ../shared, whose absence fails a CI run, these texts are missing from every clone by design.
        pytest.skip("the corpus texts are third-party and never committed, so a clone (CI's too) lacks them by design; "
                    "bench/corpus/fetch_texts.py brings them back")
    needs_shared(SCORER)
    scorer = load_scorer()
    table, scored, _ = score_split("test", scorer, tmp_path)
    totals = [sum(row[i] for row in table.values()) for i in range(3)]
    assert scored >= 20
    assert scorer.prf(*totals)[2] >= FLOOR_OVERALL
