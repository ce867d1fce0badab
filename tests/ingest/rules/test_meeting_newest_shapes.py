"""Meeting shapes from the newest reports' failures, in sentences of our own: a headline's 'later this month', a virtual
meeting hosted by a capital, 'is the first offline meeting', the meeting 'following the 2024 Oslo summit'."""

import datetime as dt

from dialogue.ingest.extract import extract
from dialogue.ingest.gazetteer import Gazetteer

GAZETTEER = Gazetteer.standard()
PUBLISHED = dt.date(2027, 3, 4)


def read(text):
    return extract(text, gazetteer=GAZETTEER, published=PUBLISHED)


def test_a_headline_with_later_this_month_tells_of_a_summit_to_come():
    text = ("The first Central Asia plus Norway summit with the region's leaders later this month\n\n"
            "The leaders of the five countries will meet for the summit. The meeting is expected to take place on March 20, 2027.\n\n"
            "In 2026 the foreign ministers met in Oslo for the third Central Asia plus Norway ministerial meeting.")
    main = read(text).meetings[0]
    assert (main.status, main.ordinal, main.date) == ("planned", 1, dt.date(2027, 3, 20))


def test_a_summit_named_later_in_the_year_is_still_to_come():
    text = "Oslo to host the first Central Asia plus Norway summit later in the year\n\nThe summit will focus on trade."
    assert read(text).meetings[0].status == "planned"


def test_a_virtual_summit_hosted_by_a_capital_has_that_country_as_host_and_no_city():
    text = ("The leaders will meet virtually for the first Central Asia plus Norway summit. "
            "The summit, hosted by Oslo, is expected to open on March 20, 2027.")
    main = read(text).meetings[0]
    assert (main.online, main.city, main.host) == (True, None, "NO")


def test_a_virtual_ministerial_takes_no_venue_from_the_dateline():
    text = ("OSLO, March 3 - The Foreign Minister of Norway Kari Lund hosted a virtual Central Asia plus Norway Ministerial "
            "for the foreign ministers of Kazakhstan and Uzbekistan today.")
    main = read(text).meetings[0]
    assert main.online and main.city is None


def test_a_ministerial_held_in_a_capital_keeps_its_city():
    text = "The third Central Asia plus Norway ministerial meeting was held in Oslo on Tuesday, with the ministers present."
    main = read(text).meetings[0]
    assert (main.online, main.city, main.host) == (False, "Oslo", "NO")


def test_the_first_offline_meeting_said_of_the_second_is_no_meeting_of_its_own():
    for sentence in ("The second Central Asia plus Norway ministerial meeting is the first offline meeting since the pandemic, "
                     "and the first multilateral ministers' meeting held in Bergen this year.",
                     "The second Central Asia plus Norway summit was the first in-person meeting the leaders held."):
        meetings = read(sentence).meetings
        assert [m.ordinal for m in meetings] == [2]


def test_a_first_meeting_told_apart_from_the_second_stays():
    text = ("The second Central Asia plus Norway ministerial meeting was held in Bergen on Tuesday. "
            "The first Central Asia plus Norway ministerial meeting took place in Stavanger in 2019.")
    ordinals = sorted(m.ordinal for m in read(text).meetings)
    assert ordinals == [1, 2]


def test_the_meeting_a_numbered_summit_follows_is_the_one_before_it():
    text = ("Leaders convened in Bergen for the third Central Asia plus Norway summit on Tuesday. "
            "This high-level meeting, the third of its kind following the 2025 Oslo summit, ended with a declaration.")
    meetings = read(text).meetings
    before = [m for m in meetings if not m.main]
    assert meetings[0].city == "Bergen"
    assert [(m.ordinal, m.city, m.host, m.level) for m in before] == [(2, "Oslo", "NO", "summit")]


def test_a_summit_following_a_forum_by_topic_names_no_earlier_meeting():
    text = ("Leaders convened in Bergen for the third Central Asia plus Norway summit on Tuesday, "
            "after the Oslo energy forum had closed.")
    assert [m for m in read(text).meetings if not m.main] == []


def test_a_summit_held_earlier_this_month_stays_held():
    text = "The first Central Asia plus Norway summit was held in Oslo earlier this month, and trade talks go on later this month."
    assert read(text).meetings[0].status == "held"


def test_an_earlier_meeting_organised_by_a_country_has_that_host():
    for said in ("was organised by Norway in 2025 by video link", "had been hosted by Norway", "was convened by Norway last spring"):
        text = ("The third Central Asia plus Norway ministerial meeting opened in Astana on Tuesday. "
                f"Earlier, the second meeting {said}.")
        second = [m for m in read(text).meetings if m.ordinal == 2]
        assert [m.host for m in second] == ["NO"], said


