"""Who put an initiative forward: the subject of the verb that proposes it, a person or post standing for a country,
the host, the speaker of the words quoted, or the one who spoke just before a list of "the proposals"."""

from __future__ import annotations

import re

from dialogue.ingest.facts import PersonFact
from dialogue.ingest.nlp import COUNTRY, DEMONYM
from dialogue.ingest.report import Report, Sentence

_SUBJECT_JOINT = re.compile(r"\b(?:sides|parties|leaders|ministers|countries|nations|participants|both|all|they|we all|heads)\b", re.I)
_WORDS = re.compile(r"\w+")

# "Kazakhstan, in partnership with A and B, is developing": partners named aside are not the subject.
_PARTNERS_ASIDE = re.compile(r",\s+(?:in partnership|together|along|jointly|in cooperation)\s+with\b[^,]*,")
# "Chile, during talks with Peru in Lima, proposed": the one met is not who proposes.
_MET_ASIDE = re.compile(r"(?<=[\w,] )(?:during|at|in|after|following)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w-]+\s+)?"
                        r"(?:meeting|talks|conversation|call|negotiations|visit)\s+with\b[^,]*")
# "Berg recalled a Chilean saying, proposing ...": a people's word in what the subject did first is not the subject.
_OBJECT_BEFORE = re.compile(r"\b[a-z]+\s+(?:a|an)\s+$")
# "Because ..., X proposed", "To cut costs, X suggested": the clause before the subject tells why or when.
_OPENING_CLAUSE = re.compile(r"\s*(?:Because|As|Since|While|Although|Though|After|Before|When|Given that|To|In order to|Recogni[sz]ing|Noting|"
                             r"Stressing|Citing|Seeing)\b[^,]*?(?:,[^,]*?)*?,\s+(?=(?:the\s+)?[A-Z])")
# "The President proposed": a post named with "the" stands for the person last named, as "he" does.
_PERSON_WORD = re.compile(r"\b(?:he|she|his|her|the (?:President|Prime Minister|Foreign Minister|Minister|Chancellor|Secretary|leader|head of state))\b", re.I)
# "They proposed ..." after "The Turkmen side stressed ...": the one side of the sentence before.
_ONE_SIDE = re.compile(r"\b[Tt]he (\w+) (?:side|delegation)\b")

_CLAUSE_BOUNDARY, _THEY = re.compile(r",\s+(?:and|while|whereas|but)\s+|;\s+"), re.compile(r"\s*They\s+(?:also\s+)?")
_AND_SUBJECT = re.compile(r"\s+and\s+(?=(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:also\s+)?[a-z]{3,}ed\b)")
_DONE_BEFORE = re.compile(r"\b[a-z]{3,}ed\b")
_CITY_SUBJECT = re.compile(r"\s*([A-Z][\w-]+)\s+(?:also\s+|has\s+|had\s+|will\s+)?")
_WE, _PRONOUN_SUBJECT = re.compile(r"\b(?:I|[Ww]e)\b"), re.compile(r"\b(it was|was|were|he|she|we|it)\b", re.I)


