"""Signing people up with a role, and API tokens: issued once, stored as digests, revocable."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from dialogue.access.models import ApiToken, Officer, Role
from dialogue.record.models import Country

TOKEN_PREFIX = "dl_"


class AccessError(ValueError):
    """A role or token request that cannot be met, in words the administrator can act on."""


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def officer_add(*, username: str, password: str, role: Role | str, country: str | None = None):
    """A user with a role; a focal point names the country (ISO code) they speak for."""
    role = Role(role)
    found = Country.objects.filter(code=(country or "").upper()).first() if country else None
    if country and found is None:
        raise AccessError(f"there is no country with ISO code {country!r}")
    if role is Role.FOCAL_POINT and found is None:
        raise AccessError("a focal point speaks for a country: give its ISO code")
    users = get_user_model()
    if users.objects.filter(username=username).exists():
        raise AccessError(f"there is already a user called {username!r}")
    user = users.objects.create_user(username=username, password=password)
    Officer.objects.create(user=user, role=role, country=found)
    return user


def token_issue(user, *, name: str) -> str:
    """A new token for `user`. Only its digest is kept: show the token now, it cannot be read back."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, name=name, digest=_digest(token))
    return token


def token_user(token: str):
    """The active user a token stands for, or None."""
    found = ApiToken.objects.filter(digest=_digest(token), revoked_at__isnull=True, user__is_active=True).select_related("user").first()
    return found.user if found else None


def token_revoke(token: str) -> bool:
    return bool(ApiToken.objects.filter(digest=_digest(token), revoked_at__isnull=True).update(revoked_at=timezone.now()))
