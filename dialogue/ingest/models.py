"""The review queue: facts proposed by extraction, waiting for a person to accept or reject them."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from dialogue.ingest.payloads import Payload, payload_of
from dialogue.record.models import Source


class Candidate(models.Model):
    class Kind(models.TextChoices):
        MEETING = "meeting", _("Meeting")
        ATTENDANCE = "attendance", _("Participant")
        INITIATIVE = "initiative", _("Initiative")
        TARGET = "target", _("Target")
        DOCUMENT = "document", _("Document")
        BILATERAL = "bilateral", _("Bilateral talks")
        NEXT_MEETING = "next meeting", _("Next Meeting")
        CHAIR = "chair", _("Chair")
        AREA = "area", _("Cooperation area")
        AGENDA_ITEM = "agenda item", _("Agenda Item")
        DEAL = "deal", _("Deal")

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("a candidate fact", "Pending")
        ACCEPTED = "accepted", pgettext_lazy("a candidate fact", "Accepted")
        REJECTED = "rejected", pgettext_lazy("a candidate fact", "Rejected")

    class Resolution(models.TextChoices):
        NEW = "new", _("New to the record")
        KNOWN = "known", _("Already in the record")
        CONFLICT = "conflict", _("Conflicts with the record")

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="candidates")
    position = models.PositiveIntegerField(help_text="Order within the source; other candidates refer to it.")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    payload = models.JSONField(help_text="The fact as extraction proposes it, in the record's terms.")
    edited_payload = models.JSONField(null=True, blank=True, help_text="The reviewer's edits, kept beside the proposal.")
    quotes = models.JSONField(default=list, help_text='[{"start", "end", "quote", "field"}] into the source text.')
    confidence = models.FloatField()
    resolution = models.CharField(max_length=10, choices=Resolution.choices, default=Resolution.NEW)
    matched_key = models.CharField(max_length=120, blank=True, help_text="The record's fact this one is.")
    conflicts = models.JSONField(default=dict, blank=True, help_text='{field: {"record": ..., "candidate": ...}}')
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    reviewed_by = models.CharField(max_length=150, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    accepted_key = models.CharField(max_length=120, blank=True, help_text="The fact accepting it wrote or supported.")
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["source", "position"]
        constraints = [models.UniqueConstraint(fields=["source", "position"], name="one_candidate_per_position")]
        indexes = [models.Index(fields=["status", "kind"])]

    @property
    def fact(self) -> dict:
        """What accepting it writes: the reviewer's edit where there is one, else the proposal."""
        return self.edited_payload if self.edited_payload is not None else self.payload

    @property
    def typed(self) -> Payload:
        """The fact as its kind's typed payload (ingest/payloads.py), which resolution and review read."""
        return payload_of(self.kind, self.fact)

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.position} from {self.source.key}"


class Submission(models.Model):
    """A report as a person sent it in, so they can follow what became of it ("my reports"); a text sent twice
    is stored once but each sending is kept."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="submissions")
    submitted_by = models.CharField(max_length=150, db_index=True)
    submitted_at = models.DateTimeField(auto_now_add=True)
    outcome = models.CharField(max_length=20, help_text="stored, duplicate, twin or failed, as ingestion said.")
    message = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-submitted_at", "-id"]

    def __str__(self) -> str:
        return f"{self.source.key} sent by {self.submitted_by}"


class TrainedJudge(models.Model):
    """A judge learnt from reviewers' decisions (ingest/judge.py), kept in the database so that every worker on
    every machine judges alike; the newest one judges new reports."""

    trained_at = models.DateTimeField(auto_now_add=True)
    trained_by = models.CharField(max_length=150)
    decisions = models.PositiveIntegerField()
    kept = models.PositiveIntegerField()
    thresholds = models.JSONField(help_text="{kind: probability under which a candidate is held back}")
    weights = models.BinaryField()

    class Meta:
        ordering = ["-trained_at", "-id"]
        get_latest_by = ["trained_at", "id"]

    def clean(self) -> None:
        from dialogue.ingest.judge import JUDGED

        thresholds = self.thresholds if isinstance(self.thresholds, dict) else None
        if thresholds is None or any(kind not in JUDGED or isinstance(under, bool) or not isinstance(under, (int, float))
                                     or not 0 <= under <= 1 for kind, under in thresholds.items()):
            raise ValidationError({"thresholds": f"a probability from 0 to 1 for any of: {', '.join(JUDGED)}"})

    def __str__(self) -> str:
        return f"judge of {self.trained_at:%Y-%m-%d %H:%M} ({self.decisions} decisions)"
