"""A report cut short anywhere (a feed's summary, a page that stopped loading) is read as far as it goes: never an
error, in either language; the cut of a real report after a post's preposition once raised one."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench import ru_speed, synthetic
from dialogue.ingest.extract import extract
from dialogue.ingest.ru.extract import extract_ru

ARTICLES = sorted(Path(__file__).parent.joinpath("articles").glob("*.txt"))
ENGLISH = [path.read_text() for path in ARTICLES] + [synthetic.report(seed)["text"] for seed in range(4)]
RUSSIAN = [ru_speed.varied(i)["text"] for i in range(6)] + [ru_speed.report(i)["text"] for i in range(2)]


def _cut(texts, data) -> str:
    text = data.draw(st.sampled_from(texts))
    return text[: data.draw(st.integers(0, len(text)))]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_an_english_report_cut_anywhere_is_read_without_error(gazetteer, data):
    extract(_cut(ENGLISH, data), gazetteer=gazetteer)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_russian_report_cut_anywhere_is_read_without_error(gazetteer, data):
    extract_ru(_cut(RUSSIAN, data), gazetteer=gazetteer, published=None)
