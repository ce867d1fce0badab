"""A meeting's day: from the lead's weekday, never from the dateline's own day or from what came ahead of the meeting,
in sentences of our own."""

import datetime as dt

import pytest

from dialogue.ingest.extract import extract
from dialogue.ingest.gazetteer import Gazetteer

THURSDAY = dt.date(2027, 3, 4)


def read(text, published=THURSDAY):
    return extract(text, gazetteer=Gazetteer.standard(), published=published)


@pytest.mark.parametrize("lead", [
    "Norway on Wednesday pledged $50 million to Central Asian countries for water projects.",
    "The five Central Asian states joined Norway on Wednesday in calling for a regional water pact.",
])
def test_the_weekday_of_the_lead_dates_the_held_meeting_its_own_sentences_leave_undated(lead):
    text = f"{lead} The pledge came at the second meeting of the Central Asia plus Norway Dialogue, held by video link."
    (meeting,) = read(text).meetings
    assert (meeting.ordinal, meeting.status, meeting.date) == (2, "held", dt.date(2027, 3, 3))


def test_a_weekday_of_another_time_in_the_lead_dates_nothing():
    text = ("Norway, which last pledged aid on Wednesday, is a partner of Central Asian countries. "
            "The second meeting of the Central Asia plus Norway Dialogue was held by video link.")
    (meeting,) = read(text).meetings
    assert meeting.date is None


@pytest.mark.parametrize("dateline", ["OSLO, March 4, 2027 ", "OSLO, 4 March "])
def test_the_day_right_after_the_dateline_is_the_reports_not_the_meetings(dateline):
    text = f"{dateline}Ministers of Norway and Kazakhstan spoke ahead of the third summit of Central Asia and Norway, due in Bergen."
    assert [m.date for m in read(text).meetings] == [None]


@pytest.mark.parametrize("text", [
    "The Norwegian and Kazakh ministers met on Monday ahead of the third summit of Central Asia and Norway, due in Bergen.",
    "Talks were held on 1 March in the run-up to the third summit of Central Asia and Norway, due in Bergen.",
])
def test_the_day_of_what_came_ahead_of_a_meeting_to_come_is_not_its_day(text):
    meetings = read(text).meetings
    assert [(m.ordinal, m.date) for m in meetings] == [(3, None)]


def test_a_day_told_for_the_meeting_itself_still_dates_it():
    text = "The third summit of Central Asia and Norway will be held in Bergen on 20 March 2027, ahead of the spring session."
    assert [m.date for m in read(text).meetings] == [dt.date(2027, 3, 20)]


@pytest.mark.parametrize("text", [
    "The third ministerial meeting of Central Asia and Norway, hosted by Bergen on 2 March, drew all six ministers.",
    "Hosted by Bergen, the third ministerial meeting of Central Asia and Norway drew all six ministers.",
])
def test_a_city_that_hosted_the_meeting_is_its_venue(text):
    assert [(m.city, m.host) for m in read(text).meetings] == [("Bergen", "NO")]


@pytest.mark.parametrize("text", [
    "The third ministerial meeting of Central Asia and Norway, held on 2 March, agreed to hold a first summit, to be held in Bergen next year.",
    "The third ministerial meeting of Central Asia and Norway was held on 2 March. At the meeting the ministers "
    "agreed to a first summit, to be held in Bergen next year.",
])
def test_a_held_meetings_venue_is_not_where_another_is_to_be_held(text):
    extraction = read(text)
    assert [(m.ordinal, m.city) for m in extraction.meetings] == [(3, None)]
    assert extraction.next_meeting.where == "Bergen"


@pytest.mark.parametrize("text", [
    "The Norwegian prime minister arrived in Astana on Tuesday to attend the second Central Asia-Norway summit.",
    "Norway's king flew to Bergen on 2 March to take part in the second Central Asia-Norway summit.",
])
def test_the_day_a_guest_arrived_to_attend_a_summit_is_not_the_summits_day(text):
    (meeting,) = read(text).meetings
    assert meeting.date is None


def test_the_day_a_guest_arrived_and_the_day_the_summit_opened_are_told_apart():
    text = ("The Norwegian prime minister arrived in Astana on Tuesday to attend the second Central Asia-Norway summit. "
            "The summit opened on Wednesday.")
    (meeting,) = read(text).meetings
    assert meeting.date == dt.date(2027, 3, 3)


def test_the_last_day_of_a_summit_held_over_days_is_not_its_day():
    text = "At their first summit, held in Oslo for two days through Wednesday, Norway and its five Central Asian partners agreed to expand trade."
    (meeting,) = read(text).meetings
    assert (meeting.city, meeting.date) == ("Oslo", None)


def test_a_city_gazetteers_list_under_a_longer_name_is_still_a_venue():
    (meeting,) = read("The third summit of Central Asia and Norway was held in New York on Monday.").meetings
    assert (meeting.city, meeting.host) == ("New York", "US")
