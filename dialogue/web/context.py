"""What every page knows: who is looking, as services see them."""

from django.utils.functional import SimpleLazyObject

from dialogue.access.permissions import actor_for


def actor(request) -> dict:
    return {"actor": SimpleLazyObject(lambda: actor_for(request.user))}
