"""Amounts as a ministry writes them (3,000,000,000,000 JPY) and as a person reads them (JPY 3 trillion), in the
reader's language: the figures and words by Babel's locale data ("3 триллиона", "1 234,50")."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, getcontext, localcontext

from babel.numbers import format_compact_decimal, format_decimal, get_currency_precision
from django import template
from django.utils.html import format_html
from django.utils.translation import get_language, gettext

from dialogue.lib.locales import babel_locale
from dialogue.record.models import Country, Deal
from dialogue.tracking.rates import RateUsed

register = template.Library()
COMPACT_FROM = Decimal(1_000_000)  # below a million the figure itself reads well enough
RATE_DIGITS = 6


def _locale() -> str:
    return babel_locale(get_language())


def _room_for(number: Decimal, digits: int):
    """A decimal context with room for every digit of a large sum, so that rounding it never raises."""
    return localcontext(prec=max(getcontext().prec, number.adjusted() + digits + 2))


@register.filter
def money(value, currency: str = "") -> str:
    """Digits after the point as the currency has them (none for yen, two for dollars)."""
    if value is None:
        return "—"
    digits = get_currency_precision(currency) if currency and len(currency) == 3 else 2
    number = Decimal(value)
    with _room_for(number, digits):
        figure = format_decimal(number, format="#,##0" + ("." + "0" * digits if digits else ""), locale=_locale())
    return f"{figure} {currency}".strip()


def _decimal(value) -> Decimal | None:
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return None
    return number if number.is_finite() else None


@register.filter
def money_words(value, currency: str = "") -> str:
    """The amount as a person says it, in plain text: "JPY 3 trillion", "USD 19.25 billion", "USD 1,234.50"."""
    number = _decimal(value)
    if number is None:
        return "—" if value is None else str(value)
    if abs(number) < COMPACT_FROM:
        figure = money(number, currency).removesuffix(currency).strip()
    else:
        with _room_for(number, 2):
            figure = _compact(number)
    return f"{currency} {figure}".strip()


def _compact(number: Decimal) -> str:
    """"3 trillion" where the locale has words for it, else its short form ("3兆")."""
    locale = _locale()
    try:
        return format_compact_decimal(number, format_type="long", fraction_digits=2, locale=locale)
    except KeyError:
        return format_compact_decimal(number, format_type="short", fraction_digits=2, locale=locale)


@register.filter
def money_compact(value, currency: str = "") -> str:
    """The amount as a person says it, with the exact figure on hover: <span title="3,000,000,000,000 JPY">JPY 3 trillion</span>."""
    if _decimal(value) is None:
        return money_words(value, currency)
    return format_html('<span class="money" title="{}">{}</span>', money(value, currency), money_words(value, currency))


def _rate_rounded(rate: Decimal) -> str:
    """Six significant digits, never in exponent form: 0.00643216, 154.321, 12,345,700."""
    rounded = rate.quantize(Decimal(1).scaleb(rate.adjusted() - RATE_DIGITS + 1)) if rate else rate
    return format_decimal(rounded.normalize(), locale=_locale(), decimal_quantization=False)


@register.filter
def rate_words(used: RateUsed) -> str:
    """The rate used as a person reads it, in plain text: "1 USD = 154.321 JPY (source, 2025-12-01)"."""
    return f"1 {used.base} = {_rate_rounded(used.rate)} {used.quote} ({used.source}, {used.date.isoformat()})"


@register.filter
def rate(used: RateUsed) -> str:
    """The rate rounded for reading, the exact rate kept in the page's data: <data value="154.3214…">."""
    return format_html('1 {} = <data value="{}">{}</data> {} ({}, {})', used.base, f"{used.rate.normalize():f}",
                       _rate_rounded(used.rate), used.quote, used.source, used.date.isoformat())


@register.filter
def by_country_name(shares: dict[str, Decimal]) -> list[tuple[str, Decimal]]:
    """A breakdown by ISO code (JP, KZ) as a reader wants it: by the countries' names, in their order."""
    names = dict(Country.objects.filter(code__in=list(shares)).values_list("code", "name"))
    rows = sorted(shares.items(), key=lambda item: (item[0] not in names, names.get(item[0], item[0])))
    return [(names.get(code, gettext("no country named") if code == "unassigned" else code), value) for code, value in rows]


@register.filter
def stage_name(stage: str) -> str:
    """A deal stage as the record's choices name it ("commitment", "pledge or memorandum"), not its stored code."""
    return Deal.Stage(stage).label.lower() if stage in Deal.Stage.values else stage


@register.filter
def percent(value) -> str:
    """A percentage with the digits it was computed to, in the reader's figures: "12.50 %", "12,50 %"."""
    number = _decimal(value)
    if number is None:
        return "—" if value is None else f"{value} %"
    digits = max(0, -number.as_tuple().exponent)
    return f"{format_decimal(number, format='0.' + '0' * digits if digits else '0', locale=_locale())} %"


@register.filter
def get_item(charts: dict, progress) -> str:
    """The chart drawn for this target's progress."""
    return charts.get(id(progress), "")


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


@register.filter
def md(value) -> str:
    """Record text as Markdown shows it and never runs it: its marks (a table's '|', '<script>', '*', '[link]')
    escaped with a backslash, its line breaks made spaces so a table row stays one row."""
    if value is None:
        return ""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", re.sub(r"\s*[\r\n]+\s*", " ", str(value)))
