"""Meetings: mentions, their level, ordinal, place, date and who took part; the next meeting."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from spacy.strings import hash_string
from spacy.tokens import Span

from dialogue.ingest import lexicon as lx
from dialogue.ingest.facts import (
    GUESSED_COUNTRY,
    MINISTERIAL,
    OTHER,
    SENIOR_OFFICIALS,
    SUMMIT,
    MeetingFact,
    NextMeetingFact,
    PersonFact,
    Quote,
)
from dialogue.ingest.gazetteer import CENTRAL_ASIA
from dialogue.ingest.nlp import CITY, COUNTRY, DEMONYM
from dialogue.ingest.parse_dates import find_dates, still_to_come
from dialogue.ingest.parse_numbers import ORDINAL_RE, ORDINAL_WORDS, ordinal_value
from dialogue.ingest.report import Report, Sentence, make_quote
from dialogue.ingest.rules.format import format_near, partner_code
from dialogue.lib.keys import fold


@dataclass
class _MeetingMention:
    token: int
    level: str | None
    ordinal: int | None
    upcoming: bool
    quote: Quote
    sentence: Sentence

    @cached_property
    def status(self) -> str:
        """Held, or planned, postponed or cancelled as the sentence that names the meeting says."""
        if _CANCELLED.search(self.sentence.text):
            return "cancelled"
        if _POSTPONED.search(self.sentence.text):
            return "postponed"
        return "planned" if self.upcoming else "held"


_HEADS_OF_STATE = re.compile(r"\bheads of (?:state|government)\b")
_FOREIGN_CHIEFS = re.compile(r"\bheads of (?:the )?foreign\b|\bforeign (?:affairs )?(?:agencies|ministries|chiefs)\b")


def _level_of(words: list[str]) -> str | None:
    lowered = [w.lower() for w in words]
    joined = " ".join(lowered)
    if "summit" in lowered or not lx.SUMMIT_WORDS.isdisjoint(lowered) or _HEADS_OF_STATE.search(joined):
        return SUMMIT
    if not lx.SENIOR_OFFICIALS_WORDS.isdisjoint(lowered) and ("senior" in lowered or "som" in lowered
                                                              or "deputy" in lowered or "vice-ministers" in lowered):
        return SENIOR_OFFICIALS
    if not lx.MINISTERIAL_WORDS.isdisjoint(lowered) or _FOREIGN_CHIEFS.search(joined):
        return MINISTERIAL
    if not lx.OTHER_LEVEL_WORDS.isdisjoint(lowered):
        return OTHER
    return None


# Clause boundaries, as the hashes of the tokens' lower-case forms (a mark's is its own).
_BOUNDARIES = frozenset(hash_string(w) for w in (",", ";", ":", "(", ")", ".", "after", "before", "during", "at", "on", "for", "and", "or", "but"))


def _window(report: Report, start: int, end: int) -> list:
    """Tokens from start to end, cut at the last clause boundary before end (found in the token arrays, so that
    only the tokens kept are built)."""
    lowers = report.token_lowers
    for k in range(end - 1, start - 1, -1):
        if lowers[k] in _BOUNDARIES:
            return list(report.doc[k + 1 : end])
    return list(report.doc[start:end])


_MEETING_WORD = re.compile(r"\b(?:summit|meeting|session|conference|consultations|forum|dialogue|gathering|ministerial|edition)\b", re.I)
# "the first was held in Bergen": an ordinal standing for the meeting a sentence before named.
_ELLIPTIC = re.compile(r"\b(?:the|its)\s+(" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r"|\d{1,3}(?:st|nd|rd|th))"
                       r"(?:\s+one)?\s*,?\s+(?:was held|took place|was convened|was hosted|met)\b", re.I)
# "the dialogue, started in Stavanger": where a format began is its first meeting.
_ORIGIN = re.compile(r"\b(?:(launched|inaugurated|initiated|established|founded)|began|begun|started)\s+(?:\w+\s+){0,2}?in\s+$", re.I)
_ORIGIN_WORDS = frozenset("dialogue dialogues format formats summit summits meeting meetings talks forum forums".split())
# "the 5th meeting of the fisheries commission": another body's meeting, whatever its ordinal.
_OTHER_BODY_HEADS = {"committee", "commission", "council", "parliament", "assembly", "board", "bank", "cabinet", "chamber",
                     "senate", "government", "organization", "organisation", "group"}


_MEETING_VERB = re.compile(r"\b(?:met|convened|gathered|held talks)\b", re.I)
_OTHER_BODY = re.compile(r"\b(?:UN|United Nations|General Assembly|Security Council|SCO|CIS|OSCE|CICA|BRICS|G20|ASEAN|Parliament)\b")
_FORMAT_BEFORE = re.compile(r"Central Asia\s*(?:\+|plus|–|—|-|and)\s*(?:the\s+)?$", re.I)
_FORMAT_FORUM = re.compile(r"Central Asia\s*(?:\+|plus|–|—|-|and)\s*[\w ]{0,30}?(?:Cooperation\s+)?$|"
                           r"[\w-]+\s*(?:\+|–|—|-)\s*Central Asia\s+(?:Cooperation\s+)?$")
_POSTPONED = re.compile(r"\b(?:postpon\w*|put off|delayed|reschedul\w*|deferred)\b", re.I)
_CANCELLED = re.compile(r"\b(?:cancel\w*|called off|scrapped|abandoned)\b", re.I)


def find_meeting_mentions(report: Report) -> list[_MeetingMention]:
    mentions = _meeting_mentions(report, _MEETING_WORD)
    # "Foreign ministers of the format met in Berlin": with no meeting named, the verb stands for it.
    return (mentions + _elliptic_mentions(report)) if mentions else _meeting_mentions(report, _MEETING_VERB)[:1]


def _elliptic_matches(report: Report) -> list[re.Match]:
    """_ELLIPTIC's matches, tried only where "the" or "its" stands (its one word where a match may start, so its
    matches never overlap): a third of the time of its search of the whole text. Where lower-casing moves
    characters ("İ") or a letter matches "i" or "s" only case-blind ("ı", "ſ"), the whole text is searched."""
    text, lowered = report.text, report.lowered
    if len(lowered) != len(text) or "ı" in text or "ſ" in text:
        return list(_ELLIPTIC.finditer(text))
    starts = []
    for word in ("the", "its"):
        at = lowered.find(word)
        while at != -1:
            starts.append(at)
            at = lowered.find(word, at + len(word))
    return [match for match in (_ELLIPTIC.match(text, start) for start in sorted(starts)) if match]


def _elliptic_mentions(report: Report) -> list[_MeetingMention]:
    mentions = []
    for match in _elliptic_matches(report):
        index = bisect_right(report.token_starts, match.start(1)) - 1
        token = report.doc[index]
        sentence = report.sentence_of_token(token.i)
        mentions.append(_MeetingMention(
            token=token.i, level=None, ordinal=ordinal_value(match.group(1)), upcoming=False,
            quote=make_quote(report.text, match.start(), match.end()), sentence=sentence,
        ))
    return mentions


# The words a mention can start with: the pattern is tried only where a token is one of them (a tenth of the time
# of running it over the whole text), and it matches only at a token's start.
_MENTION_HEADS = frozenset(hash_string(w) for w in lx.MEETING_NOUNS | {"ministerial", "met", "convened", "gathered", "held"})


def _bare_words(text: str) -> list[str]:
    return [w.strip(",.;:()'’\"") for w in text.split()]


def _meeting_mentions(report: Report, pattern: re.Pattern) -> list[_MeetingMention]:
    doc, mentions, text, token_starts = report.doc, [], report.text, report.token_starts
    for index in [i for i, lower in enumerate(report.token_lowers) if lower in _MENTION_HEADS]:
        if not pattern.match(text, token_starts[index]):
            continue
        token = doc[index]
        noun = token.lower_
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        by_verb = noun in ("met", "convened", "gathered", "held")
        if noun == "ministerial" and following not in lx.MEETING_NOUNS or by_verb:
            noun = "meeting"  # "the next ministerial", "at the Luxembourg ministerial", "ministers met"
        elif noun not in lx.MEETING_NOUNS or noun == "meetings":
            continue
        sentence = report.sentence_of_token(token.i)
        before = _window(report, max(sentence.start, token.i - 9), token.i)
        before_words = [t.text for t in before]
        previous = doc[token.i - 1].lower_ if token.i > sentence.start else ""
        if previous in lx.NON_MEETING_BEFORE:
            continue
        if previous == "of" and token.i >= 2 and doc[token.i - 2].lower_ in {"plan", "programme", "program", "schedule", "calendar", "format"}:
            continue  # "a plan of consultations" is a document, not a meeting
        before_text = doc[before[0].i : token.i].text if before else ""
        ordinal_match = ORDINAL_RE.search(before_text.replace("-ever", ""))
        ordinal = ordinal_value(ordinal_match.group(0)) if ordinal_match else None
        if noun == "dialogue" and (ordinal is None or following in lx.MEETING_NOUNS):
            continue  # "the second Norway-Central Asia Dialogue Summit" is named by its last word
        if noun == "forum" and not {"business", "investors", "investment"} & {w.lower() for w in before_words} \
                and not _FORMAT_FORUM.search(report.text[max(sentence.start_char, token.idx - 60) : token.idx]):
            continue  # a forum is the format's when it bears its name ("the Norway-Central Asia Cooperation Forum")
        if noun == "conference" and not {"video", "ministerial"} & {w.lower() for w in before_words}:
            continue
        after = []
        for t in doc[token.i + 1 : min(sentence.end, token.i + 9)]:
            if t.text in {",", ";", ".", "(", ")"} or t.lower_ in {"on", "in", "at", "was", "were", "will", "to"}:
                break
            after.append(t.text)
        if _OTHER_BODY.search(" ".join(after)) or after[:1] == ["of"] and {w.lower() for w in after} & _OTHER_BODY_HEADS:
            continue  # "the 81st session of the UN General Assembly" is another body's meeting
        if noun == "edition" and (ordinal is None or after[:1] == ["of"]):
            continue  # "the second edition" alone is the format's; "an edition of a forum" is not
        level = _level_of(before_words + [token.text] + (after if after[:1] == ["of"] else []))
        if level is None and (ordinal is not None or by_verb or noun == "forum"):  # "held talks with foreign ministers"
            # the sentence's words before the meeting first (its subject: "the senior officials convened for their
            # 16th meeting to prepare the summit"), then those after it
            level = _level_of(_bare_words(report.text[sentence.start_char : token.idx])) \
                or _level_of(_bare_words(report.text[token.idx + len(token) : sentence.end_char]))
        start = before[0].idx if before else token.idx
        end_token = token.i + (len(after) if after[:1] == ["of"] else 0)
        end = doc[end_token].idx + len(doc[end_token])
        mentions.append(_MeetingMention(
            token=token.i, level=level, ordinal=ordinal, upcoming=_is_upcoming(report, token, before_words),
            quote=make_quote(report.text, start, end), sentence=sentence,
        ))
    return mentions


_FUTURE = re.compile(r"\b(?:will|shall|to be held|scheduled|upcoming|forthcoming|next (?:week|month|year)|is expected|are expected|"
                     r"is set to|are set to|has been confirmed|is planned|are planned|preparations? for|preparing for|to host)\b", re.I)
_PAST = re.compile(r"\b(?:was held|were held|took place|held on|convened|has been held|ended|concluded|opened|discussed|agreed|signed|"
                   r"adopted|met|attended|hosted|chaired|addressed|announced|said|noted|stressed)\b", re.I)


_TO_BE_HELD = re.compile(r"\b(?:to|will|would|shall) be held\b")
# "was held", or the people "convened for their 16th meeting": held, whatever the sentence says of later plans.
HELD_BEFORE = ("was held", "took place", "convened for", "gathered for", "met for")
# The lexicon's markers, each found anywhere in the words (a pattern of them is one search, not one per marker).
_PAST_MARKER, _HELD_BEFORE, _FUTURE_AFTER, _FUTURE_BEFORE = (
    re.compile("|".join(re.escape(marker) for marker in markers))
    for markers in (lx.PAST_MARKERS, HELD_BEFORE, lx.FUTURE_AFTER, lx.FUTURE_BEFORE))


def _is_upcoming(report: Report, token, before_words: list[str]) -> bool:
    if {w.lower() for w in before_words} & lx.NEXT_WORDS:
        return True
    sentence = report.sentence_of_token(token.i)
    after_text = report.text[token.idx : min(sentence.end_char, token.idx + 90)].lower()
    before_text = report.text[max(sentence.start_char, token.idx - 60) : token.idx].lower()
    said_done = _TO_BE_HELD.sub("", after_text[:40])  # "to be held on 3 May" is still to come
    if _PAST_MARKER.search(said_done) or _HELD_BEFORE.search(before_text):
        return False
    if _FUTURE_AFTER.search(after_text) or _FUTURE_BEFORE.search(before_text):
        return True
    # "the meeting, to which the ministers will come by video link": a meeting named in a sentence about the
    # future alone, near the verb that says so.
    near = report.text[max(sentence.start_char, token.idx - 40) : min(sentence.end_char, token.idx + 40)]
    return bool(_FUTURE.search(near)) and not _PAST.search(sentence.text)


_CAPITAL_OF = re.compile(r"\b(?:capital|city)(?: of|,)?$")
_HOSTED = re.compile(r"\s+hosted\b")
_CITY_MEETING = re.compile(r"\s+(?:summit|ministerial)\b")
_CAPITAL_OF_COUNTRY = re.compile(r"\bcapital(?: city)? of (?:the )?[\w -]+,$")  # "in the capital of Kazakhstan, Astana"


def _places_after(report: Report, sentence: Sentence, from_char: int, to_char: int | None = None) -> list[Span]:
    """Places a sentence gives as a venue: "in Astana", "at Riyadh", "the capital of Bishkek", "London hosted"."""
    places = []
    for ent in report.ents_in(sentence, CITY, COUNTRY):
        if ent.start_char < from_char or to_char is not None and ent.start_char >= to_char:
            continue
        before = report.text[max(sentence.start_char, ent.start_char - 30) : ent.start_char].rstrip().lower()
        after = report.text[ent.end_char : ent.end_char + 13].lower()
        if before.split()[-1:] in (["in"], ["at"], [","]) or _CAPITAL_OF.search(before) or _HOSTED.match(after) \
                or ent.label_ == CITY and (_CITY_MEETING.match(after) or before.endswith(",") and _CAPITAL_OF_COUNTRY.search(before)):
            places.append(ent)
    return places


def find_meetings(report: Report, people: list[PersonFact], format_name: str | None, partner: str | None) -> tuple[list[MeetingFact], list[_MeetingMention]]:
    """Meetings the report tells of, the main one first, and the mentions of meetings to come.

    A meeting still to come is a meeting of its own (status planned) only when the report tells
    of no meeting held, or says it was postponed or cancelled; beside a meeting held it is that
    meeting's "next meeting".
    """
    mentions = find_meeting_mentions(report)
    upcoming = [m for m in mentions if m.status == "planned"]
    held = [m for m in mentions if m.status == "held"]
    unheld = [m for m in mentions if m.status in ("postponed", "cancelled") and m.level]
    if held and _leads(upcoming, held, report):
        # "The 4th meeting is to take place in Bergen on 3 June ... The ministers last met in 2024": the report is of
        # the meeting to come, which it tells first; the one held is its background, and nothing is "next".
        told = _clusters([m for m in upcoming if m.level]) + _clusters(held) + _clusters(unheld)
        held, upcoming = [], []
    elif held:
        told = _clusters(held) + _clusters(unheld)
    else:
        told = _clusters(unheld + [m for m in upcoming if m.level]) or _clusters(upcoming)
    if not told:
        return [], upcoming
    dateline = report.dateline
    meetings = []
    starts = {m.quote.start: index for index, cluster in enumerate(told) for m in cluster}
    for index, cluster in enumerate(told):
        meeting = MeetingFact(
            level=next((m.level for m in cluster if m.level), None),
            ordinal=next((m.ordinal for m in cluster if m.ordinal), None),
            quotes=[m.quote for m in cluster], format=format_name, main=index == 0, status=_cluster_status(cluster),
        )
        _place_and_date(report, meeting, cluster, dateline, [start for start, i in starts.items() if i != index])
        if index and partner:
            _other_format(report, meeting, cluster, partner)
        if meeting.status == "held" and meeting.date and report.published and meeting.date > report.published:
            meeting.status = "planned"  # a day after the report's own is still to come
        meetings.append(meeting)
    main = meetings[0]
    main.participants = [p for p in people if p.participant]
    main.countries = _countries_taking_part(report, main, partner)
    if not main.city and not main.host and not main.online:
        _venue_of_the_opening(report, main)
    if main.date is None and main.status == "held":
        _day_of_the_opening(report, main)
    if not main.city and not main.online and dateline is not None:
        dateline_country = report.code(dateline)
        if dateline_country in main.countries:
            main.city, main.host = report.city_name(dateline), main.host or dateline_country
            main.quotes.append(make_quote(report.text, dateline.start_char, dateline.end_char))
    if main.level is None:
        main.level = _level_from_posts(main.participants)
    _country_of_host_officials(main, partner)
    if held:
        meetings += _origins(report, meetings)
    for meeting in meetings[1:]:
        if meeting.level is None and meeting.ordinal is not None and meeting.ordinal != main.ordinal:
            meeting.level = main.level  # "the fourth meeting, held in Khujand": an earlier one of the same series
    return [m for m in meetings if m.level], upcoming if held else []


def _other_format(report: Report, meeting: MeetingFact, cluster: list[_MeetingMention], partner: str) -> None:
    """A meeting the report names beside its own whose sentences name another format nearest to it (the Italian
    summit's report recalling the EU's) is that format's meeting, not the report's."""
    near = [format_near(report, m.sentence.start_char, m.sentence.end_char, m.quote.start) for m in cluster]
    others = {found for found in near if found}
    if len(others) == 1 and (found := others.pop())[1] != partner and all(near):
        meeting.format, meeting.partner = found


def _origins(report: Report, meetings: list[MeetingFact]) -> list[MeetingFact]:
    """'Started in Stavanger in 2019, the dialogue': the place a format began is its first meeting's, unless
    the report already told of a first meeting."""
    if any(m.ordinal == 1 for m in meetings):
        return []
    main = meetings[0]
    for sentence in report.sentences:
        if sentence.end_char <= report.text_start or _ORIGIN_WORDS.isdisjoint(sentence.words):
            continue
        for place in report.ents_in(sentence, CITY):
            origin = _ORIGIN.search(report.text[max(sentence.start_char, place.start_char - 40) : place.start_char])
            city = report.city_name(place)
            if not origin or city == main.city:
                continue
            first = MeetingFact(level=main.level, ordinal=1 if origin.group(1) else None, format=main.format, main=False,
                                status="held", quotes=[make_quote(report.text, place.start_char - len(origin.group(0)), place.end_char)])
            first.city, first.host = city, report.gazetteer.cities.get(city)
            return [first]
    return []


_GATHERED = re.compile(r"\b(?:met|meet|gathered|convened|took place|was held|were held|is held|hosted|will be held)\b", re.I)


def _held_in(report: Report, meeting: MeetingFact, place: Span) -> None:
    """The meeting's venue is this city (its country the gazetteer's), as the words naming it say."""
    city = report.city_name(place)
    meeting.city, meeting.host = city, report.gazetteer.cities.get(city)
    meeting.quotes.append(make_quote(report.text, place.start_char, place.end_char))


def _venue_of_the_opening(report: Report, main: MeetingFact) -> None:
    """'The ministers gathered in Bishkek': the opening sentences that tell where people gathered give the
    main meeting's venue when the sentences naming the meeting do not."""
    for sentence in [s for s in report.sentences if s.end_char > report.text_start][:4]:
        if not _GATHERED.search(sentence.text):
            continue
        for place in _places_after(report, sentence, sentence.start_char):
            if report.is_city(place) and place != report.dateline:
                _held_in(report, main, place)
                return


