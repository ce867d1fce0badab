"""What an initiative's title is: an item cut from the words after a cue, cleaned of what surrounds it,
and judged a name of a thing proposed (not an aim, a view, a meeting, a deal or a document)."""

from __future__ import annotations

import re

from dialogue.ingest.parse_numbers import find_amounts

AREA_WORDS = re.compile(r"\b(areas|fields|sectors|spheres|topics|issues|priorities|directions|domains)\b", re.I)
ITEM_STOP = re.compile(r"^(?:after|before|while|when|during|which|where|according|as it|following|in order|so that|amid|that|how|whether|by"
                       r"|noting|saying|stressing|adding|emphasi[sz]ing|underlining|underscoring|highlighting|citing|arguing|recalling|explaining)\b", re.I)
# "a council, a body that would ...": after an item, what that item is, not another item
APPOSITIVE = re.compile(r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:body|move|step|mechanism|structure|measure|institution|tool|format|initiative|project|"
                       r"proposal|idea|way|means|programme|program|plan|package|scheme|framework)\s+(?:that|which|to|designed|aimed|intended|meant|where|whose|"
                       r"including|covering|worth)\b", re.I)
_CONTINUATION_VERBS = (
    "support", "assist", "promote", "develop", "establish", "strengthen", "expand", "launch", "provide", "create",
    "build", "enhance", "hold", "cooperate", "work", "increase", "boost", "encouraged", "advocated", "called", "proposed",
    "offered", "pledged", "set", "improve", "deepen", "accelerate", "cut", "reduce", "open", "simplify", "speed", "invest",
    "organize", "organise", "form", "introduce", "elaborate", "train", "allocate",
)
# An item that begins with a deed named as a noun ("creation of", "expansion of", "holding"): after a comma it
# starts a new item, where "water, energy and climate" goes on with one.
_NOMINAL_ITEM = r"(?:\w+(?:tion|sion|ment)\s+of|(?:holding|hosting|organi[sz]ing|launching|creating|establishing|opening)\s)\b"
_MONTHS_OR_DIGITS = r"\d|January|February|March|April|May|June|July|August|September|October|November|December"
_REPORTING = re.compile(r"^(?:it|he|she|they|the \w+)\s+(?:said|says|added|noted|reported|stated)\b", re.I)

_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}|[a-h])\)\s+")
_BRACKETED = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)|\[[^\[\]]*\]")  # an aside, or an editor's insertion
_ATTRIBUTION = re.compile(r"\s+[–—]\s+|—|;|,?\s+according to\b|,?\s+the statement said|,?\s+(?:it|he|she|they) (?:said|added|noted|stressed)"
                          r"|[,”\"]+\s+[A-Z][\w-]+ (?:said|told|added|noted|stressed)\b"
                          r"|[,”\"]+\s+(?:said|says|told|added|noted|stressed)\s+(?:the\s+)?[A-Z]"  # "...,” said President X"
                          # "..., stressing that ...", "... and thanked the hosts": the speaker's next clause
                          r"|,\s+(?:saying|stressing|noting|adding|emphasi[sz]ing|underlining|underscoring|highlighting|citing|arguing|recalling|"
                          r"pointing out|explaining|paving the way|allowing|enabling)\b|\s+and\s+(?:also\s+)?(?!(?:need|speed|seed|feed|breed)\b)[a-z]{3,}ed\s+"
                          r"(?:the|a|an|his|her|its|their|that|to|for|with|on)\b"
                          r"|\s+and\s+(?:also\s+)?(?:expressed|voiced|stressed|noted|said|added|thanked|praised|welcomed|urged|invited|hoped|"
                          r"emphasi[sz]ed|underlined|reaffirmed|highlighted)\b"
                          # "..., the first of its kind", "..., both to be launched", "... because ...", "..., but ...": said of it, or why
                          r"|,\s+the\s+(?:first|only|largest|biggest|latest)\b|,\s+(?:both|each|all)\s+(?:of\s+which\s+)?(?:to|would|will|should|are|were)\b"
                          r"|,?\s+to be\s+[a-z]+ed\b|\s+because\b|,\s+(?:but|as|although|though|whereas|since|without)\s+(?!well\b)"
                          r"|\s+(?:in order|so as|in a bid|in an effort|with a view)\s+to\b")
