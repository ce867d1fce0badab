"""A parsed report and the look-ups every rule needs: sentences, entities, quotes."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from spacy.tokens import Doc, Span

from dialogue.ingest import lexicon as lx
from dialogue.ingest.facts import Quote
from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.nlp import CITY, COUNTRY, DEMONYM, TOKENS, Tokens, is_proper, parse
from dialogue.ingest.parse_numbers import Amount, find_amounts

T = TypeVar("T")


def make_quote(doc_or_text, start: int, end: int) -> Quote:
    text = doc_or_text.text if isinstance(doc_or_text, Doc) else doc_or_text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quote(start, end, text[start:end])


@dataclass(frozen=True, init=False)
class Sentence:
    """A sentence's token and character bounds and its text, sliced once (spaCy rebuilds Span.text on every access).

    `words` are its words in lower case: a rule tests them for its trigger words before it runs its costly
    patterns. Every report's rules read them for every sentence, so they are found with the sentences."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    words: frozenset[str] = field(compare=False, repr=False)

    def __init__(self, start: int, end: int, start_char: int, end_char: int, text: str, words: frozenset[str]) -> None:
        # Still frozen; set through the instance's dict in one call, as a report makes some seventy of them and
        # the generated __init__ of a frozen class (one object.__setattr__ a field) takes twice as long.
        self.__dict__.update(start=start, end=end, start_char=start_char, end_char=end_char, text=text, words=words)


_WORD = re.compile(r"[a-z]+")
_SPACES_FOR_NON_WORDS = bytes(byte if ord("a") <= byte <= ord("z") else ord(" ") for byte in range(256))
# Letters a case-blind pattern matches to an ASCII letter that lower-casing leaves other than it: every one there is.
_FOLDS_TO_ASCII = ("İ", "ı", "ſ", "\u212a")


def _sentences(tokens: Tokens, text: str, lowered: str) -> list[Sentence]:
    """Sentences from the sentence starts and token lengths as the pipeline read them (iterating doc.sents builds every
    token)."""
    starts, token_starts, lengths = tokens.sentence_starts, tokens.starts, tokens.lengths
    if not starts:
        return []  # an empty or blank report has no sentence
    ends = starts[1:] + [len(lengths)]
    # The words from the text lower-cased once, where lower-casing keeps every character's place (it does not
    # for "İ" and a few others; such a text's sentences are lower-cased one by one).
    # There, every character but a-z is made a space in one pass (ASCII's "?" standing for any other first), so that a
    # sentence's words are its slice split on spaces: a third of the time of a pattern's search in each sentence.
    spaced = lowered.encode("ascii", "replace").translate(_SPACES_FOR_NON_WORDS).decode("ascii") if len(lowered) == len(text) else None
    findall, sentences = _WORD.findall, []
    for start, end in zip(starts, ends):
        start_char = token_starts[start]
        end_char = token_starts[end - 1] + lengths[end - 1]
        sentence_text = text[start_char:end_char]
        words = frozenset(spaced[start_char:end_char].split() if spaced is not None else findall(sentence_text.lower()))
        sentences.append(Sentence(start, end, start_char, end_char, sentence_text, words))
    return sentences


