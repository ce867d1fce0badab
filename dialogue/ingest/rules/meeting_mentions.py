"""Where a report names a meeting: the words that name it, its level and ordinal, and whether it is still to come."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from spacy.strings import hash_string

from dialogue.ingest import lexicon as lx
from dialogue.ingest.facts import MINISTERIAL, OTHER, SENIOR_OFFICIALS, SUMMIT, Quote
from dialogue.ingest.parse_numbers import ORDINAL_RE, ORDINAL_WORDS, ordinal_value
from dialogue.ingest.report import Report, Sentence, make_quote
from dialogue.ingest.rules.meeting_talks import REGION, not_the_talks, talks_with_one, talks_with_one_or_two


@dataclass
class MeetingMention:
    token: int
    level: str | None
    ordinal: int | None
    upcoming: bool | None  # None until the words around it, or the mention before it, tell (see _timed)
    quote: Quote
    sentence: Sentence
    indefinite: bool = False  # "a meeting", "another summit"

    @cached_property
    def status(self) -> str:
        """Held, or planned, postponed or cancelled as the sentence that names the meeting says."""
        text = self.sentence.text
        lowered, blind = text.lower(), "ſ" not in text  # the one letter these patterns take for an ASCII one ("s") that lower() keeps
        if (not blind or any(word in lowered for word in _CANCELLED_WORDS)) and _CANCELLED.search(text):
            return "cancelled"
        if (not blind or any(word in lowered for word in _POSTPONED_WORDS)) and _POSTPONED.search(text):
            return "postponed"
        return "planned" if self.upcoming else "held"


_HEADS_OF_STATE = re.compile(r"\bheads of (?:state|government)\b")
_FOREIGN_CHIEFS = re.compile(r"\bheads of (?:the )?foreign\b|\bforeign (?:affairs )?(?:agencies|ministries|chiefs)\b")


def level_of(words: list[str]) -> str | None:
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
# A verb of saying ends one too: "the minister said that the coming session" names no ministerial meeting.
_BOUNDARIES = frozenset(hash_string(w) for w in (",", ";", ":", "(", ")", ".", "after", "before", "during", "at", "on", "for", "and", "or", "but",
                                                 "that", "said", "says", "noted", "stated", "stressed", "added", "told",
                                                 # "deputy minister X participated in the meeting": who came, not the level
                                                 "participated", "participate", "participates"))


def _window(report: Report, start: int, end: int) -> list:
    """Tokens from start to end, cut at the last clause boundary before end (found in the token arrays, so that
    only the tokens kept are built)."""
    lowers = report.token_lowers
    k = end - 1
    while k >= start:
        if lowers[k] in _BOUNDARIES:
            if lowers[k] == _CLOSING and k - 2 >= start and lowers[k - 2] == _OPENING and report.doc[k - 1].text.isupper():
                k -= 3  # "the second Nordic Council (NCM)–Central Asia summit": an abbreviation in brackets ends no clause
                continue
            if lowers[k] == _OPENING and k + 1 < end and _ABBREVIATION_CLOSED.match(report.doc[k + 1].text):
                k -= 1  # the same, "(" and "NCM)–Central" as the tokenizer splits them
                continue
            return list(report.doc[k + 1 : end])
        k -= 1
    return list(report.doc[start:end])


def _after_another_meeting(before: list) -> list:
    """'The summit grew out of the 3rd meeting', 'set the summit date after the third meeting of ministers':
    the words before a meeting's noun stop at another meeting's noun a word or more before it (whose level is its own);
    not at one it is compounded with ("the Summit meeting", "a summit-level meeting")."""
    for k in range(len(before) - 2, -1, -1):
        following = before[k + 1].lower_
        if before[k].lower_ in lx.MEETING_NOUNS and following not in ("-", "–", "level") and not following.startswith("level"):
            return before[k + 1 :]
    return before


# "Deputy Minister X, Minister Y and Ambassador Z participate in the 17th forum": who took part, of several posts, gives
# the meeting no level
_TOOK_PART_IN = re.compile(r"\b(?:participat(?:e|es|ed|ing)|t(?:ake|akes|ook|aking)\s+part|attend(?:s|ed|ing)?)\s+(?:in|at|the)\b", re.I)
_MEETING_NOT_FORMAT = re.compile(r"\b(?:summit|meeting|session|conference|gathering|ministerial)\b", re.I)  # not "Dialogue", "Forum": a format's name


def _after_the_last_meeting(prefix: str) -> str:
    """'The summit was set up when foreign ministers met': the words of a sentence before a meeting, from after the
    last other meeting named in them (the summit's level is its own)."""
    last = None
    for last in _MEETING_NOT_FORMAT.finditer(prefix):
        pass
    return prefix[last.end() :] if last and prefix[last.end() :].strip(" -–—'’s") else prefix


_OPENING, _CLOSING = hash_string("("), hash_string(")")
_ABBREVIATION_CLOSED = re.compile(r"[A-Z]{2,}\)")


MEETING_WORD = re.compile(r"\b(?:summit|meeting|session|conference|consultations|forum|dialogue|gathering|ministerial|edition)\b", re.I)
# "the first was held in Bergen": an ordinal standing for the meeting a sentence before named.
ELLIPTIC = re.compile(r"\b(?:the|its)\s+(" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r"|\d{1,3}(?:st|nd|rd|th))"
                       r"(?:\s+one)?\s*,?\s+(?:was held|took place|was convened|was hosted|met)\b", re.I)
_ELLIPTIC_VERBS = ("held", "took place", "convened", "hosted", "met")  # ELLIPTIC's last words
# "the 5th meeting of the fisheries commission": another body's meeting, whatever its ordinal.
_OTHER_BODY_HEADS = {"committee", "commission", "council", "parliament", "assembly", "board", "bank", "cabinet", "chamber",
                     "senate", "government", "organization", "organisation", "group"}


_MEETING_VERB = re.compile(r"\b(?:met|convened|gathered|held talks)\b", re.I)
_OTHER_BODY = re.compile(r"\b(?:UN|United Nations|General Assembly|Security Council|SCO|CIS|OSCE|CICA|BRICS|G20|ASEAN|Parliament)\b")
_FORMAT_FORUM = re.compile(r"Central Asia\s*(?:\+|plus|–|—|-|and)\s*[\w ]{0,30}?(?:Cooperation\s+)?$|"
                           r"[\w-]+\s*(?:\+|–|—|-)\s*Central Asia\s+(?:Cooperation\s+)?$")
# "the 17th Forum of Cooperation “Central Asia – Norway”": the format's name in quotes after the noun
_FORMAT_AFTER = re.compile(r"\s+(?:of\s+[Cc]ooperation\s+)?[“\"«]\s*(?:the\s+)?(?:Central Asia\s*(?:\+|plus|–|—|-)|[\w ]{2,30}?\s*(?:\+|–|—|-)\s*Central Asia)")
_POSTPONED = re.compile(r"\b(?:postpon\w*|put off|delayed|reschedul\w*|deferred)\b", re.I)
_CANCELLED = re.compile(r"\b(?:cancel\w*|called off|scrapped|abandoned)\b", re.I)
# Their words, looked for in the lower-cased sentence first (most sentences hold none).
_POSTPONED_WORDS = ("postpon", "put off", "delayed", "reschedul", "deferred")
_CANCELLED_WORDS = ("cancel", "called off", "scrapped", "abandoned")


def find_meeting_mentions(report: Report) -> list[MeetingMention]:
    mentions = _not_a_first_of_kind(report, _not_listed(report, _meeting_mentions(report, MEETING_WORD)))
    # "Foreign ministers of the format met in Berlin": with no meeting named, the verb stands for it.
    if not mentions:
        return _meeting_mentions(report, _MEETING_VERB)[:1]
    # "The ministers last met in 2019 in Dushanbe": beside the meeting named, an earlier one the verb tells of.
    last_met = [m for m in _meeting_mentions(report, _MEETING_VERB)
                if m.token > 0 and report.doc[m.token - 1].lower_ in ("last", "previously") and not m.upcoming] \
        if _says_last_met(report.lowered) else []
    return mentions + _elliptic_mentions(report) + last_met + _met_for_the_nth_time(report)


# "... when foreign ministers from the six countries met for the third time": the verb and its number name a meeting
_NTH_TIME = re.compile(r"\s+for\s+the\s+(" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th))\s+time\b"
                       r"(?!\s+(?:since|in\s+(?:\d|years|decades)))", re.I)