# What each branch of _ATTRIBUTION cannot match without (it is case-exact).
_ATTRIBUTION_WORDS = ("–", "—", ";", ",", "”", '"', "according to", "said", "added", "noted", "stressed", "and", "to be", "because",
                      "in order", "so as", "in a bid", "in an effort", "with a view")
_AT_WHOSE = re.compile(r",?\s+(?:at|on|upon|following)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s+)?"
                       r"(?:initiative|proposal|suggestion)(?:\s+(?:of|by)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\b")
_DOUBLE_QUOTES = re.compile(r"[«»“”\"]")
_SAID_AFTER = re.compile(r",\s+(?:the\s+)?(?:[\w'’().-]+\s+){0,9}?(?:said|says|added|noted|stressed|reported|announced|told\s+\w+)(?:\s+on\s+\w+)?\s*$")
_RELATIVE = re.compile(r"^((?:\S+\s+){2,}?\S+),\s+(?:which|who)\b.*$")
_LEADING_WORD = re.compile(r"^(?:and|also|the|a|an|to|of|on|in|for|further|new)\s+", re.I)
SPACES = re.compile(r"\s+")
_NAME_GOES_ON = re.compile(r"\b[A-Z][\w-]*$")
_TRAILING_CLAUSE = re.compile(r",?\s+(?:and|while|but)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$")
_BETWEEN_PAIR = re.compile(r"\bbetween\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$")
_TRAILING_JOIN = re.compile(r"\s+(?:and|or|as well as)(?:\s+also)?(?:\s+[a-z]+ed)?$")  # "... and supported": the next clause's verb
# "... at the summit", "... in his keynote address": where it was said is not part of the name either
_WHERE_SAID = re.compile(r"\s+(?:at|during|in|on the sidelines of)\s+(?:the|this|his|her|its|their|a|an|[\w-]+[’']s)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:summit|meeting|talks|forum|session|conference|address|speech|remarks)\b.*$"
                         r"|\s+(?:at|during)\s+(?:[A-Z][\w-]+\s+)?(?:summit|talks|meeting|meet)$")  # a headline's "... at summit", "at Delhi meet"
# "... Business Council on Thursday", "... next year": when it was said is not part of the name
_WHEN_SAID = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:(?:from\s+)?(?:next|this|last)\s+|later\s+this\s+)(?:year|week|month|spring|summer|autumn|fall|winter)|"
                        r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|in\s+\d{4})$")

# The words _WHERE_SAID cannot match without, and the words _WHEN_SAID's matches end in (or a digit): both are case-exact.
_WHERE_SAID_NOUNS = ("summit", "meet", "talks", "forum", "session", "conference", "address", "speech", "remarks")  # "meet" in "meeting"
_WHEN_SAID_ENDS = ("day", "year", "week", "month", "spring", "summer", "autumn", "fall", "winter", "January", "February", "March", "April", "May",
                   "June", "July", "August", "September", "October", "November", "December")


def _closed(text: str) -> bool:
    """No quote left open: a dash inside «...» or “...” is part of the name quoted."""
    return text.count("«") <= text.count("»") and text.count("“") <= text.count("”") and text.count('"') % 2 == 0


