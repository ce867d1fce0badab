"""Initiatives and proposals, and the member that put each forward."""

from __future__ import annotations

import re

from dialogue.ingest.facts import InitiativeFact, PersonFact
from dialogue.ingest.nlp import COUNTRY, DEMONYM
from dialogue.ingest.parse_numbers import find_amounts
from dialogue.ingest.report import Report, Sentence, make_quote
from dialogue.lib.keys import fold

_LIST_CUE = re.compile(
    r"\b(?:initiatives?|proposals?|measures|projects|programmes|programs|activities|steps|ideas|events)\b[^.;]{0,140}?(?:\b(?:including|such as|include|includes|included)\s*,?\s+|:\s+)",
    re.I,
)
_PROPOSAL_CUE = re.compile(
    r"\b(?<![-–])(?:put forward|proposed(?: to)?|proposes(?: to)?|proposing|(?<=[Ww]e )propose(?: to)?|suggests(?= to\b)|made(?= (?:a|an) [\w-]+-point (?:proposal|plan|initiative)\b)|suggested(?: that\s+(?:[\w-]+\s+){1,4}?(?:should\s+|could\s+|would\s+)?(?=(?:set up|establish|create|"
    r"launch|hold|develop|build|consider|form|open|introduce|adopt)\b))?|advocated for|called for|encouraged|offered to|pledged to|"
    r"are launching|is launching|will launch|launched|unveiled|announced|presented|initiated(?!\s+(?:in|on|by|at|during|under|with)\b)|came up with(?: (?:a|an|the) (?:proposal|initiative|idea) to)?|"
    r"(?:is|are|was|were) ready to host|expressed (?:its |their |his |her )?readiness to host|(?:is|are) willing to|"
    r"(?:voiced|expressed) (?:the |its |his |her |their )?hope to|(?:am |is |are )?pleased to announce(?: that)?|welcomed the (?=(?:creation|establishment|launch)\b))(?:\s*(?<=\s)|(?=,\s*(?:among other things|in particular|inter alia),))", re.I,
)
# "Norway's initiative to create ...", "the proposal of Norway on ...": the owner proposed what follows.
_OWNED_CUE = re.compile(
    r"\b(?:(?P<owner>[A-Z][a-z]+)(?:[’']s)\s+(?:initiative|proposal|idea)|(?:initiative|proposal) of (?P<owner2>[A-Z][a-z]+)"
    r"|(?<=the )(?P<owner3>[A-Z][a-z]+) (?:initiative|proposal))\s+(?:to|on|for)\s+")  # "the Kazakh initiative to ...": a people's word
# "a joint decision to organise ...", "supported the proposal to ...": what follows is the thing decided or proposed.
_NOUN_CUE = re.compile(r"\b(?:the|a|joint)\s+(?:decision|proposal|idea)\s+to\s+(?=[a-z]+\s+(?:a|an|the)\b)")
# "Kazakhstan is developing a project to ...": a programme under way that a member puts forward.
_DEVELOPING_CUE = re.compile(r"\b(?:is|are|will be)\s+(?:developing|preparing|drafting)\s+(?=(?:a|an)\s+(?:[\w-]+\s+)?(?:project|programme|program|plan|initiative|strategy|concept)\b)")
# "Among the initiatives presented were A, B ...": what follows the verb is what was put forward.
_AMONG_CUE = re.compile(r"\bAmong\s+(?:the\s+)?(?:[\w-]+\s+)?(?:initiatives|proposals|projects|ideas)(?:\s+[\w-]+){0,2}?\s+(?:was|were)\s+")
# A headline's future: "Norway, Iceland to launch a ferry fund and opens a school".
_HEADLINE_CUE = re.compile(r"^(?:[-•]\s*)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:(?:,|\s+and)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*\s+to\s+"
                           r"(?=(?:commission|launch|set up|establish|build|create|open|develop|start)\b)")
