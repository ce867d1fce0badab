"""Ingestion speed on synthetic ~500-word reports (bench/synthetic.py).

Prints reports/s and words/s for extraction alone, and for full ingestion (source, extraction,
resolution, candidates) into SQLite and PostgreSQL, each with 1 and 2 worker processes.
Each figure is the median of several runs.

    .venv/bin/python bench/ingest_speed.py [--reports 400] [--runs 3]

PostgreSQL is measured when DATABASE_URL names one, or through scripts/with-postgres.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _reports(count: int):
    from bench.synthetic import report
    from dialogue.ingest.readers import RawReport

    return [RawReport(origin=f"synthetic:{i}", stem=str(i), **report(i)) for i in range(count)]


def _setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
    import django

    django.setup()


def _extract_all(reports, workers: int, gazetteer) -> float:
    from dialogue.ingest.services import _worker_extract, _worker_start

    start = time.perf_counter()
    if workers == 1:
        _worker_start(gazetteer)
        for item in reports:
            _worker_extract(item)
    else:
        with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(gazetteer,)) as pool:
            list(pool.map(_worker_extract, reports, chunksize=16))
    return time.perf_counter() - start


def extraction(count: int, runs: int) -> None:
    _setup_django()
    from dialogue.ingest.gazetteer import Gazetteer
    from dialogue.ingest.nlp import pipeline

    reports = _reports(count)
    words = sum(len(r.text.split()) for r in reports)
    gazetteer = Gazetteer.standard()
    pipeline(gazetteer)  # compile once, outside the timing
    for workers in (1, 2):
        seconds = statistics.median(_extract_all(reports, workers, gazetteer) for _ in range(runs))
        print(f"extraction alone, {workers} worker{'s' if workers > 1 else ''}: {count / seconds:8.1f} reports/s  "
              f"{words / seconds:10.0f} words/s  (median of {runs} runs, {count} reports, {words / count:.0f} words each)")


def ingestion_here(count: int, runs: int) -> None:
    """Full ingestion into the database DATABASE_URL names (a fresh one per run)."""
    _setup_django()
    from django.core.management import call_command
    from django.db import connection

    from dialogue.ingest.models import Candidate
    from dialogue.ingest.nlp import pipeline
    from dialogue.ingest.selectors import gazetteer_from_record
    from dialogue.ingest.services import batch_ingest
    from dialogue.record.models import Evidence, Source

    call_command("migrate", verbosity=0)
    reports = _reports(count)
    words = sum(len(r.text.split()) for r in reports)
    timings: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(runs):
        for workers in timings:  # in turns, so that the machine's load weighs on both alike
            Candidate.objects.all().delete()
            Evidence.objects.all().delete()
            Source.objects.all().delete()
            gazetteer = gazetteer_from_record()
            pipeline(gazetteer)
            start = time.perf_counter()
            results = batch_ingest(reports, gazetteer=gazetteer, workers=workers)
            timings[workers].append(time.perf_counter() - start)
            assert all(r.outcome == "stored" for r in results), {r.outcome for r in results}
    for workers, taken in timings.items():
        seconds = statistics.median(taken)
        print(f"full ingestion into {connection.vendor:10}, {workers} worker{'s' if workers > 1 else ' '}: {count / seconds:8.1f} reports/s  "
              f"{words / seconds:10.0f} words/s  (median of {runs} runs: {', '.join(f'{t:.1f}' for t in taken)} s; {count} reports, "
              f"{Candidate.objects.count() / count:.1f} candidates each)")
    print(f"full ingestion into {connection.vendor}: 2 workers {statistics.median(timings[1]) / statistics.median(timings[2]):.2f}x 1 worker")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ingest-here", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ingest_here:
        ingestion_here(args.reports, args.runs)
        return 0
    extraction(args.reports, args.runs)
    me = [sys.executable, __file__, "--ingest-here", "--reports", str(args.reports), "--runs", str(args.runs)]
    with tempfile.TemporaryDirectory() as data:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"DIALOGUE_DATA_DIR": data}
        subprocess.run(me, env=env, check=True)
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        subprocess.run(me, check=True)
    else:
        subprocess.run([str(REPO / "scripts" / "with-postgres"), *me], check=True, stderr=subprocess.DEVNULL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
