"""Numbers, counts and money as reports write them.

"3 trillion yen ($19 billion)", "USD 1.5bn", "€12 billion", "500 million tenge",
"more than 150 documents", "five years", "twenty-one". Pure functions over text: they
return values with their character spans, so every figure can be quoted as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from dialogue.lib.currencies import ISO_CURRENCIES

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {
    "thousand": 10**3, "million": 10**6, "mln": 10**6, "mn": 10**6, "m": 10**6,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "trln": 10**12, "trn": 10**12, "tn": 10**12,
    "crore": 10**7, "crores": 10**7, "lakh": 10**5, "lakhs": 10**5,
}
WORD_SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}

# Symbols and codes that come before the figure, and words or codes that come after it.
CURRENCY_PREFIXES = {
    "us$": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "¥": "JPY", "jpy": "JPY",
    "£": "GBP", "gbp": "GBP", "₩": "KRW", "krw": "KRW", "₸": "KZT", "kzt": "KZT", "₽": "RUB", "rub": "RUB",
    "₹": "INR", "inr": "INR", "cny": "CNY", "rmb": "CNY", "kgs": "KGS", "tjs": "TJS", "tmt": "TMT", "uzs": "UZS",
    "chf": "CHF", "try": "TRY", "aed": "AED", "rs.": "INR", "rs": "INR",
    "euro": "EUR",  # "EURO365 million", as some wires spell the euro sign (only with a scale: "Euro 2024" is no sum)
}
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "usd": "USD",
    "euros": "EUR", "euro": "EUR", "eur": "EUR", "yen": "JPY", "jpy": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "cny": "CNY", "won": "KRW", "krw": "KRW", "tenge": "KZT", "kzt": "KZT", "soms": "KGS", "som": "KGS",
    "kgs": "KGS", "somoni": "TJS", "tjs": "TJS", "manat": "TMT", "tmt": "TMT", "sums": "UZS", "sum": "UZS",
    "soums": "UZS", "soum": "UZS", "so'm": "UZS", "uzs": "UZS", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rub": "RUB", "rupees": "INR", "inr": "INR", "pounds sterling": "GBP", "pounds": "GBP", "gbp": "GBP",
    "swiss francs": "CHF", "lira": "TRY", "dirhams": "AED", "uae dirhams": "AED", "saudi riyals": "SAR",
    "qatari riyals": "QAR", "kuwaiti dinars": "KWD", "norwegian kroner": "NOK", "azerbaijani manat": "AZN", "lari": "GEL",
    # a currency named with its country's adjective: "3 billion Chinese yuan", "500 million Kazakh tenge"
    "american dollars": "USD", "us dollar": "USD", "chinese yuan": "CNY", "japanese yen": "JPY", "korean won": "KRW",
    "south korean won": "KRW", "kazakh tenge": "KZT", "kazakhstani tenge": "KZT", "uzbek soums": "UZS", "uzbek sums": "UZS",
    "kyrgyz soms": "KGS", "kyrgyz som": "KGS", "tajik somoni": "TJS", "turkmen manat": "TMT", "russian rubles": "RUB",
    "russian roubles": "RUB", "indian rupees": "INR", "turkish lira": "TRY", "turkish liras": "TRY", "emirati dirhams": "AED",
    "saudi riyal": "SAR", "riyals": "SAR", "manats": "TMT",
}
MAX_MONEY = Decimal(10) ** 20  # the record holds sums of at most 20 digits before the point
QUALIFIERS = {
    "more than": "more than", "over": "more than", "in excess of": "more than", "upwards of": "more than",
    "at least": "at least", "no less than": "at least", "not less than": "at least",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "nearly": "about",
    "almost": "about", "some": "about", "up to": "up to", "as many as": "up to",
}

_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS, "hundred", "thousand", "million", "billion", "trillion"], key=len, reverse=True))
_FIRST_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
# Each word whole: "seven billion tenge" is not "seven billion ten" and a currency "ge".
_WORDS_NUMBER = rf"(?:(?:{_FIRST_NUMBER_WORD})\b(?:[\s-]+(?:and[\s-]+)?(?:{_NUMBER_WORD})\b)*)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:trillion|billion|million|thousand|crores?|lakhs?|trln|trn|bln|mln|tn|bn|mn|m|b)"
# "1,5 billion" as some wires write it: a comma before one or two digits and a scale is a decimal point.
_COMMA_FIGURE = r"\d{1,3},\d{1,2}"
_DECIMAL_COMMA = rf"{_COMMA_FIGURE}(?=(?:\s|-)?{_SCALE}\b)"
_PREFIX = "|".join(re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
_SUFFIX = "|".join(re.escape(w) for w in sorted(CURRENCY_WORDS, key=len, reverse=True))
_QUALIFIER = "|".join(sorted(QUALIFIERS, key=len, reverse=True))

NUMBER_RE = re.compile(rf"(?<![\w.])(?:(?P<digits>{_DIGITS})|(?P<words>{_WORDS_NUMBER}))(?![\w])", re.IGNORECASE)
MONEY_RE = re.compile(
    # Start only where a word or a currency sign starts, and only with a character a qualifier, a currency or a
    # number can begin with (any capital, for a code such as "NOK"): far fewer attempts.
    rf"(?<![\w.,])(?=[\d$€¥£₩₸₽₹acefghijkmnorstuz]|(?-i:[A-Z]))"
    rf"(?:(?P<qualifier>{_QUALIFIER})\s+)?"
    rf"(?:(?P<prefix>{_PREFIX}|(?-i:[A-Z]{{3}}))\s?)?"
    rf"(?P<number>{_DECIMAL_COMMA}|{_DIGITS}|{_WORDS_NUMBER}|half\s+an?\b)"
    rf"(?P<half>\s+and\s+a\s+half\b)?"  # "one and a half billion dollars"
    rf"(?:(?:\s|-)?(?P<scale>{_SCALE})\b)?"  # "$1 billion", "$1bn", "$1-billion"
    rf"(?:\s+(?P<suffix>{_SUFFIX}|(?-i:[A-Z]{{3}}))\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str
    start: int
    end: int
    qualifier: str = ""
    equivalent_of: Amount | None = None  # set on "($19 billion)" after "3 trillion yen"


@dataclass(frozen=True)
class Count:
    value: int
    start: int
    end: int
    qualifier: str = ""


def words_to_int(text: str) -> int | None:
    """'twenty-one' -> 21, 'one hundred and fifty' -> 150, 'three thousand' -> 3000; None if not a number."""
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", text.lower().strip()):
        if word == "and" and seen:
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in WORD_SCALES:
            total += (current or 1) * WORD_SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def number_value(text: str) -> Decimal | None:
    """The value of a figure written in digits ('1,500.5') or words ('five')."""
    text = text.strip()
    if re.fullmatch(_DIGITS, text):
        return Decimal(text.replace(",", ""))
    as_int = words_to_int(text)
    return None if as_int is None else Decimal(as_int)


_NUMBER_WORDS = sorted({*UNITS, *TENS})
# The words _windows looks for: one that begins with another ("seventeen", "sixty") is found where that one is,
# as none of those overlaps itself ("nine" never starts inside a "nine"), so every place of every word is found.
_ANCHOR_WORDS = [word for word in _NUMBER_WORDS if not any(word != other and word.startswith(other) for other in _NUMBER_WORDS)]
_MAY_HOLD_MONEY = re.compile(rf"\d|[$€¥£₩₸₽₹]|\b(?:{_FIRST_NUMBER_WORD}|half)\b", re.IGNORECASE)


def find_amounts(text: str) -> list[Amount]:
    """Every sum of money in `text`, with a bracketed conversion tied to the sum before it."""
    amounts: list[Amount] = []
    if not _MAY_HOLD_MONEY.search(text):
        return amounts  # most sentences hold no figure at all: skip the costly pattern
    for match in (m for start, end in _windows(text) for m in MONEY_RE.finditer(text, start, end)):
        prefix, suffix = (match.group("prefix") or "").lower(), (match.group("suffix") or "").lower()
        # Any other ISO 4217 code, written in capitals before or after the figure ("NOK 3 billion", "5 billion SAR").
        if prefix and prefix not in CURRENCY_PREFIXES and prefix.upper() not in ISO_CURRENCIES:
            continue  # "USA 5", "NATO 3": capitals that name no currency
        end = match.end()
        if suffix and suffix not in CURRENCY_WORDS and suffix.upper() not in ISO_CURRENCIES:
            suffix, end = "", match.end("scale") if match.group("scale") else match.end("number")
        if not prefix and not suffix:
            continue
        written = text[match.start("prefix") : match.end("prefix")] if prefix else ""
        if prefix.rstrip(".").isalpha() and not written.isupper() and not (prefix.startswith("rs") and written[0] == "R"):
            continue  # "try 5" or "rub 3" in running text is not money; codes are written in capitals, rupees as "Rs"
        value = _money_number(match.group("number"))
        if value is None:
            continue
        if match.group("half"):
            value += Decimal("0.5")
        scale = (match.group("scale") or "").lower()
        if prefix == "euro" and not scale:
            continue
        if scale in ("m", "b") and not prefix:
            continue  # "5 m" is more often metres than millions
        value *= SCALES.get(scale, 1)
        if value >= MAX_MONEY:
            continue  # "999...9 trillion yen" is no sum any record holds (at most 20 digits)
        currency = CURRENCY_PREFIXES.get(prefix) or CURRENCY_WORDS.get(suffix) or (prefix or suffix).upper()
        qualifier = QUALIFIERS.get((match.group("qualifier") or "").lower(), "")
        start = match.start("qualifier") if match.group("qualifier") else match.start("prefix") if prefix else match.start("number")
        amount = Amount(value=value, currency=currency, start=start, end=end, qualifier=qualifier)
        if amounts and _is_bracketed_after(text, amounts[-1].end, start):
            amount = Amount(**{**amount.__dict__, "equivalent_of": amounts[-1]})
        amounts.append(amount)
    return amounts


def _money_number(text: str) -> Decimal | None:
    """A figure of a sum: as number_value reads it, or with a decimal comma ("1,5"), or "half a"."""
    if re.fullmatch(r"half\s+an?", text, re.I):
        return Decimal("0.5")
    if re.fullmatch(_COMMA_FIGURE, text):
        return Decimal(text.replace(",", "."))
    return number_value(text)


_DIGITS_RUN, _HALF = re.compile(r"\d+"), re.compile(r"\bhalf\b", re.I)


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` around its figures, where the costly money pattern may match at all: from 40
    characters before a figure (for "in excess of US$") to 80 after it (for "billion Norwegian kroner")."""
    # Where a run of digits or the word "half" begins; searched apart (they never overlap), each pattern is the faster.
    anchors = [m.start() for m in _DIGITS_RUN.finditer(text)]
    lowered = text.lower()
    if "half" in lowered:
        anchors += [m.start() for m in _HALF.finditer(text)]
    for word in _ANCHOR_WORDS:
        at = lowered.find(word)
        while at != -1:
            anchors.append(at)
            at = lowered.find(word, at + len(word))
    windows: list[list[int]] = []
    for anchor in sorted(set(anchors)):
        start, end = max(0, anchor - 40), min(len(text), anchor + 80)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [(start, end) for start, end in windows]


