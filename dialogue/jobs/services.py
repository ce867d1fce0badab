"""Starting a job and running it: the only writers of `Job` rows.

`job_start` records the job with its input and hands its id to a worker (or, without `REDIS_URL`, runs it at once in
this process). `job_execute` is what a worker runs: it skips a job already finished, so a message delivered twice
does the work once, and records the outcome or the error in words.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from dialogue.access.models import Role
from dialogue.record.permissions import Actor
from dialogue.jobs.models import Job

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5  # a job whose worker died this many times (a report that brings its process down) is given up
POLL_CHUNK = 10  # feeds polled together (their fetches share threads) between two updates of the job's progress


class JobProblem(ValueError):
    """Why a job could not do its work, in words for whoever started it."""


def job_start(*, kind: str, payload: dict, actor: Actor) -> Job:
    """Record a job and send it to a worker; without a broker it runs now, and is finished when this returns."""
    author = asdict(actor) | {"role": actor.role.value if actor.role else None}
    job = Job.objects.create(kind=kind, payload={**payload, "actor": author}, created_by=actor.name[:150],
                             total=len(payload.get("reports", ())) or 1)
    if settings.JOBS_EAGER:
        job_execute(job_id=job.id)
        job.refresh_from_db()
        return job

    transaction.on_commit(lambda: _send(job.id))  # a worker must not look for a job before its row is committed
    return job


def _send(job_id: int, claim: Q = Q()) -> bool:
    """Note when the job went to the broker and hand it to a worker, or run it here when there is none; `claim` is
    what the job must still be for this caller to send it (two sweepers: one sends). Returns whether it was sent."""
    if not Job.objects.filter(claim, id=job_id).update(sent_at=timezone.now()):
        return False
    if settings.JOBS_EAGER:
        job_execute(job_id=job_id)
        return True
    from dialogue.jobs.tasks import job_run

    job_run.delay(job_id)
    return True


def job_execute(*, job_id: int) -> None:
    """Run one job unless it is finished already (a message delivered again after its worker died)."""
    now = timezone.now()
    taken = Job.objects.filter(id=job_id).exclude(state__in=Job.FINISHED).update(  # a lost job is taken up again
        state=Job.State.RUNNING, started_at=now, heartbeat_at=now, errors=[], finished_at=None, attempts=F("attempts") + 1)
    if not taken:
        return
    job = Job.objects.get(id=job_id)
    if job.attempts > MAX_ATTEMPTS:
        _fail(job, [f"given up after {MAX_ATTEMPTS} tries: each time, the worker running it stopped ({job.done} of {job.total} done)"])
        return
    run, atomic = RUNNERS[job.kind]
    try:
        with _heartbeat(job.id):
            if atomic:  # the work and the mark that it is done stand or fall together
                with transaction.atomic():
                    _finish(job, run(job))
            else:
                _finish(job, run(job))
    except (PermissionDenied, ValueError) as error:  # JobProblem among them
        _fail(job, [str(error) or type(error).__name__])
    except Exception as error:  # a bug or an outage: the job says so, the log keeps the traceback
        log.exception("job %s failed", job_id)
        _fail(job, [f"{type(error).__name__}: {error}"])


def _finish(job: Job, result: dict) -> None:
    Job.objects.filter(id=job.id).update(state=Job.State.DONE, result=result, done=F("total"), finished_at=timezone.now())


def _fail(job: Job, errors: list[str]) -> None:
    Job.objects.filter(id=job.id).update(state=Job.State.FAILED, errors=[e[:2000] for e in errors], finished_at=timezone.now())


def _progress(job: Job, done: int, total: int) -> None:
    """A step written is the job's heartbeat: a job marked lost whose worker was only slow is running again."""
    Job.objects.filter(id=job.id).exclude(state__in=Job.FINISHED).update(
        done=done, total=total, state=Job.State.RUNNING, errors=[], finished_at=None, heartbeat_at=timezone.now())


