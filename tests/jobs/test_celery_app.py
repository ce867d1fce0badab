"""`celery -A dialogue.jobs` and `celery -A dialogue.jobs.worker` both find the app; a Django process that sends no
task never imports Celery."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

from tests.live import dialogue, own_database


def _python(script: str, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k != "REDIS_URL"} | {"DJANGO_SETTINGS_MODULE": "dialogue.settings"} | env
    done = subprocess.run([sys.executable, "-c", script], env=clean, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_both_app_names_find_the_one_app_with_the_jobs_tasks():
    found = _python("from celery.app.utils import find_app; a, b = find_app('dialogue.jobs'), find_app('dialogue.jobs.worker'); "
                    "a.loader.import_default_modules(); print(a is b, 'dialogue.jobs.tasks.job_run' in a.tasks)")
    assert found == "True True"


def test_django_starting_and_serving_pages_does_not_import_celery():
    loaded = _python("import sys, django; django.setup(); from django.urls import resolve; resolve('/'); "
                     "import dialogue.jobs, dialogue.jobs.services, dialogue.web.views.review; print('celery' in sys.modules)")
    assert loaded == "False"


def test_a_worker_started_as_celery_a_dialogue_jobs_runs_a_job(tmp_path, redis_url):
    with own_database(tmp_path / "data") as env:
        env |= {"REDIS_URL": redis_url, "DIALOGUE_JOBS_QUEUE": f"test-{uuid.uuid4().hex[:12]}", "DJANGO_SETTINGS_MODULE": "dialogue.settings"}
        dialogue(env, "migrate")
        log = tmp_path / "worker.log"
        with log.open("wb") as output:
            worker = subprocess.Popen([sys.executable, "-m", "celery", "-A", "dialogue.jobs", "worker", "--concurrency", "1",
                                       "--without-gossip", "--without-mingle"], env=env, stdout=output,
                                      stderr=subprocess.STDOUT, start_new_session=True)
        try:
            started = subprocess.run([sys.executable, "-c", (
                "import django; django.setup(); from dialogue.jobs.services import job_start; "
                "from dialogue.record.permissions import Actor; "
                "print(job_start(kind='ingest', actor=Actor.administrator('app test'), payload={'reports': [{'origin': 'm', "
                "'stem': 'm', 'text': 'Envoys of Norway and Chile compared kelp farms in Bergen on Monday.'}]}).id)")],
                env=env, capture_output=True, text=True)
            assert started.returncode == 0, started.stderr
            watch = ("import django, time; django.setup(); from dialogue.jobs.models import Job; end = time.monotonic() + 90\n"
                     f"while (job := Job.objects.get(id={started.stdout.strip()})).state != 'done' and time.monotonic() < end:\n"
                     "    time.sleep(0.3)\n"
                     "print(job.state, job.result['reports'][0]['outcome'] if job.result else '')")
            watched = subprocess.run([sys.executable, "-c", watch], env=env, capture_output=True, text=True)
            assert watched.stdout.strip() == "done stored", watched.stderr + log.read_text()[-3000:]
        finally:
            os.killpg(worker.pid, 15)
            worker.wait(timeout=30)
