"""Dates as a reader of a language writes them, through Babel's CLDR data.

English is written as in Britain ("4 December 2026"), as the record always has been; any other language takes
CLDR's own forms ("4 декабря 2026 г.", "2026年12月4日"), so a third language needs no code here.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_skeleton, format_time

from dialogue.lib.partial_dates import PartialDate

BABEL_LOCALES = {"en": "en_GB"}


def babel_locale(language: str) -> str:
    """The CLDR locale for a language code as Django names it ("en", "ru", "pt-br")."""
    language = (language or "en").replace("-", "_")
    return BABEL_LOCALES.get(language.lower(), language)


def day_text(day: dt.date, language: str, size: str = "long") -> str:
    """A day in full ("4 December 2026", "4 декабря 2026 г.") or, with size "medium", short ("4 Dec 2026")."""
    return format_date(day, size, locale=babel_locale(language))


def moment_text(moment: dt.datetime, language: str) -> str:
    """A day and a time of day, short: "4 Dec 2026, 13:29", "4 дек. 2026 г., 13:29"."""
    locale = babel_locale(language)
    return f"{format_date(moment, 'medium', locale=locale)}, {format_time(moment, 'HH:mm', locale=locale)}"


def partial_date_text(text: str, language: str) -> str:
    """A stored partial date ("2022", "2022-12", "2022-12-25") at its own precision: "December 2022", "декабрь 2022 г."."""
    date = PartialDate.parse(text)
    if date.month is None:
        return str(date.year)
    if date.day is None:
        return format_skeleton("yMMMM", date.first_day(), locale=babel_locale(language))
    return day_text(date.first_day(), language)


def partial_range_text(start: str, end: str, language: str) -> str:
    """A stored partial date or range ("2025-12-19" to "2025-12-20"), each end at its own precision."""
    if not start:
        return ""
    if not end or end == start:
        return partial_date_text(start, language)
    return f"{partial_date_text(start, language)} – {partial_date_text(end, language)}"
