"""The dashboard's timeline: every meeting labelled, nothing drawn over anything else, undated meetings apart."""

import pytest
from django.utils import timezone

from dialogue.record.models import Country, Format, Meeting
from dialogue.tracking.timeline import CHARACTER, LABEL_GAP, RADIUS, ROW, UNDATED, WIDTH, meeting_timeline


def _meeting(fmt, key, level, ordinal, date="", city="", **fields):
    return Meeting.objects.create(key=key, format=fmt, level=level, ordinal=ordinal, date=date, city=city,
                                  entered_by="tests", entered_at=timezone.now(), **fields)


@pytest.fixture
def fmt(default_record):
    return Format.objects.get(short_name="C5+Japan")


def _boxes(timeline):
    """Each mark's marker and label as one rectangle, in the drawing's units."""
    for lane in timeline.lanes:
        for mark in lane.marks:
            width = len(mark.label) * CHARACTER
            left = mark.x - RADIUS if mark.anchor == "start" else mark.x - LABEL_GAP - width
            right = mark.x + LABEL_GAP + width if mark.anchor == "start" else mark.x + RADIUS
            yield mark, (left, right, mark.y - ROW / 2, mark.y + ROW / 2)


def test_each_dated_meeting_is_labelled_with_its_ordinal_place_and_month(fmt):
    _meeting(fmt, "t.fm-11", "foreign ministers", 11, "2025-12-20", "Astana", host=Country.objects.get(code="KZ"))
    _meeting(fmt, "t.wg", "working group", None, "2024", online=True)
    labels = {m.meeting.key: m.label for m in meeting_timeline(list(Meeting.objects.filter(format=fmt))).dated}
    assert labels == {"t.fm-11": "11th FM · Astana · Dec 2025", "t.wg": "WG · online · 2024"}


def test_meetings_of_the_same_month_go_to_separate_rows_and_no_two_labels_meet(fmt):
    for number in range(1, 13):
        _meeting(fmt, f"t.som-{number}", "senior officials", number, f"2025-{(number + 1) // 2:02d}", "Ulaanbaatar")
    timeline = meeting_timeline(list(Meeting.objects.filter(format=fmt)))
    boxes = list(_boxes(timeline))
    for index, (mark, (left, right, top, bottom)) in enumerate(boxes):
        assert 0 <= left and right <= WIDTH, mark.label
        for other, (left2, right2, top2, bottom2) in boxes[index + 1:]:
            assert not (left < right2 and left2 < right and top < bottom2 and top2 < bottom), (mark.label, other.label)
    same_month = [m for m in timeline.dated if m.meeting.date == "2025-01"]
    assert len({m.y for m in same_month}) == 2


def test_a_meeting_without_a_stated_date_sits_in_its_own_lane_not_at_its_first_report(fmt):
    _meeting(fmt, "t.fm-11", "foreign ministers", 11, "2022-12", "Astana")
    timeline = meeting_timeline(list(Meeting.objects.filter(format=fmt)))
    assert [lane.label for lane in timeline.lanes] == ["Foreign ministers", UNDATED]
    undated = timeline.lanes[-1]
    assert {m.meeting.key for m in undated.marks} == {"c5-japan.fm-9", "c5-japan.fm-10", "c5-japan.summit-1"}
    assert undated.top >= timeline.axis_bottom  # below the years: no position on the time axis
    ninth = next(m for m in undated.marks if m.meeting.key == "c5-japan.fm-9")
    assert ninth.label == "9th FM · Tokyo" and ninth.reported == "25 December 2022"


def test_a_format_with_no_meeting_has_no_timeline(db):
    assert meeting_timeline([]) is None
