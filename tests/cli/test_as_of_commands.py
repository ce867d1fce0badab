"""`--as-of` and `--recorded-as-of` on the commands that report figures, asked of a record loaded in one day with
ten years of dated history (tests/tracking/ten_years.py)."""

import datetime as dt

import pytest
from click.testing import CliRunner
from django.utils import timezone

from dialogue.cli import main
from tests.tracking.ten_years import FIVE_DAYS, FORMAT, ten_years_load

# What `dialogue progress --as-of DAY` says of the target on each of the five days.
ACHIEVED = {FIVE_DAYS[0]: None, FIVE_DAYS[1]: None, FIVE_DAYS[2]: "achieved 100,000,000.00 USD (10.00 %), pledged beside it 0.00 USD",
            FIVE_DAYS[3]: "achieved 100,000,000.00 USD (10.00 %), pledged beside it 200,000,000.00 USD",
            FIVE_DAYS[4]: "achieved 300,000,000.00 USD (30.00 %), pledged beside it 50,000,000.00 USD"}
# What `dialogue initiatives --as-of DAY` says Water's status was.
WATER = {FIVE_DAYS[1]: "proposed", FIVE_DAYS[2]: "agreed", FIVE_DAYS[3]: "delivered", FIVE_DAYS[4]: "delivered"}


@pytest.fixture
def run(db):
    ten_years_load()
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=False, terminal_width=200)


@pytest.mark.parametrize("day", FIVE_DAYS, ids=str)
def test_progress_as_of_a_day_counts_the_deals_as_they_stood(run, day):
    result = run("progress", "--format", FORMAT, "--as-of", day.isoformat())
    assert result.exit_code == 0
    if ACHIEVED[day] is None:
        assert "No target had been set by then." in result.output and "Joint investment" not in result.output
    else:
        assert ACHIEVED[day] in result.output


@pytest.mark.parametrize("day", FIVE_DAYS, ids=str)
def test_initiatives_as_of_a_day_gives_each_status_then(run, day):
    result = run("initiatives", "--format", FORMAT, "--as-of", day.isoformat())
    assert result.exit_code == 0 and f"on {day.isoformat()}" in result.output
    water = next((line for line in result.output.splitlines() if "Water" in line), "")
    assert (WATER[day] in water) if day in WATER else water == ""


def test_compare_as_of_a_day_no_longer_fails_and_counts_what_was_held_by_then(run):
    result = run("compare", "--as-of", "2017-01-01")
    assert result.exit_code == 0
    assert "2016: foreign ministers 1" in result.output and "2018" not in result.output


def test_report_as_of_a_day_lists_the_meetings_held_and_planned_then(run, tmp_path):
    out = tmp_path / "report.md"
    assert run("report", "--format", FORMAT, "--as-of", "2017-01-01", "--out", str(out)).exit_code == 0
    text = out.read_text()
    meetings, open_items = text.split("## 1.")[1].split("## 2.")[0], text.split("## 6.")[1].split("## 7.")[0]
    assert "Foreign ministers meeting" in meetings and "Summit meeting" not in meetings
    assert "Summit meeting: planned" in open_items
    [heading] = [line for line in text.splitlines() if "Next meeting:" in line]
    assert heading.split("Next meeting:")[1].strip().endswith("Summit meeting (20 September 2018)")


def test_recorded_as_of_the_day_before_the_load_finds_no_target(run):
    yesterday = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    result = run("progress", "--format", FORMAT, "--recorded-as-of", yesterday)
    assert result.exit_code == 0 and "The record held no target then." in result.output
    assert "Joint investment" in run("progress", "--format", FORMAT, "--recorded-as-of", timezone.localdate().isoformat()).output


@pytest.mark.parametrize("option", ["--as-of", "--recorded-as-of"])
@pytest.mark.parametrize("value", ["2021-02-30", "2021-06", "yesterday"])
def test_a_day_that_is_not_one_is_refused_in_words(run, option, value):
    result = CliRunner().invoke(main, ["compare", option, value])
    assert result.exit_code == 2
    assert f"'{value}' is not a day: write YYYY-MM-DD" in result.output and "Traceback" not in result.output
