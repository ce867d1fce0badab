from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "dialogue.feeds"
    label = "feeds"
    verbose_name = "Watched feeds"
