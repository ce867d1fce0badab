"""Proposals set out one to a line under a heading, and the other shapes of the ninth batch's round, in sentences of our own."""

import pytest


def _found(read, text):
    return [(i.title, i.proposed_by) for i in read(text).initiatives]


@pytest.mark.parametrize("text, expected", [
    # a count of proposals, then a heading with the verb that puts them forward
    ("Finnish Foreign Minister Aino Virta set out three proposals at the meeting.\nVirta urged the partners to:\n"
     "- Open a joint school of forestry\n- Train young rangers together\n- Share data on lake levels\n",
     [("Open a joint school of forestry", "FI"), ("Train young rangers together", "FI"), ("Share data on lake levels", "FI")]),
    # the heading names the proposals and who announced them; lines that are sentences tell about an item
    ("The talks covered trade.\n- Initiatives announced by Canada:\n- A grant scheme for rural clinics in the region.\n"
     "- It is hoped that the scheme will start soon.\n- Creation of a council of mining chambers.\nOther news\n",
     [("grant scheme for rural clinics in the region", "CA"), ("Creation of a council of mining chambers", "CA")]),
    # numbered items, the proposer as the heading's subject
    ("Chile put forward the following proposals:\n1. a Pacific research fund\n2. student exchanges between ports\n",
     [("Pacific research fund", "CL"), ("student exchanges between ports", "CL")]),
])
def test_the_lines_under_a_heading_of_proposals_are_its_initiatives(read, text, expected):
    assert sorted(_found(read, text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "The EU has prepared a package for the region. Of this amount:\n- part will support roads\n- part will fund water projects\n",
    "The leaders discussed several areas:\n- transport and logistics links\n- green energy cooperation\n",
    "Initiatives implemented so far:\n- a regional seed bank\n- a youth exchange\n",
    "Chile put forward the following proposals:\n- An additional USD 2 billion in loans for ports.\n",
])
def test_lists_of_other_things_or_of_past_deeds_give_no_initiative(read, text):
    assert _found(read, text) == []


@pytest.mark.parametrize("text, expected", [
    # an opening clause that tells why is not the proposer's clause
    ("Because the countries need to share water, Chile proposed a regional river council.", [("regional river council", "CL")]),
    ("Recognising that all states face droughts, Chile suggested creating a joint drought fund.", [("creating a joint drought fund", "CL")]),
    # "the importance of creating a ...": what one stresses the need of, one puts forward
    ("Chile stressed the importance of creating a regional river council.", [("creating a regional river council", "CL")]),
    ("Chile noted the need for establishing a joint seed bank in the south.", [("establishing a joint seed bank in the south", "CL")]),
])
def test_more_ways_of_putting_a_thing_forward(read, text, expected):
    assert _found(read, text) == expected


@pytest.mark.parametrize("text", [
    "Chile stressed the importance of building trust among the partners.",
    "Chile stressed the importance of creating a favourable climate for investors.",
    "Chile called for increased flows of goods and capital.",
    "The sides announced the strengthening of business and transport contacts between the two regions.",
    "Chile offered to assist the development of ports along the coast and support the countries in the field of robotics.",
    "Chile presented itself as the first to come, having launched a permanent council for ideas.",
    "He stressed mutual support in cooperation bodies and in the various 'Central Asia Plus' formats.",
    "The 6th Cooperation Forum “Central Asia-the Republic of Chile” took place in Santiago.",
])
def test_wishes_help_past_deeds_and_format_names_are_not_initiatives(read, text):
    assert _found(read, text) == []


def test_he_after_a_person_of_no_known_country_is_not_the_proposer_before(read):
    text = "Chile proposed a river council. Secretary-General Ana Lopez of the Pacific Union spoke next. She also proposed a regional seed bank."
    assert ("regional seed bank", "CL") not in _found(read, text)


def test_projects_listed_with_no_verb_of_putting_forward_are_not_proposed(read):
    text = "Brazil stressed the role of Brazilian firms in transport projects, including the building of railways and ports."
    assert _found(read, text) == []


def test_projects_listed_after_a_verb_of_putting_forward_are_proposed(read):
    text = "Brazil proposed new projects, including a railway school and a port fund."
    assert _found(read, text) == [("railway school", "BR"), ("port fund", "BR")]


def test_a_name_after_a_comma_in_a_list_of_proposals_is_an_item_of_its_own(read):
    text = "Brazil proposed a Soybean Research Institute, the Amazon Water Partnership and a youth forum."
    assert sorted(_found(read, text)) == [("Amazon Water Partnership", "BR"), ("Soybean Research Institute", "BR"), ("youth forum", "BR")]


def test_a_list_of_proposals_with_semicolons_is_split_at_each(read):
    text = "Brazil put forward three initiatives: a glacier fund; a river council; and a youth forum."
    assert _found(read, text) == [("glacier fund", "BR"), ("river council", "BR"), ("youth forum", "BR")]


