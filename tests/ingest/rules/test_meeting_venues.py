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


@pytest.mark.parametrize("text", [
    "The third summit of Central Asia and Norway was held in Bergen on 18-19 February.",
    "The third summit of Central Asia and Norway was held in Bergen from February 16 to 18.",
    "The third summit of Central Asia and Norway was held in Bergen on 1−2 March.",
])
def test_a_meeting_told_over_several_days_is_dated_by_none_of_them(text):
    (meeting,) = read(text).meetings
    assert (meeting.city, meeting.date) == ("Bergen", None)


def test_a_meeting_told_on_one_day_is_dated_by_it():
    (meeting,) = read("The third summit of Central Asia and Norway was held in Bergen on 18 February.").meetings
    assert meeting.date == dt.date(2027, 2, 18)


def test_days_told_for_the_meeting_leave_the_leads_weekday_aside():
    text = ("Norway on Wednesday pledged $50 million to Central Asian countries for water projects. "
            "The pledge came at the second meeting of the Central Asia plus Norway Dialogue, held on 2-3 March by video link.")
    (meeting,) = read(text).meetings
    assert meeting.date is None


@pytest.mark.parametrize("text, day", [
    ("The fourth ministerial meeting of Central Asia and Norway will be held in Bergen on 4 March. "
     "The first summit of Central Asia and Norway is due in Oslo on 3 April 2027.", dt.date(2027, 3, 4)),
    ("Norway welcomed the region's five presidents on Thursday at the first summit of Central Asia and Norway. "
     "Photo: the leaders at a dinner in Oslo on March 4, 2027.", dt.date(2027, 3, 4)),
])
def test_with_no_publication_day_a_day_takes_its_year_or_weekday_from_the_reports_full_dates(text, day):
    assert read(text, published=None).meetings[0].date == day


@pytest.mark.parametrize("text", [
    "Norway welcomed the region's five presidents on Thursday at the first summit of Central Asia and Norway.",
    "Norway welcomed the region's five presidents on Thursday at the first summit of Central Asia and Norway. "
    "Photos: Oslo, March 4, 2027 and March 11, 2027.",
])
def test_with_no_publication_day_a_weekday_no_one_full_date_fixes_dates_nothing(text):
    assert read(text, published=None).meetings[0].date is None


@pytest.mark.parametrize("text", [
    "The Norwegian and Kazakh leaders met in Oslo on Wednesday for talks paving the way for the first summit of Central Asia and Norway.",
    "Norway's premier meets the Kazakh president ahead of the first summit of Central Asia and Norway in Bergen, Norway, March 2, 2027.",
])
def test_the_day_of_talks_that_prepare_a_summit_is_not_its_day(text):
    assert [m.date for m in read(text).meetings] == [None]


def test_a_weekday_told_as_still_to_come_is_the_next_such_day():
    text = "The visit will pave the way for a joint meeting on Friday, the first summit of Central Asia and Norway."
    assert [m.date for m in read(text).meetings] == [dt.date(2027, 3, 5)]


def test_the_day_people_will_meet_dates_a_planned_meeting():
    text = ("The foreign ministers of the Central Asia plus Norway dialogue will meet by video link on 11 March 2027. "
            "It will be their fourth meeting.")
    (meeting,) = read(text).meetings
    assert (meeting.status, meeting.date) == ("planned", dt.date(2027, 3, 11))


def test_the_day_a_source_spoke_of_a_meeting_to_come_is_not_its_day():
    text = ("The Norwegian premier will meet the heads of the five Central Asian republics next week, an aide said "
            "on Tuesday. It will be the first summit of Central Asia and Norway.")
    assert [m.date for m in read(text).meetings] == [None]


@pytest.mark.parametrize("text", [
    "Third Meeting of the Central Asia-Norway Dialogue | 4 Mar 2027\nThe third meeting of the Central Asia-Norway Dialogue was held by video link.",
    "Thursday, March 4, 2027, 3:38 p.m. Oslo\nThe third meeting of the Central Asia-Norway Dialogue was held by video link.",
])
def test_a_pages_own_stamp_is_not_the_meetings_day(text):
    assert [m.date for m in read(text).meetings] == [None]


