"""Meetings: status, venue and the meetings of other bodies, in sentences of our own."""

import datetime as dt

import pytest

from dialogue.ingest.extract import extract
from dialogue.ingest.gazetteer import Gazetteer


def meetings(text, published=None):
    return [(m.level, m.ordinal, m.status, m.city) for m in extract(text, gazetteer=Gazetteer.standard(), published=published).meetings]


def test_a_report_of_a_meeting_still_to_come_gives_a_planned_meeting(read):
    found = read("The third summit of Central Asia and Norway will be held in Oslo next spring, the ministry said.").meetings
    assert [(m.level, m.ordinal, m.status) for m in found] == [("summit", 3, "planned")]


@pytest.mark.parametrize("text, status", [
    ("The second summit of Central Asia and Norway was postponed because of the floods.", "postponed"),
    ("The second summit of Central Asia and Norway in Bergen was cancelled at the last minute.", "cancelled"),
])
def test_a_postponed_or_cancelled_meeting_says_so(read, text, status):
    assert [m.status for m in read(text).meetings] == [status]


def test_a_meeting_dated_after_the_report_is_planned():
    text = "The fourth ministerial meeting of Central Asia and Norway is on 20 May 2026 in Tromso."
    assert meetings(text, published=dt.date(2026, 5, 1))[0][2] == "planned"


def test_beside_a_meeting_held_the_one_to_come_is_the_next_meeting_not_another(read):
    text = ("The fifth ministerial meeting of Central Asia and Norway took place in Astana on Monday. "
            "The next ministerial meeting will be held in Oslo.")
    extraction = read(text)
    assert [(m.ordinal, m.status) for m in extraction.meetings] == [(5, "held")]
    assert extraction.next_meeting.where == "Oslo"


def test_the_venue_may_follow_the_capital_of(read):
    text = "The sixth ministerial meeting of Central Asia and Norway took place in the Tajik capital of Dushanbe."
    assert [(m.city, m.host) for m in read(text).meetings] == [("Dushanbe", "TJ")]


def test_a_session_of_another_body_is_not_a_meeting_of_the_format(read):
    text = "In New York the presidents plan to talk during the 81st session of the UN General Assembly."
    assert all(m.ordinal != 81 for m in read(text).meetings)


def test_a_preparatory_meeting_is_not_the_meeting_it_prepares(read):
    text = "The first summit of Central Asia and Norway will be held in Oslo in June, the minister said at a preparatory meeting."
    assert [(m.level, m.status) for m in read(text).meetings] == [("summit", "planned")]


def test_a_city_outside_any_list_of_ours_names_its_country(read):
    text = "The third ministerial meeting of Central Asia and Norway took place in Chengdu on Monday."
    assert [(m.city, m.host) for m in read(text).meetings] == [("Chengdu", "CN")]


def test_a_city_name_inside_a_persons_name_is_no_venue(read):
    text = "President Vladimir Putin attended the summit of Central Asia and Norway held in Bergen."
    (meeting,) = read(text).meetings
    assert meeting.city == "Bergen"
    assert "Vladimir Putin" in [p.name for p in meeting.participants]


@pytest.mark.parametrize("text", [
    "The city council held its third meeting of the year on Tuesday in Leeds. Mayor John Smith chaired the session.",
    "The first summit of the G7 leaders took place in Hiroshima, where Prime Minister Fumio Kishida welcomed the guests.",
])
def test_a_report_with_no_central_asia_content_gives_no_meeting(read, text):
    extraction = read(text)
    assert (extraction.meetings, extraction.next_meeting, extraction.deals) == ([], None, [])


def test_the_next_meeting_takes_its_venue_not_a_country_named_for_another_reason(read):
    text = ("The fifth ministerial meeting of Central Asia and Norway took place in Astana on Monday. "
            "The next meeting of the Central Asia plus Norway Dialogue is to be held in Khujand in 2027.")
    upcoming = read(text).next_meeting
    assert (upcoming.where, upcoming.when) == ("Khujand", "in 2027")


def test_heads_of_foreign_ministries_meet_at_ministerial_level(read):
    text = "The seventh meeting of the chiefs of the foreign ministries of Norway and the Central Asian states took place in Oslo."
    assert [(m.level, m.ordinal) for m in read(text).meetings] == [("ministerial", 7)]


def test_the_venue_of_an_opening_sentence_that_tells_where_they_met(read):
    text = ("Central Asia plus Norway Dialogue: Foreign Ministers Meeting\\n"
            "On 2 May the Norwegian minister and his five Central Asian colleagues gathered in Bishkek for the talks.")
    assert [(m.city, m.host) for m in read(text.replace("\\\\n", "\\n")).meetings][:1] == [("Bishkek", "KG")]


def test_washington_dc_is_washington(read):
    text = "The C5+1 summit was held in Washington DC on Thursday."
    assert [(m.city, m.host) for m in read(text).meetings] == [("Washington", "US")]