def _met_for_the_nth_time(report: Report) -> list[MeetingMention]:
    """Meetings told by "met (convened, gathered) for the Nth time", the number theirs; looked for only where the report
    says "time" after "for the"."""
    if " time" not in report.lowered or "for the " not in report.lowered:
        return []
    found = []
    for mention in _meeting_mentions(report, _MEETING_VERB):
        token = report.doc[mention.token]
        nth = _NTH_TIME.match(report.text, token.idx + len(token))
        if nth and mention.ordinal is None and not mention.upcoming:
            mention.ordinal = ordinal_value(nth.group(1))
            found.append(mention)
    return found


_LAST_MET = re.compile(r"\b(?:last|previously) (?:met|convened|gathered)\b")


def _says_last_met(lowered: str) -> bool:
    """_LAST_MET's search, tried only where one of its first words stands: its search of the whole text tries every
    character, and cost a twentieth of a report's extraction."""
    for word in ("last ", "previously "):
        at = lowered.find(word)
        while at != -1:
            if _LAST_MET.match(lowered, at):
                return True
            at = lowered.find(word, at + 1)
    return False


# "the second summit is the first held in person ..., and the first multilateral meeting in the city this year"
_IS_THE_FIRST = re.compile(r"\b(?:is|was|marks|marked|became|will\s+be)\s+(?:also\s+)?the\s+first\b", re.I)


