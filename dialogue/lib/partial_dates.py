"""Dates known to a year, a month or a day.

Reports often fix only "2023" or "December 2022". We keep such a date as its ISO 8601
prefix ("2023", "2023-12", "2023-12-25"): the string carries its own precision and sorts
in calendar order, so the database can compare and order it as plain text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

YEAR, MONTH, DAY = "year", "month", "day"


class PartialDateError(ValueError):
    pass


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        match = _PATTERN.match(text.strip()) if isinstance(text, str) else None
        if not match:
            raise PartialDateError(
                f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"
            )
        year, month, day = (int(part) if part else None for part in match.groups())
        if month is not None and not 1 <= month <= 12:
            raise PartialDateError(f"{text!r} has no month {month}")
        if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise PartialDateError(f"{text!r} has no day {day} in that month")
        return cls(year, month, day)

    @property
    def precision(self) -> str:
        if self.day is not None:
            return DAY
        return MONTH if self.month is not None else YEAR

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def human(self) -> str:
        """'2023', 'December 2022' or '25 December 2022', as a person writes it."""
        if self.month is None:
            return str(self.year)
        month_name = calendar.month_name[self.month]
        if self.day is None:
            return f"{month_name} {self.year}"
        return f"{self.day} {month_name} {self.year}"


@lru_cache(maxsize=65536)
def first_day(text: str) -> dt.date:
    """The first day a stored partial date covers; cached, as figures read the same dates many times."""
    return dt.date.fromisoformat(text) if len(text) == 10 else PartialDate.parse(text).first_day()


def human_range(start: str, end: str = "") -> str:
    """Render a stored partial date or range ("2025-12-19" to "2025-12-20") for people."""
    if not start:
        return ""
    first = PartialDate.parse(start)
    if not end or end == start:
        return first.human()
    return f"{first.human()} – {PartialDate.parse(end).human()}"


class BadDay(ValueError):
    """A day asked about (`as_of`, `recorded_as_of`) that is not a calendar day; the message names the value."""


def day_parse(text: str, *, name: str = "") -> dt.date:
    """'2021-06-30' as a date; anything else (a partial date, a 31 June, words) refused in words that say what to write."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise BadDay(f"{name + ' ' if name else ''}{text[:40]!r} is not a day: write YYYY-MM-DD, as 2021-06-30")
