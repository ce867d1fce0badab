"""The format's rotating chair, in sentences of our own."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Kyrgyzstan, the current chair of the Dialogue, will host the next round.", ("KG", None)),
    ("During Tajikistan's chairmanship in 2026 the sides met four times.", ("TJ", "2026")),
    ("The chairmanship passes to Turkmenistan after the summit.", ("TM", None)),
    ("Uzbekistan will chair the format in 2028, the ministers decided.", ("UZ", "2028")),
])
def test_the_chair_of_the_format_is_read_with_its_year_when_given(read, text, expected):
    assert [(c.country, c.start) for c in read(text).chairs] == [expected]


def test_chairing_one_meeting_is_not_chairing_the_format(read):
    assert read("The meeting was chaired by the Norwegian foreign minister Ingrid Dahl.").chairs == []


@pytest.mark.parametrize("text", [
    'In 2027 Tajikistan will take over presidency in the "Central Asia plus Norway" Dialogue.',
    'The ministers decided that Tajikistan will take the duty of "Central Asia plus Norway" Dialogue Chairmanship in 2027.',
])
def test_a_member_said_to_take_over_the_dialogues_chair_in_a_year_chairs_from_then(read, text):
    chairs = read(text).chairs
    assert [(c.country, c.start) for c in chairs] == [("TJ", "2027")]


def test_a_presidency_of_another_body_is_no_chair_of_the_format(read):
    assert read("In 2027 Tajikistan will take over presidency in the Shanghai Cooperation Organisation.").chairs == []
