"""Outcome documents adopted or signed."""

from __future__ import annotations

import re

from dialogue.ingest import lexicon as lx
from dialogue.ingest.facts import DocumentFact
from dialogue.ingest.parse_numbers import find_counts
from dialogue.ingest.report import Report, make_quote
from dialogue.ingest.rules.deal_counts import signed_by_businesses

# Words that say which documents: "major multilateral agreements", "intergovernmental and interdepartmental agreements".
_WHICH = (r"final|joint|new|bilateral|multilateral|major|intergovernmental|interdepartmental|interagency|interstate|commercial"
          r"|investment|cooperation")
# A document's kind with the words before it that say which ("the Bergen Declaration", "public- and private-sector
# agreements") and the name after it ("Declaration of Intent", "Agreement on Mutual Assistance in Customs Affairs").
_DOCUMENT_RE = re.compile(
    r"(?P<kind>(?:(?:[A-Z][\w-]*|(?i:" + _WHICH + r")(?:\s+and\s+(?i:" + _WHICH + r"))?"
    r"|[a-z]+-\s+and\s+[a-z]+(?:-[a-z]+)+|[a-z]+(?:-[a-z]+)+)\s+){0,4}?"
    r"(?i:" + "|".join(re.escape(k) for k, _ in lx.DOCUMENT_KINDS) + r")(?:\s+for\s+\d{4}\s*[-–]\s*\d{4})?"
    r"(?:\s+(?:of|on|for)\s+(?:the\s+|an?\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*|\s+for\s+\d{4}\s*[-–]\s*\d{4}"
    r"|\s+and(?=\s+[A-Z])|\s+(?:in|of|on|the|for|an?|between|with)(?=\s+(?:the\s+|an?\s+)?[A-Z]))*)?)\b",  # "and the ...": a list's next item
)
# Words that only say how many: "a series of agreements", "several memoranda".
_QUANTIFIER = re.compile(r"(?i:\b(?:a\s+)?(?:series|number|package|set|range|raft|host|batch|slew)\s+of\s+(?:[\w-]+\s+){0,2}$"
                         r"|\b(?:several|numerous|various|multiple|many|some)\s+(?:[\w-]+\s+){0,2}$)")
_LEADING_QUANTIFIER = re.compile(r"^(?:Several|Numerous|Various|Multiple|Many|Some|All)\s+")  # "All Agreements ...": a heading
_LIST_FOLLOWS = re.compile(r"[^.;]{0,40}?(?:,\s*|\s+)(?:including|such as|namely|among them)\s+(?:the\s+|an?\s+)?[A-Z]"
                           r"|\s*(?:were\s+signed|were\s+adopted)?\s*[.:]\s*(?:In particular|These|They|Among them)\b|\s*:")
