"""The spaCy pipeline: a blank English tokenizer and sentence splitter, an EntityRuler that marks
countries, demonyms and the people the record knows, and look-ups for cities and post titles.

No model is downloaded: every pattern comes from the gazetteer and the lexicon. The
compiled pipeline depends only on the gazetteer, so one process reuses it across reports.
"""

from __future__ import annotations

import re

import spacy
from spacy.attrs import ENT_IOB, IS_SPACE, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Span

from dialogue.ingest.gazetteer import AMBIGUOUS_LOWER, Gazetteer
from dialogue.ingest.lexicon import TITLE_HEADS, TITLE_MODIFIERS

COUNTRY, DEMONYM, CITY, PERSON, TITLE = "COUNTRY", "DEMONYM", "CITY", "PERSON", "TITLE"


def _phrase(label: str, text: str, entity_id: str) -> dict:
    return {"label": label, "pattern": text, "id": entity_id}


@Language.component("line_breaks")
def line_breaks(doc):
    """Headlines, datelines and list items end at a line break even without a full stop.

    A line break is a whitespace token of its own; reading the token arrays (not the tokens, nor
    doc.text, which builds every token) keeps this cheap."""
    strings = doc.vocab.strings
    for index, (space, orth) in enumerate(doc.to_array([IS_SPACE, ORTH]).tolist()):
        if space and index + 1 < len(doc) and "\n" in strings[orth]:
            doc[index + 1].is_sent_start = True
    return doc


def build(gazetteer: Gazetteer) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("line_breaks")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    patterns = []
    for name, code in gazetteer.countries.items():
        patterns.append(_phrase(COUNTRY, name, code))
    country_names = {n.lower() for n in gazetteer.countries}
    for demonym, code in gazetteer.demonyms.items():
        if demonym.lower() not in country_names:
            patterns.append(_phrase(DEMONYM, demonym, code))
    for index, person in enumerate(gazetteer.people):
        for spelling in person.spellings:
            patterns.append(_phrase(PERSON, spelling, str(index)))
    ruler.add_patterns(patterns)
    # Tokenising the patterns filled the tokenizer's cache (10,000 chunks) with words no report needs;
    # once full it caches nothing more and reports are tokenised ten times slower. Setting the rules empties it.
    nlp.tokenizer.rules = nlp.tokenizer.rules
    nlp.add_pipe("city_lookup").use({name.lower(): code for name, code in gazetteer.cities.items() if name.lower() not in country_names},
                                    nlp.vocab.strings)
    titles = nlp.add_pipe("title_lookup")
    for head in TITLE_HEADS:
        tokens = tuple(token.lower_ for token in nlp.make_doc(" ".join(head)))
        titles.heads.setdefault(tokens[0], []).append((tokens, " ".join(head)))
    for options in titles.heads.values():
        options.sort(key=lambda option: -len(option[0]))
    titles.modifiers = set(TITLE_MODIFIERS)
    return nlp


class TitleLookup:
    """Post titles: a head ("minister", "minister of foreign affairs", "prime minister") with up to two
    modifiers before it ("first deputy prime minister"), the longest head first. Looked up word by word,
    as the 4,500 phrases it stands for would take an EntityRuler half a second to compile."""

    def __init__(self) -> None:
        self.heads: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.modifiers: set[str] = set()

    def __call__(self, doc):
        strings = doc.vocab.strings
        # Words inside another entity never belong to a title.
        lowers = [strings[lower] if iob in (0, 2) else "" for lower, iob in doc.to_array([LOWER, ENT_IOB]).tolist()]
        found, i = [], 0
        while i < len(lowers):
            options = self.heads.get(lowers[i])
            head = next((option for option in options if tuple(lowers[i : i + len(option[0])]) == option[0]), None) if options else None
            if head is None:
                i += 1
                continue
            start, used = i, set()
            while len(used) < 2 and start > 0 and lowers[start - 1] in self.modifiers - used:
                start -= 1
                used.add(lowers[start])
            found.append(Span(doc, start, i + len(head[0]), label=TITLE, span_id=head[1]))
            i += len(head[0])
        if found:
            doc.set_ents(found, default="unmodified")
        return doc


class CityLookup:
    """Cities by dictionary: some 12,000 names from GeoNames would take an EntityRuler seconds to compile,
    and a look-up of a report's capitalised words costs next to nothing. A name already taken by another
    entity (a country, a person) stays that entity."""

    longest = 4

    def __init__(self) -> None:
        self.cities: dict[str, str] = {}
        self._first_words: set[int] = set()

    def use(self, cities: dict[str, str], strings) -> None:
        """The cities to look up (lower-cased name -> country code), and the hash of each one's first token,
        however the tokenizer splits "nur-sultan" or "xi'an": a filter, so wider is safe."""
        self.cities = cities
        self._first_words = {strings.add(word) for name in cities for word in (name.split()[0].rstrip(","), re.split(r"[^\w]", name)[0])}

    def __call__(self, doc):
        strings = doc.vocab.strings
        rows = doc.to_array([LOWER, ORTH, ENT_IOB]).tolist()
        found, i = [], 0
        while i < len(rows):
            lower, orth, iob = rows[i]
            if iob in (0, 2) and lower in self._first_words and strings[orth][:1].isupper():
                for size in range(min(self.longest, len(rows) - i), 0, -1):
                    if any(row[2] in (1, 3) for row in rows[i : i + size]):
                        continue
                    code = self.cities.get(doc[i : i + size].text.lower())
                    if code:
                        found.append(Span(doc, i, i + size, label=CITY, span_id=code))
                        i += size - 1
                        break
            i += 1
        if found:
            doc.set_ents(found, default="unmodified")
        return doc


@Language.factory("city_lookup")
def make_city_lookup(nlp: Language, name: str) -> CityLookup:
    return CityLookup()


@Language.factory("title_lookup")
def make_title_lookup(nlp: Language, name: str) -> TitleLookup:
    return TitleLookup()


# Compiled pipelines by gazetteer fingerprint: derived data, never state a worker relies on.
_PIPELINES: dict[tuple, Language] = {}


def pipeline(gazetteer: Gazetteer) -> Language:
    fingerprint = gazetteer.fingerprint()
    if fingerprint not in _PIPELINES:
        if len(_PIPELINES) >= 4:
            _PIPELINES.clear()
        _PIPELINES[fingerprint] = build(gazetteer)
    return _PIPELINES[fingerprint]


def is_proper(span) -> bool:
    """Gazetteer names are matched case-blind; keep only those written as names are written."""
    text = span.text.removeprefix("the ").removeprefix("The ")
    if span.label_ == TITLE:
        return True
    if text.lower() in AMBIGUOUS_LOWER and not (text[0].isupper()):
        return False
    return text[:1].isupper()