def _not_a_first_of_kind(report: Report, mentions: list[MeetingMention]) -> list[MeetingMention]:
    """A 'first' meeting a sentence says another meeting it names before is ("X is the first offline meeting since ..."):
    what that meeting is the first of, not a first meeting of the series."""
    kept = []
    for mention in mentions:
        before = [m for m in mentions if m.sentence.start_char == mention.sentence.start_char and m.quote.end <= mention.quote.start and m.ordinal != 1]
        if mention.ordinal == 1 and before and _IS_THE_FIRST.search(report.text, before[0].quote.end, mention.quote.end):
            continue
        kept.append(mention)
    return kept


def _not_listed(report: Report, mentions: list[MeetingMention]) -> list[MeetingMention]:
    """'Its tiers are: 1. Summit; 2. Ministerial Meeting; 3. Working Groups' Meeting': meetings of three levels or more
    listed close together, with semicolons between, tell what meetings the
    format holds, not of one held."""
    listed = set()
    leveled = [m for m in mentions if m.level]
    for mention in leveled:
        near = [m for m in leveled if abs(m.quote.start - mention.quote.start) <= _LIST_SPAN]
        first, last = min(m.quote.start for m in near), max(m.quote.end for m in near)
        if len({m.level for m in near}) >= 3 and ";" in report.text[first:last]:
            listed.add(id(mention))
    return [m for m in mentions if id(m) not in listed]


_LIST_SPAN = 120


def elliptic_matches(report: Report) -> list[re.Match]:
    """ELLIPTIC's matches, tried only where "the" or "its" stands (its one word where a match may start, so its
    matches never overlap): a third of the time of its search of the whole text. Where lower-casing moves
    characters ("İ") or a letter matches "i" or "s" only case-blind ("ı", "ſ"), the whole text is searched."""
    text, lowered = report.text, report.lowered
    if report.blind is not None and all(report.blind.find(verb) == -1 for verb in _ELLIPTIC_VERBS):
        return []  # no match ends without one of its verbs (most reports)
    if len(lowered) != len(text) or "ı" in text or "ſ" in text:
        return list(ELLIPTIC.finditer(text))
    starts = []
    for word in ("the", "its"):
        at = lowered.find(word)
        while at != -1:
            starts.append(at)
            at = lowered.find(word, at + len(word))
    return [match for match in (ELLIPTIC.match(text, start) for start in sorted(starts)) if match]


