"""Give every report of MANIFEST.tsv its part, once: `train` (rules may be written beside it) or
`test` (scored at milestones, never read). A report keeps the part it was given; a new one is
placed by the SHA-256 of its name, so nobody chooses where a report goes.

    python3 bench/corpus/split.py                 # the English corpus
    python3 bench/corpus/split.py bench/corpus-ru   # another corpus folder, with its own MANIFEST.tsv
"""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

TEST_SHARE = 1 / 3


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    manifest = folder / "MANIFEST.tsv"
    with manifest.open(newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    new = sorted((r for r in rows if not r["split"]), key=lambda r: hashlib.sha256(r["name"].encode()).hexdigest())
    tests = sum(r["split"] == "test" for r in rows)
    for row in new:
        placed = len(rows) - len(new) + new.index(row)
        row["split"] = "test" if tests < round((placed + 1) * TEST_SHARE) else "train"
        tests += row["split"] == "test"
    with manifest.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} reports: {tests} test, {len(rows) - tests} train ({len(new)} placed now)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
