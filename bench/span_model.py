"""Does a span model trained on the corpus propose initiatives that generalise? Measured, not used.

    .venv/bin/python bench/span_model.py                       # 4 folds over the English train part, spaCy's ner
    .venv/bin/python bench/span_model.py --component spancat   # its span categoriser instead

The rules score high on the reports they were written beside and low on unseen ones, initiatives
worst. This bench asks whether a statistical span finder would do better where rules cannot reach:
k-fold cross-validation by report over the train part only (the test part is never read). Each fold
trains spaCy's named-entity recogniser or span categoriser from scratch (a blank English pipeline,
spaCy's default HashEmbed+CNN tok2vec, no pretrained vectors, nothing downloaded) on the other folds'
reports, whose gold initiative titles are found in their text, and proposes spans on the held-out ones. The
held-out reports are scored with the shared scorer's own initiative matching for: the rules alone,
the model alone, their union, and the model kept only in sentences with a proposal cue word (alone
and added to the rules). Proposers for the model's spans are the nearest country named before them.
The model's figures are held out; the rules' are not (they were written beside these very reports), so
the comparison flatters the rules.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import corpus_eval  # noqa: E402

SCORER = corpus_eval.load_scorer()

LABEL = "INITIATIVE"
SPANS_KEY = "sc"
PIPES = {"ner": "ner", "spancat": "spancat_singlelabel"}
NEGATIVE_WEIGHT = 0.05
MIN_EPOCHS = 10
# Most gold titles run to 12 words or fewer; spancat scores every n-gram up to this length.
LONGEST = 12
KINDS = ("initiative", "initiative.proposed_by")
# Words by which a report says someone put an idea on the table.
CUE = re.compile(r"\b(propos\w*|put(?:s|ting)? forward|initiative\w*|suggest\w*|call(?:s|ed|ing)? for|launch\w*|offer\w*|"
                 r"unveil\w*|announc\w*|advocat\w*|initiat\w*|plan(?:s|ned)? to|idea)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")


@dataclass(frozen=True)
class Initiative:
    """A title as the scorer reads it, with the country that proposed it, if known."""

    title: str
    proposed_by: str | None = None

    def annotation(self) -> dict:
        return {"title": self.title, "proposed_by": self.proposed_by}


@dataclass
class Report:
    """One report's body, its gold initiatives and what the rules proposed for it."""

    name: str
    body: str
    gold: list[Initiative]
    rules: list[Initiative] = field(default_factory=list)


@dataclass
class Proposal:
    """A span the model proposed, with the sentence it stands in (for the cue filter)."""

    initiative: Initiative
    sentence: str


def body_of(raw: str) -> str:
    """The report's text after its `---` header line (all of it when there is no header)."""
    lines = raw.split("\n")
    return "\n".join(lines[lines.index("---") + 1:]) if "---" in lines else raw


def title_spans(text: str, title: str) -> list[tuple[int, int]]:
    """Every place the title stands in the text, ignoring case and how words are spaced or wrapped."""
    words = title.split()
    if not words:
        return []
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)"
    return [match.span() for match in re.finditer(pattern, text, re.IGNORECASE)]


def paragraphs(body: str) -> list[tuple[int, str]]:
    """Paragraphs with their offsets: the units the model reads, short enough to train fast."""
    return [(match.start(), match.group()) for match in re.finditer(r"\S(?:.|\n(?!\s*\n))*", body)]


def sentence_at(paragraph: str, start: int, end: int) -> str:
    """The sentence of a paragraph that holds the span (start, end)."""
    bounds = [0] + [match.end() for match in SENTENCE_END.finditer(paragraph)] + [len(paragraph)]
    return paragraph[max(b for b in bounds if b <= start):min(b for b in bounds if b >= end)]


def training_spans(report: Report) -> tuple[list[tuple[int, int]], int]:
    """The gold titles' spans in the body (longest first where they overlap) and how many titles were not found."""
    found, missing = [], 0
    for initiative in report.gold:
        spans = title_spans(report.body, initiative.title)
        missing += not spans
        found += spans
    kept: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda s: s[0] - s[1]):
        if all(end <= s or start >= e for s, e in kept):
            kept.append((start, end))
    return sorted(kept), missing


class CountryFinder:
    """Country names and demonyms by the gazetteer, to name the proposer nearest before a span."""

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer
        names = sorted(set(gazetteer.countries) | set(gazetteer.demonyms), key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names if len(n) > 2) + r")(?:['’]s)?(?!\w)")

    def before(self, text: str) -> str | None:
        found = list(self.pattern.finditer(text))
        return self.gazetteer.name_of(self.gazetteer.country_code(found[-1].group(1))) if found else None


