"""Named initiatives, in sentences of our own."""

import pytest


def titles(extraction):
    return {(i.title, i.proposed_by) for i in extraction.initiatives}


def test_a_named_initiative_keeps_its_name_and_its_owner(read):
    text = "The ministers agreed to support Norway's Fjord Connectivity Initiative, and to meet again in spring."
    assert ("Fjord Connectivity Initiative", "NO") in titles(read(text))


def test_a_named_initiative_is_not_swallowed_by_the_clause_after_it(read):
    text = "Norway proposed the Northern Water Partnership, saying it would link rivers across the region."
    assert ("Northern Water Partnership", "NO") in titles(read(text))


def test_a_place_named_as_a_basis_is_not_an_initiative(read):
    text = "It was proposed to draw up a list of projects on the basis of the Bishkek Innovation Centre."
    assert not any(title.endswith("Innovation Centre") and len(title.split()) <= 3 for title, _ in titles(read(text)))


def test_the_format_name_is_not_an_initiative(read):
    text = 'The ministers welcomed progress and agreed to develop the "Central Asia plus Norway" dialogue.'
    assert not any("Norway" in title for title, _ in titles(read(text)))


def test_when_it_was_said_is_not_part_of_an_initiatives_name(read):
    text = "Norway launched the Fjord Business Council on Thursday with the five countries."
    assert ("Fjord Business Council", "NO") in titles(read(text))


def test_a_clause_is_not_an_initiative(read):
    text = "The ministers agreed to the launch, which Norway plans to support."
    assert not any("which" in title for title, _ in titles(read(text)))


def _found(read, text):
    return [(i.title, i.proposed_by) for i in read(text).initiatives]


def test_a_proposal_of_several_things_each_with_its_article_is_a_list(read):
    text = "Norway proposed a regional water council, a joint fund for glacier research and an annual youth forum."
    assert _found(read, text) == [("regional water council", "NO"), ("joint fund for glacier research", "NO"),
                                  ("annual youth forum", "NO")]


@pytest.mark.parametrize("text, title, proposer", [
    ("Uzbekistan suggested that the sides set up a working group on transport corridors.",
     "set up a working group on transport corridors", "UZ"),
    ("Tajikistan initiated the creation of an international water platform.", "creation of an international water platform", "TJ"),
    ("Uzbekistan came up with a proposal to launch a regional climate fund.", "launch a regional climate fund", "UZ"),
    ("The sides supported Kazakhstan's initiative to create a regional centre for digital skills in Almaty.",
     "create a regional centre for digital skills in Almaty", "KZ"),
    ("Kazakhstan is ready to host a regional centre for the digital economy, he said.", "regional centre for the digital economy", "KZ"),
    ("A plan for a joint glacier observatory was put forward by Kyrgyzstan in 2019.", "plan for a joint glacier observatory", "KG"),
    ("Norway is willing to share its experience of fish farming with the region.", "share its experience of fish farming with the region",
     "NO"),
])
def test_proposals_in_the_genres_other_phrasings(read, text, title, proposer):
    assert _found(read, text) == [(title, proposer)]


def test_initiated_in_a_place_proposes_nothing(read):
    assert _found(read, "The dialogue initiated in Bergen in 2019 has grown.") == []


def test_he_who_proposes_is_the_person_named_before(read):
    text = ("Kyrgyz President Sadyr Japarov met the Norwegian prime minister. "
            "He proposed holding an investment forum in Bishkek next year.")
    assert _found(read, text) == [("holding an investment forum in Bishkek", "KG")]


def test_a_name_in_single_quotes_owned_by_a_country_is_its_initiative(read):
    text = "Norway's 'Fjord Link' initiative was on the agenda of the talks."
    assert ("Fjord Link", "NO") in _found(read, text)


def test_a_purpose_of_two_verbs_is_one_item(read):
    text = "The ministers welcomed the creation of a network of universities to develop and promote exchanges of students."
    assert _found(read, text) == [("creation of a network of universities to develop and promote exchanges of students", None)]


