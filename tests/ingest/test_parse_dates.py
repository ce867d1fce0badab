"""Dates as reports write them: a meeting of several days is dated by its first."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogue.ingest.parse_dates import find_dates, published_date, still_to_come

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 28)), st.integers(1, 3), st.sampled_from(["-", "–", " - "]))
def test_a_range_of_days_with_its_year_is_dated_by_its_first_day(first, length, dash):
    last = min(first.day + length, 28)
    text = f"The summit will be held on {MONTHS[first.month - 1]} {first.day}{dash}{last}, {first.year} in Oslo."
    assert [d.date for d in find_dates(text, None)] == [first]


def test_a_range_before_the_month_reads_against_the_reports_date():
    assert [d.date for d in find_dates("On 18-19 May the ministers met.", dt.date(2023, 5, 20))] == [dt.date(2023, 5, 18)]


@pytest.mark.parametrize("text, told", [
    ("The ministers met on 18-19 May in Oslo.", "18-19 May"),
    ("The ministers met from May 18 to 20 in Oslo.", "May 18 to 20"),
    ("The ministers met on 18−19 May in Oslo.", "18−19 May"),
    ("The ministers met on 12 and 18 May in Oslo.", "12 and 18 May"),
])
def test_days_told_together_are_read_as_several_with_all_their_words(text, told):
    (date,) = find_dates(text, dt.date(2023, 5, 25))
    assert (date.text, date.several) == (told, True)


@pytest.mark.parametrize("text", ["The ministers met on 18 May in Oslo.", "The ministers met on May 18, 2023 and 20 firms signed deals."])
def test_one_day_is_not_several(text):
    assert [d.several for d in find_dates(text, dt.date(2023, 5, 25))] == [False]


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)), st.sampled_from([",", ", ", " "]))
def test_the_year_after_the_day_is_read_with_or_without_a_space_after_the_comma(day, separator):
    text = f"On {MONTHS[day.month - 1]} {day.day}{separator}{day.year}, the ministers met in Oslo."
    assert [d.date for d in find_dates(text, None)] == [day]


@pytest.mark.parametrize("header, day", [("2026-02-28", dt.date(2026, 2, 28)), ("2026-02-30", None), ("2026-13-01", None), ("unknown", None)])
def test_a_published_header_gives_its_day_or_nothing_when_no_calendar_has_it(header, day):
    assert published_date(header) == day


def test_a_day_still_to_come_without_its_year_is_the_next_such_day():
    published = dt.date(2026, 10, 28)
    (mention,) = find_dates("the summit planned for 6 November", published)
    assert mention.date == dt.date(2025, 11, 6)  # read as news of the past
    assert still_to_come(mention, published) == dt.date(2026, 11, 6)
    (soon,) = find_dates("on 30 October", published)
    assert still_to_come(soon, published) == dt.date(2026, 10, 30)
    (dated,) = find_dates("on 6 November 2025", published)
    assert still_to_come(dated, published) == dt.date(2025, 11, 6)
    (today,) = find_dates("today", published)
    assert still_to_come(today, published) == published


@pytest.mark.parametrize("text, day", [("on Friday", dt.date(2026, 10, 30)), ("on Wednesday", dt.date(2026, 10, 28)),
                                       ("on Monday", dt.date(2026, 11, 2))])
def test_a_weekday_still_to_come_is_the_next_such_day_the_reports_own_included(text, day):
    published = dt.date(2026, 10, 28)  # a Wednesday
    (mention,) = find_dates(text, published)
    assert mention.date <= published  # read as news of the past
    assert still_to_come(mention, published) == day
