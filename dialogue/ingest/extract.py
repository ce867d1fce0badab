"""Extraction: a report's text in, candidate facts out, each with the words it came from.

Rules over a spaCy doc (see nlp.py). Every candidate carries quotes (character offsets
into the text) and a confidence; nothing here touches the database, so a worker can run
it on any machine and a test on any string.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from decimal import Decimal

from spacy.tokens import Doc, Span

from dialogue.ingest import lexicon as lx
from dialogue.ingest.gazetteer import CENTRAL_ASIA, Gazetteer, KnownPerson
from dialogue.ingest.nlp import CITY, COUNTRY, DEMONYM, PERSON, TITLE, is_proper, pipeline
from dialogue.ingest.parse_dates import find_dates
from dialogue.ingest.parse_numbers import ORDINAL_RE, find_amounts, find_counts, number_value, ordinal_value

SUMMIT, MINISTERIAL, SENIOR_OFFICIALS, OTHER = "summit", "ministerial", "senior officials", "other"


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str


@dataclass
class PersonFact:
    name: str
    role: str | None
    country: str | None
    quotes: list[Quote]
    known: KnownPerson | None = None
    confidence: float = 0.9
    participant: bool = True


@dataclass
class MeetingFact:
    level: str | None
    ordinal: int | None
    quotes: list[Quote]
    format: str | None = None
    date: dt.date | None = None
    city: str | None = None
    host: str | None = None
    online: bool = False
    countries: list[str] = field(default_factory=list)
    participants: list[PersonFact] = field(default_factory=list)
    main: bool = False
    confidence: float = 0.85


@dataclass
class InitiativeFact:
    title: str
    proposed_by: str | None
    quotes: list[Quote]
    confidence: float = 0.7
    areas: list[str] = field(default_factory=list)


@dataclass
class TargetFact:
    amount: Decimal
    currency: str
    period_years: Decimal | None
    quotes: list[Quote]
    title: str = ""
    equivalent_of: int | None = None  # index of the target this one converts
    confidence: float = 0.8


@dataclass
class DocumentFact:
    kind: str
    category: str
    count: int | None
    qualifier: str
    quotes: list[Quote]
    confidence: float = 0.8


@dataclass
class BilateralFact:
    between: tuple[str, str]
    quotes: list[Quote]
    confidence: float = 0.8


@dataclass
class NextMeetingFact:
    ordinal: int | None
    where: str | None
    where_country: str | None
    level: str | None
    quotes: list[Quote]
    when: str | None = None
    confidence: float = 0.8


@dataclass
class ChairFact:
    country: str
    start: str | None
    quotes: list[Quote]
    confidence: float = 0.8


@dataclass
class AreaFact:
    name: str
    parent: str | None
    is_priority: bool
    order: int
    quotes: list[Quote]
    confidence: float = 0.75


@dataclass
class AgendaFact:
    topic: str
    order: int
    quotes: list[Quote]
    confidence: float = 0.7


@dataclass
class Extraction:
    format: str | None
    partner: str | None
    meetings: list[MeetingFact]
    initiatives: list[InitiativeFact]
    targets: list[TargetFact]
    documents: list[DocumentFact]
    bilaterals: list[BilateralFact]
    next_meeting: NextMeetingFact | None
    chairs: list[ChairFact]
    format_aliases: list[str] = field(default_factory=list)
    areas: list[AreaFact] = field(default_factory=list)
    agenda: list[AgendaFact] = field(default_factory=list)


# ----------------------------------------------------------------------------- helpers


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _quote(doc_or_text, start: int, end: int) -> Quote:
    text = doc_or_text.text if isinstance(doc_or_text, Doc) else doc_or_text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quote(start, end, text[start:end])


@dataclass(frozen=True)
class Sentence:
    """A sentence's token and character bounds and its text, sliced once (spaCy rebuilds Span.text on every access)."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str


def _sentences(doc: Doc, text: str, token_starts: list[int]) -> list[Sentence]:
    """Sentences from the sentence-start flags as one array (iterating doc.sents builds every token)."""
    flags = doc.to_array("SENT_START").tolist()
    starts = [0] + [i for i in range(1, len(flags)) if flags[i] == 1]
    sentences = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(doc)
        start_char = token_starts[start]
        end_char = token_starts[end - 1] + len(doc[end - 1].text)
        sentences.append(Sentence(start, end, start_char, end_char, text[start_char:end_char]))
    return sentences


class Report:
    """A parsed report and the lookups every rule needs."""

    def __init__(self, text: str, published: dt.date | None, gazetteer: Gazetteer, publisher: str = ""):
        self.text = text
        self.published = published
        self.gazetteer = gazetteer
        self.publisher = publisher
        self.doc = pipeline(gazetteer)(text)
        self.token_starts = self.doc.to_array("IDX").tolist()
        self.ents = [e for e in self.doc.ents if is_proper(e)]
        self.ent_starts = [e.start for e in self.ents]
        self.sentences = _sentences(self.doc, text, self.token_starts)
        self.sentence_starts = [s.start_char for s in self.sentences]
        self._sentence_token_starts = [s.start for s in self.sentences]
        self.ent_at_start = {e.start: e for e in self.ents}
        self.ent_at_end = {e.end: e for e in self.ents}
        self.dateline_end = _dateline_end(self)

    def sentence_of(self, char: int) -> Sentence:
        return self.sentences[max(0, bisect_right(self.sentence_starts, char) - 1)]

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
        return ent.label_ == CITY or (ent.label_ == COUNTRY and ent.text.lower() in self.city_names)

    @cached_property
    def city_names(self) -> set[str]:
        return {name.lower() for name in self.gazetteer.cities}

    def city_name(self, ent: Span) -> str:
        lowered = ent.text.lower()
        return next((name for name in self.gazetteer.cities if name.lower() == lowered), ent.text)

    def country_name(self, code: str | None) -> str | None:
        return self.gazetteer.name_of(code)


# ----------------------------------------------------------------------------- format


FORMAT_PATTERNS = [
    re.compile(r"Central Asia\s*(?:\+|plus|–|—|-|and)\s*(?:the\s+)?(?P<partner>[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?)"),
    re.compile(r"(?P<partner>[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?)\s*(?:–|—|-|\+|plus)\s*Central Asia"),
    re.compile(r"\bC5\s*\+\s*(?P<partner>1\b|[A-Z]\w+)"),
]


