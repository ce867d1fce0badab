"""Initiatives and proposals, and the member that put each forward."""

from __future__ import annotations

import re

from dialogue.ingest.facts import InitiativeFact, PersonFact
from dialogue.ingest.nlp import COUNTRY, DEMONYM
from dialogue.ingest.parse_numbers import find_amounts
from dialogue.ingest.report import Report, Sentence, make_quote
from dialogue.lib.keys import fold

_LIST_CUE = re.compile(
    r"\b(?:initiatives?|proposals?|measures|projects|programmes|programs|activities|steps|ideas|events)\b[^.;]{0,140}?\b(?:including|such as)\s*,?\s+",
    re.I,
)
_PROPOSAL_CUE = re.compile(
    r"\b(?:put forward|proposed(?: to)?|proposes(?: to)?|suggests(?= to\b)|made(?= (?:a|an) [\w-]+-point (?:proposal|plan|initiative)\b)|suggested(?: that\s+(?:[\w-]+\s+){1,4}?(?:should\s+|could\s+|would\s+)?(?=(?:set up|establish|create|"
    r"launch|hold|develop|build|consider|form|open|introduce|adopt)\b))?|advocated for|called for|encouraged|offered to|pledged to|"
    r"are launching|is launching|will launch|launched|unveiled|announced|presented|initiated(?!\s+(?:in|on|by|at|during|under|with)\b)|came up with(?: (?:a|an|the) (?:proposal|initiative|idea) to)?|"
    r"(?:is|are|was|were) ready to host|expressed (?:its |their |his |her )?readiness to host|(?:is|are) willing to|"
    r"(?:voiced|expressed) (?:the |its |his |her |their )?hope to|(?:am |is |are )?pleased to announce(?: that)?|welcomed the (?=(?:creation|establishment|launch)\b))\s*(?<=\s)", re.I,
)
# "Norway's initiative to create ...", "the proposal of Norway on ...": the owner proposed what follows.
_OWNED_CUE = re.compile(
    r"\b(?:(?P<owner>[A-Z][a-z]+)(?:[’']s)\s+(?:initiative|proposal|idea)|(?:initiative|proposal) of (?P<owner2>[A-Z][a-z]+))\s+(?:to|on|for)\s+")
_AGREEMENT_CUE = re.compile(
    r"\b(?:agreed|decided|committed)\b[^.;]{0,80}?\bto\s+(?=(?:cooperate|establish|develop|launch|strengthen|enhance|"
    r"promote|expand|create|set up|deepen|elevate|work out|build|boost)\b)", re.I,
)
_AREA_WORDS = re.compile(r"\b(areas|fields|sectors|spheres|topics|issues|priorities|directions|domains)\b", re.I)
# Quote marks in pairs; a closing ’ before "s" is an apostrophe ("“President Berg’s visit ...": no name there).
_QUOTED_NAME = re.compile(r"“([A-Z][^”]{3,90}?)[,.]?”|\"([A-Z][^\"]{3,90}?)[,.]?\"|‘([A-Z][^’]{3,90}?)[,.]?’(?!s\b)"
                          r"|(?<![\w’'])'([A-Z][^'\n]{3,90}?)[,.]?'(?!\w)")
# "The leaders agreed that joint exercises will be held": what they agreed to bring about.
_AGREED_THAT = re.compile(r"\b(?:agreed|decided)\s+that\s+(?P<title>[^,;]{5,120}?)\s+(?:will|would|should|shall)\s+be\s+"
                          r"(?:held|established|created|launched|set up|organi[sz]ed|opened|developed|built)\b", re.I)
# "The initiative to hold ... was proposed by Uzbekistan": the subject is what was proposed.
_PASSIVE = re.compile(r"^(?:The\s+|A\s+|An\s+)?(?P<title>[^,;]{8,160}?)\s+(?:was|were|has been|had been) (?:first )?(?:proposed|put forward|initiated|suggested) by\s+(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")
ITEM_STOP = re.compile(r"^(?:after|before|while|when|during|which|where|according|as it|following|in order|so that|amid|that|how|whether|by)\b", re.I)
_CONTINUATION_VERBS = (
    "support", "assist", "promote", "develop", "establish", "strengthen", "expand", "launch", "provide", "create",
    "build", "enhance", "hold", "cooperate", "work", "increase", "boost", "encouraged", "advocated", "called", "proposed",
    "offered", "pledged", "set", "improve", "deepen", "accelerate", "cut", "reduce", "open", "simplify", "speed",
)
# An item that begins with a deed named as a noun ("creation of", "expansion of", "holding"): after a comma it
# starts a new item, where "water, energy and climate" goes on with one.
_NOMINAL_ITEM = r"(?:\w+(?:tion|sion|ment)\s+of|(?:holding|hosting|organi[sz]ing|launching|creating|establishing|opening)\s)\b"
_MONTHS_OR_DIGITS = r"\d|January|February|March|April|May|June|July|August|September|October|November|December"
_REPORTING = re.compile(r"^(?:it|he|she|they|the \w+)\s+(?:said|says|added|noted|reported|stated)\b", re.I)
_SUBJECT_JOINT = re.compile(r"\b(?:sides|parties|leaders|ministers|countries|nations|participants|both|all|they|we all|heads)\b", re.I)


