from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "dialogue.web"
    label = "web"
    verbose_name = "Pages and API"
