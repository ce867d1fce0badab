"""The checks every way into the record shares: the load, ingestion, the API, the pages, the admin and rates.

Each check takes a value as it arrived (text from a file, a form or JSON) and returns it in the record's terms, or
raises `Invalid` saying in words what is wrong with it; the caller adds which record and field it was. `Problems`
gathers those lines for a whole batch and caps what it shows, so a file with a million bad rows is answered in a
hundred lines, not a million.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from dialogue.lib.currencies import currency_problem
from dialogue.lib.partial_dates import PartialDate, PartialDateError
from dialogue.lib.texts import UNSTORABLE

KEY_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
KEY_LENGTH = 120
MONEY_DIGITS = 20  # before the point: what a DecimalField(max_digits=24, decimal_places=4) holds
MONEY_PLACES = 4
MAX_DEPTH = 32  # the record's deepest JSON is five levels; a deeper one is no record
MAX_LINES = 100
_KEY = re.compile(KEY_PATTERN)


class Invalid(ValueError):
    """A value the record cannot hold, with the reason in words."""


class Problems:
    """What is wrong with a batch, one line per record and field; only the first `MAX_LINES` are kept in full."""

    def __init__(self, limit: int = MAX_LINES) -> None:
        self.limit, self.total, self._kept = limit, 0, []

    def add(self, line: str) -> None:
        self.total += 1
        if len(self._kept) < self.limit:
            self._kept.append(line)

    def __bool__(self) -> bool:
        return self.total > 0

    def __len__(self) -> int:
        return self.total

    def lines(self) -> list[str]:
        """At most `limit` lines: the first ones, then '... and N more' for the rest."""
        if self.total <= self.limit:
            return list(self._kept)
        return self._kept[: self.limit - 1] + [f"... and {self.total - self.limit + 1:,} more"]


def capped(lines: list[str], limit: int = MAX_LINES) -> list[str]:
    problems = Problems(limit)
    for line in lines:
        problems.add(line)
    return problems.lines()


def shown(value: Any, limit: int = 40) -> str:
    """A value quoted for a message, cut short: a 60 MB line is not echoed back."""
    try:
        text = str(value) if isinstance(value, Decimal) else repr(value)
    except ValueError:  # a whole number too long for Python to write out
        return "a number of thousands of digits"
    except RecursionError:
        return "lists nested too deep to show"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def key(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise Invalid(f"a key is text, not {shown(value)}")
    if len(value) > KEY_LENGTH:
        raise Invalid(f"a key has at most {KEY_LENGTH} characters; {shown(value)} has {len(value):,}")
    if not _KEY.match(value):
        raise Invalid(f"{shown(value)} is no key: use lower-case letters, digits, '.', '_' and '-' only")
    return value


def text(value: Any) -> str:
    """Text a database stores: no NUL, no control character but tab and line breaks, no half of a surrogate pair."""
    if not isinstance(value, str):
        raise Invalid(f"expected text, not {shown(value)}")
    if found := UNSTORABLE.search(value):
        raise Invalid(f"holds the control or broken character {found.group()!r} at position {found.start()}: "
                      "only text, tabs and line breaks are kept")
    return value


def money(value: Any, *, digits: int = MONEY_DIGITS, places: int = MONEY_PLACES, positive: bool = False) -> Decimal:
    """A sum as the record holds it: written as text or a whole number (never a float, which is already rounded),
    finite, not negative (above zero when `positive`), at most `digits` before the point and `places` after it."""
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise Invalid(f"write the amount as a string or whole number, not {shown(value)}")
    try:
        amount = Decimal(value.strip() if isinstance(value, str) else value)
    except (InvalidOperation, ValueError):
        raise Invalid(f"{shown(value)} is not a number") from None
    if not amount.is_finite():
        raise Invalid(f"{shown(value)} is not a number")
    if amount < 0 or positive and amount == 0:
        raise Invalid(f"{shown(value)}: {'a rate is above zero' if positive else 'a sum of money cannot be negative'}")
    sign, figures, exponent = amount.as_tuple()
    before = max(len(figures) + exponent, 0) if amount else 0
    if before > digits:
        raise Invalid(f"{shown(value)} has {before} digits before the point; the record holds at most {digits}")
    if -exponent > places and amount != amount.quantize(Decimal(1).scaleb(-places), rounding="ROUND_DOWN"):
        raise Invalid(f"{shown(value)} has more than {places} decimal places")
    return abs(amount) if amount == 0 else amount  # never "-0"


def currency(value: Any) -> str:
    if not isinstance(value, str):
        raise Invalid(f"a currency is a three-letter code, not {shown(value)}")
    if problem := currency_problem(value):
        raise Invalid(problem if len(value) <= 10 else f"{shown(value)} is not an ISO 4217 currency.")
    return value


def day(value: Any) -> dt.date:
    """A day of the calendar, written YYYY-MM-DD."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise Invalid(f"{shown(value)} is not a day: write YYYY-MM-DD")
    return PartialDate.parse(partial_date(value)).first_day()


def partial_date(value: Any) -> str:
    """A day, month or year of the calendar ('2026-12-04', '2026-12', '2026'), as the record stores it."""
    if not isinstance(value, str):
        raise Invalid(f"expected a date as text, not {shown(value)}")
    try:
        return str(PartialDate.parse(value)) if value else ""
    except PartialDateError as error:
        raise Invalid(str(error) if len(value) <= 40 else f"{shown(value)} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD") from None


def nesting(value: Any, limit: int = MAX_DEPTH) -> Any:
    """The value, when its lists and objects nest at most `limit` deep (walked without recursion)."""
    stack = [(value, 1)] if isinstance(value, (dict, list)) else []
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            raise Invalid(f"lists and objects nest more than {limit} deep")
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return value


def json_value(raw: str, limit: int = MAX_DEPTH) -> Any:
    """JSON text as its value; nesting deeper than `limit` (or than Python's stack) is refused in words."""
    try:
        return nesting(json.loads(raw), limit)
    except RecursionError:
        raise Invalid(f"lists and objects nest more than {limit} deep") from None
