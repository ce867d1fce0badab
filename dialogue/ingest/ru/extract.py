"""Extraction from a Russian report: the same typed facts as the English rules give, quotes in the original words.

The text is cut into sentences of tokens by a regular expression (Russian needs no more to find words, and the
whole path runs faster than the English one: bench/ru_speed.py); each token's lemma and cases come
from pymorphy3 (morph.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from dialogue.ingest.facts import BilateralFact, ChairFact, DealFact, DocumentFact, Extraction, InitiativeFact, PersonFact, Quote, TargetFact
from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.places import CENTRAL_ASIA
from dialogue.ingest.ru.chair import find_chairs
from dialogue.ingest.ru.deals import find_deals
from dialogue.ingest.ru.documents import find_all_documents
from dialogue.ingest.ru.initiatives import find_initiatives, plans
from dialogue.ingest.ru.meetings import find_meetings, mentions
from dialogue.ingest.ru.money import GOAL, find_targets
from dialogue.ingest.ru.morph import Sentence, sentences
from dialogue.ingest.ru.outlook import find_bilaterals, find_next_meeting
from dialogue.ingest.ru.named import find_named, represented
from dialogue.ingest.ru.people import find_listed, find_people
from dialogue.ingest.ru.places import Place, find_places, make_up, topical
from dialogue.ingest.ru.programmes import find_programmes
from dialogue.ingest.ru.proposers import around
from dialogue.ingest.ru.rolls import find_parallel, find_roll, find_shared

# A format's name in quotes: «Центральная Азия + Япония», "С5+1", «Китай – Центральная Азия».
_FORMAT = re.compile(r"[«\"“]([^»\"”]{0,60}?(?:Центральн\w+ Ази\w+|[СC]\s?5\s?\+\s?1|\+\s?5)[^»\"”]{0,40}?)[»\"”]")


# The ministry or embassy a report quotes is a source, not a side at the meeting (NOTES.md): "сообщает МИД РУз".
# The agency told may stand between: "как сообщили агентству «Заря» в МИД Киргизии".
_SOURCE = re.compile(r"(?i)(?:сообщ\w*|переда[её]т|информирует|пресс-служб\w*)\s+(?:[^\s.,;]+\s+){0,3}?(?:в\s+)?(?:МИД|посольств\w*)\s*$")


def extract_ru(text: str, *, gazetteer: Gazetteer, published: dt.date | None = None, text_start: int = 0) -> Extraction:
    """Every fact of a Russian report; the gazetteer only names countries in English for the next meeting's place."""
    found = sentences(text, text_start)
    places = _korean_rk(text, {i: find_places(s.tokens) for i, s in enumerate(found)})
    every = [p for i in places for p in places[i]]
    partner = _partner([p for p in every if not topical(text, p)])
    format_match = _FORMAT.search(text, text_start)
    format_name = format_match.group(1).strip() if format_match else None
    told_people = people_told(text, found, places)
    people = _uncut(text, merged_people([p for group in told_people for p in group]))
    _known_countries(told_people, people)
    bilaterals = _bilaterals([b for n, (s, group) in enumerate(zip(found, told_people))
                              for b in find_bilaterals(text, s, _with_surnames(s, group, people), [p for g in told_people[:n] for p in g], places[n])],
                             [p.name for p in people])
    documents = _documents(find_all_documents(text, found))
    mentioned = [sorted(told_people[n] + _named_again(s, people), key=lambda p: p.quotes[0].start) for n, s in enumerate(found)]
    initiatives = _initiatives(plans(documents) + [i for n, s in enumerate(found)
                                                   for i in find_initiatives(text, s, places[n], mentioned[n], around(text, found, mentioned, n, places))]
                               + [i for s in found for i in find_programmes(text, s)])
    told_deals = [find_deals(text, s, places[n], partner, _sides_before(places, n), people) for n, s in enumerate(found)]
    told_targets = [find_targets(text, s) for s in found]
    for n, s in enumerate(found):  # a sum is a deal or a target, never both: a goal word makes it a target
        if told_deals[n] and told_targets[n]:
            told_deals[n], told_targets[n] = ([], told_targets[n]) if GOAL.search(text, s.start, s.end) else (told_deals[n], [])
    targets = _unique(told_targets)
    deals = _deals([d for told in told_deals for d in told])
    # Agreements a sum is told of are a deal, not also a document (NOTES.md): the batch, or the agreements of no count.
    documents = [d for d in documents if not any(d.count in (deal.count, None if deal.count else 1) and _inside(d.quotes[0], deal.quotes[0])
                                                 and d.category == "agreement" for deal in deals)]
    told = mentions(text, found, places, published)
    countries = [p.code for p in every if not p.city and not _SOURCE.search(text, max(0, p.start - 40), p.start) and not topical(text, p)
                 and not make_up(text, p)]
    meetings = find_meetings(text, told, people, partner, format_name, countries, published, found, places) if told else []
    return Extraction(format=format_name, partner=partner, meetings=meetings, initiatives=initiatives, targets=targets, documents=documents,
                      bilaterals=bilaterals, next_meeting=find_next_meeting(text, found, places, gazetteer, meetings), chairs=_chairs(found, places, text), deals=deals,
                      language="ru")


