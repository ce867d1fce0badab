"""`as_of` is how things stood on a day, `recorded_as_of` what the record said that day: both asked of a record
loaded in one day with ten years of dated history (tests/tracking/ten_years.py says what it holds)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from dialogue.record.models import Format, Target
from dialogue.tracking.compare import format_comparison
from dialogue.tracking.initiatives import initiative_states
from dialogue.tracking.progress import NOT_STARTED, NotYetRecorded, target_list, target_progress, targets_progress
from dialogue.tracking.report import report_data
from tests.tracking.ten_years import FIVE_DAYS, FORMAT, TARGET, ten_years_load

M = Decimal(1_000_000)

# For each of the five days: meetings held, meetings planned, the next meeting, where each initiative stood,
# and the target's (achieved, pledged) in millions (None: the target was not yet set).
STOOD = {
    FIVE_DAYS[0]: ([], [], None, {}, None),
    FIVE_DAYS[1]: (["decade.fm-1"], ["decade.summit-1"], "decade.summit-1", {"decade.water": "proposed"}, None),
    FIVE_DAYS[2]: (["decade.fm-1", "decade.summit-1"], [], None,
                   {"decade.water": "agreed", "decade.grants": "proposed"}, (100, 0)),
    FIVE_DAYS[3]: (["decade.fm-1", "decade.summit-1", "decade.fm-2"], ["decade.summit-2"], "decade.summit-2",
                   {"decade.water": "delivered", "decade.rail": "proposed", "decade.grants": "proposed"}, (100, 200)),
    FIVE_DAYS[4]: (["decade.fm-1", "decade.summit-1", "decade.fm-2", "decade.summit-2"], ["decade.fm-3"], "decade.fm-3",
                   {"decade.water": "delivered", "decade.rail": "agreed", "decade.grants": "merged into Rail"}, (300, 50)),
}


@pytest.fixture
def decade(db):
    ten_years_load()
    return Format.objects.get(short_name=FORMAT)


def _yesterday() -> dt.date:
    return timezone.localdate() - dt.timedelta(days=1)


@pytest.mark.parametrize("day", FIVE_DAYS, ids=str)
def test_as_of_a_day_the_report_tells_how_things_stood_then(decade, day):
    held, planned, next_meeting, standing, money = STOOD[day]
    data = report_data(decade, as_of=day)
    assert [m.key for m in data.held] == held
    assert [m.key for m in data.planned] == planned
    assert (data.next_meeting.key if data.next_meeting else None) == next_meeting
    assert {s.initiative.key: s.standing for s in data.initiative_states} == standing
    assert [(p.achieved / M, p.pledged / M) for p in data.targets] == ([money] if money else [])


@pytest.mark.parametrize("day", FIVE_DAYS, ids=str)
def test_as_of_a_day_initiatives_and_targets_stand_at_their_steps_by_then(decade, day):
    *_, standing, money = STOOD[day]
    assert {s.initiative.key: s.standing for s in initiative_states(decade, as_of=day)} == standing
    targets = target_list(format=decade, as_of=day)
    assert [(p.achieved / M, p.pledged / M) for p in targets_progress(targets, as_of=day)] == ([money] if money else [])


def test_each_deal_counts_at_the_stage_it_had_reached_and_completions_count_from_their_day(decade):
    target = Target.objects.get(key=TARGET)
    assert target_progress(target, as_of=dt.date(2022, 6, 30)).by_stage == {"commitment": 100 * M}
    late = target_progress(target, as_of=dt.date(2025, 6, 30))
    assert late.by_stage == {"commitment": 200 * M, "completed": 100 * M}
    assert (late.percent, {c.deal.key: c.why for c in late.contributions}["decade.deal-c"]) == (Decimal("30.00"), "pledge, shown beside")


def test_a_day_before_anything_known_gives_an_empty_but_whole_answer(decade):
    figures = target_progress(Target.objects.get(key=TARGET), as_of=FIVE_DAYS[0])
    assert (figures.achieved, figures.pledged, figures.contributions, figures.status) == (0, 0, [], NOT_STARTED)
    [summary] = [s for s in format_comparison(as_of=FIVE_DAYS[0]) if s.format == decade]
    assert (summary.meetings_by_year, summary.initiatives, summary.attainment) == ({}, 0, [])


def test_compare_as_of_a_day_counts_meetings_held_and_initiatives_delivered_by_then(decade):
    [early] = [s for s in format_comparison(as_of=dt.date(2019, 12, 31)) if s.format == decade]
    assert early.meetings_by_year == {"2016": {"foreign ministers": 1}, "2018": {"summit": 1}}
    assert (early.initiatives, early.delivered, early.attainment) == (2, 0, [("Joint investment", Decimal("10.00"), "behind")])
    [late] = [s for s in format_comparison(as_of=dt.date(2025, 6, 30)) if s.format == decade]
    assert (sorted(late.meetings_by_year), late.initiatives, late.delivered) == (["2016", "2018", "2021", "2024"], 3, 1)


def test_recorded_as_of_a_day_before_the_load_finds_nothing(decade):
    before = _yesterday()
    assert initiative_states(decade, recorded_as_of=before) == []
    assert target_list(format=decade, recorded_as_of=before) == []
    data = report_data(decade, recorded_as_of=before)
    assert (data.held, data.planned, data.targets, data.members) == ([], [], [], [])
    with pytest.raises(NotYetRecorded):
        target_progress(Target.objects.get(key=TARGET), recorded_as_of=before)
    # Asked together, the record of the day before the load says nothing of 2019 either.
    assert initiative_states(decade, as_of=dt.date(2019, 12, 31), recorded_as_of=before) == []


def test_recorded_as_of_the_load_day_says_what_was_loaded(decade):
    today = timezone.localdate()
    assert {s.initiative.key: s.standing for s in initiative_states(decade, recorded_as_of=today)} == STOOD[FIVE_DAYS[4]][3]
    # Together: what the record of the load day says of 2019 is what as_of alone says.
    assert {s.initiative.key: s.standing for s in initiative_states(decade, as_of=dt.date(2019, 12, 31), recorded_as_of=today)} \
        == STOOD[FIVE_DAYS[2]][3]
    figures = target_progress(Target.objects.get(key=TARGET), as_of=dt.date(2019, 12, 31), recorded_as_of=today)
    assert (figures.achieved, figures.pledged) == (100 * M, 0)
