"""A job: one piece of background work, its progress and its outcome, kept so that a page, the API and the command
line can follow it, and so that a task delivered twice can see that its work is already done."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Job(models.Model):
    class Kind(models.TextChoices):
        POLL = "poll", _("Feed poll")
        INGEST = "ingest", _("Report ingestion")
        REPORT = "report", _("Progress report")
        RATES = "rates", _("Exchange-rate import")
        INDEX = "index", _("Search index rebuild")

    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting for a worker")
        RUNNING = "running", pgettext_lazy("a job", "Running")
        DONE = "done", pgettext_lazy("a job", "Done")
        FAILED = "failed", _("Failed")
        # Running, but nothing heard from its worker for JOBS_LOST_AFTER seconds (a worker or its database gone): it
        # is shown as failed, and a task delivered again (or a worker that comes back) takes it up where it stopped.
        LOST = "lost", _("Failed (lost)")

    FINISHED = (State.DONE, State.FAILED)  # never taken up again
    STOPPED = (*FINISHED, State.LOST)  # nothing to wait for: pages stop refreshing, the command line stops following

    kind = models.CharField(max_length=10, choices=Kind.choices)
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED, db_index=True)
    # The job's input, kept with it (a report's text, the feeds to poll): the task's message carries only the job's id,
    # so a message delivered again after a worker died works on the same input, and nothing a user sent is lost.
    payload = models.JSONField(default=dict)
    done = models.PositiveIntegerField(default=0, help_text="Steps done (feeds polled, ...).")
    total = models.PositiveIntegerField(default=1, help_text="Steps in all.")
    result = models.JSONField(null=True, blank=True)
    errors = models.JSONField(default=list, blank=True)
    created_by = models.CharField(max_length=150, help_text="Who started it: the history's name of the user or command.")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True,
                                   help_text="When its task was last handed to the broker (again, if the broker lost it).")
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True,
                                        help_text="When its worker last showed it at work (its heartbeat thread, a step).")
    finished_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0, help_text="Times a worker took it up: more than one after a worker died.")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.id}"

    @property
    def finished(self) -> bool:
        return self.state in self.STOPPED

    @property
    def percent(self) -> int:
        return 100 if self.state == self.State.DONE else min(100, 100 * self.done // max(1, self.total))