def _korean_rk(text: str, places: dict[int, list[Place]]) -> dict[int, list[Place]]:
    """"РК" is Kazakhstan's abbreviation, but the Republic of Korea's in a report that names Korea ("премьер-министр РК")."""
    if not any(p.code == "KR" for found in places.values() for p in found):
        return places
    return {i: [replace(p, code="KR") if text[p.start : p.end] == "РК" else p for p in found] for i, found in places.items()}


def people_told(text: str, found: list[Sentence], places: dict[int, list[Place]]) -> list[list[PersonFact]]:
    """The people each sentence names: with a post, listed with a country, in a roll or parallel lists, then bare
    names in a sentence of taking part, each given the country his clause says he stood for."""
    told = [[*find_people(text, s, places[i]), *_unshared(text, s, places[i]), *find_roll(text, s, places[i]),
             *find_parallel(text, s, places[i])] for i, s in enumerate(found)]
    for i, s in enumerate(found):
        told[i] += find_named(text, s, places[i], told[i])
        represented(text, s, places[i], told[i])
        _joined_country(text, told[i])
    return told


def _unshared(text: str, sentence: Sentence, places: list[Place]) -> list[PersonFact]:
    """People listed under a plural post, with it ("министры иностранных дел: Мурат Нуртлеу (Казахстан), ..."), and the
    other people listed with a country in brackets, without a post."""
    shared = find_shared(text, sentence, places)
    return [*shared, *(p for p in find_listed(text, sentence, places) if not any(_inside(p.quotes[0], q.quotes[0]) or
                                                                               p.quotes[0].start == q.quotes[0].start for q in shared))]


def _joined_country(text: str, people: list[PersonFact]) -> None:
    """A post without a country joined by "и" to one with a country shares it: "с президентом Монголии ... и
    премьер-министром ..."."""
    ordered = sorted(people, key=lambda p: p.quotes[0].start)
    for previous, person in zip(ordered, ordered[1:]):
        if person.country is None and person.role and previous.country and previous.role \
                and text[previous.quotes[0].end : person.quotes[0].start].strip() == "и":
            person.country = previous.country


def _known_countries(told: list[list[PersonFact]], people: list[PersonFact]) -> None:
    """A person a sentence names bare ("Токаев предложил ...") has the country another mention of him gives."""
    countries = {p.name.split()[-1].lower().rstrip("."): p.country for p in people if p.country}
    for person in (p for group in told for p in group if p.country is None):
        person.country = countries.get(person.name.split()[-1].lower().rstrip("."))


