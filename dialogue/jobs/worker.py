"""The Celery app: `celery -A dialogue.jobs worker` (or `-A dialogue.jobs.worker`, or `dialogue jobs worker`) runs
the tasks, `... beat` their schedule. Its settings are Django's `CELERY_*` (dialogue/settings.py); without
`REDIS_URL` every task runs in the process that starts it."""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")

app = Celery("dialogue")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["dialogue.jobs"])
