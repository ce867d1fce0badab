"""Posts told once for several people: a roll of country and name pairs ("заместители министров иностранных дел
Казахстана – Марат Сыздыков, Кыргызстана – Нуран Ниязалиев") and parallel lists of countries, then as many names
("главы МИД Казахстана, Кыргызстана и Таджикистана – Арман Сейтказиев, Нурбек Осмонов и Фаррух Назаров")."""

from __future__ import annotations

from collections.abc import Iterator

from dialogue.ingest.facts import PersonFact, Quote
from dialogue.ingest.ru.morph import Sentence, Token, inflect, parses
from dialogue.ingest.ru.people import HEADS, NO_POST, case_of, complement, name_at, name_cases, nominative, personal
from dialogue.ingest.ru.places import Place

_LEAD_IN = ("–", "—", "-", ":", "")  # between a country and its name, or the last country and the first name


def singular_post(tokens: tuple[Token, ...], i: int, k: int) -> str | None:
    """The post of a plural head in the singular nominative: "главами МИД" -> "глава МИД"; none for "лидеры"."""
    if tokens[i].lemma in NO_POST:
        return None
    words = tokens[i + 1 : k]
    return " ".join([inflect(tokens[i].text.lower(), None, frozenset({"nomn", "sing"})),
                     *(inflect(t.text, "gent", frozenset({"gent", "sing"})) if t.lemma in HEADS | ONE_EACH or n + 1 < len(words)
                       and words[n + 1].lemma in ONE_EACH and parses(t.text)[0].tag.POS == "ADJF" else t.text for n, t in enumerate(words))])


ONE_EACH = {"государство", "правительство", "ведомство"}  # "главы внешнеполитических ведомств" -> "глава внешнеполитического ведомства"  # "главы государств" -> "глава государства"; "министры иностранных дел" keep "дел"


def find_roll(text: str, sentence: Sentence, places: list[Place]) -> list[PersonFact]:
    """A post, then country and name pairs: "заместители министров иностранных дел Казахстана – Марат Сыздыков,
    Кыргызстана – Нуран Ниязалиев"; each person gets the post in the singular."""
    if not sentence.lemmas & HEADS or len(places) < 2:  # a roll has two pairs at least
        return []
    tokens, at_place = sentence.tokens, {p.start: p for p in places}
    for i, head in enumerate(tokens):
        if head.lemma not in HEADS:
            continue
        post_end = complement(text, tokens, i, at_place)
        k = post_end + (post_end < len(tokens) and tokens[post_end].text == "из")  # "коллеги из Казахстана (...)"
        if k == len(tokens) or tokens[k].start not in at_place:
            continue
        post = singular_post(tokens, i, post_end)
        found = []
        while k < len(tokens) and (place := at_place.get(tokens[k].start)) and not place.city and not place.demonym:
            while k < len(tokens) and tokens[k].start < place.end:
                k += 1
            lead = text[place.end : tokens[k].start].strip() if k < len(tokens) else None
            if lead not in (*_LEAD_IN, "("):
                break
            name, k = name_at(text, tokens, k, at_place)
            if not name or lead == "(" and (len(name) < 2 or not text[name[-1].end :].lstrip().startswith(")")):
                break  # a name in brackets is the bracket's whole: "Казахстана (около 40 человек)" is none
            found.append(PersonFact(name=nominative(text, name, "nomn" if lead == "(" else case_of(head, name)), role=post, country=place.code,
                                    quotes=[Quote(place.start, name[-1].end, text[place.start : name[-1].end])]))
            if k == len(tokens) or text[name[-1].end : tokens[k].start].strip().lstrip(")").strip() not in (",", ";", "") \
                    or not text[name[-1].end : tokens[k].start].strip() and tokens[k].text != "и":
                break
            if tokens[k].text == "и":
                k += 1
        if len(found) > 1:
            return found
    return []



def _plural_heads(text: str, sentence: Sentence, at_place: dict) -> Iterator[tuple[int, Token, int]]:
    """Each post in the plural ("министры", "президенты"; "глава" in either number) with where its complement ends."""
    if not sentence.lemmas & HEADS:
        return
    tokens = sentence.tokens
    for i, head in enumerate(tokens):
        if head.lemma in HEADS and ("plur" in parses(head.text)[0].tag or head.lemma == "глава"):
            yield i, head, complement(text, tokens, i, at_place)


def find_parallel(text: str, sentence: Sentence, places: list[Place]) -> list[PersonFact]:
    """A plural post, its countries listed, then as many names in the same order: each name gets its country."""
    if len(places) < 2:
        return []
    tokens, at_place = sentence.tokens, {p.start: p for p in places}
    for i, head, k in _plural_heads(text, sentence, at_place):
        countries, k = _listed(text, tokens, k, lambda j: _country_at(at_place, tokens, j))
        if len(countries) < 2 or k == len(tokens) or text[countries[-1].end : tokens[k].start].strip() not in _LEAD_IN:
            continue
        names, _ = _listed(text, tokens, k, lambda j: _name_of_two(text, tokens, j, at_place))
        if len(names) != len(countries):
            continue
        post = singular_post(tokens, i, k=complement(text, tokens, i, at_place))
        return [PersonFact(name=nominative(text, name, case_of(head, name)), role=post, country=place.code,
                           quotes=[Quote(head.start, name[-1].end, text[head.start : name[-1].end])]) for place, name in zip(countries, names)]
    return []


