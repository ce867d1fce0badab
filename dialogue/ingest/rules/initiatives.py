"""Initiatives and proposals, and the member that put each forward (who that is: initiative_proposers.py).

`ITEM_STOP`, `clean_item` and `split_items` are read from here by the areas rule too."""

from __future__ import annotations

import re

from dialogue.ingest.facts import InitiativeFact, PersonFact
from dialogue.ingest.report import Report, make_quote
from dialogue.ingest.rules.initiative_items import (
    APPOSITIVE, AREA_WORDS, FORMAT_NAME, ITEM_STOP, SPACES, clean_item, is_format_name, is_initiative_title, one_each, shortened, split_items,
    unframed, without_amount,
)
from dialogue.ingest.rules.initiative_lists import find_counted, find_listed
from dialogue.ingest.rules.initiative_names import (
    ACTOR_AFTER, ALIAS, BODY, DOCUMENT_NAME, FORMAT_AFTER, HEAD_FIRST, HEAD_FIRST_CONTEXT, HEAD_FIRST_WORDS, HELD_AFTER, HOSTED, LABELLED, LOWER_WORD,
    NAMED, NAMED_AS_SUBJECT, NAMED_CONTEXT, NAMED_HEAD, NAMED_HEAD_WORDS, OF_DIALOGUE, OF_FORMAT, OWNER_BEFORE, PLACE_BEFORE,
    QUOTED_CONTEXT, QUOTED_NAME, QUOTE_MARKS, ROUTE, ROUTE_WORDS, SLOGAN, SUPPORTING,
)
from dialogue.ingest.rules.initiative_proposers import owner_code, speaker, speaker_before, subject_country
from dialogue.lib.keys import fold

_LIST_CUE = re.compile(
    r"\b(?:initiatives?|proposals?|measures|projects|programmes|programs|activities|steps|ideas|events)\b[^.;(]{0,140}?(?:\b(?:including|such as|include|includes|included|in particular|notably|namely)\s*,?\s+|:\s+)"
    r"|\bthe following\s*:\s+",  # "proposed the following: 1) a council; 2) a fund"
    re.I,
)
_PROPOSAL_CUE = re.compile(
    r"\b(?<![-–])(?:put forward|proposed(?: to)?|proposes(?: to)?|proposing|(?<=[Ww]e )(?:also )?propose(?: to)?|suggests(?= to\b)|(?:unveils|launches|announces|presents|pitches|suggests|initiates|pledges to)(?= [a-z])|made(?= (?:a|an) [\w-]+-point (?:proposal|plan|initiative)\b)|suggested(?: that\s+(?:[\w-]+\s+){1,4}?(?:should\s+|could\s+|would\s+)?(?=(?:set up|establish|create|"
    r"launch|hold|develop|build|consider|form|open|introduce|adopt)\b))?|advocated for|advocated(?= (?:the |a |an )?(?:creation|establishment|launch|idea)\b)|(?:pushed|pushes|lobbied) for|championed|pitched|recommended(?= [a-z]+ing\b)|called for|calls for|encouraged|offered to|offers to|pledged to|announcing|"
    r"are launching|is launching|will launch|launched|unveiled|announced|presented|initiated(?!\s+(?:in|on|by|at|during|under|with)\b)|came up with(?: (?:a|an|the) (?:proposal|initiative|idea) to)?|"
    r"(?:is|are|was|were|stands|stand|stood) ready to host|(?:expressed|voiced|confirmed|reaffirmed) (?:its |their |his |her )?readiness to host|(?:is|are) willing to|"
    r"(?:voiced|expressed) (?:the |its |his |her |their )?hope to|(?:am |is |are )?pleased to announce(?: that)?|welcomed the (?=(?:creation|establishment|launch)\b))(?:\s*(?<=\s)|(?=,\s*(?:among other things|in particular|inter alia),))", re.I,
)
# The less common ways of putting a thing forward, each ending where the thing begins.
_FURTHER_CUE = re.compile("|".join((
    r"\b(?:proposed|proposes|recommended|recommends) that\s+(?:[\w-]+\s+){1,4}?(?:should\s+|could\s+|would\s+)?"
    r"(?=(?:set up|establish|create|launch|hold|develop|build|form|open|introduce)\b)",  # "proposes that the sides jointly build"
    r"(?:(?<=will )|(?<=would |shall )|(?<=to )|(?<=I ))propose(?: to)?\s+",  # "would like to propose", "I propose to"
    # "China will provide aid and draw up a plan for ...": a plan a side will make is one it puts forward
    r"\b(?:will|would)\s+(?:also\s+)?(?:[^;:“”\"]{0,100}?\s+and\s+)?(?:develop|formulate|draw up|work out|elaborate)\s+"
    r"(?=(?:a|an|the|joint|new)?\s*(?:[\w-]+\s+){0,2}?(?:plans?|programmes?|programs?|roadmaps?|road maps?|strateg(?:y|ies)|concepts?)\b)",
    r"\b(?:floated|floats|tabled|came forward with)\s+",  # "floated the idea of", "tabled a proposal on"
    r"\b(?:voiced|raised|advanced)\s+(?=(?:the|an?)\s+(?:idea|proposal|initiative)\b)",  # "voiced the idea of ..."
    r"\b(?:importance|necessity|need|advisability|expediency)\s+(?:of|for)\s+(?=(?:creating|establishing|setting up|launching|forming|opening)\s+(?:a|an)\s)",
    r"\b(?:necessity|need)\s+to\s+(?=(?:create|establish|set up|launch|form|open|adopt|develop|provide|build|organi[sz]e)\s+(?:a|an)\s)",  # "stressed the need to set up a ..."
    # "considers it necessary to create a ...", "it would be advisable to set up a ...": a proposal put as a view
    r"\b(?:necessary|important|advisable|expedient|timely|appropriate)\s+to\s+(?=(?:create|establish|set up|launch|form|open|adopt|develop|provide|build|organi[sz]e)\s+(?:a|an)\s)",
    # "Chile intends to open a ...", "urged the creation of a ...", "called on the partners to set up a ...": what one means to
    # bring about, or presses others to
    r"\b(?:intends|intend|intended|is planning|are planning|(?<!and )(?<!the )(?<!its )(?<!their )(?<!his )(?<!her )(?<!of )(?<!s )(?:plans|planned))\s+to\s+(?=(?:launch|establish|create|set up|open|introduce)\s+(?:a|an)\s)",
    r"\burged\s+(?=(?:the\s+)?(?:creation|establishment|setting up|launch|formation|opening)\s+of\s)",
    r"\bcalled on\s+(?:[\w-]+\s+){1,4}?to\s+(?=(?:create|establish|set up|launch|form|open)\s+(?:a|an|the)\s)",
    r"\boutlined\s+(?=(?:its |his |her |their )?(?:plans?|proposals?|an initiative|a proposal|the idea) (?:for|to|of|on)\b)",
    r"(?<=[Ww]e )(?:should|must|will|could|need to|want to|intend to|plan to)\s+(?:also\s+)?(?=(?:establish|create|set up|launch|open)\b"
    r"|(?:expedite|accelerate|speed up)\s+(?:the\s+)?(?:construction|building|completion|creation|launch)\s+of\b)",  # "we should speed up the building of"
    r"\b(?:(?:is|are|was|were) (?:also )?(?:ready|prepared)|(?:expressed|voiced|confirmed|reaffirmed) (?:its |their |his |her )?readiness)"
    r" to (?=(?:establish|create|set up|open|launch|train|build|allocate|organi[sz]e|share|provide)\b)",  # an offer
)), re.I)
# "Chile announced that it would open ...", "the minister said Chile will set up ...": an intention told is put forward,
# by the one named in the clause told, else by the teller.
_REPORTED_CUE = re.compile(
    r"\b(?:said|announced|stated|declared|confirmed)\s+(?:that\s+)?(?P<who>it|they|he|she|(?:his|her|the) country|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+"
    r"(?:would|will|is to|plans to|planned to|intends to|intended to|is going to|was going to)\s+(?:also\s+)?"
    r"(?:[^,;:“”\"]{0,80}?\s+and\s+)?(?=(?:launch|establish|create|set up|open|build|introduce|allocate|start|train)\b)")
