"""A meeting's city, host, day and sides as the genre tells them, in sentences of our own."""

import datetime as dt

import pytest

from dialogue.ingest.extract import extract
from dialogue.ingest.gazetteer import Gazetteer

GAZETTEER = Gazetteer.standard()
THURSDAY = dt.date(2027, 3, 4)


def first(text, published=THURSDAY):
    return extract(text, gazetteer=GAZETTEER, published=published).meetings[0]


@pytest.mark.parametrize("text, city, host", [
    ("The third Central Asia plus Norway ministerial meeting was held in the Uzbek city of Samarkand.", "Samarkand", "UZ"),
    ("The third Central Asia plus Norway ministerial meeting took place in Samarkand, Uzbekistan.", "Samarkand", "UZ"),
    ("Turkmenistan hosted the third Central Asia plus Norway ministerial meeting in Avaza.", "Avaza", "TM"),
    ("The third Central Asia plus Norway ministerial meeting, hosted by Turkmenistan in Avaza, ended on Wednesday.", "Avaza", "TM"),
    ("Samarkand hosted the third Central Asia plus Norway ministerial meeting.", "Samarkand", "UZ"),
    ("The third Central Asia plus Norway ministerial meeting convened in Bishkek.", "Bishkek", "KG"),
    ("Ministers gathered in Dushanbe for the third Central Asia plus Norway ministerial meeting.", "Dushanbe", "TJ"),
    ("The first Central Asia plus Norway summit was held on the sidelines of the UN General Assembly in New York.",
     "New York", "US"),
    ("Oslo played host to the first Central Asia plus Norway summit.", "Oslo", "NO"),
    ("The first Central Asia plus Norway summit opened in Oslo on Wednesday.", "Oslo", "NO"),
    ("Foreign ministers of Central Asia and Norway met in Astana for the fourth round of their dialogue.", "Astana", "KZ"),
    ("The fourth Central Asia plus Norway ministerial meeting, held in Kazakhstan's capital Astana, adopted a joint statement.",
     "Astana", "KZ"),
])
def test_the_venue_as_the_genre_tells_it(text, city, host):
    meeting = first(text)
    assert (meeting.city, meeting.host) == (city, host)


@pytest.mark.parametrize("text", [
    "The third Central Asia plus Norway ministerial meeting was held via videoconference.",
    "The third Central Asia plus Norway ministerial meeting was held online, chaired from Oslo by video link.",
])
def test_a_meeting_by_video_has_no_city(text):
    assert first(text).city is None


def test_a_dateline_alone_is_not_the_venue():
    text = ("ASTANA, March 3 (Kazinform) -- The third Central Asia plus Norway ministerial meeting was held "
            "by video link, the Foreign Ministry said.")
    assert first(text).city is None


def test_a_city_where_something_else_happened_is_not_the_venue():
    text = ("The third Central Asia plus Norway ministerial meeting was held in Bishkek. Earlier the Norwegian minister "
            "visited a school in Osh.")
    assert first(text).city == "Bishkek"


@pytest.mark.parametrize("text, day", [
    ("The third Central Asia plus Norway ministerial meeting was held in Bishkek on 14 March 2027.", dt.date(2027, 3, 14)),
    ("The third Central Asia plus Norway ministerial meeting was held in Bishkek on March 2.", dt.date(2027, 3, 2)),
    ("The third Central Asia plus Norway ministerial meeting was held in Bishkek on Tuesday.", dt.date(2027, 3, 2)),
    ("On 1 March 2027, the third Central Asia plus Norway ministerial meeting took place in Bishkek.", dt.date(2027, 3, 1)),
])
def test_the_day_as_the_genre_tells_it(text, day):
    assert first(text).date == day


@pytest.mark.parametrize("text", [
    "The third Central Asia plus Norway ministerial meeting was held in Bishkek last week.",
    "The third Central Asia plus Norway ministerial meeting was held in Bishkek on March 1-2.",
])
def test_a_vague_or_spread_time_gives_no_day(text):
    assert first(text).date is None


def test_all_five_states_and_the_partner_are_the_sides():
    text = "Ministers of all five Central Asian states and Norway met in Bishkek for the Central Asia plus Norway dialogue."
    assert {"KZ", "KG", "TJ", "TM", "UZ", "NO"} <= set(first(text).countries)


