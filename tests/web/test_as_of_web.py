"""`as_of` and `recorded_as_of` through the API and the target's page, asked of a record loaded in one day with ten
years of dated history (tests/tracking/ten_years.py)."""

import datetime as dt
import json

import pytest
from django.utils import timezone

from tests.tracking.ten_years import FIVE_DAYS, TARGET, ten_years_load

PROGRESS = f"/api/targets/{TARGET}/progress"
# (achieved, pledged, status) on each of the five days.
FIGURES = {FIVE_DAYS[0]: ("0.00", "0.00", "not started"), FIVE_DAYS[1]: ("0.00", "0.00", "not started"),
           FIVE_DAYS[2]: ("100000000.00", "0.00", "behind"), FIVE_DAYS[3]: ("100000000.00", "200000000.00", "behind"),
           FIVE_DAYS[4]: ("300000000.00", "50000000.00", "behind")}


@pytest.fixture
def decade(db):
    ten_years_load()


def _yesterday() -> str:
    return (timezone.localdate() - dt.timedelta(days=1)).isoformat()


@pytest.mark.parametrize("day", FIVE_DAYS, ids=str)
def test_the_api_gives_a_targets_progress_as_things_stood_on_a_day(client, decade, day):
    response = client.get(PROGRESS, {"as_of": day.isoformat()})
    assert response.status_code == 200
    body = json.loads(response.content)
    assert (body["achieved"], body["pledged"], body["status"]) == FIGURES[day]
    assert (body["on"], body["as_of"], body["recorded_as_of"]) == (day.isoformat(), day.isoformat(), None)


def test_the_api_says_the_record_did_not_hold_the_target_before_the_load(client, decade):
    response = client.get(PROGRESS, {"recorded_as_of": _yesterday()})
    assert response.status_code == 404 and response["Content-Type"] == "application/problem+json"
    assert f"not in the record on {_yesterday()}" in json.loads(response.content)["detail"]
    both = json.loads(client.get(PROGRESS, {"as_of": "2025-06-30", "recorded_as_of": timezone.localdate().isoformat()}).content)
    assert (both["achieved"], both["as_of"]) == ("300000000.00", "2025-06-30")


@pytest.mark.parametrize("parameter", ["as_of", "recorded_as_of"])
@pytest.mark.parametrize("value", ["2021-02-30", "2021-06", "x" * 30])
def test_a_day_that_is_not_one_is_a_400_naming_the_parameter(client, decade, parameter, value):
    response = client.get(PROGRESS, {parameter: value})
    assert response.status_code == 400 and response["Content-Type"] == "application/problem+json"
    assert json.loads(response.content)["detail"].startswith(f"{parameter} '{value}' is not a day: write YYYY-MM-DD")


def test_the_target_page_shows_progress_as_things_stood_on_a_day(client, decade):
    page = client.get(f"/targets/{TARGET}/", {"as_of": "2022-06-30"}).content.decode()
    assert "30 June 2022" in page and 'value="2022-06-30"' in page and "notice error" not in page
    assert "Deal a" in page and "Deal c" not in page  # C was pledged only in 2024


@pytest.mark.parametrize("query, error", [({"as_of": "2022-13-01"}, "&#x27;2022-13-01&#x27; is not a day"),
                                          ({"recorded_as_of": "1999-01-01"}, "not in the record on 1999-01-01")])
def test_the_target_page_names_a_day_it_cannot_answer_and_keeps_what_was_typed(client, decade, query, error):
    response = client.get(f"/targets/{TARGET}/", query)
    page = response.content.decode()
    assert response.status_code == 200 and "notice error" in page and error in page
    assert f'value="{next(iter(query.values()))}"' in page