# "by the leader of Chile", "by the President of Chile": a post in lower case or capitals stands for its country.
_POST_OF = r"(?:(?:[Ll]eader|[Pp]resident|[Hh]ead|[Gg]overnment|[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|[Ss]ide|[Dd]elegation)\s+of\s+(?:the\s+)?)?"
# "Norway's initiative to create ...", "the proposal of the President of Norway on ...", "Norway's idea of a ...": the owner
# proposed what follows.
_OWNED_CUE = re.compile(
    r"\b(?:(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:[’']s)\s+(?:initiative|proposal|idea|offer)"
    rf"|(?:initiative|proposal|suggestion|offer|idea),? (?:(?:put forward|proposed|voiced|made|advanced) )?(?:of|by|from) (?:the\s+)?(?P<owner2>{_POST_OF}[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}(?:\s+(?:side|delegation|government))?)"
    r"|(?<=the )(?P<owner3>[A-Z][a-z]+) (?:initiative|proposal)"
    r"|\b(?P<ours>[Oo]ur) (?:initiative|proposal|idea)"  # "our initiative to ...": the speaker's
    r"|thanked\s+(?:the\s+)?(?P<owner4>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+for\s+(?:the|its|his|her|their)\s+(?:initiative|proposal|idea)),?\s+(?:to|on|for|(?<=idea )of)\s+")  # "the Kazakh initiative to ...": a people's word
# "a joint decision to organise ...", "supported the proposal to ...": what follows is the thing decided or proposed.
_NOUN_CUE = re.compile(r"\b(?:the|a|joint)\s+(?:decision|proposal|idea|initiative)\s+to\s+(?=[a-z]+\s+(?:up\s+)?(?:a|an|the)\b)")
_BACKING = re.compile(r"\b(?:support|join|welcom|back|endors|approv|hail|shar|co-sponsor|second|favou?r|appreciat|not)\w*\s+(?:\w+\s+)?$", re.I)  # "joined the initiative to ...": someone else's
# "Kazakhstan is developing a project to ...": a programme under way that a member puts forward.
_DEVELOPING_CUE = re.compile(r"\b(?:is|are|will be)\s+(?:developing|preparing|drafting)\s+(?=(?:a|an)\s+(?:[\w-]+\s+)?(?:project|programme|program|plan|initiative|strategy|concept)\b)")
# "Among the initiatives presented were A, B ...": what follows the verb is what was put forward.
_AMONG_CUE = re.compile(r"\bAmong\s+(?:the\s+)?(?:[\w-]+\s+)?(?:initiatives|proposals|projects|ideas)(?:\s+[\w-]+){0,6}?\s+(?:was|were)\s+")
# A headline's future: "Norway, Iceland to launch a ferry fund and opens a school".
_HEADLINE_CUE = re.compile(r"^(?:[-•]\s*)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:(?:,|\s+and)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*\s+to\s+"
                           r"(?=(?:commission|launch|set up|establish|build|create|open|develop|start)\b)")