_AGREEMENT_CUE = re.compile(
    r"\b(?:agreed|decided|committed)\b[^.;]{0,80}?\bto\s+(?=(?:cooperate|establish|develop|launch|strengthen|enhance|"
    r"promote|expand|create|set up|deepen|elevate|work out|build|boost|open|organi[sz]e|commission)\b)", re.I,
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
_PASSIVE_VERBS = frozenset({"proposed", "forward", "initiated", "suggested"})  # its words, for a test before it
_ASIDE = re.compile(r",?\s*(?:among other things|in particular|inter alia),\s+")
_PUT_BY = re.compile(r"\b(?:put forward|proposed|presented|initiated|suggested) by\s+([A-Z][\w-]+)")  # "the initiatives put forward by X include"
_DESCRIBED = re.compile(r"\s+(?:was|were|has been|have been|had been)\s+\w+ed\b|,\s+(?:supported|backed|accompanied|funded|financed) by\b|,\s+(?:\w+ly\s+)?(?:focused|focusing|aimed|aiming|designed|intended)\b|\s+ranging from\b|,?\s+such as\b")
_EXISTING = re.compile(r"\b(?:successful|completed|existing|ongoing|implemented|current(?:ly)?|in operation|under way|underway|past)\b", re.I)
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
_SAID_AFTER = re.compile(r",\s+(?:the\s+)?(?:[\w'’().-]+\s+){0,9}?(?:said|says|added|noted|stressed|reported|announced|told\s+\w+)(?:\s+on\s+\w+)?\s*$")
_RELATIVE = re.compile(r"^((?:\S+\s+){2,}?\S+),\s+(?:which|who)\b.*$")
_LEADING_WORD = re.compile(r"^(?:and|also|the|a|an|to|of|on|in|for|further|new)\s+", re.I)
_SPACES = re.compile(r"\s+")
_TRAILING_CLAUSE = re.compile(r",?\s+(?:and|while|but)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$")
_TRAILING_JOIN = re.compile(r"\s+(?:and|or|as well as)(?:\s+[a-z]+ed)?$")  # "... and supported": the next clause's verb
# "... at the summit", "... in his keynote address": where it was said is not part of the name either
_WHERE_SAID = re.compile(r"\s+(?:at|during|in|on the sidelines of)\s+(?:the|this|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:summit|meeting|talks|forum|session|conference|address|speech|remarks)\b.*$")
# "... Business Council on Thursday", "... next year": when it was said is not part of the name
_WHEN_SAID = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:next|this|last)\s+(?:year|week|month)|"
                        r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|in\s+\d{4})$")


def clean_item(text: str) -> str:
    text = _BRACKETED.sub("", text)
    text = _ATTRIBUTION.split(text)[0]
    text = _DOUBLE_QUOTES.sub("", text).lstrip("‘")
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
    pieces = re.split(rf"({comma}\s+as well as\s+|\s+and\s+(?=[a-z]+s\s+(?:a|an)\s)|\s+and\s+(?=(?:(?:to\s+)?(?:{verbs})|a|an|the|\w+ing)\b)|\s+by\s+(?=\w+ing\b))", rest)
    joined = False
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        if joined and items:  # "to support and promote X" is one purpose, not two items
            items[-1] = (items[-1][0] + pieces[index - 1] + piece, items[-1][1])
        elif piece.strip():
            items.append((piece, offset))
        current = items[-1][0] if items else piece
        # "to support and promote X", "in the field of detecting and fighting X": one purpose; "‘a fair and durable accord’": one quote
        joined = index + 1 < len(pieces) and (pieces[index + 1].strip() == "and" and bool(re.search(r"\bto\s+\w+$|\b(?:of|in|on|for)\s+\w+ing$", piece))
                                              or current.count("‘") > current.count("’") or current.count("“") > current.count("”"))
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


# Aims, not initiatives: "open new opportunities", "safeguarding regional peace", "create more jobs".
_AIM = re.compile(r"(?:to\s+)?(?:(?:settl|resolv)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?:conflict|crisis|dispute)"
                  r"|(?:open|opening|create|creating|provide|providing|unlock|unlocking|generate|generating)\s+(?:up\s+)?"
                  r"(?:(?:new|more|greater|additional|broad|wide|local)\s+)*(?:opportunities|prospects|workplaces|jobs|conditions|potential)\b"
                  r"|(?:safeguard|achiev|maintain|uphold|preserv|ensur)\w*\s)", re.I)
