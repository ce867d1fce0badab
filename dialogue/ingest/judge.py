"""A judge learnt from reviewers' decisions: how likely a reviewer is to accept a candidate.

Rules propose; people accept, correct or reject. Those decisions are labelled data, and a
linear bag-of-words classifier (spaCy's own text categoriser, trained here, so no model is
downloaded) learns from them which proposals of each kind reviewers keep: the words of the
candidate, of its quote and of what stands just before and after it. Extraction then gives each
candidate the judge's probability as its confidence and holds back those the judge doubts.

Nothing here touches the database: samples come in, a judge (bytes) goes out.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from dialogue.ingest.facts import Extraction, Quote

# The kinds whose candidates the judge weighs: the ones rules propose in numbers, where reviewers reject most.
JUDGED = ("initiative", "attendance", "bilateral", "deal", "document")
ACCEPT, REJECT = "accept", "reject"
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5)  # 0: the kind is weighed but nothing of it held back
GAIN_NEEDED = 0.01  # held-out F1 a threshold must add over holding nothing back
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
CONTEXT_WORDS = 6


@dataclass(frozen=True, slots=True)
class Sample:
    """One candidate as the judge sees it, and (when a reviewer has decided) whether it was kept."""

    kind: str
    title: str
    text: str  # the source's whole text; quotes are offsets into it
    spans: tuple[tuple[int, int], ...]
    accepted: bool | None = None


def _words(text: str, limit: int | None = None, *, last: bool = False) -> list[str]:
    found = [word.lower() for word in _WORD.findall(text)]
    if limit is None:
        return found
    return found[-limit:] if last else found[:limit]


def _bucket(count: int) -> str:
    return "1" if count <= 1 else "2" if count == 2 else "3-5" if count <= 5 else "6-10" if count <= 10 else "11+"


def features(sample: Sample) -> list[str]:
    """The tokens the classifier reads, each prefixed by the candidate's kind so that kinds learn apart."""
    title_words = _words(sample.title)
    capitals = sum(1 for word in _WORD.findall(sample.title) if word[:1].isupper())
    shape = "none" if not capitals else "all" if capitals == len(title_words) else "some"
    tokens = ["bias", f"tlen={_bucket(len(title_words))}", f"tcap={shape}"]
    tokens += [f"t:{word}" for word in title_words[:16]]
    if sample.spans:
        start = min(s for s, _ in sample.spans)
        end = max(e for _, e in sample.spans)
        before = sample.text[max(0, start - 200):start]
        after = sample.text[end:end + 200]
        before = _SENTENCE_END.split(before)[-1]
        after = _SENTENCE_END.split(after)[0]
        quote = sample.text[start:end]
        tokens.append(f"qlen={_bucket(len(_words(quote)))}")
        tokens += [f"q:{word}" for word in _words(quote)[:30]]
        tokens += [f"l:{word}" for word in _words(before, CONTEXT_WORDS, last=True)]
        tokens += [f"r:{word}" for word in _words(after, CONTEXT_WORDS)]
        # what comes right before the title inside the quote ("proposed", "the", "initiative of")
        at = quote.lower().find(sample.title.lower()[:40]) if sample.title else -1
        if at > 0:
            tokens += [f"p:{word}" for word in _words(quote[:at], 3, last=True)]
    return [f"{sample.kind}|{token}" for token in tokens]


class Judge:
    """A trained classifier, what it was trained on, and per kind the probability under which it holds a
    candidate back (0 where holding back did not help on decisions it had not seen)."""

    def __init__(self, nlp):
        self._nlp = nlp
        self.thresholds: dict[str, float] = dict(nlp.meta.get("thresholds", {}))

    @property
    def decisions(self) -> int:
        return self._nlp.meta["decisions"]

    @property
    def kept(self) -> int:
        return self._nlp.meta["kept"]

    def probabilities(self, samples: Sequence[Sample]) -> list[float]:
        """For each sample, the probability that a reviewer keeps it; kinds the judge does not weigh get 1."""
        docs = [Doc(self._nlp.vocab, words=features(sample)) for sample in samples if sample.kind in JUDGED]
        scored = iter([doc.cats[ACCEPT] for doc in self._nlp.pipe(docs)])
        return [next(scored) if sample.kind in JUDGED else 1.0 for sample in samples]

    def to_bytes(self) -> bytes:
        self._nlp.meta["thresholds"] = self.thresholds
        return self._nlp.to_bytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Judge:
        nlp = _blank()
        nlp.from_bytes(data)
        return cls(nlp)


def _blank():
    import spacy

    nlp = spacy.blank("xx")
    nlp.add_pipe("textcat", config={"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
                                              "ngram_size": 1, "no_output_layer": False, "length": 2**18}})
    return nlp


class TooFewDecisions(ValueError):
    """Training needs decisions both ways: kept and rejected."""


def _fit(decided: list[Sample], *, epochs: int, seed: int):
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = _blank()
    textcat = nlp.get_pipe("textcat")
    textcat.add_label(ACCEPT)
    textcat.add_label(REJECT)
    examples = [Example.from_dict(Doc(nlp.vocab, words=features(sample)), {"cats": {ACCEPT: float(sample.accepted), REJECT: float(not sample.accepted)}})
                for sample in decided]
    optimizer = nlp.initialize(lambda: examples)
    order = random.Random(seed)
    for _ in range(epochs):
        order.shuffle(examples)
        for batch in minibatch(examples, size=8):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