_BRACKETED = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)")
_ATTRIBUTION = re.compile(r"\s+[–—]\s+|—|;|,?\s+according to\b|,?\s+the statement said|,?\s+(?:it|he|she|they) (?:said|added|noted|stressed)"
                          r"|[,”\"]+\s+[A-Z][\w-]+ (?:said|told|added|noted|stressed)\b")
_DOUBLE_QUOTES = re.compile(r"[“”\"]")
_SAID_AFTER = re.compile(r",\s+(?:the\s+)?(?:[\w'’().-]+\s+){0,6}?(?:said|says|added|noted|stressed|reported|announced|told\s+\w+)(?:\s+on\s+\w+)?\s*$")
_RELATIVE = re.compile(r"^((?:\S+\s+){2,}?\S+),\s+(?:which|who)\b.*$")
_LEADING_WORD = re.compile(r"^(?:and|also|the|a|an|to|of|on|in|for|further|new)\s+", re.I)
_SPACES = re.compile(r"\s+")
_TRAILING_CLAUSE = re.compile(r",?\s+(?:and|while|but)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$")
_TRAILING_JOIN = re.compile(r"\s+(?:and|or|as well as)$")
# "... at the summit", "... in his keynote address": where it was said is not part of the name either
_WHERE_SAID = re.compile(r"\s+(?:at|during|in|on the sidelines of)\s+(?:the|this|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:summit|meeting|talks|forum|session|conference|address|speech|remarks)\b.*$")
# "... Business Council on Thursday", "... next year": when it was said is not part of the name
_WHEN_SAID = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:next|this|last)\s+(?:year|week|month)|"
                        r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|in\s+\d{4})$")


def clean_item(text: str) -> str:
    text = _BRACKETED.sub("", text)
    text = _ATTRIBUTION.split(text)[0]
    text = _DOUBLE_QUOTES.sub("", text)
    text = _SAID_AFTER.sub("", text)
    text = _RELATIVE.sub(r"\1", text.strip())  # "a Secretariat, which would rotate": the name ends at the comma
    for _ in range(2):
        text = _LEADING_WORD.sub("", text.strip())
    text = _TRAILING_CLAUSE.sub("", _SPACES.sub(" ", text).strip(" ,.:"))
    text = _TRAILING_JOIN.sub("", text)
    text = _WHERE_SAID.sub("", text)
    text = _WHEN_SAID.sub("", text.strip(" ,.:"))
    return text.strip(" ,.:")


def split_items(rest: str, commas: bool) -> list[tuple[str, int]]:
    """'A, B, and launch of C' (a list) or 'assist A and support B' into items with their offsets in `rest`.

    Commas separate items only in an announced list ("initiatives, including A, B"); after a
    verb they more often join the parts of one item ("cooperation on water, energy and climate").
    """
    items, offset = [], 0
    verbs = "|".join(_CONTINUATION_VERBS)
    # ... and, after a verb, where each item has its article: "proposed a water council, a fund and a forum"
    comma = r",\s+(?:and\s+)?|" if commas else r",\s+(?=(?:and\s+)?(?:(?:" + verbs + r")\b|(?:a|an)\s|" + _NOMINAL_ITEM + r"))|"
    pieces = re.split(rf"({comma}\s+as well as\s+|\s+and\s+(?=(?:(?:to\s+)?(?:{verbs})|a|an|the|\w+ing)\b)|\s+by\s+(?=\w+ing\b))", rest)
    joined = False
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        if joined and items:  # "to support and promote X" is one purpose, not two items
            items[-1] = (items[-1][0] + pieces[index - 1] + piece, items[-1][1])
        elif piece.strip():
            items.append((piece, offset))
        joined = bool(re.search(r"\bto\s+\w+$", piece)) and index + 1 < len(pieces) and pieces[index + 1].strip() == "and"
        offset += len(piece) + (len(pieces[index + 1]) if index + 1 < len(pieces) else 0)
    return items


