import datetime as dt

import pytest

from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.ru.extract import extract_ru


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.standard()


@pytest.fixture(scope="session")
def read(gazetteer):
    return lambda text, published=dt.date(2026, 6, 8): extract_ru(text, gazetteer=gazetteer, published=published)
