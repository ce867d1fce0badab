"""When and where each initiative was proposed or agreed, and the completion and compliance shown beside it."""

import datetime as dt

import pytest
from django.utils import timezone

from dialogue.record.models import ComplianceScore, Country, Format, Initiative, InitiativeStatusChange, Meeting
from dialogue.record.permissions import Actor
from dialogue.record.services.editing import fact_create
from dialogue.tracking.commitments import commitments_summary, initiative_origins, scores_by_initiative
from dialogue.tracking.dashboard import dashboard
from dialogue.tracking.initiatives import compliance, initiative_states

MARK = {"entered_by": "tests", "entered_at": timezone.make_aware(dt.datetime(2026, 12, 3))}
TRANS_CASPIAN = "c5-japan.initiative.trans-caspian-international-transport-route"
ACTION_PLAN = "c5-japan.initiative.joint-action-plan-to-strengthen-cooperation-and-coordination"


@pytest.fixture
def fmt(default_record):
    return Format.objects.get(short_name="C5+Japan")


def _origins(fmt):
    states = initiative_states(fmt)
    origins = initiative_origins(states)
    return {state.initiative.key: origins[state.initiative.id] for state in states}


def test_an_initiative_is_dated_by_the_step_that_proposed_or_agreed_it(fmt):
    InitiativeStatusChange.objects.filter(key=f"{TRANS_CASPIAN}.agreed").update(date="2025-12-20")
    fact_create(actor=Actor.administrator("tests"), model=InitiativeStatusChange, key_base=f"{TRANS_CASPIAN}.progress",
                values={"initiative": Initiative.objects.get(key=TRANS_CASPIAN), "status": "in progress", "date": "2026-10"})
    origin = _origins(fmt)[TRANS_CASPIAN]
    assert (origin.status, origin.meeting.key, origin.date, origin.source) == ("agreed", "c5-japan.summit-1", "2025-12-20", None)


def test_without_a_dated_step_the_meeting_then_the_first_source_dates_it(fmt):
    assert _origins(fmt)[ACTION_PLAN].date == ""
    assert _origins(fmt)[ACTION_PLAN].source.published == "2022-12-25"  # the 9th meeting's day is not stated
    Meeting.objects.filter(key="c5-japan.fm-9").update(date="2022-12-24")
    origin = _origins(fmt)[ACTION_PLAN]
    assert (origin.status, origin.meeting.key, origin.date, origin.source) == ("proposed", "c5-japan.fm-9", "2022-12-24", None)


def test_latest_initiatives_follow_when_they_were_proposed_not_when_a_row_was_touched(fmt):
    Meeting.objects.filter(key="c5-japan.summit-1").update(date="2025-12-20")
    Initiative.objects.get(key=ACTION_PLAN).save()  # entered again today: not news
    latest = [state.initiative.key for state, _ in dashboard(fmt).latest_initiatives]
    assert latest.index(TRANS_CASPIAN) < latest.index(ACTION_PLAN)


def test_the_summary_counts_the_completion_and_compliance_the_cli_computes(fmt):
    InitiativeStatusChange.objects.filter(key=f"{TRANS_CASPIAN}.agreed").update(completion="substantial")
    initiative = Initiative.objects.get(key=TRANS_CASPIAN)
    for code, score in (("KZ", 1), ("JP", 0)):
        ComplianceScore.objects.create(key=f"t.{code.lower()}", initiative=initiative, country=Country.objects.get(code=code), score=score,
                                       assessed="2026-06", **MARK)
    states, members = initiative_states(fmt), compliance(fmt)
    summary = commitments_summary(states, members)
    assert summary.completion == [("substantial", 1), ("no evidence", 5)]
    assert [(m.country.code, str(m.average)) for m in summary.members] == [("JP", "0.00"), ("KZ", "1.00")]
    assert [s.country.code for s in scores_by_initiative(members)[initiative.id]] == ["JP", "KZ"]