def _day_of_the_opening(report: Report, main: MeetingFact) -> None:
    """'The ministers met in London on Thursday': a news report tells who met, where and when in its opening; the
    first day an opening sentence gives for people meeting is the held main meeting's, when the sentences naming it
    give none. Only the first two sentences with a meeting verb; not one naming a meeting (it told its own day), nor
    talks, a visit or counterparts (two sides meeting, not the format), nor a day of another time ("last met in May")."""
    gathering = [s for s in report.sentences if s.end_char > report.text_start and _GATHERED.search(s.text)][:2]
    gathering = [s for s in gathering if not _MEETING_WORD.search(s.text) and not s.words & _TWO_SIDED]
    for sentence in gathering:
        for date in find_dates(sentence.text, report.published):
            start = sentence.start_char + date.start
            if not date.date or start < report.dateline_end or _ANOTHER_TIME.search(sentence.text[: date.start]):
                continue
            main.date = still_to_come(date, report.published) if main.status != "held" else date.date
            main.quotes.append(make_quote(report.text, start, start + len(date.text)))
            return


_TWO_SIDED = frozenset("talks visit counterpart counterparts".split())
_ANOTHER_TIME = re.compile(r"\b(?:last|earlier|previous(?:ly)?|first|since|until|after|before|ago)\b[^.,;]*$", re.I)


