import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogue.lib import validation
from dialogue.lib.validation import Invalid, Problems


@pytest.mark.parametrize("value", ["c5-japan", "c5-japan.fm-10", "a", "x" * 120])
def test_a_key_of_the_record_s_shape_is_kept(value):
    assert validation.key(value) == value


@pytest.mark.parametrize("value, message", [
    ("Bad Key", "use lower-case letters, digits"), ("-leading", "use lower-case letters"), ("", "a key is text"),
    ("x" * 121, "at most 120 characters"), (7, "a key is text, not 7"),
])
def test_a_key_of_another_shape_is_refused_in_words(value, message):
    with pytest.raises(Invalid, match=message):
        validation.key(value)


def test_text_keeps_tabs_and_line_breaks_and_refuses_nul_and_control_characters():
    assert validation.text("Astana\tTokyo\r\nBishkek") == "Astana\tTokyo\r\nBishkek"
    for bad in ("a\x00b", "a\x07b", "a\x1bb", "a\ud800b"):
        with pytest.raises(Invalid, match="at position 1"):
            validation.text(bad)


@pytest.mark.parametrize("value, amount", [
    ("3000000000000", Decimal("3000000000000")), (5, Decimal(5)), (" 12.5 ", Decimal("12.5")), ("-0", Decimal(0)),
    ("99999999999999999999.9999", Decimal("99999999999999999999.9999")), ("1.50000", Decimal("1.5")),
])
def test_a_sum_the_record_can_hold_is_read_as_a_decimal(value, amount):
    assert validation.money(value) == amount


@pytest.mark.parametrize("value, message", [
    ("9" * 46, "has 46 digits before the point; the record holds at most 20"),
    ("100000000000000000000", "has 21 digits"), (10**5000, "a number of thousands of digits has 5001 digits"),
    ("1e400", "401 digits"), ("-5", "cannot be negative"), ("NaN", "is not a number"), ("Infinity", "is not a number"),
    ("0.00001", "more than 4 decimal places"), ("five", "is not a number"), (1.5, "not 1.5"), (True, "not True"),
], ids=lambda value: str(value)[:20] if not isinstance(value, int) or value < 10**100 else "10**5000")
def test_a_sum_the_record_cannot_hold_is_refused_in_words(value, message):
    with pytest.raises(Invalid, match=message):
        validation.money(value)


def test_a_rate_must_be_above_zero_and_fits_its_own_digits():
    assert validation.money("480.5012345678", digits=14, places=10, positive=True) == Decimal("480.5012345678")
    with pytest.raises(Invalid, match="a rate is above zero"):
        validation.money("0", positive=True)


@given(st.text(max_size=60))
def test_any_text_as_money_is_a_decimal_or_a_refusal_never_a_crash(text):
    try:
        amount = validation.money(text)
    except Invalid:
        return
    assert amount.is_finite() and amount >= 0 and amount < Decimal(10) ** validation.MONEY_DIGITS


def test_currencies_are_iso_4217_codes_money_is_counted_in():
    assert validation.currency("KZT") == "KZT"
    for bad in ("XAU", "usd", "XYZ", "JPYY"):
        with pytest.raises(Invalid, match="is not an ISO 4217 currency"):
            validation.currency(bad)


def test_days_and_partial_dates_must_be_on_the_calendar():
    assert validation.day("2024-02-29") == dt.date(2024, 2, 29)
    assert validation.partial_date("2026-12") == "2026-12"
    with pytest.raises(Invalid, match="'2023-02-29' has no day 29 in that month"):
        validation.day("2023-02-29")
    with pytest.raises(Invalid, match="is not a day: write YYYY-MM-DD"):
        validation.day("2024")
    with pytest.raises(Invalid, match="has no month 13"):
        validation.partial_date("2026-13")


def test_json_nested_too_deep_is_refused_without_exhausting_the_stack():
    assert validation.json_value("[" * 32 + "]" * 32) is not None
    for depth in (33, 100_000):
        with pytest.raises(Invalid, match="nest more than 32 deep"):
            validation.json_value("[" * depth + "]" * depth)


def test_problems_keep_a_hundred_lines_and_count_the_rest():
    problems = Problems()
    for number in range(1_000_000):
        problems.add(f"line {number}: not a rate")
    lines = problems.lines()
    assert len(problems) == 1_000_000 and len(lines) == 100
    assert lines[98] == "line 98: not a rate" and lines[99] == "... and 999,901 more"


def test_a_hundred_problems_or_fewer_are_shown_whole():
    assert validation.capped([f"p{n}" for n in range(100)]) == [f"p{n}" for n in range(100)]
    assert not Problems()