def test_a_list_of_nominal_proposals_after_commas_is_split_where_each_begins(read):
    text = ("Norway proposed joint glacier surveys, expansion of the fjord school network, creation of the Arctic Skills Centre "
            "and holding annual youth ski races.")
    assert _found(read, text) == [("joint glacier surveys", "NO"), ("expansion of the fjord school network", "NO"),
                                  ("creation of the Arctic Skills Centre", "NO"), ("holding annual youth ski races", "NO")]


def test_a_proposal_in_the_present_tense_with_its_verbs_listed(read):
    text = "On transport, Norway proposes to build a northern rail link, accelerate the opening of a ferry line and cut border delays."
    assert _found(read, text) == [("build a northern rail link", "NO"), ("accelerate the opening of a ferry line", "NO"),
                                  ("cut border delays", "NO")]


def test_a_numbered_proposal_made_by_a_leader_is_an_initiative(read):
    text = "Norwegian Prime Minister Ola Berg made a six-point proposal on energy and water at the summit."
    assert _found(read, text) == [("six-point proposal on energy and water", "NO")]


def test_an_apostrophe_does_not_close_a_quotation_into_a_name(read):
    text = "“President Ola Berg’s visit to Astana opened a new chapter in the partnership,” the minister said."
    assert _found(read, text) == []


def test_contracts_announced_are_not_initiatives_and_who_told_it_is_no_part_of_a_name(read):
    text = "“Today I announced three new contracts on rare metals and a fund for mining schools,” Berg told reporters."
    assert _found(read, text) == [("fund for mining schools", None)]


def test_a_proposal_ends_where_a_clause_about_it_begins(read):
    (item,) = read("The Norwegian minister suggested to set up a standing water commission, which would meet twice a year.").initiatives
    assert (item.title, item.proposed_by) == ("set up a standing water commission", "NO")


def test_two_infinitives_joined_by_and_to_are_two_proposals(read):
    text = "Norway proposed to open a regional seed bank and to hold a forum on mountain farming."
    assert [i.title for i in read(text).initiatives] == ["open a regional seed bank", "hold a forum on mountain farming"]


def test_who_said_it_is_not_part_of_what_was_decided(read):
    (item,) = read("Norway and the five countries decided to set up a joint working group on glaciers, the foreign ministry said.").initiatives
    assert item.title == "set up a joint working group on glaciers"


def test_what_the_leaders_agreed_will_be_held_is_an_initiative_of_them_all(read):
    (item,) = read("The leaders agreed that joint flood drills will be held between Norway and interested countries.").initiatives
    assert (item.title, item.proposed_by) == ("joint flood drills", None)


def test_a_name_joined_by_a_dash_keeps_both_sides(read):
    text = "The Kyrgyz President stressed digital ties, including the creation of a Central Asia–Norway Data Hub."
    assert [i.title for i in read(text).initiatives] == ["Central Asia–Norway Data Hub"]


@pytest.mark.parametrize("text, expected", [
    ("The ministers agreed to support the new EU Strategy for Ferries adopted in June.", ("EU Strategy for Ferries", "EU")),
    ("The ministers agreed to support the EU's Northern Rail Initiative.", ("Northern Rail Initiative", "EU")),
])
def test_a_name_opening_with_a_country_or_its_acronym_is_that_countrys(read, text, expected):
    assert expected in titles(read(text))


def test_a_quoted_name_a_person_introduced_is_their_countrys(read):
    text = ("Norwegian Prime Minister Ola Berg visited Astana on Monday. "
            "During the trip, he introduced the \"Fjord Bridge\" initiative for young engineers.")
    assert ("Fjord Bridge", "NO") in titles(read(text))


def test_a_format_name_opening_a_name_gives_it_no_owner(read):
    text = "The ministers launched the Norway-Central Asia Ferry Fund for small ports."
    assert all(owner is None for title, owner in titles(read(text)) if "Ferry Fund" in title)