def _f1(rows: list[tuple[float, bool]], under: float) -> float:
    """F1 of the decisions a threshold would keep, against those reviewers kept."""
    hit = sum(1 for probability, kept in rows if kept and probability >= under)
    shown = sum(1 for probability, _ in rows if probability >= under)
    wanted = sum(1 for _, kept in rows if kept)
    return 2 * hit / (shown + wanted) if shown + wanted else 1.0


def _thresholds(decided: list[Sample], *, epochs: int, seed: int, folds: int = 4) -> dict[str, float]:
    """Per kind, the threshold that did best on decisions held out of training (in folds), if it beat holding nothing back."""
    held_out: dict[str, list[tuple[float, bool]]] = {kind: [] for kind in JUDGED}
    for fold in range(folds):
        train = [sample for index, sample in enumerate(decided) if index % folds != fold]
        test = [sample for index, sample in enumerate(decided) if index % folds == fold]
        if not test or len({sample.accepted for sample in train}) < 2:
            continue
        judge = Judge(_fit(train, epochs=epochs, seed=seed))
        for sample, probability in zip(test, judge.probabilities(test), strict=True):
            held_out[sample.kind].append((probability, bool(sample.accepted)))
    chosen = {}
    for kind, rows in held_out.items():
        best = max(THRESHOLDS, key=lambda under: (round(_f1(rows, under), 6), -under))
        chosen[kind] = best if _f1(rows, best) >= _f1(rows, 0.0) + GAIN_NEEDED else 0.0
    return chosen


def judge_train(samples: Iterable[Sample], *, epochs: int = 12, seed: int = 0) -> Judge:
    """A judge trained on decided samples; the same samples and seed give the same judge."""
    decided = [sample for sample in samples if sample.accepted is not None and sample.kind in JUDGED]
    kept = sum(1 for sample in decided if sample.accepted)
    if not kept or kept == len(decided):
        raise TooFewDecisions(f"{len(decided)} decisions, {kept} kept: training needs both kept and rejected candidates")
    nlp = _fit(decided, epochs=epochs, seed=seed)
    nlp.meta.update(decisions=len(decided), kept=kept, thresholds=_thresholds(decided, epochs=epochs, seed=seed))
    return Judge(nlp)


# ----------------------------------------------------------------------------- an extraction's facts as samples


def _spans(quotes: list[Quote]) -> tuple[tuple[int, int], ...]:
    return tuple((quote.start, quote.end) for quote in quotes)


def sample_title(kind: str, *, title: str = "", name: str = "", role: str = "", between: Sequence[str] = ()) -> str:
    """What the judge reads as a candidate's title, the same from a fact as from a stored candidate: a participant
    by name and post, talks by the two sides, anything else by its title."""
    if kind == "attendance":
        return f"{name} {role}".strip()
    if kind == "bilateral":
        return " ".join(between)
    return title


def extraction_samples(extraction: Extraction, text: str) -> list[tuple[str, object, Sample]]:
    """(kind, fact, sample) for every fact of a kind the judge weighs."""
    out: list[tuple[str, object, Sample]] = []
    for meeting in extraction.meetings[:1]:  # only the main meeting's participants become candidates
        for person in meeting.participants:
            title = sample_title("attendance", name=person.name, role=person.role or "")
            out.append(("attendance", person, Sample("attendance", title, text, _spans(person.quotes))))
    out += [("initiative", fact, Sample("initiative", fact.title, text, _spans(fact.quotes))) for fact in extraction.initiatives]
    out += [("bilateral", fact, Sample("bilateral", sample_title("bilateral", between=fact.between), text, _spans(fact.quotes)))
            for fact in extraction.bilaterals]
    out += [("deal", fact, Sample("deal", fact.title, text, _spans(fact.quotes[:1]))) for fact in extraction.deals]
    out += [("document", fact, Sample("document", fact.kind, text, _spans(fact.quotes))) for fact in extraction.documents]
    return out


@dataclass(frozen=True, slots=True)
class Sifted:
    extraction: Extraction
    held_back: int


def extraction_sift(extraction: Extraction, text: str, judge: Judge) -> Sifted:
    """The extraction with the judge's probability as each weighed fact's confidence, less the facts it holds back."""
    rows = extraction_samples(extraction, text)
    if not rows:
        return Sifted(extraction, 0)
    doubted: set[int] = set()
    for (kind, fact, _), probability in zip(rows, judge.probabilities([sample for _, _, sample in rows]), strict=True):
        fact.confidence = round(probability, 3)
        if probability < judge.thresholds.get(kind, 0.0):
            doubted.add(id(fact))

    def keep(facts: list) -> list:
        return [fact for fact in facts if id(fact) not in doubted]

    meetings = list(extraction.meetings)
    if meetings:
        meetings[0] = replace(meetings[0], participants=keep(meetings[0].participants))
    sifted = replace(extraction, meetings=meetings, initiatives=keep(extraction.initiatives), bilaterals=keep(extraction.bilaterals),
                     deals=keep(extraction.deals), documents=keep(extraction.documents))
    return Sifted(sifted, len(doubted))
