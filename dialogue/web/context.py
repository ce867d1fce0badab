"""Who is looking, as services see them: read once per request, for the views and every template."""

from __future__ import annotations

from django.utils.functional import SimpleLazyObject

from dialogue.access.permissions import Actor, actor_for


def request_actor(request) -> Actor:
    """The request's actor; its role is read from the database once, however many checks a page makes."""
    if not hasattr(request, "_actor"):
        request._actor = actor_for(request.user)
    return request._actor


def actor(request) -> dict:
    return {"actor": SimpleLazyObject(lambda: request_actor(request))}