def _clusters(mentions: list[_MeetingMention]) -> list[list[_MeetingMention]]:
    """Mentions of one meeting together: same level (or none said) and same ordinal (or none said)."""
    if not mentions:
        return []
    first = next((m for m in mentions if m.level), mentions[0])
    clusters: list[list[_MeetingMention]] = [[first]]
    for mention in mentions:
        if mention is first:
            continue
        for cluster in clusters:
            level = next((m.level for m in cluster if m.level), None)
            ordinal = next((m.ordinal for m in cluster if m.ordinal), None)
            earlier = {w.lower() for w in mention.quote.text.split()} & {"previous", "last", "preceding", "earlier", "past"}
            if mention.level in (None, level) and (mention.ordinal in (None, ordinal) or (ordinal is None and not earlier)):
                cluster.append(mention)
                break
        else:
            clusters.append([mention])
    return clusters


def _leads(upcoming: list[_MeetingMention], held: list[_MeetingMention], report: Report) -> bool:
    """Whether a meeting to come is what the report is of: named with its level and its number or day before any
    meeting held is named in the body, and not called the next one (a report of a meeting held names the next last)."""
    first = min((m for m in upcoming if m.level), key=lambda m: m.quote.start, default=None)
    if first is None or first.quote.start < report.text_start or set(first.quote.text.lower().split()) & lx.NEXT_WORDS:
        return False
    if first.ordinal is None and not find_dates(first.sentence.text, report.published):
        return False
    return all(first.quote.start < m.quote.start for m in held if m.quote.start >= report.text_start)


