"""Which countries take part in a meeting: the sides a report names, not the countries its talks were about."""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogue.ingest.facts import MeetingFact
from dialogue.ingest.gazetteer import CENTRAL_ASIA
from dialogue.ingest.nlp import COUNTRY, DEMONYM
from dialogue.ingest.report import Report, Sentence
from dialogue.ingest.rules.meeting_mentions import MeetingMention

LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?")

# "the five republics, which are all courted by Russia and China": what a clause says of those named, not a side.
_SAID_OF_THEM = re.compile(r"\b(?:which|whose)\b(?!\s+(?:includes?|included|comprises?|consists?))[^,;()–—]*$")


# A third country is a side when named as one: "attended by ...", "the leaders of ...", "... took part", "... as a guest".
# "representatives of the EU, the South Caucasus states, Turkey": a list of names after the words.
_SIDE_BEFORE = re.compile(r"\b(?i:(?:attended|joined|represented)\s+by|(?:leaders?|ministers?|heads?|presidents?|delegations?|representatives?|envoys?|"
                          r"officials|emperor|king|emir|government|parliament)\s+of)\s+"
                          r"(?:(?:[A-Z][\w'’-]*|and|the|of|five|six|all|other|member|states|countries|nations|republics),?\s+){0,10}$"
                          r"|Central\s+Asia\s*[-–—+]\s*$|Central\s+Asia\s+(?:plus|and)\s+(?:the\s+)?$")  # the format's own partner
_SIDE_AFTER = re.compile(r"(?:['’]s\s+(?:(?:deputy|foreign|prime|vice|first)\s+)?(?:president|minister|leader|envoy|delegation)\s+)?"  # "Azerbaijan's president"
                         r"\s*(?:(?:also|too)\s+)?(?:took\s+part|participated|attended|joined|was\s+represented|were\s+represented|sent)\b"
                         r"|\s*,?\s*as\s+(?:a\s+|an\s+)?(?:guest|observer|full\s+member|member|partner)", re.I)


_ENVOY_OF = re.compile(r"\bspecial\s+(?:representative|envoy)\s+(?:of|from)\s+(?:the\s+)?$", re.I)
_HOSTS_AFTER = re.compile(r"\s+(?:will\s+|is\s+to\s+|(?:has\s+)?also\s+)?(?:host|hosts|hosted|welcomed|welcomes|welcome)\b")
_AFTER_WHEN = re.compile(r"\b(?:after|since|before|when|while|as|like|unlike|where)\s+(?:the\s+)?$", re.I)


def as_a_side(report: Report, sentence: Sentence, ents: list, index: int, partner: str | None) -> bool:
    """'Kazakhstan, Uzbekistan and Azerbaijan', 'attended by Azerbaijan', 'Azerbaijan took part': a third country named
    as a side of the meeting; not one the talks were about ('ties with Russia and China', 'peace between X and Y')."""
    ent = ents[index]
    before = report.text[max(sentence.start_char, ent.start_char - 120) : ent.start_char]
    if _ENVOY_OF.search(before):
        return False  # "attended by the Special Representative of the EU for Central Asia": a guest, not a side
    if _SIDE_BEFORE.search(before) or _SIDE_AFTER.match(report.text, ent.end_char):
        return True
    if _HOSTS_AFTER.match(report.text, ent.end_char) and not _AFTER_WHEN.search(before):
        return True  # "Norway will host the summit"; not "a year after Japan hosted one"
    listed = [ent]
    for step in (-1, 1):  # the list the country stands in
        k = index
        while 0 <= k + step < len(ents):
            a, b = (ents[k + step], ents[k]) if step < 0 else (ents[k], ents[k + step])
            if not LIST_GAP.fullmatch(report.text[a.end_char : b.start_char]):
                break
            k += step
            listed.append(ents[k])
    # one of the region, or the partner, makes it a list of sides; so does a list of three or more (a bloc's members)
    return len(listed) >= 3 or any(report.code(e) in (*CENTRAL_ASIA, partner) for e in listed)


def said_of_them(report: Report, sentence: Sentence, ent) -> bool:
    """Whether a country stands in a clause that says something of those named before it."""
    return bool(_SAID_OF_THEM.search(report.text[sentence.start_char : ent.start_char]))


_TAKING_PART_WORDS = frozenset("took brought gathered leaders heads ministers met".split())
_TAKING_PART_PREFIXES = ("represent", "attend", "particip", "delegation")
_TAKING_PART = re.compile(r"represent|attend|particip|took part|brought together|gathered|delegation|leaders of|heads of|ministers of|\bmet\b")