@contextmanager
def _heartbeat(job_id: int) -> Iterator[None]:
    """While a job runs, a thread of its process writes its heartbeat every sixth of `JOBS_LOST_AFTER`, so a long
    single step (an index rebuild) is not taken for lost, and a job whose process died or whose database is out of
    reach falls silent. On SQLite a step in one transaction holds the write lock, and its beats wait for it."""
    stop = threading.Event()

    def beat() -> None:
        try:
            while not stop.wait(max(0.05, settings.JOBS_LOST_AFTER / 6)):
                try:
                    Job.objects.filter(id=job_id, state__in=(Job.State.RUNNING, Job.State.LOST)).update(
                        state=Job.State.RUNNING, errors=[], finished_at=None, heartbeat_at=timezone.now())
                except DatabaseError as error:  # the job's silence says it; the work goes on if it can
                    log.warning("job %s: no heartbeat written: %s", job_id, error)
        finally:
            connection.close()  # the thread's own connection

    thread = threading.Thread(target=beat, name=f"job-{job_id}-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def jobs_mark_lost(*, job_id: int | None = None) -> int:
    """Mark lost the running jobs (or this one) whose worker has written nothing for `JOBS_LOST_AFTER` seconds, so
    that no page or command shows a job running whose worker or database went away. Run on each read of a job and
    by beat; returns how many were marked."""
    now = timezone.now()
    silent_since = now - dt.timedelta(seconds=settings.JOBS_LOST_AFTER)
    silent = Q(heartbeat_at__lt=silent_since) | Q(heartbeat_at__isnull=True, started_at__lt=silent_since)  # or taken before 0002
    running = Job.objects.filter(silent, state=Job.State.RUNNING)
    if job_id is not None:
        running = running.filter(id=job_id)
    message = (f"lost: its worker wrote nothing for {settings.JOBS_LOST_AFTER} s (stopped, or its database was out of "
               "reach); the job is taken up again where it stopped if its task is delivered again")
    return running.update(state=Job.State.LOST, errors=[message], finished_at=now)


def jobs_resend_stranded() -> int:
    """Send again the task of each job still waiting, or lost, whose task went to the broker longer ago than the
    broker's visibility timeout: by then a task held by a dead worker has come back to the queue, so a job still
    untouched may have lost its message (Redis hands a task over before the worker notes it taken: a worker killed in
    between takes the task with it). A task sent twice does the work once (`job_execute`); each job is sent again at
    most once per timeout, whichever worker or beat sweeps. Returns how many were sent."""
    cutoff = timezone.now() - dt.timedelta(seconds=settings.JOBS_VISIBILITY_TIMEOUT)
    stranded = Q(state__in=(Job.State.QUEUED, Job.State.LOST)) & (
        Q(sent_at__lt=cutoff) | Q(sent_at__isnull=True, created_at__lt=cutoff))
    sent = sum(_send(job_id, claim=stranded) for job_id in Job.objects.filter(stranded).values_list("id", flat=True))
    if sent:
        log.warning("sent again %s job(s) whose task had not reached a worker in %s s", sent, settings.JOBS_VISIBILITY_TIMEOUT)
    return sent


def jobs_sweep() -> tuple[int, int]:
    """What every worker does every `JOBS_SWEEP_SECONDS`, and beat too: mark lost the silent jobs, send again the
    stranded ones. Returns (marked lost, sent again)."""
    return jobs_mark_lost(), jobs_resend_stranded()


def job_actor(job: Job) -> Actor:
    """The actor who started the job, with the rights they held then."""
    author = job.payload["actor"]
    return Actor(name=author["name"], role=Role(author["role"]) if author.get("role") else None, country=author.get("country"))


# ----------------------------------------------------------------------------- the work of each kind


@dataclass(frozen=True)
class ReportResult:
    """What ingesting a report did: the answer `POST /api/reports` used to give at once."""

    outcome: str
    source: str | None
    candidates: dict[str, int]
    message: str
    not_read: str = ""  # the language of a report stored but not read: extraction proposed nothing


def _ingest(job: Job) -> dict:
    """Ingest the job's reports one at a time, each in one transaction with the step that counts it: a worker killed
    midway leaves each report stored (with its submission) or not at all, and the next delivery starts at the first
    report not counted. Two deliveries at once share the steps, each taking the next under the job row's lock."""
    from dialogue.ingest.readers import RawReport
    from dialogue.ingest.selectors import gazetteer_from_record
    from dialogue.ingest.services import report_submit

    actor, gazetteer = job_actor(job), gazetteer_from_record()
    reports = job.payload["reports"]
    while True:
        with transaction.atomic():
            row = Job.objects.select_for_update().get(id=job.id)
            if row.done >= len(reports):
                return row.result
            result = report_submit(RawReport(**reports[row.done]), actor=actor, gazetteer=gazetteer)
            row.result = {"reports": [*(row.result or {}).get("reports", []), asdict(ReportResult(
                outcome=result.outcome, source=result.source_key, candidates=dict(result.candidates), message=result.message,
                not_read=result.not_read))]}
            row.done += 1
            row.state, row.errors, row.finished_at, row.heartbeat_at = Job.State.RUNNING, [], None, timezone.now()  # a heartbeat
            row.save(update_fields=["result", "done", "state", "errors", "finished_at", "heartbeat_at"])


def _poll(job: Job) -> dict:
    from dialogue.feeds.models import Feed
    from dialogue.feeds.services import feeds_due, feeds_poll

    ids = job.payload.get("feeds")
    feeds = list(Feed.objects.filter(id__in=ids) if ids else feeds_due())
    results = []
    for start in range(0, len(feeds), POLL_CHUNK):
        _progress(job, start, len(feeds))
        for result in feeds_poll(feeds=feeds[start:start + POLL_CHUNK]):
            results.append({"feed": result.feed.id, "outcome": result.outcome, "items": dict(result.items),
                            "message": result.message, "failures": result.failures})
    return {"feeds": results}


def _report(job: Job) -> dict:
    from dialogue.record.models import Format
    from dialogue.tracking.report import report_write

    fmt = Format.objects.filter(short_name=job.payload["format"]).first()
    if fmt is None:
        raise JobProblem(f"there is no format {job.payload['format']!r}")
    as_of = dt.date.fromisoformat(job.payload["as_of"]) if job.payload.get("as_of") else None
    return {"path": str(report_write(fmt, Path(job.payload["out"]), as_of=as_of))}


def _rates(job: Job) -> dict:
    from dialogue.tracking.rates import RateImportError, rates_import

    try:
        imported = rates_import(Path(job.payload["path"]))
    except RateImportError as error:
        raise JobProblem(f"no rate was imported from {job.payload['path']}: " + "; ".join(error.problems)) from None
    return asdict(imported)


def _index(job: Job) -> dict:
    from dialogue.web.search import search_index_rebuild

    return {"indexed": search_index_rebuild()}


# Each kind's work, and whether it runs in one transaction with the mark that it is done. Ingestion commits report by
# report, and a poll claims and writes its items one by one (a claim keeps a poll delivered again from reading an
# item twice).
RUNNERS: dict[str, tuple[Callable[[Job], dict], bool]] = {
    Job.Kind.INGEST: (_ingest, False),  # a transaction per report
    Job.Kind.POLL: (_poll, False),
    Job.Kind.REPORT: (_report, False),
    Job.Kind.RATES: (_rates, True),
    Job.Kind.INDEX: (_index, True),
}
