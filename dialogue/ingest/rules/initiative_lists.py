"""Proposals set out one to a line under a line that announces them, or one to a sentence after one that counts them:

    Finland put forward three proposals:
    - a joint forest research centre
    - student exchanges for young foresters

Each line of such a list is one initiative, of whoever the heading names; the list ends at the first line that
is not an item. A line that is a sentence of its own ("It is expected that ...") tells about an item and is none.

    Finland proposed three steps. First, the sides should set up a forest research centre. Second, ...

Each sentence opening with an ordinal holds one, of whoever proposed the steps counted."""

from __future__ import annotations

import re

from dialogue.ingest.facts import InitiativeFact, PersonFact
from dialogue.ingest.parse_numbers import find_amounts
from dialogue.ingest.report import Report, make_quote
from dialogue.ingest.rules.initiative_items import clean_item, is_initiative_title, shortened, split_items
from dialogue.ingest.rules.initiative_proposers import owner_code, speaker_before, subject_country

# A line that ends in a colon: the list's heading ("Initiatives announced by Finland:", "Virta urged partners to:").
_HEADING = re.compile(r"^[ \t]*(?:[-–—•*▪●][ \t]*)?(?P<head>[^\n:]{3,200}):[ \t]*$", re.M)
_ITEM = re.compile(r"[ \t]*(?:[-–—•*▪●]|\d{1,2}[.)])[ \t]+(?P<item>\S[^\n]*)(?:\n|$)")
_NOUNS = r"(?:proposals?|initiatives?|ideas|suggestions|offers)"
_PROPOSALS = re.compile(rf"\b{_NOUNS}\b", re.I)
_VERBS = (r"proposed|proposes|put forward|puts forward|suggested|suggests|urged|urges|called on|calls on|outlined|outlines|announced|made|makes|"
          r"announces|presented|presents|offered|unveiled|unveils|set out|sets out|include|includes|included|are|were")
# The heading ends where the items begin: with the things named ("five proposals", "the following"), the verb that
# puts them forward ("urged the partners to", "the initiatives include") or who put them forward ("announced by Finland").
_HEAD_END = re.compile(rf"(?:\b{_NOUNS}|\bthe following(?:\s+\w+)?|\b(?:{_VERBS})(?:\s+(?:\w+\s+){{0,2}}?to)?|"
                       rf"\b{_NOUNS}\s+(?:\w+\s+){{0,2}}(?:by|of|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}|\b{_NOUNS},?\s+(?:including|such as))\s*$", re.I)
_VERB = re.compile(rf"\b(?:{_VERBS})\b", re.I)
# "Berg put forward the following:": a verb of proposing before "the following" says what the list is, with no noun for it
_PROPOSING_FOLLOWING = re.compile(r"\b(?:proposed|proposes|put forward|puts forward|suggested|suggests|offered|offers|outlined|outlines|unveiled)"
                                  r"(?:\s+the following)?\s*$", re.I)
_BY = re.compile(r"\b(?:by|of|from)\s+(?:the\s+)?(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*$")
_OWNER = re.compile(rf"(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})[’']s\s+(?:[\w-]+\s+)?{_NOUNS}\b")  # "Finland's three proposals:"
# Proposals of the past are not put forward now ("Initiatives implemented so far:").
_PAST = re.compile(r"\b(?:implemented|completed|already|so far|to date|previous|past|earlier|last year)\b", re.I)
# An item that is a sentence: a subject and a verb of its own, not a thing named.
_SENTENCE = re.compile(r"^(?:it|this|these|they|he|she|we|there)\s|\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must)\s"
                       r"|^(?:the\s+|The\s+)?(?:[A-Z][\w.-]*\s+|[a-z]+s\s+){1,4}(?:[a-z]+ed|said|put|made|says|proposes|suggests|calls)\b")  # "India proposed a fund"
_DOCUMENT = re.compile(r"\b(?:declaration|communiqu[eé]|joint statement|memorand\w+|agreements?|contracts?|deals?)\b", re.I)
_FUNDED = re.compile(r"\b(?:fund|package|programme|program|facility|initiative)\b", re.I)
_LABEL = re.compile(r"^([^:]{3,80}):\s")  # "Ferries: a fund for new ships": the item's name before what it is

