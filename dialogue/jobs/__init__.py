"""Background work: feed polls, report ingestion, report rendering, rate imports and the search index, run as Celery
tasks on workers when `REDIS_URL` names a broker, and in the calling process when it does not."""
