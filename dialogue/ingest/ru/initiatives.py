"""Initiatives a Russian report says a party proposed, set up or launched: "предложил создать Центр по борьбе с
опустыниванием", "договорились запустить платформу ...". Action plans adopted are initiatives too (NOTES.md).

The title is the head noun with the adjectives before it put in the nominative and the words after it as
written, up to the clause's end; the proposer is the country of the person, or the country, the sentence
opens with.
"""

from __future__ import annotations

import re

from dialogue.ingest.facts import DocumentFact, InitiativeFact, PersonFact, Quote
from dialogue.ingest.ru.morph import Sentence, inflect, parses
from dialogue.ingest.ru.places import Place

HEADS = {"центр", "платформа", "площадка", "программа", "механизм", "инициатива", "фонд", "секретариат", "маршрут", "коридор",
         "сообщество", "совет", "политика", "стратегия"}
# Heads that are an initiative only with a name in quotes after them: "инициатива «Новая северная политика»"; else
# "инициатива ... по созданию центра" names the initiative by the head after it.
NAMED_ONLY = {"политика", "стратегия", "совет", "инициатива"}
_LAUNCHED = re.compile(r"(?i)\b(?:предлаг|предлож|выдвин|созда|учред|учрежд|запуст|запуск|запущ|открыт|иницииров|разработ|инициатив)")
_QUOTED = re.compile(r"\s*[«\"“]([^»\"”]{3,80})[»\"”]")
_LONGEST = 12
_STOP_POS = {"VERB", "INFN", "CONJ", "PRTS", "GRND"}


def find_initiatives(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact]) -> list[InitiativeFact]:
    launched = _LAUNCHED.search(text, sentence.start, sentence.end)
    if not launched:
        return []
    tokens, found = sentence.tokens, []
    i = 0
    while i < len(tokens):
        head = tokens[i]
        if head.lemma not in HEADS or head.start < launched.start() or parses(head.text)[0].tag.number == "plur":
            i += 1
            continue
        quoted = _QUOTED.match(text, head.end, sentence.end)
        if head.lemma in NAMED_ONLY and not quoted:
            i += 1
            continue
        if quoted and head.lemma in NAMED_ONLY:  # the name in quotes is the title
            found.append(InitiativeFact(title=quoted.group(1).strip(), proposed_by=_proposer(sentence, places, people, launched.start()),
                                        quotes=[Quote(head.start, quoted.end(), text[head.start : quoted.end()])]))
            i += 1
            continue
        first = i
        while first > 0 and parses(tokens[first - 1].text)[0].tag.POS == "ADJF" and tokens[first - 1].start > launched.end():
            first -= 1
        last = i
        while last + 1 < len(tokens) and last - i < _LONGEST and not re.search(r"[,;:.(]", text[tokens[last].end : tokens[last + 1].start]) \
                and parses(tokens[last + 1].text)[0].tag.POS not in _STOP_POS:
            last += 1
        gender = parses(head.text)[0].tag.gender
        words = [inflect(t.text.lower() if not t.text.isupper() else t.text, None, frozenset({"nomn", "sing"}), gender) for t in tokens[first:i]]
        title = " ".join([*words, inflect(head.text, None, frozenset({"nomn", "sing"}))]) + text[head.end : tokens[last].end]
        found.append(InitiativeFact(title=title[:1].upper() + title[1:] if tokens[first].capitalised else title,
                                    proposed_by=_proposer(sentence, places, people, launched.start()),
                                    quotes=[Quote(tokens[first].start, tokens[last].end, text[tokens[first].start : tokens[last].end])]))
        i = last + 1
    return found


def _proposer(sentence: Sentence, places: list[Place], people: list[PersonFact], verb: int) -> str | None:
    """Who put it forward: the person whose initiative it is ("инициативу премьер-министра Индии ..."), a person named
    before the verb, else a country the sentence opens with."""
    for token in sentence.tokens:
        owner = next((p for p in people if token.lemma == "инициатива" and p.country and 0 <= p.quotes[0].start - token.end <= 2), None)
        if owner:
            return owner.country
    person = next((p for p in people if p.country and sentence.start <= p.quotes[0].start < verb), None)
    if person:
        return person.country
    return next((p.code for p in places if p.start < verb and not p.city and p.start - sentence.start < 40), None)


def plans(documents: list[DocumentFact]) -> list[InitiativeFact]:
    """An action plan adopted at a meeting is also an initiative of the format, proposed by none in particular."""
    return [InitiativeFact(title=d.kind, proposed_by=None, quotes=d.quotes) for d in documents if d.category == "action plan"]
