"""Two sides' talks told as a summit or a meeting (a state visit's talks) are no meeting of the format, in sentences
of our own."""

import pytest

from dialogue.ingest.extract import extract
from dialogue.ingest.gazetteer import Gazetteer


def read(text):
    return extract(text, gazetteer=Gazetteer.standard())


@pytest.mark.parametrize("text", [
    "Prime Minister Ola Berg will hold a summit with President Nurlan Abenov and attend a signing ceremony in Almaty.",
    "The visit will include a summit with President Olim Rashidov and a business forum in Samarkand.",
    "Trade with Central Asia grew, Kazakh President Nurlan Abenov said at a meeting with Norway’s Prime Minister Ola Berg in Astana.",
])
def test_a_summit_with_one_leader_followed_by_other_plans_is_talks(text):
    assert read(text).meetings == []


@pytest.mark.parametrize("text", [
    "The meeting between Uzbek President Olim Rashidov and Berg led to a dozen agreements with Central Asia's largest market.",
    "The summit between Norway and Kazakhstan ended with a joint statement on Central Asia.",
])
def test_a_meeting_between_two_named_sides_is_talks(text):
    assert read(text).meetings == []


def test_a_meeting_between_a_partner_and_the_region_is_the_format_meeting():
    text = "The meeting between Norway and Central Asia took place in Oslo on Monday."
    assert [m.status for m in read(text).meetings] == ["held"]


def test_the_meeting_named_after_talks_with_one_leader_is_those_talks():
    text = ("Trade with Central Asia grew, Kazakh President Nurlan Abenov said at a meeting with Norway’s Prime Minister "
            "Ola Berg in Astana. As part of the meeting, five documents were signed.")
    assert read(text).meetings == []


@pytest.mark.parametrize("text", [
    "President Ola Berg and Kazakhstan’s President Nurlan Abenov agreed to deepen bilateral trade during their summit on Monday. "
    "The summit took place in Astana on the first day of Berg’s state visit to the Central Asian country.",
    "Presidents Berg and Abenov signed six deals at their meeting in Astana. During the meeting, the two leaders also "
    "discussed a railway to Central Asia's south.",
])
def test_a_summit_every_sentence_of_which_tells_of_two_sides_is_a_visit_not_a_format_meeting(text):
    assert read(text).meetings == []


def test_a_summit_of_the_partner_and_the_five_is_a_format_meeting_though_two_leaders_talk():
    text = ("President Ola Berg and the five Central Asian leaders adopted a declaration at their summit in Astana. "
            "During the summit, the two leaders of Norway and Kazakhstan also held bilateral talks.")
    assert [m.level for m in read(text).meetings] == ["summit"]


def test_a_meeting_with_the_president_of_a_country_named_is_talks():
    text = ("President Ola Berg, during the meeting with President of Tajikistan Olim Rashidov in Oslo, suggested a "
            "dialogue with Central Asia.")
    assert read(text).meetings == []


def test_the_meeting_named_after_another_bodys_meeting_is_that_bodys():
    text = ("The presidents of Uzbekistan and Kazakhstan held the first meeting of the Supreme Interstate Council in "
            "Tashkent. After the meeting, the presidents launched projects across Central Asia.")
    assert read(text).meetings == []


def test_a_meeting_told_as_a_sign_of_two_countries_relations_is_their_talks_though_a_format_is_named():
    text = ("The meeting in Oslo is the first in years, a signal of warming relations between Uzbekistan and Norway, "
            "strategic partners. They also touched upon the Central Asia+Norway format.")
    assert read(text).meetings == []


def test_a_meeting_told_as_a_sign_of_relations_with_the_region_is_the_format_meeting():
    text = "The meeting in Oslo is the first in years, a signal of warming relations between Norway and Central Asia."
    assert [m.status for m in read(text).meetings] == ["held"]
