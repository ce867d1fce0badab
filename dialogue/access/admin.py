"""Administrators give people their role here (or with `dialogue users add`) and revoke tokens."""

from django.contrib import admin

from dialogue.access.models import ApiToken, Officer


@admin.register(Officer)
class OfficerAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "country"]
    list_filter = ["role", "country"]
    autocomplete_fields = ["user"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are issued by `dialogue users token` (shown once); here they are listed and revoked."""

    list_display = ["name", "user", "created_at", "revoked_at"]
    readonly_fields = ["user", "name", "digest", "created_at"]

    def has_add_permission(self, request) -> bool:
        return False
