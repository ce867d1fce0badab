"""The tasks. Each carries a job's id and nothing else; the job's row holds its input and its outcome.

Tasks are acknowledged late (after they end) and given back to the queue when their worker dies, so a worker
killed mid-task loses nothing; a job's work and the mark that it is done are written in one transaction where the
work is a database write (ingestion, rates, the index), so a task delivered again finds it done and duplicates
nothing. A feed poll claims each item in the database before reading it, which keeps a repeated poll from
ingesting an item twice.
"""

from __future__ import annotations

from dialogue.jobs.worker import app


@app.task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def job_run(job_id: int) -> None:
    from dialogue.jobs.services import job_execute

    job_execute(job_id=job_id)


@app.task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def feeds_poll_due() -> None:
    """Beat's schedule: a poll job for the feeds whose interval has passed, when there are any (a tick with none due
    leaves no job behind)."""
    from dialogue.record.permissions import Actor
    from dialogue.feeds.services import feeds_due
    from dialogue.jobs.models import Job
    from dialogue.jobs.services import job_start

    if feeds_due().exists():
        job_start(kind=Job.Kind.POLL, payload={}, actor=Actor.administrator("schedule"))


@app.task(ignore_result=True)
def jobs_sweep_due() -> None:
    """Beat's schedule, beside each worker's own: running jobs whose worker went silent are marked lost even when
    nobody reads them, and jobs whose task the broker lost are sent again."""
    from dialogue.jobs.services import jobs_sweep

    jobs_sweep()
