"""The spaCy pipeline: a blank English tokenizer and sentence splitter, a phrase matcher that marks
countries, demonyms and the people the record knows, and look-ups for cities and post titles.

No model is downloaded: every pattern comes from the gazetteer and the lexicon. The
compiled pipeline depends only on the gazetteer, so one process reuses it across reports.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

import numpy
import spacy
from spacy.attrs import ENT_IOB, IDX, LENGTH, LOWER, ORTH, SENT_START, SPACY
from spacy.lang import lex_attrs
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from dialogue.ingest.gazetteer import AMBIGUOUS_LOWER, Gazetteer
from dialogue.ingest.lexicon import TITLE_HEADS, TITLE_MODIFIERS

COUNTRY, DEMONYM, CITY, PERSON, TITLE = "COUNTRY", "DEMONYM", "CITY", "PERSON", "TITLE"


def _phrase(label: str, text: str, entity_id: str) -> dict:
    return {"label": label, "pattern": text, "id": entity_id}


TOKENS = "tokens"  # the doc's Tokens on its user data


class Tokens(NamedTuple):
    """Every token's attributes as lists, read in one to_array call by the first component for the later ones and
    the Report: each column costs some 20 ns a token, so each is read once a report, not once a component. Tokens
    never change after the tokenizer; entities do, and are read where needed."""

    orths: list[int]
    lowers: list[int]
    spaced: list[int]  # whether whitespace follows
    starts: list[int]  # character offsets
    lengths: list[int]
    sentence_starts: list[int]  # token indexes, ascending, 0 first (none for an empty doc)


@Language.component("sentences")
def sentences(doc):
    """Sentence starts as spaCy's sentencizer sets them (after a full stop, question or exclamation mark and
    the punctuation that closes it), and after every line break, as headlines, datelines and list items end
    there without a full stop; in a text wrapped at a fixed width (wire copy), only after a line that ends a
    sentence. Read from the token arrays as lists, not from token objects or numpy scalars: a tenth of the time;
    whether a token is punctuation or space is asked of the few tokens that need it, not read for every token."""
    length = len(doc)
    orths, lowers, spaced, token_starts, lengths = doc.to_array([ORTH, LOWER, SPACY, IDX, LENGTH]).T.tolist()
    if not length:
        doc.user_data[TOKENS] = Tokens(orths, lowers, spaced, token_starts, lengths, [])
        return doc
    strings = doc.vocab.strings
    ends = [i for i, orth in enumerate(orths) if orth in _SENTENCE_ENDS]

    def punct(index: int) -> bool:  # an end mark counts as punctuation wherever spaCy does not say so
        orth = orths[index]
        return orth in _SENTENCE_ENDS or _is_punct(strings[orth])

    starts = [0]
    # A token that is neither punctuation nor an end mark, after an end mark, starts the next sentence.
    for index in ends:
        following = index + 1
        while following < length and punct(following):
            following += 1
        if following < length:
            starts.append(following)
    wrapped = None
    text = doc.user_data.get(TEXT) or doc.text
    for index in _line_break_tokens(text, token_starts, lengths):
        if index + 1 < length and (whitespace := strings[orths[index]]).isspace():  # spaCy's is_space
            if wrapped is None:
                wrapped = _hard_wrapped(text)
            if not wrapped or index == 0 or punct(index - 1) or whitespace.count("\n") > 1:
                starts.append(index + 1)
    flags = numpy.full(length, -1, dtype=numpy.int32)
    flags[starts] = 1
    doc.from_array([SENT_START], flags.reshape(-1, 1).astype(numpy.uint64))
    doc.user_data[TOKENS] = Tokens(orths, lowers, spaced, token_starts, lengths, sorted(set(starts)))
    return doc


def _line_break_tokens(text: str, token_starts: list[int], lengths: list[int]) -> list[int]:
    """The tokens holding a line break, in order: found from the text's few line breaks, not by a look at every token."""
    found: list[int] = []
    at = text.find("\n")
    while at != -1:
        index = bisect_right(token_starts, at) - 1
        if index >= 0 and at < token_starts[index] + lengths[index] and (not found or found[-1] != index):
            found.append(index)
        at = text.find("\n", at + 1)
    return found


