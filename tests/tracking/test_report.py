"""The chair's progress report for the shipped record, in its three forms."""

import datetime as dt
import re
from html import unescape

import pytest

from dialogue.record.models import Format
from dialogue.tracking.report import render_html, report_data, report_write


@pytest.fixture
def c5_japan(default_record):
    return Format.objects.get(short_name="C5+Japan")


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_the_report_shows_the_target_areas_meetings_and_sources(c5_japan, tmp_path, suffix):
    text = _text(report_write(c5_japan, tmp_path / f"report{suffix}").read_text())
    assert "3,000,000,000,000 JPY" in text and "0.00 %" in text
    assert "600,000,000,000 JPY a year" in text  # the pace needed: 3 trillion yen over five years
    for area in ["Green and Resilience", "Connectivity", "Human Resource Development"]:
        assert area in text
    for initiative in ["Trans-Caspian International Transport Route", "Japan-Central Asia AI Cooperation Partnership",
                       "Strengthening critical minerals supply chains", "Joint Action Plan to strengthen"]:
        assert initiative in text
    assert "9th Foreign Ministers' Meeting" in text and "First Summit" in text
    assert "Kazinform" in text and "Anadolu Agency" in text
    assert "10th Foreign Ministers' Meeting: planned in Kazakhstan" in text


def test_the_html_report_carries_its_chart_as_svg_without_script(c5_japan, tmp_path):
    html = report_write(c5_japan, tmp_path / "report.html").read_text()
    assert "<svg" in html and "<script" not in html


def test_the_pdf_report_is_a_document_of_pages(c5_japan, tmp_path):
    from weasyprint import HTML

    assert report_write(c5_japan, tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    pages = HTML(string=render_html(report_data(c5_japan))).render().pages
    assert len(pages) >= 2


def test_a_report_as_of_a_date_before_the_record_was_written_is_empty(c5_japan):
    before = report_data(c5_japan, as_of=dt.date(2020, 1, 1))
    assert before.held == [] and before.targets == [] and before.sources == []
    today = report_data(c5_japan)
    assert len(today.held) == 2 and len(today.sources) == 2


def test_an_unknown_form_is_refused(c5_japan, tmp_path):
    with pytest.raises(ValueError, match="a .html, .pdf or .md file"):
        report_write(c5_japan, tmp_path / "report.docx")


def test_record_text_in_the_markdown_report_is_shown_never_run(c5_japan, tmp_path):
    from dialogue.record.models import Initiative, Meeting

    Initiative.objects.filter(pk=Initiative.objects.first().pk).update(title="<script>alert(1)</script> *bold*")
    Meeting.objects.filter(key="c5-japan.fm-9").update(title="Ninth | with a pipe")
    markdown = report_write(c5_japan, tmp_path / "report.md").read_text()
    assert "<script>" not in markdown and r"\<script\>alert(1)\</script\> \*bold\*" in markdown
    row = next(line for line in markdown.splitlines() if "Ninth" in line)
    assert r"Ninth \| with a pipe" in row and len(re.findall(r"(?<!\\)\|", row)) == 5  # still the table's four columns
