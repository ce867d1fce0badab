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


def _left_in_english(text) -> bool:
    """Words a Russian page would show in English: the same in both languages, in Latin letters."""
    with translation.override("en"):
        english = str(text)
    with translation.override("ru"):
        russian = str(text)
    return english == russian and bool(re.search(r"[A-Za-z]{2}", russian))


def test_every_choice_a_page_names_is_translated_and_the_api_keeps_the_codes():
    """Statuses, stages, levels, kinds and roles: a label written without gettext_lazy stays English and fails here."""
    from django.apps import apps

    untranslated = [f"{model.__name__}.{field.name}: {label}" for model in apps.get_models() if model.__module__.startswith("dialogue.")
                    and not model.__name__.startswith("Historical") for field in model._meta.get_fields()
                    for _value, label in getattr(field, "flatchoices", None) or [] if _left_in_english(label)]
    assert untranslated == []
    with translation.override("ru"):
        from dialogue.record.models import Deal, InitiativeStatus, Meeting
        assert (Meeting.Level("summit").label, Deal.Stage("pledge").label, InitiativeStatus("proposed").label) == (
            "Саммит", "Обещание или меморандум", "Предложена")
        assert Deal.Stage.PLEDGE == "pledge"  # the stored and the API's value stays the code


def _form_words(form) -> list[str]:
    """Labels, help texts and fixed choices of a form's fields that a Russian reader would see in English
    (countries, currencies, meetings and other record data are not the form's words)."""
    from django import forms
    from django.forms.utils import pretty_name

    from dialogue.web.forms import PartialDateField

    left = []
    for name, field in form.fields.items():
        if isinstance(field.widget, forms.HiddenInput):
            continue
        label = field.label if field.label is not None else pretty_name(name)
        left += [f"{name}: {text}" for text in (label, field.help_text) if text and _left_in_english(text)]
        choices = field.fields[1].choices if isinstance(field, PartialDateField) else getattr(field, "choices", None)
        if choices is not None and not isinstance(field, forms.ModelChoiceField) and name not in RECORD_DATA_CHOICES:
            left += [f"{name}: {label}" for _value, label in choices if _left_in_english(label)]
    return left


RECORD_DATA_CHOICES = {"host", "country", "currency", "format", "meeting", "announced_at", "parent", "equivalent_of",
                       "areas", "area_keys", "target_keys", "countries", "between", "parties", "proposed_by"}


def test_every_form_a_page_shows_has_its_labels_help_and_choices_in_russian(default_record, officers):
    from django.test import Client

    from dialogue.ingest.models import Candidate
    from dialogue.record.models import Format
    from dialogue.record.sections import FACT_SECTIONS
    from dialogue.web import forms as web_forms
    from dialogue.web.review_forms import CandidateForm

    fmt = Format.objects.get(short_name="C5+Japan")
    shown = [web_forms.MeetingFilter(), web_forms.DealFilter(), web_forms.DaysForm(), web_forms.ReportForm(),
             web_forms.DealForm(format=fmt), web_forms.DocumentForm(format=fmt), web_forms.InitiativeForm(format=fmt)]
    shown += [web_forms.fact_form_class(model)(instance=model.objects.first()) for _section, model in FACT_SECTIONS
              if model.objects.exists()]
    text = ("BERGEN, 14 May 2026 – The 12th Foreign Ministers' Meeting of the Central Asia plus Japan Dialogue took place in Bergen. "
            "Japan pledged $2 billion in loans for a grid project. The ministers adopted the Bergen Joint Statement.")
    client = Client()
    client.force_login(officers["kz"])
    client.post("/review/reports/", {"text": text, "publisher": "Fjord Wire", "published": "2026-05-14"})
    candidates = list(Candidate.objects.filter(source__publisher="Fjord Wire"))
    assert {c.kind for c in candidates} >= {"meeting", "deal", "document"}
    shown += [CandidateForm(candidate, candidates) for candidate in candidates]
    with translation.override("ru"):
        left = sorted({words for form in shown for words in _form_words(form)})
    assert left == []


def test_a_russian_reader_sees_field_names_choices_and_messages_in_russian(default_record, officers):
    from django.test import Client

    client = Client()
    client.force_login(officers["kz"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    entry = _text(client.get("/deals/new/?format=C5%2BJapan"))
    assert "Стадия" in entry and "Обещание или меморандум" in entry and "японская иена" in entry.lower()
    assert "Pledge or memorandum" not in entry and "Kind of document" not in entry
    meeting = _text(client.get("/facts/meetings/c5-japan.fm-10/"))
    assert "Порядковый номер" in meeting and "Запланирована" in meeting and "Подтверждают: 1 источник, только пресса" in meeting
    assert "Ordinal" not in meeting and "sources, press only" not in meeting
    english = _text(Client().get("/facts/meetings/c5-japan.fm-10/"))
    assert "Ordinal" in english and "Planned" in english