def test_a_country_named_as_a_topic_is_not_a_side():
    text = ("The third Central Asia plus Norway ministerial meeting in Bishkek discussed the situation in Afghanistan "
            "and water use.")
    assert "AF" not in first(text).countries


def test_an_observer_invited_to_the_meeting_is_a_side():
    text = ("The foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met Norway's "
            "minister in Bishkek for the Central Asia plus Norway dialogue; Afghanistan took part as an observer.")
    assert "AF" in first(text).countries


@pytest.mark.parametrize("text, city, host", [
    ("BISHKEK, March 3 (Kabar) - The third Central Asia plus Norway ministerial meeting was held in Cholpon-Ata.", "Cholpon-Ata", "KG"),
    ("The third Central Asia plus Norway ministerial meeting was held at the Palace of Independence in Astana.", "Astana", "KZ"),
    ("Tashkent will host the third Central Asia plus Norway ministerial meeting next month.", "Tashkent", "UZ"),
    ("The third Central Asia plus Norway ministerial meeting is due to be held in Ashgabat in May.", "Ashgabat", "TM"),
    ("In Dushanbe, the foreign ministers held the third Central Asia plus Norway ministerial meeting.", "Dushanbe", "TJ"),
])
def test_more_shapes_of_the_venue(text, city, host):
    meeting = first(text)
    assert (meeting.city, meeting.host) == (city, host)


@pytest.mark.parametrize("text, day", [
    ("The third Central Asia plus Norway ministerial meeting was held in Bishkek yesterday.", dt.date(2027, 3, 3)),
    ("The third Central Asia plus Norway ministerial meeting was held in Bishkek on Tuesday, March 2.", dt.date(2027, 3, 2)),
    ("The third Central Asia plus Norway ministerial meeting was held in Bishkek on March 2, 2027.", dt.date(2027, 3, 2)),
])
def test_more_shapes_of_the_day(text, day):
    assert first(text).date == day


@pytest.mark.parametrize("text, sides", [
    ("Foreign ministers of Kazakhstan, Kyrgyzstan and Uzbekistan met their Norwegian counterpart at the Central Asia plus "
     "Norway meeting.", {"KZ", "KG", "UZ", "NO"}),
    ("The Central Asia plus Norway summit gathered the heads of Norway and of the five Central Asian states.",
     {"KZ", "KG", "TJ", "TM", "UZ", "NO"}),
])
def test_more_shapes_of_the_sides(text, sides):
    assert sides <= set(first(text).countries)


def test_a_country_the_partner_pledged_aid_to_is_not_a_side():
    text = ("The Central Asia plus Norway ministerial meeting in Bishkek gathered the five Central Asian ministers. "
            "Norway also pledged aid to Afghanistan and Pakistan for refugees.")
    assert not {"AF", "PK"} & set(first(text).countries)


@pytest.mark.parametrize("text, city, host", [
    ("The summit of Central Asia and Norway, the first of its kind, took place in Oslo on Wednesday.", "Oslo", "NO"),
    ("Leaders of Central Asia and Norway met in Oslo for their first summit.", "Oslo", "NO"),
    ("The Norwegian capital Oslo hosted the first Central Asia plus Norway summit.", "Oslo", "NO"),
    ("The first Central Asia plus Norway summit was held in Norway's capital, Oslo.", "Oslo", "NO"),
    ("On Wednesday, Avaza, a resort on the Caspian coast, hosted the third Central Asia plus Norway ministerial meeting.", "Avaza", "TM"),
    ("Kazakhstan will host the third Central Asia plus Norway ministerial meeting in Astana next year.", "Astana", "KZ"),
])
def test_still_more_shapes_of_the_venue(text, city, host):
    meeting = first(text)
    assert (meeting.city, meeting.host) == (city, host)


@pytest.mark.parametrize("text", [
    "The third Central Asia plus Norway ministerial meeting was held by video link. The Kazakh minister later flew to Berlin.",
    "The third Central Asia plus Norway ministerial meeting was held virtually. Earlier, Norway's minister visited Geneva.",
])
def test_a_city_of_a_later_or_earlier_trip_is_not_the_venue(text):
    assert first(text).city is None


