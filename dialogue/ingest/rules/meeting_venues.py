"""Where and when a meeting was held: from the sentences naming it, else from the report's opening."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Span

from dialogue.ingest import lexicon as lx
from dialogue.ingest.facts import MeetingFact
from dialogue.ingest.gazetteer import CENTRAL_ASIA
from dialogue.ingest.nlp import CITY, COUNTRY
from dialogue.ingest.parse_dates import WEEKDAYS, YEAR_RE, DateMention, find_dates, still_to_come
from dialogue.ingest.report import Report, Sentence, make_quote
from dialogue.ingest.rules.format import partner_code
from dialogue.ingest.rules.meeting_mentions import MEETING_WORD, MeetingMention

_CAPITAL_OF = re.compile(r"\b(?:capital|city)(?: of|,)?$|\b(?:town|resort|village)\s+of$")  # "its resort town of Cholpon-Ata"
# "London hosted", "India virtually hosted", "Norway will host", "Oslo played host to", "Avaza, a resort on the
# Caspian, hosted": the place that hosts
_HOSTED = re.compile(r"(?:\s*,\s+(?:a|an|the)\s+[^,.;]{0,50},)?\s+(?:(?:will|is to|is set to|is due to)\s+)?(?:\w+ly\s+)?(?:host(?:ed|s)?|play(?:ed|s)?\s+host\s+to)\b")
_CITY_MEETING = re.compile(r"\s+(?:summit|ministerial|meeting)\b")  # "the Astana meeting"
_PART_OF_TOWN = re.compile(r"(?:\bin|\bat|,)\s+(?:central|downtown|(?:north|south|east|west)(?:ern)?)$")  # "in Yongsan, central Seoul"
_CAPITAL_OF_COUNTRY = re.compile(r"\bcapital(?: city)? of (?:the )?[\w -]+,$")  # "in the capital of Kazakhstan, Astana"


def places_after(report: Report, sentence: Sentence, from_char: int, to_char: int | None = None) -> list[Span]:
    """Places a sentence gives as a venue: "in Astana", "at Riyadh", "the capital of Bishkek", "London hosted",
    "hosted by Tashkent"."""
    places = []
    for ent in report.ents_in(sentence, CITY, COUNTRY):
        if ent.start_char < from_char or to_char is not None and ent.start_char >= to_char:
            continue
        before = report.text[max(sentence.start_char, ent.start_char - 30) : ent.start_char].rstrip().lower()
        after = report.text[ent.end_char : ent.end_char + 90].lower()
        if ent.label_ == COUNTRY and before.endswith(",") and _listed(report, ent):
            continue  # "Italy + Kazakhstan, Kyrgyzstan, Tajikistan": a list of countries; "in Samarkand, Uzbekistan" names the venue's country
        if before.endswith(",") and not _after_a_place(report, ent) and not _CAPITAL_OF.search(before) and not _HOSTED.match(after):
            continue  # "Ahead of the summit, Astana is": a comma alone names no venue; "Samarkand, Uzbekistan" does
        if re.sub(r"\s+the$", "", before).split()[-1:] in (["in"], ["at"], [","]) or _CAPITAL_OF.search(before) or _HOSTED.match(after) \
                or ent.label_ == CITY \
                and before.endswith("hosted by") \
                or ent.label_ == CITY and (_CITY_MEETING.match(after) or before.endswith(",") and _CAPITAL_OF_COUNTRY.search(before)
                                           or _PART_OF_TOWN.search(before)):
            places.append(ent)
    return places


def _after_a_place(report: Report, ent: Span) -> bool:
    """Whether a place stands right before this one, across a comma: "Samarkand, Uzbekistan", "Yongsan, Seoul"."""
    doc = report.doc
    return ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ in (CITY, COUNTRY)


def _listed(report: Report, ent: Span) -> bool:
    """Whether a country after a comma stands in a list of countries: one before the comma, or one after it
    ("Kazakhstan, Kyrgyzstan, Tajikistan"), not a city ("Samarkand, Uzbekistan")."""
    doc = report.doc
    before = doc[ent.start - 2] if ent.start >= 2 and doc[ent.start - 1].text == "," else None
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) and doc[ent.end].text in (",", "and") else None
    return before is not None and before.ent_type_ == COUNTRY or after is not None and after.ent_type_ == COUNTRY


# "Before the talks, Tashkent hosted a youth forum": a place after the meeting named that hosts what follows it
HOSTS_ANOTHER = re.compile(r"\s+(?:(?:will|is to)\s+)?(?:\w+ly\s+)?(?:host(?:ed|s)?|play(?:ed|s)?\s+host\s+to)\s+(?!it\b|them\b|(?:the|this)\s+(?:summit|meeting|talks|session)\b)")

_GATHERED = re.compile(r"\b(?:met|meet|gathered|convened|took place|was held|were held|is held|hosted|will be held)\b", re.I)


def _dateline_end(report: Report) -> int:
    """Where the dateline ends, with the report's own day when it follows with no mark between ("ASTANA, May 3,
    2026 The Kazakh President ..."): that day is the report's, not the meeting's."""
    end = report.dateline_end
    if report.dateline is None:
        return end
    following = report.text[end : end + 40]
    day = next(iter(find_dates(following, report.published)), None)
    if day is not None and not following[: day.start].strip(" ,"):
        return end + day.end
    return end