def _elliptic_mentions(report: Report) -> list[MeetingMention]:
    mentions = []
    for match in elliptic_matches(report):
        index = bisect_right(report.token_starts, match.start(1)) - 1
        token = report.doc[index]
        sentence = report.sentence_of_token(token.i)
        mentions.append(MeetingMention(
            token=token.i, level=None, ordinal=ordinal_value(match.group(1)), upcoming=False,
            quote=make_quote(report.text, match.start(), match.end()), sentence=sentence,
        ))
    return mentions


# The words a mention can start with: the pattern is tried only where a token is one of them (a tenth of the time
# of running it over the whole text), and it matches only at a token's start.
_MENTION_HEADS = frozenset(hash_string(w) for w in lx.MEETING_NOUNS | {"ministerial", "met", "convened", "gathered", "held"})

# Words that end what follows a meeting's noun as its name: "the gathering that took place alongside the UN
# General Assembly".
_AFTER_ENDS = frozenset({"on", "in", "at", "was", "were", "will", "to", "that", "which", "during", "where", "when"})


def bare_words(text: str) -> list[str]:
    return [w.strip(",.;:()'’\"") for w in text.split()]


def _meeting_mentions(report: Report, pattern: re.Pattern) -> list[MeetingMention]:
    doc, mentions, text, token_starts = report.doc, [], report.text, report.token_starts
    talks: list[int] = []  # where two sides' talks or another body's meeting are named ("a meeting with President X")
    body = bisect_left(token_starts, report.text_start)  # a capture mark (" date 2022-12-25 ") names no meeting
    for index in [i for i, lower in enumerate(report.token_lowers) if lower in _MENTION_HEADS]:
        if not pattern.match(text, token_starts[index]):
            continue
        token = doc[index]
        noun = token.lower_
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        by_verb = noun in ("met", "convened", "gathered", "held")
        if noun == "ministerial" and ("level" in [t.lower_ for t in doc[token.i + 1 : token.i + 5]]
                                      or _AND_LEVEL.match(text, token.idx + len(token))):
            continue  # "a ministerial-level council", "talks at ministerial and leaders' level": a level, not a meeting
        if noun == "ministerial" and following not in lx.MEETING_NOUNS or by_verb:
            noun = "meeting"  # "the next ministerial", "at the Luxembourg ministerial", "ministers met"
        elif noun not in lx.MEETING_NOUNS or noun == "meetings":
            continue
        sentence = report.sentence_of_token(token.i)
        before = _after_another_meeting(_window(report, max(sentence.start, token.i - 12, body), token.i))
        another = bool(before) and before[0].i > sentence.start and doc[before[0].i - 1].lower_ in lx.MEETING_NOUNS
        before_words = [t.text for t in before]
        previous = doc[token.i - 1].lower_ if token.i > sentence.start else ""
        if previous in lx.NON_MEETING_BEFORE or noun == "meeting" and _PERSONAL.intersection(w.lower() for w in before_words[-3:]):
            continue  # "his second meeting with the president": one person's talks, not the format's meeting
        if noun in ("summit", "meeting") and talks_with_one_or_two(text, token.idx + len(token)):
            talks.append(token.i)  # "a summit meeting with Turkmen President X", "the meeting between President X and Y": two sides' talks
            continue
        if noun == "meeting" and (_WITH_THE_PUBLIC.match(text, token.idx + len(token))
                                  or by_verb and _TWO_SIDES_BEFORE.search(text, sentence.start_char, token.idx)
                                  or by_verb and talks_with_one(text, token.idx + len(token))):
            continue  # "met business circles", "the two leaders held talks", "held talks with President X": not the format's
        if previous == "of" and token.i >= 2 and doc[token.i - 2].lower_ in {"plan", "programme", "program", "schedule", "calendar", "format"}:
            continue  # "a plan of consultations" is a document, not a meeting
        before_text = doc[before[0].i : token.i].text if before else ""
        ordinal_match = ORDINAL_RE.search(_NTH_TIME_BEFORE.sub("", before_text.replace("-ever", "")))
        ordinal = ordinal_value(ordinal_match.group(0)) if ordinal_match else None
        if noun == "dialogue" and (following in lx.MEETING_NOUNS or ordinal is None and not _DIALOGUE_HELD.match(text, token.idx + len(token))
                                   and not _HOSTED_BEFORE.search(text, sentence.start_char, token.idx)):
            continue  # "the second Norway-Central Asia Dialogue Summit" is named by its last word; a dialogue with no
            # number is the format, unless the sentence says it was held ("the Norway-Central Asia Dialogue was held")
        named_after = noun in ("forum", "conference") and _FORMAT_AFTER.match(text, token.idx + len(token))
        if noun == "forum" and not _FORMAT_FORUM.search(report.text[max(sentence.start_char, token.idx - 60) : token.idx]) \
                and not {"investors", "investment"} & {w.lower() for w in before_words} and not named_after:
            # a forum is the format's when it bears its name ("the Norway-Central Asia Cooperation Forum") or gathers
            # investors; "a business forum" alone is a side event of a visit
            continue
        if noun == "conference" and not {"video", "ministerial"} & {w.lower() for w in before_words} and not named_after \
                and not _FORMAT_FORUM.search(report.text[max(sentence.start_char, token.idx - 60) : token.idx]):
            continue  # a conference is the format's when it bears its name ("the Norway–Central Asia Conference")
        if ordinal is None and (roman := _ROMAN_BEFORE.search(before_text)):
            ordinal = _ROMAN.index(roman.group(1)) + 1  # "the II Norway–Central Asia Conference"
        if ordinal is None and _FIRST_TIME_BEFORE.search(text, sentence.start_char, token.idx) \
                and _HELD_RIGHT_AFTER.match(text, token.idx + len(token)) and not _FIRST_THERE.search(text, token.idx, sentence.end_char):
            ordinal = 1  # "For the first time, the Norway–Central Asia summit was held in Oslo"
        after = []
        for t in doc[token.i + 1 : min(sentence.end, token.i + 9)]:
            if t.text in {",", ";", ".", "(", ")"} or t.lower_ in _AFTER_ENDS:
                break
            after.append(t.text)
        if _OTHER_BODY.search(" ".join(after)) or after[:1] == ["of"] and {w.lower() for w in after} & _OTHER_BODY_HEADS \
                or _OTHER_BODY.search(" ".join(before_words[-5:])) or after[:1] == ["of"] and _of_another_body(text, token.idx + len(token)):
            talks.append(token.i)  # "the 81st session of the UN General Assembly", "the UN General Assembly 80th Session": another body's
            continue
        if noun == "edition" and (ordinal is None or after[:1] == ["of"]):
            continue  # "the second edition" alone is the format's; "an edition of a forum" is not
        level = level_of(before_words + [token.text] + (after if after[:1] == ["of"] else []))
        if level is None and (ordinal is not None or by_verb or noun == "forum") \
                and not _TOOK_PART_IN.search(text, sentence.start_char, token.idx):  # "held talks with foreign ministers"
            # the sentence's words before the meeting first (its subject: "the senior officials convened for their
            # 16th meeting to prepare the summit"), then those after it
            level = level_of(bare_words(report.text[before[0].idx if before else token.idx : token.idx] if another else
                                        _after_the_last_meeting(report.text[sentence.start_char : token.idx]))) \
                or level_of(bare_words(report.text[token.idx + len(token) : sentence.end_char]))
            if level is None and ordinal is not None and _OF_THIS.match(text, token.idx + len(token)) and sentence.start > 0:
                # "Meetings at the foreign minister level take place under the Dialogue. The third meeting of this forum ...":
                # the level the sentence before gives the series
                level = level_of(bare_words(report.sentence_of_token(sentence.start - 1).text))
        start = before[0].idx if before else token.idx
        end_token = token.i + (len(after) if after[:1] == ["of"] else 0)
        end = doc[end_token].idx + len(doc[end_token])
        mentions.append(MeetingMention(
            token=token.i, level=level, ordinal=ordinal, upcoming=_is_upcoming(report, token, before_words),
            quote=make_quote(report.text, start, end), sentence=sentence, indefinite=_indefinite(before_words),
        ))
    return _timed(not_the_talks(mentions, talks))