def find_format(report: Report) -> tuple[str | None, str | None, list[Quote], list[str]]:
    """The format the report is about ("Central Asia plus Japan Dialogue"), its partner country,
    and every name the report gives it, abbreviations in brackets included ("(DCAJ)")."""
    votes: dict[str, int] = {}
    names: dict[str, list[tuple[str, Quote]]] = {}
    for pattern in FORMAT_PATTERNS:
        for match in pattern.finditer(report.text):
            partner_text = match.group("partner")
            code = "US" if partner_text == "1" else _partner_code(report, partner_text)
            if not code or code in CENTRAL_ASIA:
                continue
            votes[code] = votes.get(code, 0) + 1
            name_end = match.end()
            tail = re.match(r"[”\"’']?\s*(Dialogue|Summit|format|Forum)\b", report.text[name_end:])
            if tail:
                name_end += tail.end()
            elif not re.search(r"\b(Dialogue|Summit|Forum)$", partner_text) and pattern is not FORMAT_PATTERNS[2]:
                continue  # "Japan-Central Asia AI Partnership" names an initiative, not the format
            name = re.sub(r"[“”\"«»]", "", report.text[match.start():name_end]).strip()
            found = names.setdefault(code, [])
            if name not in [n for n, _ in found]:
                found.append((name, _quote(report.text, match.start(), name_end)))
            abbreviation = re.match(r"\s*\(([A-Z][A-Za-z+&-]{1,9})\)", report.text[name_end:])
            if abbreviation and abbreviation.group(1) not in [n for n, _ in found]:
                start = name_end + abbreviation.start(1)
                found.append((abbreviation.group(1), _quote(report.text, start, start + len(abbreviation.group(1)))))
    # Names the record already knows for a format ("CAJAD", "CA+JAD") count for its partner too.
    for alias, code in report.gazetteer.formats:
        if code and len(alias) > 3 and alias in report.text:
            votes[code] = votes.get(code, 0) + 1
            start = report.text.index(alias)
            found = names.setdefault(code, [])
            if alias not in [n for n, _ in found]:
                found.append((alias, _quote(report.text, start, start + len(alias))))
    if not votes:
        return None, None, [], []
    partner = max(votes, key=lambda code: votes[code])
    found = names.get(partner, [])
    if not found:
        return None, partner, [], []
    return found[0][0], partner, [found[0][1]], [n for n, _ in found]


def _partner_code(report: Report, text: str) -> str | None:
    words = text.split()
    for size in range(len(words), 0, -1):
        code = report.gazetteer.country_code(" ".join(words[:size]))
        if code:
            return code
    return None


# ----------------------------------------------------------------------------- people


def _is_name_token(token, allow_particle: bool = False) -> bool:
    text = token.text
    if allow_particle and text.lower() in lx.NAME_PARTICLES:
        return True
    if not text[:1].isalpha() or not (text[:1].isupper()):
        return False
    if text in lx.NOT_NAMES or text.lower() in lx.HONORIFICS:
        return False
    return all(ch.isalpha() or ch in "'’.-" for ch in text)


def _scan_name_forward(report: Report, start: int, limit: int) -> tuple[int, int] | None:
    doc = report.doc
    i = start
    while i < limit and doc[i].text.lower() in lx.HONORIFICS | {","}:
        i += 1
    if i < limit and i in report.ent_at_start and report.ent_at_start[i].label_ == PERSON:
        ent = report.ent_at_start[i]
        return ent.start, ent.end
    first, j, words = i, i, 0
    while j < limit and words < 4:
        token = doc[j]
        if j in report.ent_at_start and report.ent_at_start[j].label_ in (COUNTRY, CITY, DEMONYM, TITLE):
            break
        if _is_name_token(token, allow_particle=words > 0 and j + 1 < limit and _is_name_token(doc[j + 1])):
            words += 1
            j += 1
        elif token.text in "-‑" and words and j + 1 < limit and not doc[j - 1].whitespace_ and (
                _is_name_token(doc[j + 1]) or (doc[j + 1].is_alpha and not token.whitespace_)):
            j += 2  # "Kassym-Jomart", "Lee Jae-myung"
        else:
            break
    return (first, j) if words else None


def _scan_name_backward(report: Report, end: int, floor: int) -> tuple[int, int] | None:
    doc = report.doc
    j, words = end, 0
    while j > floor and words < 4:
        token = doc[j - 1]
        if _is_name_token(token) or (words and token.text.lower() in lx.NAME_PARTICLES):
            words += 1
            j -= 1
        elif token.text in "-‑" and words and j - 2 >= floor and _is_name_token(doc[j - 2]) and not token.whitespace_:
            j -= 1
        else:
            break
    if not words or (j - 1 >= floor and doc[j - 1].text in lx.NOT_NAMES and doc[j - 1].text not in ("Mr", "Ms")):
        return None
    return (j, end)


def _country_before(report: Report, title: Span) -> str | None:
    doc = report.doc
    i = title.start
    if i >= 2 and doc[i - 1].text in ("'s", "’s", "'", "’") and (i - 1) in report.ent_at_end:
        return report.code(report.ent_at_end[i - 1])
    if i in report.ent_at_end and report.ent_at_end[i].label_ in (COUNTRY, DEMONYM):
        return report.code(report.ent_at_end[i])
    # "The Russian delegation was led by ...", "Turkmenistan was represented by ..."
    before = report.text[max(report.sentence_of_token(title.start).start_char, title.start_char - 60) : title.start_char]
    if re.search(r"\b(?:led|headed|represented|chaired)\s+by\s+(?:the\s+)?$", before):
        nearest = [e for e in report.ents_in(report.sentence_of_token(title.start), COUNTRY, DEMONYM) if e.end_char <= title.start_char]
        if nearest and title.start_char - nearest[-1].end_char < 60:
            return report.code(nearest[-1])
    # "delegations of Tajikistan (led by First Deputy Foreign Minister ...)"
    window = doc[max(0, i - 5) : i]
    if {"led", "headed"} & {t.lower_ for t in window}:
        for k in range(i - 1, max(0, i - 6), -1):
            if doc[k].text == "(" and k in report.ent_at_end and report.ent_at_end[k].label_ == COUNTRY:
                return report.code(report.ent_at_end[k])
    return None


def _role_continuation(report: Report, position: int, sentence_end: int) -> tuple[int, str, str | None]:
    """After a title: 'of the Republic of Kazakhstan' (a country) or 'of the European Council' (part of the post)."""
    doc = report.doc
    if position >= sentence_end or doc[position].lower_ not in ("of", "for"):
        return position, "", None
    k = position + 1
    if k < sentence_end and doc[k].lower_ == "the":
        k += 1
    if k in report.ent_at_start and report.ent_at_start[k].label_ == COUNTRY:
        ent = report.ent_at_start[k]
        return ent.end, "", report.code(ent)
    j = k
    while j < sentence_end and j - k < 5 and doc[j].text[:1].isupper():
        if doc[j].lower_ in lx.ORGANIZATION_HEADS:
            organisation = doc[position : j + 1].text
            country = None
            for ent in report.ents_in(doc[k : j + 1], COUNTRY, DEMONYM):
                country = report.code(ent)
            return j + 1, " " + organisation, country
        j += 1
    return position, "", None


