"""The pages, the report and the command line in English and Russian; the API in neither reader's language."""

import gettext
import html
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from click.testing import CliRunner
from django.conf import settings
from django.utils import translation

from dialogue.cli import main
from dialogue.record.models import Format
from dialogue.tracking.report import report_write

CATALOGUE = Path(settings.LOCALE_PATHS[0]) / "ru" / "LC_MESSAGES"


def _text(response) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


def test_a_browser_that_asks_for_russian_gets_the_pages_in_russian(client, default_record):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9,en;q=0.5")
    text = _text(response)
    assert response["Content-Language"] == "ru" and '<html lang="ru">' in response.content.decode()
    assert "Встречи" in text and "Председатель" in text and "Следующая встреча" in text
    assert "Next meeting" not in text
    english = _text(client.get("/"))
    assert "Next meeting" in english and "Следующая встреча" not in english


def test_the_switcher_keeps_a_readers_choice_over_the_browsers(client, default_record):
    response = client.post("/i18n/setlang/", {"language": "ru", "next": "/meetings/"})
    assert response.status_code == 302 and response["Location"] == "/meetings/"
    assert "Встречи, сначала новые" in _text(client.get("/meetings/"))
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert "Meetings, newest first" in _text(client.get("/meetings/", HTTP_ACCEPT_LANGUAGE="ru"))


def test_the_switcher_is_on_every_page_and_names_each_language_in_its_own(client, default_record):
    page = client.get("/meetings/").content.decode()
    assert 'action="/i18n/setlang/"' in page and ">English</option>" in page and ">Русский</option>" in page


def test_dates_and_sums_on_a_page_are_written_as_the_readers_language_writes_them(client, default_record):
    meeting = "/meetings/c5-japan.fm-9/"
    assert "first reported 25 December 2022 by" in _text(client.get(meeting))
    assert "впервые сообщено 25 декабря 2022 г., источник:" in _text(client.get(meeting, HTTP_ACCEPT_LANGUAGE="ru"))
    assert "JPY 3 trillion" in _text(client.get("/"))
    assert "JPY 3 триллиона" in _text(client.get("/", HTTP_ACCEPT_LANGUAGE="ru"))


def test_the_record_keeps_its_sources_words_on_a_russian_page(client, default_record):
    assert "10th Foreign Ministers' Meeting" in _text(client.get("/", HTTP_ACCEPT_LANGUAGE="ru"))


@pytest.mark.parametrize("path", ["/api/meetings/c5-japan.fm-9", "/api/meetings?level=summit", "/api/meetings/no-such-meeting"])
def test_the_api_answers_alike_whatever_language_the_client_prefers(client, default_record, path):
    plain = client.get(path)
    asked = client.get(path, HTTP_ACCEPT_LANGUAGE="ru")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    chosen = client.get(path)
    assert plain.content == asked.content == chosen.content and plain.status_code == asked.status_code
    for response in (plain, asked, chosen):
        assert "Content-Language" not in response and "Accept-Language" not in response.get("Vary", "")


def test_every_message_has_a_russian_translation_with_the_same_placeholders():
    with (CATALOGUE / "django.po").open("rb") as po:
        catalogue = read_po(po, locale="ru")
    untranslated = [m.id for m in catalogue if m.id and not all(m.string if isinstance(m.string, tuple) else [m.string])]
    assert untranslated == []
    assert {str(message.id): errors for message, errors in catalogue.check()} == {}
    assert len(catalogue) > 300


def test_the_compiled_catalogue_says_what_the_po_file_says():
    """The .mo the pages read is compiled from the .po a translator edits (`make messages`); a stale one fails here."""
    with (CATALOGUE / "django.po").open("rb") as po:
        catalogue = read_po(po, locale="ru")
    with (CATALOGUE / "django.mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    for message in catalogue:
        if message.id and not isinstance(message.id, tuple):
            key = f"{message.context}\x04{message.id}" if message.context else message.id
            assert compiled._catalog.get(key) == message.string, message.id


def test_the_report_is_written_in_the_language_asked_for(default_record, tmp_path):
    fmt = Format.objects.get(short_name="C5+Japan")
    russian = report_write(fmt, tmp_path / "report.md", language="ru").read_text()
    assert "отчёт о ходе работы" in russian and "## 1. Встречи" in russian and "## 7. Цитируемые источники" in russian
    english = report_write(fmt, tmp_path / "report-en.md", language="en").read_text()
    assert "progress report" in english and "## 1. Meetings" in english
    assert translation.get_language() == "en"  # the report's language does not stay behind


def test_the_report_command_takes_a_language_and_the_cli_speaks_russian_when_asked(default_record, tmp_path, monkeypatch):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", "--language", "ru", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0 and '<html lang="ru">' in out.read_text() and "Отчёт о ходе работы" in out.read_text()
    monkeypatch.setenv("DIALOGUE_LANGUAGE", "ru")
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert result.exit_code == 0 and "Запись в порядке" in result.output
    assert translation.get_language() == "en"


def test_an_unknown_report_language_is_refused_by_name(default_record, tmp_path):
    result = CliRunner().invoke(main, ["report", "--language", "xx", "--out", str(tmp_path / "r.md")])
    assert result.exit_code == 2 and "'xx' is not one of 'en', 'ru'" in result.output
