"""The next meeting of the format and the bilateral talks a Russian report tells of.

"Следующий саммит пройдёт в Казахстане в 2027 году" gives the next meeting; a sentence of talks
("переговоры", "встретился") that names exactly two people of two countries gives a bilateral meeting.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dialogue.ingest.facts import BilateralFact, MeetingFact, NextMeetingFact, PersonFact, Quote
from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.ru.meetings import NOUNS, ORDINALS, _capital, level_of, ordinal_of
from dialogue.ingest.ru.morph import Sentence, lemma, parses
from dialogue.ingest.ru.people import HEADS, NO_POST
from dialogue.ingest.ru.places import DEMONYMS, Place, countries

NEXT = {"следующий", "очередной"}
UPCOMING = {"предстоящий", "будущий", "подготовка", "преддверие"}  # "подготовка к третьему саммиту", "в преддверии ..."
HOSTING = {"принять", "принимать", "принимающий", "хозяин", "провести", "проведение", "пригласить"}
TALKS = {"переговоры", "встретиться", "беседа", "разговор", "двусторонний", "переговорить", "поговорить", "созвониться",
         "обменяться"}  # "обменялся мнениями с ..."
_YEAR = re.compile(r"\b(20\d\d)\s+год")
_OPENING = re.compile(r"(?i)\b(?:в\s+ходе|во\s+время|по\s+итогам|после|на)\s+$")  # "В ходе встречи с ..."


def find_next_meeting(text: str, sentences: list[Sentence], places: dict[int, list[Place]], gazetteer: Gazetteer,
                      meetings: list[MeetingFact] | None = None) -> NextMeetingFact | None:
    """The meeting a sentence calls the next one; else one it calls forthcoming ("предстоящей III министерской встречи")
    that is not the report's main meeting, having another ordinal and told elsewhere; or one of the held meeting's level
    numbered after it and still to come ("третий саммит состоится ..."); else, after a main meeting held, a meeting of the
    format still to come."""
    main = meetings[0] if meetings else None
    told = {q.start for q in main.quotes} if main else set()
    for index, sentence in enumerate(sentences):
        cue = _cue(sentence, NEXT)
        if cue is not None and main is not None and main.status == "planned" and sentence.start in told \
                and ordinal_of(sentence) in (None, main.ordinal) and _names_meeting(sentence, cue):
            continue  # "готовимся к очередному, второму саммиту" in a report of that summit to come: the report's own
        if cue is None and sentence.lemmas & UPCOMING and main is not None and sentence.start not in told:
            upcoming = _cue(sentence, UPCOMING)  # "итоги первого саммита ... подготовка ко второму": the second's ordinal
            cue = upcoming if upcoming is not None and _ordinal_from(sentence, upcoming) not in (None, main.ordinal) else None
        numbered = cue is None and main is not None and main.status == "held" and main.ordinal and sentence.start not in told \
            and ordinal_of(sentence) == main.ordinal + 1 and bool(sentence.lemmas & HOSTING or _ahead(sentence)) \
            and level_of(sentence.lemmas) in (None, main.level)  # "третья встреча министров" after a second summit: another series
        if numbered:  # "договорились провести второй саммит в Ташкенте", "В 2027 году в Астане пройдёт третий саммит"
            cue = next(t.start for t in sentence.tokens if t.lemma in NOUNS)
        if cue is None:
            continue
        here = [p for p in places[index] if not p.demonym and p.start > cue]  # "... Японии приняли решение о проведении
        venues = [p for p in here if _venue(text, p)]  # следующего саммита в Казахстане"
        if numbered and not venues:  # the place may come before the meeting it numbers
            here = [p for p in places[index] if not p.demonym]
            venues = [p for p in here if _venue(text, p)]
        elif not here:  # "в Душанбе пройдёт следующий саммит", "Душанбе примет очередную встречу"
            here = [p for p in places[index] if not p.demonym and _told_before(text, sentence, p, cue)]
            venues = [p for p in here if _venue(text, p)]
        city = next((p for p in venues if p.city), None) or next((p for p in here if p.city), None)
        country = next((p for p in venues if not p.city), None)
        if city is None and "пригласить" in sentence.lemmas:  # "пригласил всех в Бишкек на следующий саммит"
            city = next((p for p in places[index] if p.city and _venue(text, p)), None)
        if country is None and sentence.lemmas & HOSTING:  # "следующий саммит примет Таджикистан"
            country = next((p for p in places[index] if not p.city and not p.demonym and _hosts(text, sentence, p)), None)
        if city is None and country is None:  # "в столице Кыргызстана", "в узбекской столице"
            city = _capital(sentence, [p for p in places[index] if p.start > cue])
        where = city.city if city else gazetteer.name_of(country.code) if country else None
        year = _YEAR.search(text, sentence.start, sentence.end)
        ordinal = _ordinal_from(sentence, cue) or ordinal_of(sentence) or _become(sentence) or (_become(sentences[index + 1]) if index + 1 < len(sentences)
                                                                and sentences[index + 1].tokens[0].lemma in _IT else None)
        return NextMeetingFact(ordinal=ordinal, where=where, where_country=(city or country).code if where else None,
                               level=level_of(sentence.lemmas), when=year.group(1) if year else None,
                               quotes=[Quote(sentence.start, sentence.end, text[sentence.start : sentence.end])])
    return _planned_after(meetings or [], gazetteer) if main is not None and main.status == "held" else None


def _ordinal_from(sentence: Sentence, cue: int) -> int | None:
    """The ordinal of the meeting told from the cue on ("подготовка ко второму саммиту"), not of one the sentence named
    before it ("итоги первого саммита")."""
    tokens = tuple(t for t in sentence.tokens if t.start >= cue)
    return ordinal_of(replace(sentence, tokens=tokens, lemmas=frozenset(t.lemma for t in tokens))) if tokens else None


def _hosts(text: str, sentence: Sentence, place: Place) -> bool:
    """Whether a country stands within a few words of a verb of hosting ("следующий саммит примет Таджикистан",
    "Таджикистан проведёт ..."), in its clause ("Кыргызстан, который примет ..."), not far or across a comma from one
    said of other things ("между Китаем и ..., а также провели ...")."""
    at = next((n for n, t in enumerate(sentence.tokens) if t.start >= place.start), len(sentence.tokens))
    return any(t.lemma in HOSTING and abs(n - at) <= 5 and not re.search(r"[,;:](?!\s*котор)", text[min(t.start, place.start) : max(t.start, place.start)])
               for n, t in enumerate(sentence.tokens))


def _names_meeting(sentence: Sentence, cue: int) -> bool:
    """Whether the word of the next meeting is said of a meeting's noun right after it, an ordinal between ("очередному,
    второму саммиту"), not of a year ("в следующем году, форум ...")."""
    after = [t for t in sentence.tokens if t.start > cue][:2]
    return bool(after) and (after[0].lemma in NOUNS or after[0].lemma in ORDINALS and len(after) > 1 and after[1].lemma in NOUNS)


