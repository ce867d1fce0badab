"""A job whose worker (or its database) went away mid-task is shown lost, never running, on its page, in the API and
on the command line; a task delivered again takes it up where it stopped."""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner
from django.utils import timezone

from dialogue.cli import main
from dialogue.ingest.models import Submission
from dialogue.jobs.models import Job
from dialogue.jobs.services import job_execute, job_start, jobs_mark_lost, jobs_sweep
from dialogue.record.permissions import Actor

ADMIN = Actor.administrator("lost jobs test")


def _report(n: int) -> dict:
    return {"origin": f"memo-{n}", "stem": f"memo-{n}", "publisher": "Harbour Desk",
            "text": f"Memo {n}: envoys of Norway and Chile inspected {['cranes', 'piers', 'buoys'][n % 3]} in Tromso on day {n}."}


def _running(*, silent_for: float, created_by: str = ADMIN.name, **fields) -> Job:
    """A job as a worker leaves it when it dies: running, its last heartbeat `silent_for` seconds ago."""
    beat = timezone.now() - dt.timedelta(seconds=silent_for)
    return Job.objects.create(kind=fields.pop("kind", Job.Kind.POLL), state=Job.State.RUNNING, attempts=1, started_at=beat,
                              heartbeat_at=beat, created_by=created_by, payload=fields.pop("payload", {}), **fields)


