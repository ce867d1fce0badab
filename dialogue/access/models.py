"""Who may do what: each signed-in user's role (and a focal point's country), and API tokens."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from dialogue.record.permissions import Role


class Officer(models.Model):
    """A user's part in the format: a focal point edits their own country's items; a reviewer publishes."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="officer")
    role = models.CharField(max_length=20, choices=Role.choices)
    country = models.ForeignKey("record.Country", on_delete=models.PROTECT, null=True, blank=True,
                                help_text="The country a focal point speaks for.")

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(role=Role.FOCAL_POINT) | models.Q(country__isnull=False),
                name="focal_point_has_country",
            ),
        ]

    def clean(self) -> None:
        if self.role == Role.FOCAL_POINT and not self.country_id:
            raise ValidationError({"country": "A focal point speaks for a country."})

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()}{', ' + self.country.code if self.country_id else ''})"


class ApiToken(models.Model):
    """A bearer token for the API. Only its SHA-256 digest is stored; the token is shown once."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, help_text="What the token is for, e.g. 'MFA ingestion robot'.")
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.user})"
