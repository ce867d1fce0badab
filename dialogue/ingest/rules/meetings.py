"""Meetings: which meetings a report tells of, the main one first, and who took part in it."""

from __future__ import annotations

import re
from bisect import bisect_right

from dialogue.ingest import lexicon as lx
from dialogue.ingest.facts import (
    GUESSED_COUNTRY,
    MINISTERIAL,
    OTHER,
    SENIOR_OFFICIALS,
    SUMMIT,
    MeetingFact,
    PersonFact,
)
from dialogue.ingest.gazetteer import CENTRAL_ASIA
from dialogue.ingest.nlp import CITY, COUNTRY
from dialogue.ingest.parse_dates import find_dates
from dialogue.ingest.report import Report, make_quote
from dialogue.ingest.rules.format import format_near
from dialogue.ingest.rules.meeting_countries import countries_said_to_meet, countries_taking_part
from dialogue.ingest.rules.meeting_hosts import country_of_who_hosted, host_said_after
from dialogue.ingest.rules.meeting_mentions import MEETING_WORD, MeetingMention, bare_words, find_meeting_mentions, level_of
from dialogue.ingest.rules.meeting_talks import two_sides_talks
from dialogue.ingest.rules.meeting_twins import of_earlier_years, same_day_and_place_together, same_numbered_together
from dialogue.ingest.rules.meeting_venues import (
    EARLIER_MEETINGS,
    city_arrived_in,
    country_not_city,
    day_of_the_opening,
    may_name_earlier,
    place_and_date,
    venue_designated,
    venue_of_the_opening,
)
from dialogue.lib.keys import fold

# "the dialogue, started in Stavanger": where a format began is its first meeting.
_ORIGIN = re.compile(r"\b(?:(launched|inaugurated|initiated|established|founded)|began|begun|started)\s+(?:\w+\s+){0,2}?(?:in|at)\s+$", re.I)
_ORIGIN_WORDS = frozenset("dialogue dialogues format formats summit summits meeting meetings talks forum forums".split())


