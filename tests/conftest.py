from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from dialogue.record.defaults import DEFAULT_RECORD

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture
def default_data() -> dict:
    """The shipped record as JSON, for tests that load it or a broken copy of it."""
    return copy.deepcopy(json.loads(DEFAULT_RECORD.read_text(encoding="utf-8")))


@pytest.fixture
def default_record(db):
    from dialogue.record.interchange import record_load_file

    record_load_file(DEFAULT_RECORD)


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    return SEEDS