def subject_country(report: Report, sentence: Sentence, cue_char: int, people: list[PersonFact], previous: str | None) -> tuple[str | None, bool]:
    """Who proposes: the country or person before the cue; a joint subject gives None; a pronoun, the last proposer."""
    clause_start = sentence.start_char
    for boundary in _CLAUSE_BOUNDARY.finditer(report.text, sentence.start_char, cue_char):  # it looks neither behind nor ahead
        clause_start = boundary.end()
    for boundary in _AND_SUBJECT.finditer(report.text, clause_start, min(len(report.text), cue_char + 60)):  # "A proposed X and B suggested Y"
        if boundary.end() <= cue_char and _DONE_BEFORE.search(report.text, clause_start, boundary.start()):
            clause_start = boundary.end()
    subject_text = report.text[clause_start:cue_char]
    if opening := _OPENING_CLAUSE.match(subject_text):  # "Because the countries need water, Chile proposed": Chile
        clause_start += opening.end()
        subject_text = subject_text[opening.end() :]
    if not subject_text.strip():
        clause_start = sentence.start_char  # ", and proposed ...": the sentence's subject goes on
        subject_text = report.text[clause_start:cue_char]
    asides = [(clause_start + m.start(), clause_start + m.end()) for m in (_PARTNERS_ASIDE.search(subject_text), _MET_ASIDE.search(subject_text)) if m] \
        if "with" in subject_text else []  # the word both patterns end in
    countries = {report.code(e) for e in report.ents_in(sentence, COUNTRY, DEMONYM) if clause_start <= e.start_char and e.end_char <= cue_char
                 and not any(start <= e.start_char < end for start, end in asides)
                 and not (e.label_ == DEMONYM and _OBJECT_BEFORE.search(report.text, max(0, e.start_char - 30), e.start_char))}
    if _THEY.fullmatch(subject_text) and sentence.start_char > 0:
        before = report.text[max(0, sentence.start_char - 300) : sentence.start_char].split(".")[-2:]
        sides = {report.gazetteer.country_code(m.group(1)) for m in _ONE_SIDE.finditer(".".join(before))} - {None}
        if len(sides) == 1:
            return sides.pop(), True
    if len(countries) >= 2 or (_SUBJECT_JOINT.search(subject_text) and not _PERSON_WORD.search(subject_text)):
        return None, True
    if len(countries) == 1:
        return countries.pop(), True
    subject_words = set(_WORDS.findall(subject_text))
    for person in people:
        if any(word in subject_words if _WORDS.fullmatch(word) and len(word) >= 3 else re.search(rf"\b{re.escape(word)}\b(?![’'-]\w)", subject_text)
               for word in person.name.split() if len(word) >= 3 or word[:1].isupper() and len(word) == 2):
            return person.country, True
    if _HOST_SUBJECT.search(subject_text) and (host := _host(report, sentence.start_char)):
        return host, True  # "The host country offered": whoever the report said hosts
    city = _CITY_SUBJECT.fullmatch(subject_text)
    if city and (code := report.gazetteer.cities.get(city.group(1))):
        return code, True  # "Tokyo announced": a capital speaks for its country
    if _WE.search(subject_text) and (quoted := speaker(report, sentence, people)):
        return quoted, True  # "Today I announced ...": the one whose words these are
    if _IT_IS.fullmatch(subject_text) and _in_quote(report, sentence) and (quoted := speaker(report, sentence, people)):
        return quoted, True  # “... It is necessary to set up a corridor.”: the speaker's view
    if _PERSON_WORD.search(subject_text):  # "He proposed": the person last named before, or the subject of the sentence before
        if _HE.fullmatch(subject_text) and (opener := _opening_person(report, sentence, people)):
            return opener.country, True
        if last := _named(report, people, max(0, sentence.start_char - 400), sentence.start_char):
            return last.country, True  # a person of no known country gives none, not the proposer before them
    if previous is None and _IT.fullmatch(subject_text) and (code := _subject_before(report, sentence)):
        return code, True  # "Japan hosted the talks. It also proposed ...": the country the sentence before opened with
    if _PRONOUN_SUBJECT.search(subject_text):
        return previous, False
    return None, False


_IT = re.compile(r"\s*It\s+(?:also\s+|further\s+|then\s+|has\s+|had\s+|will\s+)?")
_OPENING_NAME = re.compile(r"\s*(?:The\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:side\s+|delegation\s+)?(?:also\s+)?[a-z]")


_HE = re.compile(r"\s*(?:He|She)\s+(?:also\s+|further\s+|then\s+|in turn\s+)?")


def _opening_person(report: Report, sentence: Sentence, people: list[PersonFact]) -> PersonFact | None:
    """'A met B. He proposed ...': the person the sentence before opens with, its subject, when it names more than one."""
    index = report.sentences.index(sentence)
    if not index:
        return None
    before = report.sentences[index - 1]
    head_end = min(before.end_char, before.start_char + 80)
    first = _named(report, people, before.start_char, head_end, last=False)
    if first is None or not first.country or "," in report.text[before.start_char : head_end].split(first.name.split()[-1])[0]:
        return None  # "Speaking of A, B said": the first named may not be the subject
    return first


def _subject_before(report: Report, sentence: Sentence) -> str | None:
    """The country that opens the sentence before, as its subject."""
    index = report.sentences.index(sentence)
    opening = _OPENING_NAME.match(report.sentences[index - 1].text) if index else None
    return report.gazetteer.country_code(opening.group(1)) if opening else None


def _named(report: Report, people: list[PersonFact], start: int, end: int, last: bool = True) -> PersonFact | None:
    """The person named last (or first) between `start` and `end`, by any word of the name that is no other's: the
    report may call them by their family name, which stands first in many ("Chen Wei ... Chen said")."""
    words = [(word, p) for p in people for word in set(p.name.split()) if len(word) >= 2 and word[:1].isupper()]
    shared = {word for word, _ in words if sum(1 for other, _ in words if other == word) > 1}
    text = report.text[start:end]
    found = [(match.start(), person) for word, person in words if word not in shared and word in text  # the word itself, looked for first
             for match in re.finditer(rf"\b{re.escape(word)}\b(?![’'-]\w)", text)]
    if not found:
        return None
    return (max if last else min)(found, key=lambda pair: pair[0])[1]