# Words that say whose post it is without naming a country: "министры иностранных дел [пяти стран региона]".
_WHOSE = {"страна", "государство", "регион", "центральный", "азия", "центральноазиатский", "республика"}


def find_shared(text: str, sentence: Sentence, places: list[Place]) -> list[PersonFact]:
    """A plural post, then a list of names without countries between, each name maybe with its country in brackets:
    "президенты Касым-Жомарт Токаев, Садыр Жапаров и Шавкат Мирзиёев", "министров иностранных дел пяти стран — Мурата
    Нуртлеу (Казахстан), ..."; each gets the post in the singular. "Главы государств" and "лидеры" name no post (NOTES.md:
    "главы пяти государств — Касым-Жомарт Токаев (Казахстан), ...")."""
    tokens, at_place = sentence.tokens, {p.start: p for p in places}
    for i, head, k in _plural_heads(text, sentence, at_place):
        post_end = next((j for j in range(i + 1, k) if tokens[j].lemma in _WHOSE or parses(tokens[j].text)[0].tag.POS == "NUMR"), k)
        while post_end - 1 > i and post_end < k and parses(tokens[post_end - 1].text)[0].tag.POS == "ADJF":
            post_end -= 1  # "президенты [соседних] стран"
        while k < len(tokens) and k - post_end < 5 and (tokens[k].lemma in _WHOSE or tokens[k].text.islower() and k > post_end) \
                and _adjacent(text, tokens[k - 1], tokens[k]) and tokens[k].text not in ("и", "с", "в", "на"):
            k += 1  # "пяти стран Центральной Азии"
        if k == len(tokens) or tokens[k].start in at_place or text[tokens[k - 1].end : tokens[k].start].strip() not in _LEAD_IN:
            continue
        names, _ = _listed(text, tokens, k, lambda j: _name_with_country(text, tokens, j, at_place), closing=True)
        if len(names) < 2:
            continue
        whose = {t.lemma for t in tokens[i + 1 : k]}
        post = None if head.lemma == "глава" and whose & {"государство", "страна"} else singular_post(tokens, i, post_end)
        return [PersonFact(name=nominative(text, name, _case(head, name)), role=post,
                           country=country.code if country else None, quotes=[Quote(name[0].start, name[-1].end, text[name[0].start : name[-1].end])])
                for name, country in names]
    return []


def _case(head: Token, name: list[Token]) -> str | None:
    """The head's case when the name can be in it ("министров ... Мурата Нуртлеу"), else the nominative when it can be
    ("министров ... — Мурат Нуртлеу (Казахстан)")."""
    case = case_of(head, name)
    words = [name_cases(t) for t in name if len(t.text) > 1]
    return case if all(case in cases for cases in words) or not all("nomn" in cases for cases in words) else "nomn"


def _adjacent(text: str, left: Token, right: Token) -> bool:
    return not text[left.end : right.start].strip()


def _name_with_country(text: str, tokens: tuple[Token, ...], j: int, at_place: dict[int, Place]) -> tuple[tuple | None, int]:
    """A name of two or three words, and the country in brackets after it if any ("Мурат Нуртлеу (Казахстан)")."""
    name, after = name_at(text, tokens, j, at_place)
    if not 1 <= len(name) <= 3 or len(name) == 1 and not personal(name[0]):  # "президенты Токаев и Мирзиёев"
        return None, j
    place = at_place.get(tokens[after].start) if after < len(tokens) else None
    if place and not place.city and not place.demonym and text[name[-1].end : place.start].strip() == "(" \
            and text[place.end : place.end + 1] == ")":
        while after < len(tokens) and tokens[after].start < place.end:
            after += 1
        return (name, place), after
    return (name, None), after


def _country_at(at_place: dict[int, Place], tokens: tuple[Token, ...], j: int) -> tuple[Place | None, int]:
    place = at_place.get(tokens[j].start)
    if place is None or place.city or place.demonym:
        return None, j
    while j < len(tokens) and tokens[j].start < place.end:
        j += 1
    return place, j


def _name_of_two(text: str, tokens: tuple[Token, ...], j: int, at_place: dict[int, Place]) -> tuple[list[Token] | None, int]:
    name, after = name_at(text, tokens, j, at_place)
    return (name, after) if len(name) >= 2 else (None, j)


def _listed(text: str, tokens: tuple[Token, ...], k: int, item, closing: bool = False) -> tuple[list, int]:
    """Items one after another, parted by commas and a last "и": countries, or names; the index after the last. With
    closing, an item may end in a bracket it opened ("Мурат Нуртлеу (Казахстан), ...")."""
    found: list = []
    while k < len(tokens):
        got, after = item(k)
        if got is None:
            break
        found.append(got)
        k = after
        if k == len(tokens):
            break
        between = text[tokens[k - 1].end : tokens[k].start].strip()
        if closing and between.startswith(")"):
            between = between[1:].strip()
        if between == "," and k + 1 < len(tokens) and tokens[k].text != "и":
            continue
        if tokens[k].text == "и" and between in ("", ","):
            k += 1
            continue
        break
    return found, k
