"""Report speed, in two parts. Medians of several runs.

1. `dialogue report --out r.pdf` on the shipped record, as a chair runs it (a new process each time), beside a
   reference run in the same loop: a new Python process doing a fixed amount of arithmetic. Their ratio says how
   the report compares with the machine's speed at that moment, so a figure from a busy machine can still be
   compared with one from a quiet machine.
2. Over a large synthetic record (10 formats, 200 meetings, 5,000 initiatives, 100,000 deals): the time to compute
   every target's figures, and to render one format's report as HTML, PDF and Markdown (skip with --default-only).

    .venv/bin/python bench/report_speed.py [--runs 5] [--default-only]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DIALOGUE = str(Path(sys.executable).parent / "dialogue")
SHIPPED_RECORD = REPO / "dialogue" / "record" / "fixtures" / "c5_japan.json"  # record.defaults.DEFAULT_RECORD, read before Django is set up
REFERENCE = "total = 0\nfor i in range(4_000_000):\n    total += i * i % 7"  # about 0.4 s on a quiet machine


def _seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def default_record_pdf(runs: int) -> None:
    """The chair's command on the shipped record, each run beside a reference run in the same loop."""
    with tempfile.TemporaryDirectory() as data:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"DIALOGUE_DATA_DIR": data}
        subprocess.run([DIALOGUE, "migrate"], env=env, check=True, capture_output=True)
        subprocess.run([DIALOGUE, "load", str(SHIPPED_RECORD)], env=env, check=True, capture_output=True)
        out = Path(data) / "r.pdf"
        reports, references = [], []
        for _ in range(runs):
            references.append(_seconds([sys.executable, "-c", REFERENCE], env))
            reports.append(_seconds([DIALOGUE, "report", "--out", str(out)], env))
        report, reference = statistics.median(reports), statistics.median(references)
        print(f"dialogue report --out r.pdf on the shipped record: {report:.2f} s (median of {runs}; "
              f"{out.stat().st_size:,} bytes)")
        print(f"reference (a new Python process, fixed arithmetic): {reference:.2f} s (median of {runs}); "
              f"ratio report / reference: {report / reference:.2f}")


def synthetic_record(runs: int) -> None:
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
            for _ in range(runs):
                start = time.perf_counter()
                action()
                times.append(time.perf_counter() - start)
            return statistics.median(times)

        targets = list(Target.objects.select_related("meeting"))
        figures = timed(lambda: targets_progress(targets))
        print(f"figures for all {len(targets)} targets ({sizes['deals']:,} deals): {figures:.2f} s (median of {runs})")
        fmt = Format.objects.order_by("key").first()
        out = Path(data)
        for suffix in (".html", ".pdf", ".md"):
            seconds = timed(lambda: report_write(fmt, out / f"report{suffix}"))
            print(f"report for {fmt.short_name} as {suffix[1:]:4}: {seconds:.2f} s (median of {runs})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--default-only", action="store_true", help="Skip the large synthetic record.")
    args = parser.parse_args()
    default_record_pdf(args.runs)
    if not args.default_only:
        synthetic_record(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
