"""Meeting mentions: the time a bare "the meeting" takes from the meeting named before it, an earlier meeting told by
"last met", and a capture mark before the report proper, in sentences of our own."""

import datetime as dt

import pytest

from dialogue.ingest.extract import extract
from dialogue.ingest.gazetteer import Gazetteer


THURSDAY = dt.date(2027, 3, 4)


def read(text, published=None, text_start=0):
    return extract(text, gazetteer=Gazetteer.standard(), published=published, text_start=text_start)


@pytest.mark.parametrize("later", [
    "The meeting will be chaired by the foreign minister of Norway.",
    "On the margins of the meeting, the Norwegian minister will also see each guest alone.",
    "Oslo has long prepared for this meeting, and the ministers will adopt a joint statement.",
])
def test_the_meeting_told_of_after_one_to_come_is_that_meeting_not_one_held(later):
    text = f"The fifth Central Asia–Norway foreign ministers' meeting will take place in Bergen on 12 March 2027. {later}"
    found = read(text, published=dt.date(2027, 3, 1))
    assert [(m.ordinal, m.status, m.city, m.date) for m in found.meetings] == [(5, "planned", "Bergen", dt.date(2027, 3, 12))]
    assert found.next_meeting is None


def test_the_meeting_told_of_after_a_summit_to_come_with_neither_number_nor_day_is_that_summit():
    text = ("Leaders of Central Asia and Norway will gather for a summit in Bergen next spring. "
            "The meeting will be chaired by the Norwegian prime minister.")
    assert [(m.level, m.status) for m in read(text).meetings] == [("summit", "planned")]


def test_a_meeting_still_to_come_brings_the_countries_the_sentences_naming_it_say_will_attend():
    text = ("The fifth Central Asia–Norway foreign ministers' meeting will take place in Bergen next spring. "
            "The meeting, to be attended by ministers from Norway, Kazakhstan, Uzbekistan and Tajikistan, "
            "will turn to trade.")
    (meeting,) = read(text).meetings
    assert set(meeting.countries) == {"NO", "KZ", "UZ", "TJ"}


def test_an_indefinite_meeting_after_one_to_come_is_not_taken_for_it():
    text = ("The fifth Central Asia–Norway foreign ministers' meeting will take place in Bergen next spring. "
            "Norway and Uzbekistan had a meeting on energy in Oslo.")
    assert [m.status for m in read(text).meetings][:1] == ["planned"]


@pytest.mark.parametrize("earlier, city", [
    ("The ministers last met in Bishkek in 2023.", "Bishkek"),
    ("Foreign ministers of the six countries previously met in Tashkent two years ago.", "Tashkent"),
])
def test_people_who_last_met_somewhere_tell_of_an_earlier_meeting_held_there(earlier, city):
    text = f"The fifth Central Asia–Norway foreign ministers' meeting will take place in Bergen on 12 March 2027. {earlier}"
    found = read(text, published=dt.date(2027, 3, 1)).meetings
    assert [(m.status, m.city) for m in found] == [("planned", "Bergen"), ("held", city)]


def test_people_who_met_without_last_add_no_meeting_beside_the_one_named():
    text = ("The fifth Central Asia–Norway foreign ministers' meeting took place in Bergen on Monday. "
            "The ministers met in the old town hall.")
    assert [(m.ordinal, m.status) for m in read(text).meetings] == [(5, "held")]


def test_a_capture_mark_before_the_report_is_no_part_of_the_meeting_named():
    text = " date 2027-03-01 The 5th Central Asia–Norway foreign ministers' meeting will take place in Bergen on 12 March 2027."
    (meeting,) = read(text, published=dt.date(2027, 3, 1), text_start=17).meetings
    assert (meeting.ordinal, meeting.status, meeting.city) == (5, "planned", "Bergen")
    assert all(q.start >= 17 for q in meeting.quotes)


@pytest.mark.parametrize("opening, level", [
    ("The Norwegian foreign minister and her five Central Asian counterparts met in Oslo on Monday.", "ministerial"),
    ("The Norwegian king held a meeting in Oslo with leaders of the five Central Asian countries.", "summit"),
])
def test_who_the_opening_says_met_gives_the_level_the_meeting_leaves_unsaid(opening, level):
    text = f"{opening} At the meeting, trade in fish and fertiliser led the talks between Norway and Central Asia."
    assert [m.level for m in read(text).meetings][:1] == [level]


