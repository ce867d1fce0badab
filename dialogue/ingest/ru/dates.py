"""Dates as Russian reports write them: "16 сентября 2025 года", "16-17 сентября", "09.10.2025", "в субботу".

A day without a year, or a weekday, is resolved against the report's date and stays None without one.
"""

from __future__ import annotations

import datetime as dt
import re

from dialogue.ingest.parse_dates import DateMention

MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
_MONTH = r"(?P<month>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
WEEKDAYS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень")
DATE_RE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:\s*[-–—]\s*\d{{1,2}})?\s+{_MONTH}(?:\s+(?P<year>\d{{4}}))?"
    rf"|\b(?P<dd>\d{{2}})\.(?P<mm>\d{{2}})\.(?P<yyyy>\d{{4}})\b"
    r"|\bв\s+(?P<weekday>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"
    r"|\b(?P<relative>сегодня|вчера|накануне)\b",
    re.IGNORECASE,
)


def find_dates(text: str, published: dt.date | None, start: int = 0, end: int | None = None) -> list[DateMention]:
    return [DateMention(m.start(), m.end(), m.group(0), _resolve(m, published)) for m in DATE_RE.finditer(text, start, end or len(text))]


def _resolve(match: re.Match, published: dt.date | None) -> dt.date | None:
    try:
        if match.group("yyyy"):
            return dt.date(int(match.group("yyyy")), int(match.group("mm")), int(match.group("dd")))
        if match.group("month"):
            month = next(i for i, stem in enumerate(MONTHS, 1) if match.group("month").lower().startswith(stem))
            year = int(match.group("year")) if match.group("year") else published.year if published else None
            return dt.date(year, month, int(match.group("day"))) if year else None
    except ValueError:
        return None
    if published is None:
        return None
    if match.group("weekday"):
        wanted = next(i for i, stem in enumerate(WEEKDAYS) if match.group("weekday").lower().startswith(stem))
        return published - dt.timedelta(days=(published.weekday() - wanted) % 7)
    return published - dt.timedelta(days=0 if match.group("relative").lower() == "сегодня" else 1)
