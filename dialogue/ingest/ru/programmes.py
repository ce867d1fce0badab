"""Initiatives a Russian report names without a verb of proposing: a programme of several years or a joint one ("План
действий ... на 2009-2013 гг.", "совместная программа противодействия ...") and a strategic partnership set up ("вывести
отношения на уровень стратегического партнёрства"). They are the format's, proposed by no one in particular (NOTES.md)."""

from __future__ import annotations

import re

from dialogue.ingest.facts import InitiativeFact, Quote
from dialogue.ingest.ru.documents import HEADS as DOCUMENTS
from dialogue.ingest.ru.morph import Sentence, inflect, parses

HEADS = {"план", "программа"}
# The years a programme runs: "на 2026-2028 годы", "на период с 2024 по 2030 год", "на 2011-2015 гг."
_PERIOD = re.compile(r"(?:\s+[^\s,;:.!?()«»\"“”]+){0,14}?\s+на\s+(?:период\s+)?(?:с\s+)?\d{4}\s*(?:[-–—]|по)\s*\d{4}(?:\s*(?:годы|года|год|гг\.?))?")
_LONGEST = 12
_STOP_POS = {"VERB", "INFN", "PRTS", "GRND", "PREP"}
# Setting a strategic partnership or cooperation up: "на уровень стратегического партнёрства", "об установлении ...",
# "установили ...", "объявили о начале «стратегического сотрудничества»".
_PARTNERSHIP = re.compile(r"(?i)\b(?:на\s+уровень|установлени\w*|установи\w*|учреждени\w*|учреди\w*|провозгласи\w*|переход\w*\s+к|объяв[ил]\w*\s+о)"
                          r"\s+(?:[а-яё]+\s+){0,2}?[«\"“]?(?P<title>(?:(?:всеобъемлющ|расширенн)\w*\s+)?стратегическ\w+\s+(?:партн[её]рств|сотрудничеств)\w*)")


def find_programmes(text: str, sentence: Sentence) -> list[InitiativeFact]:
    return [*_programmes(text, sentence), *_partnerships(text, sentence), *_roadmaps(text, sentence), *_implemented(text, sentence)]


# A plan named in quotes that the meeting carries out: "ход реализации «Дорожной карты ... 2030»", "выполнение «Плана ...»".
_IMPLEMENTED = re.compile(r"(?i)\b(?:реализаци|выполнени|осуществлени|исполнени)\w*\s+(?:[а-яё]+\s+)?[«\"“]"
                          r"(?P<name>(?P<head>дорожн\w+\s+карт\w+|план\w*|программ\w*)(?:\s[^«»\"“”]{0,100})?)[»\"”]")


def _implemented(text: str, sentence: Sentence) -> list[InitiativeFact]:
    """A roadmap, plan or programme named in quotes as carried out ("обсуждение хода реализации «Дорожной карты ...»"):
    adopted before, it is still the format's initiative; its head in the nominative, the rest as written."""
    found = []
    for match in _IMPLEMENTED.finditer(text, sentence.start, sentence.end):
        head = [inflect(w, None, frozenset({"nomn", "sing"}), "femn" if n == 0 and len(match.group("head").split()) == 2 else None)
                for n, w in enumerate(match.group("head").split())]
        title = " ".join(head) + match.group("name")[len(match.group("head")) :]
        title = title[:1].upper() + title[1:] if match.group("name")[:1].isupper() else title
        found.append(InitiativeFact(title=title, proposed_by=None, quotes=[Quote(match.start("name"), match.end("name"), match.group("name"))]))
    return found


# A roadmap to be drawn up, named by what it is to achieve: "поручили подготовить «дорожную карту» увеличения торговли".
_ROADMAP = re.compile(r"(?i)\b(?:подготовить|разработать|составить|выработать|подготовк\w*|разработк\w*)\s+[«\"“]?дорожн\w+\s+карт\w+[»\"”]?\s+")