def _examples(nlp, reports: list[Report], component: str):
    from spacy.training import Example

    examples = []
    for report in reports:
        spans, _ = training_spans(report)
        for offset, text in paragraphs(report.body):
            doc = nlp.make_doc(text)
            entities = [(s - offset, e - offset, LABEL) for s, e in spans if s >= offset and e <= offset + len(text)]
            aligned = [doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in entities]
            entities = [(span.start_char, span.end_char, LABEL) for span in aligned if span is not None]
            annotation = {"entities": entities} if component == "ner" else {"spans": {SPANS_KEY: entities}}
            examples.append(Example.from_dict(doc, annotation))
    return examples


def _config(component: str) -> dict:
    """The span categoriser in its one-label form, with negatives weighted down: with every n-gram a
    candidate and a few hundred titles, the multi-label one learns to say no to all (measured: no span)."""
    if component == "ner":
        return {}
    suggester = {"@misc": "spacy.ngram_suggester.v1", "sizes": list(range(1, LONGEST + 1))}
    return {"spans_key": SPANS_KEY, "suggester": suggester, "negative_weight": NEGATIVE_WEIGHT, "allow_overlap": False}


def train(reports: list[Report], seed: int, max_epochs: int, budget: float, component: str = "ner",
          log: Callable[[str], None] = print):
    """A blank English pipeline with a named-entity recogniser ("ner") or span categoriser ("spancat")
    trained on the reports' initiative spans.

    The loss of one epoch is noisy, so after a few epochs (the recogniser stopped at its early plateaus
    undertrained) training stops when two epochs in a row fail to bring it 5% below the best so far (it
    has settled), at the epoch cap, or when the time budget is spent.
    """
    import spacy
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    nlp.add_pipe(PIPES[component], config=_config(component)).add_label(LABEL)
    examples = _examples(nlp, reports, component)
    optimizer = nlp.initialize(lambda: examples)
    shuffle = random.Random(seed)
    began, best, stale, epoch, loss = time.monotonic(), float("inf"), 0, 0, 0.0
    for epoch in range(1, max_epochs + 1):
        shuffle.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        loss = losses.get(PIPES[component], 0.0)
        stale = stale + 1 if loss > 0.95 * best else 0
        best = min(best, loss)
        if (stale == 2 and epoch >= MIN_EPOCHS) or time.monotonic() - began > budget:
            break
    log(f"  {component} trained on {len(reports)} reports ({len(examples)} paragraphs): {epoch} epochs, "
        f"last loss {loss:.1f}, {time.monotonic() - began:.0f} s")
    return nlp


def propose(nlp, report: Report, countries: CountryFinder | None) -> list[Proposal]:
    """The model's spans in a report, once per title (the scorer counts a title once), each with the nearest
    country named before it in its paragraph as proposer."""
    found: list[Proposal] = []
    for _, text in paragraphs(report.body):
        for entity in found_spans(nlp(text)):
            if any(title_match(entity.text, p.initiative.title) for p in found):
                continue
            proposer = countries.before(text[:entity.start_char]) if countries else None
            found.append(Proposal(Initiative(entity.text, proposer), sentence_at(text, entity.start_char, entity.end_char)))
    return found


def found_spans(doc) -> list:
    """The recogniser's entities, or the categoriser's spans with the best-scored of overlapping ones kept."""
    if SPANS_KEY not in doc.spans:
        return list(doc.ents)
    group = doc.spans[SPANS_KEY]
    kept: list = []
    for span, _ in sorted(zip(group, group.attrs["scores"], strict=True), key=lambda pair: -float(numpy.max(pair[1]))):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda span: span.start)


def title_match(a: str, b: str) -> bool:
    return SCORER.title_match(a, b)


def added(base: list[Initiative], extra: list[Initiative]) -> list[Initiative]:
    """The base list with the extra titles it does not already hold."""
    return base + [i for i in extra if not any(title_match(i.title, b.title) for b in base)]


def variants(report: Report, proposals: list[Proposal]) -> dict[str, list[Initiative]]:
    """What each way of combining rules and model proposes for one report."""
    model = [p.initiative for p in proposals]
    cued = [p.initiative for p in proposals if CUE.search(p.sentence)]
    return {"rules": report.rules, "model": model, "rules+model": added(report.rules, model),
            "model in cue sentences": cued, "rules+cued model": added(report.rules, cued)}


def tally(gold: list[Initiative], predicted: list[Initiative], into: dict[str, list[int]]) -> None:
    """Adds hits, predictions and gold counts per initiative fact kind, by the scorer's own matching."""
    gold_facts = SCORER.facts({"initiatives": [i.annotation() for i in gold]})
    pred_facts = SCORER.facts({"initiatives": [i.annotation() for i in predicted]})
    for kind in KINDS:
        g = [f for f in gold_facts if f[0] == kind]
        p = [f for f in pred_facts if f[0] == kind]
        row = into.setdefault(kind, [0, 0, 0])
        row[0] += SCORER.match(g, p)
        row[1] += len(p)
        row[2] += len(g)