def test_a_job_silent_past_the_timeout_is_shown_lost_on_its_page_and_in_the_api(client, officers, settings):
    settings.JOBS_LOST_AFTER = 60
    job = _running(silent_for=61, created_by="aigerim", done=3, total=10)
    client.force_login(officers["kz"])
    page = client.get(f"/jobs/{job.id}/").content.decode()
    assert "Failed (lost)" in page and "written nothing for too long" in page and "hx-trigger" not in page
    assert ">Running<" not in page
    answer = client.get(f"/api/jobs/{job.id}").json()
    assert answer["state"] == "lost" and answer["finished_at"] is not None and answer["done"] == 3
    assert "wrote nothing for 60 s" in answer["errors"][0]
    russian = client.get(f"/jobs/{job.id}/", HTTP_HX_REQUEST="true", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Сбой (обработчик не отвечает)" in russian and "слишком долго" in russian


def test_a_job_that_wrote_a_step_recently_stays_running(db, settings):
    settings.JOBS_LOST_AFTER = 60
    job = _running(silent_for=30)
    assert jobs_mark_lost() == 0
    job.refresh_from_db()
    assert job.state == "running" and not job.errors


def test_the_command_line_shows_a_lost_job_as_lost_and_exits_1(db, settings):
    settings.JOBS_LOST_AFTER = 60
    job = _running(silent_for=3600)
    shown = CliRunner().invoke(main, ["jobs", "show", str(job.id)])
    assert shown.exit_code == 1 and "failed (lost)" in shown.output and "running" not in shown.output


def test_beat_marks_lost_jobs_nobody_reads_and_leaves_others_alone(db, settings):
    from dialogue.jobs.tasks import jobs_sweep_due

    settings.JOBS_LOST_AFTER = 60
    lost, alive = _running(silent_for=600), _running(silent_for=5)
    done = Job.objects.create(kind=Job.Kind.INDEX, state=Job.State.DONE, created_by=ADMIN.name, payload={})
    jobs_sweep_due()
    states = dict(Job.objects.values_list("id", "state"))
    assert (states[lost.id], states[alive.id], states[done.id]) == ("lost", "running", "done")


def test_a_lost_ingest_job_delivered_again_goes_on_from_its_last_step_and_stores_each_report_once(db, settings):
    settings.JOBS_LOST_AFTER = 60
    first = job_start(kind=Job.Kind.INGEST, payload={"reports": [_report(1)]}, actor=ADMIN)  # the step done before the loss
    job = _running(silent_for=600, kind=Job.Kind.INGEST, done=1, total=3, result=first.result,
                   payload={"reports": [_report(1), _report(2), _report(3)], "actor": first.payload["actor"]})
    assert jobs_mark_lost(job_id=job.id) == 1
    job_execute(job_id=job.id)  # the broker hands the task to another worker
    job.refresh_from_db()
    assert (job.state, job.done, job.attempts, job.errors) == ("done", 3, 2, [])
    assert Submission.objects.count() == 3  # the first report was not sent in again
    job_execute(job_id=job.id)  # and a third delivery finds it done
    job.refresh_from_db()
    assert job.attempts == 2 and Submission.objects.count() == 3


def test_a_worker_that_was_only_slow_brings_its_lost_job_back_to_running_with_its_next_step(db, settings):
    settings.JOBS_LOST_AFTER = 60
    first = job_start(kind=Job.Kind.INGEST, payload={"reports": [_report(1)]}, actor=ADMIN)
    job = _running(silent_for=600, kind=Job.Kind.INGEST, done=0, total=2,
                   payload={"reports": [_report(4), _report(5)], "actor": first.payload["actor"]})
    jobs_mark_lost()
    from dialogue.jobs.services import _ingest

    _ingest(Job.objects.get(id=job.id))  # the same worker, still at work, writes its steps
    job.refresh_from_db()
    assert (job.state, job.done, job.errors, job.finished_at) == ("running", 2, [], None)


def test_a_long_single_step_keeps_beating_so_it_is_not_taken_for_lost(transactional_db, settings, monkeypatch):
    """The heartbeat thread writes while a step that writes nothing runs (as an index rebuild would)."""
    import time

    from dialogue.jobs import services

    settings.JOBS_LOST_AFTER = 0.6  # a beat every 0.1 s
    seen = []

    def slow_step(job: Job) -> dict:
        Job.objects.filter(id=job.id).update(state=Job.State.LOST)  # as a reader would mark it, were the worker slow
        time.sleep(0.8)
        seen.append(Job.objects.get(id=job.id).state)
        return {"slept": True}

    monkeypatch.setitem(services.RUNNERS, Job.Kind.INDEX, (slow_step, False))
    job = Job.objects.create(kind=Job.Kind.INDEX, created_by=ADMIN.name, payload={})
    job_execute(job_id=job.id)
    job.refresh_from_db()
    assert seen == ["running"] and job.state == "done"
    assert (job.heartbeat_at - job.started_at).total_seconds() >= 0.5


def _aged(job: Job, **seconds_ago: float) -> Job:
    """Move the job's `created_at`/`sent_at` back in time (auto_now_add cannot be given at creation)."""
    now = timezone.now()
    Job.objects.filter(id=job.id).update(**{field: now - dt.timedelta(seconds=s) for field, s in seconds_ago.items()})
    return job


def test_a_job_whose_task_never_reached_a_worker_is_sent_again_once_per_visibility_timeout(db, settings, monkeypatch):
    from dialogue.jobs.tasks import job_run

    settings.JOBS_VISIBILITY_TIMEOUT, settings.JOBS_LOST_AFTER, settings.JOBS_EAGER = 60, 30, False
    sent: list[int] = []
    monkeypatch.setattr(job_run, "delay", sent.append)  # the broker, seen from the sender's side
    made = lambda **fields: Job.objects.create(kind=Job.Kind.INDEX, created_by=ADMIN.name, payload={}, **fields)  # noqa: E731
    stranded = _aged(made(), created_at=61, sent_at=61)
    never_sent = _aged(made(), created_at=90)  # queued before `sent_at` was kept
    waiting = _aged(made(), created_at=5, sent_at=5)
    lost = _aged(made(state=Job.State.LOST, attempts=1), created_at=300, sent_at=300)
    at_work = _running(silent_for=2, kind=Job.Kind.INDEX)
    silent = _aged(_running(silent_for=45, kind=Job.Kind.INDEX), created_at=400, sent_at=400)
    finished = _aged(made(state=Job.State.DONE), created_at=999, sent_at=999)

    assert jobs_sweep() == (1, 4)  # `silent` is marked lost, and sent again with the others
    assert sorted(sent) == sorted([stranded.id, never_sent.id, lost.id, silent.id])
    assert jobs_sweep() == (0, 0)  # a second sweeper (another worker, beat) sends nothing twice
    _aged(stranded, sent_at=61)
    assert jobs_sweep() == (0, 1) and sent[-1] == stranded.id  # still untouched a timeout later: sent once more
    assert {waiting.id, at_work.id, finished.id}.isdisjoint(sent)
    assert Job.objects.get(id=at_work.id).state == "running"


def test_a_stranded_ingest_job_sent_again_stores_each_of_its_reports_once(db, settings):
    settings.JOBS_VISIBILITY_TIMEOUT = 60
    actor = job_start(kind=Job.Kind.INGEST, payload={"reports": [_report(7)]}, actor=ADMIN).payload["actor"]
    job = _aged(Job.objects.create(kind=Job.Kind.INGEST, created_by=ADMIN.name, total=2,
                                   payload={"reports": [_report(8), _report(9)], "actor": actor}), created_at=120, sent_at=120)
    assert jobs_sweep() == (0, 1)  # without a broker, the job sent again runs here and now
    job.refresh_from_db()
    assert (job.state, job.done, job.attempts) == ("done", 2, 1)
    assert Submission.objects.count() == 3
    assert jobs_sweep() == (0, 0) and Submission.objects.count() == 3
