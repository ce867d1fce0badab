"""People a report names who took no part in its meeting.

A report of a summit also names the host's bilateral guests ("the host also saw the Azerbaijani
president alone"), the other side of a call or a visit ("planning a phone call with Prime Minister X", "will call on
Prime Minister Y", "is to sign agreements with President Z"), people whose words or deeds it recalls from elsewhere ("Last month, X said ..."), and
people who are only the owner of something ("respond to President Z's offer"). A person is a participant
when at least one mention of them says nothing of the kind; one whom every mention sets aside is not.

A report of a meeting still to come names those who prepare it, invite to it or propose it beside those who will
attend: there a person takes part only when a mention says so ("X will attend", "chaired by X").
"""

from __future__ import annotations

import re

from dialogue.ingest.facts import PersonFact
from dialogue.ingest.report import Report
from dialogue.ingest.rules.meeting_mentions import find_meeting_mentions

# The other side of talks, a call or a visit, just before the name: "met (separately) with", "talks with",
# "a phone call with" (a list may follow), or "met", "received", "called on", "welcomed at the airport by", "his
# predecessor" right before a title and name.
_OBJECT_OF = re.compile(
    r"\b(?i:meet|met|meets|meeting|meetings|talks|negotiations|conversation|call|consultations|discussions|audience|agreements|deals|accords)"
    r"(?:\s+[\w-]+){0,3}?\s+with\s+(?P<between>[^;:.]{0,150})$"
    r"|\b(?i:meet|met|meets|received|receives|call(?:ed|s|ing)?\s+on|pa(?:y|ys|id|ying)\s+(?:a\s+)?(?:joint\s+)?(?:courtesy\s+)?(?:call\s+on|visit\s+to)|(?:greeted|seen\s+off)\s+by"
    r"|airport\s+by|predecessor,?|successor,?|succeeded|late)\s+"
    r"(?:(?:the|his|her|visiting)\s+)?(?:(?:[A-Z][\w’'.-]*|of|the|for)\s+){0,8}$")
# Between the trigger and the name: a group met ("with the leaders of ..., including X") or a new clause
# ("with Y, where X ...") leaves the name to its own sentence.
_NOT_THE_OBJECT = re.compile(r"\b(?:leaders|heads|ministers|counterparts|presidents|delegations|colleagues|participants|who|which|where|while|"
                             r"whom|and\s+(?:he|she|they|then)(?!\s+with)|attended|attending|hosted|chaired|co-chaired)\b", re.I)
# "to President Z's offer", "during Prime Minister Y's visit": a name that only says whose something is.
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|during|on|of|at|for|about|from|with|after|before|by|under|into|over|against|During|After|Before)\s+"
                                 r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,6}$")
# A sentence telling of another time: "Last month, ...", "last January", "a few months after ...", "earlier this year".
_ANOTHER_TIME = re.compile(r"\b(?:last\s+(?:week|month|year|time|spring|summer|autumn|fall|winter|"
                           r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December))|"
                           r"earlier\s+this\s+(?:week|month|year)|previously|in\s+the\s+past|"
                           r"the\s+(?:previous|preceding|last)\s+(?:(?:two|three|four|few)\s+)?(?:summits?|meetings?|sessions?|rounds?)|"
                           r"(?:days|weeks|months|years)\s+(?:ago|after|before)|back\s+in)\b", re.I)
# "In June 2023, ...": a sentence that opens on a year before the report's.
_YEAR_BEFORE = re.compile(r"^(?:[A-Z][a-z]+\s+)?[Ii]n\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b")
# Talks "on the sidelines" or called bilateral are held at the meeting: their other side was there.
_AT_THE_MEETING = re.compile(r"\b(?:bilateral|sidelines|margins)\b", re.I)

# The words (lower-cased) each pattern cannot match without: one of them stands in every match.
_OBJECT_WORDS = ("with", "meet", "met", "receive", "call", "visit", "by", "predecessor", "successor", "succeeded", "late")
_TIME_WORDS = ("last", "earlier", "previous", "past", "preceding", "ago", "after", "before", "back")


