import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogue.lib.partial_dates import PartialDate, PartialDateError, human_range


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from(["year", "month", "day"]))
def test_a_partial_date_reads_back_what_it_writes(day, precision):
    text = {"year": day.strftime("%Y"), "month": day.strftime("%Y-%m"), "day": day.isoformat()}[precision]
    parsed = PartialDate.parse(text)
    assert str(parsed) == text
    assert parsed.precision == precision
    assert parsed.first_day() <= day <= parsed.last_day()


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.dates(min_value=dt.date(1000, 1, 1)))
def test_stored_text_sorts_in_calendar_order(first, second):
    assert (first.isoformat() < second.isoformat()) == (first < second)
    assert (first.strftime("%Y-%m") <= second.strftime("%Y-%m")) == ((first.year, first.month) <= (second.year, second.month))


@given(st.text(max_size=12))
def test_parsing_any_text_either_succeeds_or_says_why(text):
    try:
        PartialDate.parse(text)
    except PartialDateError as error:
        assert "date" in str(error) or "month" in str(error) or "day" in str(error)


@pytest.mark.parametrize("text", ["2023-13", "2023-02-30", "23", "2023/12/01", "December 2023", ""])
def test_impossible_or_misshapen_dates_are_refused(text):
    with pytest.raises(PartialDateError):
        PartialDate.parse(text)


def test_a_year_covers_the_whole_year():
    assert PartialDate.parse("2024").last_day() == dt.date(2024, 12, 31)
    assert PartialDate.parse("2024-02").last_day() == dt.date(2024, 2, 29)


def test_dates_are_written_as_people_write_them():
    assert human_range("2022-12") == "December 2022"
    assert human_range("2025-12-19", "2025-12-20") == "19 December 2025 – 20 December 2025"
    assert human_range("") == ""
