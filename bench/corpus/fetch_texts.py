"""Bring back the texts of bench/corpus/ that this machine lacks (they are third-party and never
committed): each report's address from MANIFEST.tsv, fetched, its main text taken by trafilatura,
written to texts/NAME.txt under the header the gold was annotated with.

    .venv/bin/python bench/corpus/fetch_texts.py [--dry-run] [--corpus bench/corpus-ru]

A copy kept on this machine outside the work tree ($DIALOGUE_CORPUS_CACHE, by default
~/.cache/dialogue-ledger/corpus-texts, and corpus-texts-ru for bench/corpus-ru) is used first, and refreshed from texts/ on every run:
a new checkout of the repository finds the texts there without the network.
The gold was written on the opening of each page as a search service stored it (up to about
2,000 characters); a page fetched today may be longer or changed, so a figure on fetched texts
says so. Without network access the script lists what is missing and exits 1.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sys
import urllib.request
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
CACHE = Path(os.environ.get("DIALOGUE_CORPUS_CACHE", Path.home() / ".cache" / "dialogue-ledger" / "corpus-texts"))


def missing_rows(corpus: Path) -> list[dict]:
    with (corpus / "MANIFEST.tsv").open(newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [row for row in rows if not (corpus / "texts" / f"{row['name']}.txt").exists()]


def language_of(corpus: Path) -> str:
    """A corpus folder's language: "bench/corpus-ru" is Russian, "bench/corpus" English."""
    return corpus.name.removeprefix("corpus").lstrip("-") or "en"


def fetch(row: dict, language: str) -> str:
    import trafilatura

    request = urllib.request.Request(row["url"], headers={"User-Agent": "dialogue-ledger corpus"})
    with urllib.request.urlopen(request, timeout=30) as response:
        page = response.read().decode("utf-8", "replace")
    text = trafilatura.extract(page) or ""
    if not text.strip():
        raise ValueError("no main text found on the page")
    header = f"source: {row['outlet']}\nurl: {row['url']}\npublished: {row['published']}\nlanguage: {language}\n---\n"
    return header + text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dry-run", action="store_true", help="list what is missing, fetch nothing")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder (default: bench/corpus)")
    arguments = parser.parse_args()
    dry_run, corpus = arguments.dry_run, arguments.corpus.resolve()
    language = language_of(corpus)
    cache = CACHE if language == "en" else CACHE.with_name(f"{CACHE.name}-{language}")
    texts = corpus / "texts"
    texts.mkdir(exist_ok=True)
    cache.mkdir(parents=True, exist_ok=True)
    for text in texts.glob("*.txt"):  # keep the machine's copy complete
        if not (cache / text.name).exists():
            shutil.copy(text, cache / text.name)
    restored = 0
    for row in missing_rows(corpus):
        cached = cache / f"{row['name']}.txt"
        if cached.exists():
            shutil.copy(cached, texts / cached.name)
            restored += 1
    rows = missing_rows(corpus)
    fetched = 0
    for row in rows:
        if dry_run:
            print(f"missing {row['name']}: {row['url']}")
            continue
        try:
            (texts / f"{row['name']}.txt").write_text(fetch(row, language), encoding="utf-8")
            fetched += 1
        except (OSError, ValueError) as error:
            print(f"not fetched {row['name']} ({row['url']}): {error}", file=sys.stderr)
    print(f"{restored} restored from the machine's copy, {fetched} fetched, {len(rows) - fetched} still missing")
    return 1 if len(rows) > fetched else 0

if __name__ == "__main__":
    sys.exit(main())