def find_meetings(report: Report, people: list[PersonFact], format_name: str | None, partner: str | None) -> tuple[list[MeetingFact], list[MeetingMention]]:
    """Meetings the report tells of, the main one first, and the mentions of meetings to come.

    A meeting still to come is a meeting of its own (status planned) only when the report tells
    of no meeting held, or says it was postponed or cancelled; beside a meeting held it is that
    meeting's "next meeting".
    """
    mentions = report.once(find_meeting_mentions)
    upcoming = [m for m in mentions if m.status == "planned"]
    held = [m for m in mentions if m.status == "held"]
    told_held = bool(held)
    unheld = [m for m in mentions if m.status in ("postponed", "cancelled") and m.level]
    if held and _leads(upcoming, held, report):
        # "The 4th meeting is to take place in Bergen on 3 June ... The ministers last met in 2024": the report is of
        # the meeting to come, which it tells first; the one held is its background, and nothing is "next".
        # "The meeting, hosted by Rome, is expected on 5 May": a bare mention still to come is the leading one's
        told = _clusters([m for m in upcoming if m.level or not m.indefinite], report) + _clusters(held, report) + _clusters(unheld, report)
        held, upcoming = [], []
    elif held:
        told = _clusters(held, report) + _clusters(unheld, report)
    else:
        told = _clusters(unheld + [m for m in upcoming if m.level], report) or _clusters(upcoming, report)
    # "during their summit, the two leaders ...": a visit's talks
    told = [cluster for cluster in told if not two_sides_talks(cluster)]
    if not told:
        return [], upcoming
    told, statuses = same_numbered_together(told, _cluster_status)
    dateline = report.dateline
    meetings = []
    starts = {m.quote.start: index for index, cluster in enumerate(told) for m in cluster}
    for index, cluster in enumerate(told):
        meeting = MeetingFact(
            level=_level_of_who_came(cluster),
            ordinal=next((m.ordinal for m in cluster if m.ordinal), None),
            quotes=[m.quote for m in cluster], format=format_name, main=index == 0, status=statuses[index],
        )
        place_and_date(report, meeting, cluster, dateline, [start for start, i in starts.items() if i != index], partner)
        if index and partner:
            _other_format(report, meeting, cluster, partner)
        if meeting.status == "held" and meeting.date and report.published and meeting.date > report.published:
            meeting.status = "planned"  # a day after the report's own is still to come
        meetings.append(meeting)
    meetings = same_day_and_place_together(meetings)
    main = meetings[0]
    main.participants = [p for p in people if p.participant]
    own = {m.sentence.start_char for m in told[0]}
    elsewhere = frozenset(m.sentence.start_char for m in mentions if m.level and m not in told[0]) - own
    main.countries = countries_taking_part(report, main, partner, told[0] + [m for m in mentions if m.status == main.status and not m.level],
                                            elsewhere)
    if not main.city and not main.online:
        venue_designated(report, main)
    if not main.city and not main.host and not main.online:
        venue_of_the_opening(report, main)
    if not main.city and not main.online:
        city_arrived_in(report, main, partner)
    if main.date is None and main.status in ("held", "planned"):
        day_of_the_opening(report, main)
    if not main.city and not main.online and dateline is not None:
        dateline_country = report.code(dateline)
        here = any(_HELD_HERE.search(report.sentence_of(q.start).text) for q in main.quotes)  # "TASHKENT -- ... was held here"
        # "Opening Remarks, Central Asia plus Norway Ministerial / Bergen, Norway / May 3, 2018": a speech
        # given at the meeting, under the place and day it was given
        remarks = any(_REMARKS_AT.match(report.sentence_of(q.start).text) for q in main.quotes)
        if (dateline_country in main.countries or here or remarks) and main.host in (None, dateline_country):  # not "MOSCOW - ... a summit in Tajikistan"
            main.city, main.host = report.city_name(dateline), main.host or dateline_country
            main.quotes.append(make_quote(report.text, dateline.start_char, dateline.end_char))
            day = find_dates(report.text[dateline.end_char : dateline.end_char + 40], report.published) if remarks else []
            if day and day[0].date and main.date is None and main.status == "held" and not day[0].several:
                main.date = day[0].date
    if main.level is None:
        main.level = _level_of_the_opening(report) or _level_said_beside(report, told[0]) or _level_from_posts(main.participants)
    if main.host is None:  # "India virtually hosted": an online meeting has a host too
        main.host = country_of_who_hosted(report, main, partner, _OPENING)
    _country_of_host_officials(report, main, partner)
    if held:
        meetings += _origins(report, meetings)
    meetings += _earlier_ones(report, meetings, partner) + _the_one_before(report, meetings)
    for meeting in meetings[1:]:
        meeting.host = meeting.host or host_said_after(report, meeting)
        meeting.countries = meeting.countries or countries_said_to_meet(report, meeting, partner)
    for meeting in meetings[1:]:
        if meeting.level is None and meeting.ordinal is not None and meeting.ordinal != main.ordinal:
            meeting.level = main.level  # "the fourth meeting, held in Khujand": an earlier one of the same series
    # "At the third session tomorrow the ministers will turn to trade": the main meeting's own number
    # names the main meeting, never the next.
    upcoming = [m for m in upcoming if (m.ordinal is None or m.ordinal != main.ordinal or m.level not in (None, main.level))
                and not (m.level == OTHER and main.level in _OWN_LEVELS)]  # "a Traders' Fair will also be held": a side event
    return [m for m in meetings if m.level and not _side_event(m, main)], upcoming if held or not told_held else []


def _side_event(meeting: MeetingFact, main: MeetingFact) -> bool:
    """'At the Central Asia + Japan Business Forum, firms signed ...' beside the leaders' summit: an event of no level
    held beside a meeting of the format's own is a side event, not another meeting of the format."""
    return meeting is not main and meeting.level == OTHER and main.level in _OWN_LEVELS


_OWN_LEVELS = (SUMMIT, MINISTERIAL, SENIOR_OFFICIALS)


def _other_format(report: Report, meeting: MeetingFact, cluster: list[MeetingMention], partner: str) -> None:
    """A meeting the report names beside its own whose sentences name another format nearest to it (the Italian
    summit's report recalling the EU's) is that format's meeting, not the report's."""
    near = [format_near(report, m.sentence.start_char, m.sentence.end_char, m.quote.start) for m in cluster]
    others = {found for found in near if found}
    if len(others) == 1 and (found := others.pop())[1] != partner and all(near):
        meeting.format, meeting.partner = found