def test_a_day_told_for_another_event_before_the_meeting_is_not_its_day():
    text = "Two days after the forum on 1 March, the third summit of Central Asia and Norway opened in Oslo."
    assert [m.date for m in read(text).meetings] == [None]


def test_the_day_of_a_meeting_with_one_person_is_not_the_formats_day():
    text = ("Today we had a useful meeting with H.E. Aldar Berikov, Kazakhstan's top diplomat. I thanked him for chairing "
            "the Third Foreign Ministers' Meeting within the Central Asia plus Norway Dialogue.")
    assert [m.date for m in read(text).meetings if m.ordinal == 3] == [None]


def test_a_will_of_another_clause_leaves_a_held_meetings_weekday_in_the_past():
    text = "The third summit of Central Asia and Norway, which will shape the region, opened in Oslo on Monday."
    assert [(m.status, m.date) for m in read(text).meetings] == [("held", dt.date(2027, 3, 1))]


def test_a_meetings_day_with_its_hour_is_no_stamp():
    text = "The third summit of Central Asia and Norway will open in Oslo on 9 March at 10:00."
    assert [m.date for m in read(text).meetings] == [dt.date(2027, 3, 9)]


def test_blank_lines_between_paragraphs_do_not_push_the_venue_out_of_the_opening():
    text = ("Norway becomes a full member of the Central Asian consultative format\n\n"
            "Norway has become a full member of the consultative meetings of Central Asia.\n\n"
            "The news was announced at the seventh such meeting, where the Norwegian premier gave a speech.\n\n"
            "The presidents met in Bergen, Norway, on Sunday, and the host welcomed the step.")
    assert [m.city for m in read(text).meetings] == ["Bergen"]


@pytest.mark.parametrize("how", ["via video conferencing", "by videoconference", "online"])
def test_the_venue_of_a_meeting_to_come_told_in_the_opening_is_not_the_held_meetings(how):
    text = (f"The deputy foreign ministers of Central Asia and Norway held a meeting {how} on Friday. "
            "They discussed preparations for the fourth ministerial meeting of Central Asia and Norway, which will be held in Bergen in May.")
    main = read(text).meetings[0]
    assert main.status == "held" and main.city is None


def test_a_venue_after_a_line_broken_inside_the_sentence_is_the_meetings():
    text = ("Norway's premier spoke at the second summit of Central Asia and Norway attended by the\n"
            "heads of Tajikistan, Turkmenistan, the Kyrgyz Republic,\nUzbekistan, and Kazakhstan in Bergen.")
    assert [(m.city, m.host) for m in read(text).meetings] == [("Bergen", "NO")]


@pytest.mark.parametrize("text", [
    "The second summit of Central Asia and Norway was held on Monday.\nTajikistan's exports grew in Bergen.",
    "Norway hosts the second summit of Central Asia and Norway\nTajikistan's exports grew in Bergen last year.",
])
def test_a_city_in_the_sentence_after_a_whole_one_or_a_headline_is_not_the_venue(text):
    assert [m.city for m in read(text).meetings] == [None]


@pytest.mark.parametrize("text", [
    "Last month, Norway virtually hosted a second meeting of the Norway-Central Asia Dialogue.",
    "On Monday, Norway hosted the second meeting of the Norway-Central Asia Dialogue by video link.",
    "Norway will host the heads of the five Central Asian republics by video link next week, the ministry said. "
    "The prime minister will chair the first Norway-Central Asia summit.",
])
def test_the_country_said_to_host_is_the_host_where_no_city_is_named(text):
    assert [m.host for m in read(text).meetings] == ["NO"]


def test_a_country_after_a_comma_in_a_list_of_members_is_not_the_host():
    text = ("The second meeting of the Norway-Central Asia Dialogue, with Norway, Kazakhstan, Kyrgyzstan and Tajikistan, "
            "was held by video link on Monday.")
    assert [m.host for m in read(text).meetings] == [None]


