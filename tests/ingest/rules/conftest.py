import pytest

from dialogue.ingest.extract import extract
from dialogue.ingest.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def read():
    gazetteer = Gazetteer.standard()
    return lambda text: extract(text, gazetteer=gazetteer)