def clean_item(text: str) -> str:
    text = _ENUMERATOR.sub("", text)  # "1) a council", "b) a fund": the item, not its number
    text = _BRACKETED.sub("", text)
    if any(word in text for word in _ATTRIBUTION_WORDS):  # one of them stands in every match: most items hold none
        text = text[: next((m.start() for m in _ATTRIBUTION.finditer(text) if _closed(text[: m.start()])), len(text))]
    if "initiative" in text or "proposal" in text or "suggestion" in text:
        text = _AT_WHOSE.split(text)[0]  # "a working group at Chile's initiative": whose, not part of the name
    text = _DOUBLE_QUOTES.sub("", text).lstrip("‘")
    text = _SAID_AFTER.sub("", text)
    text = text.strip()
    if "which" in text or "who" in text:  # the words the costly pattern needs, looked for first
        text = _RELATIVE.sub(r"\1", text)  # "a Secretariat, which would rotate": the name ends at the comma
    for _ in range(2):
        text = _LEADING_WORD.sub("", text.strip())
    text = " ".join(text.split()).strip(" ,.:")  # as SPACES.sub(" ", ...): str.split's whitespace is the pattern's
    if ("and" in text or "while" in text or "but" in text) and not ("between" in text and _BETWEEN_PAIR.search(text)):
        trailing = _TRAILING_CLAUSE.search(text)  # not "between Riga and Almaty": a pair, not the next clause's subject
        if trailing and not _NAME_GOES_ON.search(text, 0, trailing.start()):  # nor "the Water and Energy Consortium": one name
            text = text[: trailing.start()]
    if text.endswith(("and", "or", "as", "ed", "also")):  # the only endings _TRAILING_JOIN can match (no line break is left)
        text = _TRAILING_JOIN.sub("", text)
    if any(noun in text for noun in _WHERE_SAID_NOUNS):
        text = _WHERE_SAID.sub("", text)
    text = text.strip(" ,.:")
    if text[-1:].isdigit() or text.endswith(_WHEN_SAID_ENDS):  # where alone _WHEN_SAID can match (every match ends the text)
        text = _WHEN_SAID.sub("", text)
    return text.strip(" ,.:")


# A list whose first item is a gerund, or a noun phrase with no preposition before its first comma.
_GERUND_LIST = re.compile(r"\s*(?!including\b)[a-z]+ing\s+(?!and\b|or\b)")
_BARE_LIST = re.compile(r"\s*(?!(?:a|an|the|to)\s)(?:(?!(?:of|in|on|for|with|to|between|from|at|by|and|or|via)\s)[\w’'-]+\s+){0,3}?[\w’'-]+,\s+"
                        r"(?!and\b|which\b|who\b)")

_VERBS = "|".join(_CONTINUATION_VERBS)
# ... and, after a verb, where each item has its article: "proposed a water council, a fund and a forum"
_VERB_COMMA = (r",\s+(?=(?:and\s+)?(?:(?:" + _VERBS + r")\b|(?:a|an)\s|the\s+[A-Z][\w-]*\s+[A-Z]|to\s+(?!be\b)[a-z]+\s|"
               + _NOMINAL_ITEM + r"))|")


def _splitter(comma: str) -> re.Pattern:
    return re.compile(rf"({comma}\s+as well as\s+|\s+and\s+(?=[a-z]+s\s+(?:a|an)\s)|\s+and\s+(?=(?:(?:to\s+)?(?:{_VERBS})|a|an|the|\w+ing)\b)"
                      r"|\s+by\s+(?=\w+ing\b))")


# split_items's four ways to cut, compiled once: an announced list, gerunds, bare things, items after a verb.
_LIST_SPLIT = _splitter(r"[,;]\s+(?:and\s+)?|")
_GERUND_SPLIT = _splitter(r",\s+(?=(?:and\s+)?[a-z]+ing\s+(?!and\b|or\b))|" + _VERB_COMMA)
_BARE_SPLIT = _splitter(r",\s+(?!and\s+(?!a\s|an\s))|")
_VERB_SPLIT = _splitter(_VERB_COMMA)
_AND_AN_ARTICLE = re.compile(r"\s+and\s+(?:a|an)\s")
# "..., an idea put forward by X": whose the item before is, not another item
_APPOSED = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:idea|initiative|proposal|suggestion|offer)\s+(?:(?:first|earlier|originally)\s+)?"
                      r"(?:put forward|proposed|voiced|floated|initiated|suggested|made|advanced)\s+by\b")
_NAMED_FIRST = re.compile(r"\s*(?:the\s+)?[A-Z]")  # a list's first item a name
_ONE_PURPOSE = re.compile(r"\bto\s+\w+$|\b(?:of|in|on|for)\s+\w+ing$|\bbetween\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+$")


