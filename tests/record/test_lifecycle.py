"""The lifecycle rules: how a meeting's status moves with later reports, which meeting is next, which awaited meeting
a report speaks of, and the order of an initiative's steps taken on one day (which `dialogue check` relies on)."""

import datetime as dt

import pytest
from django.utils import timezone

from dialogue.record.integrity import ERROR, record_problems
from dialogue.record.lifecycle import (
    latest_news, meeting_awaited_match, meeting_is_past, meeting_next, meeting_status_after, months_since,
)
from dialogue.record.models import Format, Initiative, InitiativeStatusChange, Meeting

TODAY = dt.date(2026, 12, 4)
MARK = {"entered_by": "test", "entered_at": timezone.make_aware(dt.datetime(2026, 1, 1))}


@pytest.mark.parametrize("current, reported, after", [
    ("planned", "held", "held"), ("planned", "postponed", "postponed"), ("planned", "cancelled", "cancelled"),
    ("postponed", "planned", "planned"), ("postponed", "held", "held"),
    ("held", "planned", "held"), ("held", "postponed", "held"), ("cancelled", "held", "cancelled"),
])
def test_a_later_report_moves_a_meeting_on_but_never_back(current, reported, after):
    assert meeting_status_after(current, reported) == after


def _meeting(key, status="planned", date="", ordinal=None, announced_at=None, level="summit"):
    return Meeting(key=key, level=level, status=status, date=date, ordinal=ordinal, announced_at=announced_at)


def test_the_next_meeting_is_the_earliest_planned_one_not_yet_past():
    meetings = [_meeting("overdue", date="2026-06-10"), _meeting("held", status="held", date="2026-12-20"),
                _meeting("later", date="2027-05"), _meeting("sooner", date="2027-02-01"), _meeting("undated")]
    assert meeting_next(meetings, today=TODAY).key == "sooner"
    assert meeting_next([_meeting("this-month", date="2026-12"), _meeting("overdue", date="2026-11-30")], today=TODAY).key == "this-month"


def test_with_no_dated_meeting_ahead_the_next_is_the_one_announced_last():
    ninth, tenth = _meeting("fm-9", status="held", date="2025-07-16", ordinal=9), _meeting("fm-10", status="held", date="2026-07-01", ordinal=10)
    old, new = _meeting("announced-at-9", announced_at=ninth), _meeting("announced-at-10", announced_at=tenth)
    assert meeting_next([new, old, _meeting("overdue", date="2026-01")], today=TODAY) == new
    assert meeting_next([_meeting("overdue", date="2026-01"), _meeting("cancelled", status="cancelled")], today=TODAY) is None


def test_a_meeting_is_past_only_when_every_day_its_date_may_mean_is_over():
    assert [meeting_is_past(_meeting(d, date=d), TODAY) for d in ("2026-12-03", "2026-12", "2026", "2027", "")] == [
        True, False, False, False, False]


def test_a_report_speaks_of_the_one_awaited_meeting_nothing_contradicts():
    ninth = _meeting("fm-9", status="held", date="2025-07-16", ordinal=9, level="foreign ministers")
    awaited = _meeting("next", announced_at=ninth, level="foreign ministers")
    assert meeting_awaited_match([awaited], ordinal=10, date="2026-09-09", host=None) == awaited
    assert meeting_awaited_match([awaited], ordinal=9, date="", host=None) is None  # announced at the ninth: not the ninth
    assert meeting_awaited_match([awaited], ordinal=None, date="2025-01-10", host=None) is None  # before it was announced
    assert meeting_awaited_match([awaited], ordinal=None, date="", host=None) is None  # nothing to tell it by
    dated = _meeting("dated", date="2026-05")
    assert meeting_awaited_match([dated], ordinal=None, date="2026-05-20", host=None) == dated
    assert meeting_awaited_match([dated], ordinal=None, date="2026-09-20", host=None) is None  # planned for another month
    assert meeting_awaited_match([_meeting("a"), _meeting("b")], ordinal=3, date="", host=None) is None  # which one is unclear


def test_news_counts_from_the_latest_day_reported_up_to_the_day_asked():
    assert latest_news(["2024-03-01", "2024-05", "", "2027-01-01"], on=TODAY) == "2024-05"
    assert (months_since("2025-12", TODAY), months_since("2025-11-04", TODAY), months_since("2025-11-05", TODAY)) == (11, 13, 12)


@pytest.mark.unsound_record  # ends with a status its latest step contradicts, for the check to name
def test_check_reads_steps_of_one_day_in_the_status_scale_order(db):
    fmt = Format.objects.create(key="c5-test", name="Central Asia + Testland", short_name="C5+Test", **MARK)
    plan = Initiative.objects.create(key="plan", format=fmt, title="Plan", status="agreed", **MARK)
    for status in ("agreed", "proposed"):  # by key "plan.agreed" comes first, by the scale last
        InitiativeStatusChange.objects.create(key=f"plan.{status}", initiative=plan, status=status, date="2026-05-20", **MARK)
    assert [p for p in record_problems() if p.severity == ERROR and "plan" in p.where] == []
    plan.status = "proposed"
    plan.save()
    assert [p.message for p in record_problems() if p.where == "initiatives 'plan'"] == [
        "status is 'proposed' but its latest status change (plan.agreed) says 'agreed'"]