def _planned_after(meetings: list[MeetingFact], gazetteer: Gazetteer) -> NextMeetingFact | None:
    """After a meeting held, a meeting of the format the report says is still to come ("IV саммит состоится в Ташкенте в
    2028 году") is the next one."""
    coming = next((m for m in meetings[1:] if m.status == "planned"), None)
    if coming is None:
        return None
    where = coming.city or (gazetteer.name_of(coming.host) if coming.host else None)
    year = _YEAR.search(coming.quotes[0].text)
    return NextMeetingFact(ordinal=coming.ordinal, where=where, where_country=coming.host if where else None, level=coming.level,
                           when=year.group(1) if year else None, quotes=coming.quotes[:1])


_IT = {"он", "она", "оно", "это"}


def _become(sentence: Sentence) -> int | None:
    """The ordinal a meeting is said to become: "саммит, который станет пятым по счёту", "Он станет пятым"."""
    tokens = sentence.tokens
    return next((ORDINALS[t.lemma] for n, t in enumerate(tokens)
                 if t.lemma in ORDINALS and n and tokens[n - 1].lemma in {"стать", "являться", "быть"}), None)


def _ahead(sentence: Sentence) -> bool:
    """Whether the sentence tells of something to come: a verb in the future ("пройдёт", "состоится") or a plan
    ("запланирован", "намечен")."""
    return any("futr" in parses(t.text)[0].tag or t.text.lower().startswith(("запланирован", "намечен", "планируется"))
               for t in sentence.tokens)


