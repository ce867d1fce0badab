from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "dialogue.ingest"
    label = "ingest"
    verbose_name = "Ingestion and review"
