"""Meetings of the format in a Russian report: level, ordinal, date, city, host, countries and status.

Each sentence that names a meeting ("саммит", "встреча министров иностранных дел") of the format is a
mention; mentions that do not contradict each other (another ordinal, day or city) are one meeting, the
first of them the report's main meeting and the others background ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dialogue.ingest.facts import SUMMIT, MeetingFact, PersonFact, Quote
from dialogue.ingest.places import CENTRAL_ASIA
from dialogue.ingest.ru.attendance import C5, attends, receivers_host
from dialogue.ingest.ru.dates import find_dates, is_dateline
from dialogue.ingest.ru.morph import Sentence, parses
from dialogue.ingest.ru.places import Place, topical
from dialogue.ingest.ru.venues import CITY_STATES, _capital, framing_city, held_online, host_of, hosted, reported_from, thanked_host, told_venue, venue_of, visit_place
from dialogue.ingest.ru.wording import NOUNS, ORDINALS, level_of, ordinal_of, status_of, told_as_past  # noqa: F401 (ORDINALS: outlook.py)

SITTING_IN = ("EU",)  # the EU's envoys take part in other partners' meetings too ("Специальный представитель ЕС ... присутствовал")
GULF = ("SA", "AE", "KW", "BH", "OM", "QA")


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
    return bool(lemmas & {"азия", "центральноазиатский", "центрально-азиатский", "формат"} or C5.search(text, sentence.start, sentence.end)
                or any(t.text == "ЦА" for t in sentence.tokens)  # "государств ЦА"
                or len({p.code for p in places if p.code in CENTRAL_ASIA}) >= 2)


def mentions(text: str, sentences: list[Sentence], places: dict[int, list[Place]], published: dt.date | None) -> list[Mention]:
    found = []
    for index, sentence in enumerate(sentences):
        lemmas = sentence.lemmas
        here = places[index]
        if not (lemmas & NOUNS or {w.rsplit("-", 1)[-1] for w in lemmas} & NOUNS or _gathered(sentence) or _received(sentence)) \
                or not (is_about_format(text, sentence, here) or _numbered_next(text, sentences, places, index)):  # "онлайн-встреча" too
            continue
        status = status_of(sentence)
        ahead = True if status == "planned" else False if told_as_past(sentence) else None
        told = [d for d in find_dates(text, published, sentence.start, sentence.end, ahead) if d.date]
        own = _ours_first(text, sentence, [d for d in told if not is_dateline(text, d)])
        city = venue_of(text, here) or _capital(sentence, here) or framing_city(sentence)
        found.append(Mention(sentence, level_of(lemmas, sentence.tokens), ordinal_of(sentence), (own or told)[0].date if told else None, city, status,
                             [p.code for p in here if not p.city and not topical(text, p)], None if city else host_of(text, sentence, here), not own))
    return found


def _numbered_next(text: str, sentences: list[Sentence], places: dict[int, list[Place]], index: int) -> bool:
    """A numbered meeting told as past right after a sentence of the format: "Формат ... Центральная Азия плюс Норвегия работает.
    Прошли первый саммит и две встречи министров" (one still to come may be another body's: "Третья встреча
    министров финансов пройдёт в Астане")."""
    return index > 0 and ordinal_of(sentences[index]) is not None and told_as_past(sentences[index]) \
        and is_about_format(text, sentences[index - 1], places[index - 1])


def _received(sentence: Sentence) -> bool:
    """A meeting told as a host's receiving the region's ministers or leaders: "Глава МИД Великобритании примет министров
    иностранных дел пяти стран – Казахстана, ... – в Лондоне" (is_about_format asks for the region or two of its states)."""
    tokens = sentence.tokens
    return any(t.lemma in ("принять", "принимать") and tokens[n + 1].lemma in ("министр", "лидер", "глава")
               and "plur" in parses(tokens[n + 1].text)[0].tag for n, t in enumerate(tokens[:-1]))


