"""Initiatives by name: capitalised words ending in a head noun ("Northern Water Partnership", "Middle Corridor"), opening
with one ("the Partnership for Global Infrastructure"), or quoted ("the «Green Caravan» initiative"), and what tells such a
name is put forward here rather than an event's, a format's or a document's. find_initiatives reads them."""

from __future__ import annotations

import re

# A name the genre gives an initiative: capitalised words ending in a head noun ("Global Security
# Initiative", "Fjord Connectivity Initiative", "Northern Water Partnership", "Middle Corridor"),
# with the country whose it is when the report says so ("Norway's Fjord Initiative", "Norway-proposed").
_HEADS = r"Initiative|Strategy|Corridor|Route|Programme|Program|Partnership|Platform|Fund|Road|Gateway|Council|Facility|Hub|Centre|Center|Agenda|Forum"
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December"
NAMED = re.compile(
    rf"(?:(?P<owner>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{{2,3}})(?:[’']s\s+|-(?:proposed|led|backed|initiated)\s+)|(?P<ours>\b[Oo]ur\s+))?[“\"']?"
    rf"(?P<name>(?!The\s)[A-Z][\w.+-]*(?:[–—][A-Z][\w.-]*)?(?:\s+(?:[A-Z][\w.+-]*(?:[–—][A-Z][\w.-]*)?|of|and|for|on)){{0,6}}?\s+(?:{_HEADS})(?:(?:\s+[A-Z][\w.+-]*){{0,2}}?\s+(?:{_HEADS}))?(?:\s+(?:investment\s+)?(?:strategy|agenda|initiative|programme|program))?(?:\s+(?:on|for|of)\s+(?!{_DAYS})[A-Z][\w-]*(?:\s+(?!{_DAYS})[A-Z][\w-]*){{0,2}})?)\b")
BODY = re.compile(r"\b(?:Council|Forum|Centre|Center|Hub|Platform|Facility)$")  # a body one has is no initiative without a verb
ROUTE = re.compile(r"\b(?:Corridor|Route)\b")  # a named route is a project whatever verb goes with it
ROUTE_WORDS = frozenset(("corridor", "route"))
PLACE_BEFORE = re.compile(r"\b(?:of|at|in|by|from|with|to|under|within|via)\s+(?:the\s+)?$|\bthrough\s+(?:its|their|his|her)\s+$|\b(?:candidacy|membership|seat)\s+(?:for|in|on)\s+(?:the\s+)?$")
ALIAS = re.compile(r"(?:\(|\balso known as\s+|\bdesignation for\s+|\btraditional\s+)(?:the\s+)?$")
SUPPORTING = re.compile(r"(?i)support|join|promot|implement|develop|welcom")
NAMED_AS_SUBJECT = re.compile(r"\b(?:Statement|Declaration|Communiqu[eé]|Memorandum|Agreement|Treaty)\s+on\s+(?:an?\s+|the\s+)?$")
HELD_AFTER = re.compile(r"\s+(?:(?:was|were)\s+)?(?:held|took place|convened)\b"
                        r"|,\s+(?:during|at|on the sidelines of|in the course of)\s+which\b"  # "the Business Forum held in the capital": an event
                        r"|,?\s+(?:launched|established|created|set up|founded|initiated)\s+(?:back\s+)?(?:in|last|(?:\w+\s+)?years?\s+ago)\b"  # an old one
                        r"|,\s+which\s+(?:first\s+)?(?:emerged|arose|existed|flourished|originated|ran)\b"  # "the Silk Road, which emerged in ...": history
                        r"|\s+cooperation\b"  # "to advance Belt and Road cooperation": work under a frame that runs already
                        r"|,?\s+(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+)?(?:inaugurated|commissioned|put\s+into\s+operation)\b")  # a building opened
# "The Gulf Cooperation Council proposed ...": a body that puts forward, not a thing put forward
ACTOR_AFTER = re.compile(r"\s+(?:has\s+|have\s+|also\s+)?(?:proposed|suggested|announced|offered|called for|put forward|unveiled|pledged|urged)\b")
HOSTED = re.compile(r"\b(?:hosted|held|attended|convened|organi[sz]ed|opened)\s+(?:the\s+)?(?:first\s+|second\s+|third\s+|\d+\w*\s+)?$")
NAMED_HEAD = re.compile(rf"\b(?:{_HEADS})\b")  # a cheap test before the costly pattern
NAMED_HEAD_WORDS = frozenset(_HEADS.lower().split("|"))  # a cheaper one before it
NAMED_CONTEXT = re.compile(r"\b(?:propos|put forward|launch|support|initiat|unveil|announc|present|promot|establish|creat|set up|implement|develop|join(?!t)|welcom|agreed|offer|suggest|introduc)", re.I)
# A name that opens with its head noun and goes on in title case: "an Initiative to Deepen Cooperation in the Field
# of Transport", "the Partnership for Global Infrastructure and Investment", "the Roadmap for Regional Trade".
HEAD_FIRST = re.compile(r"\b(?:a|an|the)\s+(?P<name>(?:Initiative|Partnership|Concept|Programme|Program|Strategy|Roadmap|Plan)\s+(?:for|on|to)\s+"
                        r"(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|and|in|for|on|the|between|with|to)\s+)*[A-Z][\w-]*)*)")
HEAD_FIRST_WORDS = frozenset("initiative partnership concept programme program strategy roadmap plan".split())
HEAD_FIRST_CONTEXT = re.compile(NAMED_CONTEXT.pattern[:-1] + "|adopt)", re.I)

# Names in quotes, and what tells a quoted text is a format, a theme or a document rather than a name put forward.
# Quote marks in pairs; a closing ’ before "s" is an apostrophe ("“President Berg’s visit ...": no name there).
QUOTED_NAME = re.compile(r"«([A-Z][^»]{3,90}?)[,.]?»|“([A-Z][^”]{3,90}?)[,.]?”|\"([A-Z][^\"]{3,90}?)[,.]?\"|‘([A-Z][^’]{3,90}?)[,.]?’(?!s\b)"
                         r"|(?<![\w’'])'([A-Z][^'\n]{3,90}?)[,.]?'(?!\w)")
QUOTE_MARKS = re.compile(r"[«“\"‘']")
OF_FORMAT = re.compile(r"\b(?:Dialogue|format|Meeting|Summit|Forum)\s*$")  # "the Strategic Dialogue ‘Central Asia – X’": the format's name
OF_DIALOGUE = re.compile(r"\b(?:strategic|political)\s+dialogue\s*$|\bformat\s*$", re.I)  # "the strategic dialogue «...»": the format's name
LABELLED = re.compile(r"\b(?:themed|titled|entitled|theme|motto|slogan|calling it|called it|dubbed it|Statement|Declaration|Communiqu[eé]|"
                      r"Memorandum|Agreement|Treaty)\s*[:,]?\s*$")
QUOTED_CONTEXT = frozenset("launch development initiative partnership agreed announced cooperation".split())
# "what the leader called the 'Andes Spirit'": a motto the meeting lives by, no initiative
SLOGAN = re.compile(r"\bSpirit$|^Spirit\s+of\b")
DOCUMENT_NAME = re.compile(r"\b(Declaration|Statement|Communiqu[eé])\b|\b(?:Deals?|Contracts?)$")
FORMAT_AFTER = re.compile(r"[’'”\"]?\s*formats?\b")
LOWER_WORD = re.compile(r"\b[a-z]\w{3,}")
OWNER_BEFORE = re.compile(r"\b([A-Z][a-z]+|[A-Z]{2,3})[’']s\s+$")
