"""Money as a person reads it (JPY 3 trillion), with the exact figure a hover away, and rates rounded for reading."""

import datetime as dt
import html
import re
from decimal import Decimal

import pytest
from babel.numbers import get_currency_precision
from hypothesis import given
from hypothesis import strategies as st

from dialogue.tracking.rates import RateUsed
from dialogue.tracking.templatetags.money import money_compact, money_words, rate, rate_words


@pytest.mark.parametrize(("value", "currency", "words"), [
    ("3000000000000", "JPY", "JPY 3 trillion"),
    ("19000000000.00", "USD", "USD 19 billion"),
    ("500000000", "USD", "USD 500 million"),
    ("19250000000", "USD", "USD 19.25 billion"),
    ("1234.5", "USD", "USD 1,234.50"),  # under a million, the figure itself
    ("0", "JPY", "JPY 0"),
])
def test_sums_read_as_a_person_says_them(value, currency, words):
    assert money_words(Decimal(value), currency) == words


def test_the_compact_sum_carries_the_exact_figure_on_hover():
    assert money_compact(Decimal("3000000000000"), "JPY") == '<span class="money" title="3,000,000,000,000 JPY">JPY 3 trillion</span>'
    assert money_compact(None, "JPY") == "—"


def test_record_text_in_a_currency_is_escaped_not_run():
    shown = money_compact(Decimal("5000000"), '"><script>')
    assert "<script>" not in shown and "&lt;script&gt;" in shown


@given(value=st.decimals(min_value=0, max_value=Decimal("99999999999999999999.9999"), places=4),
       currency=st.sampled_from(["JPY", "USD", "KZT", "KWD", "EUR", ""]))
def test_any_sum_the_record_can_hold_renders_with_its_exact_figure_in_the_title(value, currency):
    shown = money_compact(value, currency)
    title = html.unescape(re.fullmatch(r'<span class="money" title="([^"]*)">[^<]*</span>', shown).group(1))
    digits = get_currency_precision(currency) if currency else 2
    assert title.endswith(currency) and Decimal(title.removesuffix(currency).replace(",", "")) == value.quantize(Decimal(1).scaleb(-digits))


@given(value=st.one_of(st.none(), st.decimals(allow_nan=True, allow_infinity=True), st.text(max_size=8), st.floats()),
       currency=st.text(max_size=4))
def test_the_filters_never_raise_whatever_they_are_given(value, currency):
    assert isinstance(money_compact(value, currency), str) and isinstance(money_words(value, currency), str)


@pytest.mark.parametrize(("exact", "shown"), [
    ("154.32145678901234567890123456", "154.321"),
    ("0.006480051234567890123", "0.00648005"),
    ("12345678.9", "12,345,700"),
    ("1", "1"),
])
def test_rates_are_shown_to_six_significant_digits_and_kept_exact_in_the_data(exact, shown):
    used = RateUsed("USD", "JPY", Decimal(exact), dt.date(2025, 12, 1), "European Central Bank reference rate")
    assert rate_words(used) == f"1 USD = {shown} JPY (European Central Bank reference rate, 2025-12-01)"
    assert f'<data value="{Decimal(exact).normalize():f}">{shown}</data>' in rate(used)
