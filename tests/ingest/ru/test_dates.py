import datetime as dt

from dialogue.ingest.ru.dates import find_dates


def _dates(text, published=dt.date(2026, 6, 8)):
    return [d.date for d in find_dates(text, published)]


def test_a_day_month_and_year_in_the_genitive():
    assert _dates("Встреча прошла 16 сентября 2025 года.") == [dt.date(2025, 9, 16)]


def test_a_range_gives_its_first_day_and_a_day_without_year_takes_the_reports_year():
    assert _dates("Форум пройдет 3-4 июля.") == [dt.date(2026, 7, 3)]


def test_a_weekday_is_resolved_against_the_reports_date_and_stays_open_without_one():
    assert _dates("Министры встретились в субботу.") == [dt.date(2026, 6, 6)]
    assert _dates("Министры встретились в субботу.", published=None) == [None]


def test_a_numeric_dateline():
    assert _dates("ОСЛО, 09.10.2025 /Агентство/.") == [dt.date(2025, 10, 9)]
