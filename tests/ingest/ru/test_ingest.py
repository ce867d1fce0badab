"""A Russian report is stored with its language and gives candidates to review, like an English one."""

import pytest

from dialogue.ingest.readers import RawReport
from dialogue.ingest.selectors import gazetteer_from_record
from dialogue.ingest.services import STORED, report_ingest
from dialogue.record.models import Source


@pytest.mark.django_db
def test_a_russian_report_is_stored_and_gives_candidates():
    report = RawReport(origin="ru.txt", stem="ru", publisher="Test Wire", published="2026-06-08", text=(
        "Второй саммит «Центральная Азия – Норвегия» прошел в Осло. В нем принял участие президент Казахстана "
        "Арман Сейтказиев. По итогам саммита подписана Совместная декларация."))
    result = report_ingest(report, gazetteer=gazetteer_from_record())
    source = Source.objects.get(key=result.source_key)
    assert (result.outcome, result.message, source.language) == (STORED, "", "ru")
    assert {c.kind for c in source.candidates.all()} >= {"meeting", "document"}
