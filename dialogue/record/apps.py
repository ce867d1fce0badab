from django.apps import AppConfig


class RecordConfig(AppConfig):
    name = "dialogue.record"
    label = "record"
    verbose_name = "The record"