def _bilaterals(bilaterals: list[BilateralFact], names: list[str]) -> list[BilateralFact]:
    """Talks of one pair told twice ("провёл переговоры с ...", then "в ходе переговоров с ...") are one meeting; each side
    by the name another mention gives in the nominative."""
    kept: dict[frozenset[str], BilateralFact] = {}
    for bilateral in bilaterals:
        bilateral.between = tuple(_in_nominative(name, names) for name in bilateral.between)
        twin = kept.setdefault(frozenset(name.split()[-1].lower() for name in bilateral.between), bilateral)
        if twin is not bilateral:
            twin.quotes += bilateral.quotes
    return list(kept.values())


def _in_nominative(name: str, names: list[str]) -> str:
    """A name whose last word the dictionary could not decline ("Мун Чжэ Ина" after "посетил") as another mention of the
    report gives it ("с Мун Чжэ Ином" read as "Мун Чжэ Ин"): the same words before, the last one without a case ending."""
    *given, last = name.split()
    return next((other for other in names if other.split()[:-1] == given and given and last != (end := other.split()[-1])
                 and last.startswith(end) and last[len(end) :] in _CASE_ENDINGS), name)


_CASE_ENDINGS = {"а", "я", "у", "ю", "ом", "ем", "ым", "е"}


def _with_surnames(sentence: Sentence, group: list[PersonFact], people: list[PersonFact]) -> list[PersonFact]:
    """The people a sentence names, with those it names again by surname alone ("Бекболотов провёл переговоры с
    Хальворсен"), once each, in the order the sentence names them."""
    names = {p.name for p in group}
    return sorted([*group, *(p for p in _named_again(sentence, people) if p.name not in names)], key=lambda p: p.quotes[0].start)


def _named_again(sentence: Sentence, people: list[PersonFact]) -> list[PersonFact]:
    """The people of the report a sentence names by surname alone ("Путин предложил ..."), each with the quote of that
    word, so that a proposal there has its proposer's country."""
    by_surname = {p.name.split()[-1].lower(): p for p in people if p.country}
    return [PersonFact(name=known.name, role=known.role, country=known.country, quotes=[Quote(t.start, t.end, t.text)])
            for t in sentence.tokens if t.capitalised and (known := by_surname.get(t.text.lower()) or by_surname.get(t.lemma))
            and not any(q.start <= t.start < q.end for q in known.quotes)]


def _sides_before(places: dict[int, list[Place]], n: int) -> list[Place]:
    """The places of the sentence before, and of the one before that when it names fewer than two countries: "X и Y
    договорились ... . Компания Y получит долю ... . Стоимость сделки оценивается в ..."."""
    before = places[n - 1] if n else []
    if n > 1 and len({p.code for p in before if not p.city}) < 2:
        before = [*before, *places[n - 2]]
    return before


def _partner(every: list[Place]) -> str | None:
    """The "X" of "Central Asia + X": the country outside Central Asia the report names most often."""
    counts = Counter(p.code for p in every if p.code not in CENTRAL_ASIA and not p.city)
    return counts.most_common(1)[0][0] if counts else None


def merged_people(people: list[PersonFact]) -> list[PersonFact]:
    """One person per surname, the first mention's name and the first post and country any mention gives (a post by its
    own name before one by its office's head)."""
    by_surname: dict[str, PersonFact] = {}
    for person in people:
        key = person.name.split()[-1].lower().rstrip(".")
        known = by_surname.get(key)
        if known is None:
            by_surname[key] = person
            continue
        if not known.role or person.role and _informal(known.role) and not _informal(person.role):
            known.role = person.role  # "Глава МИД Норвегии Ула Хансен заявил ...", then "министр иностранных дел Норвегии ...": the post by its name
        known.country = known.country or person.country
        known.quotes += person.quotes
    return list(by_surname.values())


