"""People a Russian sentence names without a post, in a sentence of taking part, and the country their clause says they
stood for. Split from people.py, which reads people by their posts."""

from __future__ import annotations

import re

from dialogue.ingest.facts import PersonFact, Quote
from dialogue.ingest.ru.morph import Sentence, Token, known, parses
from dialogue.ingest.ru.people import (ASIDES, CASES, COMMENTATORS, HEADS, SPOUSES, _SURNAME, _adjacent, _opens_sentence, name_at,
                                       name_cases, nominative, personal)
from dialogue.ingest.ru.places import Place


# What a sentence says of people who take part, so that a bare name there is a participant and not a speaker's.
TAKING_PART = {"участие", "участвовать", "встретиться", "встреча", "переговоры", "саммит", "провести", "прибыть", "визит",
               "выступить", "председательствовать", "обсудить", "подписать", "беседа", "разговор", "лидер", "делегация",
               "представлять", "возглавить", "возглавлять"}  # "Казахстан представлял Арман Беков", "делегацию возглавил ..."
SPEAKING = {"заявить", "сообщить", "сказать", "рассказать", "пресс-секретарь", "помощник", "советник", "представитель"}


def _given_cases(text: str, tokens: tuple[Token, ...], i: int) -> set[str]:
    """The cases a word that opens a name can be in: a word the dictionary knows as a given name, in any case it can
    be in ("Олафом" is a name only in the plural), or one it does not know before a word of a surname's shape; a Chinese or Korean family name of a syllable before a word the
    dictionary does not know ("Си Цзиньпином", "Ли Цян"), in any case. Empty for a word that opens no name."""
    word = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if any("Name" in p.tag for p in parses(word.text)) or (  # or a word it does not know before a surname ("Сердар ...ов")
            len(word.text) > 2 and not known(word.text) and after and _SURNAME.search(after.text.lower())):
        return {p.tag.case for p in parses(word.text) if p.tag.case}
    if 2 <= len(word.text) <= 3 and word.text[1:].islower() and not _opens_sentence(text, word) and after and _adjacent(text, word, after) \
            and after.capitalised and not known(after.text):
        return set(CASES)
    return set()


def find_named(text: str, sentence: Sentence, places: list[Place], told: list[PersonFact]) -> list[PersonFact]:
    """People named without a post in a sentence of taking part: "Эмомали Рахмон и Шавкат Мирзиёев обсудили ...",
    "встреча с Шавкатом Мирзиёевым". A given name the dictionary knows opens the name; its case decides the rest's."""
    if not sentence.lemmas & TAKING_PART or sentence.lemmas & SPEAKING:
        return []
    tokens, at_place = sentence.tokens, {p.start: p for p in places}
    taken = [(q.start, q.end) for person in told for q in person.quotes]  # names the other rules read with a post
    found, i = [], 0
    while i < len(tokens) - 1:
        given = tokens[i]
        cases = _given_cases(text, tokens, i) if given.capitalised else set()
        if not cases or any(start <= given.start < end for start, end in taken) or len(given.text) < 2 or not given.capitalised or given.start in at_place or i and (
                tokens[i - 1].lemma in HEADS | ASIDES | SPOUSES | COMMENTATORS or text[tokens[i - 1].end : given.start].strip() == "."):
            i += 1
            continue
        commentator = next((t for t in tokens[max(0, i - 5) : i] if t.lemma in COMMENTATORS), None)
        if commentator and not re.search(r"[,;:]", text[commentator.end : given.start]):  # "эксперт Института ... Иван Петров"
            i += 1
            continue
        name, k = name_at(text, tokens, i, at_place)
        opened = text[max(sentence.start, given.start - 60) : given.start]
        if "(" in opened and ")" not in opened.rsplit("(", 1)[1]:  # a byline or a credit: "(агентство «...», Имя Фамилия)"
            i = k if name else i + 1
            continue
        if len(name) < 2 or len(name) > 3 or not personal(name[-1]) or name[-1].start in at_place:
            i += 1
            continue
        # The case every word of the name can be in, the instrumental first after "с" ("с Шавкатом Мирзиёевым"), then
        # the nominative; the given name's own when they share none.
        top = parses(given.text.rsplit("-", 1)[-1])[0].tag  # "Касым-Жомарта": its last part reads as a man's genitive
        if top.gender == "masc" and top.case not in (None, "nomn") and cases - {"nomn"}:
            cases.discard("nomn")
        common = cases.intersection(*(name_cases(t) for t in name[1:] if len(t.text) > 1))
        preferred = ["ablt", *CASES] if i and tokens[i - 1].text.lower() in ("с", "со") else CASES
        case = next((c for c in preferred if c in common), next(c for c in preferred if c in cases))
        demonym = at_place.get(tokens[i - 2].start) if i > 1 else None  # "казахстанский лидер Касым-Жомарт Токаев"
        found.append(PersonFact(name=nominative(text, name, case), role=None,
                                country=demonym.code if demonym and demonym.demonym else None, confidence=0.6,
                                quotes=[Quote(given.start, name[-1].end, text[given.start : name[-1].end])]))
        i = k
    return found


# Words of standing for a country: "Кыргызстан представлял глава МИД ...", "британскую сторону — ...", "делегацию
# Казахстана возглавил ...".
STANDING_FOR = {"представлять", "представить", "представленный", "возглавлять", "возглавить", "сторона", "делегация"}


def represented(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact]) -> None:
    """Give a person the sentence names without a country the country his clause says he stood for: the first country
    the clause names before him, when it has a word of standing for one or "от" before it ("От Таджикистана ... министр"),
    or when the sentence has one and a dash stands for it ("Казахстан представлял ..., Кыргызстан — глава МИД ...")."""
    for person in people:
        start = person.quotes[0].start
        if person.country or not sentence.start <= start < sentence.end:
            continue
        opened = max([sentence.start, *(sentence.start + m.end() for m in re.finditer(r"[,;]", text[sentence.start : start]))])
        clause = [t for t in sentence.tokens if opened <= t.start < start]
        countries = [p for p in places if opened <= p.start < start and not p.city]
        if countries and ({t.lemma for t in clause} & STANDING_FOR or text[max(opened, countries[0].start - 3) : countries[0].start].strip().lower() == "от"
                          or sentence.lemmas & STANDING_FOR and text[countries[-1].end : start].strip() in ("—", "–", "-")):  # ", Кыргызстан — глава МИД ..."
            person.country = countries[0].code
