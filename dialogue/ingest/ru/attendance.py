"""Who of a report's people took part in its main meeting: the mentions that name a person without his taking part.

Split from meetings.py, which finds the meetings themselves; its venue rules use elsewhere and PAST too.
"""

from __future__ import annotations

import re

from dialogue.ingest.facts import SUMMIT, PersonFact, Quote
from dialogue.ingest.ru.morph import Sentence
from dialogue.ingest.ru.wording import NOUNS

C5 = re.compile(r"[СC]\s?5|5\s?\+\s?1")


def attends(text: str, person: PersonFact, sentences: list[Sentence], status: str, level: str | None, told: set[int]) -> bool:
    """Whether the main meeting's report names the person as taking part, not only as a speaker, an owner or aside, nor
    only as a side of talks that prepare a meeting still to come (`told`: the starts of the sentences that name it)."""
    return not _owner_only(text, person) and not (status != "held" and _speaker_only(text, person, sentences)) \
        and not _declined(text, person, sentences) and not _aside_only(text, person, sentences, level) \
        and not (status == "planned" and _in_talks_only(text, person, sentences, told))


_PREPARING_TALKS = {"переговоры", "разговор", "беседа", "встретиться", "обсудить", "созвониться", "обмен"}  # "обмен мнениями"


def _in_talks_only(text: str, person: PersonFact, sentences: list[Sentence], told: set[int]) -> bool:
    """"Смаилов встретился со спецпосланником ... . На встрече готовили первый саммит":
    both are named only in sentences of their talks, none of the summit's."""
    named = [s for q in person.quotes for s in sentences if s.start <= q.start < s.end]
    return bool(named) and all(s.start not in told and (s.lemmas & _PREPARING_TALKS or "встреча" in s.lemmas and "провести" in s.lemmas)
                               and not s.lemmas & _OF_THE_MEETING and not _with_many(text, person, s) for s in named)


def _with_many(text: str, person: PersonFact, sentence: Sentence) -> bool:
    """Talks the person holds together with the region's ministers or leaders are the meeting's, not two men's preparing
    it nor a speaker's: "в ходе встречи Верховный представитель ЕС ... и главы внешнеполитических ведомств стран региона
    обсудят ..."."""
    return any(sentence.start <= q.start < sentence.end and _AND_MANY.match(text, q.end) for q in person.quotes)


_AND_MANY = re.compile(r"(?i)\s+и\s+(?:главы|министры|лидеры)\b")


# A word that puts a person at a meeting beside his talks: "примет участие в саммите и проведёт переговоры с ...".
_OF_THE_MEETING = (NOUNS - {"встреча"}) | {"участие", "участвовать", "прибыть", "приехать", "посетить"}


# Words whose genitive is the owner of a thing, not a person present: "инициативу премьер-министра ...", "от имени президента
# ...", "Мирзиёев по приглашению президента ... посетит" (who invites a traveller; not who an event was "организованном по
# приглашению"), "оценил роль президента ...".
_OWNED = re.compile(r"(?i)\b(?:инициатив|предложени|поручени|послани|имени|рол[ьи]|(?<!нном )по\s+приглашени)\w*\s*$")


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
            "охарактеризовать", "рассчитывать", "надеяться"}  # "рассчитывает использовать предстоящий саммит": no word of coming
JOINING = {"участие", "участвовать", "прибыть", "визит", "посетить", "возглавить", "представлять", "встретиться", "переговоры",
           "приехать", "председательствовать"}


def _speaker_only(text: str, person: PersonFact, sentences: list[Sentence]) -> bool:
    told = [s for q in person.quotes for s in sentences if s.start <= q.start < s.end]
    return bool(told) and all(s.lemmas & SPEAKING and not _joining(s) and not _with_many(text, person, s) for s in told)


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
# _RECEIVER, _THANKED_FOR and PAST are used with match(), which anchors at the position given ("^" would need the
# string's start).
_RECEIVER = re.compile(r"(?i)[^,.;]{0,12}?\bприня(?:л|ла|ли)\b(?!\s+(?:участи|решени))")
_THANKED_FOR = re.compile(r"\s*[—–-]?\s*за\b")
PAST = re.compile(r"\W*(?:ранее|напомним|в\s+прошлом\s+(?:году|месяце)|год\s+назад|(?:стоит|следует)\s+(?:на)?помнить|как\s+(?:уже\s+|ранее\s+)?(?:сообщал|писал|заявлял|отмечал|подчеркивал|подчёркивал|говорил)\w*)\b", re.I)
_TALKS = {"переговоры", "встретиться", "разговор", "беседа", "отношение"}  # "«доверительные» отношения — с президентом ..."
_FORMER = re.compile(r"(?i)(?:\bбывш\w+|\bтогдашн\w+|\bэкс-?)\s*$")
_FOUNDING = re.compile(r"(?i)перв\w+\s+президент")  # "первого президента Казахстана": the founding president, since gone
_CALLED = re.compile(r"(?i)\b(?:назван|охарактеризован|упомянут)\w*\s+$")  # "названной президентом X «...»": who called her so
_SENT = {"направить", "прислать", "передать"}
_GREETING = {"приветствие", "поздравление", "телеграмма", "послание", "обращение", "видеообращение", "видеопослание"}


