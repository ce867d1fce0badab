"""The currencies money may be counted in: ISO 4217's, as pycountry ships them, without the codes for
precious metals, funds and tests (XAU, XDR, XTS, XXX...), which no deal is counted in."""

from __future__ import annotations

import pycountry

_NOT_MONEY = {"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX", "XFU", "XRE"}
ISO_CURRENCIES = frozenset(c.alpha_3 for c in pycountry.currencies) - _NOT_MONEY


def currency_problem(code: str) -> str | None:
    """Why a code is no currency money is counted in, in words; None when it is one."""
    return None if code in ISO_CURRENCIES else f"{code} is not an ISO 4217 currency."