def _told_before(text: str, sentence: Sentence, place: Place, cue: int) -> bool:
    """Whether a place before the meeting's word is where it will be: a verb to come or of hosting stands right between
    them ("в Бишкеке пройдёт очередной", "Ташкент примет следующую"), not a past one ("в Вене договорились о следующей")."""
    between = [t for t in sentence.tokens if place.end <= t.start < cue]
    return 0 < len(between) <= 3 and not re.search(r"[,;:]", text[place.end : cue]) and any(t.lemma in HOSTING - {"провести", "проведение"} or "futr" in parses(t.text)[0].tag
                                         for t in between)


def _cue(sentence: Sentence, words: set[str]) -> int | None:
    """Where a word of the next meeting stands before a meeting's noun ("следующего саммита", "очередное, пятое
    заседание", "встретиться в следующий раз"); a "следующий уровень" of cooperation is none."""
    tokens = sentence.tokens
    if again := next((t.start for n, t in enumerate(tokens[:-1]) if t.lemma in {"встретиться", "собраться"}
                      and "INFN" in parses(t.text)[0].tag and tokens[n + 1].lemma in {"снова", "вновь"}), None):
        return again  # "договорились встретиться вновь в Бишкеке"
    if not sentence.lemmas & words:
        return None
    meet = bool(sentence.lemmas & {"встретиться", "собраться"})
    return next((t.start for n, t in enumerate(tokens) if t.lemma in words and (any(u.lemma in NOUNS for u in tokens[n + 1 : n + 4])
                                                                               or meet and n + 1 < len(tokens) and tokens[n + 1].lemma == "раз")), None)


def _venue(text: str, place: Place) -> bool:
    """A place named as where: "в Казахстане", "во Вьетнаме", "в городе Ош"."""
    return text[max(0, place.start - 10) : place.start].lower().split()[-1:] in (["в"], ["во"], ["городе"])


