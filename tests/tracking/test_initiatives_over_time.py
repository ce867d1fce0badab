"""Initiatives over time on a record of our own: history in the status scale's order, completion, staleness from the
latest report, lineage and closure by merger, compliance."""

import datetime as dt

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from dialogue.record.models import (
    ComplianceScore, Completion, Country, Evidence, Format, Initiative, InitiativeLink, InitiativeStatusChange, Meeting, Source,
)
from dialogue.tracking.initiatives import compliance, initiative_lineage, initiative_states, meeting_commitments, member_proposals

MARK = {"entered_by": "test", "entered_at": timezone.make_aware(dt.datetime(2024, 1, 1))}


def _save(instance, day: str):
    instance._history_date = timezone.make_aware(dt.datetime.fromisoformat(day))
    instance.save()
    return instance


@pytest.fixture
def fmt(db):
    return _save(Format(key="c5-test", name="Central Asia + Testland", short_name="C5+Test", **MARK), "2024-01-01")


def _initiative(fmt, key, day="2024-01-10", **fields):
    return _save(Initiative(key=key, format=fmt, title=key.title(), **MARK, **fields), day)


def test_completion_keeps_no_evidence_apart_from_not_started(fmt):
    _initiative(fmt, "quiet")
    begun = _initiative(fmt, "begun", status="agreed")
    _save(InitiativeStatusChange(key="begun.agreed", initiative=begun, status="agreed", date="2024-02-01",
                                 completion=Completion.NOT_STARTED, **MARK), "2024-02-02")
    states = {s.initiative.key: s for s in initiative_states(fmt)}
    assert states["quiet"].completion == "no evidence"
    assert states["begun"].completion == "not started"


def test_an_initiative_with_nothing_new_for_a_year_is_stale(fmt):
    _initiative(fmt, "old", day="2024-01-10")
    fresh = _initiative(fmt, "fresh", day="2024-01-10")
    _save(InitiativeStatusChange(key="fresh.progress", initiative=fresh, status="in progress", date="2024-11-01", **MARK), "2024-11-02")
    fresh.status = "in progress"  # as the step's service leaves it
    _save(fresh, "2024-11-02")
    states = {s.initiative.key: s.stale for s in initiative_states(fmt, as_of=dt.date(2025, 2, 1), stale_after_months=12)}
    assert states == {"old": True, "fresh": False}
    assert {s.initiative.key: s.stale for s in initiative_states(fmt, as_of=dt.date(2024, 6, 1))} == {"old": False, "fresh": False}


def test_the_status_history_as_of_a_date_gives_the_status_then(fmt):
    plan = _initiative(fmt, "plan", status="proposed")
    _save(InitiativeStatusChange(key="plan.proposed", initiative=plan, status="proposed", date="2024-01-10", **MARK), "2024-01-10")
    _save(InitiativeStatusChange(key="plan.delivered", initiative=plan, status="delivered", date="2025-03-01",
                                 completion=Completion.COMPLETE, **MARK), "2025-03-01")
    plan.status = "delivered"
    _save(plan, "2025-03-01")
    assert [(s.status, s.completion) for s in initiative_states(fmt, as_of=dt.date(2024, 12, 31))] == [("proposed", "no evidence")]
    assert [(s.status, s.completion) for s in initiative_states(fmt)] == [("delivered", "complete")]


def test_lineage_follows_merges_and_splits_both_ways(fmt):
    a, b, c, d, e = (_initiative(fmt, key) for key in "abcde")
    for key, earlier, later, kind in [("ac", a, c, "merged into"), ("bc", b, c, "merged into"),
                                      ("cd", c, d, "split into"), ("ce", c, e, "split into")]:
        _save(InitiativeLink(key=key, earlier=earlier, later=later, kind=kind, **MARK), "2024-03-01")
    ancestors, descendants = initiative_lineage(c)
    assert ({i.key for i in ancestors}, {i.key for i in descendants}) == ({"a", "b"}, {"d", "e"})
    ancestors, descendants = initiative_lineage(d)
    assert ({i.key for i in ancestors}, descendants) == ({"a", "b", "c"}, [])
    state = next(s for s in initiative_states(fmt) if s.initiative.key == "c")
    assert sorted((kind, i.key) for kind, i in state.came_from) == [("merged into", "a"), ("merged into", "b")]