def split_items(rest: str, commas: bool) -> list[tuple[str, int]]:
    """'A, B, and launch of C' (a list) or 'assist A and support B' into items with their offsets in `rest`.

    Commas (and semicolons) separate items only in an announced list ("initiatives, including A, B"); after a
    verb they more often join the parts of one item ("cooperation on water, energy and climate").
    """
    items, offset = [], 0
    if commas:
        splitter = _LIST_SPLIT
    elif _GERUND_LIST.match(rest):  # "creating A, developing B and holding C": each gerund starts one
        splitter = _GERUND_SPLIT
    elif _BARE_LIST.match(rest) and _AND_AN_ARTICLE.search(rest):
        splitter = _BARE_SPLIT  # "joint surveys, student exchanges and a fund": a list of things with no verb
    else:
        splitter = _VERB_SPLIT
    pieces = splitter.split(rest)
    joined = False
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        named, last = _NAMED_FIRST.match(pieces[0]), index == len(pieces) - 1
        if not commas and index and pieces[index - 1].strip() == "," and (
                piece.startswith("to ") and (named or last) or named and last and piece.startswith(("a ", "an ")) or _APPOSED.match(piece)):
            break  # "the X Partnership, to link ...", "the X Corridor, a route to ...": its purpose or what it is, not another item
        if joined and items:  # "to support and promote X" is one purpose, not two items
            items[-1] = (items[-1][0] + pieces[index - 1] + piece, items[-1][1])
        elif piece.strip():
            items.append((piece, offset))
        current = items[-1][0] if items else piece
        # "to support and promote X", "in the field of detecting and fighting X": one purpose; "‘a fair and durable accord’": one quote
        joined = index + 1 < len(pieces) and (pieces[index + 1].strip() == "and" and bool(_ONE_PURPOSE.search(piece))
                                              or current.count("‘") > current.count("’") or current.count("“") > current.count("”"))
        offset += len(piece) + (len(pieces[index + 1]) if index + 1 < len(pieces) else 0)
    return items


# "its decision to open ...", "plans to build ...", "the idea of a ...": the frame of what was put forward
_FRAME = re.compile(r"^(?:(?:its|their|his|her|our)\s+)?(?:(?:decision|plans?|intention|readiness|willingness|idea)\s+(?:to|of)"
                    r"|(?:proposal|initiative|offer)\s+(?:to|on|for)"
                    r"|(?:consider|considering|study|studying|explore|exploring)\s+(?:the\s+)?(?:possibility|feasibility|option)\s+of"
                    r"|(?:consider|considering|invest\s+in|investing\s+in)(?=\s+(?:a|an)\s))\s+(?=\w)", re.I)  # "to consider a free trade zone"


# "proposed to the partners to set up ...", "proposed to his counterparts the creation of ...": to whom, not what
_RECIPIENT = re.compile(r"^(?:(?:the|his|her|its|their|our)\s+)?(?:[\w-]+\s+)?(?:partners|counterparts|colleagues|participants|leaders|members|sides)"
                        r"\s+(?:to\s+(?=[a-z]+\s)|(?=(?:the|a|an)\s))")


def unframed(title: str) -> str:
    bare = _FRAME.sub("", _RECIPIENT.sub("", title))
    return re.sub(r"^(?:a|an|the)\s+", "", bare) if bare != title else title


def without_amount(title: str) -> str:
    """'a programme on border management worth 30 million euros' -> 'a programme on border management';
    '$30 million for the Clean Rivers Initiative' -> 'the Clean Rivers Initiative'."""
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
_AIM = re.compile(r"(?:to\s+)?(?:(?:(?:peaceful|political|diplomatic|just|lasting|comprehensive)\s+)?(?:settl|resolv)\w*\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:conflict|crisis|dispute|war|situation)"
                  r"|(?:open|opening|create|creating|provide|providing|unlock|unlocking|generate|generating)\s+(?:up\s+)?"
                  r"(?:(?:new|more|greater|additional|broad|wide|local)\s+)*(?:opportunities|prospects|workplaces|jobs|conditions|potential)\b"
                  r"|provid\w*\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:solution|response|answer|boost|impetus|hand|basis|incentive)s?\b"  # "provide a lasting solution"
                  r"|(?:establish|provid)\w*\s+(?:[\w-]+\s+)?(?:relations|assistance|support|help)\s*(?:$|to\b|for\b(?!\s+(?:a|an|the)\s+\w+\s+(?:programme|program|fund|project)))"
                  r"|resum\w*\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:dialogue|talks|negotiations|contacts)\b"
                  r"|(?:safeguard|achiev|maintain|uphold|preserv|ensur|withstand|resist|oppos)\w*\s|counter(?:ing)?\s"
                  # "create a favourable business climate", "assist the development of ...", "support the countries in ...": help, not a thing made
                  r"|(?:create|creating|foster|fostering|improve|improving)\s+(?:an?\s+|the\s+)?(?:(?!(?:for|of|on|in)\b)[\w-]+\s+){0,3}?(?:environment|climate|atmosphere|conditions)\b"
                  r"|(?:assist|support|help)\w*\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:development|countries|states|nations|region|partners|efforts)\b)", re.I)
