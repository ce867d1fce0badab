"""Country reference data: ISO 3166 from pycountry, with demonyms pycountry lacks."""

from __future__ import annotations

import json
from pathlib import Path

import pycountry

DEMONYMS: dict[str, list[str]] = json.loads((Path(__file__).parent / "data" / "demonyms.json").read_text())

# Formats such as "Central Asia + EU" have a partner that is not a state; ISO 3166
# reserves "EU" for the European Union exceptionally, so it may stand beside the countries.
EXCEPTIONAL_RESERVATIONS = [{"code": "EU", "alpha3": "EUR", "name": "European Union", "official_name": ""}]


def country_rows() -> list[dict]:
    """Every ISO 3166-1 country with its demonyms, in the shape of the Country model."""
    rows = [
        {
            "code": country.alpha_2,
            "alpha3": country.alpha_3,
            "name": getattr(country, "common_name", None) or country.name,
            "official_name": getattr(country, "official_name", ""),
        }
        for country in pycountry.countries
    ] + EXCEPTIONAL_RESERVATIONS
    for row in rows:
        row["demonyms"] = DEMONYMS.get(row["code"], [])
    return rows