_is_punct = lru_cache(maxsize=100_000)(lex_attrs.is_punct)  # spaCy's is_punct: a pure function of a token's text


_LINE_ENDS = tuple('.!?:;"”’)')
_LIST_ITEM = re.compile(r"\s*(?:[-–•*]|\d+[.)])\s")


def _hard_wrapped(text: str) -> bool:
    """Whether line breaks fall inside sentences: a fair share of the long lines (list items aside) end without a
    sentence's closing mark and the next line goes on in lower case ("a diplomat who attended the talks / said")."""
    lines = text.split("\n")
    long = [i for i, line in enumerate(lines) if len(line) >= 40 and not _LIST_ITEM.match(line)]
    going_on = sum(1 for i in long if i + 1 < len(lines) and not lines[i].rstrip().endswith(_LINE_ENDS) and lines[i + 1][:1].islower())
    return going_on >= 3 and going_on * 4 >= len(long)


# The sentencizer's end marks as the token arrays hold them (a string's hash is the same in every string store).
_SENTENCE_ENDS = frozenset(hash_string(mark) for mark in Sentencizer.default_punct_chars)


def build(gazetteer: Gazetteer) -> Language:
    nlp = spacy.blank("en")
    # "of Uzbekistan-- for talks": a double hyphen typed for a dash ends the word before it, as a dash does.
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex([*nlp.Defaults.suffixes, "--"]).search
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
    nlp.add_pipe("entity_lookup").use(patterns, nlp.make_doc)
    # Tokenising the patterns filled the tokenizer's cache (10,000 chunks) with words no report needs;
    # once full it caches nothing more and reports are tokenised ten times slower. Empty it (as setting its
    # rules would, at the cost of loading the special cases again).
    nlp.tokenizer._flush_cache()
    nlp.add_pipe("sentences", first=True)
    nlp.add_pipe("city_lookup").use({name.lower(): code for name, code in gazetteer.cities.items() if name.lower() not in country_names},
                                    nlp.vocab.strings)
    titles = nlp.add_pipe("title_lookup")
    strings = nlp.vocab.strings
    for head in TITLE_HEADS:
        tokens = tuple(strings.add(token.lower_) for token in nlp.make_doc(" ".join(head)))
        titles.heads.setdefault(tokens[0], []).append((tokens, " ".join(head)))
    for options in titles.heads.values():
        options.sort(key=lambda option: -len(option[0]))
    titles.modifiers = {strings.add(word) for word in TITLE_MODIFIERS}
    return nlp


class EntityLookup:
    """Countries, demonyms and known people: phrases matched on lower-cased words, the longest first, then the
    earliest, as spaCy's EntityRuler (overwrite_ents) places them, without its per-call checks that cost twice
    the matching itself. The first component to set entities, so it has none to overwrite."""

    def __init__(self, vocab) -> None:
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.entities: dict[int, tuple[str, str]] = {}  # match key -> (label, entity id)

    def use(self, patterns: list[dict], make_doc) -> None:
        for pattern in patterns:
            key = f"{pattern['label']}||{pattern['id']}"
            self.entities[self.matcher.vocab.strings.add(key)] = (pattern["label"], pattern["id"])
            self.matcher.add(key, [make_doc(pattern["pattern"])])

    def __call__(self, doc):
        matches = sorted({(key, start, end) for key, start, end in self.matcher(doc) if start != end},
                         key=lambda match: (match[2] - match[1], -match[1]), reverse=True)
        found, taken = [], set()
        for key, start, end in matches:
            if start not in taken and end - 1 not in taken:
                label, entity_id = self.entities[key]
                found.append(Span(doc, start, end, label=label, span_id=entity_id))
                taken.update(range(start, end))
        # The other tokens stay "missing" (IOB 0), not "outside" (2), which costs a set look-up a token: doc.ents and
        # ent_type_ read the two alike, and the components after this one test only for "inside" (IOB 1 or 3).
        doc.set_ents(found, default="unmodified")
        return doc


