"""Extraction quality: `dialogue extract` over every report in ../shared/corpus/ (and our own
test articles), scored by the corpus's own scorer. Prints the scorer's tables.

    .venv/bin/python bench/extraction_quality.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DIALOGUE = Path(sys.executable).parent / "dialogue"
CORPORA = {"shared corpus": SHARED / "corpus", "own test articles": REPO / "tests" / "ingest" / "articles"}


def main() -> int:
    scorer = SHARED / "tools" / "score_extraction.py"
    for name, folder in CORPORA.items():
        if not folder.is_dir():
            print(f"{name}: {folder} is not there; skipped")
            continue
        with tempfile.TemporaryDirectory() as out:
            subprocess.run([str(DIALOGUE), "extract", str(folder), "--json-dir", out], check=True, capture_output=True)
            print(f"== {name} ({len(list(folder.glob('*.json')))} gold annotations)")
            print(subprocess.run([sys.executable, str(scorer), str(folder), out], check=True, capture_output=True, text=True).stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
