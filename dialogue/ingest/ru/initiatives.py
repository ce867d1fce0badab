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
         "сообщество", "совет", "политика", "стратегия", "проект"}
# Heads that are an initiative only with a name in quotes after them: "инициатива «Новая северная политика»"; else
# "инициатива ... по созданию центра" names the initiative by the head after it.
NAMED_ONLY = {"политика", "стратегия", "совет", "инициатива", "проект"}
# Verbs of backing what another put forward: the head after them is an initiative proposed by none in particular (NOTES.md).
SUPPORTED = {"поддержать", "поддерживать", "приветствовать", "отметить", "обсудить", "рассмотреть", "подчеркнуть"}
# "одобрили создание нового формата встреч С5+Норвегия", "учреждение диалога в формате «Центральная Азия – Норвегия»"
_FORMAT = re.compile(r"(?i)\b(?:создани|учреждени|созда|учред|запуск|одобр\w+ сотрудничеств|одобр\w+ взаимодейств)\w*"
                     r"(?:\s+[а-яё]+){0,4}?\s+формат\w*(?:\s+[а-яё]+){0,2}?\s+(?:[«\"“](?P<quoted>[^»\"”]{2,60})[»\"”]|(?P<c5>[СC]\s?5\s?\+\s?\d))")
# A proposal to hold an event: "предложил провести в Астане первую встречу учёных ...".
_EVENT = re.compile(r"(?i)\bпредлож\w*\s+(?:провести|организовать|проводить)\s+(?:в\s+[А-ЯЁ][\w-]+\s+)?")
_LAUNCHED = re.compile(r"(?i)\b(?:предлаг|предлож|выдвин|созда|учред|учрежд|запуст|запуск|запущ|открыт|иницииров|разработ|инициатив)")
_QUOTED = re.compile(r"\s*[«\"“]([^»\"”]{3,80})[»\"”]")
_LONGEST = 12
_STOP_POS = {"VERB", "INFN", "CONJ", "PRTS", "GRND"}


def find_initiatives(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact]) -> list[InitiativeFact]:
    launched = _LAUNCHED.search(text, sentence.start, sentence.end)
    if not launched:
        return _formats(text, sentence)
    tokens, found = sentence.tokens, [*_formats(text, sentence), *_events(text, sentence, places, people)]
    cues = [m.start() for m in _LAUNCHED.finditer(text, sentence.start, sentence.end)]
    i = 0
    while i < len(tokens):
        head = tokens[i]
        if head.lemma not in HEADS or head.start < launched.start() or parses(head.text)[0].tag.number == "plur":
            i += 1
            continue
        cue = max((c for c in cues if c < head.start), default=launched.start())
        backed = any(cue < t.start < head.start and t.lemma in SUPPORTED for t in tokens)  # "предложил создать ..., поддержал маршрут"
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
        while last + 1 < len(tokens) and last - i < _LONGEST and not re.search(r"[,;:.()]", text[tokens[last].end : tokens[last + 1].start]) \
                and (parses(tokens[last + 1].text)[0].tag.POS not in _STOP_POS or _joined(tokens, last)):
            last += 1
        gender = parses(head.text)[0].tag.gender
        words = [inflect(t.text.lower() if not t.text.isupper() else t.text, None, frozenset({"nomn", "sing"}), gender) for t in tokens[first:i]]
        title = " ".join([*words, inflect(head.text, None, frozenset({"nomn", "sing"}))]) + text[head.end : tokens[last].end]
        found.append(InitiativeFact(title=title[:1].upper() + title[1:] if tokens[first].capitalised else title,
                                    proposed_by=None if backed else _proposer(sentence, places, people, launched.start()),
                                    quotes=[Quote(tokens[first].start, tokens[last].end, text[tokens[first].start : tokens[last].end])]))
        i = last + 1
    return found


def _joined(tokens: tuple, last: int) -> bool:
    """"и" inside a title joins two words of one case ("по обмену и сотрудничеству", "экологии и переподготовки"),
    not two actions ("создать центр и провести форум")."""
    if tokens[last + 1].text != "и" or last + 2 >= len(tokens):
        return False
    after = parses(tokens[last + 2].text)[0].tag
    return after.POS in ("NOUN", "ADJF") and bool(tokens[last].cases() & tokens[last + 2].cases())


def _formats(text: str, sentence: Sentence) -> list[InitiativeFact]:
    """A format the sides set up or approved: its name is the initiative's title, proposed by none in particular."""
    if "формат" not in sentence.lemmas:
        return []
    return [InitiativeFact(title=(m.group("quoted") or m.group("c5")).strip(), proposed_by=None,
                           quotes=[Quote(m.start(), m.end(), m.group(0))]) for m in _FORMAT.finditer(text, sentence.start, sentence.end)]


def _events(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact]) -> list[InitiativeFact]:
    """An event someone proposed to hold, its words up to the clause's end, the first ones put in the nominative."""
    found = []
    for match in _EVENT.finditer(text, sentence.start, sentence.end):
        words = [t for t in sentence.tokens if t.start >= match.end()]
        cut = next((n for n, t in enumerate(words) if n and re.search(r"[,;:.(]", text[words[n - 1].end : t.start])), len(words))
        words = words[:cut]
        head = next((n for n, t in enumerate(words) if parses(t.text)[0].tag.POS == "NOUN"), None)
        if head is None or words[head].lemma not in EVENTS:
            continue
        gender = parses(words[head].text)[0].tag.gender
        named = [inflect(t.text, None, frozenset({"nomn", "sing"}), gender) for t in words[:head]] + [inflect(words[head].text, None, frozenset({"nomn", "sing"}))]
        title = " ".join(named) + text[words[head].end : words[-1].end]
        found.append(InitiativeFact(title=title, proposed_by=_proposer(sentence, places, people, match.start()),
                                    quotes=[Quote(words[0].start, words[-1].end, text[words[0].start : words[-1].end])]))
    return found


EVENTS = {"встреча", "форум", "конференция", "саммит", "выставка", "фестиваль", "совещание", "заседание", "диалог", "неделя", "год"}


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
    country = next((p.code for p in places if p.start < verb and not p.city and p.start - sentence.start < 40), None)
    # A capital that opens the sentence speaks for its state: "Токио предложил ...", "Пекин выдвинул ...".
    return country or next((p.code for p in places if p.city and p.start == sentence.start and p.start < verb), None)


def plans(documents: list[DocumentFact]) -> list[InitiativeFact]:
    """An action plan adopted at a meeting is also an initiative of the format, proposed by none in particular."""
    return [InitiativeFact(title=d.kind, proposed_by=None, quotes=d.quotes) for d in documents if d.category == "action plan"]
