"""A meeting's status as later reports move it on through review: planned, put off, held; never back."""

import pytest

from dialogue.access.models import Role
from dialogue.record.permissions import Actor
from dialogue.ingest.readers import RawReport
from dialogue.ingest.review import TAKE_CANDIDATE, source_accept_all
from dialogue.ingest.selectors import gazetteer_from_record
from dialogue.ingest.services import report_ingest
from dialogue.record.models import Meeting

REVIEWER = Actor(name="reviewer", role=Role.REVIEWER)


@pytest.fixture
def gazetteer(db):
    return gazetteer_from_record()


def _accept(stem: str, text: str, published: str, gazetteer, choose: str | None = None) -> None:
    report = RawReport(origin=f"{stem}.txt", stem=stem, publisher="Test Wire", published=published, text=text)
    source_accept_all(report_ingest(report, gazetteer=gazetteer).source_key, reviewer=REVIEWER, choose=choose)


def _second_summit() -> str:
    return Meeting.objects.get(level="summit", ordinal=2).status


def test_a_meeting_put_off_and_then_reported_held_becomes_held(gazetteer):
    _accept("plan", "The second summit of Central Asia and Norway will be held in Bergen on 10 June 2026.", "2026-05-01", gazetteer)
    _accept("off", "The second summit of Central Asia and Norway was postponed because of the floods.", "2026-06-01", gazetteer)
    assert _second_summit() == Meeting.Status.POSTPONED
    # held on another day than first planned: the reviewer takes the report's date
    _accept("held", "The second summit of Central Asia and Norway was held in Bergen on 9 September 2026.", "2026-09-10", gazetteer,
            choose=TAKE_CANDIDATE)
    assert _second_summit() == Meeting.Status.HELD


def test_a_held_meeting_stays_held_when_a_late_report_still_calls_it_to_come(gazetteer):
    _accept("held", "The second summit of Central Asia and Norway was held in Bergen on 9 September 2026.", "2026-09-10", gazetteer)
    _accept("late", "The second summit of Central Asia and Norway will be held in Bergen.", "2026-08-01", gazetteer)
    assert _second_summit() == Meeting.Status.HELD


def test_a_next_meeting_announced_without_its_number_becomes_the_meeting_reported_held(gazetteer):
    _accept("first", "The first summit of Central Asia and Norway was held in Oslo on 2 March 2026. "
                     "The next summit will be held in Bergen.", "2026-03-03", gazetteer)
    announced = Meeting.objects.get(status=Meeting.Status.PLANNED)
    _accept("second", "The second summit of Central Asia and Norway was held in Bergen on 9 September 2026.", "2026-09-10", gazetteer)
    announced.refresh_from_db()
    assert (announced.status, announced.ordinal, announced.date, announced.title) == (Meeting.Status.HELD, 2, "2026-09-09", "2nd Summit")
    assert Meeting.objects.filter(level="summit").count() == 2


def test_a_meeting_put_off_and_announced_again_is_planned_again_not_a_second_one(gazetteer):
    _accept("off", "The second summit of Central Asia and Norway was postponed because of the floods.", "2026-06-01", gazetteer)
    _accept("again", "The first summit of Central Asia and Norway was held in Oslo in 2024. A second summit is to be held "
                     "on 4 May in Bergen, the ministry said.", "2026-10-01", gazetteer)
    assert _second_summit() == Meeting.Status.PLANNED
    assert Meeting.objects.filter(level="summit", ordinal=2).count() == 1