def _without_amount(title: str) -> str:
    """'a programme on border management worth 30 million euros' -> 'a programme on border management';
    '$25 million for the Economic Resilience Initiative' -> 'the Economic Resilience Initiative'."""
    amounts = find_amounts(title)
    if not amounts or re.search(r"\b(package|fund)\b", title, re.I):
        return title
    first = amounts[0]
    head = re.sub(r"\s+(?:worth|of|totaling|totalling|valued at|amounting to|for|with)\s*$", "", title[: first.start].rstrip()).strip()
    if len(head.split()) >= 2:
        return head
    tail = re.match(r"\s*(?:in\s+\w+\s+)?(?:for|to)\s+(.+)", title[first.end :])
    return tail.group(1) if tail else title


def _is_initiative_title(title: str) -> bool:
    words = title.split()
    if len(words) < 2 or len(words) > 22 or ITEM_STOP.match(title) or _REPORTING.match(title):
        return False
    if re.search(r"\btarget\b", title, re.I) or re.match(rf"(?:{_MONTHS_OR_DIGITS})", title):
        return False
    if find_amounts(title) and not re.search(r"\b(package|fund|initiative|programme|program|facility)\b", title, re.I):
        return False  # "mobilize $5 billion by 2030" is a target, not an initiative
    if re.search(r"\b(declaration|communiqu[eé]|joint statement)\b", title, re.I):
        return False
    if re.match(r"(?:[\w-]+\s+)?(?:new\s+)?(?:contracts?|agreements?|deals?|memorand\w+|documents?)\b", title, re.I):
        return False  # "three new contracts on raw materials" are deals or documents, not initiatives
    if re.search(r"\b(\d+(?:st|nd|rd|th)|first|second|third)\b[^,]*\b(meeting|summit|session)\b", title, re.I):
        return False
    if _is_format_name(title):
        return False
    if re.search(r",\s+(?:which|who|the)\b|\b(?:has|have|had)\s+(?:\w+\s+)?\w+ed\b|\bsaid\b", title):
        return False  # a clause ("..., which the US plans to support", "the Dialogue has evolved into"), not a name
    if re.search(r"\b(?:of|for|to|with|on|in|and|the|a)$", title, re.I):
        return False  # cut off before its object: "adoption of"
    return bool(re.search(r"[a-z]", title))


_WORDS = re.compile(r"\w+")


def _subject_country(report: Report, sentence: Sentence, cue_char: int, people: list[PersonFact], previous: str | None) -> tuple[str | None, bool]:
    """Who proposes: the country or person before the cue; a joint subject gives None; a pronoun, the last proposer."""
    clause_start = sentence.start_char
    for boundary in re.finditer(r",\s+(?:and|while|whereas|but)\s+|;\s+", report.text[sentence.start_char : cue_char]):
        clause_start = sentence.start_char + boundary.end()
    subject_text = report.text[clause_start:cue_char]
    if not subject_text.strip():
        clause_start = sentence.start_char  # ", and proposed ...": the sentence's subject goes on
        subject_text = report.text[clause_start:cue_char]
    countries = {report.code(e) for e in report.ents_in(sentence, COUNTRY, DEMONYM) if clause_start <= e.start_char and e.end_char <= cue_char}
    if len(countries) >= 2 or (_SUBJECT_JOINT.search(subject_text) and not re.search(r"\b(he|she)\b", subject_text, re.I)):
        return None, True
    if len(countries) == 1:
        return countries.pop(), True
    subject_words = set(_WORDS.findall(subject_text))
    for person in people:
        if any(word in subject_words if _WORDS.fullmatch(word) else re.search(rf"\b{re.escape(word)}\b", subject_text)
               for word in person.name.split() if len(word) >= 3):
            return person.country, True
    if re.search(r"\b(he|she)\b", subject_text, re.I):  # "He proposed": the person last named before
        named = [(report.text.rfind(p.name.split()[-1], max(0, sentence.start_char - 400), sentence.start_char), p) for p in people if p.country]
        named = [(at, p) for at, p in named if at >= 0]
        if named:
            return max(named, key=lambda pair: pair[0])[1].country, True
    if re.search(r"\b(it was|was|were|he|she|we|it)\b", subject_text, re.I):
        return previous, False
    return None, False


# Words without which no cue above can match a sentence (the cues' first words, lower-cased).
_CUE_WORDS = frozenset(
    "initiative initiatives proposal proposals idea including such put proposed proposes suggested suggests made advocated called "
    "encouraged offered "
    "pledged launching launch launched unveiled announced presented initiated came ready expressed willing voiced pleased "
    "announce welcomed agreed decided committed".split())