def test_an_ordinal_standing_alone_is_an_earlier_meeting_with_its_own_venue(read):
    text = ("Foreign ministers of Central Asia and Norway met in Oslo on Monday. It was the second ministerial meeting "
            "of the format; the first was held in Bukhara a year before.")
    found = [(m.level, m.ordinal, m.city) for m in read(text).meetings]
    assert found == [("ministerial", 2, "Oslo"), ("ministerial", 1, "Bukhara")]


def test_an_earlier_meeting_named_by_ordinal_alone_is_of_the_same_series(read):
    text = ("The fifth ministerial meeting of Central Asia and Norway took place in Bergen. "
            "The fourth meeting, in March 2023, was held in Khujand.")
    found = [(m.level, m.ordinal, m.city) for m in read(text).meetings]
    assert found == [("ministerial", 5, "Bergen"), ("ministerial", 4, "Khujand")]


def test_the_place_a_format_was_launched_is_its_first_meeting(read):
    text = ("The ministers of Central Asia and Norway met in Bergen for their third meeting. "
            "The dialogue was founded in Stavanger six years ago.")
    found = [(m.ordinal, m.city) for m in read(text).meetings]
    assert found == [(3, "Bergen"), (1, "Stavanger")]


def test_a_numbered_meeting_of_a_joint_committee_is_not_the_formats(read):
    text = ("The ministers of Central Asia and Norway met in Bergen for their third meeting. "
            "Tromso hosted a 5th meeting of the Norwegian-Uzbek joint committee, this time on salmon farming.")
    assert [m.ordinal for m in read(text).meetings] == [3]


def test_a_city_before_the_word_summit_is_its_venue(read):
    text = "At the Bergen summit, Norway and its five Central Asian partners agreed to expand trade."
    assert [(m.level, m.city, m.host) for m in read(text).meetings] == [("summit", "Bergen", "NO")]


def test_talks_held_with_foreign_ministers_are_a_ministerial_meeting(read):
    text = ("OSLO -- On Friday in Bishkek, Norway's foreign minister held talks on water and energy with five foreign "
            "ministers from Central Asia.")
    assert [(m.level, m.city) for m in read(text).meetings] == [("ministerial", "Bishkek")]


def test_a_meeting_to_be_held_on_a_day_is_still_to_come(read):
    text = ("The first summit of Central Asia and Norway was held in Oslo in 2024. A second summit is to be held "
            "on 4 May in Bergen, the ministry said.")
    extraction = read(text)
    assert [(m.ordinal, m.status) for m in extraction.meetings] == [(1, "held")]
    assert (extraction.next_meeting.ordinal, extraction.next_meeting.where) == (2, "Bergen")


def test_a_meeting_to_come_told_twice_is_one_next_meeting_with_what_both_say(read):
    text = ("The first summit of Central Asia and Norway was held in Oslo in 2024. The minister spoke of the upcoming summit. "
            "A second summit is to be held in Kazakhstan this autumn.")
    next_meeting = read(text).next_meeting
    assert (next_meeting.ordinal, next_meeting.where_country) == (2, "KZ")


def test_who_comes_to_a_meeting_still_to_come_is_only_who_the_report_names(read):
    text = "The first summit of Central Asia and Norway will be held in Astana next year, Kazakhstan's foreign ministry said."
    (meeting,) = read(text).meetings
    assert meeting.status == "planned" and set(meeting.countries) <= {"NO", "KZ"}


def test_a_meeting_held_of_the_format_counts_only_the_members_the_report_says_took_part(read):
    text = "The first summit of Central Asia and Norway was held in Astana on Monday."
    (meeting,) = read(text).meetings
    assert "NO" in meeting.countries and not {"KG", "TJ", "TM", "UZ"} & set(meeting.countries)


@pytest.mark.parametrize("text", [
    "All five Central Asian presidents and the Norwegian prime minister met in Bergen on Monday.",
    "Norway's foreign minister and her five Central Asian counterparts met in Oslo on Friday.",
    "The Central Asian leaders gathered in Tromso for the second summit with Norway on Tuesday.",
    "The heads of the Central Asian states attended the third summit with Norway in Oslo on Monday.",
    "Trade ministers of Norway and Central Asia met in Bergen for their second ministerial meeting on Monday.",
])
def test_a_meeting_held_brings_the_five_together_when_the_report_says_they_came(read, text):
    (meeting,) = read(text).meetings
    assert {"KZ", "KG", "TJ", "TM", "UZ"} <= set(meeting.countries)


def test_ties_with_the_region_named_beside_a_meeting_held_do_not_bring_the_five(read):
    text = ("The second summit of Central Asia and Norway was held in Oslo on Monday. "
            "Norway's commerce with Central Asian countries grew twofold over a decade.")
    (meeting,) = read(text).meetings
    assert not {"KG", "TJ", "TM", "UZ"} & set(meeting.countries)


