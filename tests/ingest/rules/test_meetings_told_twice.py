"""Meetings told twice or told of in the background, and datelines and levels that name no venue or meeting, in
sentences of our own."""

import datetime as dt

import pytest

from dialogue.ingest.extract import extract
from dialogue.ingest.gazetteer import Gazetteer


def _read(text, published=dt.date(2026, 9, 1)):
    return extract(text, gazetteer=Gazetteer.standard(), published=published)


@pytest.mark.parametrize("text", [
    ("OSLO, Sept 1 - The Norwegian prime minister met the Kazakh president on Monday ahead of the third Central Asia-Norway "
     "Summit. The prime minister arrived in Astana earlier on Monday to attend the third Central Asia-Norway Summit."),
    ("Preparations for the second Central Asia-Norway summit are under way, the ministry said. "
     "The second Central Asia-Norway summit in Astana follows the first one held in Bergen in 2024."),
])
def test_a_meeting_to_come_named_twice_by_its_number_is_one_meeting_at_its_venue(text):
    found = [m for m in _read(text).meetings if m.level == "summit" and m.ordinal in (2, 3)]
    assert [(m.status, m.city) for m in found] == [("planned", "Astana")]


def test_two_meetings_of_other_numbers_stay_apart():
    text = ("Preparations for the third Central Asia-Norway summit are under way. "
            "The second Central Asia-Norway summit was held in Bergen in 2025.")
    assert sorted(m.ordinal for m in _read(text).meetings if m.level == "summit") == [2, 3]


def test_the_number_before_an_abbreviation_in_brackets_is_the_meetings():
    text = "The second Nordic Council of Ministers (NCM)–Central Asia Summit is set to be held in Astana next month."
    (meeting,) = _read(text).meetings
    assert (meeting.ordinal, meeting.status) == (2, "planned")


@pytest.mark.parametrize("text", [
    ("OSLO, Aug 20 - Norway and Kazakhstan are preparing for the upcoming Central Asia-Norway summit planned for this autumn. "
     "The summit is to be held in Kazakhstan in October. The first Central Asia-Norway summit was held in Bergen in 2023."),
    ("OSLO, Aug 20 - Officials said work is under way on the next Central Asia-Norway summit, to be held in Kazakhstan "
     "in the autumn. The first Central Asia-Norway summit took place in March 2024 in Bergen."),
])
def test_a_meeting_to_come_leads_a_report_whose_only_meeting_held_is_of_an_earlier_year(text):
    meetings = _read(text).meetings
    assert (meetings[0].status, meetings[0].host) == ("planned", "KZ") and meetings[0].city != "Oslo"


def test_a_meeting_held_this_year_still_leads_over_the_one_to_come():
    text = ("The first Central Asia-Norway summit was held in Bergen in July. "
            "A second Central Asia-Norway summit is planned for next year.")
    assert _read(text).meetings[0].status == "held"


@pytest.mark.parametrize("text", [
    "The talks also touched on coming contacts of the Arctic Five, on both the ministerial and summit level.",
    "They discussed upcoming contacts at the ministerial and expert levels.",
])
def test_a_level_of_contacts_names_no_ministerial_meeting(text):
    assert not [m for m in _read(text + " Central Asia and Norway agreed.").meetings if m.level == "ministerial"]


def test_a_ministerial_meeting_named_as_one_still_counts():
    text = "The ministerial in Bergen was the third of the Central Asia and Norway format."
    assert [m.level for m in _read(text).meetings] == ["ministerial"]


@pytest.mark.parametrize("text", [
    "The second Central Asia-Norway summit in Oslo is following the first summit held in Bergen in 2024.",
    "The second Central Asia-Norway summit, due in Oslo, builds on the success of the first summit in Bergen.",
])
def test_a_meeting_named_after_another_in_one_sentence_takes_the_place_after_it(text):
    first = next(m for m in _read(text).meetings if m.ordinal == 1)
    assert first.city == "Bergen"


@pytest.mark.parametrize("text", [
    "The first Central Asia-Norway summit took place in Oslo. At the Central Asia-Norway Business Forum, firms signed 20 deals.",
    ("The fifth Central Asia-Norway ministerial meeting was held in Bergen. "
     "On its sidelines an investors forum of the two sides gathered 300 companies."),
])
def test_a_business_forum_beside_a_meeting_of_the_format_is_no_meeting_of_it(text):
    assert [m.level for m in _read(text).meetings] in (["summit"], ["ministerial"])


def test_an_investors_forum_to_come_beside_a_summit_is_not_its_next_meeting():
    text = ("The first Central Asia-Norway summit took place in Oslo. "
            "A new Central Asia-Norway investors forum will take place in Kazakhstan next year.")
    extraction = _read(text)
    assert [m.level for m in extraction.meetings] == ["summit"] and extraction.next_meeting is None