def test_what_each_member_proposed_and_what_each_meeting_committed_to(default_record):
    c5_japan = Format.objects.get(short_name="C5+Japan")
    proposals = member_proposals(c5_japan)
    assert [country.code for country in proposals] == ["KZ"]
    assert sorted(s.status for s in proposals[Country.objects.get(code="KZ")]) == ["proposed", "proposed"]
    fm9 = Meeting.objects.get(key="c5-japan.fm-9")
    assert len(meeting_commitments(fm9)) == 2
    assert len(meeting_commitments(Meeting.objects.get(key="c5-japan.summit-1"))) == 4


def test_compliance_scores_average_per_member_from_each_latest_score(fmt):
    one, two = _initiative(fmt, "one"), _initiative(fmt, "two")
    kz, uz = Country.objects.get(code="KZ"), Country.objects.get(code="UZ")
    for key, initiative, country, score, day in [("s1", one, kz, 0, "2024-06"), ("s2", one, kz, 1, "2025-06"),
                                                 ("s3", two, kz, -1, "2025-06"), ("s4", one, uz, 1, "2025-06")]:
        _save(ComplianceScore(key=key, initiative=initiative, country=country, score=score, assessed=day, **MARK), "2025-07-01")
    members = {m.country.code: (m.average, sorted(s.score for s in m.scores)) for m in compliance(fmt)}
    assert members == {"KZ": (0, [-1, 1]), "UZ": (1, [1])}


def test_steps_taken_on_the_same_day_follow_the_status_scale_not_their_keys(fmt):
    plan = _initiative(fmt, "plan", status="agreed")
    for status in ("proposed", "agreed"):  # "plan.agreed" sorts before "plan.proposed" by key
        _save(InitiativeStatusChange(key=f"plan.{status}", initiative=plan, status=status, date="2024-05-20", **MARK), "2024-05-21")
    [state] = initiative_states(fmt)
    assert (state.status, [c.status for c in state.history]) == ("agreed", ["proposed", "agreed"])


def test_an_initiative_merged_into_another_is_closed_and_not_stale(fmt):
    old, new = _initiative(fmt, "old", status="proposed"), _initiative(fmt, "new", status="proposed")
    _save(InitiativeLink(key="old-new", earlier=old, later=new, kind="merged into", date="2024-03-01", **MARK), "2024-03-02")
    states = {s.initiative.key: s for s in initiative_states(fmt, as_of=dt.date(2026, 1, 1))}
    assert (states["old"].closed_by.later, states["old"].standing, states["old"].is_open) == (new, "merged into New", False)
    assert (states["new"].closed_by, states["new"].standing, states["new"].is_open) == (None, "proposed", True)
    assert (states["old"].stale, states["new"].stale) == (False, True)


def _cited(fact, source_key: str, published: str, entered: str):
    source = _save(Source(key=source_key, publisher="Test Wire", title="Our own words", published=published,
                          content_hash=f"sha256:{source_key}"), entered)
    return _save(Evidence(source=source, content_type=ContentType.objects.get_for_model(fact), object_id=fact.pk,
                          start=0, end=3, quote="Our"), entered)


def test_staleness_counts_from_the_latest_report_not_from_the_day_a_row_was_entered(fmt):
    old_news = _save(Initiative(key="old-news", format=fmt, title="Old news"), "2025-06-01")  # typed in long after the report
    _cited(old_news, "wire-2023", "2023-02-10", "2025-06-01")
    fresh = _save(Initiative(key="fresh", format=fmt, title="Fresh", status="agreed", **MARK), "2024-01-01")
    step = _save(InitiativeStatusChange(key="fresh.agreed", initiative=fresh, status="agreed", **MARK), "2024-01-01")
    _cited(step, "wire-2025", "2025-05", "2024-01-01")
    old_news.note = "checked again"  # a curator's touch is not news
    _save(old_news, "2025-07-01")
    states = {s.initiative.key: s for s in initiative_states(fmt, as_of=dt.date(2025, 8, 1))}
    assert (states["old-news"].latest_news, states["old-news"].stale) == ("2023-02-10", True)
    assert (states["fresh"].latest_news, states["fresh"].stale) == ("2025-05", False)