# "The Bergen Declaration, an ambitious roadmap for ...,": the second kind names the first document again.
_APPOSITION = re.compile(r"^[\"”’»]?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$")
_APPOSITION_END = re.compile(r"[^.;,]{0,60}?,\s+(?:was|were|is|has|had|which|that)\b|\s+(?:which|that)\b")  # not ", and a ...": a list goes on
# "a joint text that serves as a roadmap for ...": what a document is likened to is no document of its own
_LIKENED = re.compile(r"\b(?:serv\w*|act\w*|function\w*|regarded|seen|described)\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "This document has approved ...": a document referred back to, named before
_REFERRED_BACK = re.compile(r"\b(?:this|that|these|those|such|the\s+said|the\s+same)\s+$", re.I)
# Agreements with a worth are deals (rules/deals.py): "14 memoranda worth €3 billion", "a $200 million contract", and
# "four memoranda with ... for ... projects, totalling €365 million"; not "papers inked, backing contracts ... worth".
_WORTH = r"(?:worth|valued\s+at|amounting\s+to|totall?ing|estimated\s+at|with\s+a\s+(?:total\s+|combined\s+)?value\s+of)\b"
_VALUED = re.compile(r"[^.;,]{0,40}?\s" + _WORTH + r"|[^.;]{0,160}?,\s*" + _WORTH, re.I)
# "two memoranda were signed for the expansion of a $4 billion mill", "a contract under which the rail operator will pay
# the Norwegian side $7 billion": the sum after what the agreement is on, or binds a side to pay, is its worth
_TERMS_PRICED = re.compile(r"(?:\s+of\s+understanding)?(?:\s+\([^()]{0,20}\))?(?:\s+(?:were|was|have\s+been|has\s+been)\s+signed)?\s+(?:on|for)\s+"
                           r"(?:the\s+(?:construction|building|development|expansion|moderni[sz]ation|supply|purchase)\s+of\s+)?(?:the|a|an)\s+(?:US)?[$€£¥]"
                           r"|\s+under\s+which\s+[^,.;]{0,90}?\b(?:pay|pays|provide|provides|invest|invests|lend|lends)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:US)?[$€£¥]", re.I)
# "an agreement on visas, and firms signed deals worth ...": the worth is another clause's
_ANOTHER_CLAUSE = re.compile(r"\b(?:and|while|whereas)\b[^,]*\b(?:signed|inked|concluded|agreed|adopted|struck)\b", re.I)
_PRICED = re.compile(r"(?:[$€£¥]\s?|\b(?:USD|EUR|US\$)\s?)[\d.,]+\s*(?:million|billion|bn|mln|m)?(?:[\s-]+(?:dollar|euro|yuan))?\s+$", re.I)
_PART_OF = re.compile(r"\b(?:including|such\s+as|covering|among\s+them)\b", re.I)
# Adopted in a year before the report's, or back then: an earlier meeting's outcome.
_ADOPTED_IN = re.compile(r"[^.;]{0,80}?,?\s*(?:which\s+was\s+|that\s+was\s+)?\b(?:adopted|signed|approved)\s+(?:back\s+)?in\s+(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b")
_CEREMONY = re.compile(r"\s+signing\s+ceremony\b", re.I)
_WILL = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to|plans\s+to)\b", re.I)
_SIGNED = re.compile(r"\b(?:signed|inked|concluded)\b")
_DOCUMENT_CATEGORY = {kind: category for kind, category in lx.DOCUMENT_KINDS}
_KIND_PATTERNS = [(kind, re.compile(re.escape(kind), re.I)) for kind, _ in lx.DOCUMENT_KINDS]
_ADOPTED = re.compile(r"\b(" + "|".join(lx.DOCUMENT_VERBS) + r")\b", re.I)
# A meeting's yield, for an outcome document only: "the talks produced a Berlin Declaration" (not "produced new agreements")
_YIELDED = re.compile(r"\b(?:produced|yielded|resulted\s+in)\b", re.I)


# An outcome document is proved by its citation as well as by its adoption: "as a joint statement put it",
# "the joint declaration said", "released the joint declaration".
_CITED = re.compile(r"\b(?:according to|said|says|stated|states|noted|notes|reads|released?|published|issued)\b", re.I)
_KIND = re.compile("|".join(re.escape(kind) for kind, _ in lx.DOCUMENT_KINDS), re.I)
# The first word of every kind as a sentence's words give it ("communiqué" -> "communiqu"): a cheaper test first.
_KIND_WORDS = frozenset(re.findall(r"[a-z]+", kind)[0] for kind, _ in lx.DOCUMENT_KINDS)
# The kinds no other kind stands inside ("plan" in "action plan"), for str.find on the lower-cased text: a third of _KIND's cost.
_KINDS_LOWER = [kind.lower() for kind, _ in lx.DOCUMENT_KINDS]
_KIND_FINDS = tuple(k for k in _KINDS_LOWER if not any(o != k and o in k for o in _KINDS_LOWER))
_OUTCOMES = {"joint statement", "declaration", "action plan"}
# What "documents" are ("documents on cooperation in education", "documents signed by the public sector"), up to
# their worth: a sum is the deal's to tell, not the documents' name.
_DOCUMENTS_ON = re.compile(r"[^.;]*?(?=[.;]|\s+(?:worth|valued|totall?ing|amounting|accounting\s+for|for\s+a\s+total)\b|\s+\(|$)")
# "launched negotiations on a partnership agreement": the document is what they negotiate
_NEGOTIATED = re.compile(r"\bnegotiat\w*\s+(?:on|for|over|of|towards?)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,5}$", re.I)
_FUTURE = re.compile(r"\b(?:will|would|could|expected|to be adopted|to be signed|plans? to|draft|under\s+negotiation"
                     r"|being\s+(?:prepared|drafted|negotiated)|(?:agreed|decided|ready|intend\w*|aim\w*|hope\w*)\s+to\s+(?:sign|adopt|conclude)"
                     r"|(?:discuss\w*|consider\w*|prepar\w*|preparations\s+for)\s+(?:the\s+)?(?:signing|adoption|adopting)|last\s+year|previously"
                     r"|(?:soonest|early|earliest|speedy|swift|prompt)\s+(?:signing|adoption|conclusion)"
                     r"|(?:set|due|slated|poised|scheduled|going)\s+to\s+(?:sign|adopt|conclude|ink))\b", re.I)