def _cluster_status(cluster: list[_MeetingMention]) -> str:
    statuses = {m.status for m in cluster}
    return next(s for s in ("cancelled", "postponed", "held", "planned") if s in statuses)


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


def _country_of_host_officials(meeting: MeetingFact, partner: str | None) -> None:
    """Reports name the guests' countries and take the host's own officials for granted:
    an official with no country stated is the host's (or the partner's) when that side has no one else."""
    for side in (meeting.host, partner):
        unplaced = [p for p in meeting.participants if not p.country]
        if side and unplaced and not any(p.country == side for p in meeting.participants):
            for person in unplaced:
                person.country = side
                person.confidence = min(person.confidence, GUESSED_COUNTRY)
            return


_ONLINE = re.compile("online|virtually|video conference|videoconference|video link|videolink")
# "the planned 6 November meeting", "scheduled for 6 November": a day still to come, whatever the report's other words.
_PLANNED_BEFORE = re.compile(r"\b(?:planned|scheduled|upcoming|forthcoming|next|set)(?:\s+(?:for|on))?\s+(?:the\s+)?$", re.I)


def _place_and_date(report: Report, meeting: MeetingFact, cluster: list[_MeetingMention], dateline: Span | None,
                    others: list[int]) -> None:
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
        lowered = sentence.text.lower()
        if _ONLINE.search(lowered):
            meeting.online = True
        if meeting.date is None:
            for date in find_dates(sentence.text, report.published):
                if date.date and sentence.start_char + date.start >= report.dateline_end and lo <= sentence.start_char + date.start < hi:
                    to_come = meeting.status != "held" or _PLANNED_BEFORE.search(sentence.text[: date.start])
                    meeting.date = still_to_come(date, report.published) if to_come else date.date
                    start = sentence.start_char + date.start
                    meeting.quotes.append(make_quote(report.text, start, start + len(date.text)))
                    break
        if meeting.city is None and meeting.host is None:
            for place in _places_after(report, sentence, lo, hi):
                if dateline is not None and place.start_char == dateline.start_char:
                    continue
                if report.is_city(place):
                    _held_in(report, meeting, place)
                    break
                if meeting.host is None:  # "in Samarkand, Uzbekistan": the country names the host where the city is not known
                    meeting.host = report.code(place)
        if meeting.city is None and meeting.host is None:
            _city_of_seat_or_visit(report, meeting, sentence, lo, hi)
        hosted = re.search(r"hosted by (?:the )?([A-Z][\w ]+)", sentence.text)
        if hosted and meeting.host is None:
            meeting.host = partner_code(report, hosted.group(1))


