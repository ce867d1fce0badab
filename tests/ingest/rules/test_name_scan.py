"""Where a name starts and ends among a report's tokens, in sentences of our own."""

import pytest

from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.report import Report
from dialogue.ingest.rules.name_scan import scan_name_backward, scan_name_forward


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.standard()


def _words(report: Report, span: tuple[int, int] | None) -> str | None:
    return None if span is None else report.doc[span[0] : span[1]].text


def _token(report: Report, text: str) -> int:
    return next(token.i for token in report.doc if token.text == text)


@pytest.mark.parametrize("text, after, name", [
    ("Chancellor Greta von der Linde opened the forum.", "Chancellor", "Greta von der Linde"),
    ("President Aibek-Jomart Sultanov arrived on Monday.", "President", "Aibek-Jomart Sultanov"),
    ("Minister Honourable Ola Nordby spoke first.", "Minister", "Ola Nordby"),
])
def test_a_name_after_a_post_is_read_whole_across_particles_hyphens_and_courtesies(gazetteer, text, after, name):
    report = Report(text, None, gazetteer)
    assert _words(report, scan_name_forward(report, _token(report, after) + 1, len(report.doc))) == name


def test_a_country_ends_a_name_read_forward(gazetteer):
    report = Report("Envoy Ola Nordby Norway signed nothing.", None, gazetteer)
    assert _words(report, scan_name_forward(report, 1, len(report.doc))) == "Ola Nordby"


def test_a_name_before_a_post_is_read_backward_and_a_lower_case_word_is_none(gazetteer):
    report = Report("Talks were led by Ola Nordby, the Norwegian envoy, and by nobody else.", None, gazetteer)
    comma = _token(report, ",")
    assert _words(report, scan_name_backward(report, comma, 0)) == "Ola Nordby"
    assert scan_name_backward(report, _token(report, "else"), 0) is None


@pytest.mark.parametrize("text, after, name", [
    ("The talks were opened by Kazakh President\nNurlan Abenov on Monday.", "President", "Nurlan Abenov"),
    ("Remarks by Foreign Minister\nOla Nordby at the forum.", "Minister", "Ola Nordby"),
])
def test_a_name_wrapped_to_the_line_after_its_post_is_read(gazetteer, text, after, name):
    report = Report(text, None, gazetteer)
    assert _words(report, scan_name_forward(report, _token(report, after) + 1, len(report.doc))) == name


def test_a_new_paragraph_after_a_post_gives_no_name(gazetteer):
    report = Report("Statement of the President\n\nNurlan Abenov spoke later.", None, gazetteer)
    assert scan_name_forward(report, _token(report, "President") + 1, len(report.doc)) is None