def _roadmaps(text: str, sentence: Sentence) -> list[InitiativeFact]:
    """A roadmap a sentence says to draw up, with a noun in the genitive after it: "дорожная карта" and the words after it
    up to the clause's end; one named by no aim ("составить дорожную карту по ...") is left to the mention that names it."""
    found, tokens = [], sentence.tokens
    for match in _ROADMAP.finditer(text, sentence.start, sentence.end):
        at = next((n for n, t in enumerate(tokens) if t.start >= match.end()), None)
        aim = parses(tokens[at].text)[0].tag if at is not None else None
        if aim is None or aim.POS != "NOUN" or aim.case != "gent":
            continue
        end = _clause_end(text, tokens, at)
        found.append(InitiativeFact(title="дорожная карта " + text[tokens[at].start : end], proposed_by=None,
                                    quotes=[Quote(match.start(), end, text[match.start() : end])]))
    return found


def _programmes(text: str, sentence: Sentence) -> list[InitiativeFact]:
    """A plan or programme in the singular with its years, or with "совместный" before it: the adjectives and the head in
    the nominative, the words after it as written; a name in quotes that opens with the head is the title whole."""
    tokens, found = sentence.tokens, []
    for i, head in enumerate(tokens):
        if head.lemma not in HEADS:
            continue
        first = i
        while first > 0 and parses(tokens[first - 1].text)[0].tag.POS in ("ADJF", "PRTF") and tokens[first - 1].lemma != "этот":
            first -= 1
        if parses(tokens[i - 1 if first < i else i].text)[0].tag.number == "plur":  # the adjective tells the number
            continue
        period = _PERIOD.match(text, head.end, sentence.end)
        if period:
            end = period.end()
        elif any(t.lemma == "совместный" for t in tokens[first:i]) and _aimed(tokens, i):
            end = _clause_end(text, tokens, i)
        else:
            continue
        start = tokens[first].start
        if text[start - 1 : start] in "«\"“" and start:  # «План действий ... на 2009-2013 гг.»: the name as written
            title = text[start:end]
        else:
            words = [inflect(t.text.lower(), None, frozenset({"nomn", "sing"}), parses(head.text)[0].tag.gender) for t in tokens[first:i]]
            title = " ".join([*words, inflect(head.text.lower(), None, frozenset({"nomn", "sing"}))]) + text[head.end : end]
            title = title[:1].upper() + title[1:] if tokens[first].capitalised else title
        found.append(InitiativeFact(title=title, proposed_by=None, quotes=[Quote(start, end, text[start:end])]))
    return found


def _aimed(tokens: tuple, i: int) -> bool:
    """Whether a joint plan is named by what it is for, a noun in the genitive after it ("совместная программа подготовки
    ..."); a bare "совместный план и коммюнике" of a headline names the document the report tells in full below."""
    return i + 1 < len(tokens) and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(tokens[i + 1].text)[:2])


def _clause_end(text: str, tokens: tuple, i: int) -> int:
    """Where the words after a head end: at punctuation, a verb or a preposition's new phrase, or after a dozen words."""
    last = i
    while last + 1 < len(tokens) and last - i < _LONGEST and not re.search(r"[,;:.()«»]", text[tokens[last].end : tokens[last + 1].start]) \
            and parses(tokens[last + 1].text)[0].tag.POS not in _STOP_POS \
            and not (tokens[last + 1].lemma == "и" and any(t.lemma in DOCUMENTS for t in tokens[last + 2 : last + 4])):
        last += 1  # "совместный план охраны ледников и итоговое заявление": the next document is another
    return tokens[last].end


def _partnerships(text: str, sentence: Sentence) -> list[InitiativeFact]:
    found = []
    for match in _PARTNERSHIP.finditer(text, sentence.start, sentence.end):
        words = match.group("title").split()
        title = " ".join(inflect(w, None, frozenset({"nomn", "sing"}), "neut") for w in words)
        found.append(InitiativeFact(title=title, proposed_by=None, quotes=[Quote(match.start("title"), match.end(), match.group("title"))]))
    return found