def _may_hold(report: Report, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether the text between start and end may hold one of the words, a test far cheaper than the pattern's search
    (where lower-casing cannot tell, see Report.blind, it may)."""
    blind = report.blind
    if blind is None:
        return True
    for word in words:  # a loop, not any() over a generator: called for every mention, at a third of the cost
        if blind.find(word, start, end) != -1:
            return True
    return False


def set_aside_bystanders(report: Report, people: list[PersonFact]) -> None:
    """Marks as no participant each person whom every mention in the report sets aside, and in a report of a meeting
    still to come each one no mention says will take part."""
    to_come = None
    for person in people:
        if not person.participant:
            continue
        mentions = _mentions(report, person)
        aside = [m for m in mentions if _sets_aside(report, m)]
        if aside and all(m in aside or _of_those_talks(report, m, aside) for m in mentions):
            person.participant = False
            continue
        if to_come is None:
            to_come = _only_to_come(report)
        if to_come and mentions and not said_to_attend(report, person):
            person.participant = False


def said_to_attend(report: Report, person: PersonFact) -> bool:
    """Whether a mention of the person says they will take part in a meeting ("X will attend", "chaired by X")."""
    return any(_says_attending(report, m) for m in _mentions(report, person))


def _mentions(report: Report, person: PersonFact) -> list[re.Match]:
    words = [w for w in person.name.split() if len(w) >= 2 and w[0].isupper()]
    if person.known:
        words += [w for spelling in person.known.spellings for w in spelling.split() if len(w) >= 3 and w[0].isupper()]
    return [m for w in set(words) for m in _standing_alone(report.text, w)]


# A sentence that goes on about talks the one before told of: "During the talks, X praised ...".
_THOSE_TALKS = re.compile(r"\s*(?:During|In\s+the\s+course\s+of|At)\s+(?:the|these|those)\s+(?:talks|meeting|conversation|negotiations)\b")


def _of_those_talks(report: Report, mention: re.Match, aside: list[re.Match]) -> bool:
    """The mention opens on talks the sentence before set the person aside from ("X met with Y in Oslo. During the
    talks, Y said ..."): it tells of those talks, not of the meeting."""
    sentence = report.sentence_of(mention.start())
    if sentence.start_char == 0 or not _THOSE_TALKS.match(sentence.text):
        return False
    before = report.sentence_of(sentence.start_char - 1)
    while not before.text.strip() and before.start_char > 0:
        before = report.sentence_of(before.start_char - 1)  # a blank line between paragraphs
    return any(before.start_char <= m.start() < before.end_char for m in aside)


def _only_to_come(report: Report) -> bool:
    """The report tells of meetings still to come and of none held, postponed or cancelled."""
    mentions = report.once(find_meeting_mentions)
    return bool(mentions) and all(m.status == "planned" for m in mentions)


# Taking part in the meeting to come, said after the name ("X will attend", "X, the minister, is to chair", "X's
# participation") or before it ("will be attended by ... X", "First to arrive was X").
_ATTENDS_AFTER = re.compile(
    r"[^.;!?]{0,100}?\b(?:(?:will|would|shall|is\s+to|are\s+to|was\s+to|(?:is\s+|are\s+)?(?:expected|set|due|scheduled|going|planning|plans?)\s+to)"
    r"\s+(?:also\s+|personally\s+|then\s+)?(?:attend|participate|take\s+part|chair|co-chair|preside|host|hold|lead|head|visit|travel|fly|arrive|"
    r"welcome|deliver|address|join|represent|meet)\b"
    r"|(?:attends|attended|participates|participated|takes\s+part|took\s+part|arrives|arrived|landed|chairs|chaired|co-chaired)\b"
    r"|['’]s\s+(?:participation|attendance|arrival)\b)", re.I)
_ATTENDS_BEFORE = re.compile(
    r"(?:\b(?:attended|chaired|co-chaired|hosted|led|headed|joined)\s+by\b[^.;!?]{0,400}"
    r"|\b(?:participation|attendance|arrival|chairmanship)\s+of\s+(?:[\w-]+\s+){0,8}"
    r"|\bto\s+(?:arrive|land)\s+(?:was|were|will\s+be)\s+(?:[\w-]+\s+){0,8})$", re.I)


def _says_attending(report: Report, mention: re.Match) -> bool:
    sentence = report.sentence_of(mention.start())
    return bool(_ATTENDS_AFTER.match(report.text, mention.end(), sentence.end_char)
                or _ATTENDS_BEFORE.search(report.text[sentence.start_char : mention.start()]))


def _standing_alone(text: str, word: str) -> list[re.Match]:
    """Where a word of the name stands alone: not inside "Trump-Xi" or "Xi'an". The pattern is tried only where
    str.find finds the word (as finditer would, from a match's end): its look-behind would have re try every
    character of the report, a tenth of a report's extraction time."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-]|['’](?!s\b))")
    found, at = [], text.find(word)
    while at != -1:
        match = pattern.match(text, at)
        if match:
            found.append(match)
        at = text.find(word, match.end() if match else at + 1)
    return found


def _sets_aside(report: Report, mention: re.Match) -> bool:
    sentence = report.sentence_of(mention.start())
    before = report.text[sentence.start_char : mention.start()]
    after = re.match(r"(?:[\s-]+[A-Z][\w.-]*)*(['’]s\b)?", report.text[mention.end() : mention.end() + 60])
    if _another_time(report, sentence.text, before, sentence.start_char):
        return True
    if after.group(1) and _PREPOSITION_BEFORE.search(before):
        return True
    obj = _OBJECT_OF.search(before) if _may_hold(report, sentence.start_char, mention.start(), _OBJECT_WORDS) else None
    return bool(obj) and not _NOT_THE_OBJECT.search(obj.group("between") or "") and not _AT_THE_MEETING.search(sentence.text)


def _another_time(report: Report, text: str, before: str, start: int) -> bool:
    """The sentence tells of another time before the name: "Last month, X said", "months after they met Y"."""
    if _may_hold(report, start, start + len(before), _TIME_WORDS) and _ANOTHER_TIME.search(before):
        return True
    year = _YEAR_BEFORE.search(text)
    return bool(year and report.published and int(year.group(1)) < report.published.year)
