"""Dates as reports write them, resolved against the report's own date.

"on May 14", "4 April 2025", "Dec. 20", "March 25, 2016", "on Saturday", "today". A day
written without its year, or a weekday, needs the report's date; without one it stays
unresolved rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache


MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DATE_RE = re.compile(
    rf"\b(?:(?P<day_first>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–—−‑]\s*\d{{1,2}})?\s+(?:of\s+)?{MONTH}(?:(?:,\s*|\s+)\d{{4}})?"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–—−‑]\s*\d{{1,2}}(?:st|nd|rd|th)?)?(?:(?:,\s*|\s+)\d{{4}})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"|(?P<relative>today|yesterday))\b",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date | None  # None when the report's date is needed but unknown
    several: bool = False  # one of several days told together ("18-19 May", "from June 16 to 18", "12 and 18 March")


# Every date DATE_RE reads holds a digit or ends in "day" (a weekday, today, yesterday): a cheap test first, as most
# sentences a rule asks about hold neither.
_DATE_HINT = re.compile(r"\d|day", re.IGNORECASE)


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    return list(_dates(text, published))


@lru_cache(maxsize=512)
def _dates(text: str, published: dt.date | None) -> tuple[DateMention, ...]:
    """Remembered, as the rules of meetings read the same sentences' dates once per meeting they might tell of."""
    if not _DATE_HINT.search(text):
        return ()
    found = []
    for m in DATE_RE.finditer(text):
        start, end = m.start(), m.end()
        several = bool(_RANGE_INSIDE.search(m.group(0)))
        if m.group("weekday") is None and m.group("relative") is None:
            if (before := _RANGE_BEFORE.search(text, max(0, start - 12), start)) is not None:
                start, several = before.start(), True  # "3 to 4 April", "3−4 April"
            if m.group(0)[-1].isdigit() and not YEAR_RE.search(m.group(0)) and (after := _RANGE_AFTER.match(text, end)) is not None:
                end, several = after.end(), True  # "December 18 to 20", "June 3-4, 2027"
        found.append(DateMention(start, end, text[start:end], resolve(m, published), several))
    return tuple(found)


_DASHES = "-–—−‑"
_RANGE_INSIDE = re.compile(rf"\d\s*[{_DASHES}]\s*\d")
# The other day of a span whose day DATE_RE read first ("December 18 to 20", "May 9 and 10"), or last ("3 to 4 April").
_RANGE_AFTER = re.compile(rf"\s*(?:[{_DASHES}]|\bto\b|\band\b|\buntil\b|\btill\b|\bthrough\b)\s*\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|per|million|billion|[:.]\d))",
                         re.IGNORECASE)
_RANGE_BEFORE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:[{_DASHES}]|\bto\b|\band\b|\buntil\b|\btill\b|\bthrough\b)\s*$", re.IGNORECASE)


def still_to_come(mention: DateMention, published: dt.date | None) -> dt.date | None:
    """The day of a mention read as one still to come ("the summit planned for 6 November", in a report of late
    October): a day written without its year is the next such day, not the last; a weekday is the next such day
    ("will meet on Friday", in a report of a Wednesday), the report's own day included. "Today" stays."""
    day = mention.date
    if day is not None and published is not None and mention.text.lower() in WEEKDAYS:
        return published + dt.timedelta(days=(day.weekday() - published.weekday()) % 7)
    if day is None or published is None or YEAR_RE.search(mention.text) or not re.search(r"[A-Za-z]{3}", mention.text) \
            or re.fullmatch(r"(?i)\s*(?:today|yesterday)\s*", mention.text):
        return day
    if day < published - dt.timedelta(days=7):
        try:
            return day.replace(year=day.year + 1)
        except ValueError:  # 29 February
            return day
    return day


def resolve(match: re.Match, published: dt.date | None) -> dt.date | None:
    expression = match.group(0)
    if match.group("relative"):
        if not published:
            return None
        return published - dt.timedelta(days=1 if expression.lower() == "yesterday" else 0)
    if match.group("weekday"):
        if not published:
            return None
        # News reports events that have happened: the latest such weekday, the report's own day included.
        back = (published.weekday() - WEEKDAYS.index(expression.lower())) % 7
        return published - dt.timedelta(days=back)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", expression):
        # "June 3-4, 2027", "18-19 May": a meeting of several days is dated by its first
        expression = re.sub(r"(\d{1,2})(?:st|nd|rd|th)?\s*[-–—−‑]\s*\d{1,2}(?:st|nd|rd|th)?", r"\1", expression)
    has_year = bool(YEAR_RE.search(expression))
    if not has_year and not published:
        return None
    day = _explicit(expression, published)
    if day is not None:
        return day
    import dateparser  # the rare expression the plain reading above leaves; its import costs a tenth of a second

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"], "DATE_ORDER": "DMY"}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    parsed = dateparser.parse(expression.replace("Sept.", "Sep.").replace("Sept ", "Sep "), languages=["en"], settings=settings)
    if parsed is None:
        return None
    day = parsed.date()
    if not has_year and published and day > published + dt.timedelta(days=7):
        day = day.replace(year=day.year - 1)
    return day


MONTHS = {name: number for number, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"), ("jul", "july"),
     ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1)
    for name in names}


def _explicit(expression: str, published: dt.date | None) -> dt.date | None:
    """'14 May 2024', 'May 14', 'Dec. 20, 2025', '2024-05-14' without a parser's overhead; None to let dateparser try."""
    words = re.findall(r"[A-Za-z]+|\d+", expression)
    numbers = [int(w) for w in words if w.isdigit()]
    months = [MONTHS[w.lower()] for w in words if w.lower() in MONTHS]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", expression):
            return dt.date.fromisoformat(expression)
        if len(months) != 1 or not 1 <= len(numbers) <= 2:
            return None
        day = next(n for n in numbers if n <= 31)
        year = next((n for n in numbers if n > 31), None)
        if year is not None:
            return dt.date(year, months[0], day)
        candidate = dt.date(published.year, months[0], day)
        # Without a year, the latest such day not long after the report.
        return candidate if candidate <= published + dt.timedelta(days=7) else candidate.replace(year=published.year - 1)
    except (ValueError, StopIteration):
        return None


def published_date(text: str | None) -> dt.date | None:
    """The report's date from a header value such as '2022-12-25'; None for 'unknown' and for a day no
    calendar has ('2026-02-30'), which ingestion then reports as not understood."""
    if not text:
        return None
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", text)
    try:
        return dt.date.fromisoformat(match.group(1)) if match else None
    except ValueError:
        return None
