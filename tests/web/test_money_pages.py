"""Money and countries on the target, deals and dashboard pages as a person reads them, the exact figures a hover
away and kept whole in the CSV export and the API; the target's chart scales to a phone's screen."""

import csv
import html
import io
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from dialogue.record.models import Country, Deal


def _text(response) -> str:
    """What a reader sees: the page without its tags (a <span> joins its neighbours), entities read, spaces run together."""
    inline = re.sub(r"</?span[^>]*>", "", response.content.decode())
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", inline)))


TARGET = "/targets/c5-japan.target.business-projects-3000000000000-jpy/"


def test_the_target_page_shows_the_sum_in_words_with_the_exact_figure_on_hover(client, default_record):
    page = client.get(TARGET).content.decode()
    assert '<span class="money" title="3,000,000,000,000 JPY">JPY 3 trillion</span>' in page
    assert "JPY 3 trillion (USD 19 billion as reported)" in _text(client.get(TARGET))
    assert "Needed from now: JPY 600 billion a year." in _text(client.get(TARGET))


def test_the_target_page_names_the_countries_and_its_chart_fits_any_screen(client, japanese_deal):
    target = japanese_deal.format.targets.get()
    japanese_deal.targets.add(target)
    japanese_deal.countries.add(Country.objects.get(code="KZ"))
    Deal.objects.filter(pk=japanese_deal.pk).update(stage="commitment")
    response = client.get(TARGET)
    assert "By country Japan JPY 500 million Kazakhstan JPY 500 million" in _text(response)  # shared between the two
    chart = re.search(r"<svg[^>]*>", response.content.decode()).group(0)
    assert 'viewBox="0 0 420 ' in chart and 'width="100%"' in chart  # scales to its box; the stylesheet caps it at 420 px


def test_the_deals_page_shows_country_names_and_sums_in_words_and_the_csv_keeps_both_exact(client, japanese_deal):
    japanese_deal.countries.add(Country.objects.get(code="KZ"))
    response = client.get("/deals/")
    assert "Grid modernisation loan Japan, Kazakhstan Pledge or memorandum 2025-12 JPY 1 billion" in _text(response)
    assert 'title="1,000,000,000 JPY"' in response.content.decode()
    rows = list(csv.DictReader(io.StringIO(b"".join(client.get("/deals/", {"export": "csv"}).streaming_content).decode())))
    assert [(row["value"], row["countries"]) for row in rows] == [("1000000000", "JP; KZ")]


def test_the_api_keeps_the_exact_figures(client, default_record):
    figures = client.get("/api/targets/c5-japan.target.business-projects-3000000000000-jpy/progress").json()
    assert Decimal(figures["amount"]) == 3_000_000_000_000 and figures["currency"] == "JPY"


@pytest.fixture
def som_deal(japanese_deal):
    """Beside Japan's counted yen loan, a loan in Kyrgyz som, a currency without an ECB rate and none imported."""
    target = japanese_deal.format.targets.get()
    japanese_deal.targets.add(target)
    Deal.objects.filter(pk=japanese_deal.pk).update(stage="commitment")
    deal = Deal.objects.create(key="c5-japan.deal.kg-depot", format=japanese_deal.format, title="Bus depot loan",
                               value=Decimal(900_000_000), currency="KGS", signed="2025-12-01", stage="commitment",
                               entered_by="tests", entered_at=timezone.now())
    deal.targets.add(target)
    return deal


GAP = "no KGS→JPY rate on 2025-12-01 or the week before"


def test_a_deal_without_a_rate_is_named_on_the_target_page_and_the_rest_still_count(client, som_deal):
    response = client.get(TARGET)
    assert response.status_code == 200
    text = _text(response)
    assert "JPY 1 billion achieved" in text
    assert "1 deal not converted, left out of the sums above until the rate is imported" in text
    assert re.search(f"Bus depot loan ?, KGS 900 million: {GAP}", text)  # the title is a link, so a space may follow it
    assert f"Bus depot loan commitment 2025-12-01 KGS 900 million — not converted: {GAP}" in text  # its row, no figure in yen


def test_the_dashboard_keeps_the_targets_bar_and_says_which_deal_is_not_converted(client, som_deal):
    text = _text(client.get("/"))
    assert "JPY 1 billion of JPY 3 trillion" in text
    assert f"1 deal not converted, left out of the sum: Bus depot loan ({GAP})." in text


def test_the_api_lists_the_deal_not_converted_instead_of_refusing(client, som_deal):
    response = client.get(f"/api{TARGET}progress")
    assert response.status_code == 200
    figures = response.json()
    assert figures["achieved"] == "1000000000.00"
    [missed] = figures["unconverted"]
    assert (missed["deal"], missed["currency"], Decimal(missed["value"]), missed["stage"]) == ("c5-japan.deal.kg-depot", "KGS", 900_000_000, "commitment")
    assert missed["missing_rate"] == {"base": "KGS", "quote": "JPY", "day": "2025-12-01", "text": GAP}
    documented = client.get("/api/openapi.json").json()["paths"]["/api/targets/{key}/progress"]["get"]["responses"]
    assert "409" not in documented


def test_a_target_without_a_period_start_shows_its_status_as_unknown_and_why(client, default_record):
    assert "Unknown: the start of the period is not recorded" in _text(client.get(TARGET))
    assert "Unknown: the start of the period is not recorded" in _text(client.get("/"))