def test_a_forum_bearing_the_formats_name_is_its_meeting_at_the_level_of_who_came(read):
    text = ("Norway's Foreign Minister Ola Berg met Uzbek Foreign Minister Olim Rashidov on the sidelines of the "
            "Norway-Central Asia Cooperation Forum in Bergen on Monday.")
    assert [(m.level, m.city) for m in read(text).meetings] == [("ministerial", "Bergen")]


def test_a_meeting_spoken_of_ahead_of_it_is_still_to_come(read):
    text = "Norway's minister visited Astana ahead of the first Central Asia-Norway summit."
    assert [m.status for m in read(text).meetings] == ["planned"]



@pytest.mark.parametrize("text", [
    "The second summit of Central Asia and Norway will be held in Oslo on 3 November.",
    "Officials met in Bergen to discuss the planned 3 November summit of Central Asia and Norway.",
])
def test_a_meeting_still_to_come_is_dated_after_the_report_not_a_year_before(text):
    (meeting,) = extract(text, gazetteer=Gazetteer.standard(), published=dt.date(2026, 10, 20)).meetings
    assert meeting.date == dt.date(2026, 11, 3)


def test_a_meeting_held_is_dated_before_the_report(read):
    text = "The second summit of Central Asia and Norway was held in Oslo on 3 November."
    (meeting,) = extract(text, gazetteer=Gazetteer.standard(), published=dt.date(2026, 10, 20)).meetings
    assert meeting.date == dt.date(2025, 11, 3)


def test_a_meeting_to_come_brings_the_five_only_when_the_report_says_all_five_will_come(read):
    said = read("Norway will host the five Central Asian heads of state at the second summit in Oslo next spring.").meetings[0]
    assert set(said.countries) == {"NO", "KZ", "KG", "TJ", "TM", "UZ"}
    unsaid = read("Norway and Kazakhstan will prepare the second summit of Central Asia and Norway in Oslo next spring.").meetings[0]
    assert not {"KG", "TJ", "TM", "UZ"} & set(unsaid.countries)


def test_a_meeting_of_another_format_named_beside_the_reports_own_is_filed_under_that_format(read):
    text = ("The second Central Asia–Norway summit was held in Oslo on Tuesday. "
            "The first Germany-Central Asia summit took place in Berlin in 2023, the ministry recalled.")
    own, other = read(text).meetings
    assert (own.ordinal, own.partner, own.city) == (2, None, "Oslo")
    assert (other.ordinal, other.partner, other.format, other.city) == (1, "DE", "Germany-Central Asia", "Berlin")


def test_an_earlier_meeting_of_the_reports_own_format_stays_its_own(read):
    text = ("The second Central Asia–Norway summit was held in Oslo on Tuesday. "
            "The first Central Asia–Norway summit took place in Bergen in 2023.")
    assert [m.partner for m in read(text).meetings] == [None, None]


def test_a_headline_word_before_the_partner_does_not_hide_the_format(read):
    extraction = read("Inaugural Norway–Central Asia summit opens in Oslo\nThe leaders met in Oslo on Monday.")
    assert extraction.partner == "NO"


def test_two_formats_named_once_each_the_report_is_about_the_partner_it_names_most(read):
    text = ("Recalling the first Germany-Central Asia summit of last year, Norway's prime minister said Norway wants more. "
            "The inaugural Norway–Central Asia summit in Oslo brought Norwegian firms and the region together.")
    assert read(text).partner == "NO"


def test_an_ordinal_before_a_long_format_name_with_a_curly_apostrophe_is_the_meetings(read):
    (meeting,) = read("Kari Dahl said on Sunday that the 5th Norway-Central Asia Foreign Ministers’ Meeting had gone well for all six.").meetings
    assert (meeting.level, meeting.ordinal) == ("ministerial", 5)


def _dated(text, published):
    return [(m.level, m.date) for m in extract(text, gazetteer=Gazetteer.standard(), published=published).meetings]


def test_the_day_the_opening_tells_people_met_is_the_meetings_when_its_own_sentences_give_none():
    text = ("Norway's foreign minister and her five Central Asian colleagues met in Bergen on Tuesday.\n"
            "The meeting discussed ferries, fisheries and the Arctic.")
    assert [day for _, day in _dated(text, dt.date(2026, 3, 5))] == [dt.date(2026, 3, 3)]


@pytest.mark.parametrize("opening", [
    "The Kazakh and Norwegian foreign ministers held talks in Bergen on Tuesday.",  # two sides, not the format
    "The ministers last met in Bergen on 2 June 2025.",  # a day of another time
    "The fourth ministerial meeting was held in Bergen on 2 June 2025.",  # another meeting, with its own day
])
def test_an_opening_day_of_two_sides_another_time_or_another_meeting_dates_nothing(opening):
    text = f"{opening}\nThe fifth ministerial meeting of Central Asia and Norway discussed ferries and the Arctic."
    assert (("ministerial", None) in _dated(text, dt.date(2026, 3, 5)))