def find_bilaterals(text: str, sentence: Sentence, people: list[PersonFact], earlier: list[PersonFact] = (),
                    places: list[Place] = ()) -> list[BilateralFact]:
    """Talks between one person and another "с" whom ("провёл переговоры с ...", "встретился с ..."), or between the two
    people a sentence of a two-sided meeting names ("в ходе двусторонней встречи X и Y обсудили"). When the sentence
    names only the guest ("Глава государства проведёт переговоры с ..."), the host is the first person the report named
    before it of another country and name: a news report opens with its protagonist; when it names the host by his post
    and country alone ("министр иностранных дел Норвегии участвовал во встрече с ..."), the one of that country."""
    lemmas = sentence.lemmas
    if received := _received(text, sentence, people):
        return received
    if not people and (posts := _posts_of_two(text, sentence, places, earlier)):
        return [BilateralFact(between=(posts[0].name, posts[1].name), quotes=[Quote(sentence.start, sentence.end, text[sentence.start : sentence.end])])]
    held = "встреча" in lemmas and bool(lemmas & {"провести", "состояться", "пройти", "запланировать", "планироваться"}) or any(  # "состоялась встреча X с Y"
        t.lemma == "встреча" and (_OPENING.search(text, sentence.start, t.start) or _JOINED.search(text, sentence.start, t.start))
        for t in sentence.tokens)  # "в ходе встречи с ...", "принял участие во встрече с ..."
    if not lemmas & TALKS and not held and "обсудить" not in lemmas or _RECALLED.search(text, sentence.start, sentence.end):
        return []  # "X и Y обсудили" for two joined sides only; talks of years past or hoped for are none
    tokens = sentence.tokens  # "во главе с послом" names who led a delegation, not whom one talked with
    cue = next((t for n, t in enumerate(tokens) if t.lemma in TALKS | {"встреча"}  # or "X обсудил с Y ..."
                or t.lemma == "обсудить" and n + 1 < len(tokens) and tokens[n + 1].text.lower() in ("с", "со")), None)
    with_ = next((t for n, t in enumerate(tokens) if cue and t.start > cue.start and t.text.lower() in ("с", "со")
                  and not (n and tokens[n - 1].lemma == "глава")), None) or next(  # "проведя с ним встречу"
        (t for n, t in enumerate(tokens[:-2]) if cue and t.text.lower() in ("с", "со") and _PRONOUN_AFTER.match(text, t.end)
         and cue in tokens[n + 2 : n + 5]), None)
    if with_ is not None and _group_between(sentence, cue, with_):  # "встреча лидеров Центральной Азии с X": many sides
        return []
    if with_ is None and cue and (inverted := _inverted(sentence, people, cue)):
        pairs = [inverted]
    elif with_ is None:
        pairs = [(people[0], people[1])] if "двусторонний" in lemmas and len(people) == 2 else _joined_sides(text, sentence, people)
    else:
        hosts = [p for p in people if p.quotes[0].start < with_.start]
        guests = [p for p in people if p.quotes[0].start > with_.start]
        if cue.lemma == "обсудить":  # "обсудил с коллегами предложение министра Y": Y must be whom "с" names
            guests = [g for g in guests if all(parses(w)[0].tag.POS == "ADJF" for w in text[with_.end : g.quotes[0].start].split())]
        elif not guests and cue.lemma in TALKS | {"встреча"}:
            guests = _by_post(text, sentence, with_, places, earlier)
        if len(hosts) == 2 and not guests and _PRONOUN_AFTER.match(text, with_.end):
            hosts, guests = hosts[:1], hosts[1:]  # "X посетил Y в его резиденции, проведя с ним встречу": "с ним" is Y
        posted = _posted(text, sentence, places, with_.start) if not hosts else None
        direct = cue.lemma == "встреча" and not text[cue.end : with_.start].strip() \
            and not any(p.start < with_.start for p in places)  # "Также состоялась встреча с X": no side or venue named
        direct = direct and not _group_side(sentence, with_)  # "на встречу с X прибыли главы ...": many sides
        if not hosts and (len(guests) == 1 or guests and _host_told(sentence, with_)) \
                and (lemmas & TALKS or "провести" in lemmas or held and (posted or direct or _protagonist(text, sentence, with_.start))):
            hosts = [p for p in earlier if all(p.name.split()[-1] != g.name.split()[-1] and (p.country != g.country or p.country is None)
                                               for g in guests) and p.country == (posted or p.country)][:1]
        if not hosts and len(guests) == 2 and (_OPENING.search(text, sentence.start, cue.start)
                                               or _SPEAKER.search(text, guests[0].quotes[0].end, guests[1].quotes[0].start)) \
                and text[guests[0].quotes[0].end : guests[1].quotes[0].start].strip() not in ("и", ","):
            hosts, guests = guests[1:], guests[:1]  # "В ходе встречи с X Y обсудил ...", "«Мы встретились с X», — сказал Y"
        if any(_with_others(text, g.quotes[0].end) for g in guests):  # "на встрече с X и лидерами региона": many sides
            guests = []
        # One host's talks with guests of different countries are talks with each ("провёл встречи с X и Y"), and so are
        # those with two guests of one other country ("встретится с главой МИД X и президентом Y").
        apart = None not in {g.country for g in guests} and (len({g.country for g in guests}) == len(guests)
                                                             or len(hosts) == 1 and hosts[0].country not in {None, *(g.country for g in guests)})
        pairs = [(hosts[0], g) for g in guests] if len(hosts) == 1 and (len(guests) == 1 or apart) else []
    quote = Quote(sentence.start, sentence.end, text[sentence.start : sentence.end])
    return [BilateralFact(between=(a.name, b.name), quotes=[quote]) for a, b in pairs
            if not (a.country == b.country is not None or a.name == b.name)]


def _group_between(sentence: Sentence, cue, with_) -> bool:
    """Whether the talks' own side is a group named between the talk word and "с" ("встреча министров ... с ...") or
    called joint ("совместной встрече ... с ...")."""
    tokens = sentence.tokens
    at = tokens.index(cue)
    return cue.start < with_.start and (at and tokens[at - 1].lemma == "совместный" or any(
        {"NOUN", "plur", "gent"} <= set(str(parses(t.text)[0].tag).replace(" ", ",").split(","))
        for t in tokens if cue.end <= t.start < with_.start and t.lemma not in TALKS | {"встреча"}))  # "двусторонних встреч с"


_GROUP_HEADS = HEADS | NO_POST | {"глава", "делегация"}


def _group_side(sentence: Sentence, with_) -> bool:
    """Whether a group is the subject after the guest ("на встречу с X прибыли все главы ведомств"): a post's head in the
    plural nominative."""
    return any(t.lemma in _GROUP_HEADS and any({"plur", "nomn"} <= set(p.tag.grammemes) for p in parses(t.text))
               for t in sentence.tokens if t.start > with_.start)


