"""Background work: feed polls, report ingestion, report rendering, rate imports and the search index, run as Celery
tasks on workers when `REDIS_URL` names a broker, and in the calling process when it does not.

`celery -A dialogue.jobs worker` and `celery -A dialogue.jobs.worker worker` both find the app: this package gives
`app` (and `celery`) on first use, so a Django process that never sends a task never imports Celery (about 180 ms).
"""

from __future__ import annotations


def __getattr__(name: str):
    if name in ("app", "celery"):
        from dialogue.jobs.worker import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
