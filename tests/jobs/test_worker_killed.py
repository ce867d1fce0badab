"""A real Celery worker on a real Redis, killed with SIGKILL in the middle of 1,000 reports and started again: every
report is stored exactly once, and the jobs it was running are taken up again from their last step.

Needs REDIS_URL (scripts/with-redis starts a throwaway Redis; `make test-postgres` runs the suite under it). The
worker has a database of its own (tests/live.py) and a queue of its own on that Redis.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from contextlib import closing
from pathlib import Path

from tests.live import DIALOGUE, dialogue, own_database

REPORTS, PER_JOB = 1000, 25

# Reports in our own words: a sentence of its own for each, so that no two are one text.
ENQUEUE = f"""
import os
import random
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
django.setup()
from dialogue.record.permissions import Actor
from dialogue.jobs.services import job_start

random.seed(14)
places = ["Bergen", "Tromso", "Valparaiso", "Punta Arenas", "Oslo", "Santiago", "Hammerfest", "Iquique"]
topics = ["salmon quotas", "port cranes", "weather buoys", "glacier maps", "ferry timetables", "kelp farms", "lighthouse repairs"]
jobs, per_job = int(os.environ.get("JOBS", {REPORTS // PER_JOB})), {PER_JOB}
for job in range(jobs):
    reports = []
    for n in range(job * per_job, (job + 1) * per_job):
        text = (f"Working note {{n}}: delegates from Norway and Chile compared {{random.choice(topics)}} in "
                f"{{random.choice(places)}} and agreed that item {{n * 7919 % 10007}} needs a second look by day {{n % 28 + 1}}.")
        reports.append({{"origin": f"note-{{n}}", "stem": f"note-{{n}}", "text": text, "publisher": "Fjord Desk"}})
    job_start(kind="ingest", payload={{"reports": reports}}, actor=Actor.administrator("floor test"))
"""


def _rows(env: dict[str, str], sql: str) -> list[tuple]:
    """Read the worker's database directly: the test's own Django connection is to another database."""
    if url := env.get("DATABASE_URL"):
        import psycopg

        with psycopg.connect(url) as connection:
            return connection.execute(sql).fetchall()
    with closing(sqlite3.connect(Path(env["DIALOGUE_DATA_DIR"]) / "dialogue.sqlite3", timeout=30)) as connection:
        return connection.execute(sql).fetchall()


def _worker(env: dict[str, str], log: Path) -> subprocess.Popen:
    with log.open("ab") as output:  # a file, not a pipe: a full pipe would stall the worker
        return subprocess.Popen([DIALOGUE, "jobs", "worker", "--concurrency", "2"], env=env, stdout=output,
                                stderr=subprocess.STDOUT, start_new_session=True)


def _wait_for(env, sql: str, enough, worker: subprocess.Popen, log: Path, timeout: float) -> tuple:
    deadline = time.monotonic() + timeout
    while True:
        row = _rows(env, sql)[0]
        if enough(row):
            return row
        assert worker.poll() is None, "the worker stopped:\n" + log.read_text()[-3000:]
        assert time.monotonic() < deadline, f"still {row} after {timeout} s:\n" + log.read_text()[-3000:]
        time.sleep(0.2)


def test_a_worker_killed_during_1000_reports_leaves_each_stored_exactly_once_after_a_restart(tmp_path, redis_url):
    with own_database(tmp_path / "data") as env:
        env |= {"REDIS_URL": redis_url, "DIALOGUE_JOBS_QUEUE": f"test-{uuid.uuid4().hex[:12]}",
                "DIALOGUE_JOBS_VISIBILITY_TIMEOUT": "10",  # a task of a dead worker is given to another after 10 s
                "DIALOGUE_JOBS_SWEEP_SECONDS": "2",  # and one the kill took from Redis is sent again by the next worker,
                "DIALOGUE_JOBS_LOST_AFTER": "30"}  # as is the killed job itself once silent, whatever Redis kept of it
        dialogue(env, "migrate")
        [(sources_before,)] = _rows(env, "SELECT COUNT(*) FROM record_source")
        enqueued = subprocess.run([sys.executable, "-c", ENQUEUE], env=env, capture_output=True, text=True)
        assert enqueued.returncode == 0, enqueued.stderr
        log = tmp_path / "worker.log"
        progress = "SELECT COALESCE(SUM(done), 0), SUM(CASE WHEN state = 'done' THEN 1 ELSE 0 END) FROM jobs_job"

        first = _worker(env, log)
        try:  # killed mid-job: a job is running (not between two), as a worker is killed in the real world
            _wait_for(env, progress.replace(" FROM", ", SUM(CASE WHEN state = 'running' THEN 1 ELSE 0 END) FROM"),
                      lambda row: row[0] >= 100 and row[2], first, log, timeout=90)
        finally:
            os.killpg(first.pid, signal.SIGKILL)  # the worker and its pool's processes, mid-job
            first.wait()
        [(stored_at_kill, running_at_kill)] = _rows(
            env, "SELECT COALESCE(SUM(done), 0), SUM(CASE WHEN state = 'running' THEN 1 ELSE 0 END) FROM jobs_job")
        assert stored_at_kill < REPORTS and running_at_kill >= 1

        second = _worker(env, log)
        try:
            _wait_for(env, progress, lambda row: row[1] == REPORTS // PER_JOB, second, log, timeout=300)
        finally:
            os.killpg(second.pid, signal.SIGTERM)
            second.wait(timeout=30)

        [(sources, hashes)] = _rows(env, "SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM record_source")
        assert sources - sources_before == REPORTS and hashes == sources
        [(submissions,)] = _rows(env, "SELECT COUNT(*) FROM ingest_submission")
        assert submissions == REPORTS  # each report sent in once, and counted once
        jobs = _rows(env, "SELECT state, done, total, attempts FROM jobs_job")
        assert {(state, done, total) for state, done, total, _ in jobs} == {("done", PER_JOB, PER_JOB)}
        assert sum(attempts > 1 for *_, attempts in jobs) >= running_at_kill  # taken up again after the kill


def test_a_job_whose_task_redis_lost_is_sent_again_by_a_worker_and_done_once(tmp_path, redis_url):
    """What a worker killed between Redis handing it a task and noting it taken leaves: a job whose message is gone."""
    import redis

    with own_database(tmp_path / "data") as env:
        queue = f"test-{uuid.uuid4().hex[:12]}"
        env |= {"REDIS_URL": redis_url, "DIALOGUE_JOBS_QUEUE": queue, "DIALOGUE_JOBS_VISIBILITY_TIMEOUT": "3",
                "DIALOGUE_JOBS_SWEEP_SECONDS": "1"}
        dialogue(env, "migrate")
        [(sources_before,)] = _rows(env, "SELECT COUNT(*) FROM record_source")
        enqueued = subprocess.run([sys.executable, "-c", ENQUEUE], env=env | {"JOBS": "3"}, capture_output=True, text=True)
        assert enqueued.returncode == 0, enqueued.stderr
        broker = redis.Redis.from_url(redis_url)
        assert broker.llen(queue) == 3 and broker.rpop(queue)  # one task gone, as a killed worker takes it
        log = tmp_path / "worker.log"
        worker = _worker(env, log)
        try:
            _wait_for(env, "SELECT SUM(CASE WHEN state = 'done' THEN 1 ELSE 0 END) FROM jobs_job", lambda row: row[0] == 3,
                      worker, log, timeout=60)
        finally:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(timeout=30)
        assert "sent again 1 job(s)" in log.read_text()
        [(sources, submissions)] = _rows(env, "SELECT (SELECT COUNT(*) FROM record_source), (SELECT COUNT(*) FROM ingest_submission)")
        assert submissions == 3 * PER_JOB and sources - sources_before == submissions
