"""The Celery app: `celery -A dialogue.jobs worker` (or `-A dialogue.jobs.worker`, or `dialogue jobs worker`) runs
the tasks, `... beat` their schedule. Its settings are Django's `CELERY_*` (dialogue/settings.py); without
`REDIS_URL` every task runs in the process that starts it."""

from __future__ import annotations

import logging
import os

from celery import Celery, bootsteps

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")

log = logging.getLogger(__name__)
app = Celery("dialogue")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["dialogue.jobs"])


class Sweep(bootsteps.StartStopStep):
    """Every worker sweeps the jobs (`jobs_sweep`) on its timer, so that a job whose task the broker lost is sent
    again even where no beat runs."""

    requires = {"celery.worker.components:Timer"}

    def __init__(self, worker, **options) -> None:
        super().__init__(worker, **options)
        self.timer = None

    def start(self, worker) -> None:
        from django.conf import settings

        self.timer = worker.timer.call_repeatedly(settings.JOBS_SWEEP_SECONDS, _sweep, priority=10)

    def stop(self, worker) -> None:
        if self.timer is not None:
            self.timer.cancel()


def _sweep() -> None:
    """Runs in the worker's main process: its connection is closed after each sweep, so a pool process forked later
    inherits none."""
    from django.db import DatabaseError, connection

    from dialogue.jobs.services import jobs_sweep

    try:
        jobs_sweep()
    except DatabaseError as error:  # the next sweep tries again; the worker goes on
        log.warning("jobs not swept: %s", error)
    finally:
        connection.close()


app.steps["worker"].add(Sweep)