def _is_bracketed_after(text: str, previous_end: int, start: int) -> bool:
    between = text[previous_end:start]
    return bool(re.fullmatch(r"\s*[(\[]\s*(?:about|around|approximately|some|or|roughly)?\s*", between, re.IGNORECASE))


def find_counts(text: str) -> list[Count]:
    """Whole numbers with the words that qualify them: 'more than 150', 'five', '12'."""
    counts = []
    for match in NUMBER_RE.finditer(text):
        value = number_value(match.group(0))
        if value is None or value != value.to_integral_value():
            continue
        before = text[max(0, match.start() - 25) : match.start()].lower()
        qualifier, start = "", match.start()
        for phrase, meaning in QUALIFIERS.items():
            if before.endswith(phrase + " "):
                qualifier, start = meaning, match.start() - len(phrase) - 1
                break
        counts.append(Count(value=int(value), start=start, end=match.end(), qualifier=qualifier))
    return counts


ORDINAL_WORDS = {
    "first": 1, "maiden": 1, "inaugural": 1, "first-ever": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
ORDINAL_RE = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b|\b(" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def ordinal_value(text: str) -> int | None:
    """'9th' -> 9, 'maiden' -> 1, 'Sixteenth' -> 16."""
    match = ORDINAL_RE.fullmatch(text.strip())
    if not match:
        return None
    return int(match.group(1)) if match.group(1) else ORDINAL_WORDS[match.group(2).lower()]
