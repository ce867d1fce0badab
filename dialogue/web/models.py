"""What the pages keep beside the record: the search index."""

from django.db import models


class SearchEntry(models.Model):
    """One source or fact as search reads it; derived from the record and rebuilt with it."""

    section = models.CharField(max_length=40)
    key = models.CharField(max_length=120)
    title = models.TextField()
    body = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["section", "key"], name="one_entry_per_fact")]
