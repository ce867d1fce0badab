"""What extraction knows before it reads a report: countries, demonyms, cities, people.

Countries come from ISO 3166 (pycountry) with the record's demonyms and the other names
reports use ("the Kyrgyz Republic", "U.S."); cities from GeoNames (places.py); people come from the record with all their
spellings, so that a report's "Japarov" is the record's Zhaparov.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from dialogue.ingest import places
from dialogue.ingest.places import CENTRAL_ASIA
from dialogue.record.countries import country_rows

__all__ = ["CENTRAL_ASIA", "Gazetteer", "KnownPerson"]

# Names reports use that ISO 3166 does not list. Upper-case forms are matched as written.
COUNTRY_ALIASES = {
    "KG": ["Kyrgyz Republic", "the Kyrgyz Republic", "Kirghizia"], "KZ": ["Qazaqstan", "Kazakstan"],
    "KR": ["Republic of Korea", "the Republic of Korea", "South Korea", "Korea", "ROK"],
    "US": ["United States", "the United States", "United States of America", "U.S.", "USA", "America", "US"],
    "GB": ["United Kingdom", "UK", "Britain", "Great Britain"], "RU": ["Russia", "Russian Federation", "the Russian Federation"],
    "CN": ["China", "PRC", "People's Republic of China"], "TR": ["Turkey", "Türkiye", "Turkiye"], "IR": ["Iran"],
    "EU": ["EU", "the EU", "European Union", "the European Union"], "VN": ["Vietnam"], "SY": ["Syria"],
    "MD": ["Moldova"], "TW": ["Taiwan"], "KP": ["North Korea"], "LA": ["Laos"], "CZ": ["Czech Republic"], "AE": ["UAE", "the UAE"],
}
# Demonyms whose lower-case form is also a common word are matched only when capitalised.
AMBIGUOUS_LOWER = {"us", "european", "turkish", "american"}


@dataclass(frozen=True)
class KnownPerson:
    name: str
    spellings: tuple[str, ...]
    country: str | None = None
    role: str | None = None
    key: str | None = None

    @property
    def surnames(self) -> set[str]:
        return {spelling.split()[-1] for spelling in self.spellings}


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, str]  # name or alias -> ISO code
    country_names: dict[str, str]  # ISO code -> the name reports use
    demonyms: dict[str, str]  # "Kazakh" -> "KZ"
    cities: dict[str, str]  # "Tokyo" -> "JP", under every spelling
    city_names: dict[str, str] = field(default_factory=dict)  # another spelling -> the city's name: "Washington DC" -> "Washington"
    people: tuple[KnownPerson, ...] = ()
    formats: tuple[tuple[str, str], ...] = field(default=())  # (alias, partner code)

    @classmethod
    def standard(cls, people: tuple[KnownPerson, ...] = (), formats: tuple[tuple[str, str], ...] = (),
                 cache_dir: Path | None = None) -> Gazetteer:
        countries, names, demonyms = {}, {}, {}
        for row in country_rows():
            names[row["code"]] = row["name"]
            for name in {row["name"], row["official_name"]} - {""}:
                countries[name] = row["code"]
            for demonym in row["demonyms"]:
                demonyms[demonym] = row["code"]
        for code, aliases in COUNTRY_ALIASES.items():
            for alias in aliases:
                countries[alias] = code
        names.update({"US": "United States", "RU": "Russia", "KR": "South Korea", "GB": "United Kingdom", "EU": "European Union"})
        towns = {spelling: found for spelling, found in places.cities(cache_dir).items() if spelling not in demonyms}
        return cls(countries=countries, country_names=names, demonyms=demonyms, cities={s: code for s, (code, _) in towns.items()},
                   city_names={s: name for s, (_, name) in towns.items() if s != name}, people=tuple(people), formats=tuple(formats))

    @cached_property
    def city_spellings(self) -> dict[str, str]:
        """'TOKYO' or 'tokyo' (lower-cased) -> 'Tokyo': the name the gazetteer gives a city."""
        return {spelling.lower(): self.city_names.get(spelling, spelling) for spelling in self.cities}

    @cached_property
    def people_by_surname(self) -> dict[str, tuple[KnownPerson, ...]]:
        """Every known person under each surname they bear; namesakes share one."""
        found: dict[str, tuple[KnownPerson, ...]] = {}
        for person in self.people:
            for surname in person.surnames:
                found[surname.lower()] = (*found.get(surname.lower(), ()), person)
        return found

    def country_code(self, text: str) -> str | None:
        """The ISO code of a country named, styled or described: 'Kazakh', 'the Kyrgyz Republic'."""
        text = text.strip()
        for candidate in (text, text.removeprefix("the ").removeprefix("The "), text.removesuffix("'s").removesuffix("’s")):
            code = self.countries.get(candidate) or self.demonyms.get(candidate)
            if code:
                return code
        return self._countries_lowered.get(text.lower().removeprefix("the "))

    @cached_property
    def _countries_lowered(self) -> dict[str, str]:
        return {name.lower(): code for name, code in self.countries.items()}

    def name_of(self, code: str | None) -> str | None:
        return self.country_names.get(code) if code else None

    def fingerprint(self) -> tuple:
        """What the compiled spaCy pipeline depends on, to reuse it across reports."""
        return (len(self.countries), len(self.cities), tuple(p.spellings for p in self.people), self.formats)