def test_meetings_of_three_levels_listed_as_the_formats_tiers_are_none_held():
    text = ("The foreign ministers of Norway and Central Asia will meet by video link on 11 May 2027. The Norwegian minister "
            "will chair the meeting. The format works at several tiers: 1. Foreign Ministers' Meeting (yearly); 2. Senior "
            "Officials' Meeting (twice a year); 3. Experts' Meeting; 4. Business Council.")
    assert [(m.level, m.status) for m in read(text, published=dt.date(2027, 5, 1)).meetings] == [("ministerial", "planned")]


def test_meetings_of_three_levels_told_apart_are_each_kept():
    text = ("The senior officials' meeting of Central Asia and Norway was held in Bergen on 2 March. It prepared the "
            "ministerial meeting due in April, which in turn prepares the summit to be held in Oslo in June.")
    assert "senior officials" in [m.level for m in read(text, published=dt.date(2027, 3, 4)).meetings]


@pytest.mark.parametrize("text", [
    "Officials declined to comment on the planned 20 March meeting of Central Asia and Norway's foreign ministers.",
    "The Kazakh president said he would take part in the summit of Central Asia and Norway, his office said.",
    "The Uzbek leader will attend the summit of Central Asia and Norway, his spokesman told reporters.",
])
def test_a_meeting_called_planned_or_that_people_would_attend_is_still_to_come(text):
    assert [m.status for m in read(text, published=dt.date(2027, 3, 4)).meetings] == ["planned"]


def test_a_meeting_someone_held_is_held_though_named_indefinitely():
    text = "The Norwegian king recently held a meeting in Oslo with the five Central Asian heads of state."
    assert [(m.level, m.status) for m in read(text).meetings] == [("summit", "held")]


def test_a_meeting_named_indefinitely_that_tells_nothing_of_its_time_is_no_meeting_held():
    text = ("The Kazakh president said he would take part in the summit of Central Asia and Norway. "
            "The trip should set the stage for a fruitful meeting of the heads of state.")
    assert [m.status for m in read(text).meetings] == ["planned"]


def test_a_session_of_another_body_named_before_its_number_is_no_meeting_of_the_format():
    text = ("The six governments released a joint statement on their Central Asia plus Norway meeting that took place "
            "during the UN General Assembly 81st Session. The foreign ministers of the six countries met in New York.")
    meetings = read(text).meetings
    assert [(m.level, m.ordinal) for m in meetings] == [("ministerial", None)]


def test_the_main_meetings_own_number_told_in_the_future_names_no_next_meeting():
    text = ("The fourth ministerial meeting of the Central Asia plus Norway Dialogue opened in Bergen on Thursday. At the "
            "fourth meeting tomorrow, the ministers are due to take up trade.")
    extraction = read(text)
    assert [(m.ordinal, m.status) for m in extraction.meetings] == [(4, "held")]
    assert extraction.next_meeting is None


def test_a_meeting_named_indefinitely_is_the_meeting_when_the_report_names_no_other():
    text = ("OSLO — The Norwegian foreign minister on Tuesday received her counterparts from Central Asia in Oslo for a "
            "meeting in the Central Asia-Norway format.")
    assert [(m.status, m.city) for m in read(text, published=THURSDAY).meetings] == [("held", "Oslo")]


@pytest.mark.parametrize("text", [
    "The first summit of Central Asia and Norway will be held in Oslo in June. Norway's foreign minister stressed that "
    "the coming meeting would open new trade routes.",
    "The third summit with Norway will be held in Astana in June. The Kazakh foreign minister said the meeting "
    "would bring new investment.",
])
def test_a_minister_speaking_of_a_meeting_does_not_make_it_ministerial(text):
    assert [m.level for m in read(text).meetings] == ["summit"]