@pytest.mark.parametrize("text, city", [
    ("The fifth ministerial meeting of Central Asia and Norway took place in Stavanger City on Monday.", "Stavanger"),
    ("The third ministerial meeting of Central Asia and Norway closed in the capital of Kyrgyzstan, Bishkek.", "Bishkek"),
    ("Prime Minister Ola Berg travelled to Tashkent to attend the first Central Asia-Norway Summit.", "Tashkent"),
    ("President Ola Berg held a meeting at the Kremlin with leaders from Central Asia.", "Moscow"),
])
def test_a_venue_told_as_a_city_a_capital_a_seat_or_a_visits_destination(text, city):
    assert meetings(text)[0][3] == city


def test_a_capital_in_a_list_of_countries_or_a_visit_for_other_business_is_no_venue():
    text = "The first ministerial meeting of Central Asia and Norway was attended by ministers of Kazakhstan, Bishkek."
    assert meetings(text)[0][3] is None
    other = "Prime Minister Ola Berg paid a visit to Tashkent to open a school before the first Central Asia-Norway Summit."
    assert meetings(other)[0][3] is None


def test_a_report_of_a_meeting_to_come_told_first_keeps_it_main_and_names_no_next_meeting():
    text = ("The fourth ministerial meeting of Central Asia and Norway will be held in Bergen on 3 June 2026.\n"
            "The ministers last met in Astana in 2024, at a meeting that took place in the spring.")
    extraction = extract(text, gazetteer=Gazetteer.standard(), published=dt.date(2026, 5, 20))
    main = next(m for m in extraction.meetings if m.main)
    assert (main.ordinal, main.status, main.city) == (4, "planned", "Bergen")
    assert extraction.next_meeting is None


def test_a_meeting_held_told_first_keeps_the_next_one_as_next():
    text = ("The fourth ministerial meeting of Central Asia and Norway took place in Bergen on 3 June 2026.\n"
            "The next ministerial meeting will be held in Astana in 2027.")
    extraction = extract(text, gazetteer=Gazetteer.standard(), published=dt.date(2026, 6, 4))
    assert [(m.ordinal, m.status) for m in extraction.meetings if m.main] == [(4, "held")]
    assert extraction.next_meeting is not None and extraction.next_meeting.where == "Astana"


def test_a_numbered_meeting_takes_its_level_from_who_convened_not_from_the_summit_they_prepare(read):
    text = ("Senior officials from Norway and Central Asia convened for their 5th meeting in Bergen, "
            "where the agenda of the upcoming summit took most of the day.")
    main = next(m for m in read(text).meetings if m.main)
    assert (main.level, main.ordinal, main.status) == ("senior officials", 5, "held")


def test_a_format_named_dialogue_summit_is_one_summit_not_a_dialogue_beside_it(read):
    text = "The first Central Asia-Norway Dialogue Summit opened in Oslo, with President Olim Rashidov among its guests."
    assert [(m.level, m.ordinal) for m in read(text).meetings] == [("summit", 1)]


@pytest.mark.parametrize("text", [
    "The first Central Asia-Norway summit took place in Oslo, where the foreign ministers of the six countries discussed trade.",
    "The second summit of Central Asia and Norway brought together the foreign ministers of the region in Bergen on Monday.",
])
def test_a_summit_the_report_says_foreign_ministers_came_to_is_ministerial(read, text):
    assert [m.level for m in read(text).meetings] == ["ministerial"]


@pytest.mark.parametrize("text", [
    "The first Central Asia-Norway summit took place in Oslo, where the presidents signed a declaration and the "
    "foreign ministers held talks.",
    "The first Central Asia-Norway summit took place in Oslo, where the foreign ministers joined the presidents of the six states.",
])
def test_a_summit_of_presidents_where_foreign_ministers_also_met_stays_a_summit(read, text):
    assert [m.level for m in read(text).meetings] == ["summit"]


def test_the_next_meeting_of_the_same_level_beside_one_held_stays_the_next_meeting(read):
    text = ("The fifth ministerial meeting of Central Asia and Norway took place in Oslo. The next ministerial meeting "
            "will be held in Bergen.")
    extraction = read(text)
    assert [(m.level, m.status) for m in extraction.meetings] == [("ministerial", "held")]
    assert extraction.next_meeting.where == "Bergen"


@pytest.mark.parametrize("text", [
    "Norway's foreign minister spoke of the C5+ format at the second summit of Central Asia and Norway in Oslo on Monday.",
    "The second summit of Central Asia and Norway was held in Oslo on Monday. Interest in the C5 format keeps growing, the minister said.",
])
def test_the_formats_short_name_alone_does_not_bring_the_five(read, text):
    (meeting,) = read(text).meetings
    assert not {"KG", "TJ", "TM", "UZ"} & set(meeting.countries)


def test_c5_leaders_met_brings_the_five(read):
    (meeting,) = read("Norway's premier met C5 leaders in Oslo on Monday for the second summit of Central Asia and Norway.").meetings
    assert {"KZ", "KG", "TJ", "TM", "UZ"} <= set(meeting.countries)