@pytest.mark.parametrize("text, day", [
    ("On Wednesday, the third Central Asia plus Norway ministerial meeting was held in Bishkek.", dt.date(2027, 3, 3)),
    ("The third Central Asia plus Norway ministerial meeting, held in Bishkek on 2 March, adopted a joint statement.",
     dt.date(2027, 3, 2)),
])
def test_still_more_shapes_of_the_day(text, day):
    assert first(text).date == day


def test_a_day_quoted_from_an_earlier_year_is_not_the_meetings_day():
    text = ("The third Central Asia plus Norway ministerial meeting was held in Bishkek. The format was launched "
            "on 12 May 2019 in Oslo.")
    assert first(text).date is None


@pytest.mark.parametrize("text, sides", [
    ("The ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met Norway's minister in Bishkek "
     "for the Central Asia plus Norway meeting.", {"KZ", "KG", "TJ", "TM", "UZ", "NO"}),
    ("The Central Asia plus Norway summit in Oslo gathered the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, "
     "Turkmenistan and Uzbekistan.", {"KZ", "KG", "TJ", "TM", "UZ", "NO"}),
])
def test_the_named_members_and_the_partner_are_the_sides(text, sides):
    assert sides <= set(first(text).countries)


def test_a_country_whose_trade_is_discussed_is_not_a_side():
    text = ("The Central Asia plus Norway ministerial meeting in Bishkek gathered the five Central Asian ministers, "
            "who discussed transit to China and Iran.")
    assert not {"CN", "IR"} & set(first(text).countries)


@pytest.mark.parametrize("tail, day", [
    ("The ministers also discussed preparations for the first Central Asia plus Norway summit, set for April 4, 2027, in Bergen.", "2027-04-04"),
    ("He looked forward to the upcoming second summit of Central Asia and Norway, scheduled for 5 May 2027 in Bergen.", "2027-05-05"),
    ("The next summit of Central Asia and Norway will be held on May 20 in Bergen.", "2027-05-20"),
])
def test_the_day_a_meeting_to_come_is_set_for_is_its_day(tail, day):
    text = f"The third Central Asia plus Norway ministerial meeting was held in Bishkek on Wednesday. {tail}"
    assert extract(text, gazetteer=GAZETTEER, published=THURSDAY).next_meeting.when == day


@pytest.mark.parametrize("tail", [
    "The next summit of Central Asia and Norway will be held in Bergen; ministers meet again on 5 May.",
    "The next summit of Central Asia and Norway will be held in Bergen on 5-6 May.",
    "The next summit of Central Asia and Norway will be held in Bergen, following the forum of 1 March.",
])
def test_a_day_of_something_else_or_several_days_sets_no_day_for_the_meeting_to_come(tail):
    text = f"The third Central Asia plus Norway ministerial meeting was held in Bishkek on Wednesday. {tail}"
    assert extract(text, gazetteer=GAZETTEER, published=THURSDAY).next_meeting.when is None


@pytest.mark.parametrize("text, city, host", [
    ("The first China-Central Asia summit took place in the Chinese city of Xi'an.", "Xi'an", "CN"),
    ("The third Central Asia plus Norway ministerial meeting was held in the Kazakh capital, Astana.", "Astana", "KZ"),
    ("The third Central Asia plus Norway ministerial meeting took place at the Congress Centre in Ashgabat.", "Ashgabat", "TM"),
    ("The C5+1 foreign ministers met on the margins of the UN General Assembly in New York.", "New York", "US"),
])
def test_the_venue_with_its_country_or_building(text, city, host):
    meeting = first(text)
    assert (meeting.city, meeting.host) == (city, host)


@pytest.mark.parametrize("text, day", [
    ("The third Central Asia plus Norway ministerial meeting was held in Bishkek on the 2nd of March.", dt.date(2027, 3, 2)),
    ("The third Central Asia plus Norway ministerial meeting was held in Bishkek on March 2nd.", dt.date(2027, 3, 2)),
])
def test_the_day_with_an_ordinal_suffix(text, day):
    assert first(text).date == day


@pytest.mark.parametrize("text, sides", [
    ("The Central Asia plus Norway summit in Oslo gathered the leaders of the Republic of Kazakhstan, the Kyrgyz Republic "
     "and the Republic of Uzbekistan.", {"KZ", "KG", "UZ", "NO"}),
    ("Presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met the Norwegian Prime Minister in "
     "Oslo for the first Central Asia plus Norway summit.", {"KZ", "KG", "TJ", "TM", "UZ", "NO"}),
])
def test_members_named_in_full_are_sides(text, sides):
    assert sides <= set(first(text).countries)