@pytest.mark.parametrize("text", [
    "The ministers called for a ministerial-level council on water after the summit of Central Asia and Norway in Oslo.",
    "After the summit of Central Asia and Norway in Oslo, talks at the ministerial and expert level will follow.",
])
def test_a_ministerial_level_named_beside_a_summit_is_no_ministerial_meeting(text):
    assert [m.level for m in read(text).meetings] == ["summit"]


def test_a_leaders_own_second_meeting_with_a_president_is_not_the_formats_second_meeting():
    text = ("The first summit of Central Asia and Norway was held in Oslo on Monday. It was his second meeting with the "
            "Norwegian prime minister this year, the Uzbek president said.")
    assert [(m.level, m.ordinal) for m in read(text).meetings] == [("summit", 1)]


@pytest.mark.parametrize("text", [
    "During the state visit, the two presidents addressed a business forum in Oslo and witnessed 20 agreements.",
    "A joint Business Forum in Bergen drew two hundred firms from Uzbekistan and Norway during the visit.",
])
def test_a_business_forum_beside_a_state_visit_is_no_format_meeting(text):
    assert read(text).meetings == []


@pytest.mark.parametrize("text", [
    "The Central Asia-Norway Business Forum was held in Bergen on Monday with two hundred firms.",
    "Ministers of Norway and Central Asia opened the second transport investors forum in Oslo on Monday.",
])
def test_a_forum_bearing_the_formats_name_or_gathering_investors_is_a_meeting(text):
    assert len(read(text).meetings) == 1


@pytest.mark.parametrize("later", [
    "In addition to the hosts, the summit will also be attended by the presidents of Kazakhstan and Uzbekistan.",
    "The presidential aide announced Ola Berg’s participation in the meeting.",
    "Officials confirmed the King's attendance at the meeting.",
])
def test_a_summit_to_come_told_again_with_who_will_attend_stays_one_meeting_to_come(later):
    text = f"The second Norway–Central Asia summit will be held in Bergen today. {later}"
    found = read(text, published=dt.date(2027, 3, 1))
    assert [(m.ordinal, m.status) for m in found.meetings] == [(2, "planned")]


def test_a_summit_said_to_have_been_attended_is_held():
    text = "The second Norway–Central Asia summit was attended by the presidents of Kazakhstan and Uzbekistan in Bergen."
    assert [m.status for m in read(text).meetings] == ["held"]


@pytest.mark.parametrize("text", [
    "The summit in Oslo was an extension of the 3rd meeting of the Central Asia–Norway Dialogue, attended by the foreign ministers.",
    "Norway announced the summit following the third meeting of foreign ministers of the Central Asia–Norway format.",
])
def test_a_summit_named_before_a_numbered_meeting_gives_that_meeting_no_level(text):
    third = [m for m in read(text).meetings if m.ordinal == 3]
    assert [m.level for m in third] == ["ministerial"]


@pytest.mark.parametrize("text", [
    "Leaders of Central Asia and Norway held the third Central Asia–Norway Summit meeting in Oslo.",
    "Leaders of Central Asia and Norway held their third summit-level meeting in Oslo.",
])
def test_a_summit_compounded_with_the_meeting_still_gives_its_level(text):
    assert [(m.ordinal, m.level) for m in read(text).meetings] == [(3, "summit")]


@pytest.mark.parametrize("body", [
    "the 15th Summit of Heads of State of the Economic Cooperation Organisation",
    "the 30th session of the member states of the Black Sea Trade Commission",
])
def test_a_numbered_meeting_of_a_body_with_a_long_name_is_that_bodys(body):
    text = (f"The Central Asia–Norway ministerial meeting was held in Oslo. Transit will be discussed when Kazakhstan hosts "
            f"{body}.")
    assert [m.ordinal for m in read(text).meetings] == [None]


def test_a_numbered_summit_of_the_heads_of_state_of_the_format_stays():
    text = "Kazakhstan hosts the 5th Summit of Heads of State of the Central Asia–Norway Commission in Astana."
    assert [m.ordinal for m in read(text).meetings] == [5]


