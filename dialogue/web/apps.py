from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "dialogue.web"
    label = "web"
    verbose_name = "Pages and API"

    def ready(self):
        from dialogue.web import search  # noqa: F401  (connects the search index to saves and deletes)
