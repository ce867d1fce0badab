"""WSGI entry point for the production server (gunicorn).

The URLconf is imported here, at start-up, not on a worker's first request: it brings the API; and
extraction (spaCy), which takes seconds to import, is imported with it. Under `dialogue serve` gunicorn preloads this module,
so the master pays once and every worker is forked ready.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
application = get_wsgi_application()

from django.urls import get_resolver  # noqa: E402 (Django must be set up first)

get_resolver().url_patterns  # noqa: B018 (importing every view is the point)

# Without a broker, a report submitted on the review page or to POST /api/reports is read in this process: its
# extraction (spaCy) is imported now, not on the first report.
import dialogue.ingest.extract  # noqa: E402,F401