_QUOTED_CONTEXT = frozenset("launch development initiative partnership agreed announced cooperation".split())
_QUOTE_MARKS = re.compile(r"[“\"‘']")


def find_initiatives(report: Report, people: list[PersonFact]) -> list[InitiativeFact]:
    found: list[InitiativeFact] = []
    previous: str | None = None
    for sentence in report.sentences:
        text, base = sentence.text, sentence.start_char
        cues = []
        for pattern in (_OWNED_CUE, _LIST_CUE, _PROPOSAL_CUE, _AGREEMENT_CUE) if sentence.words & _CUE_WORDS else ():
            for match in pattern.finditer(text):
                if not any(start <= match.start() < end for start, end, _ in cues):
                    cues.append((match.start(), match.end(), pattern))
        cues.sort()
        for index, (cue_start, cue_end, pattern) in enumerate(cues):
            stop = cues[index + 1][0] if index + 1 < len(cues) else len(text)
            if pattern is _LIST_CUE and _AREA_WORDS.search(text[cue_start:cue_end]):
                continue  # "areas such as energy and transport" lists areas of cooperation, not initiatives
            if pattern is _PROPOSAL_CUE and re.match(r"(?i)launched|announced|unveiled|presented", text[cue_start:]) and re.search(r"\b(was|were|been|being|is)\s+$", text[:cue_start]):
                continue  # "the Dialogue was launched in 2004": the subject is what was launched
            if pattern is _PROPOSAL_CUE and re.match(r"(?:a number of |several )?(?:new )?initiatives?\b|\w+ (?:initiatives|proposals)\b", text[cue_end:], re.I):
                continue
            owned = pattern.match(text, cue_start) if pattern is _OWNED_CUE else None
            owner = report.gazetteer.country_code(owned.group("owner") or owned.group("owner2")) if owned else None
            if owned and owner is None:
                continue  # "Monday's proposal to ...": no country owns it
            proposer, decided = (owner, True) if owned else _subject_country(report, sentence, base + cue_start, people, previous)
            if decided and proposer:
                previous = proposer
            for piece, offset in split_items(text[cue_end:stop], commas=pattern is _LIST_CUE):
                title = clean_item(_without_amount(clean_item(piece)))
                if ITEM_STOP.match(piece.strip()):
                    break
                if not _is_initiative_title(title):
                    continue
                start = base + cue_end + offset + piece.find(title.split()[0])
                found.append(InitiativeFact(title=title, proposed_by=proposer if pattern is not _AGREEMENT_CUE else None,
                                            quotes=[make_quote(report.text, max(start, base + cue_start), base + cue_end + offset + len(piece))]))
        if sentence.words & _QUOTED_CONTEXT and _QUOTE_MARKS.search(text):
            for match in _QUOTED_NAME.finditer(text):
                group = next(index for index in range(1, 5) if match.group(index))
                name = match.group(group).strip(" ,.")
                if re.search(r"\b(Declaration|Statement|Communiqu[eé])\b", name) or len(name.split()) < 2 or _is_format_name(name):
                    continue
                if len(re.findall(r"\b[a-z]\w{3,}", name)) > 3:
                    continue  # a quoted sentence ("... opened a new chapter in our partnership"), not a name
                owner = re.search(r"\b([A-Z][a-z]+|[A-Z]{2,3})[’']s\s+$", text[: match.start()])
                proposer = report.gazetteer.country_code(owner.group(1)) if owner else _leading_owner(report, name)
                if proposer is None and (verb := _NAMED_CONTEXT.search(text, 0, match.start())):
                    proposer = _subject_country(report, sentence, base + verb.start(), people, previous)[0]  # "he introduced the 'X'"
                found.append(InitiativeFact(title=name, proposed_by=proposer, confidence=0.8, named=True,
                                            quotes=[make_quote(report.text, base + match.start(group), base + match.start(group) + len(name))]))
        for agreed in _AGREED_THAT.finditer(text) if "agreed" in sentence.words or "decided" in sentence.words else ():
            title = clean_item(agreed.group("title"))
            if _is_initiative_title(title):
                start = base + agreed.start("title") + agreed.group("title").find(title.split()[0])
                found.append(InitiativeFact(title=title, proposed_by=None, quotes=[make_quote(report.text, start, base + agreed.end())]))
        passive = _PASSIVE.match(text)
        if passive and _is_initiative_title(clean_item(passive.group("title"))):
            who = passive.group("who")
            proposer = report.gazetteer.country_code(who) or next((p.country for p in people if p.name.split()[-1] in who.split()), None)
            title = clean_item(passive.group("title"))
            start = base + passive.start("title") + passive.group("title").find(title.split()[0])
            found.append(InitiativeFact(title=title, proposed_by=proposer, quotes=[make_quote(report.text, start, base + passive.end("who"))]))
        if _NAMED_HEAD.search(text) and _NAMED_CONTEXT.search(text):
            for match in _NAMED.finditer(text):
                name = match.group("name")
                if _is_format_name(name) or re.search(r"\b(?:of|at|in|by|from|with|to|under|within|via)\s+(?:the\s+)?$", text[: match.start()]):
                    continue  # "on the basis of the Astana International Financial Center": a place, not what is proposed
                owner = report.gazetteer.country_code(match.group("owner")) if match.group("owner") else _leading_owner(report, name)
                verb = [v for v in _NAMED_CONTEXT.finditer(text, 0, match.start())]  # the subject is the verb's, not the object's
                proposer = owner or _subject_country(report, sentence, base + (verb[-1].start() if verb else match.start()), people, previous)[0]
                found.append(InitiativeFact(title=name, proposed_by=proposer, confidence=0.75, named=True,
                                            quotes=[make_quote(report.text, base + match.start("name"), base + match.end("name"))]))
    return _dedupe_initiatives(found)