_OF_THIS = re.compile(r"\s+of\s+this\s+(?:forum|dialogue|format|mechanism|platform|series)\b", re.I)

# "the 15th Summit of Heads of State of the Economic Cooperation Organisation": a body named by a long name after "of"
_OF_A_BODY = re.compile(r"\s+of\s+[^.;:()]{0,60}?\bthe\s+(?:[A-Z][\w'’-]*\s+){1,5}(?:Organi[sz]ation|Commission|Assembly|Parliament|Bank|Committee)\b")


def _of_another_body(text: str, at: int) -> bool:
    body = _OF_A_BODY.match(text, at)
    return body is not None and not REGION.search(body.group(0))


_PERSONAL = frozenset({"his", "her"})
# "held a meeting with business circles", "met with students": a meeting with the public, not with the format's members
_WITH_THE_PUBLIC = re.compile(r"(?:\s+(?:a|an)\s+meeting)?\s+with\s+(?:the\s+)?(?:representatives\s+of\s+(?:the\s+)?)?(?:business\s+(?:circles|communit\w+|people|leaders)"
                              r"|businessmen|entrepreneurs|students|compatriots|(?:the\s+)?diaspora|journalists|public|heads\s+of\s+(?:leading\s+)?companies)\b", re.I)
# "the two leaders held talks", "the two countries' presidents met": two sides' talks
_TWO_SIDES_BEFORE = re.compile(r"\b(?:the\s+)?two\s+(?:countries|nations|states|sides)?[’']?\s*(?:leaders|presidents|heads\s+of\s+state|sides|ministers)\s+$", re.I)

