"""The dashboard as things stood on a day (`as_of`) and as the record said on a day (`recorded_as_of`), asked of a
record loaded in one day with ten years of dated history: the same answers as the report's (tests/tracking/ten_years.py)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import timezone

from dialogue.record.models import Format
from dialogue.tracking.dashboard import dashboard
from tests.tracking.test_as_of_ten_years import STOOD
from tests.tracking.ten_years import FIVE_DAYS, FORMAT, ten_years_load

M = Decimal(1_000_000)


@pytest.fixture
def decade(db):
    cache.clear()  # the figures are cached; a previous test's must not answer here
    ten_years_load()
    return Format.objects.get(short_name=FORMAT)


@pytest.mark.parametrize("day", FIVE_DAYS, ids=str)
def test_the_dashboard_tells_the_next_meeting_initiatives_and_targets_as_they_stood_on_a_day(decade, day):
    held, planned, next_meeting, standing, money = STOOD[day]
    board = dashboard(decade, as_of=day)
    assert board.on == day
    assert (board.next_meeting.key if board.next_meeting else None) == next_meeting
    assert {state.initiative.key: state.standing for state, _ in board.latest_initiatives} == standing
    assert [(p.achieved / M, p.pledged / M) for p in board.targets] == ([money] if money else [])
    marks = board.timeline.dated if board.timeline else []
    assert sorted((m.meeting.key, m.meeting.status) for m in marks) == sorted(
        [(key, "held") for key in held] + [(key, "planned") for key in planned])


def test_today_the_dashboard_reads_the_record_as_it_stands(decade):
    board = dashboard(decade)
    assert (board.on, board.next_meeting.key) == (timezone.localdate(), "decade.fm-3")
    assert [(p.achieved / M, p.pledged / M) for p in board.targets] == [(300, 50)]


def test_as_recorded_before_the_load_the_dashboard_is_empty_and_as_recorded_today_it_tells_the_past(decade):
    before = dashboard(decade, recorded_as_of=timezone.localdate() - dt.timedelta(days=1))
    assert (before.next_meeting, before.targets, before.latest_initiatives, before.timeline) == (None, [], [], None)
    both = dashboard(decade, as_of=dt.date(2022, 6, 30), recorded_as_of=timezone.localdate())
    assert (both.next_meeting.key, [(p.achieved / M, p.pledged / M) for p in both.targets]) == ("decade.summit-2", [(100, 200)])


def test_figures_asked_of_one_day_are_never_served_for_another(decade):
    """The cache of target figures is keyed by the days asked about as well as the record's revision."""
    assert [p.achieved / M for p in dashboard(decade, as_of=dt.date(2019, 12, 31)).targets] == [100]
    assert [p.achieved / M for p in dashboard(decade, as_of=dt.date(2025, 6, 30)).targets] == [300]
    assert dashboard(decade, recorded_as_of=timezone.localdate() - dt.timedelta(days=1)).targets == []
    assert [p.achieved / M for p in dashboard(decade).targets] == [300]