# Goals of more or less, not things made: "expand the firms' participation in ...", "increase the number of grants",
# "triple aid programmes", "provide 3,000 training places", "actively support the region's progress", "ways to boost trade".
_GOAL = re.compile(r"(?:to\s+)?(?:\w+ly\s+)?(?:(?:increas|expand|boost|rais|doubl|tripl|quadrupl|grow)\w*\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
                   r"(?:participation|presence|share|number|volume|amount|level|scale|size)\b"
                   r"|(?:triple|triples|tripling|quadruple|quadrupling)\s|(?:double|doubling)\s+(?:the|its|their|our|his|her)\s"
                   r"|(?:provide|providing|offer|offering)\s+(?:up\s+to\s+|some\s+|about\s+)?[\d,]+\s+(?:[\w-]+\s+)?(?:opportunities|places|slots|scholarships|grants)\b"
                   r"|(?:support|supporting|assist|assisting|help|helping)\s+(?:the\s+)?[\w-]+[’']s\s+(?:[\w-]+\s+)?(?:progress|efforts|development|reforms|transition)\b"
                   r"|(?:ways|means)\s+(?:to|of)\s|(?:initiatives|measures|steps|efforts)\s+to\s+(?!(?:set up|establish|create|launch|build)\b)"
                   r"|(?:collaboration|conjunction)\s+with\s|be\s|been\s"
                   # "fruitful bilateral and multilateral dialogue", "the peaceful use of atomic energy": a manner or a field
                   r"|(?:(?:continu|maintain|pursu|keep)\w*\s+(?:the\s+|a\s+)?)?(?:fruitful|constructive|productive|frank|friendly)\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:dialogue|cooperation|relations|contacts|exchanges)\b"
                   r"|peaceful\s+uses?\s+of\s)", re.I)
# "Name's participation in the summit", "Japan's policy of ...", "a plant built by the X company", "a strategic partnership
# between A and B" (the standing of two countries' relations): no initiative of a member.
_NOT_A_THING = re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}[’']s\s+(?:participation|attendance|arrival|visit|presence|policy|position|stance)\b"
                          r"|\bby\s+(?:the\s+)?(?:[\w-]+\s+){1,5}?(?:company|firm|corporation|group)$"
                          r"|\bstrategic\s+(?:cooperative\s+)?partnership\b.*\bbetween\s+[A-Z][\w-]+\s+and\s+[A-Z][\w-]+"
                          # "(meetings of ministers, as well as) secretaries of the councils to advance ...": a list's people, not a thing
                          r"|^(?i:ministers|secretaries|officials|representatives|experts|deputies|heads|leaders)\s+of\s+[^,]*?\s+to\s+[a-z]+")
