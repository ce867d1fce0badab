from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "dialogue.jobs"
    label = "jobs"
    verbose_name = "Jobs"