_PEOPLE = r"(?:leaders|presidents|heads|(?:foreign\s+)?ministers|counterparts|delegations)\b"
# The five said to come to a meeting still to come, as people: "the heads of the five Central Asian republics", "the five
# Central Asian presidents", "C5 leaders"; not "Korea and the five Central Asian republics" (a framework's members).
_FIVE_WILL_COME = re.compile(r"\b(?:leaders|presidents|heads(?:\s+of\s+state)?|(?:foreign\s+)?ministers|counterparts|delegations)\s+of\s+"
                             r"(?:the\s+)?(?:all\s+)?(?:five|5)\s+central\s+asian\b"
                             r"|\b(?:five|5|all)\s+(?:[\w-]+\s+){0,2}?central\s+asian\s+(?:foreign\s+)?" + _PEOPLE + r"|\bc5\s+" + _PEOPLE
                             # or as the countries that agreed to hold it: "X, along with the five Central Asian states, agreed to set up a summit"
                             + r"|\b(?:five|5)\s+central\s+asian\s+(?:countries|nations|states|republics),?\s+(?:have\s+)?agreed\s+to\s+"
                               r"(?:hold|set\s+up|establish|launch|convene)\b")

# The five said to be there: "all five Central Asian presidents", "the five Central Asian foreign ministers",
# "the Central Asian leaders", "the heads of the Central Asian states", "C5 leaders"; not "ties with Central Asian countries".
_FIVE_TOGETHER = re.compile(
    r"\b(?:five|5|all)\s+(?:[\w-]+\s+){0,3}?central\s+asian\b"
    r"|\bcentral\s+asian\s+(?:foreign\s+)?(?:leaders|ministers|counterparts|presidents|heads)\b"
    r"|\b(?:leaders|ministers|heads|presidents|delegations)\s+of\s+(?:\w+\s+){0,3}?(?:the\s+)?central\s+asian\s+(?:countries|nations|states|republics)\b"
    r"|\b(?:leaders|ministers|heads|presidents|delegations)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?and\s+central\s+asia\b(?!\s*(?:\+|plus|-|–))"
    r"|\b(?:leaders|ministers|heads|presidents|delegations)\s+of\s+(?:[\w-]+\s+){0,5}?the\s+(?:countries|states|nations|republics)\s+of\s+"
    r"central\s+asia\b(?!\s*(?:\+|plus|-|–|and\b))"
    r"|\bc5\s+" + _PEOPLE)

_FIVE_FIRST_WORDS = ("five", "5", "all", "central", "leaders", "ministers", "heads", "presidents", "delegations", "c5")


def _says_five_together(lowered: str, elsewhere: Callable[[int], bool] = lambda at: False) -> bool:
    """_FIVE_TOGETHER's search, tried only where one of the words it begins with stands (its search of the whole text
    tries every character, at a twentieth of a report's extraction); not where `elsewhere` says the words tell of
    another meeting ("the upcoming summit of Norwegian and Central Asian leaders" beside the ministers' meeting held)."""
    for word in _FIVE_FIRST_WORDS:
        at = lowered.find(word)
        while at != -1:
            if _FIVE_TOGETHER.match(lowered, at) and not elsewhere(at):
                return True
            at = lowered.find(word, at + 1)
    return False

_WILL_ATTEND = re.compile(r"\b(?:will|to|would|shall) (?:be attended by|attend|take part|participate|be represented)\b")
_SPECIAL_ENVOY = re.compile(r"\bspecial\s+(?:representative|envoy)\b", re.I)