# "The talks are expected to end in the adoption of a set of papers": still to come, however far the verb
_EXPECTED_TO = re.compile(r"\b(?:is|are)\s+expected\s+to\b[^.;,]*$", re.I)
_GENERIC = {kind for kind, _ in lx.DOCUMENT_KINDS} | {f"{word} {kind}" for kind, _ in lx.DOCUMENT_KINDS for word in ("final", "joint", "new")}


def _cites(text: str, match: re.Match) -> bool:
    """The document itself is cited: "the joint statement said", "according to the declaration", "released the
    action plan"; a speaker who "said" elsewhere in the sentence proves no document."""
    return any(0 <= cite.start() - match.end() <= 30 or 0 <= match.start() - cite.end() <= 12 for cite in _CITED.finditer(text))


def find_documents(report: Report) -> list[DocumentFact]:
    documents: list[DocumentFact] = []
    for sentence in report.sentences:
        text = sentence.text
        if _KIND_WORDS.isdisjoint(sentence.words) or not report.may_hold(sentence, *_KIND_FINDS) or report.blind is None and not _KIND.search(text):
            continue
        verbs = list(_ADOPTED.finditer(text))
        cited = _CITED.search(text)
        yielded = list(_YIELDED.finditer(text))
        if not verbs and not cited and not yielded:
            continue
        previous_end = valued_end = None
        for match in _DOCUMENT_RE.finditer(text):
            kind = match.group("kind").strip()
            apposed = previous_end is not None and _APPOSITION.match(text[previous_end : match.start()]) and _APPOSITION_END.match(text, match.end())
            previous_end = match.end()
            if apposed or _LIKENED.search(text, 0, match.start()):
                continue
            bare = re.sub(r"^(?:This|That|These|Those|Such)\s+", "", kind)
            if (bare != kind or _REFERRED_BACK.search(text, 0, match.start())) and bare.lower() in _GENERIC:
                continue
            if valued_end is not None and _PART_OF.search(text, valued_end, match.start()):
                continue  # "14 agreements worth €3 billion, covering ... and a Memorandum on ...": one of the deal's
            # "Signed agreements" as a heading: a verb inside the kind adopts nothing
            head = next(k for k, pattern in _KIND_PATTERNS if pattern.search(kind))
            category = _DOCUMENT_CATEGORY[head]
            adopted = any(not match.start() <= verb.start() < match.end() for verb in verbs + (yielded if category in _OUTCOMES else []))
            if category not in _OUTCOMES and _valued(text, match):
                valued_end = match.end()
                continue
            if category not in _OUTCOMES and (signing := _SIGNED.search(text, 0, match.start())) and signed_by_businesses(text, signing.start()):
                continue  # "companies signed 14 agreements": deals (rules/deal_counts.py)
            if _CEREMONY.match(text, match.end()) and _WILL.search(text, 0, match.start()):
                continue  # "he will hold talks and attend a memorandum signing ceremony": a signing still to come
            if _FUTURE.search(text[max(0, match.start() - 50) : match.end() + 40]) or _NEGOTIATED.search(text, 0, match.start()) \
                    or _EXPECTED_TO.search(text, 0, match.start()):
                continue  # "a declaration to be adopted", "will sign an agreement": not yet an outcome
            earlier = _ADOPTED_IN.match(text, match.end())
            if earlier and report.published and int(earlier.group("year")) < report.published.year:
                continue  # "the Joint Roadmap adopted in 2019": an earlier meeting's
            if not adopted and (category not in _OUTCOMES or not _cites(text, match)):
                continue  # "according to the statement" proves a joint statement, not an agreement
            before = text[max(0, match.start() - 30) : match.start()]
            counts = [c for c in find_counts(before + " ") if c.end >= len(before) - 1]
            plural = plural_kind(head)
            count = counts[-1].value if counts else (None if plural else 1)
            if plural and not counts and (leading := [c for c in find_counts(kind) if c.start == 0 and kind[:1].isupper()]):
                count, kind = leading[0].value, kind[leading[0].end :].strip()  # "Ten joint documents were signed": a sentence opening with the count
            kind = _LEADING_QUANTIFIER.sub("", kind)
            quantified = _QUANTIFIER.search(text[: match.start()]) or _QUANTIFIER.search(match.group("kind")[: len(match.group("kind")) - len(kind)])
            if re.fullmatch(r"(?i)(new\s+)?(documents?|agreements?|contracts?|memorand\w+(\s+of\s+understanding)?|papers)", kind) and count is None \
                    and not (quantified and plural_kind(kind) and category != "other"):  # "a number of documents" only announces a list
                continue
            if count is None and plural and _LIST_FOLLOWS.match(text, match.end()):
                continue  # "the sides signed several papers, including the Memorandum on ...": the list names them
            kind = re.sub(r"^(?:The|A|An|Their|Its|His|Her|Our|This|That|These|Those)\s+", "", kind)
            start = sentence.start_char + (match.start() - (len(before) - counts[-1].start) if counts else match.start())
            quote = make_quote(report.text, start, sentence.start_char + match.end())
            phrase_end = _DOCUMENTS_ON.match(text[match.end():])
            if head == "documents" and phrase_end:
                kind = (kind + text[match.end() : match.end() + phrase_end.end()]).strip()
                kind = re.sub(r"\b(were|was|also)\b\s*", "", kind).strip(" ,")
            twin = next((d for d in documents if d.category == category and (count in (None, 1) and d.count in (None, 1))
                         and _one_document(d.kind, kind)), None)
            if twin and category != "other":
                twin.quotes.append(quote)
                continue
            named = next((d for d in documents if d.category == category and d.count in (None, 1) and count in (None, 1)
                          and _names(d.kind, kind)), None)
            if named is not None:
                named.kind = kind  # "a joint declaration ... The Tokyo Declaration": the name the report gives it later
                named.quotes.append(quote)
                continue
            documents.append(DocumentFact(kind=kind, category=category, count=count,
                                          qualifier=counts[-1].qualifier if counts else "", quotes=[quote]))
    return documents


