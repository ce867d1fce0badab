"""Which third countries a sentence names as sides of a meeting, not as what its talks were about."""

from __future__ import annotations

import re

from dialogue.ingest.gazetteer import CENTRAL_ASIA
from dialogue.ingest.report import Report, Sentence

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


_HOSTS_AFTER = re.compile(r"\s+(?:will\s+|is\s+to\s+|(?:has\s+)?also\s+)?(?:host|hosts|hosted|welcomed|welcomes|welcome)\b")
_AFTER_WHEN = re.compile(r"\b(?:after|since|before|when|while|as|like|unlike|where)\s+(?:the\s+)?$", re.I)


def as_a_side(report: Report, sentence: Sentence, ents: list, index: int, partner: str | None) -> bool:
    """'Kazakhstan, Uzbekistan and Azerbaijan', 'attended by Azerbaijan', 'Azerbaijan took part': a third country named
    as a side of the meeting; not one the talks were about ('ties with Russia and China', 'peace between X and Y')."""
    ent = ents[index]
    before = report.text[max(sentence.start_char, ent.start_char - 120) : ent.start_char]
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
