"""The reference bench/web_load.py measures the API against: a bare Django JSON view (no middleware, no database)
served by gunicorn with as many workers, on the same machine in the same run, so that a ratio to it says what the
project costs whatever else the machine is doing.

    python -m gunicorn bench.bare_django:application --workers 2
"""

from __future__ import annotations

from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="bench-only", ALLOWED_HOSTS=["127.0.0.1", "localhost"], ROOT_URLCONF=__name__,
                   MIDDLEWARE=[], INSTALLED_APPS=[], DATABASES={}, USE_TZ=True)

from django.core.wsgi import get_wsgi_application  # noqa: E402 (settings first)
from django.http import JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402


def deal(request, key: str) -> JsonResponse:
    """About the size and shape of the API's answer for one deal."""
    return JsonResponse({"key": key, "format": "bench-format", "title": f"Deal {key}", "stage": "commitment",
                         "value": "1000000", "currency": "JPY", "countries": ["KZ", "UZ"], "signed": "2025-05-01"})


urlpatterns = [path("api/deals/<str:key>", deal)]
application = get_wsgi_application()
