"""The words Russian reports tell a meeting by: its nouns, level, ordinal and status, and the verbs of holding it.

Split from meetings.py, so that venues.py can use them too.
"""

from __future__ import annotations

import re

from dialogue.ingest.facts import MINISTERIAL, OTHER, SENIOR_OFFICIALS, SUMMIT
from dialogue.ingest.ru.morph import Sentence, parses

NOUNS = {"саммит", "встреча", "заседание", "совещание", "форум", "конференция", "смид", "диалог"}
ORDINALS = {w: i for i, w in enumerate(("первый второй третий четвёртый пятый шестой седьмой восьмой девятый десятый "
                                        "одиннадцатый двенадцатый тринадцатый четырнадцатый пятнадцатый").split(), 1)}
_ROMAN = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")
_NUMBERED = re.compile(r"\b(\d{1,2})\s?-?(?:й|я|е|го|м|ой|ая|ое|ом|ем|ю|му)\b")
CAPITALS = {"KZ": "Astana", "KG": "Bishkek", "TJ": "Dushanbe", "TM": "Ashgabat", "UZ": "Tashkent", "JP": "Tokyo", "CN": "Beijing",
            "RU": "Moscow", "KR": "Seoul", "US": "Washington", "DE": "Berlin", "GB": "London", "IN": "New Delhi"}
PLANNED = {"планироваться", "подготовка", "намерен", "намеренный", "пригласить", "приглашение", "намереваться", "предстоящий", "готовиться",
           "запланировать", "ожидаться", "планировать", "мочь"}
POSTPONED = {"перенести", "отложить", "перенос"}
CANCELLED = {"отменить", "отмена", "отменять"}
HOLDING = {"пройти", "проходить", "состояться", "провести", "проводить", "принимать", "наметить", "намечаться", "запланировать", "принять",
           "пригласить"}
VISIT = {"визит", "поездка", "прибыть", "прилететь", "приехать"}  # "во время поездки в Таджикистан, где он принял участие ..."


def level_of(lemmas: set[str], tokens: tuple = ()) -> str | None:
    """The level the words give; with the tokens, "главы государств" must be one phrase ("главы пяти государств"), for
    "главы МИД государств ЦА" are ministers."""
    heads_of_state = "глава" in lemmas and "государство" in lemmas and (not tokens or any(
        t.lemma == "глава" and "государство" in {u.lemma for u in tokens[n + 1 : n + 3]} and "мид" not in {u.lemma for u in tokens[n + 1 : n + 3]}
        for n, t in enumerate(tokens)))
    if _others_first(tokens):
        return OTHER
    if ("саммит" in lemmas or heads_of_state or "лидер" in lemmas) and not _ministers_only(lemmas, tokens):
        return SUMMIT
    if lemmas & {"заместитель", "замминистра"} and not lemmas & {"премьер-министр", "вице-премьер", "глава"} or \
            "нацбезопасность" in lemmas or "советник" in lemmas and "безопасность" in lemmas:
        return SENIOR_OFFICIALS  # "заседание заместителей министров иностранных дел", "встреча советников по безопасности"
    if lemmas & {"министр", "министерский", "мид", "внешнеполитический", "смид", "госсекретарь"}:
        return MINISTERIAL
    if "заместитель" in lemmas or "замминистра" in lemmas or "должностной" in lemmas:
        return SENIOR_OFFICIALS
    return None


_NOT_OFFICIALS = {"экспертный", "деловой", "бизнес", "аналитический", "эксперт", "бизнес-форум", "предприниматель", "инвестор"}


def _others_first(tokens: tuple) -> bool:
    """A sentence whose first meeting is one of experts or business ("Экспертный форум в Ташкенте: навстречу саммиту",
    "форум аналитических центров накануне саммита"), whatever meeting it leads to, tells of that one."""
    first = next((n for n, t in enumerate(tokens) if t.lemma in NOUNS or t.lemma == "бизнес-форум"), None)
    return first is not None and (tokens[first].lemma == "бизнес-форум" or tokens[first].lemma in ("форум", "конференция", "встреча")
                                  and bool({t.lemma for t in tokens[max(0, first - 1) : first + 3]} & _NOT_OFFICIALS))


_HEADS_OF_STATE = {"президент", "лидер", "премьер-министр", "канцлер", "государство", "король", "эмир"}


def _ministers_only(lemmas: set[str], tokens: tuple) -> bool:
    """A "саммит" the sentence says foreign ministers met at ("принимает министров иностранных дел пяти стран на совместном
    саммите", "саммит министров иностранных дел"), naming no head of state, is a ministerial meeting; ministers who prepare
    a summit do not make it theirs."""
    if "саммит" not in lemmas or lemmas & _HEADS_OF_STATE:
        return False
    ministers = [n for n, t in enumerate(tokens) if t.lemma == "министр" and "plur" in parses(t.text)[0].tag
                 and [u.lemma for u in tokens[n + 1 : n + 3]] == ["иностранный", "дело"]
                 or t.lemma == "глава" and n + 1 < len(tokens) and tokens[n + 1].lemma in ("мид", "внешнеполитический")]  # "саммит глав МИД"
    return any(t.lemma == "саммит" and (n + 1 in ministers or n > min(ministers) and "на" in {u.text.lower() for u in tokens[max(0, n - 3) : n]})
               for n, t in enumerate(tokens)) if ministers else False


def status_of(sentence: Sentence) -> str | None:
    tokens = sentence.tokens  # "по приглашению британской стороны" tells how a meeting came about, not that it is to come
    lemmas = sentence.lemmas - {"приглашение"} if any(t.lemma == "приглашение" and n and tokens[n - 1].text.lower() == "по"
                                                       for n, t in enumerate(tokens)) else sentence.lemmas
    if lemmas & CANCELLED:
        return "cancelled"
    if lemmas & POSTPONED:
        return "postponed"
    if lemmas & PLANNED or any("futr" in parses(t.text)[0].tag and parses(t.text)[0].tag.POS == "VERB" and t.lemma in
                               {"состояться", "пройти", "провести", "принять", "собраться"} for t in sentence.tokens):
        return "planned"
    if lemmas & {"состояться", "пройти", "провести", "принять", "участие", "подписать"}:
        return "held"
    return None


def told_as_past(sentence: Sentence) -> bool:
    """Whether a verb of the sentence tells of what was ("прошёл", "состоялась", "обсудили"): a day without a year
    after the report's date is then of the year before."""
    return any(t.lemma in HOLDING | {"завершиться", "открыться", "начаться", "обсудить", "подписать", "встретиться"}
               and "past" in parses(t.text)[0].tag for t in sentence.tokens)


def ordinal_of(sentence: Sentence) -> int | None:
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if token.lemma in NOUNS:
            for before in tokens[max(0, i - 4) : i]:
                if before.lemma in ORDINALS or before.lemma == "впервые":
                    return ORDINALS.get(before.lemma, 1)
                if number := _NUMBERED.fullmatch(before.text):
                    return int(number.group(1))
                if _ROMAN.fullmatch(before.text):  # "III Министерская встреча"
                    return roman(before.text)
    return None


def roman(numeral: str) -> int:
    values = [{"I": 1, "V": 5, "X": 10}[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