# "on both the ministerial and summit level", "at the ministerial and expert levels"
_AND_LEVEL = re.compile(r"\s+(?:and|or)\s+[\w'’ -]{0,30}?\blevels?\b", re.I)
# "For the first time at presidential level, the forum was convened": the first such meeting; not "for the first
# time since 2019" (one held again after a pause)
_FIRST_TIME_BEFORE = re.compile(r"\b[Ff]or the first time\b(?!\s+(?:since|in\s+\d))[^.;:]*$")
# "the summit met in Central Asia for the first time since it began": the first there, not the first meeting
_FIRST_THERE = re.compile(r"\bsince\b|\bin\s+(?:Central\s+Asia|the\s+region|Europe|Asia|Africa|the\s+Gulf)\b")
# "for the first time", "the second time": a time, not the meeting's number
_NTH_TIME_BEFORE = re.compile(r"\b(?:for\s+)?the\s+\w+\s+time\b", re.I)
_HELD_RIGHT_AFTER = re.compile(r"\s+(?:was|were)\s+(?:held|convened|hosted)\b|\s+took place\b")
_DIALOGUE_HELD = re.compile(r",?\s+(?:was|is|will be|being)\s+(?:held|convened|hosted)\s+(?:in|at|on)\b|\s+(?:took place|opened|convened)\s+(?:in|at|on)\b")
# "India hosted the India-Central Asia Dialogue": the format's name held as one meeting
_HOSTED_BEFORE = re.compile(r"\b(?:hosted|hosts|will host|chaired|convened)\s+the\s+(?:[\w'’–—-]+\s+){1,5}$")

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX")
# A Roman number right after "the", before a capitalised name: "the II Italy – Central Asia Conference" (not "I", the pronoun).
_ROMAN_BEFORE = re.compile(r"\b(?:the|The)\s+(" + "|".join(sorted(_ROMAN[1:], key=len, reverse=True)) + r")\s+[A-Z]")