# A side's views ("presented its vision of ...") are no proposal.
_VIEWS = re.compile(r"(?:its|their|his|her|our)\s+(?:[\w-]+\s+)?(?:vision|views?|position|stance|approach|assessment|priorities|opinion)\b", re.I)
# One meeting to hold ("set up a summit", "holding its inaugural meeting") is a meeting; a regular one is a mechanism.
_ONE_MEETING = re.compile(r"(?:to\s+)?(?:cooperate\s+to\s+)?(?:set up|setting up|hold|holding|organi[sz]e|organi[sz]ing|convene|convening|host|hosting)\s+"
                          r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|session)\b", re.I)
_MEMBERSHIP = re.compile(r"^(?:[\w-]+[’']s\s+)?(?:accession|membership|admission)\b", re.I)
_RECURRING = re.compile(r"\b(?:regular|annual|biennial|permanent|every|mechanism|platform)\b", re.I)


_DEAL_HEAD = re.compile(r"\b(?:deals?|contracts?)(?:\s+(?:with|between|worth|on|for)\b.*)?$", re.I)  # "a Trade Deal with X": a deal


def _shortened(title: str) -> str:
    """A title too long to be a name ends at its first comma, relative word or purpose ('to assist ...'):
    'cooperation in A, B, C and D' -> 'cooperation in A'."""
    if len(title.split()) <= 22:
        return title
    head = re.split(r"[,:]\s+|\s+(?:where|which|who|that|to)\s+", title, maxsplit=1)[0]
    return head if len(head.split()) >= 3 and not _AREA_WORDS.search(head) else title  # "projects in five areas: A, B, ..." stays out


def _is_initiative_title(title: str) -> bool:
    words = title.split()
    if len(words) < 2 or len(words) > 22 or ITEM_STOP.match(title) or _REPORTING.match(title):
        return False
    if _AIM.match(title) or _VIEWS.match(title) or _MEMBERSHIP.search(title) or _ONE_MEETING.match(title) and not _RECURRING.search(title):
        return False
    if re.search(r"\btarget\b", title, re.I) or re.match(rf"(?:{_MONTHS_OR_DIGITS})", title):
        return False
    if find_amounts(title) and not re.search(r"\b(package|fund|initiative|programme|program|facility)\b", title, re.I):
        return False  # "mobilize $5 billion by 2030" is a target, not an initiative
    if find_amounts(title) and re.search(r"\bpackage\b", title, re.I) and not re.search(r"\s[A-Z][a-z]", title):
        return False  # an unnamed package with a sum ("a €5 billion package for ...") is a target; a named one is also an initiative
    if re.search(r"\b(declaration|communiqu[eé]|joint statement)\b", title, re.I):
        return False
    if re.match(r"(?:[\w-]+\s+)?(?:new\s+)?(?:contracts?|agreements?|deals?|memorand\w+|documents?)\b", title, re.I) or _DEAL_HEAD.search(title):
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


# "Kazakhstan, in partnership with A and B, is developing": partners named aside are not the subject.
_PARTNERS_ASIDE = re.compile(r",\s+(?:in partnership|together|along|jointly|in cooperation)\s+with\b[^,]*,")
# "The President proposed": a post named with "the" stands for the person last named, as "he" does.
_PERSON_WORD = re.compile(r"\b(?:he|she|the (?:President|Prime Minister|Foreign Minister|Minister|Chancellor|Secretary|leader|head of state))\b", re.I)
# "They proposed ..." after "The Turkmen side stressed ...": the one side of the sentence before.
_ONE_SIDE = re.compile(r"\b[Tt]he (\w+) (?:side|delegation)\b")