def _origins(report: Report, meetings: list[MeetingFact]) -> list[MeetingFact]:
    """'Started in Stavanger in 2019, the dialogue': the place a format began is its first meeting's, unless
    the report already told of a first meeting (of that level)."""
    main = meetings[0]
    for sentence in report.sentences:
        if sentence.end_char <= report.text_start or _ORIGIN_WORDS.isdisjoint(sentence.words):
            continue
        for place in report.ents_in(sentence, CITY):
            origin = _ORIGIN.search(report.text[max(sentence.start_char, place.start_char - 40) : place.start_char])
            city = report.city_name(place)
            if not origin or city == main.city:
                continue
            # "meetings at the foreign minister level ... under the Dialogue, launched at Samarkand": the level the sentence says
            level = level_of(bare_words(sentence.text)) or main.level
            if any(m.ordinal == 1 and m.level == level for m in meetings):
                return []
            first = MeetingFact(level=level, ordinal=1 if origin.group(1) else None, format=main.format, main=False,
                                status="held", quotes=[make_quote(report.text, place.start_char - len(origin.group(0)), place.end_char)])
            first.city, first.host = city, report.gazetteer.cities.get(city)
            return [first]
    return []


_IN_A_LIST = re.compile(r"(?:\bin|\band|,)\s*(?:the\s+)?$")


def _earlier_ones(report: Report, meetings: list[MeetingFact], partner: str | None) -> list[MeetingFact]:
    """'The summit follows two previous leaders' meetings, held in Kazakhstan in 2022 and Kyrgyzstan in 2023': earlier
    meetings of the format, one for each member's (or the partner's) place named after the words, at the level they
    or the sentence's subject say."""
    found: list[MeetingFact] = []
    if not may_name_earlier(report, report.text_start, len(report.text)):
        return found  # one search of the whole text, skipped where none of its nouns stands (most reports)
    for match in EARLIER_MEETINGS.finditer(report.text, report.text_start):
        sentence = report.sentence_of(match.start())
        level = level_of(bare_words(match.group(0))) or level_of(bare_words(report.text[sentence.start_char : match.start()])) \
            or meetings[0].level
        for place in report.ents_in(sentence, CITY, COUNTRY):
            if not match.end() <= place.start_char < match.end() + 120 \
                    or not _IN_A_LIST.search(report.text[max(match.end(), place.start_char - 12) : place.start_char]):
                continue
            city = report.city_name(place) if report.is_city(place) and not country_not_city(report, place) else None
            host = report.gazetteer.cities.get(city) if city else report.code(place)
            if host not in (*CENTRAL_ASIA, partner) or any((m.city, m.host) == (city, host) for m in meetings + found):
                continue
            earlier = MeetingFact(level=level, ordinal=None, format=meetings[0].format, main=False, status="held",
                                  quotes=[make_quote(report.text, match.start(), place.end_char)])
            earlier.city, earlier.host = city, host
            found.append(earlier)
    return found


# "held after the 2023 Rome summit", "following the Rome meeting": the meeting before the main one, by its year and city
_FOLLOWING_THE = re.compile(r"\b(?:following|after|succeeding)\s+the\s+(?:(?:19|20)\d\d\s+)?$", re.I)
_MEETING_NOUN_AFTER = re.compile(r"\s+(?:summit|meeting|ministerial)\b", re.I)


def _the_one_before(report: Report, meetings: list[MeetingFact]) -> list[MeetingFact]:
    """'This meeting, the third of its kind following the 2024 Oslo summit': in a sentence that numbers the main
    meeting, the meeting it follows, named by its city, is the one numbered just before it."""
    main = meetings[0]
    if not main.ordinal or main.ordinal < 2:
        return []
    for quote in main.quotes:
        sentence = report.sentence_of(quote.start)
        for place in report.ents_in(sentence, CITY):
            city = report.city_name(place)
            if place.start_char < quote.start or not _FOLLOWING_THE.search(report.text, max(quote.start, place.start_char - 40), place.start_char) \
                    or not _MEETING_NOUN_AFTER.match(report.text, place.end_char) or any(m.city == city for m in meetings):
                continue
            before = MeetingFact(level=main.level, ordinal=main.ordinal - 1, format=main.format, main=False, status="held",
                                 quotes=[make_quote(report.text, place.start_char, place.end_char)])
            before.city, before.host = city, report.code(place)
            return [before]
    return []


