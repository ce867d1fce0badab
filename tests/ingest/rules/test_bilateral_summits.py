"""Talks of two told as their summit, or as a short conversation, in sentences of our own."""

import pytest


def pairs(extraction):
    return {frozenset(name.split()[-1] for name in talk.between) for talk in extraction.bilaterals}


@pytest.mark.parametrize("text, expected", [
    # "A and B agreed ... during their summit"
    ("President Ola Berg and Chile's President Marta Reyes have agreed to deepen their ties during their summit on Monday.", {"Berg", "Reyes"}),
    ("Prime Minister Ingrid Dahl and President Farrukh Nazarov signed a visa accord after their talks in Oslo.", {"Dahl", "Nazarov"}),
    # "A will hold a summit with B"
    ("Norwegian President Ola Berg starts a tour of the Andes. On Tuesday, Berg will arrive in Lima and hold a summit with President Ana Quispe before a business forum.", {"Berg", "Quispe"}),
    ("President Ola Berg held a bilateral summit with Chilean President Marta Reyes in Santiago.", {"Berg", "Reyes"}),
    # "had a brief conversation with B"
    ("President Ola Berg had a brief conversation with Prime Minister Lucia Ferri at the Oslo Airport after her arrival.", {"Berg", "Ferri"}),
])
def test_talks_of_two_told_as_their_summit_or_a_short_talk(read, text, expected):
    assert frozenset(expected) in pairs(read(text))


def test_a_place_named_after_a_town_is_no_side(read):
    text = "President Ola Berg had a brief conversation with Prime Minister Lucia Ferri at the Oslo Airport after her arrival."
    assert pairs(read(text)) == {frozenset({"Berg", "Ferri"})}


@pytest.mark.parametrize("text", [
    "President Ola Berg held a summit with Marta Reyes, Ana Quispe and Lucia Ferri in Lima.",
    "President Ola Berg and Chile's President Marta Reyes will attend the summit of the five countries.",
])
def test_a_summit_of_many_is_no_talks_of_two(read, text):
    assert read(text).bilaterals == []


def test_he_after_a_family_name_first_is_that_person(read):
    text = ("Korean President Lee Min Ho began a tour of the region. On Tuesday, Lee will travel to Lima, Peru, for a visit. "
            "He will hold a summit with Peruvian President Ana Quispe on trade.")
    assert frozenset({"Ho", "Quispe"}) in pairs(read(text))


@pytest.mark.parametrize("text", [
    "Berg meets foreign minister Ana Quispe in Lima, Peru (Kari Lie/PA)",
    "Prime Minister Ola Berg meets President Ana Quispe in Lima (Photo: Kari Lie / Reuters).",
])
def test_a_photo_credit_names_no_side(read, text):
    assert all("Lie" not in " ".join(talk.between) for talk in read("Norwegian Prime Minister Ola Berg toured Peru. " + text).bilaterals)
