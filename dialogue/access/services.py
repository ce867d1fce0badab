"""Signing people up with a role, changing their password, taking their access away; API tokens: issued once,
stored as digests, revocable."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from dialogue.access.models import ApiToken, Officer
from dialogue.record.models import Country
from dialogue.record.permissions import ANONYMOUS, Actor, Role

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
    _check_password(password, users(username=username))
    user = users.objects.create_user(username=username, password=password)
    Officer.objects.create(user=user, role=role, country=found)
    return user


def _check_password(password: str, user) -> None:
    """The settings' password rules (length, not a common password), in words the person can act on."""
    try:
        validate_password(password, user=user)
    except ValidationError as error:
        raise AccessError("the password is refused: " + " ".join(error.messages)) from None


def _user(username: str):
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise AccessError(f"there is no user called {username!r}")
    return user


def officer_password(*, username: str, password: str) -> None:
    """A new password for a user, under the same rules as a first one."""
    user = _user(username)
    _check_password(password, user)
    user.set_password(password)
    user.save(update_fields=["password"])


@transaction.atomic
def officer_remove(*, username: str) -> int:
    """Take a user's access away: the account is deactivated (the record's history still names who did what)
    and every token it holds revoked. Returns how many tokens were revoked."""
    user = _user(username)
    user.is_active = False
    user.save(update_fields=["is_active"])
    return ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())


@dataclass(frozen=True)
class OfficerRow:
    username: str
    role: str
    country: str
    active: bool
    tokens: int


def officers_list() -> list[OfficerRow]:
    """Everyone with a role, with their country and live tokens."""
    live = Count("user__api_tokens", filter=Q(user__api_tokens__revoked_at__isnull=True))
    officers = Officer.objects.select_related("user", "country").annotate(tokens=live).order_by("user__username")
    return [OfficerRow(o.user.username, o.role, o.country.code if o.country else "", o.user.is_active, o.tokens) for o in officers]


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


def actor_for(user) -> Actor:
    """The actor behind a request's user: superusers administer; others hold their officer role, if any."""
    if user is None or not user.is_authenticated:
        return ANONYMOUS
    if user.is_superuser:
        return Actor.administrator(user.get_username())
    officer = Officer.objects.filter(user=user).select_related("country").first()
    if officer is None:
        return Actor(name=user.get_username())
    return Actor(name=user.get_username(), role=Role(officer.role), country=officer.country.code if officer.country else None)
