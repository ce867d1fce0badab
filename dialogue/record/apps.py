from django.apps import AppConfig


class RecordConfig(AppConfig):
    name = "dialogue.record"
    label = "record"
    verbose_name = "The record"

    def ready(self) -> None:
        from dialogue.record import version  # noqa: F401 (connects the signals that keep the revision current)