def test_a_heading_naming_whose_proposals_they_are_gives_their_proposer(read):
    text = "Brazil's proposals:\n• A coffee council for the region\n• A seed bank in Manaus\n"
    assert _found(read, text) == [("coffee council for the region", "BR"), ("seed bank in Manaus", "BR")]


def test_a_list_of_outcomes_told_as_sentences_gives_no_initiative(read):
    assert _found(read, "Key outcomes:\n- The leaders adopted a joint statement\n- A coffee council was set up\n") == []


@pytest.mark.parametrize("text", [
    "Brazil welcomed the launch of the new railway last year.",
    "Brazil welcomed the creation of the river council in 2021.",
    "Brazil proposed to discuss the issue at the next meeting.",
    "Brazil suggested to study these matters in more detail.",
])
def test_a_launch_welcomed_after_the_fact_or_a_matter_to_discuss_is_no_initiative(read, text):
    assert _found(read, text) == []


def test_a_launch_welcomed_with_no_time_past_stays_and_is_not_the_welcomers(read):
    assert _found(read, "Brazil welcomed the creation of a regional river council.") == [("creation of a regional river council", None)]


def test_considering_the_possibility_of_a_thing_proposes_the_thing(read):
    text = "Brazil proposed to consider the possibility of creating a joint coffee venture."
    assert _found(read, text) == [("creating a joint coffee venture", "BR")]


def test_a_line_that_tells_who_proposed_what_is_not_itself_a_title(read):
    text = "Main proposals:\n- Brazil proposed a joint working group on water.\n- Joint exercises of rescue teams\n"
    assert _found(read, text) == [("joint working group on water", "BR"), ("Joint exercises of rescue teams", None)]


@pytest.mark.parametrize("text, expected", [
    # "X put forward the following:": a verb of proposing says what the list is, with no noun for it
    ("Kyrgyz President Aibek Toktomatov spoke first. Toktomatov also put forward the following:\n- a regional water council;\n"
     "- a joint seed bank.\n", [("regional water council", "KG"), ("joint seed bank", "KG")]),
    ("Chile suggested the following:\n1. a Pacific research fund\n2. a school for port pilots\n",
     [("Pacific research fund", "CL"), ("school for port pilots", "CL")]),
    # "He made several proposals:": the one named before makes them
    ("Kyrgyz President Aibek Toktomatov spoke first. He made several proposals:\n- a regional water council;\n- a joint seed bank.\n",
     [("regional water council", "KG"), ("joint seed bank", "KG")]),
])
def test_a_heading_that_only_puts_forward_the_following_is_a_list_of_proposals(read, text, expected):
    assert sorted(_found(read, text)) == sorted(expected)


def test_the_following_after_a_verb_that_proposes_nothing_is_no_list_of_proposals(read):
    text = "Kyrgyz President Aibek Toktomatov spoke first. He announced the following:\n- a regional water council;\n- a joint seed bank.\n"
    assert _found(read, text) == []


@pytest.mark.parametrize("text, expected", [
    # proposals counted, then one to a sentence that opens with an ordinal; a sentence about a step may come between
    ("China proposed five steps to deepen ties. First, the two sides should build a regional trade hub in Kashgar. Second, "
     "they should set up a joint fund for water projects. This would help farmers. Third, to open a joint school of engineering.",
     [("build a regional trade hub in Kashgar", "CN"), ("set up a joint fund for water projects", "CN"),
      ("open a joint school of engineering", "CN")]),
    ("Chile made a three-point proposal. Firstly, the leaders should establish a copper council. Secondly, trade must grow.",
     [("three-point proposal", "CL"), ("establish a copper council", "CL")]),
])
def test_proposals_counted_then_set_out_one_to_a_sentence_are_each_an_initiative(read, text, expected):
    assert sorted(_found(read, text)) == sorted(expected)


def test_points_agreed_and_set_out_one_to_a_sentence_are_no_ones_proposals(read):
    text = "The ministers reached five points of consensus. First, the six countries will create a joint mechanism for dialogue."
    assert _found(read, text) == []


_ITEMS = "\n- a regional water council;\n- a joint seed bank.\n"


@pytest.mark.parametrize("text", [
    "Kyrgyz President Aibek Toktomatov addressed the summit. His proposals:" + _ITEMS,
    "Kyrgyz President Aibek Toktomatov addressed the summit. The proposals put forward by the President:" + _ITEMS,
    "Kyrgyz President Aibek Toktomatov addressed the summit and made a number of proposals, including:" + _ITEMS,
    "Kyrgyz President Aibek Toktomatov addressed the summit.\nKey proposals:" + _ITEMS,
])
def test_a_list_whose_heading_names_no_country_is_the_speakers_before_it(read, text):
    assert sorted(_found(read, text)) == [("joint seed bank", "KG"), ("regional water council", "KG")]


def test_a_list_the_sides_put_forward_together_is_no_ones(read):
    text = ("Kyrgyz President Aibek Toktomatov and Mongolian Prime Minister Batbayar Enkh met. The sides put forward the "
            "following proposals:" + _ITEMS)
    assert sorted(_found(read, text)) == [("joint seed bank", None), ("regional water council", None)]
