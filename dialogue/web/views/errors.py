"""Answers to requests refused before any view ran: in words on a page, as problem details on the API."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.shortcuts import render


def bad_request(request, exception=None):
    """A body over the limit is 413 and says so (the browser's form still holds the text: go back); any other
    malformed request a plain 400 page."""
    if isinstance(exception, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // (1024 * 1024)
        if request.path.startswith("/api/"):
            from dialogue.web.api import problem

            return problem(request, 413, "Content Too Large", f"The request's body is over {limit} MB.")
        return render(request, "413.html", {"limit": limit}, status=413)
    return render(request, "400.html", status=400)
