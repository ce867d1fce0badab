from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "dialogue.access"
    label = "access"
    verbose_name = "Access: roles and API tokens"
    default_auto_field = "django.db.models.BigAutoField"
