"""`dialogue jobs`: background work. Run workers and the schedule, start a job and follow it with a progress bar."""

from __future__ import annotations

import time
from pathlib import Path

import click

from dialogue.cli.common import Group, console, database_ready, err_console

KINDS = ("poll", "index", "report", "rates")


@click.group(cls=Group)
def jobs() -> None:
    """Background jobs: feed polls, report ingestion, report rendering, rate imports and the search index.

    With REDIS_URL set, jobs wait in Redis for `dialogue jobs worker` (on this machine or another) and
    `dialogue jobs beat` starts a poll of the feeds that are due every DIALOGUE_POLL_EVERY minutes (5);
    without it, each job runs in the process that starts it.
    """


def _broker_needed() -> None:
    from django.conf import settings

    if settings.JOBS_EAGER:
        raise click.ClickException("REDIS_URL is not set: without a broker, jobs run in the process that starts them "
                                   "and there is nothing for a worker to do. Set REDIS_URL (redis://host:6379/0) first.")


@jobs.command("worker")
@click.option("--concurrency", type=click.IntRange(1, 64), default=2, show_default=True, help="Processes that run jobs.")
def jobs_worker(concurrency: int) -> None:
    """Run jobs from Redis until stopped. A worker killed mid-job loses nothing: its job goes back to the
    queue (after DIALOGUE_JOBS_VISIBILITY_TIMEOUT seconds, an hour by default) and another worker goes on
    from the last step written."""
    _broker_needed()
    database_ready()
    from dialogue.jobs.worker import app

    app.worker_main(["worker", f"--concurrency={concurrency}", "--loglevel=INFO", "--without-gossip", "--without-mingle"])


@jobs.command("beat")
def jobs_beat() -> None:
    """Start scheduled jobs (a poll of the feeds that are due) until stopped; run one, beside the workers."""
    from django.conf import settings

    _broker_needed()
    from dialogue.jobs.worker import app

    app.start(["beat", "--loglevel=INFO", f"--schedule={settings.DATA_DIR / 'beat-schedule'}"])


@jobs.command("run")
@click.argument("kind", type=click.Choice(KINDS))
@click.option("--feed", "feed_ids", type=int, multiple=True, help="poll: this feed (its id), not those that are due; may be repeated.")
@click.option("--format", "format_name", default="C5+Japan", show_default=True, help="report: the format's short name.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="report: the file to write (.html, .pdf or .md).")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help="report: the record as it stood that day.")
@click.option("--file", "rate_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="rates: the file to import.")
@click.option("--no-wait", is_flag=True, help="Print the job's id and return at once instead of following it.")
def jobs_run(kind: str, feed_ids: tuple[int, ...], format_name: str, out: Path | None, as_of, rate_file: Path | None,
             no_wait: bool) -> None:
    """Start a job of KIND (poll, index, report or rates) and follow it with a progress bar; exit 1 if it fails.

    A report's file and a rates file are paths on the worker's machine: where workers run elsewhere, give
    paths that they share.
    """
    import os

    from dialogue.record.permissions import Actor
    from dialogue.jobs.services import job_start

    database_ready()
    if kind == "report" and out is None:
        raise click.UsageError("a report job needs --out FILE (.html, .pdf or .md)")
    if kind == "rates" and rate_file is None:
        raise click.UsageError("a rates job needs --file FILE")
    payload = {"poll": {"feeds": list(feed_ids)},
               "index": {},
               "report": {"format": format_name, "out": str(out.resolve()) if out else "", "as_of": as_of.date().isoformat() if as_of else None},
               "rates": {"path": str(rate_file.resolve()) if rate_file else ""}}[kind]
    job = job_start(kind=kind, payload=payload, actor=Actor.administrator(os.environ.get("USER", "command line")))
    if no_wait:
        console.print(f"Started job {job.id}; `dialogue jobs show {job.id}` tells how it goes.")
        return
    job_follow(job.id)


def job_follow(job_id: int, *, every: float = 0.5) -> None:
    """A progress bar for the job until it finishes; then its outcome, or its errors and exit 1."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from dialogue.jobs.models import Job
    from dialogue.jobs.services import jobs_mark_lost

    job = Job.objects.get(id=job_id)
    with Progress(TextColumn(f"{job.get_kind_display()} {job.id}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                  TimeElapsedColumn(), console=err_console, transient=True) as progress:
        bar = progress.add_task(job.get_state_display(), total=job.total)
        while True:
            jobs_mark_lost(job_id=job_id)
            job.refresh_from_db()
            progress.update(bar, completed=job.done, total=job.total, description=job.get_state_display())
            if job.finished:
                break
            time.sleep(every)
    _job_print(job)


@jobs.command("show")
@click.argument("job_id", type=int)
def jobs_show(job_id: int) -> None:
    """Show a job's state, progress and outcome; exit 1 if it failed or was lost."""
    from dialogue.jobs.models import Job
    from dialogue.jobs.services import jobs_mark_lost

    database_ready()
    jobs_mark_lost(job_id=job_id)  # a job whose worker went silent is shown lost, never running
    job = Job.objects.filter(id=job_id).first()
    if job is None:
        raise click.ClickException(f"there is no job {job_id}")
    _job_print(job)


def _job_print(job) -> None:
    import json

    console.print(f"{job} ({job.created_by}): {job.get_state_display().lower()}, {job.done} of {job.total}", markup=False)
    if job.result:
        console.print(json.dumps(job.result, ensure_ascii=False, indent=1)[:4000], markup=False)
    for error in job.errors:
        err_console.print(error, markup=False)
    if job.state in (job.State.FAILED, job.State.LOST):
        raise SystemExit(1)
