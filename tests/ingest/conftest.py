import json
from pathlib import Path

import pytest

from bench.corpus_eval import SCORER, load_scorer
from dialogue.ingest.annotation import as_annotation
from dialogue.ingest.extract import extract_report
from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.readers import RawReport, read_reports
from tests.conftest import needs_shared

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.standard()


@pytest.fixture(scope="session")
def scorer():
    needs_shared(SCORER)
    return load_scorer()


def extract_folder(folder: Path, out: Path, gazetteer: Gazetteer) -> None:
    for report in read_reports([str(folder)]):
        assert isinstance(report, RawReport), report
        facts = extract_report(report, gazetteer)
        (out / f"{report.stem}.json").write_text(json.dumps(as_annotation(facts, gazetteer)))
