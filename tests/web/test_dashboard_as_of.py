"""The dashboard page as things stood on a day (`?as_of=`) and as the record said on a day (`?recorded_as_of=`), on a
record loaded in one day with ten years of dated history (tests/tracking/ten_years.py); its cached fragment is kept
apart for each day asked about."""

import datetime as dt
import html
import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from tests.tracking.ten_years import TARGET, ten_years_load

# What a reader sees on three days: the note, the next meeting's day, the target's figures, initiatives' labels.
SEEN = {
    "2017-01-01": ["As it stood on 1 January 2017.", "Next meeting C5+Decade Summit meeting 20 September 2018",
                   "No targets recorded.", "Water Proposed"],
    "2022-06-30": ["As it stood on 30 June 2022.", "Next meeting C5+Decade Summit meeting 5 November 2024",
                   "USD 100 million of USD 1 billion", "Rail Proposed", "Grants Proposed", "Water Delivered"],
    "2025-06-30": ["As it stood on 30 June 2025.", "Next meeting C5+Decade Foreign ministers meeting April 2027",
                   "USD 300 million of USD 1 billion", "Rail Agreed", "Grants Merged into Rail", "Water Delivered"],
}


@pytest.fixture
def decade(db):
    cache.clear()  # pages are cached; a previous test's must not answer here
    ten_years_load()


def _text(response) -> str:
    """What a reader sees: the page without its tags, entities read, spaces run together."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


@pytest.mark.parametrize("day", SEEN)
def test_the_dashboard_shows_the_next_meeting_targets_and_initiatives_as_they_stood_on_a_day(client, decade, day):
    response = client.get("/", {"as_of": day})
    assert response.status_code == 200
    text = _text(response)
    for words in SEEN[day]:
        assert words in text
    assert f'value="{day}"' in response.content.decode()


def test_a_target_on_a_dated_dashboard_links_to_its_page_on_the_same_day(client, decade):
    assert f'href="/targets/{TARGET}/?as_of=2022-06-30"' in client.get("/", {"as_of": "2022-06-30"}).content.decode()


def test_as_recorded_before_the_load_the_dashboard_holds_nothing_yet(client, decade):
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    text = _text(client.get("/", {"recorded_as_of": yesterday.isoformat()}))
    assert f"As recorded on {yesterday.day} {yesterday:%B %Y}." in text
    assert "No meeting announced." in text and "No targets recorded." in text and "No meetings yet." in text


def test_each_day_asked_about_has_its_own_cached_page_and_a_second_read_comes_from_the_cache(
        client, decade, django_assert_max_num_queries):
    today = _text(client.get("/"))
    early, late = _text(client.get("/", {"as_of": "2017-01-01"})), _text(client.get("/", {"as_of": "2025-06-30"}))
    assert "No targets recorded." in early and "USD 300 million" in late and "As it stood" not in today
    assert "Next meeting C5+Decade Foreign ministers meeting April 2027" in today and "No targets recorded." not in today
    recorded = _text(client.get("/", {"as_of": "2017-01-01", "recorded_as_of": (timezone.localdate() - dt.timedelta(days=1)).isoformat()}))
    assert "No meeting announced." in recorded
    with django_assert_max_num_queries(2):  # the format, the revision
        assert _text(client.get("/", {"as_of": "2017-01-01"})) == early


@pytest.mark.parametrize("query, named", [({"as_of": "2022-13-01"}, "'2022-13-01' is not a day"),
                                          ({"as_of": "2022-06"}, "'2022-06' is not a day"),
                                          ({"recorded_as_of": "x" * 30}, f"'{'x' * 30}' is not a day")])
def test_a_day_that_is_not_one_is_a_400_naming_it_with_the_form_to_mend_it(client, decade, query, named):
    response = client.get("/", query)
    text = _text(response)
    assert response.status_code == 400 and named in text and "write YYYY-MM-DD" in text
    assert "Next meeting" not in text and f'value="{next(iter(query.values()))}"' in response.content.decode()


def test_the_note_is_in_the_readers_language(client, settings, decade):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    assert "По положению на 30 июня 2022" in _text(client.get("/", {"as_of": "2022-06-30"}))
