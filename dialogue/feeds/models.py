"""A watched feed and the items it has listed: the item's row is what keeps it from being ingested twice."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from dialogue.record.models import Format, Source


class Feed(models.Model):
    class Outcome(models.TextChoices):
        NEVER = "", _("Not polled yet")
        OK = "ok", pgettext_lazy("a feed's last poll", "Read")
        NOT_MODIFIED = "not modified", _("Unchanged since the last poll")
        FAILED = "failed", _("Failed")

    url = models.URLField(max_length=1000, unique=True)
    format = models.ForeignKey(Format, on_delete=models.PROTECT, related_name="feeds")
    language = models.CharField(max_length=8, blank=True, help_text="The language of its items, when the feed is in one.")
    title = models.CharField(max_length=300, blank=True, help_text="As the feed names itself; the publisher of its reports.")
    interval = models.PositiveIntegerField(default=60, help_text="Minutes between two polls.")
    added_at = models.DateTimeField(auto_now_add=True)
    # What the last poll found, for the feeds' page and the next conditional GET.
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    polled_at = models.DateTimeField(null=True, blank=True)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True, default=Outcome.NEVER)
    message = models.TextField(blank=True, help_text="Why the last poll failed, or what it read despite a fault.")
    failures = models.PositiveIntegerField(default=0, help_text="Polls failed in a row; the interval doubles with each.")

    class Meta:
        ordering = ["title", "url"]

    def __str__(self) -> str:
        return self.title or self.url


class FeedItem(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Being read")
        STORED = "stored", pgettext_lazy("a feed's item", "Stored")
        DUPLICATE = "duplicate", _("Already in the record")
        TWIN = "twin", _("Nearly repeats a report in the record")
        FAILED = "failed", _("Failed")

    MAX_ATTEMPTS = 3  # a failed item is tried again while the feed still lists it, this many times in all
    STALE_CLAIM_HOURS = 6  # no poll takes this long: an item still being read after it was left by a poll that died

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="items")
    key = models.CharField(max_length=500, help_text="The item's guid or id, else its link.")
    url = models.URLField(max_length=1000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    published = models.CharField(max_length=40, blank=True)
    seen_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    claim = models.CharField(max_length=32, blank=True, help_text="The poll reading the item; two polls never read one item.")
    claimed_at = models.DateTimeField(null=True, blank=True, help_text="When that poll took it: a claim hours old is a poll that died.")
    source = models.ForeignKey(Source, on_delete=models.SET_NULL, null=True, blank=True, related_name="feed_items")
    message = models.TextField(blank=True)

    class Meta:
        ordering = ["-seen_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["feed", "key"], name="one_item_per_feed_key")]

    def __str__(self) -> str:
        return self.title or self.url or self.key
