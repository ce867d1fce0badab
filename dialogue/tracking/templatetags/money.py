"""Amounts as a ministry writes them: 3,000,000,000,000 JPY."""

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