class Report:
    """A parsed report and the lookups every rule needs."""

    def __init__(self, text: str, published: dt.date | None, gazetteer: Gazetteer, publisher: str = "", text_start: int = 0):
        self.text = text
        self.text_start = text_start
        self.published = published
        self.gazetteer = gazetteer
        self.publisher = publisher
        self.doc = parse(gazetteer, text)
        self._tokens: Tokens = self.doc.user_data[TOKENS]
        self.token_starts = self._tokens.starts
        self.ents = [e for e in self.doc.ents if is_proper(e) and not self._names_more(e)]
        self.ent_starts = [e.start for e in self.ents]
        self.lowered = text.lower()
        self.sentences = _sentences(self._tokens, text, self.lowered)
        self.sentence_starts = [s.start_char for s in self.sentences]
        self._sentence_token_starts = [s.start for s in self.sentences]
        self.ent_at_start = {e.start: e for e in self.ents}
        self.ent_at_end = {e.end: e for e in self.ents}
        self._once: dict[tuple, object] = {}

    def _names_more(self, ent: Span) -> bool:
        """A city name next to a capitalised word is part of a longer name: "Vladimir Putin", "Serdar
        Berdimuhamedov", "Samarkand Declaration", "Yoshihiko Noda"; it names no place there."""
        if ent.label_ != CITY:
            return False
        following = self.doc[ent.end] if ent.end < len(self.doc) else None
        if following is not None and following.is_alpha and following.text[0].isupper() and not following.is_upper \
                and following.ent_type_ not in (COUNTRY, CITY) and following.text != "City":  # "Chengdu City" is Chengdu
            return True
        previous = self.doc[ent.start - 1] if ent.start > 0 else None
        return (previous is not None and previous.is_alpha and previous.text[0].isupper() and not previous.is_upper
                and not previous.is_sent_start and previous.ent_type_ == "" and previous.text not in lx.NOT_NAMES)

    def once(self, rule: Callable[..., T], *args: Hashable) -> T:
        """A rule's result on this report, found the first time it is asked for: rules that need another's result
        (the meetings a report names, for its people and for its meetings) share one search."""
        key = (rule, *args)
        if key not in self._once:
            self._once[key] = rule(self, *args)
        return self._once[key]

    def sentence_of(self, char: int) -> Sentence:
        return self.sentences[max(0, bisect_right(self.sentence_starts, char) - 1)]

    def token_from(self, sentence: Sentence, char: int) -> int:
        """The sentence's first token at or after the character (its end if none), looked up, not walked to."""
        return bisect_left(self.token_starts, char, sentence.start, sentence.end)

    def sentence_of_token(self, index: int) -> Sentence:
        """spaCy's token.sent walks the document each time; this looks it up."""
        return self.sentences[bisect_right(self._sentence_token_starts, index) - 1]

    def ents_in(self, span: Span | Sentence, *labels: str) -> list[Span]:
        found = []
        for k in range(bisect_left(self.ent_starts, span.start), len(self.ents)):
            ent = self.ents[k]
            if ent.start >= span.end:
                break
            if ent.end <= span.end and (not labels or ent.label_ in labels):
                found.append(ent)
        return found

    def code(self, ent: Span) -> str | None:
        """The country an entity names or lies in."""
        if ent.label_ in (COUNTRY, DEMONYM, CITY):
            return ent.ent_id_ or None
        return None

    def is_city(self, ent: Span) -> bool:
        """Cities, and city-states that the gazetteer also knows as countries (Luxembourg, Singapore)."""
        return ent.label_ == CITY or (ent.label_ == COUNTRY and ent.text.lower() in self.gazetteer.city_spellings)

    @cached_property
    def blind(self) -> str | None:
        """The lower-cased text, where a case-blind pattern of ASCII words finds on it what it finds on the text, at the
        same places; None where lower-casing moves characters ("İ") or the text holds a letter such a pattern takes for
        an ASCII one that lower-casing does not make one ("ı", "ſ", the Kelvin sign)."""
        if len(self.lowered) != len(self.text) or any(letter in self.text for letter in _FOLDS_TO_ASCII):
            return None
        return self.lowered

    def may_hold(self, sentence: Sentence, *words: str) -> bool:
        """Whether the sentence may hold one of the words (lower-case) in any case: a test of a pattern's own words
        before the pattern, far cheaper than a search. Where the lower-cased text cannot tell (see blind), it may."""
        blind = self.blind
        if blind is None:
            return True
        start, end = sentence.start_char, sentence.end_char
        for word in words:  # a loop, not any() over a generator: called for most sentences, at a third of the cost
            if blind.find(word, start, end) != -1:
                return True
        return False

    @property
    def token_lowers(self) -> list[int]:
        """Each token's lower-case form as its hash (spacy.strings.hash_string), to find words without token objects."""
        return self._tokens.lowers

    @cached_property
    def amounts(self) -> list[Amount]:
        """Every sum of money in the report, found once for the rules of targets and deals."""
        return find_amounts(self.text)

    def city_name(self, ent: Span) -> str:
        return self.gazetteer.city_spellings.get(ent.text.lower(), ent.text)

    def country_name(self, code: str | None) -> str | None:
        return self.gazetteer.name_of(code)

    @cached_property
    def dateline(self) -> Span | None:
        """'TOKYO. KAZINFORM ...', 'ASTANA –', 'Tokyo, Dec. 20 (Jiji Press)–': a city opening the report."""
        for ent in self.ents:
            if ent.start_char > 400:
                break
            if not self.is_city(ent):
                continue
            if ent.start_char < self.text_start:
                continue
            line_start = max(self.text.rfind("\n", 0, ent.start_char) + 1, self.text_start)
            opening = self.text[line_start : ent.start_char].strip()
            following = self.text[ent.end_char : ent.end_char + 2]
            if (ent.text.isupper() or not opening) and re.match(r"\s*[.,:–—\-(\n]|$", following):
                return ent
        return None

    @cached_property
    def dateline_end(self) -> int:
        """Where the dateline ('SEOUL, June 6 (Yonhap) --') ends: its date is the report's, not the event's."""
        if self.dateline is None:
            return self.text_start
        rest = self.text[self.dateline.end_char : self.dateline.end_char + 80]
        match = re.search(r"\)\s*[-–—:]*|\s[-–—]+\s|--|[–—]|:\s|\.\s", rest)
        return self.dateline.end_char + (match.end() if match else 0)
