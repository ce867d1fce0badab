"""Areas of cooperation and the meeting's agenda."""

from __future__ import annotations

import re

from dialogue.ingest.facts import AgendaFact, AreaFact, InitiativeFact
from dialogue.ingest.report import Report, make_quote
from dialogue.ingest.rules.initiatives import ITEM_STOP, clean_item, split_items
from dialogue.lib.keys import fold

_PRIORITIES = re.compile(
    r"priority\s+(?:cooperation\s+)?(?:areas|directions|pillars)(?:\s+(?:of|for)\s+cooperation)?\s*(?:,?\s*(?:including|such as|namely)\s*,?|:)\s*"
    r"(?P<list>[^.;]+?)\s*(?:,\s*according to\b|[.;]|$)", re.I,
)
_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+|;\s+")
_AREA_ITEMS = re.compile(r"^\s*(?P<area>.+?)\s+(?:includes?|covers?|incorporates?|encompass(?:es)?|comprises?)\s+(?:cooperation\s+(?:on|in)\s+)?(?P<list>.+)$", re.I)


def _split_list(text: str) -> list[tuple[str, int]]:
    """'A, B, and C' into items and their offsets; 'and' inside an item ('Green and Resilience') stays."""
    items, offset = [], 0
    for piece in re.split(r"(,\s+(?:and\s+)?)", text):
        if piece and not re.fullmatch(r",\s+(?:and\s+)?", piece):
            items.append((piece, offset))
        offset += len(piece)
    return items


def find_areas(report: Report, initiatives: list[InitiativeFact]) -> list[AreaFact]:
    """Priority areas ('three priority cooperation areas including A, B and C') and the
    sub-areas a report lists under one of them ('A include cooperation on x, y and z')."""
    areas: list[AreaFact] = []
    for sentence in (s for s in report.sentences if report.may_hold(s, "priority")):
        for match in _PRIORITIES.finditer(sentence.text):
            for piece, offset in _split_list(match.group("list")):
                name = piece.strip(" ,")
                if 1 <= len(name.split()) <= 5 and name[:1].isupper() and not any(a.name.lower() == name.lower() for a in areas):
                    start = sentence.start_char + match.start("list") + offset + piece.find(name)
                    areas.append(AreaFact(name, None, True, len([a for a in areas if a.is_priority]) + 1,
                                          [make_quote(report.text, start, start + len(name))]))
    priorities = {a.name.lower(): a for a in areas if a.is_priority}
    if not priorities:
        return areas
    for sentence in report.sentences:
        clauses, position = [], 0
        for boundary in _CLAUSE.finditer(sentence.text):
            clauses.append((sentence.text[position : boundary.start()], position))
            position = boundary.end()
        clauses.append((sentence.text[position:], position))
        for clause, clause_start in clauses:
            match = _AREA_ITEMS.match(clause)
            parent = priorities.get(match.group("area").strip().lower()) if match else None
            if parent is None:
                continue
            base = sentence.start_char + clause_start + match.start("list")
            for piece, offset in split_items(match.group("list"), commas=True):
                text = clean_item(piece)
                quoted = re.search(r"[“\"]([^”\"]+?)[,.]?[”\"]", piece)
                linked = [i for i in initiatives if (quoted and fold(quoted.group(1)) == fold(i.title)) or fold(text) == fold(i.title)]
                for initiative in linked:
                    if parent.name not in initiative.areas:
                        initiative.areas.append(parent.name)
                if quoted or not text or len(text.split()) > 6:
                    continue  # a named initiative filed under the area, not a sub-area
                name = text[0].upper() + text[1:]
                start = base + offset + piece.find(text)
                sub = AreaFact(name, parent.name, False, len([a for a in areas if a.parent == parent.name]) + 1,
                               [make_quote(report.text, start, start + len(text))])
                areas.append(sub)
                for initiative in linked:
                    initiative.areas[initiative.areas.index(parent.name)] = sub.name
    return areas


_AGENDA = re.compile(r"\bagenda\b", re.I)
_AGENDA_PASSIVE = re.compile(r"^(?P<list>.+?)\s+(?:were|was|are|is|have been|has been)\s+(?:discussed|considered|reviewed|examined)\b", re.I)
_AGENDA_ACTIVE = re.compile(r"\bagenda\s+(?:of the meeting\s+)?(?:included|covered|focused on|featured)\s+(?P<list>[^.;]+)", re.I)
_TOPIC_FILLER = re.compile(r"^(?:the\s+)?(?:issues?|questions?|matters?|ways|topics?|prospects)\s+of\s+(?:the\s+)?", re.I)


def find_agenda(report: Report) -> list[AgendaFact]:
    """Topics a report puts on the meeting's agenda: the sentence that names the agenda and the one after it."""
    topics: list[AgendaFact] = []
    if "agenda" not in report.lowered:
        return topics  # most reports never name an agenda: spare a pattern per sentence
    follows_agenda = False
    for sentence in report.sentences:
        names_agenda = _AGENDA.search(sentence.text) is not None
        if not (names_agenda or follows_agenda):
            continue
        follows_agenda = names_agenda
        match = _AGENDA_ACTIVE.search(sentence.text) or _AGENDA_PASSIVE.match(sentence.text)
        if not match:
            continue
        base = sentence.start_char + match.start("list")
        for piece, offset in split_items(match.group("list"), commas=True):
            topic = _TOPIC_FILLER.sub("", piece.strip(" ,"))
            topic = re.sub(r"\s+(?:on|in)\s+the\s+agenda$", "", topic).strip(" ,")
            if not topic or len(topic.split()) > 20 or ITEM_STOP.match(topic):
                continue
            start = base + offset + piece.find(topic)
            topics.append(AgendaFact(topic[0].upper() + topic[1:], len(topics) + 1, [make_quote(report.text, start, start + len(topic))]))
    return topics