# A meeting of another name in quotes ("саммит «Азиатско-тихоокеанское ...»"); the format's own names Central Asia, "ЦА",
# "C5" or a "+".
_NAMED_EVENT = re.compile(r"(?i)\b(?:саммит|форум|заседани|встреч|конференци)\w*\s+[«\"“]([^»\"”]{3,80})[»\"”]")
_OURS = re.compile(r"(?i)\bАзи(?:я|и|ю|ей)\b|\bЦА\b|[СC]\s?5|\+")


def elsewhere(text: str, sentence: Sentence) -> bool:
    """Whether the sentence names a meeting of another name, and none of the format nor a side event of it ("для участия в
    саммите «...» в ..."; not "на полях саммита ... форум «...»")."""
    named = [m.group(1) for m in _NAMED_EVENT.finditer(text, sentence.start, sentence.end)]
    return bool(named) and not any(_OURS.search(n) for n in named) and not C5.search(text, sentence.start, sentence.end) \
        and not sentence.lemmas & {"азия", "центральноазиатский", "формат", "поле", "рамка"}


def _aside(text: str, quote: Quote, sentence: Sentence, level: str | None) -> bool:
    """Whether this mention names the person without his taking part (the comment above)."""
    if elsewhere(text, sentence):
        return True
    if PAST.match(text, sentence.start, sentence.end) and not (sentence.lemmas & {"азия", "центральноазиатский", "формат"}
                                                                 or C5.search(text, sentence.start, sentence.end)):
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
    if _CONGRATULATED.search(text, max(sentence.start, quote.start - 40), quote.start):
        return True
    tokens = sentence.tokens
    cue = next((t for t in tokens if t.lemma in _TALKS), None)  # "во главе с послом ..." names who led a side, not the other side
    return cue is not None and any(t.text.lower() in ("с", "со") and cue.start < t.start and not (n and tokens[n - 1].lemma == "глава")
                                   and _next_in_list(text[t.end : quote.start]) for n, t in enumerate(tokens) if t.end <= quote.start)


# One congratulated on something ("поздравил Ула Хансена с избранием"): named for an event of his own.
_CONGRATULATED = re.compile(r"(?i)\bпоздрави(?:л|ла|ли|т)\s+(?:\w+\s+){0,4}$")
# The next of a list after "с": "встретится с главой МИД ... Смаиловым и президентом Арманом Валиевым".
_LISTED_ON = re.compile(r"[^.;:!?()«»\"]{0,80}?(?:\s+и|,)\s+(?:\w+\s+){0,2}")


def _next_in_list(between: str) -> bool:
    """Whether the words between "с" and a name are nothing, or an earlier name of the same list and its post."""
    return not between.strip() or bool(_LISTED_ON.fullmatch(between))


def _aside_only(text: str, person: PersonFact, sentences: list[Sentence], level: str | None) -> bool:
    told = [(q, s) for q in person.quotes for s in sentences if s.start <= q.start < s.end]
    return bool(told) and all(_aside(text, q, s, level) for q, s in told)


def receivers_host(text: str, people: list[PersonFact], sentences: list[Sentence], host: str) -> None:
    """One of no country told who received the leaders of a summit ("Президент ... принял лидеров ... на саммите в
    Вашингтоне") is of the summit's host country."""
    for person in (p for p in people if p.country is None and p.role):
        if any(s.start <= q.start < s.end and s.lemmas & {"саммит", "лидер"} and _RECEIVER.match(text, q.end, s.end)
               for q in person.quotes for s in sentences):
            person.country = host