def _host_told(sentence: Sentence, with_) -> bool:
    """Whether the host is told before "с" by a post or a pronoun, without his name ("южнокорейский дипломат встретится
    с X и Y"): he is the person the report opened with."""
    return any(t.lemma in _GROUP_HEADS | {"дипломат", "он", "она"} for t in sentence.tokens if t.start < with_.start)


def _inverted(sentence: Sentence, people: list[PersonFact], cue) -> tuple[PersonFact, PersonFact] | None:
    """The guest put first, "с" whom, and the host after the verb: "С премьер-министром X Y встретился президент Z"."""
    with_ = next((t for t in sentence.tokens if t.start < cue.start and t.text.lower() in ("с", "со")), None)
    if with_ is None or cue.lemma not in TALKS or any(p.quotes[0].start < with_.start for p in people):
        return None
    guests = [p for p in people if p.quotes[0].start < cue.start]
    hosts = [p for p in people if p.quotes[0].start > cue.start]
    return (hosts[0], guests[0]) if len(hosts) == len(guests) == 1 else None


_POSTED_CLAUSE = re.compile(r"[^,;:.()]{0,90}")


def _by_post(text: str, sentence: Sentence, with_, places: list[Place], earlier: list[PersonFact]) -> list[PersonFact]:
    """The people the report named before and now tells by post and country after "с" ("встретился с премьер-министром
    Норвегии", "с министрами иностранных дел Казахстана и Таджикистана"): for each country the clause names, the one
    person of it named before with that post ("лидер" and "коллега" fit any)."""
    after = [t for t in sentence.tokens if t.start > with_.start]
    if not after or after[0].lemma not in HEADS:
        return []
    end = _POSTED_CLAUSE.match(text, with_.end).end()
    countries = [p for p in places if with_.end < p.start < end and not p.city and not p.demonym]
    for place in sorted(places, key=lambda p: p.start):  # the list goes on past a comma: "Казахстана, Таджикистана и ..."
        if countries and place.start > countries[-1].end and not place.city and not place.demonym \
                and re.fullmatch(r"\s*(?:,|и|,\s*а\s+также)\s*", text[countries[-1].end : place.start]):
            countries.append(place)
    post = {t.lemma for t in after if countries and t.start < countries[0].start}
    apart = bool(sentence.lemmas & _APART)  # "провёл отдельные переговоры с главами МИД X, Y и Z": each one's own talks
    found: list[PersonFact] = []
    for code in dict.fromkeys(p.code for p in countries):
        fitting = {p.name: p for p in earlier if p.country == code and p.role
                   and (after[0].lemma in NO_POST or _post_words(p.role) <= post or _foreign(_post_words(p.role)) and _foreign(post))}
        if not fitting and apart:  # a side the report does not name
            continue
        if len(fitting) != 1:
            return []
        found += fitting.values()
    return found


_APART = {"отдельный", "двусторонний", "каждый"}
# Talks told by the sides' posts and two countries: "на встрече президентов Киргизии и Норвегии ...",
# "переговоры глав МИД Казахстана и Японии".
_TWO_POSTS = re.compile(r"(?i)\b(?:встреч|переговор|бесед|разговор)\w*\s+(?P<post>(?:[\w-]+\s+){1,3}?)$")


def _posts_of_two(text: str, sentence: Sentence, places: list[Place], earlier: list[PersonFact]) -> list[PersonFact]:
    """The two people the report named before, told again only by their shared post and their two countries joined by
    "и" right after a word of talks; each country must have one such person."""
    named = [p for p in places if not p.city and not p.demonym]
    for first, second in zip(named, named[1:]):
        talks = _TWO_POSTS.search(text, sentence.start, first.start)
        if talks is None or first.code == second.code or text[first.end : second.start].strip() != "и":
            continue
        words = {lemma(w).replace("ё", "е") for w in talks.group("post").split()}
        if not words & HEADS and not _foreign(words):
            continue
        sides = []
        for code in (first.code, second.code):
            fitting = {p.name: p for p in earlier if p.country == code and p.role
                       and (words & HEADS <= _post_words(p.role) and words & HEADS or _foreign(words) and _foreign(_post_words(p.role)))}
            sides += fitting.values() if len(fitting) == 1 else []
        return sides if len(sides) == 2 else []
    return []


