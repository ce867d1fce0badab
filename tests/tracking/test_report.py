"""The chair's progress report for the shipped record, in its three forms."""

import datetime as dt
import re
from decimal import Decimal
from html import unescape

import pytest

from django.utils import timezone

from dialogue.record.models import ComplianceScore, Country, Deal, Format, Initiative, Target
from dialogue.tracking.report import render_html, report_data, report_write


@pytest.fixture
def c5_japan(default_record):
    return Format.objects.get(short_name="C5+Japan")


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_the_report_shows_the_target_areas_meetings_and_sources(c5_japan, tmp_path, suffix):
    text = _text(report_write(c5_japan, tmp_path / f"report{suffix}").read_text())
    assert "Business projects: JPY 3 trillion over 5 years" in text and "0.00 %" in text
    assert "JPY 600 billion a year" in text  # the pace needed: 3 trillion yen over five years
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


def test_the_chart_draws_each_share_of_its_axis_and_scales_to_its_box():
    from types import SimpleNamespace

    from dialogue.tracking.report import target_chart_svg

    svg = target_chart_svg(SimpleNamespace(percent=Decimal("50.00"), elapsed_percent=Decimal("125.00")))
    assert re.findall(r'<rect x="92" y="\d+" width="([0-9.]+)"', svg) == ["158.0", "316.0"]  # half the axis; a share past 100 % stops at its end
    assert 'viewBox="0 0 420 ' in svg and 'width="100%"' in svg and "<title>Achieved: 50.00 %; Time elapsed: 125.00 %</title>" in svg


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


@pytest.fixture
def deals_in_dollars(c5_japan):
    """Two deals of our own against the yen target, in dollars: one committed by Kazakhstan and Japan, one pledged."""
    target = Target.objects.get(format=c5_japan)
    mark = {"entered_by": "tests", "entered_at": timezone.now()}
    for key, title, value, stage, codes in [("rail", "Rail depot loan", "250000000", "commitment", ["KZ", "JP"]),
                                            ("solar", "Solar park memorandum", "40000000", "pledge", ["UZ"])]:
        deal = Deal.objects.create(key=f"c5-japan.deal.{key}", format=c5_japan, title=title, value=Decimal(value),
                                   currency="USD", signed="2025-12-01", stage=stage, **mark)
        deal.targets.add(target)
        deal.countries.set(Country.objects.filter(code__in=codes))
    return target


def test_the_report_names_stages_and_countries_and_rounds_rates_keeping_the_exact_one(c5_japan, deals_in_dollars, tmp_path):
    html = report_write(c5_japan, tmp_path / "report.html").read_text()
    deals = _text(html[html.index("Largest deals"):])
    assert "Rail depot loan Commitment USD 250 million" in deals
    assert "Solar park memorandum Pledge or memorandum not counted: pledge, shown beside" in deals
    assert "counted" not in deals.split("Solar park")[0]  # the stage column names the stage, not the verdict
    exact = re.search(r'1 USD = <data value="([0-9.]+)">([0-9.,]+)</data> JPY', html)
    assert exact and len(exact.group(1).replace(".", "")) > 6  # the exact rate, in the data
    assert len(exact.group(2).replace(".", "").replace(",", "").lstrip("0")) <= 6  # six significant digits shown
    assert abs(Decimal(exact.group(2).replace(",", "")) / Decimal(exact.group(1)) - 1) < Decimal("0.00001")
    by_country = _text(html[html.index("By country"):html.index("Largest deals")])
    assert re.search(r"By country Counted Japan JPY [0-9.]+ billion Kazakhstan JPY [0-9.]+ billion", by_country)
    assert "Commitment JPY" in _text(html[html.index("By stage"):html.index("By country")])


def test_the_markdown_report_separates_rates_and_shows_plain_compact_money(c5_japan, deals_in_dollars, tmp_path):
    Deal.objects.filter(key="c5-japan.deal.rail").update(currency="KZT", value=Decimal("120000000000"))  # KZT to JPY: two rates
    from dialogue.tracking.rates import rates_import

    csv = tmp_path / "nbk.csv"
    csv.write_text("date,base,quote,rate,source\n2025-12-01,USD,KZT,512.3456789,National Bank of Kazakhstan\n")
    rates_import(csv)
    markdown = report_write(c5_japan, tmp_path / "report.md").read_text()
    line = next(line for line in markdown.splitlines() if line.startswith("- Rail depot loan"))
    assert line.startswith("- Rail depot loan: KZT 120 billion = JPY ") and "<span" not in line
    assert re.search(r"\(commitment; 1 KZT = [0-9.]+ USD \(National Bank of Kazakhstan, 2025-12-01\); 1 USD = [0-9.]+ JPY", line)
    assert "512.3456789" not in markdown and "0.00195181" in line  # 1 / 512.3456789, to six significant digits