def find_people(report: Report) -> list[PersonFact]:
    doc, found = report.doc, []
    consumed: set[int] = set()
    titles = [e for e in report.ents if e.label_ == TITLE]
    for title in titles:
        if title.start in consumed:
            continue
        sentence = report.sentence_of_token(title.start)
        lowered = title.text.lower()
        if lowered.endswith("s") and lowered.split()[-1] in ("ministers", "vice-ministers"):
            continue
        role, position = title.text, title.end
        # "Deputy Prime Minister - Minister of Foreign Affairs": one post in two titles.
        if position + 1 < sentence.end and doc[position].text in "-–—" and (position + 1) in report.ent_at_start:
            second = report.ent_at_start[position + 1]
            if second.label_ == TITLE:
                role = doc[title.start : second.end].text
                consumed.add(second.start)
                position = second.end
        country = _country_before(report, title)
        position, organisation, of_country = _role_continuation(report, position, sentence.end)
        role += organisation
        country = country or of_country
        span = _scan_name_forward(report, position, min(sentence.end, position + 8))
        if span is None:
            # "Nizomiddin Zohidi, First Deputy Foreign Minister of Tajikistan": the name stands first.
            k = title.start
            if k > sentence.start and doc[k - 1].lower_ == "the":
                k -= 1
            if k > sentence.start and doc[k - 1].text == ",":
                span = _scan_name_backward(report, k - 1, sentence.start)
                if span and not country:
                    for ent in report.ents_in(doc[title.end : min(sentence.end, title.end + 16)], COUNTRY):
                        country = report.code(ent)
                        break
        if span is None:
            continue
        name = doc[span[0] : span[1]].text
        before = report.text[max(0, title.start_char - 8) : title.start_char].lower()
        former = any(before.rstrip(" -").endswith(marker.rstrip("-")) for marker in lx.FORMER_MARKERS)
        head = lowered.split()[-1]
        participant = not former and head not in lx.NON_PARTICIPANT_TITLES and "security" not in lowered
        start = min(title.start_char, doc[span[0]].idx)
        end = max(doc[span[1] - 1].idx + len(doc[span[1] - 1]), doc[position - 1].idx + len(doc[position - 1]))
        known = _known(report, name)
        found.append(PersonFact(
            name=name, role=_clean_role(role), country=country or (known.country if known else None),
            quotes=[_quote(report.text, start, end)], known=known, participant=participant,
        ))
        consumed.update(range(span[0], span[1]))
    for ent in report.ents:
        if ent.label_ == PERSON and ent.start not in consumed:
            person = report.gazetteer.people[int(ent.ent_id_)]
            found.append(PersonFact(name=ent.text, role=person.role, country=person.country,
                                    quotes=[_quote(report.text, ent.start_char, ent.end_char)], known=person, confidence=0.6))
    return _merge_people(found)


def _clean_role(role: str) -> str:
    role = re.sub(r"\s+", " ", role).strip(" ,")
    return role[0].upper() + role[1:] if role else role


def _known(report: Report, name: str) -> KnownPerson | None:
    for word in reversed(name.split()):
        person = report.gazetteer.people_by_surname.get(word.lower())
        if person:
            return person
    return None


def _name_words(name: str) -> set[str]:
    return {w for w in fold(name).split() if len(w) >= 3}


def _same_person(a: PersonFact, b: PersonFact) -> bool:
    if a.known and b.known:
        return a.known is b.known
    return bool(_name_words(a.name) & _name_words(b.name))


def _merge_people(found: list[PersonFact]) -> list[PersonFact]:
    merged: list[PersonFact] = []
    for person in found:
        twin = next((m for m in merged if _same_person(m, person)), None)
        if twin is None:
            merged.append(person)
            continue
        if len(person.name.split()) > len(twin.name.split()):
            twin.name = person.name
        if person.confidence > twin.confidence or not twin.role:
            twin.role = person.role or twin.role
        twin.country = twin.country or person.country
        twin.known = twin.known or person.known
        twin.participant = twin.participant or person.participant
        twin.confidence = max(twin.confidence, person.confidence)
        twin.quotes += person.quotes
    return merged


# ----------------------------------------------------------------------------- meetings


@dataclass
class _MeetingMention:
    token: int
    level: str | None
    ordinal: int | None
    upcoming: bool
    quote: Quote
    sentence: Sentence


def _level_of(words: list[str]) -> str | None:
    lowered = [w.lower() for w in words]
    joined = " ".join(lowered)
    if "summit" in lowered or any(w in lx.SUMMIT_WORDS for w in lowered) or "heads of state" in joined:
        return SUMMIT
    if any(w in lx.SENIOR_OFFICIALS_WORDS for w in lowered) and ("senior" in lowered or "som" in lowered
                                                                  or "deputy" in lowered or "vice-ministers" in lowered):
        return SENIOR_OFFICIALS
    if any(w in lx.MINISTERIAL_WORDS for w in lowered):
        return MINISTERIAL
    if any(w in lx.OTHER_LEVEL_WORDS for w in lowered):
        return OTHER
    return None


def _window(doc: Doc, start: int, end: int) -> list:
    """Tokens from start to end, cut at the last clause boundary before end."""
    tokens = list(doc[start:end])
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].text in {",", ";", ":", "(", ")", "."} or tokens[k].lower_ in {"after", "before", "during", "at", "on", "for", "and", "or", "but"}:
            return tokens[k + 1 :]
    return tokens


_MEETING_WORD = re.compile(r"\b(?:summit|meeting|session|conference|consultations|forum|dialogue|gathering|ministerial)\b", re.I)


_MEETING_VERB = re.compile(r"\b(?:met|convened|gathered)\b", re.I)


def find_meeting_mentions(report: Report) -> list[_MeetingMention]:
    mentions = _meeting_mentions(report, _MEETING_WORD)
    # "Foreign ministers of the format met in Berlin": with no meeting named, the verb stands for it.
    return mentions or _meeting_mentions(report, _MEETING_VERB)[:1]


def _meeting_mentions(report: Report, pattern: re.Pattern) -> list[_MeetingMention]:
    doc, mentions = report.doc, []
    for match in pattern.finditer(report.text):
        index = bisect_right(report.token_starts, match.start()) - 1
        token = doc[index]
        if token.idx != match.start():
            continue
        noun = token.lower_
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if noun == "ministerial" and following not in lx.MEETING_NOUNS or noun in ("met", "convened", "gathered"):
            noun = "meeting"  # "the next ministerial", "at the Luxembourg ministerial", "ministers met"
        elif noun not in lx.MEETING_NOUNS or noun == "meetings":
            continue
        sentence = report.sentence_of_token(token.i)
        before = _window(doc, max(sentence.start, token.i - 7), token.i)
        before_words = [t.text for t in before]
        previous = doc[token.i - 1].lower_ if token.i > sentence.start else ""
        if previous in lx.NON_MEETING_BEFORE:
            continue
        if previous == "of" and token.i >= 2 and doc[token.i - 2].lower_ in {"plan", "programme", "program", "schedule", "calendar", "format"}:
            continue  # "a plan of consultations" is a document, not a meeting
        before_text = doc[before[0].i : token.i].text if before else ""
        ordinal_match = ORDINAL_RE.search(before_text.replace("-ever", ""))
        ordinal = ordinal_value(ordinal_match.group(0)) if ordinal_match else None
        if noun == "dialogue" and ordinal is None:
            continue
        if noun == "forum" and not {"business", "investors", "investment"} & {w.lower() for w in before_words}:
            continue
        if noun == "conference" and not {"video", "ministerial"} & {w.lower() for w in before_words}:
            continue
        after = []
        for t in doc[token.i + 1 : min(sentence.end, token.i + 9)]:
            if t.text in {",", ";", ".", "(", ")"} or t.lower_ in {"on", "in", "at", "was", "were", "will", "to"}:
                break
            after.append(t.text)
        level = _level_of(before_words + [token.text] + (after if after[:1] == ["of"] else []))
        if level is None and noun == "dialogue" and "Tokyo" in before_words:
            level = OTHER
        if level is None and ordinal is not None:
            sentence_words = report.text[sentence.start_char : token.idx].split() + report.text[token.idx + len(token) : sentence.end_char].split()
            level = _level_of([w.strip(",.;:()'’\"") for w in sentence_words])
        start = before[0].idx if before else token.idx
        end_token = token.i + (len(after) if after[:1] == ["of"] else 0)
        end = doc[end_token].idx + len(doc[end_token])
        mentions.append(_MeetingMention(
            token=token.i, level=level, ordinal=ordinal, upcoming=_is_upcoming(report, token, before_words),
            quote=_quote(report.text, start, end), sentence=sentence,
        ))
    return mentions


