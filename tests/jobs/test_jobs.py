"""Jobs the embedded way (no REDIS_URL): they run where they are started, can be followed through the API, a page and
the command line, and a job delivered again does its work once."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from click.testing import CliRunner

from dialogue.record.permissions import Actor
from dialogue.access.services import actor_for
from dialogue.cli import main
from dialogue.ingest.models import Submission
from dialogue.jobs.models import Job
from dialogue.jobs.services import job_execute, job_start
from dialogue.record.models import Source

ADMIN = Actor.administrator("jobs test")


def _report(n: int) -> dict:
    return {"origin": f"note-{n}", "stem": f"note-{n}", "publisher": "Fjord Desk",
            "text": f"Note {n}: envoys of Norway and Chile spoke about {['ferries', 'kelp', 'buoys'][n % 3]} in Bergen on day {n}."}


def test_without_redis_a_job_runs_at_once_and_keeps_each_reports_outcome(db):
    job = job_start(kind=Job.Kind.INGEST, payload={"reports": [_report(1), _report(2)]}, actor=ADMIN)
    assert (job.state, job.done, job.total, job.attempts) == ("done", 2, 2, 1)
    assert [r["outcome"] for r in job.result["reports"]] == ["stored", "stored"]
    assert Source.objects.filter(key__in=[r["source"] for r in job.result["reports"]]).count() == 2


def test_a_job_delivered_again_after_it_finished_does_nothing(db):
    job = job_start(kind=Job.Kind.INGEST, payload={"reports": [_report(1)]}, actor=ADMIN)
    job_execute(job_id=job.id)
    job.refresh_from_db()
    assert job.attempts == 1 and Submission.objects.count() == 1


def test_an_ingest_job_taken_up_again_goes_on_from_the_first_report_it_had_not_counted(db):
    """As a worker killed after the first of three reports leaves it: that report stored and counted, the job running."""
    first = job_start(kind=Job.Kind.INGEST, payload={"reports": [_report(1)]}, actor=ADMIN)
    job = Job.objects.create(kind=Job.Kind.INGEST, state=Job.State.RUNNING, attempts=1, done=1, total=3, created_by=ADMIN.name,
                             payload={"reports": [_report(1), _report(2), _report(3)], "actor": first.payload["actor"]},
                             result=first.result)
    job_execute(job_id=job.id)
    job.refresh_from_db()
    assert (job.state, job.done, job.attempts) == ("done", 3, 2)
    assert [r["outcome"] for r in job.result["reports"]] == ["stored", "stored", "stored"]
    assert Submission.objects.count() == 3  # the first report was not sent in a second time


def test_a_failed_job_says_why_in_words(db, tmp_path):
    bad = tmp_path / "rates.csv"
    bad.write_text("when,what\nyesterday,lots\n", encoding="utf-8")
    job = job_start(kind=Job.Kind.RATES, payload={"path": str(bad)}, actor=ADMIN)
    assert job.state == "failed" and "rates.csv" in job.errors[0] and "Traceback" not in job.errors[0]


def test_the_job_page_refreshes_itself_until_the_job_is_finished(client, officers):
    job = Job.objects.create(kind=Job.Kind.POLL, state=Job.State.RUNNING, done=3, total=10, created_by="aigerim", payload={})
    client.force_login(officers["kz"])
    page = client.get(f"/jobs/{job.id}/")
    assert page.status_code == 200 and b'hx-trigger="every 1s"' in page.content and b"3 of 10" in page.content
    Job.objects.filter(id=job.id).update(state=Job.State.FAILED, errors=["the feed's server answered 500"])
    partial = client.get(f"/jobs/{job.id}/", HTTP_HX_REQUEST="true")
    assert b"<html" not in partial.content and b"hx-trigger" not in partial.content
    assert b"answered 500" in partial.content
    client.force_login(officers["jp"])
    assert client.get(f"/jobs/{job.id}/").status_code == 404


def test_the_command_line_runs_a_job_and_tells_how_it_ended(db, default_record):
    runner = CliRunner()
    done = runner.invoke(main, ["jobs", "run", "index"], catch_exceptions=False)
    assert done.exit_code == 0 and '"indexed"' in done.output
    job = Job.objects.get()
    assert job.state == "done" and job.result["indexed"] > 0
    shown = runner.invoke(main, ["jobs", "show", str(job.id)], catch_exceptions=False)
    assert shown.exit_code == 0 and "done" in shown.output
    assert runner.invoke(main, ["jobs", "run", "report"]).exit_code == 2  # --out is needed
    assert runner.invoke(main, ["jobs", "worker"]).exit_code == 1  # nothing for a worker to do without REDIS_URL


def _settings_in_a_process(**env: str) -> dict:
    script = ("import django, json; django.setup(); from django.conf import settings; "
              "print(json.dumps([settings.JOBS_EAGER, settings.CACHES['default']['BACKEND'], settings.SESSION_ENGINE]))")
    clean = {k: v for k, v in os.environ.items() if k != "REDIS_URL"} | {"DJANGO_SETTINGS_MODULE": "dialogue.settings"} | env
    done = subprocess.run([sys.executable, "-c", script], env=clean, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_redis_takes_the_jobs_and_the_cache_but_sessions_stay_in_the_database():
    assert _settings_in_a_process() == [True, "django.core.cache.backends.locmem.LocMemCache", "django.contrib.sessions.backends.db"]
    assert _settings_in_a_process(REDIS_URL="redis://127.0.0.1:6390/0") == [
        False, "django.core.cache.backends.redis.RedisCache", "django.contrib.sessions.backends.db"]


def test_the_cache_is_shared_through_a_real_redis(redis_url):
    script = ("import django, sys; django.setup(); from django.core.cache import cache; "
              "cache.set(sys.argv[1], 'kept', 30) if sys.argv[2] == 'set' else print(cache.get(sys.argv[1]))")
    env = os.environ | {"DJANGO_SETTINGS_MODULE": "dialogue.settings", "REDIS_URL": redis_url}
    key = f"jobs-test-{os.getpid()}"
    subprocess.run([sys.executable, "-c", script, key, "set"], env=env, check=True)
    read = subprocess.run([sys.executable, "-c", script, key, "get"], env=env, capture_output=True, text=True, check=True)
    assert read.stdout.strip() == "kept"  # written by one process, read by another



def test_a_job_whose_worker_kept_dying_is_given_up_in_words(db):
    job = Job.objects.create(kind=Job.Kind.INDEX, state=Job.State.RUNNING, attempts=5, created_by=ADMIN.name, payload={})
    job_execute(job_id=job.id)
    job.refresh_from_db()
    assert job.state == "failed" and "given up after 5 tries" in job.errors[0]


def test_a_finished_ingest_jobs_page_links_each_report_to_its_review(client, officers):
    job = job_start(kind=Job.Kind.INGEST, payload={"reports": [_report(1)]}, actor=actor_for(officers["kz"]))
    client.force_login(officers["kz"])
    page = client.get(f"/jobs/{job.id}/")
    source = job.result["reports"][0]["source"]
    assert f'href="/review/sources/{source}/"'.encode() in page.content and b"hx-trigger" not in page.content