_AGREEMENT_CUE = re.compile(
    r"\b(?:agreed|decided|committed)\b[^.;]{0,80}?\bto\s+(?=(?:cooperate|establish|develop|launch|strengthen|enhance|"
    r"promote|expand|create|set up|deepen|elevate|work out|build|boost|open|organi[sz]e|commission|hold|host|launch|"
    r"consider(?=\s+(?:the\s+(?:establishment|creation|launch|formation|possibility|feasibility|idea|setting up)\s+of|an?\s)))\b)", re.I,
)
# "The leaders agreed that joint exercises will be held": what they agreed to bring about.
_AGREED_THAT = re.compile(r"\b(?P<verb>agreed|decided|proposed|suggested|recommended)\s+that\s+(?P<title>[^,;]{5,120}?)\s+(?:(?:will|would|should|shall)\s+)?be\s+"
                          r"(?:held|established|created|launched|set up|organi[sz]ed|opened|developed|built)\b", re.I)
# "The initiative to hold ... was proposed by Uzbekistan": the subject is what was proposed.
_PASSIVE = re.compile(r"^(?:The\s+|A\s+|An\s+)?(?P<title>[^,;]{8,160}?)(?:\s+(?:was|were|has been|had been) |,\s+)(?:first )?(?:proposed|put forward|initiated|suggested|voiced|floated|tabled|(?<=was )made|(?<=were )made) by\s+(?:the\s+)?"
                      rf"(?P<who>{_POST_OF}[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")
# "... supported the creation of a council proposed by Chile": the noun phrase before "proposed by" (no article inside its
# words, so not "The ministers supported the creation")
_PROPOSED_BY = re.compile(r"\b(?:the|a|an)\s+(?P<title>(?:(?:(?!(?:the|a|an)\b)[\w’'-]+\s+){0,4}?[\w’'-]+\s+of\s+(?:the|a|an)\s+)?"
                          r"(?:(?!(?:the|a|an)\b)[\w’'-]+\s+){0,5}?[\w’'-]+),?\s+(?:earlier\s+|first\s+)?(?:proposed|put forward|initiated|suggested|voiced|floated|tabled) by\s+"
                          rf"(?:the\s+)?(?P<who>{_POST_OF}[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")
# A verb of putting forward or agreeing before "projects, including ...": the projects listed are proposed, not only named.
_PUTTING = re.compile(r"(?i)\b(?:propos|put(?:s)? forward|launch|initiat|unveil|announc|present|offer|suggest|agree|decide|call(?:s|ed)? for|plan|"
                      r"will\b|would\b|intend|pledg|commit|approv|adopt|endors|support|welcom)")
_NAMED_SUBJECT = re.compile(r"\b(?!(?:It|This|That)\b)[A-Z][\w-]*\s+$")  # "Chile calls for", a headline's present
# A headline's present, said of a named member ("Chile unveils ..."), not of a thing ("the plan calls for ...")
_PRESENT_CUES = ("calls for", "offers to", "unveils", "launches", "announces", "presents", "pitches", "suggests", "initiates", "pledges")
_WELCOMED_PAST = re.compile(r"\b(?:last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|earlier|previously|recently|already)\b")
_JOINTLY = re.compile(r"\b(?:agreed|agree|decided|approved|adopted|endorsed)\b")
_CLAUSE_VERB = re.compile(r"\b(?<!to )[a-z]{3,}ed\s+(?:the|a|an)\s")
_FRAMED = re.compile(r"(?:proposal|initiative|offer|suggestion|idea)\b", re.I)
_THAT_VERBS = frozenset(("agreed", "decided", "proposed", "suggested", "recommended"))
_PASSIVE_VERBS = frozenset({"proposed", "forward", "initiated", "suggested", "made", "voiced", "floated", "tabled"})  # its words, for a test before it
_ASIDE = re.compile(r",?\s*(?:among other things|in particular|inter alia),\s+")
_PUT_BY = re.compile(r"\b(?:put forward|proposed|presented|initiated|suggested) by\s+([A-Z][\w-]+)")  # "the initiatives put forward by X include"
_DESCRIBED = re.compile(r"\s+(?:was|were|has been|have been|had been)\s+\w+ed\b|,\s+(?:supported|backed|accompanied|funded|financed) by\b|,\s+(?:\w+ly\s+)?(?:focused|focusing|aimed|aiming|designed|intended)\b|\s+ranging from\b|,?\s+such as\b"
                        r"|\s+(?:(?:has|have|had)\s+)?(?:received|gained|won|enjoyed|drew|found)\s+(?:[\w-]+\s+)?(?:support|backing|approval)\b")  # "... received broad support"