def _is_upcoming(report: Report, token, before_words: list[str]) -> bool:
    if {w.lower() for w in before_words} & lx.NEXT_WORDS:
        return True
    sentence = report.sentence_of_token(token.i)
    after_text = report.text[token.idx : min(sentence.end_char, token.idx + 90)].lower()
    before_text = report.text[max(sentence.start_char, token.idx - 60) : token.idx].lower()
    if any(marker in after_text[:40] for marker in lx.PAST_MARKERS) or any(m in before_text for m in ("was held", "took place")):
        return False
    return any(marker in after_text for marker in lx.FUTURE_AFTER) or any(marker in before_text for marker in lx.FUTURE_BEFORE)


def _dateline(report: Report) -> Span | None:
    """'TOKYO. KAZINFORM ...', 'ASTANA –', 'Tokyo, Dec. 20 (Jiji Press)–': a city opening the report."""
    for ent in report.ents:
        if ent.start_char > 400:
            break
        if not report.is_city(ent):
            continue
        line_start = report.text.rfind("\n", 0, ent.start_char) + 1
        opening = report.text[line_start : ent.start_char].strip()
        following = report.text[ent.end_char : ent.end_char + 2]
        if (ent.text.isupper() or not opening or re.fullmatch(r"date \S+", opening)) and re.match(r"\s*[.,:–—\-(\n]|$", following):
            return ent
    return None


def _dateline_end(report: Report) -> int:
    """Where the dateline ('SEOUL, June 6 (Yonhap) --') ends: its date is the report's, not the event's."""
    dateline = _dateline(report)
    if dateline is None:
        return 0
    rest = report.text[dateline.end_char : dateline.end_char + 80]
    match = re.search(r"\)\s*[-–—:]*|\s[-–—]+\s|--|[–—]|:\s|\.\s", rest)
    return dateline.end_char + (match.end() if match else 0)


def _places_after(report: Report, sentence: Sentence, from_char: int) -> list[Span]:
    return [e for e in report.ents_in(sentence, CITY, COUNTRY) if e.start_char >= from_char
            and report.text[max(sentence.start_char, e.start_char - 12) : e.start_char].rstrip().lower().split()[-1:] in (["in"], ["at"], [","])]


def find_meetings(report: Report, people: list[PersonFact], format_name: str | None, partner: str | None) -> tuple[list[MeetingFact], list[_MeetingMention]]:
    mentions = find_meeting_mentions(report)
    upcoming = [m for m in mentions if m.upcoming]
    held = [m for m in mentions if not m.upcoming]
    if not held:
        return [], upcoming
    main_mention = next((m for m in held if m.level), held[0])
    clusters: list[list[_MeetingMention]] = [[main_mention]]
    for mention in held:
        if mention is main_mention:
            continue
        for cluster in clusters:
            level = next((m.level for m in cluster if m.level), None)
            ordinal = next((m.ordinal for m in cluster if m.ordinal), None)
            earlier = {w.lower() for w in mention.quote.text.split()} & {"previous", "last", "preceding", "earlier", "past"}
            if mention.level in (None, level) and (mention.ordinal in (None, ordinal) or (ordinal is None and not earlier)):
                cluster.append(mention)
                break
        else:
            clusters.append([mention])
    dateline = _dateline(report)
    meetings = []
    for index, cluster in enumerate(clusters):
        meeting = MeetingFact(
            level=next((m.level for m in cluster if m.level), None),
            ordinal=next((m.ordinal for m in cluster if m.ordinal), None),
            quotes=[m.quote for m in cluster], format=format_name, main=index == 0,
        )
        _place_and_date(report, meeting, cluster, dateline)
        meetings.append(meeting)
    main = meetings[0]
    main.participants = [p for p in people if p.participant]
    main.countries = _countries_taking_part(report, main, partner)
    if not main.city and not main.online and dateline is not None:
        dateline_country = report.code(dateline)
        if dateline_country in main.countries:
            main.city, main.host = report.city_name(dateline), main.host or dateline_country
            main.quotes.append(_quote(report.text, dateline.start_char, dateline.end_char))
    if main.level is None:
        main.level = _level_from_posts(main.participants)
    _country_of_host_officials(main, partner)
    return [m for m in meetings if m.level], upcoming


def _level_from_posts(participants: list[PersonFact]) -> str:
    """A meeting the report names only as 'a meeting' takes its level from who came."""
    roles = [fold(p.role or "") for p in participants if p.role]
    if not roles:
        return OTHER
    leaders = sum("president" in r or "prime minister" in r or "chancellor" in r for r in roles)
    deputies = sum(("deputy" in r or "vice" in r) and "minister" in r for r in roles)
    ministers = sum("minister" in r or "secretary of state" in r for r in roles) - deputies
    for level, count in ((SUMMIT, leaders), (SENIOR_OFFICIALS, deputies), (MINISTERIAL, ministers)):
        if count * 2 > len(roles):  # most of those named hold posts of that level
            return level
    return OTHER


def _country_of_host_officials(meeting: MeetingFact, partner: str | None) -> None:
    """Reports name the guests' countries and take the host's own officials for granted:
    an official with no country stated is the host's (or the partner's) when that side has no one else."""
    for side in (meeting.host, partner):
        unplaced = [p for p in meeting.participants if not p.country]
        if side and unplaced and not any(p.country == side for p in meeting.participants):
            for person in unplaced:
                person.country = side
                person.confidence = min(person.confidence, 0.6)
            return