def folds_of(reports: list[Report], folds: int, seed: int) -> list[list[Report]]:
    order = sorted(reports, key=lambda r: r.name)
    random.Random(seed).shuffle(order)
    return [order[i::folds] for i in range(folds)]


def cross_validate(reports: list[Report], folds: int = 4, seed: int = 0, max_epochs: int = 40, budget: float = 170.0,
                   countries: CountryFinder | None = None, component: str = "ner", log: Callable[[str], None] = print) -> list[dict[str, dict[str, list[int]]]]:
    """Per fold, per variant, per initiative fact kind: [hits, predicted, gold] on the held-out reports."""
    results = []
    parts = folds_of(reports, folds, seed)
    for number, held_out in enumerate(parts, 1):
        log(f"fold {number}/{folds}: {len(held_out)} reports held out")
        nlp = train([r for part in parts if part is not held_out for r in part], seed, max_epochs, budget, component, log)
        table: dict[str, dict[str, list[int]]] = {}
        for report in held_out:
            for variant, predicted in variants(report, propose(nlp, report, countries)).items():
                tally(report.gold, predicted, table.setdefault(variant, {}))
        results.append(table)
    return results


def summary(results: list[dict[str, dict[str, list[int]]]]) -> list[str]:
    """A line per variant and kind: every fold's F1, their median, and P/R/F1 pooled over all held-out reports."""
    lines = [f"{'variant':24} {'kind':24} {'folds F1':>24} {'median':>6} {'gold':>5} {'pred':>5} {'hit':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for variant in results[0]:
        for kind in KINDS:
            rows = [fold[variant][kind] for fold in results]
            fold_f1 = [SCORER.prf(*row)[2] for row in rows]
            pooled = [sum(row[i] for row in rows) for i in range(3)]
            p, r, f = SCORER.prf(*pooled)
            lines.append(f"{variant:24} {kind:24} {' '.join(f'{x:.2f}' for x in fold_f1):>24} {statistics.median(fold_f1):6.3f} "
                         f"{pooled[2]:5d} {pooled[1]:5d} {pooled[0]:4d} {p:6.3f} {r:6.3f} {f:6.3f}")
    return lines


def corpus_reports(gazetteer) -> tuple[list[Report], int]:
    """The train part's reports with their text, with the rules' initiatives, and the number without a text."""
    import json

    from dialogue.ingest.annotation import as_annotation
    from dialogue.ingest.extract import extract_report
    from dialogue.ingest.readers import read_reports

    reports, missing = [], 0
    for row in corpus_eval.corpus_rows("train"):
        path = corpus_eval.CORPUS / "texts" / f"{row['name']}.txt"
        if not path.exists():
            missing += 1
            continue
        gold = json.loads((corpus_eval.CORPUS / "gold" / f"{row['name']}.json").read_text())
        (raw,) = read_reports([str(path)])
        rules = as_annotation(extract_report(raw, gazetteer), gazetteer)["initiatives"]
        reports.append(Report(row["name"], body_of(path.read_text()),
                              [Initiative(i.get("title") or "", i.get("proposed_by")) for i in gold.get("initiatives") or []],
                              [Initiative(i["title"], i.get("proposed_by")) for i in rules]))
    return reports, missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-epochs", type=int, default=40)
    parser.add_argument("--component", choices=("ner", "spancat"), default="ner", help="spaCy's recogniser or its span categoriser")
    parser.add_argument("--budget", type=float, default=170.0, help="seconds of training a fold at most (checked after each epoch)")
    arguments = parser.parse_args()
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
    django.setup()
    from dialogue.ingest.gazetteer import Gazetteer

    gazetteer = Gazetteer.standard()
    reports, missing = corpus_reports(gazetteer)
    unfound = sum(training_spans(r)[1] for r in reports)
    titles = sum(len(r.gold) for r in reports)
    print(f"== bench/corpus, train part only: {len(reports)} reports ({missing} without their text), "
          f"{arguments.folds}-fold cross-validated by report (seed {arguments.seed}), spaCy {arguments.component} from scratch; "
          f"{titles} gold initiatives, {unfound} not found in their text (left out of training, still scored); "
          "the model is scored on held-out reports, the rules on reports they were written beside")
    results = cross_validate(reports, arguments.folds, arguments.seed, arguments.max_epochs, arguments.budget,
                             CountryFinder(gazetteer), arguments.component)
    print("\n".join(summary(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