# Wishes, not things proposed: "closer cooperation and greater trust", "peace and stability in the region",
# "strengthen cooperation in all areas", "develop cooperation in the field of X": a manner of relations, with nothing
# made, held or set up; "cooperation on X" names a subject to work on together and stays.
_WISH = re.compile(r"(?:to\s+)?(?:(?:closer|greater|stronger|deeper|broader|wider|better|more|further|enhanced|mutual)\s+(?:[\w-]+\s+)?"
                   r"(?:cooperation|collaboration|ties|trust|coordination|dialogue|integration|engagement|interaction|understanding|unity|"
                   r"solidarity|efforts)\b(?!\s+on\s)"
                   r"|(?:increased|increasing|expanded|expanding|higher|growing|greater|more)\s+(?:[\w-]+\s+){0,3}?(?:trade|turnover|flows|exports|imports)\b"
                   r"|(?:increase|expand|boost|grow|raise)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:trade|turnover|exports|imports)\b"
                   r"|(?:peace|stability|security|prosperity|restraint|unity|solidarity|calm)(?:\s*$|\s+and\s|\s+in\s)"
                   r"|(?:strengthen|deepen|expand|enhanc|boost|develop|intensif|broaden|promot|continu|pursu|step\w* up|further)\w*\s+(?:of\s+(?:[\w-]+\s+and\s+)?)?"
                   r"(?:(?:the|their|our|its|his|her|mutual|mutually|beneficial|bilateral|multilateral|regional|practical|comprehensive)\s+)*"
                   r"(?:[\w-]+\s+){0,2}?(?:cooperation|collaboration|ties|relations|partnership|dialogue|interaction|contacts|engagement)\b"
                   r"(?!\s+(?:on\s|(?:agreement|programme|program|council|centre|center|mechanism|platform|fund|framework|roadmap|plan|"
                   r"initiative)s?\b)))", re.I)
_NAMED_FIELD = re.compile(r"\b(?!Central\s+Asia)[A-Z][\w-]+\s+[A-Z][\w-]+")
# A side's views ("presented its vision of ...") are no proposal.
_VIEWS = re.compile(r"(?:its|their|his|her|our)\s+(?:[\w-]+\s+)?(?:vision|views?|position|stance|approach|assessment|priorities|opinion|support|"
                    r"tour|visit|trip|candidacy|commitment|interest|gratitude|condolences|solidarity|concern|appreciation|presidency|chairmanship)\b"
                    r"|(?:the\s+)?(?:order|medal|award|prize)\s+(?:of|for)\b", re.I)  # "presented the Order of Friendship to ...": an award
# What a side tells of, not what it puts forward: "a report on ...", "the results of its reforms", "a new stage of
# cooperation", "an approach to the region", "continue supporting reforms", "an early end to the war", "the full implementation of the Paris Agreement"
_TOLD = re.compile(r"(?:report|results|outcomes|overview|information|update|briefing|progress)\b"
                   r"|(?:[\w-]+\s+){0,3}?(?:stage|chapter|page|era|momentum|impetus)\s+(?:of|in|to|for)\b|approach\s+to\b"
                   r"|continu\w*\s+(?:to\s+)?support"
                   r"|(?:[\w-]+\s+)?end\s+to\s+(?:the\s+)?(?:war|conflict|fighting|hostilities|violence)\b"
                   r"|(?:(?:full|effective|timely|swift|faithful|consistent)\s+)?implementation\s+of\b"
                   # "discuss the issue at the next meeting": a talk about a matter, nothing made
                   r"|(?:discuss|consider|study|examine|review)\w*\s+(?:the|this|these|that|those|all|such)\s+(?:[\w-]+\s+)?(?:issues?|matters?|questions?|topics?|situation|agenda|text|draft)\b", re.I)
# One meeting to hold ("set up a summit", "holding its inaugural meeting") is a meeting; a regular one is a mechanism.
_ONE_MEETING = re.compile(r"(?:to\s+)?(?:cooperate\s+to\s+)?(?:set up|setting up|establish|establishing|hold|holding|organi[sz]e|organi[sz]ing|convene|convening|host|hosting)\s+"
                          r"(?:a|an|the|its|their|this|next)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|session|event|conference)\b"
                          r"|(?:to\s+)?(?:hold|holding|host|hosting|convene|convening)\s+(?:the|its|their|this|next)\s+(?:[\w-]+\s+){0,2}?(?:dialogue|round)\b"
                          r"|(?:to\s+)?(?:hold|holding|conduct|conducting)\s+(?:[\w-]+\s+)?(?:consultations|talks|negotiations|discussions)\b", re.I)
