from django.apps import AppConfig


class TrackingConfig(AppConfig):
    name = "dialogue.tracking"
    label = "tracking"
    verbose_name = "Tracking: rates, progress, reports"
