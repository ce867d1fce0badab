"""The spaCy pipeline: a blank English tokenizer and sentence splitter, an EntityRuler that marks
countries, demonyms and the people the record knows, and look-ups for cities and post titles.

No model is downloaded: every pattern comes from the gazetteer and the lexicon. The
compiled pipeline depends only on the gazetteer, so one process reuses it across reports.
"""

from __future__ import annotations

from bisect import bisect_right

import spacy
from spacy.language import Language
from spacy.tokens import Span

from dialogue.ingest.gazetteer import AMBIGUOUS_LOWER, Gazetteer
from dialogue.ingest.lexicon import TITLE_HEADS, TITLE_MODIFIERS

COUNTRY, DEMONYM, CITY, PERSON, TITLE = "COUNTRY", "DEMONYM", "CITY", "PERSON", "TITLE"


def _phrase(label: str, text: str, entity_id: str) -> dict:
    return {"label": label, "pattern": text, "id": entity_id}


@Language.component("line_breaks")
def line_breaks(doc):
    """Headlines, datelines and list items end at a line break even without a full stop."""
    starts = doc.to_array("IDX").tolist()
    text = doc.text
    position = text.find("\n")
    while position != -1:
        index = bisect_right(starts, position)  # the first token after the break
        if 0 < index < len(doc):
            doc[index].is_sent_start = True
        position = text.find("\n", position + 1)
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
    nlp.add_pipe("city_lookup").cities = {
        name.lower(): code for name, code in gazetteer.cities.items() if name.lower() not in country_names
    }
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
        lowers = [token.lower_ for token in doc]
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        found, i = [], 0
        while i < len(doc):
            head = next((option for option in self.heads.get(lowers[i], ())
                         if tuple(lowers[i : i + len(option[0])]) == option[0] and not taken & set(range(i, i + len(option[0])))), None)
            if head is None:
                i += 1
                continue
            start, used = i, set()
            while len(used) < 2 and start > 0 and lowers[start - 1] in self.modifiers - used and start - 1 not in taken:
                start -= 1
                used.add(lowers[start])
            found.append(Span(doc, start, i + len(head[0]), label=TITLE, span_id=head[1]))
            i += len(head[0])
        if found:
            doc.ents = sorted([*doc.ents, *found], key=lambda span: span.start)
        return doc


class CityLookup:
    """Cities by dictionary: some 12,000 names from GeoNames would take an EntityRuler seconds to compile,
    and a look-up of the capitalised words of a report costs next to nothing. A name already taken by
    another entity (a country, a person) stays that entity."""

    longest = 4

    def __init__(self) -> None:
        self.cities: dict[str, str] = {}

    def __call__(self, doc):
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        found, i = [], 0
        while i < len(doc):
            if doc[i].text[:1].isupper() and i not in taken:
                for size in range(min(self.longest, len(doc) - i), 0, -1):
                    code = self.cities.get(doc[i : i + size].text.lower())
                    if code and not taken & set(range(i, i + size)):
                        found.append(Span(doc, i, i + size, label=CITY, span_id=code))
                        i += size - 1
                        break
            i += 1
        if found:
            doc.ents = sorted([*doc.ents, *found], key=lambda span: span.start)
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