def _place_and_date(report: Report, meeting: MeetingFact, cluster: list[_MeetingMention], dateline: Span | None) -> None:
    seen_sentences = []
    for mention in cluster:
        if any(mention.sentence == s for s in seen_sentences):
            continue
        seen_sentences.append(mention.sentence)
        sentence = mention.sentence
        lowered = sentence.text.lower()
        if any(word in lowered.split() or word in lowered for word in ("online", "virtually", "video conference", "videoconference", "video link", "videolink")):
            meeting.online = True
        if meeting.date is None:
            for date in find_dates(sentence.text, report.published):
                if date.date and sentence.start_char + date.start >= report.dateline_end:
                    meeting.date = date.date
                    start = sentence.start_char + date.start
                    meeting.quotes.append(_quote(report.text, start, start + len(date.text)))
                    break
        if meeting.city is None and meeting.host is None:
            for place in _places_after(report, sentence, sentence.start_char):
                if dateline is not None and place.start_char == dateline.start_char:
                    continue
                if report.is_city(place):
                    meeting.city, meeting.host = report.city_name(place), report.gazetteer.cities.get(report.city_name(place))
                    # "in Samarkand, Uzbekistan": the country names the host where the city is not known.
                    meeting.quotes.append(_quote(report.text, place.start_char, place.end_char))
                    break
                if meeting.host is None:
                    meeting.host = report.code(place)
        hosted = re.search(r"hosted by (?:the )?([A-Z][\w ]+)", sentence.text)
        if hosted and meeting.host is None:
            meeting.host = _partner_code(report, hosted.group(1))


def _countries_taking_part(report: Report, main: MeetingFact, partner: str | None) -> list[str]:
    countries = [p.country for p in main.participants if p.country]
    lowered = report.text.lower()
    central_asia_together = re.search(
        r"\b(five|5|all)\s+central\s+asian\b|\bcentral\s+asian\s+(countries|nations|states|leaders|counterparts|presidents|republics|partners)\b|\bc5\b",
        lowered,
    )
    named = {report.code(e) for e in report.ents if e.label_ in (COUNTRY, DEMONYM)}
    if partner:
        countries.append(partner)
    # A meeting of a "Central Asia + X" format brings the five together unless the report says otherwise.
    if central_asia_together or len(named & set(CENTRAL_ASIA)) >= 3 or partner:
        countries += list(CENTRAL_ASIA)
    for sentence in report.sentences:
        text = sentence.text.lower()
        if re.search(r"represent|attend|particip|took part|brought together|gathered|delegation|leaders of|heads of", text):
            countries += [report.code(e) for e in report.ents_in(sentence, COUNTRY) if report.code(e)]
    ordered = []
    for code in countries:
        if code and code not in ordered:
            ordered.append(code)
    return ordered


# ----------------------------------------------------------------------------- next meeting


def find_next_meeting(report: Report, upcoming: list[_MeetingMention]) -> NextMeetingFact | None:
    for mention in upcoming:
        sentence = mention.sentence
        token_char = report.doc[mention.token].idx
        places = [e for e in report.ents_in(sentence, CITY, COUNTRY) if e.start_char > token_char]
        where = places[0] if places else None
        season = re.search(r"\b(spring|summer|autumn|fall|winter)\b(?:\s+of)?(?:\s+(\d{4}))?|\b(?:in|by)\s+(\d{4})\b",
                           report.text[token_char : sentence.end_char])
        quote_end = where.end_char if where else mention.quote.end
        return NextMeetingFact(
            ordinal=mention.ordinal,
            where=(report.city_name(where) if where.label_ == CITY else report.country_name(report.code(where)) or where.text) if where else None,
            where_country=report.code(where) if where else None,
            level=mention.level,
            when=season.group(0) if season else None,
            quotes=[_quote(report.text, mention.quote.start, max(quote_end, mention.quote.end))],
        )
    return None


# ----------------------------------------------------------------------------- chair


CHAIR_PATTERNS = [
    re.compile(r"chairmanship\b[^.]{0,60}?\b(?:transferred|passed|handed over|pass(?:es)?|go(?:es)?)\s+to\s+(?P<who>[^.,]{2,40}?)\s+(?:from|in|starting(?: from)?|as of)\s+(?P<year>\d{4})", re.I),
    re.compile(r"(?P<who>[A-Z][\w ]{2,30}?)\s+(?:is set to|will|to|shall|is to|is going to)\s+(?:chair|take over the chairmanship of|assume the chairmanship of|preside over)\s+the\s+(?:Dialogue|format|forum|mechanism)\b[^.]{0,30}?\b(?:in|from|for)\s+(?P<year>\d{4})"),
    re.compile(r"(?P<who>[A-Z][\w ]{2,30}?)\s+(?:took over|assumed|takes over|assumes)\s+the\s+chairmanship\b[^.]{0,40}?\b(?:in|from|for)\s+(?P<year>\d{4})"),
]


def find_chairs(report: Report, people: list[PersonFact]) -> list[ChairFact]:
    chairs = []
    for pattern in CHAIR_PATTERNS:
        for match in pattern.finditer(report.text):
            who = match.group("who").strip()
            if re.search(r"\bour (state|country|nation|republic)\b", who, re.I):
                code = _publisher_country(report, people)
            else:
                code = _partner_code(report, re.sub(r"^(the|The)\s+", "", who)) or report.gazetteer.country_code(who.split()[-1])
            if code and not any(c.country == code and c.start == match.group("year") for c in chairs):
                chairs.append(ChairFact(country=code, start=match.group("year"), quotes=[_quote(report.text, match.start(), match.end())]))
    return chairs


def _publisher_country(report: Report, people: list[PersonFact]) -> str | None:
    """'our state' in a report: the country of the outlet that writes so, or of its first speaker."""
    for word in re.findall(r"[A-Z][a-z]+", report.publisher):
        code = report.gazetteer.country_code(word)
        if code:
            return code
    return next((p.country for p in people if p.country), None)


# ----------------------------------------------------------------------------- initiatives


_LIST_CUE = re.compile(
    r"\b(?:initiatives?|proposals?|measures|projects|programmes|programs|activities|steps|ideas|events)\b[^.;]{0,140}?\b(?:including|such as)\s*,?\s+",
    re.I,
)
_PROPOSAL_CUE = re.compile(
    r"\b(?:put forward|proposed(?: to)?|suggested|advocated for|called for|encouraged|offered to|pledged to|"
    r"are launching|is launching|will launch|launched|unveiled|announced|presented)\s+", re.I,
)
_AGREEMENT_CUE = re.compile(
    r"\b(?:agreed|decided|committed)\b[^.;]{0,80}?\bto\s+(?=(?:cooperate|establish|develop|launch|strengthen|enhance|"
    r"promote|expand|create|set up|deepen|elevate|work out|build|boost)\b)", re.I,
)
_AREA_WORDS = re.compile(r"\b(areas|fields|sectors|spheres|topics|issues|priorities|directions|domains)\b", re.I)
_QUOTED_NAME = re.compile(r"[“\"]([A-Z][^”\"]{3,90}?)[,.]?[”\"]")
_ITEM_STOP = re.compile(r"^(?:after|before|while|when|during|which|where|according|as it|following|in order|so that|amid|that|how|whether|by)\b", re.I)
_CONTINUATION_VERBS = (
    "support", "assist", "promote", "develop", "establish", "strengthen", "expand", "launch", "provide", "create",
    "build", "enhance", "hold", "cooperate", "work", "increase", "boost", "encouraged", "advocated", "called", "proposed",
    "offered", "pledged", "set", "improve", "deepen",
)
_MONTHS_OR_DIGITS = r"\d|January|February|March|April|May|June|July|August|September|October|November|December"
_REPORTING = re.compile(r"^(?:it|he|she|they|the \w+)\s+(?:said|says|added|noted|reported|stated)\b", re.I)
_SUBJECT_JOINT = re.compile(r"\b(?:sides|parties|leaders|ministers|countries|nations|participants|both|all|they|we all|heads)\b", re.I)