def test_a_business_forum_a_report_is_of_is_its_meeting():
    text = "The second Central Asia-Norway Business Forum opened in Oslo on Monday, with 400 firms taking part."
    assert [m.level for m in _read(text).meetings] == ["other"]


@pytest.mark.parametrize("text", [
    ("The Central Asia-Norway summit, first scheduled to take place in Bergen on 5 May, has been postponed. "
     "Earlier, on 2 April, the foreign ministers held their third Central Asia-Norway ministerial meeting in Oslo. "
     "During the meeting it was announced that a summit is to take place in Bergen on 5 May."),
    ("The foreign ministers held the third Central Asia-Norway ministerial meeting in Oslo on 2 April. "
     "There they said a summit will take place in Bergen on 5 May. That summit in Bergen on 5 May has now been called off."),
])
def test_a_meeting_of_one_day_and_place_told_as_planned_and_put_off_is_one_meeting(text):
    summits = [m for m in _read(text, published=dt.date(2026, 4, 20)).meetings if m.level == "summit"]
    assert len(summits) == 1 and summits[0].status in ("postponed", "cancelled")


def test_meetings_of_one_place_on_two_days_stay_apart():
    text = ("The third Central Asia-Norway ministerial meeting was held in Oslo on 2 April 2026. "
            "The second Central Asia-Norway ministerial meeting was held in Oslo on 3 May 2025.")
    assert len(_read(text).meetings) == 2


@pytest.mark.parametrize("text", [
    "In Astana, the Norwegian minister held talks with President Nurlan Abenov, resulting in a deal. Central Asia matters to Norway.",
    "Once in Oslo, the two countries' leaders held talks at the palace. Central Asia matters to Norway.",
    "Later the two presidents held a meeting with business circles from Kazakhstan and Norway. Central Asia matters to Norway.",
])
def test_two_sides_talks_or_a_meeting_with_business_people_is_no_meeting_of_the_format(text):
    assert _read(text).meetings == []


def test_talks_held_with_the_five_ministers_are_a_meeting_of_the_format():
    text = "In Oslo, the Norwegian minister held talks with the foreign ministers of the five Central Asian states."
    assert [m.level for m in _read(text).meetings] == ["ministerial"]


@pytest.mark.parametrize("text", [
    ("On 4 June Norwegian Foreign Minister Anne Dahl hosted a dinner with her counterparts from the Central Asian countries. "
     "The dinner was attended by the foreign ministers of Norway and Kazakhstan and the deputy foreign ministers of "
     "Uzbekistan and Tajikistan. During the meeting, the sides discussed trade."),
    ("Foreign Minister Anne Dahl of Norway hosted an official reception with the participation of the foreign ministers of "
     "Central Asia. Deputy Foreign Minister Aibek Sultanov led the Kyrgyz delegation. At the meeting they spoke of transport."),
])
def test_who_the_opening_says_a_minister_hosted_gives_the_meetings_level(text):
    assert [m.level for m in _read(text).meetings][:1] == ["ministerial"]


def test_leaders_a_prime_minister_hosted_make_a_summit():
    text = ("On Monday Prime Minister Ola Berg hosted the presidents of the five Central Asian states in Oslo. "
            "At the meeting they spoke of trade.")
    assert [m.level for m in _read(text).meetings][:1] == ["summit"]


@pytest.mark.parametrize("text, host", [
    ("The next ministerial meeting of the C5+1 format will be held in the US this summer.", "US"),
    ("The first summit of Central Asia and the United Kingdom is set for next year in the UK, officials said.", "GB"),
])
def test_a_country_named_with_the_before_it_is_the_venue(text, host):
    assert _read(text).meetings[0].host == host


@pytest.mark.parametrize("text", [
    ("On 3 May Norwegian Foreign Minister Anne Dahl hosted a reception for her counterparts from the five Central Asian "
     "countries. At the meeting they spoke of trade."),
    ("Anne Dahl, the Foreign Minister of Norway, on Monday hosted the foreign ministers of the five Central Asian states. "
     "The meeting focused on energy."),
])
def test_the_country_of_the_minister_who_hosted_the_meeting_is_its_host(text):
    assert _read(text).meetings[0].host == "NO"


def test_a_minister_hosting_something_else_later_makes_no_host():
    text = ("The foreign ministers of Central Asia and Norway met on Monday. Trade grew. Ties deepened. Exports rose. "
            "Later in the year Foreign Minister Anne Dahl of Norway hosted a concert.")
    assert _read(text).meetings[0].host is None


@pytest.mark.parametrize("text, host", [
    ("The third Central Asia-Norway ministerial meeting was held online under the chairmanship of the Foreign Minister of "
     "Kazakhstan.", "KZ"),
    ("Chaired by Uzbek Deputy Foreign Minister Olim Rashidov, the senior officials' meeting of Central Asia and Norway "
     "reviewed trade.", "UZ"),
])
def test_the_country_of_who_chaired_the_meeting_is_its_host(text, host):
    assert _read(text).meetings[0].host == host


