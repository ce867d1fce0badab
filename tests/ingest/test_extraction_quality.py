"""Extraction judged by the evaluation corpus's own scorer: the seed reports and our own articles."""

import pytest

from tests.conftest import SHARED, needs_shared
from tests.ingest.conftest import ARTICLES, extract_folder

CORPORA = {"shared corpus": SHARED / "corpus", "own articles": ARTICLES}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_extraction_scores_at_least_090_overall_and_075_per_fact_type(name, tmp_path, gazetteer, scorer):
    folder = CORPORA[name]
    if folder.is_relative_to(SHARED):
        needs_shared(folder)
    extract_folder(folder, tmp_path, gazetteer)
    table = scorer.score(folder, tmp_path)
    totals = [sum(row[i] for row in table.values()) for i in range(3)]
    assert scorer.prf(*totals)[2] >= 0.90
    weak = {kind: round(scorer.prf(*row)[2], 3) for kind, row in table.items() if scorer.prf(*row)[2] < 0.75}
    assert weak == {}