_SEAT = re.compile(r"\bat\s+the\s+(" + "|".join(re.escape(seat) for seat in sorted(lx.VENUES, key=len, reverse=True)) + r")\b", re.I)
_VISIT_TO = re.compile(r"\b(?:visit|trip|travel\w*|arriv\w*|came|went|flew|headed)\s+(?:to|in)\s+$", re.I)
_TO_TAKE_PART = re.compile(r"\s+(?:to|for)\s+(?:take part in|attend|participate in|join)\b", re.I)


def _city_of_seat_or_visit(report: Report, meeting: MeetingFact, sentence: Sentence, lo: int, hi: int) -> None:
    """'leaders received at the White House': a seat that names its city; 'travelled to Oslo to attend the
    summit': the city a leader travelled to for the meeting, told before it."""
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
            _held_in(report, meeting, place)
            return


_TAKING_PART_WORDS = frozenset("took brought gathered leaders heads ministers met".split())
_TAKING_PART_PREFIXES = ("represent", "attend", "particip", "delegation")
_TAKING_PART_PREFIX = re.compile("|".join(_TAKING_PART_PREFIXES))
_TAKING_PART = re.compile(r"represent|attend|particip|took part|brought together|gathered|delegation|leaders of|heads of|ministers of|\bmet\b")