def _subject_country(report: Report, sentence: Sentence, cue_char: int, people: list[PersonFact], previous: str | None) -> tuple[str | None, bool]:
    """Who proposes: the country or person before the cue; a joint subject gives None; a pronoun, the last proposer."""
    clause_start = sentence.start_char
    for boundary in re.finditer(r",\s+(?:and|while|whereas|but)\s+|;\s+", report.text[sentence.start_char : cue_char]):
        clause_start = sentence.start_char + boundary.end()
    subject_text = report.text[clause_start:cue_char]
    if not subject_text.strip():
        clause_start = sentence.start_char  # ", and proposed ...": the sentence's subject goes on
        subject_text = report.text[clause_start:cue_char]
    aside = _PARTNERS_ASIDE.search(subject_text)
    countries = {report.code(e) for e in report.ents_in(sentence, COUNTRY, DEMONYM) if clause_start <= e.start_char and e.end_char <= cue_char
                 and not (aside and clause_start + aside.start() <= e.start_char < clause_start + aside.end())}
    if re.fullmatch(r"\s*They\s+(?:also\s+)?", subject_text) and sentence.start_char > 0:
        before = report.text[max(0, sentence.start_char - 300) : sentence.start_char].split(".")[-2:]
        sides = {report.gazetteer.country_code(m.group(1)) for m in _ONE_SIDE.finditer(".".join(before))} - {None}
        if len(sides) == 1:
            return sides.pop(), True
    if len(countries) >= 2 or (_SUBJECT_JOINT.search(subject_text) and not _PERSON_WORD.search(subject_text)):
        return None, True
    if len(countries) == 1:
        return countries.pop(), True
    subject_words = set(_WORDS.findall(subject_text))
    for person in people:
        if any(word in subject_words if _WORDS.fullmatch(word) and len(word) >= 3 else re.search(rf"\b{re.escape(word)}\b(?![’'-]\w)", subject_text)
               for word in person.name.split() if len(word) >= 3 or word[:1].isupper() and len(word) == 2):
            return person.country, True
    city = re.fullmatch(r"\s*([A-Z][\w-]+)\s+(?:also\s+|has\s+|had\s+|will\s+)?", subject_text)
    if city and (code := report.gazetteer.cities.get(city.group(1))):
        return code, True  # "Tokyo announced": a capital speaks for its country
    if re.search(r"\b(?:I|[Ww]e)\b", subject_text) and (speaker := _speaker(report, sentence, people)):
        return speaker, True  # "Today I announced ...": the one whose words these are
    if _PERSON_WORD.search(subject_text):  # "He proposed": the person last named before
        named = [(report.text.rfind(p.name.split()[-1], max(0, sentence.start_char - 400), sentence.start_char), p) for p in people if p.country]
        named = [(at, p) for at, p in named if at >= 0]
        if named:
            return max(named, key=lambda pair: pair[0])[1].country, True
    if re.search(r"\b(it was|was|were|he|she|we|it)\b", subject_text, re.I):
        return previous, False
    return None, False


_SAID_BY = re.compile(r"[”\"’]\s*,?\s*(?:[\w-]+\s+){0,4}?([A-Z][\w-]+)\s+(?:said|says|told|noted|added|stressed|observed|emphasi[sz]ed)\b"
                      r"|[”\"’]\s*,?\s*(?:said|says|told|added|noted)\s+(?:[\w-]+\s+){0,4}?([A-Z][\w-]+)")


def _speaker(report: Report, sentence: Sentence, people: list[PersonFact]) -> str | None:
    """Whose words a quoted 'I', 'we' or 'our' are: the person named as saying them after the quote, or else
    the person last named before it (a speech the report quotes at length)."""
    after = _SAID_BY.search(report.text, sentence.start_char, min(len(report.text), sentence.end_char + 600))
    by_name = {word: p.country for p in people if p.country for word in p.name.split()[-1:]}
    if after and (code := by_name.get(after.group(1) or after.group(2))):
        return code
    named = [(report.text.rfind(p.name.split()[-1], 0, sentence.start_char), p) for p in people]
    named = [(at, p) for at, p in named if at >= 0]
    return max(named, key=lambda pair: pair[0])[1].country if named else None


# Words without which no cue above can match a sentence (the cues' first words, lower-cased).
_CUE_WORDS = frozenset(
    "initiative initiatives proposal proposals idea including include includes included such put proposed proposes suggested suggests made advocated called "
    "encouraged offered "
    "pledged launching launch launched unveiled announced presented initiated came ready expressed willing voiced pleased "
    "announce welcomed agreed decided committed proposing decision developing preparing drafting among propose".split())
