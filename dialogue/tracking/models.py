"""Exchange rates the ECB reference rates lack (tenge, som, somoni, manat, sum), kept with their source."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from simple_history.models import HistoricalRecords

from dialogue.lib.currencies import currency_problem
from dialogue.record.models import CURRENCY_VALIDATOR


class ExchangeRate(models.Model):
    """One unit of `base` is worth `rate` units of `quote` on `date`, as `source` published it."""

    date = models.DateField()
    base = models.CharField(max_length=3, validators=[CURRENCY_VALIDATOR])
    quote = models.CharField(max_length=3, validators=[CURRENCY_VALIDATOR])
    rate = models.DecimalField(max_digits=24, decimal_places=10, validators=[MinValueValidator(0)])
    source = models.CharField(max_length=200, help_text="Who published the rate: 'National Bank of Kazakhstan'.")
    imported_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["base", "quote", "-date"]
        constraints = [
            models.UniqueConstraint(fields=["date", "base", "quote"], name="one_rate_per_pair_and_day"),
            models.CheckConstraint(condition=models.Q(rate__gt=0), name="rate_positive"),
        ]
        indexes = [models.Index(fields=["base", "quote", "date"])]

    def clean(self) -> None:
        problems = {name: problem for name in ("base", "quote") if getattr(self, name) and (problem := currency_problem(getattr(self, name)))}
        if not problems and self.base and self.base == self.quote:
            problems["quote"] = "A rate is between two currencies; this one is the same on both sides."
        if problems:
            raise ValidationError(problems)

    def __str__(self) -> str:
        return f"1 {self.base} = {self.rate} {self.quote} on {self.date} ({self.source})"
