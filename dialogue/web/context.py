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