def _foreign(words: set[str]) -> bool:
    """Whether a post is the foreign minister's, however told: "министр иностранных дел", "глава МИД", "руководитель
    внешнеполитического ведомства"."""
    return bool(words & {"мид", "внешнеполитический"}) or {"иностранный", "дело"} <= words


def _post_words(role: str) -> set[str]:
    """A post's words without the country it names: "председатель КНР" is told again as "председатель Китая"."""
    named = countries()
    return {w for w in (lemma(word).replace("ё", "е") for word in role.split()) if w not in named and w not in DEMONYMS and w != "республика"}


# Talks recalled from years past, only hoped for or fallen through: "ранее, в 2021 году, провёл переговоры", "напомнил о
# переговорах", "выразил надежду на встречу", "должен был встретиться".
_RECALLED = re.compile(r"(?i)\b(?:(?:ранее|уже)\W+(?:\w+\W+){0,3}?в\s+(?:19|20)\d\d\s+году|напомнил\w*\s+о\s+(?:\w+\s+)?(?:переговор|встреч)|"
                       r"(?:надежд\w*|надеется|хотел[аи]?\s+бы)\s+(?:на\s+)?(?:\w+\s+)?(?:встреч|встретиться|переговор)|долж(?:ен|н\w*)\s+был\w*\s)")
_OTHERS = re.compile(r"\s*(?:,|\s+и)\s+((?:\w+\s+)?\w+)")
_OWN_PARTY = re.compile(r"(?i)\b(?:его|е[её]|их|сопровожда\w*|член\w*\s+делегаци\w*)\b")


def _with_others(text: str, end: int) -> bool:
    """Whether a group follows the last guest ("с X и лидерами региона", "с X, главами делегаций"): a noun in the plural
    instrumental, so the meeting had many sides."""
    group = _OTHERS.match(text, end)
    if group and _OWN_PARTY.search(text, group.start(), group.end() + 30):  # "с X и членами его делегации": still X's talks
        return False
    return bool(group) and any({"NOUN", "plur", "ablt"} <= set(str(parses(word)[0].tag).replace(" ", ",").split(","))
                               for word in group.group(1).split() if len(word) > 3)


# The speaker after a quotation: "«Мы провели переговоры с X», — сообщил президент Y".
_SPEAKER = re.compile(r"(?i)[»\"”],?\s*[-–—]\s*(?:\w+\s+){0,2}?(?:сообщил|заявил|отметил|сказал|подчеркнул|рассказал|написал)\w*\s")
_JOINED = re.compile(r"(?i)\bучасти[еяю]\s+во?\s+$")  # "принял участие во встрече с ..."


def _posted(text: str, sentence: Sentence, places: list[Place], before: int) -> str | None:
    """The country of a post named without a name before "с" ("министр иностранных дел Норвегии участвовал во
    встрече с ..."): the one country the clause names, in the genitive after a post's head within a few words."""
    tokens = [t for t in sentence.tokens if t.start < before]
    told = [p for p in places if p.start < before and not p.city and not p.demonym
            and any(t.lemma in HEADS for t in tokens if p.start - 40 <= t.start < p.start)
            and text[max(0, p.start - 4) : p.start].lower().split()[-1:] not in (["в"], ["во"])]
    return told[0].code if len({p.code for p in told}) == 1 else None


_PRONOUN_AFTER = re.compile(r"(?i)\s+(?:ним|ней|нею)\b")


# Who is "he" of "у него состоялась встреча с ...": a pronoun, or the head of state the report is about.
_PRONOUN = re.compile(r"(?i)\b(?:у\s+)?(?:него|неё|нее|он|она|главы\s+государства|глава\s+государства)\b")


def _protagonist(text: str, sentence: Sentence, before: int) -> bool:
    """Whether the meeting's own side is told by a pronoun before "с" ("Ранее у него состоялась встреча с ..."): the
    person the report opened with. "Состоялась встреча министров ... с ..." names its side and is no such meeting."""
    return bool(_PRONOUN.search(text, sentence.start, before))


# The talk words two joined people are the sides of: "X и Y провели переговоры", "Переговоры X и Y прошли ...".
_SIDES_CUE = TALKS - {"двусторонний"}
REGION = {"азия", "центральноазиатский", "формат", "саммит", "встреча", "заседание", "форум"}


