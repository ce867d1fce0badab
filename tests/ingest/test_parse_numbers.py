from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogue.ingest.parse_numbers import (
    CURRENCY_PREFIXES, CURRENCY_WORDS, find_amounts, find_counts, ordinal_value, words_to_int,
)

SCALE_WORDS = {"": 1, " thousand": 10**3, " million": 10**6, " billion": 10**9, " trillion": 10**12}
SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(n: int) -> str:
    """Our own speller, written independently of the parser, to generate test input."""
    if n < 20:
        return SMALL[n]
    if n < 100:
        return TENS[n // 10] + ("-" + SMALL[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return SMALL[n // 100] + " hundred" + (" and " + in_words(rest) if rest else "")
    for size, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= size:
            rest = n % size
            return in_words(n // size) + " " + name + (" " + in_words(rest) if rest else "")
    raise AssertionError(n)


@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_numbers_written_in_words_read_back(n):
    assert words_to_int(in_words(n)) == n


@given(
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999"), places=1),
    st.sampled_from(sorted(SCALE_WORDS)),
    st.sampled_from(sorted(w for w in CURRENCY_WORDS if w.islower())),
)
def test_an_amount_with_a_currency_word_after_it_is_read_exactly(number, scale, word):
    text = f"The sides agreed on {number}{scale} {word} in projects."
    amounts = find_amounts(text)
    assert len(amounts) == 1
    assert amounts[0].value == number * SCALE_WORDS[scale]
    assert amounts[0].currency == CURRENCY_WORDS[word]
    assert text[amounts[0].start : amounts[0].end] == f"{number}{scale} {word}"


@given(
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from(["$", "€", "¥", "£", "₸", "USD ", "EUR ", "KZT ", "US$"]),
    st.sampled_from(["", " million", " billion", "bn", "m"]),
)
def test_an_amount_with_a_symbol_or_code_before_it_is_read_exactly(number, prefix, scale):
    figure = f"{number:,}"
    factor = {"": 1, " million": 10**6, " billion": 10**9, "bn": 10**9, "m": 10**6}[scale]
    [amount] = find_amounts(f"Japan will provide {prefix}{figure}{scale} in grants.")
    assert amount.value == number * factor
    assert amount.currency == CURRENCY_PREFIXES[prefix.strip().lower()]


@given(st.text(max_size=200))
def test_any_text_gives_amounts_inside_it_or_none(text):
    for amount in find_amounts(text):
        assert 0 <= amount.start < amount.end <= len(text)
        assert amount.value >= 0
    for count in find_counts(text):
        assert 0 <= count.start < count.end <= len(text)


def test_a_bracketed_conversion_is_tied_to_the_sum_before_it():
    yen, dollars = find_amounts("a target for 3 trillion yen ($19 billion) in business projects")
    assert (yen.value, yen.currency) == (Decimal(3 * 10**12), "JPY")
    assert (dollars.value, dollars.currency, dollars.equivalent_of) == (Decimal(19 * 10**9), "USD", yen)


def test_qualifiers_are_kept():
    [amount] = find_amounts("about $4.3 million in grant aid")
    assert amount.qualifier == "about"
    [count] = find_counts("more than 150 documents were signed")
    assert (count.value, count.qualifier) == (150, "more than")


@pytest.mark.parametrize("text", ["try 5 times", "5 m from the podium", "in 2024 the sum rose", "the rub of it"])
def test_figures_that_are_not_money_are_left_alone(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, value", [("9th", 9), ("maiden", 1), ("Sixteenth", 16), ("first-ever", 1), ("22nd", 22)])
def test_ordinals(text, value):
    assert ordinal_value(text) == value


@pytest.mark.parametrize("text, currency, value", [
    ("contracts of NOK 3 billion", "NOK", 3 * 10**9),
    ("a fund of 500 million SAR", "SAR", 500 * 10**6),
    ("a credit of 2 billion Saudi riyals", "SAR", 2 * 10**9),
])
def test_any_iso_currency_code_in_capitals_is_money(text, currency, value):
    (amount,) = find_amounts(text)
    assert (amount.currency, amount.value) == (currency, value)


@pytest.mark.parametrize("text", ["USA 5 million", "NATO 30 members", "in 2025 ABC said", "nok 3 billion"])
def test_capitals_that_name_no_currency_are_no_money(text):
    assert find_amounts(text) == []


def test_a_currency_sign_keeps_its_sum_when_capitals_after_it_name_no_currency():
    (amount,) = find_amounts("$5 million USA")
    assert (amount.value, amount.currency, amount.end) == (5 * 10**6, "USD", len("$5 million"))


@pytest.mark.parametrize("text", ["a fund of 999999999999999999999999999999999 trillion yen",
                                  "a sum of 123456789012345678901234567890123456789012345 dollars"])
def test_a_sum_beyond_any_record_is_no_money(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, currency, value", [
    ("deals worth seventeen billion tenge", "KZT", 17 * 10**9),
    ("a grant of seven million tenge", "KZT", 7 * 10**6),
    ("contracts worth one and a half billion dollars", "USD", 1_500_000_000),
    ("half a billion euros in loans", "EUR", 500_000_000),
    ("agreements worth $1,5 billion", "USD", 1_500_000_000),
    ("a line of EUR 2,25 bln", "EUR", 2_250_000_000),
    ("a credit of 3 billion Chinese yuan", "CNY", 3 * 10**9),
    ("orders of 900 million Kazakh tenge", "KZT", 900 * 10**6),
    ("a loan of Rs 500 crore", "INR", 5 * 10**9),
    ("a budget of KZT 1.5trn", "KZT", 1_500_000_000_000),
])
def test_sums_in_words_with_halves_decimal_commas_and_named_currencies(text, currency, value):
    (amount,) = find_amounts(text)
    assert (amount.currency, amount.value) == (currency, value)


@pytest.mark.parametrize("text", ["1,500 contracts worth nothing", "the rs 5 sentence", "seven tenders"])
def test_no_sum_from_thousands_lowercase_codes_or_number_words_inside_others(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, value", [
    ("The bank pledged EURO365 million to the region.", Decimal("365000000")),
    ("up to EURO 1 billion in investments", Decimal("1000000000")),
])
def test_the_euro_spelt_before_a_sum_with_its_scale_is_euros(text, value):
    assert [(a.value, a.currency) for a in find_amounts(text)] == [(value, "EUR")]


def test_a_euro_word_before_a_bare_number_is_no_sum():
    assert find_amounts("Fans travelled to Euro 2024 in Germany.") == []