_CUES = (_AMONG_CUE, _OWNED_CUE, _LIST_CUE, _PROPOSAL_CUE, _AGREEMENT_CUE, _NOUN_CUE, _DEVELOPING_CUE)
_HEADLINE_VERBS = frozenset("commission launch set establish build create open develop start".split())
_QUOTED_CONTEXT = frozenset("launch development initiative partnership agreed announced cooperation".split())
_QUOTE_MARKS = re.compile(r"[“\"‘']")
_OF_FORMAT = re.compile(r"\b(?:Dialogue|format|Meeting|Summit|Forum)\s*$")  # "the Strategic Dialogue ‘Central Asia – X’": the format's name
_LABELLED = re.compile(r"\b(?:themed|titled|entitled|theme|motto|slogan|calling it|called it|dubbed it|Statement|Declaration|Communiqu[eé]|"
                       r"Memorandum|Agreement|Treaty)\s*[:,]?\s*$")


def find_initiatives(report: Report, people: list[PersonFact]) -> list[InitiativeFact]:
    found: list[InitiativeFact] = []
    previous: str | None = None
    counted_at = -10_000  # where the report last counted projects ("five projects the sides agreed to launch")
    cut_off = not re.search(r"[.!?…\"”’')\]]\s*$", report.text)
    for sentence in report.sentences:
        text, base = sentence.text, sentence.start_char
        cues, past = [], False
        patterns = _CUES if sentence.words & _CUE_WORDS else ()
        for pattern in patterns + (_HEADLINE_CUE,) if "to" in sentence.words and sentence.words & _HEADLINE_VERBS else patterns:
            for match in pattern.finditer(text):
                if not any(start <= match.start() < end for start, end, _ in cues):
                    cues.append((match.start(), match.end(), pattern))
        cues.sort()
        for index, (cue_start, cue_end, pattern) in enumerate(cues):
            stop = cues[index + 1][0] if index + 1 < len(cues) else len(text)
            if pattern is _LIST_CUE and _AREA_WORDS.search(text[cue_start:cue_end]):
                continue  # "areas such as energy and transport" lists areas of cooperation, not initiatives
            if pattern is _PROPOSAL_CUE and re.match(r"(?i)launched|announced|unveiled|presented|encouraged", text[cue_start:]) and re.search(r"\b(was|were|been|being|is|are|be)\s+$", text[:cue_start]):
                continue  # "the Dialogue was launched in 2004": the subject is what was launched
            if pattern is _PROPOSAL_CUE and re.match(r"(?:a number of |several )?(?:new )?initiatives?\b|(?:\w+ and )?\w+ (?:initiatives|proposals)\b|ideas\b", text[cue_end:], re.I):
                continue  # "proposed ideas and initiatives to ...": what they were comes later, if at all
            if pattern is _PROPOSAL_CUE and re.match(r"(?:and|or|at|by|were|was|are|is|have|has|had)\b", text[cue_end:]):
                continue  # "the initiatives presented and the work done": a participle with no object
            if pattern is _LIST_CUE and _EXISTING.search(text[max(0, cue_start - 40) : cue_end]):
                past = True
                continue  # "successful projects such as ...", "initiatives in operation, including ...": past deeds, not proposals
            if re.match(r"(?i)encouraged", text[cue_start:]) and re.match(r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+to\s", text[cue_end:]):
                continue  # "encouraged the Gulf States to take part": whom it encouraged, not a proposal
            owned = pattern.match(text, cue_start) if pattern is _OWNED_CUE else None
            owner = report.gazetteer.country_code(owned.group("owner") or owned.group("owner2") or owned.group("owner3")) if owned else None
            if owned and owner is None:
                continue  # "Monday's proposal to ...": no country owns it
            proposer, decided = (owner, True) if owned else _subject_country(report, sentence, base + cue_start, people, previous)
            if pattern is _LIST_CUE and (put_by := _PUT_BY.search(text, cue_start, cue_end)):
                proposer, decided = report.gazetteer.country_code(put_by.group(1)), True
            if decided and proposer:
                previous = proposer
            rest = text[cue_end:stop]
            if aside := _ASIDE.match(rest):  # "proposed, among other things, the creation of ...": what it proposed comes after
                rest, cue_end = rest[aside.end() :], cue_end + aside.end()
            if pattern is _AMONG_CUE:
                rest = re.split(r",?\s+including\b", rest)[0]  # "Among them were projects in X, including A and B": A and B are its parts
            if described := _DESCRIBED.search(rest):
                rest = rest[: described.start()]  # "a plan, supported by ...", "a proposal ranging from A to B": its description
            for piece, offset in split_items(rest, commas=pattern is _LIST_CUE):
                if cut_off and base + cue_end + offset + len(piece.rstrip()) >= len(report.text.rstrip()):
                    bounds = [m.start() for m in re.finditer(r",|\s(?:where|which|who|that|while)\s", piece)]
                    if not bounds:
                        break  # the text stops mid-sentence: its last item is unfinished, but for what came before a comma
                    piece = piece[: bounds[-1]]
                title = _shortened(clean_item(_without_amount(clean_item(piece))))
                if ITEM_STOP.match(piece.strip()):
                    break
                if not _is_initiative_title(title):
                    continue
                start = base + cue_end + offset + piece.find(title.split()[0])
                found.append(InitiativeFact(title=title, proposed_by=proposer if pattern is not _AGREEMENT_CUE else None,
                                            quotes=[make_quote(report.text, max(start, base + cue_start), base + cue_end + offset + len(piece))]))
        enumerated = _ORDINAL_ITEM.match(text) if sentence.start_char - counted_at < 1500 and sentence.words & _ORDINALS else None
        if enumerated and (piece := next(iter(split_items(text[enumerated.end() :], commas=False)), None)):
            title = _shortened(clean_item(piece[0]))  # "The second seeks to ...": the second of the projects counted before
            if _is_initiative_title(title):
                start = base + enumerated.end() + piece[1] + piece[0].find(title.split()[0])
                found.append(InitiativeFact(title=title, proposed_by=None, quotes=[make_quote(report.text, start, start + len(title))]))
        if sentence.words & _COUNTED_NOUNS and _COUNTED.search(text):
            counted_at = sentence.end_char
        labelled: list[tuple[int, int]] = []
        if sentence.words & _QUOTED_CONTEXT and _QUOTE_MARKS.search(text):
            for match in _QUOTED_NAME.finditer(text):
                group = next(index for index in range(1, 5) if match.group(index))
                name = match.group(group).strip(" ,.")
                if re.search(r"\b(Declaration|Statement|Communiqu[eé])\b|\b(?:Deals?|Contracts?)$", name) or len(name.split()) < 2 or _is_format_name(name):
                    continue
                if len(re.findall(r"\b[a-z]\w{3,}", name)) > 3:
                    continue  # a quoted sentence ("... opened a new chapter in our partnership"), not a name
                if past or _LABELLED.search(text, 0, match.start()) or _FORMAT_NAME.match(name) and _OF_FORMAT.search(text, 0, match.start()):
                    labelled.append((match.start(), match.end()))
                    continue  # a theme, a label or a document's own title ("a forum themed '...'", "calling it '...'")
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
        passive = _PASSIVE.match(text) if "by" in sentence.words and not _PASSIVE_VERBS.isdisjoint(sentence.words) else None
        if passive and _is_initiative_title(clean_item(passive.group("title"))):
            who = passive.group("who")
            proposer = report.gazetteer.country_code(who) or next((p.country for p in people if p.name.split()[-1] in who.split()), None)
            title = clean_item(passive.group("title"))
            start = base + passive.start("title") + passive.group("title").find(title.split()[0])
            found.append(InitiativeFact(title=title, proposed_by=proposer, quotes=[make_quote(report.text, start, base + passive.end("who"))]))
        context = not past and not _NAMED_HEAD_WORDS.isdisjoint(sentence.words) and _NAMED_CONTEXT.search(text)
        if not past and not _NAMED_HEAD_WORDS.isdisjoint(sentence.words) and (context or "our" in sentence.words or "s" in sentence.words
                                                                              or sentence.words & _ROUTE_WORDS) and _NAMED_HEAD.search(text):
            for match in _NAMED.finditer(text):
                name = match.group("name")
                possessed = match.group("owner") and re.match(r"[’']s\s", match.group(0)[len(match.group("owner")) :]) or match.group("ours")
                if not context and (not possessed or _BODY.search(name)) and not _ROUTE.search(name) or _ALIAS.search(text, 0, match.start()):
                    # With no verb of proposing about, only a name a country owns ("the EU’s X Strategy", "our X") or a
                    # route is one; "the X Route (Middle Corridor)", "also known as the Y", "the traditional Z": another
                    # name of one already found, or an old one
                    continue
                if _is_format_name(name) or not possessed and _PLACE_BEFORE.search(text, 0, match.start()):
                    continue  # "on the basis of the Astana International Financial Center": a place, not what is proposed
                if (any(start <= match.start() < end for start, end in labelled) or _NAMED_AS_SUBJECT.search(text, 0, match.start())
                        or name.endswith("Forum") and _HOSTED.search(text, 0, match.start())):
                    continue  # "a Joint Statement on an Expanded Partnership", "Astana hosted the first Energy Forum": a title, an event
                owner = report.gazetteer.country_code(match.group("owner")) if match.group("owner") else _leading_owner(report, name)
                owner = _speaker(report, sentence, people) if match.group("ours") else owner
                verb = [v for v in _NAMED_CONTEXT.finditer(text, 0, match.start())]  # the subject is the verb's, not the object's
                supported = verb and _SUPPORTING.match(text, verb[-1].start())  # "reaffirmed its support for X": X is not theirs
                proposer = owner
                if not (owner or supported or not context):
                    proposer = _subject_country(report, sentence, base + (verb[-1].start() if verb else match.start()), people, previous)[0]
                found.append(InitiativeFact(title=_SPACES.sub(" ", name), proposed_by=proposer, confidence=0.75, named=True,
                                            quotes=[make_quote(report.text, base + match.start("name"), base + match.end("name"))]))
        if _HEAD_FIRST_WORDS & sentence.words:
            for match in _HEAD_FIRST.finditer(text):
                verb = [v for v in _HEAD_FIRST_CONTEXT.finditer(text, 0, match.start())]
                if not (verb or _HEAD_FIRST_CONTEXT.search(text, match.end())) or _is_format_name(match.group("name")):
                    continue
                proposing = verb and not _SUPPORTING.match(text, verb[-1].start()) and not verb[-1].group().lower().startswith("adopt")
                proposer = _subject_country(report, sentence, base + verb[-1].start(), people, previous)[0] if proposing else None
                found.append(InitiativeFact(title=match.group("name"), proposed_by=proposer, confidence=0.75, named=True,
                                            quotes=[make_quote(report.text, base + match.start("name"), base + match.end("name"))]))
    return _dedupe_initiatives(found)



# A name the genre gives an initiative: capitalised words ending in a head noun ("Global Security
# Initiative", "Fjord Connectivity Initiative", "Northern Water Partnership", "Middle Corridor"),
# with the country whose it is when the report says so ("Norway's Fjord Initiative", "Norway-proposed").
_HEADS = r"Initiative|Strategy|Corridor|Route|Programme|Program|Partnership|Platform|Fund|Road|Gateway|Council|Facility|Hub|Centre|Center|Agenda|Forum"
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December"
_NAMED = re.compile(
    rf"(?:(?P<owner>[A-Z][a-z]+|[A-Z]{{2,3}})(?:[’']s\s+|-(?:proposed|led|backed|initiated)\s+)|(?P<ours>\b[Oo]ur\s+))?[“\"']?"
    rf"(?P<name>(?!The\s)[A-Z][\w.+-]*(?:[–—][A-Z][\w.-]*)?(?:\s+(?:[A-Z][\w.+-]*(?:[–—][A-Z][\w.-]*)?|of|and|for|on)){{0,6}}?\s+(?:{_HEADS})(?:\s+(?:{_HEADS}))?(?:\s+(?:investment\s+)?(?:strategy|agenda|initiative|programme|program))?(?:\s+(?:on|for|of)\s+(?!{_DAYS})[A-Z][\w-]*(?:\s+Asia)?)?)\b")
_BODY = re.compile(r"\b(?:Council|Forum|Centre|Center|Hub|Platform|Facility)$")  # a body one has is no initiative without a verb
_ROUTE = re.compile(r"\b(?:Corridor|Route)\b")  # a named route is a project whatever verb goes with it
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?(?:projects|initiatives|proposals|programmes|programs)\b", re.I)
_ORDINAL_ITEM = re.compile(r"(?:The|A)\s+(?:first|second|third|fourth|fifth|sixth|seventh|last|final)(?:\s+and\s+\w+)?(?:\s+(?:project|initiative|proposal|programme))?"
                           r"(?:,\s+[^,]{3,60},)?\s+(?:(?:is|are) aimed at|seeks to|centers on|centres on|focuses on|aims to|is|was|would|will)\s+")
_ORDINALS = frozenset("first second third fourth fifth sixth seventh last final".split())
_COUNTED_NOUNS = frozenset("projects initiatives proposals programmes programs".split())
_ROUTE_WORDS = frozenset(("corridor", "route"))
_PLACE_BEFORE = re.compile(r"\b(?:of|at|in|by|from|with|to|under|within|via)\s+(?:the\s+)?$")
_ALIAS = re.compile(r"(?:\(|\balso known as\s+|\bdesignation for\s+|\btraditional\s+)(?:the\s+)?$")
_OWNED_NAME = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{2,3})[’']s\s+[A-Z]|\b[Oo]ur\s+[A-Z]")
_SUPPORTING = re.compile(r"(?i)support|join|promot|implement|develop")
_NAMED_AS_SUBJECT = re.compile(r"\b(?:Statement|Declaration|Communiqu[eé]|Memorandum|Agreement|Treaty)\s+on\s+(?:an?\s+|the\s+)?$")
_HOSTED = re.compile(r"\b(?:hosted|held|attended|convened|organi[sz]ed|opened)\s+(?:the\s+)?(?:first\s+|second\s+|third\s+|\d+\w*\s+)?$")
_NAMED_HEAD = re.compile(rf"\b(?:{_HEADS})\b")  # a cheap test before the costly pattern
_NAMED_HEAD_WORDS = frozenset(_HEADS.lower().split("|"))  # a cheaper one before it
_NAMED_CONTEXT = re.compile(r"\b(?:propos|put forward|launch|support|initiat|unveil|announc|present|promot|establish|creat|set up|implement|develop|join|agreed|offer|suggest|introduc)", re.I)
_FORMAT_NAME = re.compile(r"Central Asia\s*(?:\+|plus|–|—|-|and)\s*\w+|\w+\s*(?:\+|plus|–|—|-)\s*Central Asia|C5\s*\+\s*\w+", re.I)
# A name that opens with its head noun and goes on in title case: "an Initiative to Deepen Cooperation in the Field
# of Transport", "the Partnership for Global Infrastructure and Investment", "the Roadmap for Regional Trade".
_HEAD_FIRST = re.compile(r"\b(?:a|an|the)\s+(?P<name>(?:Initiative|Partnership|Concept|Programme|Program|Strategy|Roadmap|Plan)\s+(?:for|on|to)\s+"
                         r"(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|and|in|for|on|the|between|with|to)\s+)*[A-Z][\w-]*)*)")
_HEAD_FIRST_WORDS = frozenset("initiative partnership concept programme program strategy roadmap plan".split())
_HEAD_FIRST_CONTEXT = re.compile(_NAMED_CONTEXT.pattern[:-1] + "|adopt)", re.I)


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
    plain = {"the", "a", "an", "this", "of", "dialogue", "format"} | ({"cooperation", "forum"} if name.endswith("Forum") else set())
    return len([w for w in rest if w.lower() not in plain]) <= 1  # "the X-Central Asia Cooperation Forum" is the format too


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