_DETERMINERS = frozenset("a an another the this that its their these those".split())


def _indefinite(before_words: list[str]) -> bool:
    """Whether the determiner nearest before the meeting's noun is "a", "an" or "another"."""
    nearest = next((w.lower() for w in reversed(before_words) if w.lower() in _DETERMINERS), None)
    return nearest in ("a", "an", "another")


def _timed(mentions: list[MeetingMention]) -> list[MeetingMention]:
    """'The 6th meeting is due in Oslo ... Ahead of the meeting': a bare "the meeting" whose
    words tell nothing of its time is the meeting named before it. "A meeting" that tells nothing of its time, its
    level or its number is none the report tells of, where the report names another ("the summit ... prepare the
    ground for a fruitful meeting"); any other such mention is one held."""
    last, last_level, timed, vague = False, None, [], []
    of_level: dict[str, bool | None] = {}  # the time of the last mention of each level ("the upcoming summit ... the meeting ... the summit")
    for mention in mentions:
        if mention.upcoming is None:
            bare = mention.level is None and mention.ordinal is None
            if bare and mention.indefinite:
                vague.append(mention)
                continue
            # "... preparations for the first summit, set for 4 May. The summit aims to ...": the one named before, of its level
            again = mention.ordinal is None and not mention.indefinite and mention.level is not None and mention.level == last_level
            mention.upcoming = last if bare else of_level[mention.level] if again else False
        last, last_level = mention.upcoming, mention.level or last_level
        if mention.level:
            of_level[mention.level] = mention.upcoming
        timed.append(mention)
    for mention in vague:
        mention.upcoming = False
    return timed or vague


_FUTURE = re.compile(r"\b(?:will|shall|to be held|scheduled|upcoming|forthcoming|next (?:week|month|year)|is expected|are expected|"
                     r"is set to|are set to|has been confirmed|is planned|are planned|preparations? for|preparing for|to host)\b", re.I)
_PAST = re.compile(r"\b(?:was held|were held|took place|held on|convened|has been held|ended|concluded|opened|discussed|agreed|signed|"
                   r"adopted|met|attended|hosted|chaired|addressed|announced|said|noted|stressed)\b", re.I)

# "will be chaired by", "to be attended by": a past participle that tells of the future.
_FUTURE_PASSIVE = re.compile(r"\b(?:will|shall|would|to)(?: also| not| further| then)? be \w+", re.I)
# "Minister X announced the President's participation in the meeting": who is said to take part in it, still to come
_PARTICIPATION_ANNOUNCED = re.compile(r"\b(?:announced|confirmed)\s+(?:[\w’'-]+\s+){0,4}?(?:participation|attendance)\s+(?:in|at)\s+"
                                      r"(?:the\s+|this\s+)?(?:[\w’'-]+\s+){0,3}$"
                                      # "the minister announced the summit": a meeting announced is still to come
                                      r"|\b(?:announced|unveiled)\s+(?:the|a|an)\s+(?:(?!summit|meeting|forum|session)[\w’'–—-]+\s+){0,4}$", re.I)


_TO_BE_SET_UP = re.compile(r"(?:\s+(?:between|of|with)\s+[^;,\n]{0,60}?)?\s+(?:is\s+|are\s+)?(?:to|will)\s+be\s+(?:established|set\s+up|launched|created|instituted)\b", re.I)
_TO_BE_HELD = re.compile(r"\b(?:to|will|would|shall) be held\b")
# "was held", or the people "convened for their 16th meeting": held, whatever the sentence says of later plans.
HELD_BEFORE = ("was held", "took place", "convened for", "gathered for", "met for")
# The lexicon's markers, each found anywhere in the words (a pattern of them is one search, not one per marker).
_PAST_MARKER, _HELD_BEFORE, _FUTURE_AFTER, _FUTURE_BEFORE = (
    re.compile("|".join(re.escape(marker) for marker in markers))
    for markers in (lx.PAST_MARKERS, HELD_BEFORE, lx.FUTURE_AFTER, lx.FUTURE_BEFORE))

