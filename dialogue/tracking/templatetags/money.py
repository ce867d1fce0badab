"""Amounts as a ministry writes them: 3,000,000,000,000 JPY."""

import re
from decimal import Decimal

from babel.numbers import format_decimal, get_currency_precision
from django import template

register = template.Library()


@register.filter
def money(value, currency: str = "") -> str:
    """Digits after the point as the currency has them (none for yen, two for dollars)."""
    if value is None:
        return "—"
    digits = get_currency_precision(currency) if currency and len(currency) == 3 else 2
    return f"{format_decimal(Decimal(value), format='#,##0' + ('.' + '0' * digits if digits else ''), locale='en')} {currency}".strip()


@register.filter
def percent(value) -> str:
    return "—" if value is None else f"{value} %"


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