@pytest.mark.parametrize("place", ["at the city museum in Frogner, central Oslo", "in downtown Oslo", "in western Oslo"])
def test_a_city_named_with_its_part_of_town_is_the_venue(place):
    text = f"The second summit of Central Asia and Norway was held {place} on Monday."
    assert [(m.city, m.host) for m in read(text).meetings] == [("Oslo", "NO")]


def test_a_city_named_as_a_region_of_origin_is_not_the_venue():
    text = "The second summit of Central Asia and Norway was held by video link; exports from central Oslo grew."
    assert [m.city for m in read(text).meetings] == [None]


@pytest.mark.parametrize("text", [
    "The third ministerial meeting of Central Asia and the Gulf was held in Kuwait on Wednesday.",
    "Foreign ministers of Central Asia and the Gulf gathered in Kuwait on Wednesday for their third ministerial meeting.",
])
def test_a_country_named_where_its_capital_bears_another_name_is_the_host_not_a_city(text):
    assert [(m.city, m.host) for m in read(text).meetings] == [(None, "KW")]


def test_a_city_state_of_its_own_name_is_the_city_and_the_host():
    text = "The fourth ministerial meeting of Central Asia and the EU was held in Luxembourg on Monday."
    assert [(m.city, m.host) for m in read(text).meetings] == [("Luxembourg", "LU")]


def test_a_next_meeting_in_a_country_named_like_its_capital_is_in_that_country():
    text = ("The second ministerial meeting of Central Asia and the Gulf was held in Tashkent on Monday. "
            "The next meeting will be held in Kuwait in 2026.")
    assert read(text).next_meeting.where == "Kuwait"


@pytest.mark.parametrize("text, host", [
    ("The delegation of Kazakhstan at the second summit of Central Asia and Norway praised the port in Iran.", None),
    ("The second summit of Central Asia and Norway, where the leaders spoke of the war in Syria, ended on Monday.", None),
    ("The second summit of Central Asia and Norway opened in Norway on Monday.", "NO"),
    ("The second summit of Central Asia and Norway opened in Uzbekistan on Monday.", "UZ"),
])
def test_a_country_named_as_a_place_hosts_only_when_it_is_a_member_or_the_partner(text, host):
    assert [m.host for m in read(text).meetings] == [host]


@pytest.mark.parametrize("text", [
    "This week Oslo is again the focus of regional politics, as it hosts the second summit of Central Asia and Norway.",
    "Bergen is ready as it will host the third Central Asia–Norway summit on Monday.",
])
def test_the_city_that_it_hosts_the_meeting_is_the_venue(text):
    assert [m.city for m in read(text).meetings] == [("Oslo" if "Oslo" in text else "Bergen")]


def test_a_city_beside_a_meeting_hosted_by_another_it_is_not_the_venue():
    text = "Oslo welcomed investors, and it hosts the second summit of Central Asia and Norway; Bergen hosted a fair."
    assert [m.city for m in read(text).meetings] == ["Oslo"]


@pytest.mark.parametrize("text", [
    "The second summit of Central Asia and Norway opened on Monday. Ahead of the next summit, Bergen hosted an energy fair.",
    "The second summit of Central Asia and Norway opened on Monday. Before the upcoming summit, Bergen will host a trade week.",
])
def test_a_place_that_hosts_another_event_after_a_meeting_to_come_is_not_its_venue(text):
    found = read(text)
    assert found.next_meeting is None or found.next_meeting.where is None


def test_a_comma_alone_before_a_city_names_no_venue():
    text = "At the second summit of Central Asia and Norway on Monday, Bergen was praised for its port."
    assert [m.city for m in read(text).meetings] == [None]


@pytest.mark.parametrize("text, venue", [
    ("The second summit of Central Asia and Norway has begun in the capital of Norway. Leaders of six countries take part. "
     "The presidents of Kazakhstan and Uzbekistan also arrived in Oslo.", ("Oslo", "NO")),
    ("Kazakhstan's president has arrived in Oslo for a state visit. He will attend the first summit of "
     "Central Asia and Norway next week.", ("Oslo", "NO")),
])
def test_the_city_guests_arrived_in_is_the_venue_the_report_leaves_unsaid(text, venue):
    assert [(m.city, m.host) for m in read(text).meetings][:1] == [venue]