# "Norway had already funded programmes, including ...": what was done before the meeting, not put forward at it
_DONE = re.compile(r"\b(?:already|previously|so far|to date|in recent years|over the past)\b|\bhad\s+(?:also\s+)?[a-z]+(?:ed|en)\b", re.I)
# "expressed satisfaction with the projects, such as ...": praised, so under way, not put forward
_PRAISED = re.compile(r"\b(?:satisf(?:ied|action)|content(?:ed)?|pleased) with\b|\b(?:praised|commended|appreciated|hailed)\b", re.I)
# "... digitalization of farming, and other priority areas": a list of areas, not of things proposed
_OTHER_AREAS = re.compile(r"\b(?:other|related|various)\s+(?:[\w-]+\s+)?(?:areas|fields|sectors|spheres|industries|directions)\b", re.I)
_EXISTING = re.compile(r"\b(?:successful|completed|existing|ongoing|implemented|current(?:ly)?|in operation|under way|underway|past)\b", re.I)
# "The proposals included", "Among the proposals were": a list no one is named as owning in its own sentence
_UNOWNED_LIST = re.compile(r"(?:Among\s+)?(?:the\s+)?(?:proposals|initiatives|ideas)\b", re.I)


# "On the initiative of Chile, the sides agreed ...", "at Chile's proposal", "following a proposal by the Chilean side",
# "the Andes Initiative, proposed by Chile,":
# whatever the sentence says was agreed or set up, that member proposed.
_AT_INITIATIVE = re.compile(
    r"\b(?:(?:[Oo]n|[Aa]t|[Uu]pon|[Ff]ollowing|[Bb]y)\s+(?:the\s+|an?\s+)?(?:initiative|proposal|suggestion)\s+(?:of|by)|"
    r"(?:proposed|initiated|suggested|put forward|launched) by)\s+(?:the\s+)?"
    rf"(?P<who>{_POST_OF}[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){{0,4}}(?:\s+(?:side|delegation))?)"
    r"|\b(?:[Oo]n|[Aa]t|[Uu]pon|[Ff]ollowing)\s+(?:the\s+)?(?P<whose>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:\s+(?:side|delegation))?)[’']s\s+"
    r"(?:initiative|proposal|suggestion)\b")


# Words without which no cue above can match a sentence (the cues' first words, lower-cased).
_CUE_WORDS = frozenset(
    "initiative initiatives proposal proposals idea offer floated tabled forward outlined including include includes included such put proposed proposes suggested suggests made advocated called "
    "pushed pushes lobbied championed pitched suggestion following raised advanced planned necessary important advisable expedient "
    "timely appropriate unveils launches announces presents pitches initiates pledges "
    "encouraged offered "
    "pledged launching launch launched unveiled announced announcing calls offers floats presented initiated came ready expressed willing voiced pleased "
    "announce welcomed agreed decided committed prepared recommends we said stated declared confirmed recommended proposing decision developing preparing drafting among propose "
    "importance necessity need advisability expediency intends intend intended planning urged plan plans programme programmes program "
    "programs roadmap roadmaps road strategy strategies concept concepts".split())
# Each cue with the words (lower-cased) one of which it cannot match without: of some nine sentences a report has
# with a cue word, most ("officials said ...") can match one cue or two, and the others need not run there.
_CUES = tuple((pattern, frozenset(words.split())) for pattern, words in (
    (_AMONG_CUE, "among"),
    (_OWNED_CUE, "initiative proposal idea offer suggestion"),
    (_LIST_CUE, "initiative initiatives proposal proposals measures projects programmes programs activities steps ideas events following"),
    (_REPORTED_CUE, "said announced stated declared confirmed"),
    (_FURTHER_CUE, "proposed proposes recommended recommends propose floated floats tabled came outlined voiced raised advanced plans planned should must will could need want "
                   "intend intends intended planning urged called plan ready prepared readiness importance necessity advisability expediency necessary important advisable expedient timely appropriate "
                   "plans programme programmes program programs roadmap roadmaps road strategy strategies concept concepts"),
    (_PROPOSAL_CUE, "put proposed proposes proposing propose suggests made suggested advocated pushed pushes lobbied championed pitched recommended "
                    "unveils launches announces presents pitches initiates pledges "
                    "called calls encouraged offered offers pledged "
                    "launching launch launched unveiled announced announcing presented initiated came ready readiness expressed willing voiced "
                    "pleased welcomed"),
    (_AGREEMENT_CUE, "agreed decided committed"),
    (_NOUN_CUE, "decision proposal idea initiative"),
    (_DEVELOPING_CUE, "developing preparing drafting"),
))
# _FURTHER_CUE's branches, each as the sets of words it needs one of apiece: the sentences with "will" or "need" it must
# search (most of them) narrowed to those one branch can match, as a search of all branches tries each at every character.
_FURTHER_BRANCHES = tuple(tuple(frozenset(words.split()) for words in branch) for branch in (
    ("proposed proposes recommended recommends", "that"), ("propose",), ("will would", "develop formulate draw work elaborate"),
    ("floated floats tabled came",), ("voiced raised advanced", "idea proposal initiative"), ("importance necessity need advisability expediency", "creating establishing setting launching forming opening", "a an"),
    ("necessity need", "create establish set launch form open adopt develop provide build organize organise"),
    ("necessary important advisable expedient timely appropriate", "create establish set launch form open adopt develop provide build organize organise"), ("intends intend intended planning plans planned", "to"),
    ("urged",), ("called", "on"), ("outlined",),
    ("should must will could need want intend plan", "establish create set launch open expedite accelerate speed"),
    ("ready prepared readiness", "to"),
))


