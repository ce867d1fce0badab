import importlib.util
import json
from pathlib import Path

import pytest

from dialogue.ingest.annotation import as_annotation
from dialogue.ingest.extract import extract_report
from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.readers import RawReport, read_reports
from tests.conftest import SHARED

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.standard()


@pytest.fixture(scope="session")
def scorer():
    path = SHARED / "tools" / "score_extraction.py"
    if not path.exists():
        pytest.skip("../shared/tools/score_extraction.py is not beside the repository")
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract_folder(folder: Path, out: Path, gazetteer: Gazetteer) -> None:
    for report in read_reports([str(folder)]):
        assert isinstance(report, RawReport), report
        facts = extract_report(report, gazetteer)
        (out / f"{report.stem}.json").write_text(json.dumps(as_annotation(facts, gazetteer)))