def _ours_first(text: str, sentence: Sentence, dates: list) -> list:
    """Of two days in a sentence, the one after the format's name first: "... форума, который пройдёт 12 мая, а
    также саммита Норвегия – Центральная Азия, намеченного на 3 июня"."""
    mark = next((t.end for t in sentence.tokens if t.lemma in ("азия", "центральноазиатский") or C5.fullmatch(t.text)), None)
    if len(dates) < 2 or mark is None:
        return dates
    return sorted(dates, key=lambda d: d.start < mark)


GATHERING = {"встретиться", "собраться"}


def _gathered(sentence: Sentence) -> bool:
    """A meeting told by its verb alone, of the region's many: "Министры ... Центральной Азии и Норвегии встретились в
    Самарканде" (two presidents who met are bilateral talks, so the region must be named)."""
    return bool(sentence.lemmas & {"азия", "центральноазиатский"}) and any(
        t.lemma in GATHERING and {"VERB", "plur"} <= set(parses(t.text)[0].tag.grammemes | {parses(t.text)[0].tag.POS}) for t in sentence.tokens)


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
    if {m.status for m in meeting} & _CALLED_OFF and mention.status in ("planned", "held") or mention.status in _CALLED_OFF \
            and {m.status for m in meeting} & {"planned", "held"}:
        return False
    level = next((m.level for m in meeting if m.level), None)
    return not (level and mention.level and level != mention.level)


_CALLED_OFF = {"cancelled", "postponed"}


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
    title_status = status_of(sentences[0]) if sentences else None
    others = {m.sentence.start for m in found[1:] if m.ordinal and m.ordinal != found[0].ordinal}  # "Первый саммит ... 29 сентября"
    fallback_date = next((d.date for s in sentences if s.lemmas & NOUNS and s.start not in others
                          for d in find_dates(text, published, s.start, s.end) if d.date), None)
    groups: list[list[Mention]] = []
    for mention in found:
        earlier = groups and _previous(mention.sentence)
        group = None if earlier else next((g for g in groups if _fits(g, mention)), None)
        if group is not None:
            group.append(mention)
        elif earlier or not groups or mention.ordinal or mention.date or mention.city or mention.status in _CALLED_OFF:
            groups.append([mention])
    meetings = []
    fallback = next((m.level for m in found if m.level), None) or _level_after(found, sentences)
    members = (*CENTRAL_ASIA, partner, *(GULF if partner in GULF else ()))  # the Gulf council's states are each a side
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
            date = fallback_date or (_dateline(text, sentences, published) if status != "planned" else None)  # a dateline is no day to come
        if main and city is None and places and (visited := visit_place(text, sentences, places) or told_venue(
                text, sentences, places, {t.lemma for m in group for t in m.sentence.tokens if t.lemma in NOUNS},
                {m.sentence.start for m in found if m not in group}, next((m.ordinal for m in group if m.ordinal), None))) \
                and host in (None, visited.code):  # "Норвегия проведёт саммит ... . Встреча пройдёт в Осло": the host's city
            city, host = (visited if visited.city else None), visited.code
        if main and city is None and host is None and places and (reported := reported_from(text, sentences, places)):
            city, host = reported, reported.code
        if main and host is None and places:
            host = hosted(sentences, places, people) or thanked_host(text, sentences, places, people)
        if main and (city or host) and held_online(text, sentences):
            city = host = None  # "встреча прошла виртуально": no venue, whatever city the report names
        if city is None and host in CITY_STATES:
            city = Place(0, 0, host, city=CITY_STATES[host])
        if main:
            countries = [c for c in dict.fromkeys([*([partner] if partner else []), *all_countries]) if c in members]
            countries += [p.country for p in people if p.country and p.country not in countries and p.country in members]
            countries += [c for c in _delegations(sentences, places or {}, {m.sentence.start for m in found if m not in group}) if c not in countries]
            countries = [c for c in countries if not _only_asking(c, sentences, places or {})]
        else:
            # a meeting called off had no side at it: its host is where it was to be (NOTES.md, 105, 313)
            countries = [] if status in _CALLED_OFF else list(dict.fromkeys(c for m in group for c in m.countries if c in members))
        if main and level == SUMMIT and host:
            receivers_host(text, people, sentences, host)
        quotes = [Quote(m.sentence.start, m.sentence.end, text[m.sentence.start : m.sentence.end]) for m in group]
        meetings.append(MeetingFact(level=level, ordinal=next((m.ordinal for m in group if m.ordinal), None), quotes=quotes,
                                    format=format_name, date=date, city=city.city if city else None, host=host,
                                    countries=countries, main=main, status=status,
                                    participants=[p for p in people if p.country in (*members, *SITTING_IN, None)
                                                  and attends(text, p, sentences, status, level, {m.sentence.start for m in group})]
                                    if main else []))
    _own_participants(meetings, groups, people)
    return meetings


