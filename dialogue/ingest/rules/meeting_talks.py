"""Two sides' talks told as a summit or a meeting ("a summit with President X", "the meeting between X and Y", a state
visit's "their summit"): not a meeting of the format."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dialogue.ingest.rules.meeting_mentions import MeetingMention

REGION = re.compile(r"\bCentral\s+Asia|\bC5\b|\bC\+C5\b")


# "the two leaders", "both presidents", "Yoon's state visit", "bilateral cooperation", "their nations' partnership",
# "warming relations between Uzbekistan and the USA"
_TWO_SIDES = re.compile(r"\b(?:the\s+two|both)\s+(?:leaders|presidents|heads\s+of\s+state|sides|countries|nations|states|ministers)\b"
                        r"|\bstate\s+visit\b|\bofficial\s+visit\b|\bbilateral\b|\btheir\s+(?:two\s+)?(?:nations|countries)['’]"
                        r"|\b(?:relations|ties)\s+between\s+(?!Central\b)(?-i:[A-Z][\w’'-]+)\s+and\s+(?:the\s+)?(?!Central\b)(?-i:[A-Z][\w’'-]+)\b(?!\s*,\s*(?:and\s+)?(?:the\s+)?(?-i:[A-Z])|\s+and\b)", re.I)
# "Presidents Berg and Abenov signed six deals at their meeting": two named as the subject of "their" talks
_TWO_NAMED_THEIR = re.compile(r"\b[A-Z][\w’'-]+\s+and\s+(?:[A-Z][\w’'-]+\s+){1,3}[^.;]{0,80}?\btheir\s+(?:summit|meeting|talks)\b")
# The region or the format named as a side: "Central Asia+Japan", "the five Central Asian states", "C5", "Central Asian leaders"
_THE_REGION = re.compile(r"Central\s+Asia\s*(?:\+|plus\b|–|—|-)|(?:\+|–|—|-)\s*Central\s+Asia|\bC5\b|\b(?:five|5|all)\s+(?:[\w-]+\s+){0,2}?Central\s+Asian\b"
                         r"|\bCentral\s+Asian\s+(?:leaders|presidents|heads|ministers|countries|states|nations|republics|counterparts)\b"
                         r"|\b(?:countries|states|nations|republics|leaders|heads)\s+of\s+Central\s+Asia\b"
                         # "on the sidelines of the summit, the two leaders": talks beside a meeting, which is another's
                         r"|\b(?:sidelines|margins?|eve|ahead)\s+of\b", re.I)


def two_sides_talks(cluster: list[MeetingMention]) -> bool:
    """'Presidents X and Y agreed ... during their summit. During the summit, the two leaders also ...': every sentence
    naming the meeting tells of two sides (the two leaders, a state visit, bilateral ties) and none names the region as a
    side, so the meeting is the visit's talks."""
    sentences = {m.sentence.start_char: m.sentence.text for m in cluster}.values()
    return all(_TWO_SIDES.search(text) or _TWO_NAMED_THEIR.search(text) for text in sentences) \
        and not any(_THE_REGION.search(text) for text in sentences)


# "with President X, President Y and ...": a list; not "with President X and attend a ceremony"
_ANOTHER_NAMED = re.compile(r"\s*(?:,\s*(?:and\s+)?(?:the\s+)?[A-Z]|(?:and|&)\s+(?:the\s+|other\s+|his\s+|her\s+)?[A-Z]"
                            r"|(?:and|&)\s+(?:the\s+|other\s+)?(?:\w+\s+){0,2}?(?:leaders|presidents|heads|ministers|counterparts)\b)")
_ANOTHER_AFTER = re.compile(r"\s*,|" + _ANOTHER_NAMED.pattern)
# "the meeting between Kazakh President X and Y": two sides named by capitalised words alone, and nothing more listed
_BETWEEN_TWO = re.compile(r"\s+between\s+((?:[A-Z][\w’'.-]*\s+){1,4}and\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}+)(?!\s*(?:,|and\b|&|\+|plus\b|[-–—]))")


def _between_two(text: str, at: int) -> bool:
    """Whether the words after a meeting's noun name it as one between two sides, neither of them the region."""
    two = _BETWEEN_TWO.match(text, at)
    return two is not None and not REGION.search(two.group(1))


# "he held talks with President X": talks with one leader named by post and name
_TALKS_WITH_ONE = re.compile(r"\s+(?:bilateral\s+)?talks\s+with\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){0,2}?(?:President|Prime\s+Minister|Chancellor|Emir|King)"
                             r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+)?(?:\s+[A-Z][\w'’-]+){1,3}")
# "... meeting with (the) Turkmen President Serdar X": a meeting with one leader named by post and name.
_WITH_ONE_LEADER = re.compile(r"(?:\s+meeting)?\s+with\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){0,2}?(?:President|Prime\s+Minister|Chancellor|Emir|King)"
                              r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+)?(?:\s+[A-Z][\w'’-]+){1,3}")  # "with President of Tajikistan X"


def talks_with_one_or_two(text: str, at: int) -> bool:
    """'a summit meeting with Turkmen President X' (and no one else listed), 'the meeting between President X and Y': the
    words after a meeting's noun name two sides' talks."""
    one = _WITH_ONE_LEADER.match(text, at)
    return one is not None and not _ANOTHER_AFTER.match(text, one.end()) or _between_two(text, at)


def talks_with_one(text: str, at: int) -> bool:
    """'(he) held talks with President X': talks with one leader named by post and name, no one else listed."""
    one = _TALKS_WITH_ONE.match(text, at)
    return one is not None and not _ANOTHER_NAMED.match(text, one.end())


def not_the_talks(mentions: list[MeetingMention], talks: list[int]) -> list[MeetingMention]:
    """'X said at a meeting with President Y ... As part of the meeting, documents were signed': a bare "the meeting"
    right after two sides' talks are named (no meeting of the format named between) is those talks."""
    if not talks:
        return mentions
    kept: list[MeetingMention] = []
    for mention in mentions:
        bare = mention.level is None and mention.ordinal is None and not mention.indefinite
        last_talks = max((t for t in talks if t < mention.token), default=-1)
        if bare and last_talks >= 0 and all(m.token < last_talks for m in kept):
            continue
        kept.append(mention)
    return kept
