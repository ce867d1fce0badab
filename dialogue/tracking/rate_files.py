"""Reading exchange-rate files: our own `date,base,quote,rate,source` CSV and the ECB's published reference rates.

The ECB publishes the day's rates (eurofxref.csv, days written '04 December 2026') and their whole history
(eurofxref-hist.csv, days written 2026-12-04), each also zipped: a header `Date, USD, JPY, ...`, one row a day,
each value the units of that currency one euro buys, `N/A` where none was set, and an empty last column. A
bad row or cell is named and left out; the rest of the file is read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from dialogue.lib import validation

COLUMNS = ("date", "base", "quote", "rate", "source")
RATE_DIGITS, RATE_PLACES = 14, 10  # what ExchangeRate.rate holds: DecimalField(max_digits=24, decimal_places=10)
SOURCE_LENGTH = 200
NOT_SET = {"", "N/A", "NA"}


@dataclass(frozen=True)
class RateRow:
    date: dt.date
    base: str
    quote: str
    rate: Decimal
    source: str


@dataclass
class RateFile:
    rows: list[RateRow] = field(default_factory=list)
    problems: validation.Problems = field(default_factory=validation.Problems)
    notes: list[str] = field(default_factory=list)  # what was left out on purpose, once per column


def rate_file_read(path: Path, *, ecb_source: str) -> RateFile:
    """The rates of a file in either form; `validation.Invalid` when the file as a whole cannot be read."""
    lines = _lines(path)
    header = next(lines, None)
    if header is None:
        raise validation.Invalid(f"{path}: the file is empty")
    names = [cell.strip() for cell in header[1]]
    read = RateFile()
    if set(COLUMNS) <= {name.lower() for name in names}:
        _own_rows(path, [name.lower() for name in names], lines, read)
    elif names and names[0].lower() == "date" and len(names) > 1:
        _ecb_rows(path, names, lines, read, ecb_source)
    else:
        missing = ", ".join(sorted(set(COLUMNS) - {name.lower() for name in names}))
        raise validation.Invalid(f"{path}: the header lacks {missing} ({','.join(COLUMNS)}), and it is not the ECB's "
                                 "(Date, USD, JPY, ...)")
    return read


def _text(path: Path) -> str:
    data = path.read_bytes()
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [name for name in archive.namelist() if name.lower().endswith(".csv")]
            if len(members) != 1:
                raise validation.Invalid(f"{path}: the zip file should hold one CSV file; it holds {len(members)}")
            data = archive.read(members[0])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise validation.Invalid(f"{path}: not UTF-8 text (byte {error.start}: {error.reason})") from None


def _lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each row that is not blank."""
    reader = csv.reader(io.StringIO(_text(path), newline=""))
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:  # a cell over csv's size limit, a quote left open: the rest cannot be told apart
            raise validation.Invalid(f"{path}:{reader.line_num}: not CSV from here on ({error})") from None
        if any(cell.strip() for cell in row):
            yield reader.line_num, row


def _own_rows(path: Path, names: list[str], lines: Iterator[tuple[int, list[str]]], read: RateFile) -> None:
    at = {name: names.index(name) for name in COLUMNS}
    for line, cells in lines:
        where = f"{path}:{line}"
        if len(cells) < len(names):
            read.problems.add(f"{where}: has {len(cells)} cells; the header names {len(names)} ({','.join(COLUMNS)})")
            continue
        values, wrong = {}, []
        for name, check in _CHECKS.items():
            try:
                values[name] = check(cells[at[name]].strip())
            except ValueError as error:  # validation.Invalid, or a date's PartialDateError
                wrong.append(f"{where}: field '{name}': {error}")
        if not wrong and values["base"] == values["quote"]:
            wrong.append(f"{where}: field 'quote': a rate is between two currencies; this one is {values['base']} on both sides")
        for problem in wrong:
            read.problems.add(problem)
        if not wrong:
            read.rows.append(RateRow(**values))


def _source(value: str) -> str:
    if not validation.text(value):
        raise validation.Invalid("name who published the rate ('National Bank of Kazakhstan')")
    if len(value) > SOURCE_LENGTH:
        raise validation.Invalid(f"at most {SOURCE_LENGTH} characters; it has {len(value):,}")
    return value


def _rate(value: str) -> Decimal:
    return validation.money(value, digits=RATE_DIGITS, places=RATE_PLACES, positive=True)


_CHECKS = {"date": validation.day, "base": lambda code: validation.currency(code.upper()),
           "quote": lambda code: validation.currency(code.upper()), "rate": _rate, "source": _source}


def _ecb_day(value: str) -> dt.date:
    """The day of an ECB row: 2026-12-04 in the history, '04 December 2026' in the daily file."""
    try:
        return dt.datetime.strptime(value, "%d %B %Y").date()
    except ValueError:
        return validation.day(value)


def _ecb_rows(path: Path, names: list[str], lines: Iterator[tuple[int, list[str]]], read: RateFile, source: str) -> None:
    columns = {}
    for index, code in enumerate(names[1:], start=1):
        if not code:
            continue  # the empty column the ECB's trailing comma makes
        try:
            if code.upper() == "EUR":
                raise validation.Invalid("rates are per euro")
            columns[index] = validation.currency(code.upper())
        except validation.Invalid:
            read.notes.append(f"column {validation.shown(code)}: not a currency of ISO 4217 today, nor one the euro buys; left out")
    for line, cells in lines:
        where = f"{path}:{line}"
        try:
            day = _ecb_day(cells[0].strip())
        except ValueError as error:
            read.problems.add(f"{where}: field 'Date': {error}")
            continue
        for index, quote in columns.items():
            value = cells[index].strip() if index < len(cells) else ""
            if value.upper() in NOT_SET:
                continue
            try:
                read.rows.append(RateRow(day, "EUR", quote, _rate(value), source))
            except validation.Invalid as error:
                read.problems.add(f"{where}: column {quote}: {error}")