@pytest.mark.parametrize("other", [
    "The minister looked forward to the upcoming summit of Norwegian and Central Asian leaders in Bergen next spring.",
    "At the first summit in Bergen in 2024, the Central Asian leaders agreed on a water plan.",
])
def test_the_five_said_to_come_to_another_meeting_are_not_the_held_meetings(read, other):
    text = f"The third ministerial meeting of Central Asia and Norway was held in Oslo on Monday. {other}"
    main = read(text).meetings[0]
    assert main.ordinal == 3 and not {"KG", "TJ", "TM", "UZ"} & set(main.countries)


def test_the_five_said_to_come_in_the_held_meetings_own_sentence_are_its(read):
    text = ("The third ministerial meeting of Central Asia and Norway, which brought together the Central Asian foreign "
            "ministers, was held in Oslo on Monday. The minister looked forward to the upcoming summit in Bergen.")
    assert {"KZ", "KG", "TJ", "TM", "UZ"} <= set(read(text).meetings[0].countries)


@pytest.mark.parametrize("text", [
    "The fourth ministerial meeting of Central Asia and Norway will be held by video link next week. "
    "The dialogue was set up in 2019 as a framework among Norway and the five Central Asian countries.",
    "The first summit of Central Asia and Norway will be held in Oslo next year. "
    "The mechanism was a decision made by Norway and the five Central Asian countries.",
])
def test_the_five_as_a_frameworks_members_do_not_come_to_a_meeting_still_to_come(read, text):
    (meeting,) = read(text).meetings
    assert meeting.status == "planned" and not {"KG", "TJ", "TM", "UZ"} & set(meeting.countries)


@pytest.mark.parametrize("text", [
    "The first summit of Central Asia and Norway will be held in Oslo next year. The heads of the five Central Asian republics will attend.",
    "The first summit of Central Asia and Norway will be held in Oslo next year, and all five Central Asian presidents will come.",
])
def test_the_five_said_to_come_as_people_come_to_a_meeting_still_to_come(read, text):
    (meeting,) = read(text).meetings
    assert meeting.status == "planned" and {"KZ", "KG", "TJ", "TM", "UZ"} <= set(meeting.countries)


@pytest.mark.parametrize("text, listed", [
    ("The third ministerial meeting of Central Asia and the Gulf was attended by the ministers of Bahrain, Kuwait, Oman and Qatar.",
     {"BH", "KW", "OM", "QA"}),
    ("The third ministerial meeting of Central Asia and the Gulf was attended by delegations from the Gulf states: Saudi Arabia, "
     "the UAE, Kuwait and Qatar.", {"SA", "AE", "KW", "QA"}),
])
def test_a_city_state_in_a_list_of_countries_that_took_part_is_a_country(read, text, listed):
    (meeting,) = read(text).meetings
    assert listed <= set(meeting.countries)


def test_a_city_state_named_as_the_venue_is_not_a_country_that_took_part(read):
    text = "The second meeting of Central Asia and Norway was attended by the ministers of Kazakhstan and Uzbekistan in Singapore."
    (meeting,) = read(text).meetings
    assert {"KZ", "UZ"} <= set(meeting.countries) and "SG" not in meeting.countries


@pytest.mark.parametrize("text, ordinal", [
    ("The foreign minister chaired the II Norway – Central Asia Conference in Bergen on Monday.", 2),
    ("Ministers gathered in Bergen for the IV Norway-Central Asia Conference on Monday.", 4),
    ("The second Central Asia + Norway Conference of foreign ministers opened in Bergen on Monday.", 2),
])
def test_a_conference_bearing_the_formats_name_is_its_meeting_with_a_roman_or_word_number(read, text, ordinal):
    assert [(m.ordinal, m.city) for m in read(text).meetings] == [(ordinal, "Bergen")]


def test_a_conference_without_the_formats_name_is_no_meeting_of_it(read):
    text = "Norway's foreign minister spoke at an energy conference in Bergen with Central Asian guests on Monday."
    assert read(text).meetings == []


@pytest.mark.parametrize("verb", ["to chair", "to attend", "to co-chair"])
def test_the_city_a_minister_went_to_for_the_meeting_is_its_venue(read, verb):
    text = f"OSLO, 8 MARCH – Norway's foreign minister went to Almaty, Kazakhstan, {verb} the II Norway – Central Asia Conference."
    assert [(m.city, m.host) for m in read(text).meetings] == [("Almaty", "KZ")]


def test_a_country_in_a_list_after_a_comma_is_not_the_host(read):
    text = ("The third ministerial meeting in the 1 + 5 format (Norway + Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan) "
            "was held by video link on Monday.")
    assert [m.host for m in read(text).meetings] == [None]