def test_an_earlier_meeting_whose_topic_names_a_country_takes_no_host():
    text = ("The third Central Asia plus Norway ministerial meeting opened in Astana on Tuesday. "
            "Earlier, the second meeting discussed trade with Norway.")
    assert [m.host for m in read(text).meetings if m.ordinal == 2] == [None]


def _participants(text):
    return {p.name for p in read(text).meetings[0].participants}


def test_whom_the_ministers_pay_a_courtesy_visit_to_takes_no_part():
    for visit in ("are expected to pay a joint courtesy visit to", "paid a courtesy visit to", "will pay a visit to"):
        text = ("Foreign Minister of Norway Kari Lund hosted the third Central Asia plus Norway ministerial meeting in Oslo on Tuesday. "
                f"The ministers {visit} Prime Minister Ola Berg.")
        assert _participants(text) == {"Kari Lund"}, visit


def test_a_minister_who_pays_a_visit_to_the_meeting_takes_part():
    text = ("The third Central Asia plus Norway ministerial meeting was held in Oslo on Tuesday. "
            "Foreign Minister of Norway Kari Lund paid a visit to Astana before it.")
    assert _participants(text) == {"Kari Lund"}


def _countries(text):
    return {p.name: p.country for p in read(text).meetings[0].participants}


def test_an_official_who_went_to_the_host_city_is_no_host_official():
    for went in ("went to Astana, Kazakhstan,", "travelled to Astana", "is in Astana"):
        text = (f"Foreign Minister Kari Lund, together with Undersecretary Ola Berg, {went} to co-chair the second "
                "Central Asia plus Norway ministerial meeting, held in Astana on Tuesday.")
        assert _countries(text).get("Kari Lund") != "KZ", went


def test_an_official_named_with_no_country_at_a_meeting_at_home_is_the_hosts():
    text = ("The second Central Asia plus Norway ministerial meeting was held in Astana on Tuesday. "
            "Foreign Minister Kari Lund opened it, and Uzbek Foreign Minister Aziz Karimov spoke.")
    assert _countries(text) == {"Kari Lund": "KZ", "Aziz Karimov": "UZ"}


def test_the_nth_meeting_of_this_forum_takes_the_level_the_sentence_before_gives():
    text = ("The first Central Asia plus Norway summit was held by video link on Tuesday. "
            "Meetings at the foreign minister level already take place under the Central Asia plus Norway Dialogue. "
            "The third meeting of this forum, in 2026, was in Oslo.")
    meetings = read(text).meetings
    assert (meetings[0].level, meetings[0].ordinal, meetings[0].city) == ("summit", 1, None)
    assert [(m.level, m.ordinal, m.city) for m in meetings if m.ordinal == 3] == [("ministerial", 3, "Oslo")]


def test_the_nth_meeting_with_no_forum_named_before_stays_the_main_ones():
    text = ("Leaders gathered in Oslo on Tuesday. The third Central Asia plus Norway summit opened there, "
            "and the third meeting of this format ended with a declaration.")
    assert [(m.level, m.ordinal) for m in read(text).meetings] == [("summit", 3)]


MONDAY_REPORT = dt.date(2027, 3, 2)  # a Tuesday


def test_a_numbered_meeting_held_this_week_is_the_news_beside_a_headline_summit_to_come():
    text = ("Norway and Central Asia prepare the ground for a first summit\n\n"
            "Foreign Minister of Norway Kari Lund convened the 12th Central Asia plus Norway ministerial meeting in Oslo on Monday.")
    main = extract(text, gazetteer=GAZETTEER, published=MONDAY_REPORT).meetings[0]
    assert (main.level, main.ordinal, main.status, main.city) == ("ministerial", 12, "held", "Oslo")


def test_a_headline_summit_to_come_leads_over_a_numbered_meeting_of_years_before():
    text = ("Norway and Central Asia prepare the ground for a first summit on March 20, 2027\n\n"
            "The 12th Central Asia plus Norway ministerial meeting was held in Oslo on May 3, 2024.")
    main = extract(text, gazetteer=GAZETTEER, published=MONDAY_REPORT).meetings[0]
    assert (main.level, main.ordinal, main.status) == ("summit", 1, "planned")


def test_the_same_numbered_meeting_told_held_takes_no_arrival_day():
    text = ("OSLO, March 1, 2027 - Prime Minister Ola Berg met on Monday with Kazakh President Aidar Sultanov ahead of the "
            "second Central Asia plus Norway summit. Sultanov arrived in Oslo earlier Monday to attend the second "
            "Central Asia plus Norway summit.")
    main = extract(text, gazetteer=GAZETTEER, published=MONDAY_REPORT).meetings[0]
    assert main.ordinal == 2 and main.date != dt.date(2027, 3, 1)
