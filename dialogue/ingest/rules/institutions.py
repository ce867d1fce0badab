"""Lenders, funds and companies that stand as a party to a deal in place of a country: "an EIB loan of EUR 60
million", "the China Construction Bank opened a credit line", "the Development Bank of Kazakhstan signed",
"the state railway company signed a contract with Norway-based Nordrail".

The genre names the institution, not the state behind it, and so do readers of the record; a country whose
name is part of the institution's ("European", "China", "of Kazakhstan") is not a party on that account.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations the genre uses, with the names they stand for and the country an institution belongs to.
_KNOWN = {
    "EBRD": ("European Bank for Reconstruction and Development", None),
    "EIB": ("European Investment Bank", None),
    "ADB": ("Asian Development Bank", None),
    "AIIB": ("Asian Infrastructure Investment Bank", None),
    "IsDB": ("Islamic Development Bank", None),
    "EDB": ("Eurasian Development Bank", None),
    "IFC": ("International Finance Corporation", None),
    "JICA": ("Japan International Cooperation Agency", "JP"),
    "JBIC": ("Japan Bank for International Cooperation", "JP"),
    "NEXI": ("Nippon Export and Investment Insurance", "JP"),
    "KfW": ("KfW", "DE"),
    "KEXIM": ("Export-Import Bank of Korea", "KR"),
    "DFC": ("U.S. International Development Finance Corporation", "US"),
    "World Bank": ("World Bank", None),
    "OPEC Fund": ("OPEC Fund for International Development", None),
}
_ABBREVIATION = re.compile(r"\b(?:" + "|".join(re.escape(key) for key in sorted(_KNOWN, key=len, reverse=True)) + r")\b")
# "China Construction Bank", "the Development Bank of Kazakhstan", "the Saudi Fund for Development", "Halyk Bank"
_NAMED = re.compile(r"\b(?P<name>(?:[A-Z][\w&'’.-]*\s+(?:(?:and|for)\s+)?){1,5}(?:Bank|Fund)(?:\s+(?:of|for)\s+[A-Z][\w-]+"
                    r"(?:\s+(?:and\s+)?[A-Z][\w-]+){0,3})?)(?:\s+\((?P<short>[A-Z][A-Za-z]{1,6})\))?")
_NOT_NAMES = re.compile(r"^(?:The|A|An|This|That|Its|Their|His|Her)\s+", re.I)
# Companies: by the word that ends a firm's name ("Nordic Steel Corporation", "Kyrgyz Railways"), or by the word the
# genre sets before a firm's name ("carmaker Fjordmotors", "Oslo-based Nordrail", "Norway's NORGAS").
_COMPANY = re.compile(r"\b(?P<name>(?:[A-Z][\w&.-]*\s+){1,4}(?:Corporation|Corp|Company|Group|Holdings?|Inc|Ltd|LLC|JSC|PLC|"
                      r"Airways|Airlines|Railways?(?:\s+Corp)?|Motors)\b)")
_DESCRIBED = re.compile(r"\b(?P<prefix>(?:(?P<place>[A-Z][\w.-]*?)-based|[a-z]*(?:firm|company|maker|builder|manufacturer|carrier|giant|producer|operator|"
                        r"developer|conglomerate|group|miner|exporter|supplier|provider|insurer))\s+)(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})")
_POSSESSED = re.compile(r"\b(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?P<name>[A-Z][A-Z0-9&-]{1,7}\b|[A-Z][a-z]+(?:[A-Z-][\w-]*)+)")
_BODY = re.compile(r"\b(?:Working|Expert|Contact|Steering|Coordination|Coordinating|Task|Friendship|Parliamentary|Joint|"
                   r"Intergovernmental|Interagency|Advisory|Regional|Consultative)\s+Group\b")
# A company's country said just before its name: "Japan's", "the Japanese", "a Norway-based".
_OWNER = re.compile(r"\b(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s|\s+based)?\s+$|\b(?P<placed>[A-Z][\w.-]*?)-based\s+$")


@dataclass(frozen=True)
class Institution:
    name: str
    start: int  # where the sentence names it
    end: int
    home: str | None  # ISO code of the country it belongs to, when it belongs to one


def institutions_in(text: str, country_code) -> list[Institution]:
    """The institutions a sentence names, each once, in the order named; `country_code` reads a country's name."""
    found: list[Institution] = []
    for match in _NAMED.finditer(text):
        name = _NOT_NAMES.sub("", match.group("name")).strip()
        start = match.start("name") + match.group("name").index(name)
        home = next((code for word in re.findall(r"[A-Z][\w-]+", name) if (code := country_code(word)) and code != "EU"), None)
        if name in ("World Bank",) or name.split()[0] in ("Global",):
            home = None
        found.append(Institution(name=name, start=start, end=match.end(), home=home))
    for match in [*_COMPANY.finditer(text), *_DESCRIBED.finditer(text), *_POSSESSED.finditer(text)]:
        name = _NOT_NAMES.sub("", match.group("name")).strip()
        start = match.start("name") + match.group("name").index(name)
        if country_code(name) or _BODY.search(name) or any(i.start <= start < i.end for i in found):
            continue  # a country's name after a descriptor ("exporter Norway"), a working group, or a bank's name already read
        place = match.groupdict().get("place")
        begins = match.start() if match.re is not _COMPANY else start  # its descriptor is part of its phrase
        owner = _OWNER.search(text[:begins]) if place is None else None
        if owner and country_code(owner.group("place") or owner.group("placed")):
            place, begins = owner.group("place") or owner.group("placed"), owner.start()
        home = (country_code(place) if place else None) or next(
            (code for word in re.findall(r"[A-Z][\w-]+", name) if (code := country_code(word)) and code != "EU"), None)
        found.append(Institution(name=name, start=begins, end=match.end("name"), home=home))
    for match in _ABBREVIATION.finditer(text):
        name, home = _KNOWN[match.group(0)]
        if not any(i.start <= match.start() < i.end for i in found):
            found.append(Institution(name=name, start=match.start(), end=match.end(), home=home))
    unique: dict[str, Institution] = {}
    for institution in sorted(found, key=lambda i: i.start):
        unique.setdefault(institution.name, institution)
    return list(unique.values())
