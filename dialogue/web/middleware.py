"""The pages in the reader's language, a Content Security Policy on every answer (pages run only our own scripts,
so no text in the record can run as one), and a page's write that loses a race answered in words."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError
from django.http import Http404
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import redirect
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme

from dialogue.record.errors import NotFound

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


class PageLanguage(LocaleMiddleware):
    """The pages in the reader's language (their choice, else their browser's); the API in the project's own, so that
    one question gets one answer whoever asks, and a client never has to send or vary on Accept-Language."""

    def process_request(self, request):
        if request.path_info.startswith("/api/"):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        else:
            super().process_request(request)

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)


class ContentSecurityPolicy:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", POLICY)
        return response


class NotFoundPage:
    """A page asked for something the record does not hold answers with the 404 page, which names what was asked."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, NotFound):
            raise Http404(str(exception)) from exception
        return None


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