def _uncut(text: str, people: list[PersonFact]) -> list[PersonFact]:
    """A name the excerpt cuts mid-word ("... министр иностранных дел Индии Сушм") that another person's name begins
    ("руководитель МИДа Индии Сушма Сварадж") is that person: its post by its name is his."""
    end, kept = len(text.rstrip()), []
    for person in people:
        whole = next((other for other in people if other is not person and any(
            word.startswith(person.name.split()[-1]) for word in other.name.split())), None) if person.quotes[-1].end == end else None
        if whole is None:
            kept.append(person)
        elif person.role and (not whole.role or _informal(whole.role) and not _informal(person.role)):
            whole.role, whole.country = person.role, whole.country or person.country
    return kept


def _informal(role: str) -> bool:
    """A post named by its office's head ("глава МИД", "руководитель внешнеполитического ведомства"), not by its own name."""
    return role.split()[0].lower() in ("глава", "руководитель")


def _unique(by_sentence: list[list[TargetFact]]) -> list[TargetFact]:
    """A sum the report repeats (headline, then body) is one target; a conversion points at its sum's place in the list."""
    kept: list[TargetFact] = []
    for targets in by_sentence:
        placed: list[int] = []
        for target in targets:
            twin = next((n for n, t in enumerate(kept) if (t.amount, t.currency) == (target.amount, target.currency)), None)
            if twin is not None:
                kept[twin].quotes += target.quotes
                kept[twin].period_years = kept[twin].period_years or target.period_years  # the headline's sum, the body's period
                placed.append(twin)
                continue
            if target.equivalent_of is not None:
                target.equivalent_of = placed[target.equivalent_of]
            placed.append(len(kept))
            kept.append(target)
    return kept


def _initiatives(initiatives: list[InitiativeFact]) -> list[InitiativeFact]:
    """An initiative told twice (headline, then body) is one, with the proposer either telling gives."""
    kept: dict[str, InitiativeFact] = {}
    for initiative in initiatives:
        twin = kept.setdefault(initiative.title.lower().replace("ё", "е"), initiative)
        if twin is initiative and (within := next((k for k, i in kept.items() if i is not initiative and _overlap(i, initiative)), None)):
            twin = kept.pop(within)  # one name read twice, by two rules: the longer title is kept
            if len(initiative.title) > len(twin.title):
                twin.title = initiative.title
            kept[initiative.title.lower().replace("ё", "е")] = twin
        if twin is not initiative:
            twin.proposed_by = twin.proposed_by or initiative.proposed_by
            twin.quotes += initiative.quotes
    return list(kept.values())


def _overlap(one: InitiativeFact, other: InitiativeFact) -> bool:
    a, b = one.quotes[0], other.quotes[0]
    return a.start < b.end and b.start < a.end


def _documents(documents: list[DocumentFact]) -> list[DocumentFact]:
    """A document told of twice (the same category, one each time) is one document."""
    kept: list[DocumentFact] = []
    for document in documents:
        twin = next((d for d in kept if d.category == document.category and d.count == document.count == 1 and _alike(d.kind, document.kind)), None)
        if twin:
            twin.quotes += document.quotes
        else:
            kept.append(document)
    return kept


def _alike(one: str, other: str) -> bool:
    """Two names of one document: the words of one are among the other's ("декларация", "Астанинская декларация")."""
    a, b = set(one.lower().split()), set(other.lower().split())
    return a <= b or b <= a


def _deals(deals: list[DealFact]) -> list[DealFact]:
    """A sum the report repeats (headline, then body) is one deal."""
    kept: list[DealFact] = []
    for deal in deals:
        twin = next((d for d in kept if (d.amount, d.currency) == (deal.amount, deal.currency)), None)
        if twin:
            twin.quotes += deal.quotes
        else:
            kept.append(deal)
    return kept


def _inside(quote: Quote, outer: Quote) -> bool:
    return outer.start <= quote.start and quote.end <= outer.end


def _chairs(found: list[Sentence], places: dict[int, list[Place]], text: str) -> list[ChairFact]:
    """The chair the report says the format passes to, once however often it says so."""
    kept: dict[str, ChairFact] = {}
    for n, sentence in enumerate(found):
        for chair in find_chairs(text, sentence, places[n]):
            kept.setdefault(chair.country, chair)
    return list(kept.values())