def _valued(text: str, match: re.Match) -> bool:
    """Agreements told with their worth, no other document between them and it: a deal's, not an outcome document."""
    worth = _VALUED.match(text, match.end())
    return bool(worth and not _KIND.search(text, match.end(), worth.end()) and not _ANOTHER_CLAUSE.search(text, match.end(), worth.start())) \
        or bool(_PRICED.search(text, max(0, match.start() - 40), match.start())) or bool(_TERMS_PRICED.match(text, match.end()))


def plural_kind(kind: str) -> bool:
    return bool(re.search(r"(?i)(?:s|memoranda)(?:\s+of\s+understanding)?$", kind))


def _names(generic: str, kind: str) -> bool:
    """A kind named later ("the Tokyo Declaration", "the Joint Statement on Partnership") for one named only by its kind
    before ("a joint statement"); one named for what it is on ("Declaration of Intent" after "a joint declaration")
    is a document of its own."""
    generic = re.sub(r"^(?:the|a|an)\s+", "", generic.lower())
    return generic in _GENERIC and (kind.lower().startswith(generic) or not re.search(r"\s(?:of|on|for)\s+(?!\d)", kind))


def _one_document(a: str, b: str) -> bool:
    """Two mentions of one document: the same name, or the later names only the kind ("the declaration"); a joint
    declaration and a Declaration of Intent named after it are two."""
    a, b = (re.sub(r"^(?:the|a|an)\s+", "", k.lower()) for k in (a, b))
    return a == b or b in _GENERIC
