"""The judges trained on reviewers' decisions: an administrator may loosen or tighten what each holds back."""

from django.contrib import admin

from dialogue.ingest.models import TrainedJudge


@admin.register(TrainedJudge)
class TrainedJudgeAdmin(admin.ModelAdmin):
    list_display = ("trained_at", "trained_by", "decisions", "kept", "thresholds")
    fields = ("trained_at", "trained_by", "decisions", "kept", "thresholds")
    readonly_fields = ("trained_at", "trained_by", "decisions", "kept")

    def has_add_permission(self, request) -> bool:
        return False  # a judge comes from `dialogue train`, not from a form
