"""Goals of more or less, and things no member puts forward, are no initiatives; things made or set up stay.
Sentences of our own."""

import pytest


def _titles(read, text):
    return [i.title for i in read(text).initiatives]


@pytest.mark.parametrize("text", [
    "Ireland and Chile also agreed to expand Irish firms’ participation in Chile’s port and rail projects.",
    "The two presidents agreed to boost the share of local currencies in mutual settlements.",
    "Norway pledged to provide 2,500 internship opportunities to Andean students over three years.",
    "Portugal proposes to increase the number of study grants for students from the region.",
    "Delegates are expected to propose ways of raising trade between Iceland and the region.",
    "He outlined plans to triple aid programmes in the region to improve living conditions.",
    "The Union is ready to actively support the region's efforts towards these goals.",
    "Officials announced that the forum was agreed to be held every three years in Lima and Quito in turn.",
    "Peru will benefit from a EUR 90 million loan for irrigation projects, including initiatives to restore wetlands in the Andes, in collaboration with the Nordic Water Agency.",
    "The Kremlin aide announced Maria Lopes’s participation in the forum.",
    "She said that Chile will announce Chile's policy of supporting these reforms.",
    "The ministers welcomed the launch of the building of a copper smelter by the Andes Metals Chilean-Norwegian company.",
    "He recalled that the Chilean leader and he announced together the establishment of a comprehensive strategic partnership between Peru and Chile.",
    "Chile proposed to continue constructive bilateral and multilateral dialogue through a stronger version of the format.",
    "Norway proposed cooperation in agriculture, the peaceful use of atomic energy and tourism.",
])
def test_goals_and_others_deeds_are_no_initiatives(read, text):
    assert _titles(read, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Norway proposed to open a regional office of the Nordic Investment Bank in Lima.", "regional office of the Nordic Investment Bank"),
    ("The ministers agreed to establish a permanent secretariat of the forum.", "permanent secretariat"),
    ("Chile suggested launching double degree programmes with Andean universities.", "double degree programmes"),
])
def test_things_to_set_up_stay_initiatives(read, text, expected):
    titles = _titles(read, text)
    assert any(expected in title for title in titles), titles


@pytest.mark.parametrize("text, expected", [
    ("Norway proposed the establishment of three research centres on glacier monitoring, fisheries science and coastal protection and restoration.",
     ["research centre on glacier monitoring", "research centre on fisheries science", "research centre on coastal protection and restoration"]),
    ("Chile suggested creating two joint laboratories for soil and water.", ["joint laboratory for soil", "joint laboratory for water"]),
])
def test_heads_counted_over_a_list_of_fields_are_one_initiative_each(read, text, expected):
    assert sorted(_titles(read, text)) == sorted(expected)


def test_a_count_that_does_not_fit_the_list_stays_one_initiative(read):
    titles = _titles(read, "Norway proposed the establishment of two research centres on glaciers, fisheries and coasts.")
    assert len(titles) == 1 and "glaciers" in titles[0], titles


@pytest.mark.parametrize("text", [
    "The minister said the forum embodied what President Lopes called the “Andes Mountains Spirit,” which means mutual respect.",
    "Chile proposed to uphold the 'Spirit of Lake Titicaca' in all joint work.",
])
def test_a_motto_in_quotes_is_no_initiative(read, text):
    assert _titles(read, text) == []


def test_people_listed_after_a_mechanism_are_no_initiative_of_their_own(read):
    text = "The sides agreed to hold regular meetings of farm ministers, as well as Heads of National Water Agencies to deepen work in these fields."
    titles = _titles(read, text)
    assert titles and not any(title.startswith("Heads") for title in titles), titles


@pytest.mark.parametrize("text", [
    "Last year a school named after Pablo Neruda and this year the Violeta Children's Arts Center were inaugurated in Puno.",
    "Last year, a clinic and the Andes Youth Development Center were officially inaugurated in the capital.",
])
def test_a_building_opened_is_no_initiative(read, text):
    assert _titles(read, text) == []


@pytest.mark.parametrize("text, proposer", [
    ("The loans fit the European Union’s Andes Gateway strategy.", "EU"),
    ("The projects follow the United Kingdom's Glacier Shield Initiative.", "GB"),
])
def test_an_owner_of_two_words_owns_the_named_initiative(read, text, proposer):
    assert [(i.proposed_by) for i in read(text).initiatives] == [proposer]


@pytest.mark.parametrize("text, expected", [
    ("Chile stressed that it is necessary to provide a safe shipping lane across the lake.", "safe shipping lane across the lake"),
    ("Norway stressed the need to build a regional seed bank for mountain farmers.", "regional seed bank for mountain farmers"),
])
def test_a_thing_said_to_be_needed_is_an_initiative(read, text, expected):
    assert any(expected in title for title in _titles(read, text)), _titles(read, text)


@pytest.mark.parametrize("text", [
    "Chile stressed that it is necessary to provide a helping hand to the region's farmers.",
    "Norway said it is important to provide a lasting solution to the water dispute.",
])
def test_help_said_to_be_needed_is_no_initiative(read, text):
    assert _titles(read, text) == []


def test_a_need_voiced_inside_a_quote_is_the_speakers_proposal(read):
    text = ("Ana Torres, the Foreign Minister of Chile, addressed the ministerial meeting. She noted that the lake basin was drying up.\n"
            "“We must act together. It is necessary to create a basin water council to share the data.”")
    found = [(i.title, i.proposed_by) for i in read(text).initiatives]
    assert len(found) == 1 and "basin water council" in found[0][0] and found[0][1] == "CL", found


def test_a_need_told_by_the_report_itself_has_no_proposer(read):
    text = "Ana Torres, the Foreign Minister of Chile, addressed the ministerial meeting.\nIt is necessary to create a basin water council, experts say."
    assert [i.proposed_by for i in read(text).initiatives] == [None]