def test_the_report_lists_members_as_the_format_reads_and_as_they_stood(c5_japan, tmp_path):
    members = "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan, Japan"
    assert [c.name for c in report_data(c5_japan).members] == members.split(", ")
    assert f"Members: {members}" in _text(report_write(c5_japan, tmp_path / "report.html").read_text())
    assert f"Members: {members}" in report_write(c5_japan, tmp_path / "report.md").read_text()
    assert report_data(c5_japan, as_of=dt.date(2020, 1, 1)).members == []


def test_the_report_shows_completion_and_each_members_compliance(c5_japan, tmp_path):
    trail = Initiative.objects.get(title="Trans-Caspian International Transport Route")
    health = Initiative.objects.get(title="Cooperation in health and medical fields")
    kz, jp = Country.objects.get(code="KZ"), Country.objects.get(code="JP")
    mark = {"entered_by": "tests", "entered_at": timezone.now(), "assessed": "2025-06"}
    for key, initiative, country, score in [("kz-trail", trail, kz, 1), ("kz-health", health, kz, 0), ("jp-trail", trail, jp, -1)]:
        ComplianceScore.objects.create(key=f"score.{key}", initiative=initiative, country=country, score=score, **mark)
    html = _text(report_write(c5_japan, tmp_path / "report.html").read_text())
    section = html[html.index("3. Completion and compliance"):html.index("4. Targets")]
    assert "Trans-Caspian International Transport Route agreed no evidence" in section
    assert "Commitments scored Kazakhstan 0.50 2 Japan -1.00 1" in section  # the format's order: Japan, the partner, last
    markdown = report_write(c5_japan, tmp_path / "report.md").read_text()
    assert "- Kazakhstan: 0.50 over 2 commitments" in markdown and "- Japan: -1.00 over 1 commitment" in markdown
    assert "| Trans-Caspian International Transport Route | agreed | no evidence |" in markdown


def _boxes(box):
    yield box
    for child in getattr(box, "children", None) or []:
        yield from _boxes(child)


def test_no_line_of_the_pdf_report_runs_off_the_page(c5_japan, deals_in_dollars):
    """Rates printed to 28 digits and sums in full once pushed the deals table past the right margin."""
    from weasyprint import HTML

    pages = HTML(string=render_html(report_data(c5_japan))).render().pages
    for page in pages:
        right = page.width - page._page_box.margin_right  # WeasyPrint's laid-out page: every line with its place
        words = [b for b in _boxes(page._page_box) if type(b).__name__ == "TextBox"]
        assert words and max(b.position_x + b.width for b in words) <= right + 0.5
    assert any(b.text.startswith("1 USD =") for page in pages for b in _boxes(page._page_box) if type(b).__name__ == "TextBox")


def test_a_deal_without_a_rate_is_reported_not_converted_and_the_rest_still_count(c5_japan, deals_in_dollars, tmp_path):
    mark = {"entered_by": "tests", "entered_at": timezone.now()}
    som = Deal.objects.create(key="c5-japan.deal.kg-depot", format=c5_japan, title="Bus depot loan", value=Decimal(900_000_000),
                              currency="KGS", signed="2025-12-01", stage="commitment", **mark)
    som.targets.add(deals_in_dollars)
    gap = "no KGS→JPY rate on 2025-12-01 or the week before"
    markdown = report_write(c5_japan, tmp_path / "report.md").read_text()
    assert f"- Left out for want of a rate: 1 deal not converted: Bus depot loan, KGS 900 million ({gap})" in markdown
    assert f"- Bus depot loan: KGS 900 million (commitment, not converted: {gap})" in markdown
    assert f"- Business projects: 1 deal not converted for want of an exchange rate, left out of its sums (Bus depot loan: {gap})" in markdown
    assert re.search(r"- Achieved \(commitments and later\): JPY [0-9.]+ billion", markdown)  # the dollar loan still counts
    html = _text(report_write(c5_japan, tmp_path / "report.html").read_text())
    assert f"Left out for want of a rate 1 deal not converted: Bus depot loan, KGS 900 million ({gap})" in html


def test_the_report_says_why_a_targets_status_is_unknown(c5_japan, tmp_path):
    markdown = report_write(c5_japan, tmp_path / "report.md").read_text()
    assert "- Status: unknown: the start of the period is not recorded" in markdown  # the summit that set it is undated
    assert "- Business projects: status unknown, as the start of the period is not recorded" in markdown
