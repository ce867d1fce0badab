"""Who is looking, as services see them: read once per request, for the views and every template."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.utils.functional import SimpleLazyObject

from dialogue.record.permissions import Actor
from dialogue.access.services import actor_for


def request_actor(request) -> Actor:
    """The request's actor; its role is read from the database once, however many checks a page makes."""
    if not hasattr(request, "_actor"):
        # A request refused before authentication ran (a Host not allowed: 400) has no user; it is nobody's.
        request._actor = actor_for(getattr(request, "user", None) or AnonymousUser())
    return request._actor


def actor(request) -> dict:
    return {"actor": SimpleLazyObject(lambda: request_actor(request))}


# Where a page kept for every reader (web/cached.py `shared_page`) holds the reader's CSRF token: each answer puts
# its reader's own in its place. As long as a real token, and of no characters that escaping would change.
CSRF_PLACEHOLDER = "csrf" + "0" * 56 + "page"


def shared_page_token(request) -> dict:
    """While a page is rendered to be kept for every reader, its CSRF token is the placeholder (this processor runs
    after Django's own, so it wins)."""
    return {"csrf_token": CSRF_PLACEHOLDER} if getattr(request, "rendering_shared_page", False) else {}