def _clean_item(text: str) -> str:
    text = re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\)", "", text)
    text = re.split(r"\s+[–—]\s+|—|;|,?\s+according to\b|,?\s+the statement said|,?\s+it said", text)[0]
    text = re.sub(r"[“”\"]", "", text)
    for _ in range(2):
        text = re.sub(r"^(?:and|also|the|a|an|to|of|on|in|for|further|new)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r",?\s+(?:and|while|but)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$", "", re.sub(r"\s+", " ", text).strip(" ,.:"))
    text = re.sub(r"\s+(?:and|or|as well as)$", "", text)
    return text.strip(" ,.:")


def _split_items(rest: str, commas: bool) -> list[tuple[str, int]]:
    """'A, B, and launch of C' (a list) or 'assist A and support B' into items with their offsets in `rest`.

    Commas separate items only in an announced list ("initiatives, including A, B"); after a
    verb they more often join the parts of one item ("cooperation on water, energy and climate").
    """
    items, offset = [], 0
    verbs = "|".join(_CONTINUATION_VERBS)
    comma = r",\s+(?:and\s+)?|" if commas else r",\s+(?=(?:and\s+)?(?:" + verbs + r")\b)|"
    pieces = re.split(rf"({comma}\s+as well as\s+|\s+and\s+(?=(?:{verbs}|a|an|the|\w+ing)\b)|\s+by\s+(?=\w+ing\b))", rest)
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        if piece.strip():
            items.append((piece, offset))
        offset += len(piece) + (len(pieces[index + 1]) if index + 1 < len(pieces) else 0)
    return items


def _without_amount(title: str) -> str:
    """'a programme on border management worth 30 million euros' -> 'a programme on border management';
    '$25 million for the Economic Resilience Initiative' -> 'the Economic Resilience Initiative'."""
    amounts = find_amounts(title)
    if not amounts or re.search(r"\b(package|fund)\b", title, re.I):
        return title
    first = amounts[0]
    head = re.sub(r"\s+(?:worth|of|totaling|totalling|valued at|amounting to|for|with)\s*$", "", title[: first.start].rstrip()).strip()
    if len(head.split()) >= 2:
        return head
    tail = re.match(r"\s*(?:in\s+\w+\s+)?(?:for|to)\s+(.+)", title[first.end :])
    return tail.group(1) if tail else title


def _is_initiative_title(title: str) -> bool:
    words = title.split()
    if len(words) < 2 or len(words) > 22 or _ITEM_STOP.match(title) or _REPORTING.match(title):
        return False
    if re.search(r"\btarget\b", title, re.I) or re.match(rf"(?:{_MONTHS_OR_DIGITS})", title):
        return False
    if find_amounts(title) and not re.search(r"\b(package|fund|initiative|programme|program|facility)\b", title, re.I):
        return False  # "mobilize $5 billion by 2030" is a target, not an initiative
    if re.search(r"\b(declaration|communiqu[eé]|joint statement)\b", title, re.I):
        return False
    if re.search(r"\b(\d+(?:st|nd|rd|th)|first|second|third)\b[^,]*\b(meeting|summit|session)\b", title, re.I):
        return False
    return bool(re.search(r"[a-z]", title))


def _subject_country(report: Report, sentence: Sentence, cue_char: int, people: list[PersonFact], previous: str | None) -> tuple[str | None, bool]:
    """Who proposes: the country or person before the cue; a joint subject gives None; a pronoun, the last proposer."""
    clause_start = sentence.start_char
    for boundary in re.finditer(r",\s+(?:and|while|whereas|but)\s+|;\s+", report.text[sentence.start_char : cue_char]):
        clause_start = sentence.start_char + boundary.end()
    subject_text = report.text[clause_start:cue_char]
    if not subject_text.strip():
        clause_start = sentence.start_char  # ", and proposed ...": the sentence's subject goes on
        subject_text = report.text[clause_start:cue_char]
    countries = {report.code(e) for e in report.ents_in(sentence, COUNTRY, DEMONYM) if clause_start <= e.start_char and e.end_char <= cue_char}
    if len(countries) >= 2 or (_SUBJECT_JOINT.search(subject_text) and not re.search(r"\b(he|she)\b", subject_text, re.I)):
        return None, True
    if len(countries) == 1:
        return countries.pop(), True
    for person in people:
        if any(re.search(rf"\b{re.escape(word)}\b", subject_text) for word in person.name.split() if len(word) >= 3):
            return person.country, True
    if re.search(r"\b(it was|was|were|he|she|we|it)\b", subject_text, re.I):
        return previous, False
    return None, False


def find_initiatives(report: Report, people: list[PersonFact]) -> list[InitiativeFact]:
    found: list[InitiativeFact] = []
    previous: str | None = None
    for sentence in report.sentences:
        text, base = sentence.text, sentence.start_char
        cues = []
        for pattern in (_LIST_CUE, _PROPOSAL_CUE, _AGREEMENT_CUE):
            for match in pattern.finditer(text):
                if not any(start <= match.start() < end for start, end, _ in cues):
                    cues.append((match.start(), match.end(), pattern))
        cues.sort()
        for index, (cue_start, cue_end, pattern) in enumerate(cues):
            stop = cues[index + 1][0] if index + 1 < len(cues) else len(text)
            if pattern is _LIST_CUE and _AREA_WORDS.search(text[cue_start:cue_end]):
                continue  # "areas such as energy and transport" lists areas of cooperation, not initiatives
            if pattern is _PROPOSAL_CUE and re.match(r"(?i)launched|announced|unveiled|presented", text[cue_start:]) and re.search(r"\b(was|were|been|being|is)\s+$", text[:cue_start]):
                continue  # "the Dialogue was launched in 2004": the subject is what was launched
            if pattern is _PROPOSAL_CUE and re.match(r"(?:a number of |several )?(?:new )?initiatives?\b|\w+ (?:initiatives|proposals)\b", text[cue_end:], re.I):
                continue
            proposer, decided = _subject_country(report, sentence, base + cue_start, people, previous)
            if decided and proposer:
                previous = proposer
            for piece, offset in _split_items(text[cue_end:stop], commas=pattern is _LIST_CUE):
                title = _clean_item(_without_amount(_clean_item(piece)))
                if _ITEM_STOP.match(piece.strip()):
                    break
                if not _is_initiative_title(title):
                    continue
                start = base + cue_end + offset + piece.find(title.split()[0])
                found.append(InitiativeFact(title=title, proposed_by=proposer if pattern is not _AGREEMENT_CUE else None,
                                            quotes=[_quote(report.text, max(start, base + cue_start), base + cue_end + offset + len(piece))]))
        if re.search(r"\b(launch|development|initiative|partnership|agreed|announced|cooperation)\b", text, re.I):
            for match in _QUOTED_NAME.finditer(text):
                name = match.group(1).strip(" ,.")
                if re.search(r"\b(Declaration|Statement|Communiqu[eé])\b", name) or len(name.split()) < 2:
                    continue
                found.append(InitiativeFact(title=name, proposed_by=None, quotes=[_quote(report.text, base + match.start(1), base + match.start(1) + len(name))], confidence=0.8))
    return _dedupe_initiatives(found)


def _dedupe_initiatives(found: list[InitiativeFact]) -> list[InitiativeFact]:
    kept: list[InitiativeFact] = []
    for item in found:
        words = set(fold(item.title).split()) - {"the", "of", "and", "in", "a", "to", "on", "for"}
        twin = next((k for k in kept if _overlap(words, set(fold(k.title).split())) >= 0.8), None)
        if twin is None:
            kept.append(item)
        else:
            if len(item.title) > len(twin.title):
                twin.title = item.title
            twin.quotes += item.quotes
            twin.proposed_by = twin.proposed_by or item.proposed_by
            twin.confidence = max(twin.confidence, item.confidence)
    return kept


def _overlap(a: set[str], b: set[str]) -> float:
    b = b - {"the", "of", "and", "in", "a", "to", "on", "for"}
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# ----------------------------------------------------------------------------- targets


_TARGET_CUE = re.compile(
    r"\b(target|goal|aim(?:s|ed)?\s+(?:to|at)|objective|pledge[sd]?|commit(?:s|ted|ment)?|package|mobili[sz]e|"
    r"to reach|worth of|projects totaling|projects totalling|totaling|totalling|over the next|within the next|over \w+ years|"
    r"(?:will|would|to) (?:provide|allocate|invest|mobili[sz]e)\b[^.]{0,60}\b(?:financing|funding|loans?|grants?|investments?))\b",
    re.I,
)
_STATISTIC_CUE = re.compile(r"\b(turnover|reached|amounted|grew|rose|exceeded|increased by|so far|already)\b", re.I)
_PERIOD = re.compile(r"\b(?:over|within|for|in)\s+(?:the\s+)?(?:next|coming)?\s*(?P<n>\w+(?:-\w+)?)\s+years\b|\b(?P<m>\w+)-year\b", re.I)


def find_targets(report: Report) -> list[TargetFact]:
    targets: list[TargetFact] = []
    for amount in find_amounts(report.text):
        sentence = report.sentence_of(amount.start)
        text = sentence.text
        if not _TARGET_CUE.search(text) or _STATISTIC_CUE.search(text):
            continue
        period = None
        match = _PERIOD.search(text)
        if match:
            period = number_value(match.group("n") or match.group("m"))
        title_match = re.search(r"\bin\s+((?:[\w-]+\s+){0,3}(?:projects|investments?|deals|trade|business|financing|grants|loans)\b)",
                                report.text[amount.end : amount.end + 60])
        equivalent = None
        if amount.equivalent_of is not None:
            equivalent = next((i for i, t in enumerate(targets) if t.quotes[0].start == amount.equivalent_of.start), None)
        targets.append(TargetFact(
            amount=amount.value, currency=amount.currency, period_years=period,
            title=title_match.group(1) if title_match else "",
            quotes=[_quote(report.text, amount.start, amount.end), _quote(report.text, sentence.start_char, sentence.end_char)],
            equivalent_of=equivalent,
        ))
    return targets


# ----------------------------------------------------------------------------- documents


_DOCUMENT_RE = re.compile(
    r"(?P<kind>(?:(?:[A-Z][\w-]*|(?i:final|joint|new|bilateral|intergovernmental|interagency|commercial|investment|cooperation))\s+){0,4}?"
    r"(?i:" + "|".join(re.escape(k) for k, _ in lx.DOCUMENT_KINDS) + r")(?:\s+for\s+\d{4}\s*[-–]\s*\d{4})?)\b",
)
_DOCUMENT_CATEGORY = {kind: category for kind, category in lx.DOCUMENT_KINDS}


def find_documents(report: Report) -> list[DocumentFact]:
    documents: list[DocumentFact] = []
    for sentence in report.sentences:
        text = sentence.text
        if not re.search(r"\b(" + "|".join(lx.DOCUMENT_VERBS) + r")\b", text, re.I):
            continue
        if re.search(r"\b(will|expected|to be adopted|to be signed|plans? to)\b", text, re.I):
            continue
        for match in _DOCUMENT_RE.finditer(text):
            kind = match.group("kind").strip()
            head = next(k for k, _ in lx.DOCUMENT_KINDS if re.search(rf"{re.escape(k)}", kind, re.I))
            category = _DOCUMENT_CATEGORY[head]
            before = text[max(0, match.start() - 30) : match.start()]
            counts = [c for c in find_counts(before + " ") if c.end >= len(before) - 1]
            plural = head.endswith("s") or head in ("memoranda",)
            count = counts[-1].value if counts else (None if plural else 1)
            if re.fullmatch(r"(?i)(documents?|agreements?|contracts?|memorand\w+)", kind) and count is None:
                continue
            kind = re.sub(r"^(?:The|A|An)\s+", "", kind)
            start = sentence.start_char + (match.start() - (len(before) - counts[-1].start) if counts else match.start())
            quote = _quote(report.text, start, sentence.start_char + match.end())
            phrase_end = re.match(r"[^.;]*?(?=[.;]|$)", text[match.end():])
            if head == "documents" and phrase_end:
                kind = (kind + text[match.end() : match.end() + phrase_end.end()]).strip()
                kind = re.sub(r"\b(were|was|also)\b\s*", "", kind).strip(" ,")
            twin = next((d for d in documents if d.category == category and (count in (None, 1) and d.count in (None, 1))), None)
            if twin and category != "other":
                twin.quotes.append(quote)
                continue
            documents.append(DocumentFact(kind=kind, category=category, count=count,
                                          qualifier=counts[-1].qualifier if counts else "", quotes=[quote]))
    return documents


# ----------------------------------------------------------------------------- bilateral talks


_BILATERAL_RE = re.compile(
    r"(?P<a>[^.;]*?)\b(?:also\s+)?(?:held|had|conducted)\s+(?:a\s+|an\s+)?(?:separate\s+)?(?:bilateral|one-on-one|separate|tete-a-tete|tête-à-tête)\s+"
    r"(?:talks|meetings?|consultations|conversations?)\s+with\s+(?P<b>[^.;]+)", re.I)
_BILATERAL_GATE = re.compile(r"bilateral|one-on-one|separate|t[eê]te", re.I)
_GROUP = re.compile(r"\b(leaders|counterparts|presidents|ministers|colleagues|heads|delegations)\b", re.I)


def find_bilaterals(report: Report, people: list[PersonFact], meeting: MeetingFact | None) -> list[BilateralFact]:
    talks = []
    for sentence in report.sentences:
        if not _BILATERAL_GATE.search(sentence.text):
            continue
        for match in _BILATERAL_RE.finditer(sentence.text):
            host = _person_in(match.group("a"), people)
            if host is None:
                continue
            others_text = match.group("b")
            others = [p for p in people if p is not host and _mentioned(p, others_text)]
            if not others and _GROUP.search(others_text) and meeting is not None:
                others = [p for p in meeting.participants if p is not host and p.country != host.country]
            quote = _quote(report.text, sentence.start_char + match.start(), sentence.start_char + match.end())
            talks += [BilateralFact(between=(host.name, other.name), quotes=[quote]) for other in others]
    return talks


def _mentioned(person: PersonFact, text: str) -> bool:
    return any(len(word) >= 3 and re.search(rf"\b{re.escape(word)}\b", text) for word in person.name.split())


def _person_in(text: str, people: list[PersonFact]) -> PersonFact | None:
    return next((p for p in people if _mentioned(p, text)), None)


# ----------------------------------------------------------------------------- areas and agenda


_PRIORITIES = re.compile(
    r"priority\s+(?:cooperation\s+)?(?:areas|directions|pillars)(?:\s+(?:of|for)\s+cooperation)?\s*(?:,?\s*(?:including|such as|namely)\s*,?|:)\s*"
    r"(?P<list>[^.;]+?)\s*(?:,\s*according to\b|[.;]|$)", re.I,
)
_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+|;\s+")
_AREA_ITEMS = re.compile(r"^\s*(?P<area>.+?)\s+(?:includes?|covers?|incorporates?|encompass(?:es)?|comprises?)\s+(?:cooperation\s+(?:on|in)\s+)?(?P<list>.+)$", re.I)


def _split_list(text: str) -> list[tuple[str, int]]:
    """'A, B, and C' into items and their offsets; 'and' inside an item ('Green and Resilience') stays."""
    items, offset = [], 0
    for piece in re.split(r"(,\s+(?:and\s+)?)", text):
        if piece and not re.fullmatch(r",\s+(?:and\s+)?", piece):
            items.append((piece, offset))
        offset += len(piece)
    return items


def find_areas(report: Report, initiatives: list[InitiativeFact]) -> list[AreaFact]:
    """Priority areas ('three priority cooperation areas including A, B and C') and the
    sub-areas a report lists under one of them ('A include cooperation on x, y and z')."""
    areas: list[AreaFact] = []
    for sentence in report.sentences:
        for match in _PRIORITIES.finditer(sentence.text):
            for piece, offset in _split_list(match.group("list")):
                name = piece.strip(" ,")
                if 1 <= len(name.split()) <= 5 and name[:1].isupper() and not any(a.name.lower() == name.lower() for a in areas):
                    start = sentence.start_char + match.start("list") + offset + piece.find(name)
                    areas.append(AreaFact(name, None, True, len([a for a in areas if a.is_priority]) + 1,
                                          [_quote(report.text, start, start + len(name))]))
    priorities = {a.name.lower(): a for a in areas if a.is_priority}
    if not priorities:
        return areas
    for sentence in report.sentences:
        clauses, position = [], 0
        for boundary in _CLAUSE.finditer(sentence.text):
            clauses.append((sentence.text[position : boundary.start()], position))
            position = boundary.end()
        clauses.append((sentence.text[position:], position))
        for clause, clause_start in clauses:
            match = _AREA_ITEMS.match(clause)
            parent = priorities.get(match.group("area").strip().lower()) if match else None
            if parent is None:
                continue
            base = sentence.start_char + clause_start + match.start("list")
            for piece, offset in _split_items(match.group("list"), commas=True):
                text = _clean_item(piece)
                quoted = re.search(r"[“\"]([^”\"]+?)[,.]?[”\"]", piece)
                linked = [i for i in initiatives if (quoted and fold(quoted.group(1)) == fold(i.title)) or fold(text) == fold(i.title)]
                for initiative in linked:
                    if parent.name not in initiative.areas:
                        initiative.areas.append(parent.name)
                if quoted or not text or len(text.split()) > 6:
                    continue  # a named initiative filed under the area, not a sub-area
                name = text[0].upper() + text[1:]
                start = base + offset + piece.find(text)
                sub = AreaFact(name, parent.name, False, len([a for a in areas if a.parent == parent.name]) + 1,
                               [_quote(report.text, start, start + len(text))])
                areas.append(sub)
                for initiative in linked:
                    initiative.areas[initiative.areas.index(parent.name)] = sub.name
    return areas


_AGENDA_PASSIVE = re.compile(r"^(?P<list>.+?)\s+(?:were|was|are|is|have been|has been)\s+(?:discussed|considered|reviewed|examined)\b", re.I)
_AGENDA_ACTIVE = re.compile(r"\bagenda\s+(?:of the meeting\s+)?(?:included|covered|focused on|featured)\s+(?P<list>[^.;]+)", re.I)
_TOPIC_FILLER = re.compile(r"^(?:the\s+)?(?:issues?|questions?|matters?|ways|topics?|prospects)\s+of\s+(?:the\s+)?", re.I)


def find_agenda(report: Report) -> list[AgendaFact]:
    """Topics a report puts on the meeting's agenda: the sentence that names the agenda and the one after it."""
    topics: list[AgendaFact] = []
    follows_agenda = False
    for sentence in report.sentences:
        names_agenda = re.search(r"\bagenda\b", sentence.text, re.I) is not None
        if not (names_agenda or follows_agenda):
            continue
        follows_agenda = names_agenda
        match = _AGENDA_ACTIVE.search(sentence.text) or _AGENDA_PASSIVE.match(sentence.text)
        if not match:
            continue
        base = sentence.start_char + match.start("list")
        for piece, offset in _split_items(match.group("list"), commas=True):
            topic = _TOPIC_FILLER.sub("", piece.strip(" ,"))
            topic = re.sub(r"\s+(?:on|in)\s+the\s+agenda$", "", topic).strip(" ,")
            if not topic or len(topic.split()) > 20 or _ITEM_STOP.match(topic):
                continue
            start = base + offset + piece.find(topic)
            topics.append(AgendaFact(topic[0].upper() + topic[1:], len(topics) + 1, [_quote(report.text, start, start + len(topic))]))
    return topics


# ----------------------------------------------------------------------------- the whole report


def extract(text: str, *, gazetteer: Gazetteer, published: dt.date | None = None, publisher: str = "") -> Extraction:
    report = Report(text, published, gazetteer, publisher)
    format_name, partner, _, aliases = find_format(report)
    people = find_people(report)
    meetings, upcoming = find_meetings(report, people, format_name, partner)
    main = meetings[0] if meetings else None
    initiatives = find_initiatives(report, people)
    areas = find_areas(report, initiatives)
    return Extraction(
        format=format_name,
        partner=partner,
        format_aliases=aliases,
        areas=areas,
        agenda=find_agenda(report),
        meetings=meetings,
        initiatives=initiatives,
        targets=find_targets(report),
        documents=find_documents(report),
        bilaterals=find_bilaterals(report, people, main),
        next_meeting=find_next_meeting(report, upcoming),
        chairs=find_chairs(report, people),
    )
