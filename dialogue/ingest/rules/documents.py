"""Outcome documents adopted or signed."""

from __future__ import annotations

import re

from dialogue.ingest import lexicon as lx
from dialogue.ingest.facts import DocumentFact
from dialogue.ingest.parse_numbers import find_counts
from dialogue.ingest.report import Report, make_quote

_DOCUMENT_RE = re.compile(
    r"(?P<kind>(?:(?:[A-Z][\w-]*|(?i:final|joint|new|bilateral|intergovernmental|interagency|commercial|investment|cooperation))\s+){0,4}?"
    r"(?i:" + "|".join(re.escape(k) for k, _ in lx.DOCUMENT_KINDS) + r")(?:\s+for\s+\d{4}\s*[-–]\s*\d{4})?)\b",
)
_DOCUMENT_CATEGORY = {kind: category for kind, category in lx.DOCUMENT_KINDS}
_KIND_PATTERNS = [(kind, re.compile(re.escape(kind), re.I)) for kind, _ in lx.DOCUMENT_KINDS]
_ADOPTED = re.compile(r"\b(" + "|".join(lx.DOCUMENT_VERBS) + r")\b", re.I)


# An outcome document is proved by its citation as well as by its adoption: "as a joint statement put it",
# "the joint declaration said", "released the joint declaration".
_CITED = re.compile(r"\b(?:according to|said|says|stated|states|noted|notes|reads|released?|published|issued)\b", re.I)
_KIND = re.compile("|".join(re.escape(kind) for kind, _ in lx.DOCUMENT_KINDS), re.I)
# The first word of every kind as a sentence's words give it ("communiqué" -> "communiqu"): a cheaper test first.
_KIND_WORDS = frozenset(re.findall(r"[a-z]+", kind)[0] for kind, _ in lx.DOCUMENT_KINDS)
_OUTCOMES = {"joint statement", "declaration", "action plan"}
# What "documents" are ("documents on cooperation in education", "documents signed by the public sector"), up to
# their worth: a sum is the deal's to tell, not the documents' name.
_DOCUMENTS_ON = re.compile(r"[^.;]*?(?=[.;]|\s+(?:worth|valued|totall?ing|amounting|for\s+a\s+total)\b|\s+\(|$)")
_FUTURE = re.compile(r"\b(?:will|would|expected|to be adopted|to be signed|plans? to|draft)\b", re.I)


def _cites(text: str, match: re.Match) -> bool:
    """The document itself is cited: "the joint statement said", "according to the declaration", "released the
    action plan"; a speaker who "said" elsewhere in the sentence proves no document."""
    return any(0 <= cite.start() - match.end() <= 30 or 0 <= match.start() - cite.end() <= 12 for cite in _CITED.finditer(text))


def find_documents(report: Report) -> list[DocumentFact]:
    documents: list[DocumentFact] = []
    for sentence in report.sentences:
        text = sentence.text
        if _KIND_WORDS.isdisjoint(sentence.words) or not _KIND.search(text):
            continue
        adopted = _ADOPTED.search(text)
        cited = _CITED.search(text)
        if not adopted and not cited:
            continue
        for match in _DOCUMENT_RE.finditer(text):
            kind = match.group("kind").strip()
            head = next(k for k, pattern in _KIND_PATTERNS if pattern.search(kind))
            category = _DOCUMENT_CATEGORY[head]
            if _FUTURE.search(text[max(0, match.start() - 50) : match.end() + 40]):
                continue  # "a declaration to be adopted", "will sign an agreement": not yet an outcome
            if not adopted and (category not in _OUTCOMES or not _cites(text, match)):
                continue  # "according to the statement" proves a joint statement, not an agreement
            before = text[max(0, match.start() - 30) : match.start()]
            counts = [c for c in find_counts(before + " ") if c.end >= len(before) - 1]
            plural = head.endswith("s") or head in ("memoranda",)
            count = counts[-1].value if counts else (None if plural else 1)
            if re.fullmatch(r"(?i)(documents?|agreements?|contracts?|memorand\w+|papers)", kind) and count is None:
                continue
            kind = re.sub(r"^(?:The|A|An|Their|Its|His|Her|Our|This|That|These|Those)\s+", "", kind)
            start = sentence.start_char + (match.start() - (len(before) - counts[-1].start) if counts else match.start())
            quote = make_quote(report.text, start, sentence.start_char + match.end())
            phrase_end = _DOCUMENTS_ON.match(text[match.end():])
            if head == "documents" and phrase_end:
                kind = (kind + text[match.end() : match.end() + phrase_end.end()]).strip()
                kind = re.sub(r"\b(were|was|also)\b\s*", "", kind).strip(" ,")
            twin = next((d for d in documents if d.category == category and (count in (None, 1) and d.count in (None, 1))), None)
            if twin and category != "other":
                twin.quotes.append(quote)
                continue
            documents.append(DocumentFact(kind=kind, category=category, count=count,
                                          qualifier=counts[-1].qualifier if counts else "", quotes=[quote]))
    return documents
