from django.contrib import admin

from dialogue.jobs.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["id", "kind", "state", "done", "total", "created_by", "created_at", "finished_at", "attempts"]
    list_filter = ["kind", "state"]
    readonly_fields = [field.name for field in Job._meta.fields]
