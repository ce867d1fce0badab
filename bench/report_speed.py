"""Report speed over a large synthetic record (10 formats, 200 meetings, 5,000 initiatives,
100,000 deals): the time to compute every target's figures, and to render one format's
report as HTML and as PDF. Medians of several runs.

    .venv/bin/python bench/report_speed.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        if not os.environ.get("DATABASE_URL"):
            os.environ["DIALOGUE_DATA_DIR"] = data
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        from bench.synthetic_record import generate
        from dialogue.record.models import Format, Target
        from dialogue.tracking.progress import targets_progress
        from dialogue.tracking.report import report_write

        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        sizes = generate()
        print(f"generated {sizes} into {connection.vendor} in {time.perf_counter() - started:.1f} s")

        def timed(action) -> float:
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                action()
                times.append(time.perf_counter() - start)
            return statistics.median(times)

        targets = list(Target.objects.select_related("meeting"))
        figures = timed(lambda: targets_progress(targets))
        print(f"figures for all {len(targets)} targets ({sizes['deals']:,} deals): {figures:.2f} s (median of {args.runs})")
        fmt = Format.objects.order_by("key").first()
        out = Path(data)
        for suffix in (".html", ".pdf", ".md"):
            seconds = timed(lambda: report_write(fmt, out / f"report{suffix}"))
            print(f"report for {fmt.short_name} as {suffix[1:]:4}: {seconds:.2f} s (median of {args.runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