def test_the_summit_named_again_after_one_to_come_is_that_one_not_another_held():
    text = ("The fifth Central Asia-Norway ministerial meeting was held in Bergen on Monday. The ministers discussed "
            "preparations for the first Central Asia-Norway summit, set for 4 May in Oslo. The summit aims to deepen cooperation.")
    assert [(m.level, m.status) for m in _read(text, published=dt.date(2026, 3, 1)).meetings] == [("ministerial", "held")]


def test_the_summit_named_again_after_one_held_is_held():
    text = ("The first Central Asia-Norway summit was held in Oslo on 4 May. The summit aims to deepen cooperation. "
            "The next summit will take place in Astana.")
    assert [(m.level, m.status) for m in _read(text).meetings] == [("summit", "held")]


def test_a_place_told_after_another_meeting_and_before_this_one_is_this_ones():
    text = ("The second Central Asia-Norway summit was held in Bergen in May. After the summit, the foreign ministers met in "
            "Stavanger for the fifth Central Asia-Norway ministerial meeting.")
    ministerial = next(m for m in _read(text).meetings if m.level == "ministerial")
    assert ministerial.city == "Stavanger"


@pytest.mark.parametrize("text", [
    ("The upcoming summit of Central Asia and Norway is scheduled to take place on September 5 in Bergen. "
     "The Norwegian minister announced the summit following the third meeting of foreign ministers of the format."),
    ("The next Central Asia–Norway summit will be held in Bergen on 5 September. "
     "The third meeting of the foreign ministers, where the day was set, took place in Astana."),
])
def test_a_meeting_to_come_told_first_with_its_day_leads_though_called_the_next(text):
    meetings = _read(text).meetings
    assert (meetings[0].level, meetings[0].status, meetings[0].city) == ("summit", "planned", "Bergen")
    assert [(m.ordinal, m.status) for m in meetings if m.level == "ministerial"] == [(3, "held")]


def test_the_next_meeting_named_first_without_a_day_leaves_the_meeting_held_main():
    text = ("The next Central Asia–Norway summit will be held in Bergen, the minister said. "
            "The third meeting of the foreign ministers took place in Astana on Monday.")
    assert _read(text).meetings[0].status == "held"


@pytest.mark.parametrize("earlier", [
    "Last year, at the invitation of the Tajik president, I took part in the summit held in Dushanbe.",
    "Two years ago the leaders' summit was hosted in Dushanbe.",
])
def test_a_summit_told_as_a_year_before_is_an_earlier_one(earlier):
    text = f"The Central Asia–Norway summit was held in Astana on Friday. {earlier} Trade was discussed at the summit."
    meetings = _read(text).meetings
    assert [(m.city, m.main) for m in meetings if m.level == "summit"] == [("Astana", True), ("Dushanbe", False)]


def test_a_summit_told_again_this_year_stays_one():
    text = "The Central Asia–Norway summit was held in Astana on Friday. This year the summit held in Astana drew all five."
    assert [m.city for m in _read(text).meetings] == ["Astana"]


def test_a_report_of_only_a_meeting_to_come_called_the_next_gives_it_as_the_next_meeting_too():
    found = _read("The next Central Asia–Norway summit will be held in Bergen in 2027.")
    assert [m.status for m in found.meetings] == ["planned"]
    assert found.next_meeting is not None and found.next_meeting.where == "Bergen"


def test_successful_summits_a_meeting_follows_are_earlier_meetings_of_the_format():
    text = ("The Central Asia–Norway foreign ministers met in Oslo on Monday, preparing the next summit, following "
            "successful summits in Bergen (September 2023) and Astana (September 2024).")
    earlier = sorted((m.level, m.city) for m in _read(text).meetings if not m.main)
    assert earlier == [("summit", "Astana"), ("summit", "Bergen")]


def test_a_meeting_told_with_an_earlier_year_is_an_earlier_one():
    text = ("The 7th meeting of the foreign ministers of the Central Asia–Norway Dialogue took place in Oslo on Monday. "
            "The dialogue was declared on August 28, 2004 in Astana, Kazakhstan at a meeting of foreign ministers.")
    meetings = _read(text, published=dt.date(2019, 5, 20)).meetings
    assert [(m.ordinal, m.city, m.date) for m in meetings] == [(7, "Oslo", dt.date(2019, 5, 20)),
                                                                 (None, "Astana", dt.date(2004, 8, 28))]


def test_the_meeting_told_again_with_this_years_date_stays_one():
    text = ("The 7th meeting of the foreign ministers of the Central Asia–Norway Dialogue took place in Oslo on Monday. "
            "On May 20, 2019 in Oslo, at a meeting of foreign ministers, a statement was adopted.")
    assert len(_read(text, published=dt.date(2019, 5, 21)).meetings) == 1
