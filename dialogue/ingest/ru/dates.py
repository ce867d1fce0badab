"""Dates as Russian reports write them: "16 сентября 2025 года", "16-17 сентября", "с 16 по 17 сентября", "1 ноя",
"09.10.2025", "в среду", "в минувшую пятницу", "завтра".

A day without a year, or a weekday, is resolved against the report's date and stays None without one: a weekday
looks back from it unless the sentence speaks of what is to come (ahead) or says "следующий"; a day without a year
is of the year before when it would fall after the report's date in a sentence of what was, or far after it
("28 декабря" in a report of 5 January), and of the year after when it would fall before it in one of what is to come.
"""

from __future__ import annotations

import datetime as dt
import re

from dialogue.ingest.parse_dates import DateMention

MONTHS = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_MONTH = (r"(?P<month>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
          r"|(?:янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)\b\.?)")
WEEKDAYS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень")
DATE_RE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:\s*(?:[-–—]|по|и)\s*\d{{1,2}})?\s+{_MONTH}(?:\s+(?P<year>\d{{4}}))?"
    r"(?:\s+(?:года?|г\.)?\s*(?P<which>текущего|этого|сего|нынешнего|прошлого|следующего)\s+года)?"
    rf"|\b(?P<dd>\d{{1,2}})\.(?P<mm>\d{{2}})\.(?P<yyyy>\d{{4}})\b"
    r"|\bв(?:о)?\s+(?:(?P<side>прошл\w+|минувш\w+|эт\w+|нынешн\w+|следующ\w+|ближайш\w+|будущ\w+)\s+)?"
    r"(?P<weekday>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"
    r"|\b(?P<relative>сегодня|вчера|накануне|завтра|послезавтра)\b",
    re.IGNORECASE,
)
_SHIFT = {"сегодня": 0, "вчера": -1, "накануне": -1, "завтра": 1, "послезавтра": 2}
# A news agency's dateline: "АШХАБАД, 28 марта –", the day of the report, not always of the meeting.
_DATELINE_BEFORE = re.compile(r"[А-ЯЁA-Z][А-ЯЁA-Z-]{2,},\s*$")


def find_dates(text: str, published: dt.date | None, start: int = 0, end: int | None = None, ahead: bool | None = None) -> list[DateMention]:
    """The dates of a span; ahead says whether its sentence speaks of what is to come (True), of what was (False), or
    cannot tell (None)."""
    return [DateMention(m.start(), m.end(), m.group(0), _resolve(m, published, ahead))
            for m in DATE_RE.finditer(text, start, end or len(text))]


def is_dateline(text: str, date: DateMention) -> bool:
    """Whether a date is the agency's dateline ("ТАШКЕНТ, 1 ноя — ..."): the meeting's own day, told in the body,
    outweighs it."""
    return bool(_DATELINE_BEFORE.search(text, max(0, date.start - 40), date.start)
                or _TOWN_OPENING.search(text, max(0, date.start - 40), date.start) and _AGENCY_AFTER.match(text, date.end))


# A dateline in the town's ordinary case, told by the agency's mark after it: "Алматы, 27 апреля /Синьхуа/ -- ...".
_TOWN_OPENING = re.compile(r"(?:^|\n)[ \t]*[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)?,\s*$")
_AGENCY_AFTER = re.compile(r"\s*(?:\(|/|—|–|--)")


def _resolve(match: re.Match, published: dt.date | None, ahead: bool | None) -> dt.date | None:
    try:
        if match.group("yyyy"):
            return dt.date(int(match.group("yyyy")), int(match.group("mm")), int(match.group("dd")))
        if match.group("month"):
            return _day_of_month(match, published, ahead)
    except ValueError:
        return None
    if published is None:
        return None
    if match.group("weekday"):
        wanted = next(i for i, stem in enumerate(WEEKDAYS) if match.group("weekday").lower().startswith(stem))
        side = (match.group("side") or "").lower()
        if side.startswith(("следующ", "ближайш", "будущ")) or ahead and not side.startswith(("прошл", "минувш")):
            return published + dt.timedelta(days=(wanted - published.weekday()) % 7)
        return published - dt.timedelta(days=(published.weekday() - wanted) % 7)
    return published + dt.timedelta(days=_SHIFT[match.group("relative").lower()])


def _day_of_month(match: re.Match, published: dt.date | None, ahead: bool | None) -> dt.date | None:
    month = next(i for i, stem in enumerate(MONTHS, 1) if match.group("month").lower().startswith(stem))
    day = int(match.group("day"))
    if match.group("year"):
        return dt.date(int(match.group("year")), month, day)
    if published is None:
        return None
    which = (match.group("which") or "").lower()
    year = published.year + {"прошлого": -1, "следующего": 1}.get(which, 0)
    date = dt.date(year, month, day)
    if which:
        return date
    days = (date - published).days
    if days > 240 or ahead is False and days > 1:  # "28 декабря" told on 5 January; "прошёл 16 сентября" told in June
        return dt.date(year - 1, month, day)
    if ahead and days < -1:  # "пройдёт 20 января" told in December
        return dt.date(year + 1, month, day)
    return date