def find_listed(report: Report, people: list[PersonFact]) -> list[InitiativeFact]:
    """The items of every list of proposals in the report, each with the proposer its heading names, or else the one
    who spoke in the sentence or two before it ("X addressed the summit. Key proposals: ...")."""
    text, found = report.text, []
    if not re.search(r":[ \t]*\n", text):
        return found  # no line ends in a colon (most reports)
    for heading in _HEADING.finditer(text):
        head, head_start = heading.group("head"), heading.start("head")
        if head_start < report.text_start or not _HEAD_END.search(head) or _PAST.search(head):
            continue
        line_before = text[max(0, text.rfind("\n", 0, max(0, heading.start() - 1)) + 1) : heading.start()]
        if not (_PROPOSALS.search(head) or _PROPOSALS.search(line_before) or _PROPOSING_FOLLOWING.search(head)):
            continue  # a list of something else: sums, areas, participants
        if by := _BY.search(head) or _OWNER.search(head):
            proposer = owner_code(report, by.group("who"), people)
            decided = proposer is not None
        elif verb := _VERB.search(head):
            proposer, decided = subject_country(report, report.sentence_of(head_start + verb.start()), head_start + verb.start(), people, None)
        else:
            proposer, decided = None, False
        if not decided:  # "His proposals:", "proposed by the President:", or none named: who spoke before
            sentence = report.sentence_of(heading.end("head") - 1)
            proposer, decided = subject_country(report, sentence, heading.end("head"), people, None)
            proposer = proposer if decided else speaker_before(report, sentence, people)
        at = heading.end() + 1
        while (item := _ITEM.match(text, at)) is not None:
            at = item.end()
            if title := _item_title(item.group("item")):
                start = item.start("item")
                found.append(InitiativeFact(title=title, proposed_by=proposer, quotes=[make_quote(text, start, start + len(title))]))
    return found


def _item_title(line: str) -> str | None:
    """An item's name: the line without its closing stop or its description, or nothing for a sentence."""
    title = line.strip().rstrip(".;,")
    if label := _LABEL.match(title):
        title = label.group(1)
    title = re.sub(r"^(?:a|an|the)\s+", "", title, flags=re.I)  # the name, without the article the line opens with
    if not 2 <= len(title.split()) <= 20 or _SENTENCE.search(title) or _DOCUMENT.search(title):
        return None
    if find_amounts(title) and not _FUNDED.search(title):
        return None  # "an additional USD 1 billion credit line": a sum, a target or a deal
    return title


# "China proposed five steps", "Berg made a three-point proposal": proposals counted, then set out one to a sentence.
_COUNTED = re.compile(r"\b(?:proposed|proposes|put forward|puts forward|made|makes|outlined|outlines|suggested|suggests|presented|set out|sets out|unveiled)"
                      r"\s+(?:a\s+|an\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|number of|series of|few)(?:[\s-]+point)?\s+(?:[\w-]+\s+)?"
                      r"(?:proposals?|initiatives?|steps|measures|points|ideas|plan)\b", re.I)
_COUNTED_WORDS = frozenset("proposed proposes put puts made makes outlined outlines suggested suggests presented set sets unveiled".split())
_ORDINAL = re.compile(r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Finally|Lastly)(?:ly)?\s*,\s+")
# What each sentence proposes is what is to be made: "First, the sides should set up ...", "Second, to build ...".
_TO_MAKE = re.compile(r"(?:(?:[\w-]+\s+){0,4}?(?:should|must|will|shall|could|need to|would)\s+(?:also\s+|jointly\s+)?|to\s+)?"
                      r"(?=(?:establish|create|set up|build|launch|open|form|introduce)\s+(?:a|an|the|joint|new|regional)\b)")


def find_counted(report: Report, people: list[PersonFact]) -> list[InitiativeFact]:
    """The things made in the sentences that open with an ordinal after a sentence that counts proposals."""
    found: list[InitiativeFact] = []
    sentences = report.sentences
    for index, sentence in enumerate(sentences):
        if _COUNTED_WORDS.isdisjoint(sentence.words) or not (counted := _COUNTED.search(sentence.text)):
            continue
        proposer = subject_country(report, sentence, sentence.start_char + counted.start(), people, None)[0]
        skipped = 0
        for following in sentences[index + 1 : index + 12]:
            opening = _ORDINAL.match(following.text)
            if opening is None:
                skipped += 1
                if skipped > 1:
                    break  # a sentence about the step before may come between; two end the steps
                continue
            skipped = 0
            made = _TO_MAKE.match(following.text, opening.end())
            if made is None:
                continue
            rest = following.text[made.end() :]
            for piece, offset in split_items(rest, commas=False)[:3]:
                title = shortened(clean_item(piece))
                if is_initiative_title(title):
                    start = following.start_char + made.end() + offset + piece.find(title.split()[0])
                    found.append(InitiativeFact(title=title, proposed_by=proposer, quotes=[make_quote(report.text, start, start + len(title))]))
    return found
