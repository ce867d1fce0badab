"""Extraction scored on the development corpus of bench/corpus/ by the shared corpus scorer.

    .venv/bin/python bench/corpus_eval.py            # the train part: the texts rules may be written beside
    .venv/bin/python bench/corpus_eval.py --test     # the test part: only at a milestone, never to tune on
    .venv/bin/python bench/corpus_eval.py --names '7*'  # a new batch, both parts, once, before any rule sees it
    .venv/bin/python bench/corpus_eval.py --corpus bench/corpus-ru   # the Russian corpus (its train part)

The texts are third-party and kept out of the repository (bench/corpus/texts/, git-ignored);
bench/corpus/fetch_texts.py says how to bring them back. A report whose text is missing is
left out and counted, so a figure always says how many reports it stands on.
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import importlib.util
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "bench" / "corpus"
SCORER = REPO.parent / "shared" / "tools" / "score_extraction.py"


def corpus_rows(split: str, names: str = "") -> list[dict]:
    """The reports of one part, or (with a name pattern) those whose names match, whatever their part."""
    with (CORPUS / "MANIFEST.tsv").open(newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    patterns = [pattern for pattern in names.split(",") if pattern]
    return [row for row in rows if any(fnmatch.fnmatch(row["name"], p) for p in patterns)] if patterns else [row for row in rows if row["split"] == split]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_split(split: str, scorer, workdir: Path, names: str = "") -> tuple[dict, int, int]:
    """The scorer's table for one part, the number of reports scored and the number missing their text."""
    from dialogue.ingest.annotation import as_annotation
    from dialogue.ingest.extract import extract_report
    from dialogue.ingest.gazetteer import Gazetteer
    from dialogue.ingest.readers import RawReport, read_reports

    gazetteer = Gazetteer.standard()
    gold, pred = workdir / "gold", workdir / "pred"
    gold.mkdir()
    pred.mkdir()
    scored = missing = 0
    for row in corpus_rows(split, names):
        text = CORPUS / "texts" / f"{row['name']}.txt"
        if not text.exists():
            missing += 1
            continue
        (report,) = read_reports([str(text)])
        assert isinstance(report, RawReport), report
        facts = extract_report(report, gazetteer)
        (pred / f"{row['name']}.json").write_text(json.dumps(as_annotation(facts, gazetteer)))
        shutil.copy(CORPUS / "gold" / f"{row['name']}.json", gold)
        scored += 1
    return scorer.score(gold, pred), scored, missing


def main() -> int:
    global CORPUS
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--test", action="store_true", help="score the test part (milestones only)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder (default: bench/corpus, the English one)")
    parser.add_argument("--names", default="", help="score the reports whose names match this pattern (or any of several, comma-separated), whatever their part: "
                        "a new batch's first run, before any rule is written beside it")
    arguments = parser.parse_args()
    CORPUS = arguments.corpus.resolve()  # the functions above read the corpus folder from here
    split = "test" if arguments.test else "train"
    import django

    sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
    django.setup()
    scorer = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        _, scored, missing = score_split(split, scorer, Path(tmp), arguments.names)
        chosen = f"reports named {arguments.names}" if arguments.names else f"{split} part"
        print(f"== {CORPUS.relative_to(REPO)}, {chosen}: {scored} reports scored, {missing} without their text")
        scorer.main([str(Path(tmp) / "gold"), str(Path(tmp) / "pred")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