_HOST_SUBJECT = re.compile(r"\b[Tt]he host(?:ing)?(?:\s+(?:country|side|nation|state|government))?\s+(?:also\s+)?$")
_HOST_NAMED = re.compile(r"\b(?P<host>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:hosted|hosts|is hosting|was hosting|will host)\b"
                     r"|\bhosted by\s+(?:the\s+)?(?P<by>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)|\b[Hh]ost(?:ing)?\s+(?:country\s+)?(?P<named>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


def _host(report: Report, end: int) -> str | None:
    """The country the report last said hosts, before `end`: 'Chile hosted the talks', 'hosted by Chile', 'host Chile'."""
    codes = [report.gazetteer.country_code(name) or report.gazetteer.cities.get(name)
             for match in _HOST_NAMED.finditer(report.text, 0, end) for name in [match.group("host") or match.group("by") or match.group("named")]]
    return next((code for code in reversed(codes) if code), None)


_SPEECH = re.compile(r"\b(?:addressed|spoke|said|stated|took the floor|(?:made|gave|delivered) (?:a|his|her) (?:speech|statement|address))\b")


def speaker_before(report: Report, sentence: Sentence, people: list[PersonFact]) -> str | None:
    """Who spoke in the sentence or two before: the one whose proposals a list of 'the proposals' sets out."""
    index = report.sentences.index(sentence)
    for before in reversed(report.sentences[max(0, index - 2) : index]):
        if speech := _SPEECH.search(before.text):
            proposer, decided = subject_country(report, before, before.start_char + speech.start(), people, None)
            return proposer if decided else None
    return None


_SAID_BY = re.compile(r"[”\"’]\s*,?\s*(?:[\w-]+\s+){0,4}?([A-Z][\w-]+)\s+(?:said|says|told|noted|added|stressed|observed|emphasi[sz]ed)\b"
                      r"|[”\"’]\s*,?\s*(?:said|says|told|added|noted)\s+(?:[\w-]+\s+){0,4}?([A-Z][\w-]+)"
                     r"|[”\"’]\s*,?\s*the\s+[A-Z][\w-]+\s+(?:[\w-]+\s+){0,2}?(?:said|says|told|added|noted)\b")  # "...,” the Chilean minister said"


_CAPITALISED = re.compile(r"\b[A-Z][\w-]+")
_TOLD_BY = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:said|says|added|noted|stressed|told)\b[^,]*[.!]?$")


_IT_IS = re.compile(r"\s*It\s+is\s+(?:also\s+)?")


def _in_quote(report: Report, sentence: Sentence) -> bool:
    """Whether the sentence stands inside a quotation its paragraph opened before it."""
    before = report.text[report.text.rfind("\n", 0, sentence.start_char) + 1 : sentence.start_char]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def speaker(report: Report, sentence: Sentence, people: list[PersonFact]) -> str | None:
    """Whose words a quoted 'I', 'we' or 'our' are: the person named as saying them after the quote, or else
    the person last named before it (a speech the report quotes at length)."""
    after = _SAID_BY.search(report.text, sentence.start_char, min(len(report.text), sentence.end_char + 600))
    if after and (person := _named(report, people, after.start(), after.end() + 60, last=False)) and person.country:
        return person.country  # "...,” said Chilean President Ana Torres": the first person named in the words that say so
    if after and (code := next((c for w in _CAPITALISED.findall(after.group(0)) if (c := report.gazetteer.country_code(w))), None)):
        return code  # "...,” the Chilean minister said": a post named by its country
    if told := _TOLD_BY.search(sentence.text):  # "We propose ..., the Chilean President said": no quote marks
        if code := next((c for w in _CAPITALISED.findall(told.group(0)) if (c := report.gazetteer.country_code(w))), None):
            return code
        if (person := _named(report, people, sentence.start_char + told.start(), sentence.end_char)) and person.country:
            return person.country
    named = [(report.text.rfind(p.name.split()[-1], 0, sentence.start_char), p) for p in people]
    named = [(at, p) for at, p in named if at >= 0]
    return max(named, key=lambda pair: pair[0])[1].country if named else None


def owner_code(report: Report, owner: str, people: list[PersonFact]) -> str | None:
    """Whose a proposal is: 'South Korea' or 'the Kazakh side' or 'the President of Chile' (a country or its people's
    word in it), or 'Berg' (a person named in the report)."""
    if code := report.gazetteer.country_code(owner) or report.gazetteer.cities.get(owner):
        return code  # "Beijing's proposal": a capital speaks for its country
    words = owner.split()
    if code := next((c for w in words if w[:1].isupper() and (c := report.gazetteer.country_code(w))), None):
        return code
    return next((p.country for p in people if p.country and p.name.split()[-1] in words), None)