def _clusters(mentions: list[MeetingMention], report: Report) -> list[list[MeetingMention]]:
    """Mentions of one meeting together: same level (or none said) and same ordinal (or none said)."""
    if not mentions:
        return []
    first = next((m for m in mentions if m.level), mentions[0])
    clusters: list[list[MeetingMention]] = [[first]]
    for mention in mentions:
        if mention is first:
            continue
        for cluster in clusters:
            level = next((m.level for m in cluster if m.level), None)
            ordinal = next((m.ordinal for m in cluster if m.ordinal), None)
            earlier = {w.lower() for w in mention.quote.text.split()} & {"previous", "last", "preceding", "earlier", "past"}
            if earlier and mention.ordinal is None and ordinal is not None:
                continue  # "the 9th meeting ... the ministers last met in Dushanbe": an earlier one
            if mention.ordinal is None and _of_a_year_before(mention, report) != _of_a_year_before(cluster[0], report):
                continue  # "I attended last year's summit in Bergen": not this year's
            if mention.level in (None, level) and (mention.ordinal in (None, ordinal) or (ordinal is None and not earlier)):
                cluster.append(mention)
                break
        else:
            clusters.append([mention])
    return clusters


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_A_YEAR_BEFORE = re.compile(r"\b(?:last|previous)\s+year\b|\b(?:a|one|two|three|\d)\s+years?\s+(?:ago|earlier|before)\b", re.I)


def _of_a_year_before(mention: MeetingMention, report: Report) -> bool:
    """Whether the sentence naming a meeting says, before naming it, that it was a year or more ago; or, of "a meeting",
    gives a year before the report's ("agreed in Bergen on May 3, 2009 at a meeting of foreign ministers")."""
    before = mention.sentence.text[: mention.quote.end - mention.sentence.start_char]
    if _A_YEAR_BEFORE.search(before):
        return True
    return mention.indefinite and report.published is not None \
        and any(int(year) < report.published.year for year in _YEAR.findall(before))


def _leads(upcoming: list[MeetingMention], held: list[MeetingMention], report: Report) -> bool:
    """Whether a meeting to come is what the report is of: named with its level and its number or day before any
    meeting held is named in the body, and not called the next one (a report of a meeting held names the next last)."""
    first = min((m for m in upcoming if m.level), key=lambda m: m.quote.start, default=None)
    if first is None or first.quote.start < report.text_start:
        return False
    # "The upcoming summit is scheduled for May 5 in Samarkand, the minister announced after the third ministerial
    # meeting": one to come told first with its day leads, though called the next (or upcoming) one
    if not of_earlier_years(held, report) and not any(d.date for d in find_dates(first.sentence.text, report.published)) \
            and (set(first.quote.text.lower().split()) & lx.NEXT_WORDS or first.ordinal is None):
        return False
    if any(m.ordinal and m.ordinal != first.ordinal and _dated_this_week(m, report) for m in held):
        return False  # "set stage for first summit" (a headline) over "the minister convened the 17th forum on Monday": the news is the one held
    return all(first.quote.start < m.quote.start for m in held if m.quote.start >= report.text_start)


def _dated_this_week(mention: MeetingMention, report: Report) -> bool:
    """Whether the sentence naming a meeting gives it a day in the week up to the report's own."""
    published = report.published
    return published is not None and any(d.date and 0 <= (published - d.date).days <= 7
                                         for d in find_dates(mention.sentence.text, published))


def _cluster_status(cluster: list[MeetingMention]) -> str:
    statuses = {m.status for m in cluster}
    return next(s for s in ("cancelled", "postponed", "held", "planned") if s in statuses)


# "The first summit took place in Oslo, where the foreign ministers of the six countries discussed trade": who the
# sentence naming it says came tells its level where the report calls a ministers' meeting a summit.
_MINISTERS_CAME = re.compile(r"\b(?:where|at which|in which)\s+(?:the\s+)?(?:\w+\s+)?foreign\s+ministers\b|"
                             r"\b(?:brought together|gathered|was attended by)\s+(?:the\s+)?(?:\w+\s+)?foreign\s+ministers\b", re.I)
_LEADERS = re.compile(r"\b(?:presidents?|leaders|heads of state|prime ministers?|chancellors?|emirs?|kings?)\b", re.I)


def _level_of_who_came(cluster: list[MeetingMention]) -> str | None:
    level = next((m.level for m in cluster if m.level), None)
    if level == SUMMIT:
        sentences = [m.sentence.text for m in cluster if m.level == SUMMIT]
        if any(_MINISTERS_CAME.search(text) for text in sentences) and not any(_LEADERS.search(text) for text in sentences):
            return MINISTERIAL
    return level


_MET = re.compile(r"\b(?:met|gathered|convened|held (?:a|an|their) (?:\w+ )?(?:meeting|talks))\b")
_HOSTED = re.compile(r"\bhosted\b")
_COUNTERPARTS = re.compile(r"\b(?:counterparts|colleagues)\b")