def _countries_taking_part(report: Report, main: MeetingFact, partner: str | None) -> list[str]:
    countries = [p.country for p in main.participants if p.country]
    lowered = report.lowered
    # The patterns of the five together need "central" and "asian", or "c5": a test of a tenth of their cost first.
    may_say_five = "c5" in lowered or "central" in lowered and "asian" in lowered
    central_asia_together = may_say_five and re.search(
        r"\b(five|5|all)\s+central\s+asian\b|\bcentral\s+asian\s+(countries|nations|states|leaders|counterparts|presidents|republics|partners)\b|\bc5\b",
        lowered,
    )
    named = {report.code(e) for e in report.ents if e.label_ in (COUNTRY, DEMONYM)}
    if partner:
        countries.append(partner)
    # A meeting of a "Central Asia + X" format brings the five together unless the report says otherwise; who
    # will come to one still to come (or put off) is not known until the report names them.
    if main.status != "held":  # ... or says they all will: "the five Central Asian leaders", "the C5"
        five = list(CENTRAL_ASIA) if may_say_five and re.search(r"\b(five|5|all)\s+central\s+asian\b|\bc5\b", lowered) else []
        return list(dict.fromkeys(c for c in countries + [main.host] + five if c))
    if central_asia_together or len(named & set(CENTRAL_ASIA)) >= 3 or partner:
        countries += list(CENTRAL_ASIA)
    for sentence in report.sentences:
        # The words first (a set's test), then the prefixes, only where the sentence holds one at all.
        if _TAKING_PART_WORDS.isdisjoint(sentence.words) and not (
                _TAKING_PART_PREFIX.search(sentence.text.lower()) and any(w.startswith(_TAKING_PART_PREFIXES) for w in sentence.words)):
            continue
        if _TAKING_PART.search(sentence.text.lower()):
            countries += [report.code(e) for e in report.ents_in(sentence, COUNTRY) if report.code(e) and not report.is_city(e)]
    ordered = []
    for code in countries:
        if code and code not in ordered:
            ordered.append(code)
    return ordered