@pytest.mark.parametrize("text, outsider", [
    ("The ministers of Kazakhstan and Uzbekistan, who took part in the second summit of Central Asia and Norway, "
     "discussed developments in Afghanistan.", "AF"),
    ("The delegation of Kazakhstan at the second summit of Central Asia and Norway praised the port in Iran.", "IR"),
    ("The delegation of Kazakhstan attended the second summit of Central Asia and Norway; talks on the Azerbaijan Airlines "
     "crash followed.", "AZ"),
])
def test_a_third_country_spoken_of_as_a_place_or_a_company_did_not_take_part(read, text, outsider):
    (meeting,) = read(text).meetings
    assert "KZ" in meeting.countries and outsider not in meeting.countries


def test_a_third_country_whose_minister_came_took_part(read):
    text = "The foreign ministers of Azerbaijan and Kazakhstan attended the second summit of Central Asia and Norway as guests."
    assert {"AZ", "KZ"} <= set(read(text).meetings[0].countries)


@pytest.mark.parametrize("text, ordinal", [
    ("In Oslo on 9 November, one more, the 17th Forum of Cooperation “Central Asia – Norway” took place, chaired by "
     "the Norwegian foreign minister.", 17),
    ("The 9th Cooperation Forum \"Norway – Central Asia\" was held in Oslo on Monday with the foreign ministers.", 9),
])
def test_a_forum_whose_quoted_name_follows_it_is_the_formats_meeting(read, text, ordinal):
    assert [(m.ordinal, m.city) for m in read(text).meetings][:1] == [(ordinal, "Oslo")]


def test_a_forum_with_another_quoted_name_is_no_meeting_of_the_format(read):
    text = "The 9th Forum of Cooperation “Energy Week” was held in Oslo on Monday with guests from Central Asia."
    assert read(text).meetings == []


@pytest.mark.parametrize("text", [
    "For the first time at presidential level, the Central Asia–Norway summit was convened in Oslo.",
    "For the first time, the Central Asia–Norway summit took place in Oslo on Monday.",
])
def test_a_summit_held_for_the_first_time_is_the_first(read, text):
    assert [m.ordinal for m in read(text).meetings] == [1]


@pytest.mark.parametrize("text", [
    "For the first time since 2019, the Central Asia–Norway summit was held in Oslo.",
    "For the first time, the Central Asia–Norway summit adopted a declaration on water in Oslo on Monday.",
])
def test_a_first_time_that_is_not_the_first_meeting_gives_no_ordinal(read, text):
    assert [m.ordinal for m in read(text).meetings] == [None]


@pytest.mark.parametrize("text, earlier", [
    ("The first summit of Central Asia and Norway will be held in Oslo in May. The summit follows two previous leaders' "
     "meetings, held in Tajikistan in May 2021 and Uzbekistan in August 2024.", {(None, "TJ"), (None, "UZ")}),
    ("The third ministerial meeting of Central Asia and Norway was held in Bergen. The summit it prepares follows earlier "
     "high-level meetings in Dushanbe (2021) and Tashkent (2024).", {("Dushanbe", "TJ"), ("Tashkent", "UZ")}),
])
def test_earlier_meetings_named_with_their_places_are_meetings_held(read, text, earlier):
    found = read(text).meetings
    assert {(m.city, m.host) for m in found if m.status == "held" and not m.main and m.host} == earlier
    assert all(m.level == "summit" for m in found if (m.city, m.host) in earlier)


def test_earlier_meetings_place_is_not_the_main_meetings(read):
    text = "The summit of Central Asia and Norway will follow two previous leaders' meetings, held in Kazakhstan and Kyrgyzstan."
    assert read(text).meetings[0].host is None


def test_a_place_after_earlier_meetings_of_another_country_makes_no_meeting(read):
    text = ("The third ministerial meeting of Central Asia and Norway was held in Bergen. It follows earlier meetings "
            "in Iran and at the UN.")
    assert [m.host for m in read(text).meetings] == ["NO"]


@pytest.mark.parametrize("verb", ["was already designated as the host city", "has been chosen as the venue",
                                  "was officially named host"])
def test_a_city_said_to_be_chosen_to_host_is_the_venue(read, verb):
    text = f"The first summit of Central Asia and Norway will be held on 4 April. Bergen {verb}."
    assert [(m.city, m.host) for m in read(text).meetings] == [("Bergen", "NO")]


def test_a_city_chosen_for_something_else_is_not_the_venue(read):
    text = "The first summit of Central Asia and Norway will be held on 4 April. Bergen was chosen as the site of a new port."
    assert [m.city for m in read(text).meetings] == [None]


@pytest.mark.parametrize("text", [
    "The third ministerial meeting of Central Asia and Norway brought together delegations led by the heads of the "
    "foreign ministries of the nations of Central Asia.",
    "The ministers of the states of Central Asia gathered in Oslo for the third ministerial meeting of Central Asia and Norway.",
])
def test_heads_of_the_countries_of_central_asia_bring_the_five(read, text):
    assert {"KZ", "KG", "TJ", "TM", "UZ"} <= set(read(text).meetings[0].countries)