def _may_further(words: frozenset[str]) -> bool:
    for branch in _FURTHER_BRANCHES:  # loops, not any() and all() over generators: a test of most cue sentences
        for needed in branch:
            if needed.isdisjoint(words):
                break
        else:
            return True
    return False


_HEADLINE_VERBS = frozenset("commission launch set establish build create open develop start".split())
_AT_WORDS = frozenset(("initiative", "proposal", "suggestion", "proposed", "initiated", "suggested", "forward", "launched"))
_FINAL_MARKS = tuple(".!?…\"”’')]")  # a text ending in none of them stops mid-sentence


# find_initiatives's own tests, compiled once.
_LIST_HEAD = re.compile(r"(?i)(?:initiatives?|proposals?|ideas)\b")
_PRESENTED = re.compile(r"(?i)launched|announced|unveiled|presented|encouraged")
_PASSIVE_BEFORE = re.compile(r"\b(was|were|been|being|is|are|be)\s+$")
_BEFORE_NOW = re.compile(r"\b(?:already|previously|had|having)\s+(?:\w+ly\s+)?$")
_DONE_VERB = re.compile(r"(?i)launched|unveiled|presented|initiated|proposed|put forward|offered|pledged")
_IDEAS_AFTER = re.compile(r"(?:a number of |several |a series of |a range of |a set of )?(?:(?!(?:an?|the)\b)[\w-]+ ){0,2}?initiatives?\b|(?:\w+ and )?(?:[\w-]+ ){1,2}(?:initiatives|proposals)\b|ideas\b", re.I)
_NO_OBJECT_AFTER = re.compile(r"(?:and|or|at|by|were|was|are|is|have|has|had|last|earlier|previously|recently|in \d{4}|itself|themselves|himself|herself)\b")
_ENCOURAGED = re.compile(r"(?i)encouraged")
_ENCOURAGED_WHOM = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|(?:[\w-]+\s+)?"
                              r"(?:countries|states|sides|parties|nations|governments|companies|firms|"
                              r"businesses|investors|partners|members|leaders|youth|people))\s+to\s")
_INCLUDING = re.compile(r",?\s+including\b")
_ITEM_BOUNDS = re.compile(r",|\s(?:where|which|who|that|while)\s")
_PROPOSAL_NOUN = re.compile(r"(?:initiatives|proposals|ideas|projects)\b|(?:[\w-]+\s+){1,2}(?:initiatives|proposals|ideas|projects)$")  # "key initiatives put forward by X"
_POSSESSIVE_S = re.compile(r"[’']s\s")
_THROUGH_OWN = re.compile(r"\bthrough\s+(?:its|their|his|her)\s+$")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,2}$", re.I)


