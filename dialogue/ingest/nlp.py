"""The spaCy pipeline: a blank English tokenizer and sentence splitter, with an EntityRuler
that marks countries, demonyms, cities, people the record knows, and post titles.

No model is downloaded: every pattern comes from the gazetteer and the lexicon. The
compiled pipeline depends only on the gazetteer, so one process reuses it across reports.
"""

from __future__ import annotations

from bisect import bisect_right

import spacy
from spacy.language import Language

from dialogue.ingest.gazetteer import AMBIGUOUS_LOWER, Gazetteer
from dialogue.ingest.lexicon import TITLE_HEADS, TITLE_MODIFIERS

COUNTRY, DEMONYM, CITY, PERSON, TITLE = "COUNTRY", "DEMONYM", "CITY", "PERSON", "TITLE"


def _phrase(label: str, text: str, entity_id: str) -> dict:
    return {"label": label, "pattern": text, "id": entity_id}


def _title_patterns() -> list[dict]:
    """Every head with up to two modifiers before it, as phrases: a phrase matcher is far
    faster than token patterns with an open-ended operator."""
    prefixes = [""] + [f"{m} " for m in TITLE_MODIFIERS] + [f"{a} {b} " for a in TITLE_MODIFIERS for b in TITLE_MODIFIERS if a != b]
    return [
        _phrase(TITLE, prefix + " ".join(head), " ".join(head))
        for head in TITLE_HEADS
        for prefix in prefixes
    ]


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
    for demonym, code in gazetteer.demonyms.items():
        if demonym.lower() not in {n.lower() for n in gazetteer.countries}:
            patterns.append(_phrase(DEMONYM, demonym, code))
    for city, code in gazetteer.cities.items():
        patterns.append(_phrase(CITY, city, code))
    for index, person in enumerate(gazetteer.people):
        for spelling in person.spellings:
            patterns.append(_phrase(PERSON, spelling, str(index)))
    patterns += _title_patterns()
    ruler.add_patterns(patterns)
    # Tokenising some 20,000 patterns filled the tokenizer's cache (10,000 chunks), after which it caches
    # nothing and every report is tokenised from scratch, ten times slower; setting the rules empties it.
    nlp.tokenizer.rules = nlp.tokenizer.rules
    return nlp


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
