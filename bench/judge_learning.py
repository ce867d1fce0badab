"""What the judge learnt from reviewers' decisions adds to extraction, on the development corpus.

    .venv/bin/python bench/judge_learning.py          # the train part, in folds (a fold is never judged by a judge that saw it)
    .venv/bin/python bench/judge_learning.py --test   # trained on the whole train part, scored on the test part (milestones only)

A reviewer's decision is simulated from the gold: a candidate the gold holds is accepted, one it
does not is rejected. For each fold of reports, judges are trained on the decisions of the other
folds (the first 25, 50, 100 and 200 a reviewer would make, in a random order, and all of them)
and the fold's extractions are scored with and without the judge by the shared corpus scorer.
Figures are medians over seeds; every line names the part it was measured on.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

SCORED = {"initiative": "initiative", "attendance": "participant", "bilateral": "bilateral", "deal": "deal", "document": "document"}
SIZES = (25, 50, 100, 200, None)
FOLDS = 4
SEEDS = (0, 1, 2)


def _alone(kind: str, fact, meeting) -> "Extraction":  # noqa: F821 (imported once Django is set up)
    """An extraction holding this one fact, so the scorer's own reading of it can be matched against the gold."""
    from dialogue.ingest.facts import Extraction

    empty = Extraction(format=None, partner=None, meetings=[], initiatives=[], targets=[], documents=[], bilaterals=[],
                       next_meeting=None, chairs=[])
    if kind == "attendance":
        return replace(empty, meetings=[replace(meeting, participants=[fact])])
    field = {"initiative": "initiatives", "bilateral": "bilaterals", "deal": "deals", "document": "documents"}[kind]
    return replace(empty, **{field: [fact]})


class Report:
    """One corpus report: its extraction, its gold, and its judged facts labelled as a reviewer would."""

    def __init__(self, name: str, extraction, gold: dict, text: str, scorer, gazetteer):
        from dialogue.ingest.annotation import as_annotation
        from dialogue.ingest.judge import extraction_samples

        self.name, self.extraction, self.gold, self.text = name, extraction, gold, text
        gold_facts = scorer.facts(gold)
        self.samples = []
        for kind, fact, sample in extraction_samples(extraction, text):
            scored = SCORED[kind]
            mine = [f for f in scorer.facts(as_annotation(_alone(kind, fact, extraction.meetings[0] if extraction.meetings else None),
                                                          gazetteer)) if f[0] == scored]
            kept = bool(mine) and any(scorer.same(scored, g, mine[0]) for g in gold_facts)
            self.samples.append(replace(sample, accepted=kept))


def load(split: str):
    import json

    from corpus_eval import CORPUS, corpus_rows, load_scorer

    from dialogue.ingest.extract import extract_report
    from dialogue.ingest.gazetteer import Gazetteer
    from dialogue.ingest.readers import read_reports

    scorer, gazetteer = load_scorer(), Gazetteer.standard()
    reports = []
    for row in corpus_rows(split):
        path = CORPUS / "texts" / f"{row['name']}.txt"
        if not path.exists():
            continue
        (raw,) = read_reports([str(path)])
        gold = json.loads((CORPUS / "gold" / f"{row['name']}.json").read_text())
        reports.append(Report(row["name"], extract_report(raw, gazetteer), gold, raw.text, scorer, gazetteer))
    return reports, scorer, gazetteer


def score(reports, scorer, gazetteer, judge=None) -> dict:
    """The scorer's table for these reports, each extraction sifted by the judge when there is one."""
    import json

    from dialogue.ingest.annotation import as_annotation
    from dialogue.ingest.judge import extraction_sift

    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp, "gold"), Path(tmp, "pred")
        gold.mkdir(), pred.mkdir()
        for report in reports:
            extraction = extraction_sift(_copy(report.extraction), report.text, judge).extraction if judge else report.extraction
            (pred / f"{report.name}.json").write_text(json.dumps(as_annotation(extraction, gazetteer)))
            (gold / f"{report.name}.json").write_text(json.dumps(report.gold))
        return scorer.score(gold, pred)


def _copy(extraction):
    import copy

    return copy.deepcopy(extraction)  # the sift sets confidences; the unjudged run must not see them


def f1(table: dict, kind: str) -> float:
    hit, pred, gold = table.get(kind, (0, 0, 0))
    return 2 * hit / (pred + gold) if pred + gold else 1.0


def overall(table: dict) -> float:
    hit = sum(v[0] for v in table.values())
    pred = sum(v[1] for v in table.values())
    gold = sum(v[2] for v in table.values())
    return 2 * hit / (pred + gold) if pred + gold else 1.0


def line(label: str, tables: list[dict]) -> str:
    cells = [statistics.median(f1(t, kind) for t in tables) for kind in ("initiative", "participant", "bilateral", "deal", "document")]
    return f"{label:<34}" + "".join(f"{c:>12.3f}" for c in cells) + f"{statistics.median(overall(t) for t in tables):>10.3f}"


def _judge(decisions: list, size: int | None, seed: int):
    """A judge trained on the first `size` decisions in one random order (all of them with None), or None
    when they are not both kept and rejected."""
    from dialogue.ingest.judge import TooFewDecisions, judge_train

    pool = decisions[:]
    random.Random(seed).shuffle(pool)
    try:
        return judge_train(pool[:size] if size else pool, seed=seed)
    except TooFewDecisions:
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--test", action="store_true", help="train on the whole train part, score the test part (milestones only)")
    arguments = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
    import django

    django.setup()
    train, scorer, gazetteer = load("train")
    header = f"{'':<34}" + "".join(f"{k:>12}" for k in ("initiative", "participant", "bilateral", "deal", "document")) + f"{'overall':>10}"
    if arguments.test:
        test, _, _ = load("test")
        decisions = [s for r in train for s in r.samples]
        print(f"== test part: {len(test)} reports; judges trained on the train part's {len(decisions)} simulated decisions")
        print(header)
        print(line("rules alone", [score(test, scorer, gazetteer)]))
        for size in SIZES:
            tables = [score(test, scorer, gazetteer, judge) for seed in SEEDS if (judge := _judge(decisions, size, seed))]
            if tables:
                print(line(f"judge, {size or 'all'} decisions", tables))
        return 0
    folds = [train[index::FOLDS] for index in range(FOLDS)]
    print(f"== train part: {len(train)} reports in {FOLDS} folds; each fold judged by judges trained on the other folds' decisions")
    print(f"   decisions available: {sum(len(r.samples) for r in train)} ({sum(s.accepted for r in train for s in r.samples)} kept)")
    print(header)
    print(line("rules alone", [score(train, scorer, gazetteer)]))
    for size in SIZES:
        tables = []
        for seed in SEEDS:
            pooled = {}
            for index, fold in enumerate(folds):
                pool = [s for other, reports in enumerate(folds) if other != index for r in reports for s in r.samples]
                judge = _judge(pool, size, seed)  # too few decisions either way: the rules alone
                for kind, counts in score(fold, scorer, gazetteer, judge).items():
                    pooled[kind] = tuple(a + b for a, b in zip(pooled.get(kind, (0, 0, 0)), counts, strict=True))
            tables.append(pooled)
        print(line(f"judge, {size or 'all'} decisions", tables))
    return 0


if __name__ == "__main__":
    sys.exit(main())
