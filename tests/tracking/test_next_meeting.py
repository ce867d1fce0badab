"""The dashboard's next meeting follows the lifecycle: the earliest planned meeting still to come, never one whose
day has passed without a report of it being held."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.utils import timezone

from dialogue.record.models import Format, Meeting
from dialogue.tracking.dashboard import dashboard

MARK = {"entered_by": "test", "entered_at": timezone.make_aware(dt.datetime(2026, 1, 1))}


@pytest.fixture
def fmt(db):
    cache.clear()
    return Format.objects.create(key="c5-test", name="Central Asia + Testland", short_name="C5+Test", **MARK)


def _meeting(fmt, ordinal: int, status: str, days_from_today: int | None, **fields) -> Meeting:
    day = (timezone.now().date() + dt.timedelta(days=days_from_today)).isoformat() if days_from_today is not None else ""
    return Meeting.objects.create(key=f"c5-test.summit-{ordinal}", format=fmt, level="summit", ordinal=ordinal, status=status,
                                  date=day, **MARK, **fields)


def test_a_meeting_whose_day_has_passed_is_not_the_next_one_once_another_is_announced(fmt):
    _meeting(fmt, 1, "planned", -40)  # never reported held
    _meeting(fmt, 2, "planned", 200)
    _meeting(fmt, 3, "planned", 90)
    assert dashboard(fmt).next_meeting.ordinal == 3


def test_the_undated_next_meeting_announced_last_is_shown_when_none_is_dated(fmt):
    first = _meeting(fmt, 1, "held", -400)
    second = _meeting(fmt, 2, "held", -40)
    _meeting(fmt, 3, "planned", None, announced_at=first)  # announced long ago, never heard of again
    _meeting(fmt, 4, "planned", None, announced_at=second)
    assert dashboard(fmt).next_meeting.ordinal == 4