def test_a_city_arrived_in_outside_the_host_country_is_not_the_venue():
    text = ("The second summit of Central Asia and Norway has opened in the capital of Kazakhstan. "
            "The Norwegian premier had arrived in Oslo from a trip to Bergen the week before.")
    assert [(m.city, m.host) for m in read(text).meetings] == [(None, "KZ")]


@pytest.mark.parametrize("text", [
    "The foreign ministers of Central Asia and Norway held consultations. Berg called the Bergen meeting a solid basis for ties.",
    "Central Asian foreign ministers took part in the consultations with Norway. The Bergen meeting ended with a joint statement.",
])
def test_a_city_named_before_the_meeting_is_its_venue(text):
    assert read(text).meetings[0].city == "Bergen"


@pytest.mark.parametrize("text", [
    ("The Norwegian minister left for a visit to attend the first Central Asia–Norway Dialogue in Uzbekistan. "
     "The Dialogue, being held in Samarkand, will be co-chaired by the two ministers."),
    ("The Norwegian minister flew to Uzbekistan for the first Central Asia–Norway Dialogue. "
     "The first Central Asia–Norway Dialogue is being held in Samarkand."),
])
def test_a_city_of_the_host_told_after_the_host_is_the_venue(text):
    meeting = read(text).meetings[0]
    assert (meeting.city, meeting.host) == ("Samarkand", "UZ")


def test_a_city_of_another_country_told_after_the_host_is_not_the_venue():
    text = ("The first Central Asia–Norway ministerial meeting took place in Uzbekistan. "
            "The meeting in Oslo's honour was praised in Bergen.")
    meeting = read(text).meetings[0]
    assert meeting.host == "UZ" and meeting.city != "Bergen"


@pytest.mark.parametrize("topic", ["projects", "investments", "the security situation"])
def test_a_country_the_talks_speak_of_is_not_the_host(topic):
    text = f"The bank signed four deals at the first Central Asia–Norway summit, pledging funds for {topic} in Kyrgyzstan."
    assert read(text).meetings[0].host != "KG"


def test_a_country_the_meeting_is_held_in_is_still_the_host():
    text = "The bank signed four deals at the first Central Asia–Norway summit, held on Friday in Kyrgyzstan."
    assert read(text).meetings[0].host == "KG"


@pytest.mark.parametrize("text", [
    "Prime Minister Ola Berg will hold the first ever Norway-Central Asia Summit on Friday in a virtual format.",
    "Prime Minister Ola Berg is set to virtually convene the first Norway-Central Asia Summit on Friday.",
])
def test_the_official_who_holds_the_meeting_is_the_partners_and_hosts_it(text):
    assert read(text).meetings[0].host == "NO"


def test_an_official_who_holds_other_talks_does_not_host_the_meeting():
    text = ("The first Norway-Central Asia Summit will take place online on Friday. Prime Minister Ola Berg will hold "
            "a press conference afterwards.")
    assert read(text).meetings[0].host is None


@pytest.mark.parametrize("title", [
    "Remarks at the Opening of the Central Asia–Norway Ministerial Meeting",
    "Statement at the Central Asia–Norway Ministerial Meeting",
])
def test_a_speech_given_at_the_meeting_is_at_the_place_and_day_under_its_title(title):
    text = f"{title}\n\nIngrid Dahl\nForeign Minister\nBergen, Norway\nMarch 3, 2027\n\nDAHL: Thank you all for coming to Bergen."
    meeting = read(text).meetings[0]
    assert (meeting.city, meeting.host, meeting.date) == ("Bergen", "NO", dt.date(2027, 3, 3))


def test_a_report_about_a_meeting_under_a_dateline_is_not_placed_there():
    text = "BERGEN, March 3 - The Central Asia–Norway Ministerial Meeting in Astana ended with a statement."
    assert read(text).meetings[0].city == "Astana"