def held_in(report: Report, meeting: MeetingFact, place: Span) -> None:
    """The meeting's venue is this city (its country the gazetteer's), as the words naming it say; a country's name
    that is only another name of its capital ("in Kuwait", not "Kuwait City") names the host country alone."""
    city = report.city_name(place)
    if country_not_city(report, place):
        meeting.host = report.gazetteer.country_code(place.text)
    else:
        meeting.city, meeting.host = city, report.gazetteer.cities.get(city)
    meeting.quotes.append(make_quote(report.text, place.start_char, place.end_char))


def country_not_city(report: Report, place: Span) -> bool:
    """'Kuwait': a country's name the gazetteer knows as a city only under another name ("Kuwait City"); not
    "Luxembourg" or "Singapore", cities of the country's own name."""
    code = report.gazetteer.country_code(place.text)
    return code is not None and report.city_name(place).lower() != place.text.lower() and report.gazetteer.cities.get(report.city_name(place)) == code


def venue_of_the_opening(report: Report, main: MeetingFact) -> None:
    """'The ministers gathered in Bishkek': the opening sentences that tell where people gathered give the
    main meeting's venue when the sentences naming the meeting do not."""
    # the first four sentences with words: a blank line between paragraphs is no sentence of the opening
    opening = [s for s in report.sentences if s.end_char > report.text_start and s.words][:4]
    for sentence in opening:
        if not _GATHERED.search(sentence.text):
            continue
        for place in places_after(report, sentence, sentence.start_char):
            if main.status == "held" and _TO_BE_HELD_IN.search(report.text[max(sentence.start_char, place.start_char - 30) : place.start_char]):
                continue  # "preparations for the forum, which will be held in Ashgabat": the venue of a meeting to come
            if report.is_city(place) and place != report.dateline:
                held_in(report, main, place)
                return
    # "India will host the presidents of the five by video link": the country the opening says hosts, with no city
    for sentence in opening:
        for country in report.ents_in(sentence, COUNTRY):
            if report.code(country) and not report.is_city(country) and _HOSTED.match(report.text, country.end_char):
                main.host = report.code(country)
                main.quotes.append(make_quote(report.text, country.start_char, country.end_char))
                return


_ARRIVED_IN = re.compile(r"\barriv\w*\s+in\s+(?:the\s+)?$", re.I)


def city_arrived_in(report: Report, main: MeetingFact, partner: str | None) -> None:
    """'The presidents of Kyrgyzstan and Tajikistan also arrived in Astana': where the report leaves the main meeting's
    city unsaid, the city its guests arrived in, in the host country (or, with none known, a member's or the
    partner's), in the first sentences of the report."""
    for sentence in [s for s in report.sentences if s.end_char > report.text_start and s.words][:8]:
        for place in report.ents_in(sentence, CITY):
            country = report.gazetteer.cities.get(report.city_name(place))
            if _ARRIVED_IN.search(report.text, max(sentence.start_char, place.start_char - 20), place.start_char) \
                    and place != report.dateline and country in ((main.host,) if main.host else (*CENTRAL_ASIA, partner)):
                held_in(report, main, place)
                return