_CLAUSE = re.compile(r"(?:(?!(?:that|which|who)\b)[\w-]+\s+){1,3}?(?:agreed|decided|said|noted|welcomed|stressed|expressed|discussed|signed|"
                     r"adopted|added|thanked|praised|invited|will|would|have|has|had|were|was)\b")
_NOT_NEW = re.compile(r"(?:current|existing|ongoing|completed|implemented|successful|past|previous|former)\b", re.I)
_EVENT_HEAD = re.compile(r"^(?:(?!at|during)[\w’'-]+\s+)*(?:summits?|meetings?|sessions?|conferences?)$", re.I)
_MEMBERSHIP = re.compile(r"^(?:[\w-]+[’']s\s+)?(?:accession|membership|admission)\b|^(?:to\s+)?join(?:ing)?\s", re.I)  # "join the X": another's
_RECURRING = re.compile(r"\b(?:regular|annual|biennial|permanent|every|mechanism|platform)\b", re.I)


_DEAL_HEAD = re.compile(r"\b(?:deals?|contracts?)(?:\s+(?:with|between|worth|on|for)\b.*)?$", re.I)  # "a Trade Deal with X": a deal


def shortened(title: str) -> str:
    """A title too long to be a name ends at its first comma, relative word or purpose ('to assist ...'):
    'cooperation in A, B, C and D' -> 'cooperation in A'."""
    if len(title.split()) <= 22:
        return title
    head = re.split(r"[,:]\s+|\s+(?:where|which|who|that|to)\s+", title, maxsplit=1)[0]
    return head if len(head.split()) >= 3 and not AREA_WORDS.search(head) else title  # "projects in five areas: A, B, ..." stays out


# "(the establishment of) three cooperation centres on A, B and C": one centre on each
_COUNTED_HEADS = re.compile(r"(?:(?:the\s+)?(?:establishment|creation|launch|setting up|opening)\s+of\s+|(?:to\s+)?(?:creat|establish|launch|set(?:ting)? up|open|build)\w*\s+)?(?P<count>two|three|four|five|six|[2-6])\s+"
                            r"(?P<head>(?:[\w-]+\s+){0,2}?[\w-]+?)(?:(?<=ie)s|s)\s+(?P<prep>on|for|in)\s+(?P<items>.+)", re.I)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def one_each(title: str) -> list[str]:
    """A title counting heads over a list of as many fields is as many initiatives, one head for each field; any other
    title is itself."""
    counted = _COUNTED_HEADS.fullmatch(title)
    if not counted:
        return [title]
    parts = re.split(r",\s+(?:and\s+)?", counted.group("items"))
    count = _COUNTS.get(counted.group("count").lower()) or int(counted.group("count"))
    if " and " in parts[-1]:
        parts[-1:] = parts[-1].split(" and ", 1)  # "A, B and C and D": the first "and" closes the list
    if len(parts) != count:
        return [title]
    head = counted.group("head")
    head = head[:-2] + "y" if head.endswith("ie") else head
    return [f"{head} {counted.group('prep')} {part}" for part in parts]