class TitleLookup:
    """Post titles: a head ("minister", "minister of foreign affairs", "prime minister") with up to two
    modifiers before it ("first deputy prime minister"), the longest head first. Looked up word by word,
    as the 4,500 phrases it stands for would take an EntityRuler half a second to compile."""

    def __init__(self) -> None:
        self.heads: dict[int, list[tuple[tuple[int, ...], str]]] = {}  # by the hash of each word in lower case
        self.modifiers: set[int] = set()

    def __call__(self, doc):
        # Words inside another entity (IOB 1 or 3) never belong to a title.
        iobs = doc.to_array(ENT_IOB).tolist()
        lowers = [0 if iob == 1 or iob == 3 else lower for lower, iob in zip(doc.user_data[TOKENS].lowers, iobs)]
        found, after, heads = [], 0, self.heads
        for i in [i for i, lower in enumerate(lowers) if lower in heads]:
            if i < after:
                continue
            head = next((option for option in self.heads[lowers[i]] if tuple(lowers[i : i + len(option[0])]) == option[0]), None)
            if head is None:
                continue
            start, used = i, set()
            while len(used) < 2 and start > after and lowers[start - 1] in self.modifiers - used:
                start -= 1
                used.add(lowers[start])
            found.append(Span(doc, start, i + len(head[0]), label=TITLE, span_id=head[1]))
            after = i + len(head[0])
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
        self._capital_in_lower = False

    def use(self, cities: dict[str, str], strings) -> None:
        """The cities to look up (lower-cased name -> country code), and the hash of each one's first token,
        however the tokenizer splits "nur-sultan" or "xi'an": a filter, so wider is safe."""
        self.cities = cities
        words = {word for name in cities for word in (name.split()[0].rstrip(","), re.split(r"[^\w]", name)[0])}
        self._first_words = {strings.add(word) for word in words}
        # Whether a word written as its lower-case form may still begin with a capital ("ϒ" is both); if none may, a
        # token whose text is its lower-case form is no city's first word and needs no look at its text.
        self._capital_in_lower = any(word[:1].isupper() for word in words)

    def __call__(self, doc):
        strings = doc.vocab.strings
        tokens = doc.user_data[TOKENS]
        lowers, orths, first_words, any_case = tokens.lowers, tokens.orths, self._first_words, self._capital_in_lower
        found, after = [], 0
        candidates = [i for i, lower in enumerate(lowers) if lower in first_words and (any_case or orths[i] != lower)]
        if not candidates:
            return doc
        iob = doc.to_array(ENT_IOB)
        inside = ((iob == 1) | (iob == 3)).tolist()  # words another entity has taken (IOB 1 or 3)
        spaced, cities = tokens.spaced, self.cities
        for i in candidates:
            if i < after or inside[i] or not strings[orths[i]][:1].isupper():
                continue
            # The name of one word, two, ... up to the first word another entity has taken; the longest known wins.
            names, name = [], ""
            for k in range(i, min(i + self.longest, len(lowers))):
                if inside[k]:
                    break
                name += strings[lowers[k]] + (" " if spaced[k] else "")
                names.append(name)
            for size in range(len(names), 0, -1):
                code = cities.get(names[size - 1].rstrip(" "))
                if code:
                    found.append(Span(doc, i, i + size, label=CITY, span_id=code))
                    after = i + size
                    break
        if found:
            doc.set_ents(found, default="unmodified")
        return doc


@Language.factory("entity_lookup")
def make_entity_lookup(nlp: Language, name: str) -> EntityLookup:
    return EntityLookup(nlp.vocab)


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


TEXT = "text"  # the report's text on the doc's user data: spaCy's doc.text joins every token again


def parse(gazetteer: Gazetteer, text: str) -> Doc:
    """The text through the gazetteer's pipeline."""
    nlp = pipeline(gazetteer)
    doc = nlp.make_doc(text)
    doc.user_data[TEXT] = text
    return nlp(doc)


def is_proper(span) -> bool:
    """Gazetteer names are matched case-blind; keep only those written as names are written."""
    text = span.text.removeprefix("the ").removeprefix("The ")
    if span.label_ == TITLE:
        return True
    if text.lower() in AMBIGUOUS_LOWER and not (text[0].isupper()):
        return False
    return text[:1].isupper()