def day_of_the_opening(report: Report, main: MeetingFact) -> None:
    """'The ministers met in London on Thursday': a news report tells who met, where and when in its opening; the
    first day an opening sentence gives for people meeting is the held main meeting's, when the sentences naming it
    give none. Only the first two sentences with a meeting verb; not one naming a meeting (it told its own day), nor
    talks, a visit or counterparts (two sides meeting, not the format), nor a day of another time ("last met in May").
    Failing those, the weekday the lead tells."""
    if any(date.several for quote in main.quotes for date in find_dates(quote.text, None)):
        return  # its own sentences told several days ("held on 18-19 May"): no one of them is its day
    if main.status == "planned":
        _day_people_will_meet(report, main)
        return
    gathering = [s for s in report.sentences if s.end_char > report.text_start and _GATHERED.search(s.text)][:2]
    gathering = [s for s in gathering if not MEETING_WORD.search(s.text) and not s.words & _TWO_SIDED]
    for sentence in gathering:
        for date in find_dates(sentence.text, report.published):
            start = sentence.start_char + date.start
            if not date.date or start < _dateline_end(report) or _ANOTHER_TIME.search(sentence.text[: date.start]) \
                    or _stamp(report, start, start + len(date.text)):
                continue
            if date.several:
                return
            main.date = still_to_come(date, report.published) if main.status != "held" else date.date
            main.quotes.append(make_quote(report.text, start, start + len(date.text)))
            return
    _day_of_the_lead(report, main)


_WILL_MEET = re.compile(r"\b(?:will|shall|(?:is|are) (?:to|due to|set to|scheduled to|expected to))\s+(?:\w+\s+)?(?:meet|gather|convene|host|welcome)\b", re.I)
_ON_DAY_OPENING = re.compile(r"^\s*On\s+")  # "On May 29, 2027, the minister will welcome ...": the day the sentence opens on


_TOLD = re.compile(r"\b(?:said|says|told|announced|reported|stated|added|confirmed|wrote)\b", re.I)  # "..., a source told us on Tuesday"


def _day_people_will_meet(report: Report, main: MeetingFact) -> None:
    """'The ministers will meet by video link on 11 August': the first day after a verb of meeting to come, in the
    report's opening three sentences, dates the planned main meeting its own sentences leave undated."""
    for sentence in [s for s in report.sentences if s.end_char > report.text_start][:3]:
        verb = _WILL_MEET.search(sentence.text)
        if verb is None:
            continue
        at = verb.end()
        date = next(iter(find_dates(sentence.text[at:], report.published)), None)
        opening = next(iter(find_dates(sentence.text[: verb.start()], report.published)), None) if _ON_DAY_OPENING.match(sentence.text) else None
        if opening is not None and _ON_DAY_OPENING.match(sentence.text[: opening.start]) and any(ch.isdigit() for ch in opening.text):
            date, at = opening, 0
        day = date and (date.date or _day_by_the_reports_own_dates(report, date))
        if day and not date.several and not _TOLD.search(sentence.text, at, at + date.start):
            start = sentence.start_char + at + date.start
            main.date = still_to_come(replace(date, date=day), report.published)
            main.quotes.append(make_quote(report.text, start, start + len(date.text)))
        return