def is_initiative_title(title: str) -> bool:
    words = title.split()
    if (len(words) < 2 or len(words) > 22 or ITEM_STOP.match(title) or _REPORTING.match(title) or _ANAPHORIC.match(title)
            or _COUNT_OF_PROPOSALS.match(title)):
        return False
    wish = _WISH.match(title)
    if wish and not _NAMED_FIELD.search(title, wish.end()):
        return False  # "expand cooperation in AI": a wish; "expand cooperation in the Polar Ferry System": a named thing to work on
    if _GOAL.match(title) or _NOT_A_THING.search(title):
        return False  # "increase the number of ...", "be held every two years", "Name's participation": no thing put forward
    if _AIM.match(title) or _VIEWS.match(title) or _TOLD.match(title) or _MEMBERSHIP.search(title) or _ONE_MEETING.match(title) and not _RECURRING.search(title):
        return False
    if _NOT_NEW.match(title) or _EVENT_HEAD.search(title) and not _RECURRING.search(title):
        return False  # "current projects in mining", "the APEC and ASEAN summits": what runs already, meetings
    if _CLAUSE.match(title):
        return False  # "Norway proposed a fund, and the ministers agreed to study it": the next clause
    if _TARGET.search(title) or _DATED.match(title):
        return False
    priced = bool(find_amounts(title))
    if priced and not _FUNDED.search(title):
        return False  # "mobilize $5 billion by 2030" is a target, not an initiative
    if priced and _PACKAGE.search(title) and not _CAPITALISED.search(re.split(r"\s(?:for|to|in|on|with)\s", title)[0]):
        return False  # an unnamed package with a sum ("a €5 billion package for ...") is a target; a named one is also an initiative
    if _STATEMENT.search(title):
        return False
    if _DEAL_FIRST.match(title) or _DEAL_HEAD.search(title):
        return False  # "three new contracts on raw materials" are deals or documents, not initiatives
    if _NTH_MEETING.search(title):
        return False
    if is_format_name(title):
        return False
    if _CLAUSE_INSIDE.search(title):
        return False  # a clause ("..., which the US plans to support", "the Dialogue has evolved into"), not a name
    if _CUT_OFF.search(title):
        return False  # cut off before its object: "adoption of"
    return bool(_LOWER.search(title))


# The tests above, compiled once (each title meets them all).
# "five steps to deepen ties", "three proposals": a count of proposals, each set out elsewhere, not one of them
_COUNT_OF_PROPOSALS = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|(?:a\s+)?(?:number|series|set|couple|range) of)\s+"
                                 r"(?:[\w-]+\s+)?(?:proposals|initiatives|steps|measures|points|ideas|projects|programmes|programs)\b", re.I)  # "an eight-point proposal" is one
_ANAPHORIC = re.compile(r"(?:this|these|that|those|such)\s", re.I)  # "to propose this forum": one named before, if at all
_TARGET = re.compile(r"\btarget\b", re.I)
_DATED = re.compile(rf"(?:{_MONTHS_OR_DIGITS})")
_FUNDED = re.compile(r"\b(package|fund|initiative|programme|program|facility)\b", re.I)
_PACKAGE = re.compile(r"\bpackage\b", re.I)
_CAPITALISED = re.compile(r"\s[A-Z][a-z]")
_STATEMENT = re.compile(r"\b(declaration|communiqu[eé]|(?:joint|final|closing) statement)\b", re.I)
_DEAL_FIRST = re.compile(r"(?:[\w-]+\s+)?(?:new\s+)?(?:contracts?|agreements?|deals?|memorand\w+|documents?)\b", re.I)
_NTH_MEETING = re.compile(r"\b(\d+(?:st|nd|rd|th)|first|second|third|next)\b[^,]*\b(meeting|summit|session)\b", re.I)
_CLAUSE_INSIDE = re.compile(r",\s+(?:which|who|the)\b|\b(?:has|have|had)\s+(?:\w+\s+)?\w+ed\b|\bsaid\b")
_CUT_OFF = re.compile(r"\b(?:of|for|to|with|on|in|and|the|a)$", re.I)
_LOWER = re.compile(r"[a-z]")



FORMAT_NAME = re.compile(r"Central Asia\s*(?:\+|plus|–|—|-|and)\s*\w+|Central Asia\s*(?:\+|plus)\s*$|\w+\s*(?:\+|plus|–|—|-)\s*Central Asia|C5\s*\+\s*\w+", re.I)


def is_format_name(name: str) -> bool:
    """'Central Asia plus Japan' or 'C5+1 Dialogue' names the format, not an initiative of it."""
    if name.isascii() and "central asia" not in (lowered := name.lower()) and "c5" not in lowered:
        return False  # the words FORMAT_NAME needs, looked for first (lower-casing ASCII is what its case-blindness is)
    match = FORMAT_NAME.search(name)
    if not match:
        return False
    rest = (name[: match.start()] + " " + name[match.end() :]).split()
    plain = {"the", "a", "an", "this", "of", "republic", "dialogue", "format"} | ({"cooperation", "forum"} if name.endswith("Forum") else set())
    return len([w for w in rest if w.lower() not in plain]) <= 1  # "the X-Central Asia Cooperation Forum" is the format too