def _previous(sentence: Sentence) -> bool:
    """A sentence whose first meeting is "the previous" one ("Предыдущая, 17-я встреча ... состоялась в Душанбе") tells of
    another meeting than the report's, whatever it does not contradict."""
    tokens = sentence.tokens
    first = next((n for n, t in enumerate(tokens) if t.lemma in NOUNS), None)
    return first is not None and any(t.lemma == "предыдущий" for t in tokens[max(0, first - 4) : first])


_ASKING = {"хотеть", "просить", "просьба", "желание", "попросить", "заявка"}


def _only_asking(code: str, sentences: list[Sentence], places: dict[int, list[Place]]) -> bool:
    """A state named only as wishing or asking to take part ("Азербайджан хочет принять участие во встрече", "просьба
    Азербайджана об участии") is no side of the meeting."""
    named = [(s, p) for n, s in enumerate(sentences) for p in places.get(n, []) if p.code == code and not p.city]
    return bool(named) and all(s.lemmas & {"участие", "участвовать", "присоединиться"} and any(
        t.lemma in _ASKING and (t.start - p.end < 25 if t.start > p.end else p.start - t.end < 15) for t in s.tokens) for s, p in named)


def _delegations(sentences: list[Sentence], places: dict[int, list[Place]], others: set[int]) -> list[str]:
    """The states whose delegations "из" a list a sentence says take part, a guest beyond the format's members too: "В
    мероприятии принимают участие делегации из Узбекистана, ..., Омана и Азербайджана" (not a sentence of another meeting)."""
    found = []
    for n, s in enumerate(sentences):
        tokens = s.tokens
        start = next((tokens[k + 1].end for k, t in enumerate(tokens[:-1]) if t.lemma == "делегация" and tokens[k + 1].text.lower() in ("из", "от")
                      and any("plur" in p.tag for p in parses(t.text))), None)
        if start is not None and s.start not in others and s.lemmas & {"участие", "участвовать"} and not s.lemmas & _NOT_THERE \
                and not any(t.text.lower() == "не" for t in tokens):
            found += [p.code for p in places.get(n, []) if p.start >= start and not p.city and not p.demonym]
    return found


_NOT_THERE = {"отменить", "отказаться", "приглашение", "пригласить"}  # called off, declined or only invited


def _own_participants(meetings: list[MeetingFact], groups: list[list[Mention]], people: list[PersonFact]) -> None:
    """One named only in a sentence of another meeting that says he took part ("Замминистра ... Вепа Хаджиев принял
    участие во встрече заместителей ..."; the session it prepares is the first mention) is that meeting's participant."""
    for meeting, group in zip(meetings[1:], groups[1:]):
        told = [m.sentence for m in group if m.sentence.lemmas & {"участие", "участвовать"}]
        own = [p for p in meetings[0].participants if all(any(s.start <= q.start < s.end for s in told) for q in p.quotes)]
        if own:
            meeting.participants = own
            meetings[0].participants = [p for p in meetings[0].participants if p not in own]