_ON_WEEKDAY = re.compile(r"\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _day_of_the_lead(report: Report, main: MeetingFact) -> None:
    """'India on Wednesday extended a credit line to Central Asian countries': a news lead tells the day of what it
    reports, by its weekday; the first of the opening three sentences that does so dates the held meeting."""
    for sentence in [s for s in report.sentences if s.end_char > report.text_start][:3]:
        weekday = _ON_WEEKDAY.search(sentence.text)
        if weekday is None or _ANOTHER_TIME.search(sentence.text[: weekday.start()]) or sentence.words & _TWO_SIDED \
                or _ARRIVED.search(sentence.text[: weekday.start()]):
            continue  # nor the day a guest arrived
        if _AND_ANOTHER_DAY.match(sentence.text, weekday.end()) or _DAYS_LONG.search(sentence.text) \
                and _ENDED_ON.search(sentence.text[: weekday.start() + 3]):
            return  # "on Monday and Tuesday", "the two-day summit ended on Friday": no one day is the meeting's
        date = next(iter(find_dates(sentence.text[weekday.start() :], report.published)), None)
        if date is not None and (day := date.date or _day_by_the_reports_own_dates(report, date)):
            start = sentence.start_char + weekday.start() + date.start
            main.date = day
            main.quotes.append(make_quote(report.text, start, start + len(date.text)))
        return


_TWO_SIDED = frozenset("talks visit counterpart counterparts".split())
_ANOTHER_TIME = re.compile(r"\b(?:last|earlier|previous(?:ly)?|first|since|until|after|before|ago)\b[^.,;]*$", re.I)


_HOSTED_BY = re.compile(r"\bhosted\s+by\s+$", re.I)
_ONLINE = re.compile(r"online|virtually|video[ -]?conferenc(?:e|ing)|video link|videolink"
                     r"|\bvirtual\s+(?:[\w+.–-]+\s+){0,5}?(?:summit|meeting|ministerial|session|conference|format|dialogue)")  # "a virtual C5+1 Ministerial"
# "the planned 6 November meeting", "scheduled for 6 November": a day still to come, whatever the report's other words.
_PLANNED_BEFORE = re.compile(r"\b(?:planned|scheduled|upcoming|forthcoming|next|set)(?:\s+(?:for|on))?\s+(?:the\s+)?$", re.I)

_AHEAD_OF = re.compile(r"\b(?:ahead of|in the run-up to|in the lead-up to|on the eve of|in preparation for|to prepare for|"
                       r"(?:pave[sd]?|paving) the way (?:for|to)|set(?:s|ting)? the stage for)\b", re.I)

# "is expected to prepare the ground for the joint session on Monday": a day the sentence tells as still to come, whatever the meeting's status
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are) (?:to|due to|expected to|set to|scheduled to))\s+(?:[\w'’-]+\s+){0,8}?(?:on|for)\s+(?:the\s+)?$",
                            re.I)


def _day_by_the_reports_own_dates(report: Report, date: DateMention) -> dt.date | None:
    """With no publication day, a day the report writes without its year takes the year of the full dates it writes
    elsewhere, when they all share one ("on 4 March", beside "3 April 2025"); a weekday is the one full date it writes
    that falls on that weekday ("on Thursday", beside "November 6, 2025")."""
    if report.published is not None or date.several:
        return None
    full = [d for d in find_dates(report.text[report.text_start :], None) if d.date]
    weekday = date.text.lower()
    if weekday in WEEKDAYS:
        days = {d.date for d in full if not d.several and d.date.weekday() == WEEKDAYS.index(weekday)}
        return days.pop() if len(days) == 1 else None
    years = {d.date.year for d in full}
    if len(years) != 1 or YEAR_RE.search(date.text) or not re.search(r"[A-Za-z]{3}", date.text):
        return None
    return find_dates(f"{date.text} {years.pop()}", None)[0].date


_AHEAD_OF_NOUN = re.compile(_AHEAD_OF.pattern + r"\s+(?:[\w'’-]+\s+){0,8}$", re.I)
_WITH_ONE_PERSON = re.compile(r"\s+with\s+(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|(?:his|her)\s+(?:\w+\s+)?counterpart)(?=\s)")
_OTHER_EVENT_BEFORE = re.compile(r"\b(?:after|before|since|following|until)\b[^.,;]*$", re.I)
_STAMP_BEFORE = re.compile(r"(?:\||\b(?:Published|Updated|Posted|Last updated)\s*:?)\s*(?:on\s+)?$", re.I)
_CLOCK_AFTER = re.compile(r",\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|UTC)", re.I)


def _stamp(report: Report, start: int, end: int) -> bool:
    """A page's own stamp, not a meeting's day: after a title's bar or a "Published:" mark, or with the clock time
    ("Tuesday, March 4, 2025, 9:12 a.m.")."""
    line_start = report.text.rfind("\n", 0, start) + 1
    return bool(_STAMP_BEFORE.search(report.text[line_start:start]) or _CLOCK_AFTER.match(report.text, end))


_ARRIVED = re.compile(r"\b(?:arriv\w*|landed|flew|travell?ed)\b", re.I)
_TO_TAKE_PART_BEFORE = re.compile(r"\b(?:to|for)\s+(?:take part in|attend|participate in|join)\b", re.I)
_THROUGH = re.compile(r"\b(?:through|until|till)\s+$", re.I)
_DAYS_LONG = re.compile(r"\b(?:two|three|four|2|3|4)[- ]days?\b", re.I)
_ENDED_ON = re.compile(r"\b(?:ended|closed|concluded|wrapped\s+up)\b[^.;]*\bon\s+$", re.I)
_DAY_FOLLOWS = re.compile(r",?\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b")
_AND_ANOTHER_DAY = re.compile(r"\s+(?:and|to|through)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")

_TO_BE_HELD_IN = re.compile(r"\b(?:to|will|would|shall) be (?:held|hosted|convened|organi[sz]ed)\s+(?:in|at)\s+(?:the\s+)?$", re.I)


# "the first summit is set to take place in Japan": a country any meeting is said to be held in is its host.
_TAKES_PLACE_IN = re.compile(r"\b(?:take|takes|took|taking)\s+place\s+in\s+(?:the\s+)?$|\b(?:be|is|was|been|being)\s+held\s+in\s+(?:the\s+)?$")


def place_and_date(report: Report, meeting: MeetingFact, cluster: list[MeetingMention], dateline: Span | None,
                    others: list[int], partner: str | None = None) -> None:
    """Place and day from the sentences naming the meeting; where a sentence names another meeting too
    ("the second meeting; the first was held in Bergen"), only from this one's part of it."""
    seen_sentences = []
    for mention in cluster:
        if any(mention.sentence == s for s in seen_sentences):
            continue
        seen_sentences.append(mention.sentence)
        sentence = mention.sentence
        lo = max((o for o in others if sentence.start_char <= o < mention.quote.start), default=sentence.start_char)
        hi = min((o for o in others if mention.quote.start < o < sentence.end_char), default=sentence.end_char)
        earlier = EARLIER_MEETINGS.search(report.text, mention.quote.end, hi) if may_name_earlier(report, mention.quote.end, hi) else None
        hi = earlier.start() if earlier else hi  # "the summit follows two previous meetings, held in Astana and Bishkek"
        lowered = sentence.text.lower()
        if _ONLINE.search(lowered):
            meeting.online = True
        token = report.doc[mention.token]
        if meeting.date is None and not _WITH_ONE_PERSON.match(report.text, token.idx + len(token.text)):
            # "Yesterday we had a meeting with Mr. ...": the day of two people's talks, not of the format's meeting
            for date in find_dates(sentence.text, report.published):
                start = sentence.start_char + date.start
                noun = token.idx
                if start < noun and (_AHEAD_OF.search(report.text[start:noun]) or _ARRIVED.search(report.text[lo:start])
                                     and _TO_TAKE_PART_BEFORE.search(report.text[start:noun])):
                    continue  # "met on Monday ahead of the summit", "arrived on Monday to attend it": the day of what came before it
                if noun < start and _AHEAD_OF_NOUN.search(report.text[lo:noun]) and "," in report.text[noun:start]:
                    continue  # "talks ahead of the summit in Xi'an, China, May 17": the day of the talks, told after the place
                if _THROUGH.search(report.text[max(lo, start - 12) : start]) or _DAYS_LONG.search(sentence.text) \
                        and _ENDED_ON.search(report.text[max(lo, start - 40) : start]):
                    continue  # "held for two days through Saturday", "the two-day summit ended on Friday": the day it ended
                if _AND_ANOTHER_DAY.match(report.text, start + len(date.text)):
                    break  # "held on Monday and Tuesday": no one of the days is its day
                if date.text.lower() in WEEKDAYS and _DAY_FOLLOWS.match(report.text, start + len(date.text)):
                    continue  # "on Tuesday, August 7": the day written out dates it, whatever weekday it was
                if start < noun and _OTHER_EVENT_BEFORE.search(report.text[lo:start]) or _stamp(report, start, start + len(date.text)):
                    continue  # "two days after the forum on 1 March, the summit opened", "Dialogue | 4 Mar 2027": not its day
                day = date.date or _day_by_the_reports_own_dates(report, date)
                if day and start >= _dateline_end(report) and lo <= start < hi:
                    to_come = meeting.status != "held" or _PLANNED_BEFORE.search(sentence.text[: date.start]) \
                        or _FUTURE_BEFORE.search(report.text[lo:start])
                    if not date.several:  # "held on 18-19 May", "from June 16 to 18": no one day of them is its day
                        meeting.date = still_to_come(replace(date, date=day), report.published) if to_come else day
                    meeting.quotes.append(make_quote(report.text, start, start + len(date.text)))
                    break
        if meeting.city is None:  # "to attend the Dialogue in Norway ... The Dialogue, taking place in Bergen": the host's city too
            known = meeting.host  # a host told by an earlier sentence
            for place in places_after(report, sentence, lo, hi):
                if known is not None and not (report.is_city(place) and not country_not_city(report, place)
                                              and report.gazetteer.cities.get(report.city_name(place)) == known):
                    continue
                if dateline is not None and place.start_char == dateline.start_char:
                    continue
                if _of_another(report, place, [o for o in others if lo <= o < place.start_char]):
                    continue  # "the second summit in Oslo follows the first one in Bergen": Oslo is the second's
                if place.start_char > token.idx and HOSTS_ANOTHER.match(report.text, place.end_char):
                    continue  # "the summit opened; Bergen hosted a fair": what the place hosts is named after it
                if meeting.status == "held" and _TO_BE_HELD_IN.search(report.text[max(lo, place.start_char - 30) : place.start_char]):
                    continue  # "agreed to a summit, to be held in Samarkand": another meeting's venue, still to come
                if meeting.online and _HOSTED_BY.search(report.text[max(lo, place.start_char - 20) : place.start_char]):
                    meeting.host = meeting.host or report.code(place)  # "the virtual summit, hosted by Ankara": a capital for its country
                    continue
                if report.is_city(place):
                    held_in(report, meeting, place)
                    break
                if meeting.host is None and not _TOPIC_IN.search(report.text[max(lo, place.start_char - 40) : place.start_char]) \
                        and (report.code(place) in (*CENTRAL_ASIA, partner)
                             or _TAKES_PLACE_IN.search(report.text[max(lo, place.start_char - 30) : place.start_char])):
                    # "in Samarkand, Uzbekistan": the country names the host where the city is not known; a member's
                    # or the partner's, not a third country spoken of ("the port in Iran")
                    meeting.host = report.code(place)
        if meeting.city is None and meeting.host is None and hi == sentence.end_char:
            _venue_after_a_broken_line(report, meeting, sentence)
        if meeting.city is None and meeting.host is None:
            _city_of_seat_or_visit(report, meeting, sentence, lo, hi, token.idx)
        hosted = re.search(r"hosted by (?:the )?([A-Z][\w ]+)", sentence.text)
        if hosted and meeting.host is None:
            meeting.host = partner_code(report, hosted.group(1))


# "the summit in", "the summit, due in", "the summit held in": a place told right after a meeting's noun is that meeting's
# "pledging funds for projects in Kyrgyzstan": a country the talks' subject is in, not the host
_TOPIC_IN = re.compile(r"\b(?:projects?|investments?|programmes?|programs?|operations|situation|developments?|stability|security|reforms?"
                       r"|presence|activities|infrastructure|assets|resilience)\s+in\s+(?:the\s+)?$", re.I)


_RIGHT_AFTER = re.compile(r"\s*(?:,\s*)?(?:(?:being\s+)?(?:held|set|scheduled|due|planned|taking\s+place)\s+)?(?:in|at)\s+(?:the\s+)?", re.I)


def _of_another(report: Report, place: Span, others: list[int]) -> bool:
    """Whether the place is told right after the noun of another meeting named before it in the sentence."""
    for start in others:
        noun = MEETING_WORD.search(report.text, start, place.start_char)
        if noun and _RIGHT_AFTER.fullmatch(report.text, noun.end(), place.start_char):
            return True
    return False


# A sentence cut at a wrapped line ends on a comma or a word that cannot end one ("of the").
_CUT = re.compile(r"(?:,|\b(?:the|of|and|with|in|at|for|a|an|by|to|from))\s*\n\s*$", re.I)


def _venue_after_a_broken_line(report: Report, meeting: MeetingFact, sentence: Sentence) -> None:
    """'... attended by the' / 'heads of state of Kyrgyzstan, Tajikistan,' / 'Kazakhstan and Uzbekistan
    in Oslo.': a sentence cut at wrapped lines; the venue may stand in the parts that follow (up to the next meeting
    named)."""
    index = bisect_left(report.sentence_starts, sentence.start_char)
    for following in report.sentences[index + 1 : index + 4]:
        if not _CUT.search(report.text[sentence.start_char : following.start_char]):
            return
        hi = following.start_char + next((m.start() for m in (MEETING_WORD.search(following.text),) if m), len(following.text))
        for place in places_after(report, following, following.start_char, hi):
            if report.is_city(place) and place != report.dateline:
                held_in(report, meeting, place)
                return
        if hi < following.end_char:
            return
        sentence = following


EARLIER_MEETINGS = re.compile(r"\b(?:previous|earlier|past|former|last|(?:following|after)\s+(?:the\s+)?(?:two\s+|three\s+)?successful)\s+"
                              r"(?:[\w'’-]+\s+){0,4}?(?:meetings|summits|sessions)\b", re.I)  # "following successful summits in Berlin and Astana"
_EARLIER_NOUNS = ("meetings", "summits", "sessions")  # EARLIER_MEETINGS ends in one of them


def may_name_earlier(report: Report, start: int, end: int) -> bool:
    """Whether EARLIER_MEETINGS may match between start and end: one of its nouns is there (where lower-casing tells)."""
    blind = report.blind
    return blind is None or any(blind.find(noun, start, end) != -1 for noun in _EARLIER_NOUNS)


_HOST_CITY = re.compile(r"\s+(?:was|has been|had been|is|will be)\s+(?:previously\s+|officially\s+|already\s+)?(?:designated|chosen|selected|named|picked)"
                        r"\s+(?:as\s+)?(?:the\s+)?(?:host city|host|venue)\b", re.I)


def venue_designated(report: Report, main: MeetingFact) -> None:
    """'Termez was already designated as the venue': a city the report says was chosen to host gives the
    main meeting's venue where its own sentences do not."""
    for place in report.ents:
        if place.label_ == CITY and place.start_char >= report.text_start and _HOST_CITY.match(report.text, place.end_char):
            held_in(report, main, place)
            return


_SEAT = re.compile(r"\bat\s+the\s+(" + "|".join(re.escape(seat) for seat in sorted(lx.VENUES, key=len, reverse=True)) + r")\b", re.I)
_VISIT_TO = re.compile(r"\b(?:visit|trip|travel\w*|arriv\w*|came|went|flew|headed)\s+(?:to|in)\s+$", re.I)
# "travelled to Oslo to attend the summit", "went to Bergen, Norway, to chair the conference"
_TO_TAKE_PART = re.compile(r"(?:,\s+[A-Z][\w ]{2,30},)?\s+(?:to|for)\s+(?:take part in|attend|participate in|join|(?:co-?)?chair)\b")


def _city_of_seat_or_visit(report: Report, meeting: MeetingFact, sentence: Sentence, lo: int, hi: int, named: int) -> None:
    """'leaders received at the White House': a seat that names its city; 'travelled to Oslo to attend the
    summit': the city a leader travelled to for the meeting, told before it; 'Oslo takes centre stage as it hosts the
    summit': the city the sentence is of, that "it" hosts the meeting."""
    text = report.text[lo:hi]
    seat = _SEAT.search(text)
    if seat:
        city = lx.VENUES[seat.group(1).lower()]
        meeting.city, meeting.host = city, report.gazetteer.cities.get(city)
        meeting.quotes.append(make_quote(report.text, lo + seat.start(1), lo + seat.end(1)))
        return
    for place in report.ents_in(sentence, CITY):
        if lo <= place.start_char < hi and _VISIT_TO.search(report.text[lo : place.start_char]) \
                and _TO_TAKE_PART.match(report.text, place.end_char):
            held_in(report, meeting, place)
            return
    cities = [place for place in report.ents_in(sentence, CITY) if lo <= place.start_char < named]
    if len(cities) == 1 and _IT_HOSTS.search(report.text, cities[0].end_char, named):
        held_in(report, meeting, cities[0])


_IT_HOSTS = re.compile(r"\bit\s+(?:(?:will|is to)\s+)?(?:host(?:s|ed)?|is hosting)\s+(?:the\s+)?(?:[\w'’–—-]+\s+){0,4}$")