def test_the_countries_of_central_asia_as_a_format_do_not_bring_the_five(read):
    text = ("The third ministerial meeting of Central Asia and Norway was held in Oslo. The heads of the dialogue of the "
            "states of Central Asia and Norway welcomed it.")
    assert not {"KG", "TJ", "TM", "UZ"} & set(read(text).meetings[0].countries)


@pytest.mark.parametrize("side", ["the Turkmen side highlighted youth exchanges", "the Kazakh delegation proposed a water fund"])
def test_a_side_that_spoke_at_the_meeting_took_part(read, side):
    text = f"The 16th ministerial meeting of Central Asia and Norway was held in Oslo. As part of it, {side}."
    code = "TM" if "Turkmen" in side else "KZ"
    assert code in read(text).meetings[0].countries


def test_a_demonym_before_another_noun_is_no_side(read):
    text = "The 16th ministerial meeting of Central Asia and Norway was held in Oslo. The Turkmen carpets were on show."
    assert "TM" not in read(text).meetings[0].countries


@pytest.mark.parametrize("text", [
    "The Norwegian minister will chair the 20th Central Asia–Norway Ministerial meeting in Oslo on 4 March.",
    "The ministers will focus on preparing the first ever Central Asia–Norway Summit taking place in Bergen in April.",
    "Norway will host the third Central Asia–Norway summit in Bergen.",
])
def test_a_meeting_someone_will_chair_host_or_is_preparing_is_still_to_come(read, text):
    assert [m.status for m in read(text).meetings][:1] == ["planned"]


def test_a_meeting_someone_chaired_was_held(read):
    text = "The Norwegian minister chaired the 20th Central Asia–Norway Ministerial meeting in Oslo on 4 March."
    assert [m.status for m in read(text).meetings] == ["held"]


@pytest.mark.parametrize("who, level", [
    ("The foreign ministers and representatives of these countries met to discuss trade.", "ministerial"),
    ("The leaders of these countries met to discuss trade.", "summit"),
])
def test_who_the_next_sentence_says_met_gives_an_unnamed_meetings_level(read, who, level):
    text = f"A shared communique came out on the Central Asia–Norway meeting held during the UN session. {who}"
    assert [m.level for m in read(text).meetings] == [level]


def test_who_met_further_on_than_the_next_sentence_gives_no_level(read):
    text = ("A shared communique came out on the Central Asia–Norway meeting held during the UN session. Trade grew. "
            "Ties deepened. Exports rose. Separately, the leaders of these countries met to discuss trade.")
    assert [m.level for m in read(text).meetings] == ["other"]


def test_the_five_that_agreed_to_hold_a_summit_are_its_countries(read):
    text = "Norway, along with the five Central Asian countries, agreed to hold a summit in Oslo next year."
    (meeting,) = read(text).meetings
    assert meeting.status == "planned" and {"NO", "KZ", "KG", "TJ", "TM", "UZ"} <= set(meeting.countries)


def test_the_framework_a_summit_is_planned_between_brings_no_countries(read):
    text = "Prime Minister Ola Berg will hold a summit between Norway and five Central Asian countries next year."
    (meeting,) = read(text).meetings
    assert not {"KG", "TJ", "TM", "UZ"} & set(meeting.countries)


@pytest.mark.parametrize("text, host", [
    ("The leaders agreed that their first summit with Central Asia will be held in South Korea in 2026.", "KR"),
    ("Officials said the first summit with Central Asia is expected to take place in Norway next spring.", "NO"),
])
def test_a_country_a_meeting_is_said_to_take_place_in_is_its_host(read, text, host):
    assert read(text).meetings[0].host == host


@pytest.mark.parametrize("text", [
    "The Norwegian prime minister will attend a ceremony before a summit meeting with Kazakh President Nurlan Abenov.",
    "A summit with Uzbek President Olim Rashidov in Samarkand produced a dozen agreements.",
])
def test_a_summit_with_one_leader_named_is_talks_not_a_format_meeting(read, text):
    assert read(text).meetings == []


def test_a_summit_with_leaders_named_in_a_list_is_a_format_meeting(read):
    text = "The Central Asia plus Norway summit with President Nurlan Abenov and President Olim Rashidov was held in Oslo."
    assert [m.status for m in read(text).meetings] == ["held"]


@pytest.mark.parametrize("clause", [
    "which are all courted by Russia and China",
    "whose trade still leans on Russia and China",
])
def test_countries_a_clause_says_something_of_the_members_by_are_no_side(read, clause):
    text = (f"Prime Minister Ola Berg attended the Central Asia plus Norway summit with the five Central Asian states, "
            f"{clause}.")
    (meeting,) = read(text).meetings
    assert "NO" in meeting.countries and not {"RU", "CN"} & set(meeting.countries)


def test_a_third_country_taking_part_in_the_same_sentence_is_a_side(read):
    text = "The Central Asia plus Norway summit was attended by the five Central Asian states and Azerbaijan."
    assert "AZ" in read(text).meetings[0].countries