@pytest.mark.parametrize("text", [
    ("The fifth Central Asia–Norway foreign ministers' meeting was held in Oslo. Foreign ministers of Norway, Kazakhstan "
     "and Uzbekistan as well as a deputy foreign minister of Turkmenistan participated in the meeting."),
    ("The fifth Central Asia–Norway foreign ministers' meeting was held in Oslo. The deputy foreign minister of "
     "Turkmenistan also participated in the meeting."),
])
def test_the_post_of_one_who_took_part_is_not_the_level_of_another_meeting(text):
    assert [(m.ordinal, m.level) for m in read(text).meetings] == [(5, "ministerial")]


@pytest.mark.parametrize("text", [
    ("The second Central Asia–Norway summit was held in Bergen. The summit was set up in 2022 when foreign ministers "
     "from Norway and the five Central Asian states met for the third time."),
    ("The second Central Asia–Norway summit was held in Bergen. Its foreign ministers had convened for the 3rd time "
     "in Astana a year before."),
])
def test_ministers_who_met_for_the_nth_time_tell_of_that_meeting(text):
    earlier = [(m.level, m.ordinal, m.status) for m in read(text).meetings if not m.main]
    assert ("ministerial", 3, "held") in earlier


def test_meeting_for_the_first_time_since_a_year_gives_no_number():
    text = ("The second Central Asia–Norway summit was held in Bergen. Their foreign ministers met for the first time "
            "since 2019 on its margins.")
    assert all(m.ordinal != 1 for m in read(text).meetings)


@pytest.mark.parametrize("text", [
    ("The 12th Central Asia–Norway forum opened in Astana. For the first time the meeting of the Central Asia–Norway "
     "forum was held in Central Asia since its launch in 2007."),
    "The 12th Central Asia–Norway forum opened in Astana. For the first time, the forum was held in the region.",
])
def test_the_first_time_a_meeting_is_held_somewhere_gives_it_no_first_number(text):
    assert [m.ordinal for m in read(text).meetings] == [12]


def test_the_first_time_a_meeting_was_held_at_all_is_the_first():
    text = "For the first time, the Central Asia–Norway summit was held in Oslo."
    assert [m.ordinal for m in read(text).meetings] == [1]


@pytest.mark.parametrize("text", [
    "Summit between Norway and Central Asia to be established.",
    "A Norway–Central Asia summit will be set up, the ministry said.",
    "Prime Minister Ola Berg is planning to establish a summit between Norway and the five Central Asian countries.",
])
def test_a_summit_to_be_set_up_is_still_to_come(text):
    assert [m.status for m in read(text).meetings] == ["planned"]


def test_a_summit_that_set_up_a_fund_was_held():
    text = "The Norway–Central Asia summit held in Oslo established a fund for water projects."
    assert [m.status for m in read(text).meetings] == ["held"]


def test_the_summit_named_again_after_another_meeting_is_the_summit_to_come():
    text = ("The senior officials of the Central Asia–Norway Dialogue convened for their 16th meeting on Monday to prepare "
            "the upcoming summit in Bergen. The meeting was chaired by Norway. Participants reviewed the summit agenda.")
    found = read(text, published=dt.date(2027, 3, 5))
    assert [(m.level, m.status) for m in found.meetings] == [("senior officials", "held")]


@pytest.mark.parametrize("who", [
    "Kyrgyz Deputy Foreign Minister Asan Beshimov, Foreign Minister Ola Berg and Tajik Deputy Foreign Minister Olim Rashidov (from left) participate",
    "Deputy Foreign Minister Asan Beshimov and Foreign Minister Ola Berg took part",
])
def test_who_took_part_in_a_numbered_forum_gives_it_no_level_of_their_own(who):
    text = (f"Norway's Foreign Minister Ola Berg convened the 17th Norway-Central Asia Cooperation Forum in Oslo on Monday. "
            f"{who} in the 17th Norway-Central Asia Cooperation Forum in Oslo.")
    assert [(m.ordinal, m.level) for m in read(text, published=dt.date(2027, 3, 1)).meetings] == [(17, "ministerial")]


def test_the_number_of_a_meeting_with_a_long_quoted_name_before_its_noun_is_read():
    text = "The prime minister hosted the first ever offline “Norway – Central Asia” leaders’ summit in Oslo."
    assert [(m.ordinal, m.level) for m in read(text).meetings] == [(1, "summit")]
