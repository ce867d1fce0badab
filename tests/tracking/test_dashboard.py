"""A format's front page as data: the chair, the next meeting, targets, the latest initiatives and the timeline."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.utils import timezone

from dialogue.record.models import ChairTerm, Country, Format, Initiative, Meeting
from dialogue.tracking import dashboard as dashboard_module
from dialogue.tracking.dashboard import LATEST_INITIATIVES, dashboard
from dialogue.tracking.models import ExchangeRate


def _entered(**fields):
    return {"entered_by": "tests", "entered_at": timezone.now(), **fields}


@pytest.fixture
def fmt(default_record):
    cache.clear()  # target figures are cached under the record's state; a previous test's must not answer here
    return Format.objects.get(short_name="C5+Japan")


def test_the_next_meeting_is_the_planned_one_and_a_dated_one_comes_before_one_without_a_date(fmt):
    assert dashboard(fmt).next_meeting.key == "c5-japan.fm-10"  # planned, no day stated yet
    Meeting.objects.create(key="t.summit-2", format=fmt, level="summit", ordinal=2, date="2027-05", status="planned", **_entered())
    Meeting.objects.create(key="t.som-1", format=fmt, level="senior officials", ordinal=1, date="2027-01", status="held", **_entered())
    assert dashboard(fmt).next_meeting.key == "t.summit-2"


def test_the_chair_is_the_country_whose_term_has_begun_not_one_announced_for_later(fmt):
    ChairTerm.objects.create(key="t.chair-uz", format=fmt, country=Country.objects.get(code="UZ"), start="2099", **_entered())
    assert dashboard(fmt).chair.country.code == "KZ"


def test_the_latest_initiatives_are_limited_and_each_comes_with_where_it_began(fmt):
    for number in range(LATEST_INITIATIVES):
        Initiative.objects.create(key=f"t.initiative-{number}", format=fmt, title=f"Mountain weather station {number}", **_entered())
    latest = dashboard(fmt).latest_initiatives
    assert len(latest) == LATEST_INITIATIVES < Initiative.objects.filter(format=fmt).count()
    assert all(origin is not None and state.initiative.format_id == fmt.id for state, origin in latest)


def test_target_figures_are_computed_once_until_the_rates_or_deals_they_rest_on_change(fmt, monkeypatch):
    calls = []

    def counted(targets, **kwargs):
        calls.append(kwargs)
        return real(targets, **kwargs)

    real = dashboard_module.targets_progress
    monkeypatch.setattr(dashboard_module, "targets_progress", counted)
    first, again = dashboard(fmt), dashboard(fmt)
    assert len(calls) == 1 and [p.target.key for p in again.targets] == [p.target.key for p in first.targets]
    ExchangeRate.objects.create(date=dt.date(2025, 1, 6), base="USD", quote="JPY", rate=157, source="our own test figure")
    dashboard(fmt)
    assert len(calls) == 2


def test_the_front_page_keeps_headline_figures_not_every_contribution(fmt, japanese_deal):
    from dialogue.tracking.progress import targets_progress

    target = fmt.targets.get()
    japanese_deal.stage = "commitment"
    japanese_deal.save()
    japanese_deal.targets.set([target])
    full = targets_progress([target], on=timezone.now().date())[0]
    shown = dashboard(fmt).targets[0]
    assert full.contributions and shown.contributions == []
    assert (shown.achieved, shown.percent, shown.status) == (full.achieved, full.percent, full.status)


def test_a_format_with_nothing_recorded_yet_has_no_next_meeting_chair_or_timeline(db):
    cache.clear()
    empty = Format.objects.create(key="t.steppe-forum", name="Steppe Forum", short_name="Steppe", **_entered())
    board = dashboard(empty)
    assert (board.next_meeting, board.chair, board.timeline, board.targets, board.latest_initiatives) == (None, None, None, [], [])
