"""People a report names who took no part in its meeting.

A report of a summit also names the host's bilateral guests ("the host also saw the Azerbaijani
president alone"), the other side of a call or a visit ("planning a phone call with Prime Minister X", "will call on
Prime Minister Y", "is to sign agreements with President Z"), people whose words or deeds it recalls from elsewhere ("Last month, X said ..."), and
people who are only the owner of something ("respond to President Z's offer"). A person is a participant
when at least one mention of them says nothing of the kind; one whom every mention sets aside is not.
"""

from __future__ import annotations

import re

from dialogue.ingest.facts import PersonFact
from dialogue.ingest.report import Report

# The other side of talks, a call or a visit, just before the name: "met (separately) with", "talks with",
# "a phone call with" (a list may follow), or "met", "received", "called on", "welcomed at the airport by", "his
# predecessor" right before a title and name.
_OBJECT_OF = re.compile(
    r"\b(?i:meet|met|meets|meeting|meetings|talks|negotiations|conversation|call|consultations|discussions|audience|agreements|deals|accords)"
    r"(?:\s+[\w-]+){0,3}?\s+with\s+(?P<between>[^;:.]{0,150})$"
    r"|\b(?i:meet|met|meets|received|receives|call(?:ed|s|ing)?\s+on|paid\s+(?:a\s+)?(?:courtesy\s+)?call\s+on|(?:greeted|seen\s+off)\s+by"
    r"|airport\s+by|predecessor,?|successor,?|succeeded|late)\s+"
    r"(?:(?:the|his|her|visiting)\s+)?(?:(?:[A-Z][\w’'.-]*|of|the|for)\s+){0,8}$")
# Between the trigger and the name: a group met ("with the leaders of ..., including X") or a new clause
# ("with Y, where X ...") leaves the name to its own sentence.
_NOT_THE_OBJECT = re.compile(r"\b(?:leaders|heads|ministers|counterparts|presidents|delegations|colleagues|participants|who|which|where|while|"
                             r"whom|and\s+(?:he|she|they|then)(?!\s+with)|attended|attending|hosted|chaired|co-chaired)\b", re.I)
# "to President Z's offer", "during Prime Minister Y's visit": a name that only says whose something is.
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|during|on|of|at|for|about|from|with|after|before|by|under|into|over|against|During|After|Before)\s+"
                                 r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,6}$")
# A sentence telling of another time: "Last month, ...", "a few months after ...", "earlier this year".
_ANOTHER_TIME = re.compile(r"\b(?:last\s+(?:week|month|year|time)|earlier\s+this\s+(?:week|month|year)|previously|in\s+the\s+past|"
                           r"the\s+(?:previous|preceding|last)\s+(?:(?:two|three|four|few)\s+)?(?:summits?|meetings?|sessions?|rounds?)|"
                           r"(?:days|weeks|months|years)\s+(?:ago|after|before)|back\s+in)\b", re.I)
# "In June 2023, ...": a sentence that opens on a year before the report's.
_YEAR_BEFORE = re.compile(r"^(?:[A-Z][a-z]+\s+)?[Ii]n\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b")
# Talks "on the sidelines" or called bilateral are held at the meeting: their other side was there.
_AT_THE_MEETING = re.compile(r"\b(?:bilateral|sidelines|margins)\b", re.I)

# The words (lower-cased) each pattern cannot match without: one of them stands in every match.
_OBJECT_WORDS = ("with", "meet", "met", "receive", "call", "by", "predecessor", "successor", "succeeded", "late")
_TIME_WORDS = ("last", "earlier", "previous", "past", "preceding", "ago", "after", "before", "back")


def _may_hold(report: Report, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether the text between start and end may hold one of the words, a test far cheaper than the pattern's search
    (where lower-casing cannot tell, see Report.blind, it may)."""
    blind = report.blind
    return blind is None or any(blind.find(word, start, end) != -1 for word in words)


def set_aside_bystanders(report: Report, people: list[PersonFact]) -> None:
    """Marks as no participant each person whom every mention in the report sets aside."""
    for person in people:
        if not person.participant:
            continue
        words = [w for w in person.name.split() if len(w) >= 2 and w[0].isupper()]
        if person.known:
            words += [w for spelling in person.known.spellings for w in spelling.split() if len(w) >= 3 and w[0].isupper()]
        mentions = [m for w in set(words) for m in _standing_alone(report.text, w)]
        if mentions and all(_sets_aside(report, m) for m in mentions):
            person.participant = False


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