def countries_taking_part(report: Report, main: MeetingFact, partner: str | None, cluster: list[MeetingMention],
                           elsewhere: frozenset[int]) -> list[str]:
    # "the EU Special Representative for Central Asia also attended": an envoy to the region comes as a guest, not a side
    countries = [p.country for p in main.participants if p.country and not _SPECIAL_ENVOY.search(p.role or "")]
    lowered = report.lowered
    # The patterns of the five together need "central" and "asia", or "c5": a test of a tenth of their cost first.
    may_say_five = "c5" in lowered or "central" in lowered and "asia" in lowered
    central_asia_together = may_say_five and _says_five_together(lowered, lambda at: report.sentence_of(at).start_char in elsewhere)
    named = {report.code(e) for e in report.ents if e.label_ in (COUNTRY, DEMONYM)}
    if partner:
        countries.append(partner)
    # Countries are those the report says take part: a meeting of a "Central Asia + X" format held is not taken to
    # bring the five together unless the report says so ("the Central Asian leaders", three of them named), and who
    # will come to one still to come (or put off) is not known until the report names them.
    if main.status != "held":  # ... or says they all will: "the five Central Asian leaders", "the C5"
        five = list(CENTRAL_ASIA) if may_say_five and _FIVE_WILL_COME.search(lowered) else []
        # The sentences naming it may say who is to come ("ministers of X, Y and Z will attend the talks").
        for sentence in dict.fromkeys(m.sentence for m in cluster):
            if _WILL_ATTEND.search(sentence.text):
                five += _countries_named(report, sentence, partner)
        for mention in cluster:  # "plans a summit next year with the region's nations, including Kazakhstan, ..."
            if report.text.startswith(" with ", mention.quote.end):
                listed = {code for ent in report.ents_in(mention.sentence, COUNTRY)
                          if ent.start_char > mention.quote.end and (code := report.code(ent)) in CENTRAL_ASIA}
                five += sorted(listed) if len(listed) > 1 else []  # a list of them, not one named by the way
        return list(dict.fromkeys(c for c in countries + [main.host] + five if c))
    if central_asia_together or len(named & set(CENTRAL_ASIA)) >= 4:
        countries += list(CENTRAL_ASIA)
    for sentence in report.sentences:
        # The words first (a set's test), then the prefixes, only where the sentence holds one at all.
        if _TAKING_PART_WORDS.isdisjoint(sentence.words) and not (
                report.may_hold(sentence, *_TAKING_PART_PREFIXES) and any(w.startswith(_TAKING_PART_PREFIXES) for w in sentence.words)):
            continue
        if _TAKING_PART.search(sentence.text.lower()):
            countries += _countries_named(report, sentence, partner)
    countries += _sides(report)
    ordered = []
    for code in countries:
        if code and code not in ordered:
            ordered.append(code)
    return ordered



# "... as foreign ministers from Norway and the five Central Asian states – A, B, C, D and E – met for a third time"
_SAID_TO_MEET = re.compile(r"\b(?:ministers|leaders|presidents|heads\s+of\s+state|delegations)\s+(?:from|of)\b[^.;]*?\b(?:met|gathered|convened)\b", re.I)


def countries_said_to_meet(report: Report, meeting: MeetingFact, partner: str | None) -> list[str]:
    """A meeting other than the main one takes the countries a sentence naming it lists as those whose ministers or
    leaders met (the main one's are read from the whole report)."""
    countries: list[str] = []
    for sentence in dict.fromkeys(report.sentence_of(q.start) for q in meeting.quotes):
        if _SAID_TO_MEET.search(sentence.text):
            countries += _countries_named(report, sentence, partner)
    countries = list(dict.fromkeys(countries))
    return countries if len(countries) > 1 else []


_COMPANY_AFTER = re.compile(r"\s+(?:Airlines|Airways|Railways?|Bank|Group|Holding|Corporation|Company)\b")
def _sides(report: Report) -> list[str]:
    """'The Turkmen side highlighted', 'the Kazakh delegation proposed': a side that spoke at the meeting took part."""
    codes = []
    for ent in report.ents:
        if ent.label_ == DEMONYM and ent.end < len(report.doc) and report.doc[ent.end].lower_ in ("side", "delegation") and report.code(ent):
            codes.append(report.code(ent))
    return codes




# "developments in Afghanistan", "the port in Iran", "the Delegation to Colombia": a place the words speak of
_PLACE_BEFORE = re.compile(r"\b(?:in|to|into|across|towards?)\s+(?:the\s+)?$", re.I)


def _countries_named(report: Report, sentence: Sentence, partner: str | None) -> list[str]:
    """The countries a sentence names; a city-state ("Kuwait", "Singapore") only inside a list of countries
    ("Bahrain, Kuwait, Oman and Qatar"), where it is the country, not a venue; a third country only as a side,
    not as a place spoken of ("in Afghanistan") or part of a company's name ("Azerbaijan Airlines")."""
    ents = [e for e in report.ents_in(sentence, COUNTRY) if report.code(e)]
    codes = []
    for index, ent in enumerate(ents):
        if report.code(ent) not in (*CENTRAL_ASIA, partner) and (
                _PLACE_BEFORE.search(report.text[max(sentence.start_char, ent.start_char - 16) : ent.start_char])
                or said_of_them(report, sentence, ent)
                or _COMPANY_AFTER.match(report.text, ent.end_char) or not as_a_side(report, sentence, ents, index, partner)):
            continue
        if report.is_city(ent):
            neighbours = [(ents[index - 1], ent)] if index else []
            neighbours += [(ent, ents[index + 1])] if index + 1 < len(ents) else []
            if not any(LIST_GAP.fullmatch(report.text[a.end_char : b.start_char]) and not report.is_city(a if b is ent else b)
                       for a, b in neighbours):
                continue
        codes.append(report.code(ent) or "")
    return codes