def find_initiatives(report: Report, people: list[PersonFact]) -> list[InitiativeFact]:
    found: list[InitiativeFact] = []
    previous: str | None = None
    counted_at = -10_000  # where the report last counted projects ("five projects the sides agreed to launch")
    counted_by: str | None = None  # and whose they were
    cut_off = not report.text.rstrip().endswith(_FINAL_MARKS)  # a pattern ending in "\s*$" would try every character
    exact_words = report.blind is not None  # a sentence's words hold every word a case-blind pattern can match there
    for sentence in report.sentences:
        if _ANY_WORDS.isdisjoint(sentence.words):
            continue  # none of the tests below can find anything in it (most of a report's sentences)
        text, base = sentence.text, sentence.start_char
        first = len(found)
        cues, past = [], False
        patterns = [cue for cue, needed in _CUES if not needed.isdisjoint(sentence.words)] if sentence.words & _CUE_WORDS else []
        if exact_words and _FURTHER_CUE in patterns and not _may_further(sentence.words):
            patterns.remove(_FURTHER_CUE)
        if "to" in sentence.words and sentence.words & _HEADLINE_VERBS:
            patterns.append(_HEADLINE_CUE)
        for pattern in patterns:
            for match in pattern.finditer(text):
                if not any(start <= match.start() < end for start, end, _ in cues):
                    cues.append((match.start(), match.end(), pattern))
        cues.sort()
        for index, (cue_start, cue_end, pattern) in enumerate(cues):
            stop = cues[index + 1][0] if index + 1 < len(cues) else len(text)
            if pattern is _LIST_CUE and AREA_WORDS.search(text[cue_start:cue_end]):
                continue  # "areas such as energy and transport" lists areas of cooperation, not initiatives
            if pattern is _LIST_CUE and not _LIST_HEAD.match(text[cue_start:]) and not _PUTTING.search(text, 0, cue_start):
                continue  # "stressed the role of firms in transport projects, including railways": projects no one puts forward here
            if pattern is _LIST_CUE and _WITH_BEFORE.search(text, 0, cue_start) and not _PUTTING.search(text, 0, cue_start):
                continue  # "farming is a priority, with joint projects including seed banks": kinds of work described, none put forward
            if pattern is _PROPOSAL_CUE and _PRESENTED.match(text[cue_start:]) and _PASSIVE_BEFORE.search(text[:cue_start]):
                continue  # "the Dialogue was launched in 2004": the subject is what was launched
            if pattern is _PROPOSAL_CUE and _BEFORE_NOW.search(text[:cue_start]) and _DONE_VERB.match(text[cue_start:]):
                continue  # "Norway has already launched a fund": done before, not put forward now
            if pattern is _PROPOSAL_CUE and text.startswith(_PRESENT_CUES, cue_start) and not _NAMED_SUBJECT.search(text, 0, cue_start):
                continue  # "the plan calls for ...", "It calls for ...": what a thing says, not what someone puts forward
            if pattern is _PROPOSAL_CUE and text.startswith("welcomed", cue_start) and _WELCOMED_PAST.search(text, cue_end, stop):
                continue  # "welcomed the launch of the railway last year": done before
            if pattern is _PROPOSAL_CUE and _IDEAS_AFTER.match(text[cue_end:]):
                continue  # "proposed ideas and initiatives to ...": what they were comes later, if at all
            if pattern is _PROPOSAL_CUE and _NO_OBJECT_AFTER.match(text[cue_end:]):
                continue  # "the proposals made and the progress achieved": a participle with no object
            if pattern is _LIST_CUE and (_EXISTING.search(text[max(0, cue_start - 40) : cue_end]) or _DONE.search(text, max(0, cue_start - 80), cue_start)
                                         or _PRAISED.search(text, 0, cue_start)
                                         or _OTHER_AREAS.search(text, cue_end, stop)):
                past = True
                continue  # "successful projects such as ...", "initiatives in operation, including ...": past deeds, not proposals
            if _ENCOURAGED.match(text[cue_start:]) and _ENCOURAGED_WHOM.match(text[cue_end:]):
                continue  # "encouraged the Gulf States to take part": whom it encouraged, not a proposal
            owned = pattern.match(text, cue_start) if pattern is _OWNED_CUE else None
            owner = (speaker(report, sentence, people) if owned.group("ours") else owner_code(
                report, owned.group("owner") or owned.group("owner2") or owned.group("owner3") or owned.group("owner4"), people)) if owned else None
            if owned and owner is None and owned.group("owner"):
                continue  # "Monday's proposal to ...": no country owns it; "the initiative of President X" is one, of no country known
            subject_end = cue_end if pattern is _AMONG_CUE else cue_start  # "Among her proposals were": whose, in the cue itself
            proposer, decided = (owner, True) if owned else subject_country(report, sentence, base + subject_end, people, previous)
            if proposer is None and pattern in (_AMONG_CUE, _LIST_CUE) and _UNOWNED_LIST.match(text, cue_start if pattern is _LIST_CUE else 0):
                proposer = speaker_before(report, sentence, people)  # "X addressed the summit. The proposals included ..."
            told = pattern.match(text, cue_start) if pattern is _REPORTED_CUE else None
            if told and told.group("who")[:1].isupper():
                proposer, decided = owner_code(report, told.group("who"), people), True  # "said Chile will open": Chile
            if pattern is _LIST_CUE and (put_by := _PUT_BY.search(text, cue_start, cue_end)):
                proposer, decided = report.gazetteer.country_code(put_by.group(1)), True
            if pattern is _NOUN_CUE and _BACKING.search(text, max(0, cue_start - 30), cue_start):
                proposer, decided = None, False
            if pattern is _PROPOSAL_CUE and text.startswith("welcomed", cue_start):
                proposer, decided = None, False  # "Chile welcomed the creation of a council": someone's, not Chile's
            if proposer is None and pattern is _FURTHER_CUE and text.startswith(("plans", "planned"), cue_start):
                continue  # "the company plans to open a plant": a plan of no member
            if decided and proposer:
                previous = proposer
            rest = text[cue_end:stop]
            if aside := _ASIDE.match(rest):  # "proposed, among other things, the creation of ...": what it proposed comes after
                rest, cue_end = rest[aside.end() :], cue_end + aside.end()
            if pattern is _AMONG_CUE:
                rest = _INCLUDING.split(rest)[0]  # "Among them were projects in X, including A and B": A and B are its parts
            if described := _DESCRIBED.search(rest):
                rest = rest[: described.start()]  # "a plan, supported by ...", "a proposal ranging from A to B": its description
            for piece, offset in split_items(rest, commas=pattern is _LIST_CUE):
                if cut_off and base + cue_end + offset + len(piece.rstrip()) >= len(report.text.rstrip()):
                    bounds = [m.start() for m in _ITEM_BOUNDS.finditer(piece)]
                    if not bounds:
                        break  # the text stops mid-sentence: its last item is unfinished, but for what came before a comma
                    piece = piece[: bounds[-1]]
                title = unframed(shortened(clean_item(without_amount(clean_item(piece)))))
                if ITEM_STOP.match(piece.strip()) or offset and APPOSITIVE.match(piece.strip()):
                    break
                if not is_initiative_title(title):
                    continue
                start = base + cue_end + offset + piece.find(title.split()[0])
                found.extend(InitiativeFact(title=one, proposed_by=proposer if pattern is not _AGREEMENT_CUE else None,
                                            quotes=[make_quote(report.text, max(start, base + cue_start), base + cue_end + offset + len(piece))])
                             for one in one_each(title))
        enumerated = _ORDINAL_ITEM.match(text) if sentence.start_char - counted_at < 1500 and sentence.words & _ORDINALS else None
        if enumerated and (piece := next(iter(split_items(text[enumerated.end() :], commas=False)), None)):
            title = shortened(clean_item(piece[0]))  # "The second seeks to ...": the second of the projects counted before
            if is_initiative_title(title):
                start = base + enumerated.end() + piece[1] + piece[0].find(title.split()[0])
                found.append(InitiativeFact(title=title, proposed_by=counted_by, quotes=[make_quote(report.text, start, start + len(title))]))
        if sentence.words & _COUNTED_NOUNS and (counted := _COUNTED.search(text)):
            counted_at = sentence.end_char  # "Chile put forward three proposals": Chile's; "five projects the sides agreed on": no one's
            counted_by = None if _JOINTLY.search(text) else subject_country(report, sentence, base + counted.start(), people, None)[0]
        labelled: list[tuple[int, int]] = []
        if sentence.words & QUOTED_CONTEXT and QUOTE_MARKS.search(text):
            for match in QUOTED_NAME.finditer(text):
                group = next(index for index in range(1, 6) if match.group(index))
                name = match.group(group).strip(" ,.")
                if DOCUMENT_NAME.search(name) or SLOGAN.search(name) or len(name.split()) < 2 or is_format_name(name) \
                        or FORMAT_AFTER.match(text[match.end() :]) or _THROUGH_OWN.search(text, 0, match.start()):
                    continue  # "... through its 'Silk Bridge' programme": an instrument it has, not one put forward
                if len(LOWER_WORD.findall(name)) > 3:
                    continue  # a quoted sentence ("... opened a new chapter in our partnership"), not a name
                if past or LABELLED.search(text, 0, match.start()) or FORMAT_NAME.match(name) and OF_FORMAT.search(text, 0, match.start()) \
                        or OF_DIALOGUE.search(text, 0, match.start()):
                    labelled.append((match.start(), match.end()))
                    continue  # a theme, a label or a document's own title ("a forum themed '...'", "calling it '...'")
                owner = OWNER_BEFORE.search(text[: match.start()])
                proposer = report.gazetteer.country_code(owner.group(1)) if owner else _leading_owner(report, name)
                if proposer is None and (verb := NAMED_CONTEXT.search(text, 0, match.start())):
                    proposer = subject_country(report, sentence, base + verb.start(), people, previous)[0]  # "he introduced the 'X'"
                found.append(InitiativeFact(title=name, proposed_by=proposer, confidence=0.8, named=True,
                                            quotes=[make_quote(report.text, base + match.start(group), base + match.start(group) + len(name))]))
        for agreed in _AGREED_THAT.finditer(text) if sentence.words & _THAT_VERBS else ():
            title = clean_item(agreed.group("title"))
            if is_initiative_title(title):
                start = base + agreed.start("title") + agreed.group("title").find(title.split()[0])
                proposer = None if agreed.group("verb") in ("agreed", "decided") else subject_country(
                    report, sentence, base + agreed.start(), people, previous)[0]  # "Norway suggested that a fund be set up"
                found.append(InitiativeFact(title=title, proposed_by=proposer, quotes=[make_quote(report.text, start, base + agreed.end())]))
        passive = _PASSIVE.match(text) if "by" in sentence.words and not _PASSIVE_VERBS.isdisjoint(sentence.words) else None
        if passive and " made by" in passive.group(0) and not _FRAMED.match(passive.group("title")):
            passive = None  # "the largest share was made by Japan": only a proposal or an offer is made
        if passive and _CLAUSE_VERB.search(passive.group("title")):
            passive = None  # "The ministers approved the Plan, initiated by X": the name after the verb, found below
        if passive and is_initiative_title(clean_item(passive.group("title"))):
            who = passive.group("who")
            proposer = owner_code(report, who, people)
            title = unframed(clean_item(passive.group("title")))
            start = base + passive.start("title") + passive.group("title").find(title.split()[0])
            found.append(InitiativeFact(title=title, proposed_by=proposer, quotes=[make_quote(report.text, start, base + passive.end("who"))]))
        for by in _PROPOSED_BY.finditer(text) if not passive and "by" in sentence.words and not _PASSIVE_VERBS.isdisjoint(sentence.words) else ():
            title = unframed(clean_item(by.group("title")))
            if is_initiative_title(title) and not _PROPOSAL_NOUN.match(title):
                start = base + by.start("title") + by.group("title").find(title.split()[0])
                found.append(InitiativeFact(title=title, proposed_by=owner_code(report, by.group("who"), people),
                                            quotes=[make_quote(report.text, start, base + by.end("who"))]))
        sentence_context = not past and not NAMED_HEAD_WORDS.isdisjoint(sentence.words) and NAMED_CONTEXT.search(text)
        if not past and not NAMED_HEAD_WORDS.isdisjoint(sentence.words) and (sentence_context or "our" in sentence.words or "s" in sentence.words
                                                                              or sentence.words & ROUTE_WORDS) and NAMED_HEAD.search(text):
            for match in NAMED.finditer(text):
                name = match.group("name")
                possessed = match.group("owner") and _POSSESSIVE_S.match(match.group(0)[len(match.group("owner")) :]) or match.group("ours")
                # a verb's stem inside the name ("the Country Development Strategy") is no verb about it
                context = sentence_context and any(not match.start("name") <= verb.start() < match.end("name") for verb in NAMED_CONTEXT.finditer(text))
                if not context and (not possessed or BODY.search(name)) and not ROUTE.search(name) or ALIAS.search(text, 0, match.start()):
                    # With no verb of proposing about, only a name a country owns ("the EU’s X Strategy", "our X") or a
                    # route is one; "the X Route (Middle Corridor)", "also known as the Y", "the traditional Z": another
                    # name of one already found, or an old one
                    continue
                if is_format_name(name) or not possessed and PLACE_BEFORE.search(text, 0, match.start()):
                    continue  # "on the basis of the Astana International Financial Center": a place, not what is proposed
                if (any(start <= match.start() < end for start, end in labelled) or NAMED_AS_SUBJECT.search(text, 0, match.start())
                        or HELD_AFTER.match(text, match.end()) or ACTOR_AFTER.match(text, match.end())
                        or name.endswith("Forum") and HOSTED.search(text, 0, match.start())):
                    continue  # "a Joint Statement on an Expanded Partnership", "Astana hosted the first Energy Forum": a title, an event
                owner = report.gazetteer.country_code(match.group("owner")) if match.group("owner") else _leading_owner(report, name)
                owner = speaker(report, sentence, people) if match.group("ours") else owner
                verb = [v for v in NAMED_CONTEXT.finditer(text, 0, match.start())]  # the subject is the verb's, not the object's
                supported = verb and SUPPORTING.match(text, verb[-1].start())  # "reaffirmed its support for X": X is not theirs
                proposer = owner
                if not (owner or supported or not context):
                    proposer = subject_country(report, sentence, base + (verb[-1].start() if verb else match.start()), people, previous)[0]
                found.append(InitiativeFact(title=SPACES.sub(" ", name), proposed_by=proposer, confidence=0.75, named=True,
                                            quotes=[make_quote(report.text, base + match.start("name"), base + match.end("name"))]))
        if HEAD_FIRST_WORDS & sentence.words:
            for match in HEAD_FIRST.finditer(text):
                verb = [v for v in HEAD_FIRST_CONTEXT.finditer(text, 0, match.start())]
                if not (verb or HEAD_FIRST_CONTEXT.search(text, match.end())) or is_format_name(match.group("name")):
                    continue
                proposing = verb and not SUPPORTING.match(text, verb[-1].start()) and not verb[-1].group().lower().startswith("adopt")
                proposer = subject_country(report, sentence, base + verb[-1].start(), people, previous)[0] if proposing else None
                found.append(InitiativeFact(title=match.group("name"), proposed_by=proposer, confidence=0.75, named=True,
                                            quotes=[make_quote(report.text, base + match.start("name"), base + match.end("name"))]))
        if len(found) > first and sentence.words & _AT_WORDS and (at := _AT_INITIATIVE.search(text)):
            if code := owner_code(report, at.group("who") or at.group("whose"), people):
                for item in found[first:]:
                    item.proposed_by = item.proposed_by or code
    return _dedupe_initiatives(found + find_listed(report, people) + find_counted(report, people))


