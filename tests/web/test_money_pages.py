"""Money and countries on the target, deals and dashboard pages as a person reads them, the exact figures a hover
away and kept whole in the CSV export and the API; the target's chart scales to a phone's screen."""

import csv
import html
import io
import re
from decimal import Decimal

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
