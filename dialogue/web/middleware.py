"""A Content Security Policy on every answer (pages run only our own scripts, so no text in the record can run as
one), and a page's write that loses a race answered in words."""

from __future__ import annotations

from django.contrib import messages
from django.db import IntegrityError
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",  # style attributes (progress bars); styles cannot run code
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])


class ContentSecurityPolicy:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", POLICY)
        return response


class RaceOnAPage:
    """A page's write that lost a race with another (two accepts of one new fact, say) comes back to the page it
    was sent from with the reason, never a server error; nothing of it was written, as its transaction rolled back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, IntegrityError) or request.path.startswith("/api/") or request.method != "POST":
            return None
        messages.error(request, "Another change to the same record was written at the same moment. "
                                "Look at the record as it is now, then repeat yours if it is still needed.")
        back = request.headers.get("Referer", "")
        return redirect(back if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}) else "/")
