"""Initiatives over time on a record of our own: history, completion, staleness, lineage, compliance."""

import datetime as dt

import pytest
from django.utils import timezone

from dialogue.record.models import (
    ComplianceScore, Completion, Country, Format, Initiative, InitiativeLink, InitiativeStatusChange, Meeting,
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
    quiet = _initiative(fmt, "quiet")
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
    states = {s.initiative.key: s.stale for s in initiative_states(fmt, as_of=dt.date(2025, 2, 1), stale_after_months=12)}
    assert states == {"old": True, "fresh": False}
    assert {s.initiative.key: s.stale for s in initiative_states(fmt, as_of=dt.date(2024, 6, 1))} == {"old": False, "fresh": False}


def test_the_status_history_as_of_a_date_gives_the_status_then(fmt):
    plan = _initiative(fmt, "plan", status="proposed")
    _save(InitiativeStatusChange(key="plan.proposed", initiative=plan, status="proposed", date="2024-01-10", **MARK), "2024-01-10")
    _save(InitiativeStatusChange(key="plan.delivered", initiative=plan, status="delivered", date="2025-03-01",
                                 completion=Completion.COMPLETE, **MARK), "2025-03-01")
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