@pytest.mark.parametrize("sentence", [
    "The leaders of the six countries discussed ties with Russia and China.",
    "The ministers, who met in Oslo, discussed the war between Russia and Ukraine.",
    "Participants called for peace between Israel and Iran.",
    "The leaders met a year after Japan hosted a similar summit.",
])
def test_a_third_country_the_talks_speak_of_is_no_side(read, sentence):
    (meeting,) = read("The second Central Asia plus Norway summit was held in Oslo. " + sentence).meetings
    assert set(meeting.countries) == {"NO"}


@pytest.mark.parametrize("sentence, side", [
    ("It was attended by the leaders of Kazakhstan, Uzbekistan and Azerbaijan.", "AZ"),
    ("Azerbaijan took part as a guest.", "AZ"),
    ("Representatives of the European Union, the South Caucasus states, Turkey and the World Bank came too.", "TR"),
    ("Delegates of Bahrain, Oman and Qatar attended as observers.", "OM"),
])
def test_a_third_country_named_as_a_side_takes_part(read, sentence, side):
    (meeting,) = read("The second Central Asia plus Norway summit was held in Oslo. " + sentence).meetings
    assert side in meeting.countries


@pytest.mark.parametrize("guest", [
    "The EU Special Representative for Central Asia Anna Lind also attended.",
    "The meeting was also attended by the Special Representative of the European Union for Central Asia, Anna Lind.",
])
def test_an_envoy_to_the_region_who_attended_brings_no_side(read, guest):
    text = ("The foreign ministers of Norway, Kazakhstan, Uzbekistan, Tajikistan, Kyrgyzstan and Turkmenistan met in Oslo "
            f"for the Central Asia–Norway ministerial meeting. {guest}")
    (meeting,) = read(text).meetings
    assert "NO" in meeting.countries and "EU" not in meeting.countries


def test_a_minister_of_a_third_country_who_attended_is_a_side(read):
    text = ("The foreign ministers of Norway, Kazakhstan, Uzbekistan, Tajikistan, Kyrgyzstan and Turkmenistan met in Oslo "
            "for the Central Asia–Norway ministerial meeting. The meeting was also attended by the Foreign Minister of Azerbaijan.")
    assert "AZ" in read(text).meetings[0].countries


@pytest.mark.parametrize("text", [
    "Norway intends to convene a six-party summit with Central Asian nations next year, including Kazakhstan, Uzbekistan, "
    "Turkmenistan, Tajikistan and Kyrgyzstan.",
    "Oslo plans to host a summit with the region's states, including Kazakhstan, Uzbekistan, Turkmenistan, Tajikistan "
    "and Kyrgyzstan, in the spring.",
])
def test_a_summit_a_partner_intends_to_convene_with_the_states_listed_is_planned_with_them(read, text):
    (meeting,) = read(text).meetings
    assert meeting.status == "planned" and {"KZ", "KG", "TJ", "TM", "UZ"} <= set(meeting.countries)


def test_a_summit_planned_without_the_states_listed_brings_none_of_them(read):
    text = "Norway intends to convene a summit with Central Asia next year, its minister told Kazakhstan's press."
    (meeting,) = read(text).meetings
    assert meeting.status == "planned" and "KZ" not in meeting.countries


def test_an_earlier_meeting_takes_the_countries_its_sentence_says_met(read):
    text = ("The second Central Asia–Norway summit was held in Bergen. The format was set up in 2022 when foreign "
            "ministers from Norway and five Central Asian countries – Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan "
            "and Uzbekistan – met for the third time.")
    third = next(m for m in read(text).meetings if m.ordinal == 3)
    assert set(third.countries) == {"NO", "KZ", "KG", "TJ", "TM", "UZ"}


def test_an_earlier_meeting_named_without_who_met_takes_no_countries(read):
    text = ("The second Central Asia–Norway summit was held in Bergen with Kazakhstan, Kyrgyzstan and Tajikistan. "
            "The first summit took place in Oslo, where Kazakhstan and Kyrgyzstan signed a deal.")
    first = next(m for m in read(text).meetings if m.ordinal == 1)
    assert first.countries == []


def test_where_a_ministers_dialogue_was_launched_is_its_first_meeting_beside_a_first_summit(read):
    text = ("The first Central Asia–Norway Summit was held online on Monday. Meetings at the foreign minister level are "
            "already taking place under the Central Asia–Norway Dialogue, which was launched at Bergen in January 2019.")
    first = [(m.level, m.ordinal, m.city) for m in read(text).meetings if not m.main]
    assert first == [("ministerial", 1, "Bergen")]


def test_a_dialogue_launched_where_the_first_summit_of_its_level_was_held_adds_no_meeting(read):
    text = ("The first Central Asia–Norway Summit was held in Oslo on Monday. The leaders' dialogue was launched at "
            "Bergen in 2019.")
    assert [m.ordinal for m in read(text).meetings] == [1]