# "five projects", "The second seeks to ...": projects counted, then told one by one.
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?(?:projects|initiatives|proposals|programmes|programs)\b", re.I)
_ORDINAL_ITEM = re.compile(r"(?:The|A)\s+(?:first|second|third|fourth|fifth|sixth|seventh|last|final)(?:\s+and\s+\w+)?(?:\s+(?:project|initiative|proposal|programme))?"
                           r"(?:,\s+[^,]{3,60},)?\s+(?:(?:is|are) aimed at|seeks to|centers on|centres on|focuses on|aims to|is|was|would|will)\s+")
_ORDINALS = frozenset("first second third fourth fifth sixth seventh last final".split())
_COUNTED_NOUNS = frozenset("projects initiatives proposals programmes programs".split())
# Every word one of find_initiatives' tests of a sentence needs (a sentence with none of them gives nothing).
_ANY_WORDS = (_CUE_WORDS | _HEADLINE_VERBS | _ORDINALS | _COUNTED_NOUNS | QUOTED_CONTEXT | _THAT_VERBS | _PASSIVE_VERBS
              | NAMED_HEAD_WORDS | HEAD_FIRST_WORDS | _AT_WORDS)


def _leading_owner(report: Report, name: str) -> str | None:
    """'the new EU Strategy on ...', 'the Japanese Digital Hub': a name opening with a country or its people's word is
    that country's; not a format's name ("Korea-Central Asia Fund"), which is the format's."""
    first = re.match(r"[\w]+(?=\s)", name)
    return report.gazetteer.country_code(first.group(0)) if first and not is_format_name(name) else None


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