# "the planned 6 November meeting", "a proposed summit": words before the meeting that say it is still to come.
_TO_COME_BEFORE = frozenset({"planned", "scheduled", "proposed", "prospective", "future"})

# "she would join the summit", "will chair the 20th ministerial meeting", "should set the stage for a summit",
# "set stage for first summit" (a headline), "gearing up for their first summit", "preparing the first summit": who will (or would) come to it, or what prepares it, tells of a meeting still to come.
_WILL_ATTEND = re.compile(r"\b(?:(?:will|would|shall)\s+(?:participate in|take part in|attend|join|(?:co-?)?chair|host)|(?:pave|paving|paved|set|sets|setting)"
                          r"\s+(?:the\s+)?(?:way|stage)\s+for|gear(?:s|ing)?\s+up\s+for|prepar(?:e|es|ing)(?:\s+for)?"
                          # "Korea intends to convene a summit", "plans to host the meeting"
                          r"|(?:intends?|intending|plans?|planning|aims?|hopes?|seeks?|wants?)\s+to\s+(?:hold|convene|host|organi[sz]e|launch|stage|establish|set\s+up|create))"
                          r"\s+(?:the\s+|this\s+|a\s+|their\s+|its\s+)?"
                          r"(?:[\w'’–—-]+\s+){0,5}$")

# "the first summit with the leaders of the region later this month" (a headline with no verb): a time still to come.
_LATER_THIS = re.compile(r"\blater\s+(?:this|in\s+the)\s+(?:week|month|year|autumn|spring|summer|winter)\b")

# "Trump held a meeting with the leaders", "attended the gathering": a verb of the past right before the meeting.
_HELD_A = re.compile(r"\b(?:held|hosted|had|attended|chaired|joined|addressed)\s+(?:a|an|the|their|its)\s+(?:\w+\s+)?$")


def _is_upcoming(report: Report, token, before_words: list[str]) -> bool | None:
    """Whether the words around a mention tell of a meeting to come; None where they tell nothing of its time."""
    if {w.lower() for w in before_words} & (lx.NEXT_WORDS | _TO_COME_BEFORE):
        return True
    sentence = report.sentence_of_token(token.i)
    after_text = report.text[token.idx : min(sentence.end_char, token.idx + 90)].lower()
    before_text = report.text[max(sentence.start_char, token.idx - 60) : token.idx].lower()
    if _TO_BE_SET_UP.match(report.text, token.idx + len(token)):
        return True  # "A summit between Norway and Central Asia to be established"
    said_done = _TO_BE_HELD.sub("", after_text[:40])  # "to be held on 3 May" is still to come
    if _PAST_MARKER.search(said_done) or _HELD_BEFORE.search(before_text) or _HELD_A.search(before_text):
        return False
    if _FUTURE_AFTER.search(after_text) or _LATER_THIS.search(after_text) or _FUTURE_BEFORE.search(before_text) or _WILL_ATTEND.search(before_text) \
            or _PARTICIPATION_ANNOUNCED.search(before_text):
        return True
    # "the meeting, to which the ministers will come by video link": a meeting named in a sentence about the
    # future alone, near the verb that says so.
    near = report.text[max(sentence.start_char, token.idx - 40) : min(sentence.end_char, token.idx + 40)]
    text = sentence.text
    if _PAST.search(_FUTURE_PASSIVE.sub("", text) if " be " in text.lower() else text):  # the pattern's own words, looked for first
        return False
    return True if _FUTURE.search(near) else None