_REMARKS_AT = re.compile(r"\s*(?:(?:Opening|Closing|Keynote|Welcoming)\s+)?(?:Remarks|Statement|Speech|Address)\s+(?:at|to|before)\s+(?:the\s+)?", re.I)
_HELD_HERE = re.compile(r"\b(?:held|took\s+place|met|convened|opened|gathered|hosted|began|kicked\s+off|under\s+way|underway)\s+here\b")
_OPENING = 3  # sentences: a headline, its subtitle and the lead


def _level_of_the_opening(report: Report) -> str | None:
    """'The Norwegian minister and her five Central Asian colleagues met in Oslo': who the opening says met
    gives the level of a meeting its own words leave unsaid (the first of the opening sentences that tells of a
    meeting and says who met)."""
    for sentence in [s for s in report.sentences if s.end_char > report.text_start][:_OPENING]:
        level = level_of(bare_words(sentence.text)) if _MET.search(sentence.text) else _level_hosted(sentence.text)
        if level:
            return level
    return None


def _level_hosted(text: str) -> str | None:
    """'Minister X hosted a dinner attended by his counterparts from Central Asia': who was hosted
    tells the level, and the host's own post where they are the host's counterparts (not "the Prime Minister hosted
    the presidents")."""
    hosted = _HOSTED.search(text)
    if hosted is None:
        return None
    before, after = text[: hosted.start()], text[hosted.end() :]
    level = level_of(bare_words(after))
    if level is None and _COUNTERPARTS.search(after):
        level = SUMMIT if _LEADERS.search(before) else level_of(bare_words(before))
    return level


def _level_said_beside(report: Report, cluster: list[MeetingMention]) -> str | None:
    """'... the C5+1 talks held on the margins of the UN assembly. The trade ministers of the six states gathered
    to review transport': who the sentence after the one naming the meeting says met gives its level."""
    for mention in cluster:
        index = bisect_right(report.sentence_starts, mention.sentence.start_char)
        following = next((s for s in report.sentences[index : index + 2] if s.words), None)
        if following is not None and _MET.search(following.text) and not MEETING_WORD.search(following.text):
            level = level_of(bare_words(following.text))
            if level:
                return level
    return None


def _level_from_posts(participants: list[PersonFact]) -> str:
    """A meeting the report names only as 'a meeting' takes its level from who came."""
    roles = [fold(p.role or "") for p in participants if p.role]
    if not roles:
        return OTHER
    leaders = sum("president" in r or "prime minister" in r or "chancellor" in r for r in roles)
    deputies = sum(bool(re.search(r"\b(?:deputy|vice)[ -](?:foreign )?minister", r)) for r in roles)  # not a deputy prime minister
    ministers = sum("minister" in r or "secretary of state" in r for r in roles) - deputies
    for level, count in ((SUMMIT, leaders), (SENIOR_OFFICIALS, deputies), (MINISTERIAL, ministers)):
        if count * 2 > len(roles):  # most of those named hold posts of that level
            return level
    return OTHER


# "Foreign Minister X, with his deputy, went to Tashkent": who travelled to the place, a guest there
_WENT_TO = re.compile(r"[^.;]{0,60}?\b(?:went|travel(?:l)?ed|flew|came|arrived|is|was)\s+(?:to|in)\s+(?:the\s+)?$")


def _came_to(report: Report, person: PersonFact, host: str) -> bool:
    """Whether a sentence naming the person says they went to (or are in) a place of the host's."""
    for quote in person.quotes:
        sentence = report.sentence_of(quote.start)
        for place in report.ents_in(sentence, CITY, COUNTRY):
            if quote.end <= place.start_char <= quote.end + 80 and report.code(place) == host \
                    and _WENT_TO.fullmatch(report.text, quote.end, place.start_char):
                return True
    return False


def _country_of_host_officials(report: Report, meeting: MeetingFact, partner: str | None) -> None:
    """Reports name the guests' countries and take the host's own officials for granted:
    an official with no country stated is the host's (or the partner's) when that side has no one else,
    unless the report says they came to the host's place."""
    for side in (meeting.host, partner):
        unplaced = [p for p in meeting.participants if not p.country and not (side == meeting.host and _came_to(report, p, side))]
        if side and unplaced and not any(p.country == side for p in meeting.participants):
            for person in unplaced:
                person.country = side
                person.confidence = min(person.confidence, GUESSED_COUNTRY)
            return