def find_next_meeting(report: Report, upcoming: list[_MeetingMention]) -> NextMeetingFact | None:
    """The meeting to come after those told of: one called next, upcoming or forthcoming first; its place
    only where the sentence gives a venue ("in Dushanbe", "the capital of"), never a country named for
    another reason (a speaker's, the partner's in the format's name)."""
    called_next = [m for m in upcoming if set(m.quote.text.lower().split()) & lx.NEXT_WORDS]
    told = [(m, *_venue_and_season(report, m)) for m in called_next + [m for m in upcoming if m not in called_next]]
    for mention, where, season in told:
        if mention not in called_next and where is None and mention.ordinal is None and season is None:
            continue  # a meeting to come that the report tells nothing of
        quotes = [_told(report, mention, where)]
        ordinal = mention.ordinal
        # "the summit to come ... a second summit, to be held in Bergen": one meeting told twice
        for other, other_where, _ in told:
            if other is mention or other.level not in (None, mention.level) or None not in (ordinal, other.ordinal) and other.ordinal != ordinal:
                continue
            if ordinal is None and other.ordinal is not None or where is None and other_where is not None:
                ordinal, where = ordinal or other.ordinal, where or other_where
                quotes.append(_told(report, other, other_where))
        return NextMeetingFact(
            ordinal=ordinal,
            where=(report.city_name(where) if where.label_ == CITY else report.country_name(report.code(where)) or where.text) if where else None,
            where_country=report.code(where) if where else None,
            level=mention.level,
            when=season.group(0) if season else None,
            quotes=quotes,
        )
    return None


def _told(report: Report, mention: _MeetingMention, where: Span | None):
    """The words that tell of a meeting to come, through its venue when one is named after them."""
    return make_quote(report.text, mention.quote.start, max(where.end_char if where else 0, mention.quote.end))


def _venue_and_season(report: Report, mention: _MeetingMention) -> tuple[Span | None, re.Match | None]:
    sentence, token_char = mention.sentence, report.doc[mention.token].idx
    places = [e for e in _places_after(report, sentence, token_char) if not _FORMAT_BEFORE.search(report.text[max(0, e.start_char - 25) : e.start_char])]
    season = re.search(r"\b(spring|summer|autumn|fall|winter)\b(?:\s+of)?(?:\s+(\d{4}))?|\b(?:in|by)\s+(\d{4})\b",
                       report.text[token_char : sentence.end_char])
    return (places[0] if places else None), season
