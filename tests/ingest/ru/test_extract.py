"""A Russian report goes through the same door as an English one and comes out in the corpus schema."""

from dialogue.ingest.annotation import as_annotation
from dialogue.ingest.extract import extract_report
from dialogue.ingest.readers import RawReport

REPORT = RawReport(origin="ru.txt", stem="ru", published="2026-06-08", text=(
    "Второй саммит «Центральная Азия – Норвегия» прошел в субботу в Осло. В нем приняли участие президент Казахстана "
    "Арман Сейтказиев и премьер-министр Норвегии Ингрид Хальворсен. По итогам саммита подписана Совместная декларация."))


def test_a_russian_report_is_read_and_its_facts_quote_the_original_words(gazetteer):
    extraction = extract_report(REPORT, gazetteer)
    assert (extraction.language, extraction.read) == ("ru", True)
    (meeting,) = extraction.meetings
    for fact in (meeting, *meeting.participants, *extraction.documents):
        assert all(REPORT.text[q.start : q.end] == q.text for q in fact.quotes)


def test_the_annotation_names_countries_and_cities_in_english_and_people_in_russian(gazetteer):
    (meeting,) = as_annotation(extract_report(REPORT, gazetteer), gazetteer)["meetings"]
    assert (meeting["level"], meeting["ordinal"], meeting["date"], meeting["city"], meeting["host_country"]) == (
        "summit", 2, "2026-06-06", "Oslo", "Norway")
    assert {"name": "Арман Сейтказиев", "role": "президент", "country": "Kazakhstan"} in meeting["participants"]
