"""The report's open items follow the lifecycle: a meeting held, an initiative merged into another or agreed on the
day it was proposed is not open; a planned meeting whose day has passed is flagged; staleness names the latest news."""

import datetime as dt

import pytest
from django.utils import timezone

from dialogue.record.models import Format, Initiative, InitiativeLink, InitiativeStatusChange, Meeting
from dialogue.tracking.report import report_data

MARK = {"entered_by": "test", "entered_at": timezone.make_aware(dt.datetime(2026, 1, 1))}


@pytest.fixture
def fmt(db):
    return Format.objects.create(key="c5-test", name="Central Asia + Testland", short_name="C5+Test", **MARK)


def _items(fmt) -> str:
    return "\n".join(report_data(fmt).open_items)


def _summit(fmt, ordinal: int, status: str, days_from_today: int) -> Meeting:
    day = (timezone.now().date() + dt.timedelta(days=days_from_today)).isoformat()
    return Meeting.objects.create(key=f"c5-test.summit-{ordinal}", format=fmt, level="summit", ordinal=ordinal,
                                  title=f"Summit {ordinal}", status=status, date=day, **MARK)


def test_a_meeting_held_is_not_open_and_one_planned_for_a_day_gone_by_is_flagged(fmt):
    _summit(fmt, 1, "held", -200)
    overdue, ahead = _summit(fmt, 2, "planned", -30), _summit(fmt, 3, "planned", 150)
    items = _items(fmt).split("\n")
    assert not any(item.startswith("Summit 1") for item in items)
    assert f"Summit 2: planned, {overdue.when}; no source yet says it was held" in items
    assert f"Summit 3: planned, {ahead.when}" in items


def test_an_initiative_merged_into_another_or_agreed_the_day_it_was_proposed_is_not_open(fmt):
    merged, kept = (Initiative.objects.create(key=key, format=fmt, title=key.title(), status="proposed", **MARK) for key in ("merged", "kept"))
    InitiativeLink.objects.create(key="merged-kept", earlier=merged, later=kept, kind="merged into", date="2026-10-01", **MARK)
    same_day = Initiative.objects.create(key="same-day", format=fmt, title="Same Day", status="agreed", **MARK)
    for status in ("proposed", "agreed"):
        InitiativeStatusChange.objects.create(key=f"same-day.{status}", initiative=same_day, status=status, date="2026-10-01", **MARK)
    items = _items(fmt)
    assert "Kept: proposed by the members jointly, proposed and not yet agreed" in items
    assert "Merged:" not in items and "Same Day:" not in items
    data = report_data(fmt)
    assert [state.standing for state in data.initiative_states] == ["proposed", "merged into Kept", "agreed"]


def test_a_stale_initiative_is_named_with_its_latest_news(fmt):
    quiet = Initiative.objects.create(key="quiet", format=fmt, title="Quiet", status="agreed", **MARK)
    InitiativeStatusChange.objects.create(key="quiet.agreed", initiative=quiet, status="agreed", date="2025-06", **MARK)
    assert "Quiet: no news since June 2025" in _items(fmt)
