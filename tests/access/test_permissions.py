"""Who may do what, decided in one place: roles, countries, and the items that are nobody's own."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied

from dialogue.access.models import Role
from dialogue.record.permissions import ANONYMOUS, Action, Actor, authorize, can, owner_countries
from dialogue.access.services import actor_for
from dialogue.access.services import AccessError, officer_add, token_issue, token_revoke, token_user
from dialogue.record.models import Attendance, Meeting, Target


def test_a_focal_point_of_kazakhstan_may_not_edit_a_japanese_deal(officers, japanese_deal):
    kazakh = actor_for(officers["kz"])
    with pytest.raises(PermissionDenied, match="focal point of KZ cannot edit this deal: it is an item of JP"):
        authorize(kazakh, Action.EDIT, japanese_deal)
    assert can(actor_for(officers["jp"]), Action.EDIT, japanese_deal)


def test_an_attendance_belongs_to_the_country_represented(officers, default_record):
    kazakh_minister = Attendance.objects.get(meeting__key="c5-japan.fm-9", country__code="KZ")
    assert owner_countries(kazakh_minister) == {"KZ"}
    assert can(actor_for(officers["kz"]), Action.EDIT, kazakh_minister)
    assert not can(actor_for(officers["jp"]), Action.EDIT, kazakh_minister)


def test_a_meeting_belongs_to_its_host(officers, default_record):
    tokyo = Meeting.objects.get(key="c5-japan.fm-9")
    assert owner_countries(tokyo) == {"JP"}
    assert can(actor_for(officers["jp"]), Action.EDIT, tokyo) and not can(actor_for(officers["kz"]), Action.EDIT, tokyo)


def test_a_joint_target_is_the_reviewers_to_edit(officers, default_record):
    target = Target.objects.first()
    assert owner_countries(target) == set()
    assert not can(actor_for(officers["jp"]), Action.EDIT, target)
    assert can(actor_for(officers["reviewer"]), Action.EDIT, target)


def test_only_reviewers_and_administrators_review(officers):
    assert [can(actor_for(officers[name]), Action.REVIEW) for name in ("kz", "reviewer", "admin")] == [False, True, True]
    assert can(actor_for(officers["kz"]), Action.SUBMIT)


def test_anonymous_readers_and_users_without_a_role_change_nothing(officers, japanese_deal, django_user_model):
    assert actor_for(AnonymousUser()) is ANONYMOUS
    with pytest.raises(PermissionDenied, match="Sign in"):
        authorize(ANONYMOUS, Action.SUBMIT)
    nobody = actor_for(django_user_model.objects.create_user("nobody", password="x"))
    with pytest.raises(PermissionDenied, match="holds no role"):
        authorize(nobody, Action.EDIT, japanese_deal)


def test_a_superuser_administers(django_user_model, db):
    root = django_user_model.objects.create_superuser("root", password="x")
    assert actor_for(root) == Actor(name="root", role=Role.ADMINISTRATOR)


def test_a_focal_point_needs_a_real_country(db):
    with pytest.raises(AccessError, match="speaks for a country"):
        officer_add(username="x", password="x", role="focal_point")
    with pytest.raises(AccessError, match="no country with ISO code 'XX'"):
        officer_add(username="x", password="x", role="focal_point", country="XX")


def test_a_token_stands_for_its_user_until_revoked(officers):
    token = token_issue(officers["kz"], name="robot")
    assert token_user(token) == officers["kz"]
    assert token_user(token + "x") is None
    assert token_revoke(token) and token_user(token) is None
