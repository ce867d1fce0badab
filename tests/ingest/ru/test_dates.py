import datetime as dt

from dialogue.ingest.ru.dates import find_dates, is_dateline


def _dates(text, published=dt.date(2026, 6, 8), ahead=None):
    return [d.date for d in find_dates(text, published, ahead=ahead)]


def test_a_day_month_and_year_in_the_genitive():
    assert _dates("Встреча прошла 16 сентября 2025 года.") == [dt.date(2025, 9, 16)]


def test_a_range_gives_its_first_day_and_a_day_without_year_takes_the_reports_year():
    assert _dates("Форум пройдет 3-4 июля.") == [dt.date(2026, 7, 3)]


def test_a_weekday_is_resolved_against_the_reports_date_and_stays_open_without_one():
    assert _dates("Министры встретились в субботу.") == [dt.date(2026, 6, 6)]
    assert _dates("Министры встретились в субботу.", published=None) == [None]


def test_a_numeric_dateline():
    assert _dates("ОСЛО, 09.10.2025 /Агентство/.") == [dt.date(2025, 10, 9)]


def test_an_agencys_short_month_and_a_range_told_with_po():
    assert _dates("ОСЛО, 3 июн. — Агентство.") == [dt.date(2026, 6, 3)]
    assert _dates("Форум пройдет с 16 по 17 июня.") == [dt.date(2026, 6, 16)]


def test_a_weekday_looks_ahead_when_the_sentence_does_or_says_next():
    assert _dates("Министры встретятся в среду.", ahead=True) == [dt.date(2026, 6, 10)]
    assert _dates("Министры встретятся в следующий четверг.") == [dt.date(2026, 6, 11)]
    assert _dates("Министры встретились в минувшую пятницу.", ahead=True) == [dt.date(2026, 6, 5)]


def test_a_day_without_a_year_takes_the_year_its_tense_and_words_give():
    assert _dates("Саммит прошел 16 сентября.", ahead=False) == [dt.date(2025, 9, 16)]
    assert _dates("Саммит пройдет 20 января.", ahead=True) == [dt.date(2027, 1, 20)]
    assert _dates("Саммит прошел 12 марта прошлого года.") == [dt.date(2025, 3, 12)]
    assert _dates("Встреча прошла 28 декабря.", published=dt.date(2026, 1, 5)) == [dt.date(2025, 12, 28)]


def test_a_dateline_is_told_apart_from_the_meetings_own_day():
    text = "ОСЛО, 9 июня – Агентство. 8 июня в Осло прошла встреча."
    assert [is_dateline(text, d) for d in find_dates(text, dt.date(2026, 6, 9))] == [True, False]