def _joined_sides(text: str, sentence: Sentence, people: list[PersonFact]) -> list[tuple[PersonFact, PersonFact]]:
    """Two people of two countries (or of countries the report leaves untold) joined by "и" as the sides of talks: the talk word just before them ("Переговоры
    президента X и канцлера Y прошли в узком составе") or after them in their clause ("X и Y провели переговоры", "X и Y
    провели встречу"; "X и Y обсудили ..." only in a sentence of no format meeting, where they may be two of many)."""
    if len(people) != 2:
        return []
    first, second = sorted(people, key=lambda p: (p.quotes[0].start, p.quotes[0].end))
    shared = second.quotes[0].text.startswith(first.quotes[0].text) and second.quotes[0].text[len(first.quotes[0].text):].startswith(" и ")
    if not shared and text[first.quotes[0].end : second.quotes[0].start].strip() != "и" or first.country == second.country is not None:
        return []  # "Главы МИД X и Y A и B провели ...": one post for both; two sides of one country are none
    tokens = sentence.tokens
    ahead = [t for t in tokens if t.end <= first.quotes[0].start][-2:]
    if ahead and ahead[-1].lemma == "между":  # "Переговоры между X и Y прошли ..."
        ahead = ahead[:1]
    cues = _SIDES_CUE if sentence.lemmas & (REGION - {"встреча"}) else _SIDES_CUE | {"встреча"}  # "Встреча X и Y состоялась ..."
    if ahead and ahead[-1].lemma in cues and not re.sub(r"(?i)\s*между\s*", "", text[ahead[-1].end : first.quotes[0].start]).strip():
        return [(first, second)]
    after = [t for t in tokens if t.start >= second.quotes[0].end]
    clause = [t for n, t in enumerate(after) if not re.search(r"[,;:]", text[second.quotes[0].end : t.start])]
    plain = not sentence.lemmas & REGION
    for n, token in enumerate(clause):
        if token.lemma in _SIDES_CUE or token.lemma == "обсудить" and plain \
                or token.lemma == "встреча" and n and clause[n - 1].lemma == "провести":
            return [(first, second)]
    return []


# "принял премьер-министра ...": one received another, not "принял участие", "принял решение" or a document.
_RECEIVED = re.compile(r"(?i)\bпринял[аи]?\b(?!\s+(?:участи|решени|меры|к\s+сведению|во\s+внимание))(?P<between>[^,;:.]{0,30}?)$")


def _received(text: str, sentence: Sentence, people: list[PersonFact]) -> list[BilateralFact]:
    """One person received another ("Президент X принял [в резиденции] министра Y", "Министр Y был принят президентом X"):
    the host before the active verb or after the passive one, the one guest on the other side, of two countries."""
    ordered = sorted(people, key=lambda p: p.quotes[0].start)
    for first, second in zip(ordered, ordered[1:]):
        verb = _RECEIVED.search(text, first.quotes[0].end, second.quotes[0].start)
        passive = _RECEIVED_BY.fullmatch(text, first.quotes[0].end, second.quotes[0].start) \
            or _CALLED_ON.fullmatch(text, first.quotes[0].end, second.quotes[0].start)  # "X нанёс визит Y": Y hosts
        if (verb or passive) and len(ordered) == 2 and first.country and second.country and first.country != second.country \
                and (passive or _BEFORE_VERB.fullmatch(text, first.quotes[0].end, verb.start())):
            host, guest = (second, first) if passive else (first, second)
            return [BilateralFact(between=(host.name, guest.name), quotes=[Quote(sentence.start, sentence.end, text[sentence.start : sentence.end])])]
    return []


# Between the host and "принял" only a date or an adverb: "X 13 мая принял ...", "X сегодня принял ...".
_BEFORE_VERB = re.compile(r"(?i)\s*(?:(?:\d{1,2}\s+\w+|сегодня|вчера|также|в\s+\w+)\s+)?")
_CALLED_ON = re.compile(r"(?i)\s+(?:нан[её]с(?:л[аи]?)?|нанося)\s+(?:\w+\s+){0,2}?визит\s+")  # "нанесла [протокольный] визит ..."
_RECEIVED_BY = re.compile(r"(?i)\s+(?:был[аио]?\s+)?принят[аоы]?(?:\s+в\s+[^,;:.]{0,25}?)?\s+")  # "... был принят [в резиденции] президентом ..."
