"""The pages in the reader's language, a Content Security Policy on every answer (pages run only our own scripts,
so no text in the record can run as one), a page's write that loses a race answered in words, and the API's shared
reads answered whole from the cache."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError
from django.http import Http404, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import redirect
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme

from dialogue.record.errors import NotFound
from dialogue.record.sections import SECTIONS
from dialogue.record.version import shared_revision
from dialogue.web.cached import path_key, whole_get, whole_set

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


SHARED_SECTIONS = frozenset(name for name, _ in SECTIONS)  # /api/{section} and /api/{section}/{key} are shared reads
# A request with any of these may be answered differently from the next one: it takes the full path.
OWN_HEADERS = ("HTTP_COOKIE", "HTTP_AUTHORIZATION", "HTTP_IF_NONE_MATCH", "HTTP_IF_MATCH", "HTTP_IF_MODIFIED_SINCE",
               "HTTP_IF_UNMODIFIED_SINCE")


class SharedAnswers:
    """The API's reads that every client without credentials gets alike (a record, a list: their views mark the
    answer `shared_answer`) answered whole from the cache, keyed by the path with its query string and the record's
    revision, which every write replaces (read at most once a second per process: record/version.py). It stands after SecurityMiddleware (its redirect and headers still apply):
    the middleware, URL resolution and ninja's parsing behind it cost a cached answer several times its own cost.
    The answer kept is the one that came out with every header the rest added. A request with a cookie, credentials
    or a condition (If-None-Match) is never answered from here."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (request.method != "GET" or not _shared_route(request.path_info)
                or any(request.META.get(header) for header in OWN_HEADERS)):
            return self.get_response(request)
        request.get_host()  # a Host not allowed is refused here too (400)
        key = f"api-answer-{path_key(request)}-{shared_revision()}"
        if (found := whole_get(key)) is not None:
            body, headers = found
            return HttpResponse(body, headers=headers)
        response = self.get_response(request)
        if (getattr(response, "shared_answer", False) and response.status_code == 200 and not response.streaming
                and not response.cookies):
            whole_set(key, (response.content, dict(response.headers)))
        return response


def _shared_route(path: str) -> bool:
    """A record's or a section list's path: the only routes whose answers may be kept (the view marks them too), so
    that no other route (the schema, the docs, a job) pays for the revision's read."""
    if not path.startswith("/api/"):
        return False
    parts = path[len("/api/"):].split("/")
    return len(parts) <= 2 and parts[0] in SHARED_SECTIONS