def test_a_guest_country_that_joined_the_meeting_is_a_side():
    text = ("The leaders of the five Central Asian states met in Astana for their consultative meeting; Azerbaijan's "
            "president took part as a guest of honour.")
    assert "AZ" in first(text).countries


@pytest.mark.parametrize("text, absent", [
    ("The Central Asia plus Norway ministerial meeting in Bishkek gathered the five Central Asian ministers. Russia and "
     "China were not invited.", {"RU", "CN"}),
    ("The Central Asia plus Norway ministerial meeting in Bishkek gathered the five Central Asian ministers, who cited "
     "Singapore as a model for trade.", {"SG"}),
])
def test_countries_left_out_or_cited_are_not_sides(text, absent):
    assert not absent & set(first(text).countries)


def test_the_place_of_an_earlier_edition_in_a_clause_is_not_the_venue():
    text = ("The Central Asia plus Norway summit, which was first held in Kazakhstan in 2019, opened in Bishkek on Wednesday.")
    meeting = first(text)
    assert (meeting.city, meeting.host) == ("Bishkek", "KG")


@pytest.mark.parametrize("text", [
    "The third Central Asia plus Norway ministerial meeting was held in Bishkek on Monday and Tuesday.",
    "The two-day Central Asia plus Norway ministerial meeting, which ended in Bishkek on Wednesday, adopted a statement.",
])
def test_a_meeting_over_days_or_told_by_its_end_has_no_day(text):
    assert first(text).date is None


@pytest.mark.parametrize("text, city, host", [
    ("TASHKENT, March 3 (UzA) -- The third Central Asia plus Norway ministerial meeting was held here on Wednesday.",
     "Tashkent", "UZ"),
    ("BISHKEK, March 3 -- Foreign ministers of the Central Asia plus Norway format met here on Wednesday for their third meeting.",
     "Bishkek", "KG"),
    ("The third Central Asia plus Norway ministerial meeting, which Kyrgyzstan hosted in its resort town of Cholpon-Ata, "
     "ended on Wednesday.", "Cholpon-Ata", "KG"),
])
def test_a_dateline_the_text_says_here_of_and_a_resort_town_are_venues(text, city, host):
    meeting = first(text)
    assert (meeting.city, meeting.host) == (city, host)


@pytest.mark.parametrize("text, city", [
    ("TASHKENT, March 3 (UzA) -- Officials here said the third Central Asia plus Norway ministerial meeting was held in "
     "Bishkek on Wednesday.", "Bishkek"),
    ("TASHKENT, March 3 (UzA) -- The third Central Asia plus Norway ministerial meeting was held by video link; experts "
     "gathered here later.", None),
])
def test_here_of_something_else_leaves_the_dateline_aside(text, city):
    assert first(text).city == city


@pytest.mark.parametrize("text", [
    "Norway, Central Asia set stage for a first summit\n\nNorway and the five Central Asian countries are gearing up for "
    "their first-ever summit.",
    "Norway and the five Central Asian countries are gearing up for their first summit of Central Asia and Norway.",
])
def test_a_summit_the_sides_gear_up_for_is_still_to_come(text):
    assert first(text).status == "planned"


def test_the_written_day_after_a_weekday_dates_the_meeting_even_where_they_disagree():
    text = "The third Central Asia plus Norway ministerial meeting was held in Bishkek on Monday, March 2."
    assert first(text).date == dt.date(2027, 3, 2)


@pytest.mark.parametrize("text, day", [
    ("On March 29, 2027, the Norwegian foreign minister will welcome his Central Asian counterparts in Oslo for the fourth "
     "Central Asia plus Norway ministerial meeting.", dt.date(2027, 3, 29)),
    ("On 29 March, Norway will host the fourth Central Asia plus Norway ministerial meeting in Oslo.", dt.date(2027, 3, 29)),
])
def test_the_day_a_sentence_about_a_meeting_to_come_opens_on_is_its_day(text, day):
    meeting = first(text)
    assert (meeting.status, meeting.date) == ("planned", day)