# A name the genre gives an initiative: capitalised words ending in a head noun ("Global Security
# Initiative", "Fjord Connectivity Initiative", "Northern Water Partnership", "Middle Corridor"),
# with the country whose it is when the report says so ("Norway's Fjord Initiative", "Norway-proposed").
_HEADS = r"Initiative|Strategy|Corridor|Route|Programme|Program|Partnership|Platform|Fund|Road|Gateway|Council|Facility|Hub|Centre|Center|Agenda|Forum"
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December"
_NAMED = re.compile(
    rf"(?:(?P<owner>[A-Z][a-z]+|[A-Z]{{2,3}})(?:[’']s\s+|-(?:proposed|led|backed|initiated)\s+))?[“\"']?"
    rf"(?P<name>[A-Z][\w.-]*(?:[–—][A-Z][\w.-]*)?(?:\s+(?:[A-Z][\w.-]*(?:[–—][A-Z][\w.-]*)?|of|and|for|on)){{0,6}}?\s+(?:{_HEADS})(?:\s+(?:on|for)\s+(?!{_DAYS})[A-Z][\w-]*(?:\s+Asia)?)?)\b")
_NAMED_HEAD = re.compile(rf"\b(?:{_HEADS})\b")  # a cheap test before the costly pattern
_NAMED_CONTEXT = re.compile(r"\b(?:propos|put forward|launch|support|initiat|unveil|announc|present|promot|establish|creat|set up|implement|develop|join|agreed|offer|suggest|introduc)", re.I)
_FORMAT_NAME = re.compile(r"Central Asia\s*(?:\+|plus|–|—|-|and)\s*\w+|\w+\s*(?:\+|plus|–|—|-)\s*Central Asia|C5\s*\+\s*\w+", re.I)


def _leading_owner(report: Report, name: str) -> str | None:
    """'the new EU Strategy on ...', 'the Japanese Digital Hub': a name opening with a country or its people's word is
    that country's; not a format's name ("Korea-Central Asia Fund"), which is the format's."""
    first = re.match(r"[\w]+(?=\s)", name)
    return report.gazetteer.country_code(first.group(0)) if first and not _is_format_name(name) else None


def _is_format_name(name: str) -> bool:
    """'Central Asia plus Japan' or 'C5+1 Dialogue' names the format, not an initiative of it."""
    match = _FORMAT_NAME.search(name)
    if not match:
        return False
    rest = (name[: match.start()] + " " + name[match.end() :]).split()
    return len([w for w in rest if w.lower() not in {"the", "a", "an", "this", "of", "dialogue", "format"}]) <= 1


def _dedupe_initiatives(found: list[InitiativeFact]) -> list[InitiativeFact]:
    kept: list[InitiativeFact] = []
    for item in found:
        words = set(fold(item.title).split()) - {"the", "of", "and", "in", "a", "to", "on", "for"}
        twin = next((k for k in kept if _overlap(words, set(fold(k.title).split())) >= 0.8), None)
        if twin is None:
            kept.append(item)
        else:
            if item.named and not twin.named or item.named == twin.named and len(item.title) > len(twin.title):
                twin.title, twin.named = item.title, item.named
            twin.quotes += item.quotes
            twin.proposed_by = twin.proposed_by or item.proposed_by
            twin.confidence = max(twin.confidence, item.confidence)
    return kept


def _overlap(a: set[str], b: set[str]) -> float:
    b = b - {"the", "of", "and", "in", "a", "to", "on", "for"}
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
