"""A job: one piece of background work, its progress and its outcome, kept so that a page, the API and the command
line can follow it, and so that a task delivered twice can see that its work is already done."""

from __future__ import annotations

from django.db import models


class Job(models.Model):
    class Kind(models.TextChoices):
        POLL = "poll", "Feed poll"
        INGEST = "ingest", "Report ingestion"
        REPORT = "report", "Progress report"
        RATES = "rates", "Exchange-rate import"
        INDEX = "index", "Search index rebuild"

    class State(models.TextChoices):
        QUEUED = "queued", "Waiting for a worker"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    FINISHED = (State.DONE, State.FAILED)

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
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0, help_text="Times a worker took it up: more than one after a worker died.")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.id}"

    @property
    def finished(self) -> bool:
        return self.state in self.FINISHED

    @property
    def percent(self) -> int:
        return 100 if self.state == self.State.DONE else min(100, 100 * self.done // max(1, self.total))
