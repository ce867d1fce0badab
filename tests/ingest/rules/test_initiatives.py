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
    text = "“Today I announced four fresh contracts on lithium and a fund for mining schools,” Berg told reporters."
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
    text = "The Kazakh minister spoke of digital links, including the creation of the new Central Asia–Norway Data Hub."
    assert [i.title for i in read(text).initiatives] == ["Central Asia–Norway Data Hub"]


@pytest.mark.parametrize("text, expected", [
    ("The ministers agreed to support the new EU Strategy for Ferries adopted in June.", ("EU Strategy for Ferries", "EU")),
    ("The ministers agreed to support the EU's Northern Rail Initiative.", ("Northern Rail Initiative", "EU")),
])
def test_a_name_opening_with_a_country_or_its_acronym_is_that_countrys(read, text, expected):
    assert expected in titles(read(text))


def test_a_quoted_name_a_person_introduced_is_their_countrys(read):
    text = ("Norwegian Prime Minister Ola Berg visited Astana on Monday. "
            "While in Astana, he introduced the \"Fjord Bridge\" initiative for young engineers.")
    assert ("Fjord Bridge", "NO") in titles(read(text))


def test_a_format_name_opening_a_name_gives_it_no_owner(read):
    text = "The ministers launched the Norway-Central Asia Ferry Fund for small ports."
    assert all(owner is None for title, owner in titles(read(text)) if "Ferry Fund" in title)


def test_a_country_proposed_name_is_an_adjective_not_a_proposal_of_what_follows(read):
    text = "The sides will implement the Norway-proposed Fjord Safety Initiative and assist the region in clearing mines."
    found = _found(read, text)
    assert ("Fjord Safety Initiative", "NO") in found
    assert not any(title.startswith("assist") for title, _ in found)


def test_proposing_as_a_participle_proposes(read):
    text = ("Norwegian Prime Minister Ola Berg spoke at the summit. "
            "He stressed farming, proposing the creation of seed banks in the mountains.")
    assert _found(read, text) == [("creation of seed banks in the mountains", "NO")]


def test_a_decision_to_do_something_is_what_was_decided(read):
    (item,) = read("The talks closed with a joint decision to hold a new ferry forum by autumn.").initiatives
    assert "ferry forum" in item.title and item.proposed_by is None


def test_partners_named_aside_do_not_share_the_project(read):
    text = "Norway, in partnership with Iceland and Denmark, is developing a project to lay a power cable under the sea."
    assert _found(read, text) == [("project to lay a power cable under the sea", "NO")]


@pytest.mark.parametrize("text", [
    "The sides pledged to open new opportunities for young people.",
    "Norway called for safeguarding regional peace.",
    "Each country presented its vision of cooperation with Norwegian firms.",
    "Norway and its five partners agreed to set up a summit in 2028.",
    "Norwegian firms are to be encouraged to hire local staff.",
    "The minister encouraged the Nordic States to invest in ports.",
    "Participants put forward ideas and initiatives to pool efforts and deepen ties.",
    "The proposals presented and the progress achieved were impressive.",
    "He cited successful Norwegian projects such as fish farms and ferry lines.",
    "The President announced Iceland's accession to the format as a full member.",
])
def test_aims_views_meetings_and_past_deeds_are_not_initiatives(read, text):
    assert _found(read, text) == []


def test_a_regular_meeting_is_a_mechanism_and_stays(read):
    assert _found(read, "Norway proposed holding an annual summit of the six leaders.") == [
        ("holding an annual summit of the six leaders", "NO")]


def test_the_last_item_of_a_text_cut_off_mid_word_is_dropped(read):
    text = "Norway proposes to build a rail link, open a ferry line, incr"
    assert [title for title, _ in _found(read, text)] == ["build a rail link", "open a ferry line"]


def test_a_description_after_the_name_is_no_part_of_it(read):
    text = "Norway proposed a Concept for Arctic Cooperation, supported by a network of think tanks."
    assert [title for title, _ in _found(read, text)] == ["Concept for Arctic Cooperation"]
    text = "Norwegian Prime Minister Ola Berg made a six-point proposal ranging from trade to culture and safeguarding peace."
    assert _found(read, text) == [("six-point proposal", "NO")]


@pytest.mark.parametrize("text", [
    'The forum themed "Norway and Asia: Partners for Growth" drew experts on energy cooperation.',
    "She lauded the partnership, calling it “A Decade of Fjords”.",
    "The ministers signed a Joint Statement on a Deeper Partnership in Fisheries and agreed on trade.",
    "Oslo hosted the first Nordic Energy Forum, where plans were announced.",
])
def test_themes_labels_titles_and_events_are_not_initiatives(read, text):
    assert _found(read, text) == []


def test_supporting_a_named_route_does_not_make_it_ones_own(read):
    assert ("Middle Corridor", None) in _found(read, "Norway again voiced its support for the Middle Corridor.")


def test_they_after_one_sides_sentence_is_that_side(read):
    text = "The Norwegian side stressed youth ties. They proposed double degree programmes and a student centre."
    assert _found(read, text) == [("double degree programmes", "NO"), ("student centre", "NO")]


def test_the_president_stands_for_the_person_last_named(read):
    text = ("Norwegian Prime Minister Ola Berg spoke on trade. "
            "The Prime Minister placed emphasis on digital ties, including the creation of a Nordic Data Hub.")
    assert ("Nordic Data Hub", "NO") in _found(read, text)


def test_a_capital_that_announces_speaks_for_its_country(read):
    text = "Oslo also announced the launch of a joint robotics partnership with the region."
    assert _found(read, text) == [("launch of a joint robotics partnership with the region", "NO")]


def test_a_title_too_long_for_a_name_ends_at_its_first_comma(read):
    text = ("Norway is willing to widen cooperation with the five countries in Arctic Route Shipping Services, ship repair and "
            "maintenance, polar research, glacier monitoring, tourism, vocational training and fisheries.")
    assert _found(read, text) == [("widen cooperation with the five countries in Arctic Route Shipping Services", "NO")]


@pytest.mark.parametrize("text, title", [
    ("The ministers adopted the Roadmap for Northern Cooperation in Ferries and Ports.", "Roadmap for Northern Cooperation in Ferries and Ports"),
    ("Several documents were adopted, among them an Initiative to Widen Cooperation between the Ports of the North in the "
     "Field of Shipping.", "Initiative to Widen Cooperation between the Ports of the North in the Field of Shipping"),
])
def test_a_name_opening_with_its_head_noun_in_title_case(read, text, title):
    assert (title, None) in _found(read, text)


def test_a_plus_sign_is_part_of_a_name(read):
    assert ("Oslo CA+NOR Initiative", "NO") in _found(read, "Norway unveiled the Oslo CA+NOR Initiative for ports.")


def test_a_quoted_i_is_the_speaker_named_after_the_quote(read):
    text = ("Norwegian Prime Minister Ola Berg spoke at the summit. "
            "“This morning I have made the decision to open a trade office in Almaty,” Berg said.")
    assert _found(read, text) == [("open a trade office in Almaty", "NO")]


def test_our_named_agenda_is_the_speakers_and_needs_no_verb(read):
    text = ("Norwegian Prime Minister Ola Berg spoke at the summit. "
            "“For years now our Northern Gateway investment agenda has put the mountain valleys first,” Berg said.")
    assert ("Northern Gateway investment agenda", "NO") in _found(read, text)


def test_a_countrys_named_strategy_needs_no_verb_but_a_body_it_has_does(read):
    found = _found(read, "Loans were signed under the EU’s Northern Gateway strategy, worth millions.")
    assert ("Northern Gateway strategy", "EU") in found
    assert _found(read, "The minister chairs the session of the EU’s Ministerial Council this year.") == []


def test_who_said_it_with_a_long_post_is_not_part_of_the_name(read):
    text = ("The ministers agreed to establish a joint panel on glaciers, Ministry of Foreign Affairs Secretary "
            "(North) Ola Berg said.")
    assert [title for title, _ in _found(read, text)] == ["establish a joint panel on glaciers"]


def test_a_clause_saying_what_it_is_for_ends_the_name(read):
    text = "The talks closed with a joint decision to hold a new ferry forum, primarily focused on raising funds for ports."
    assert [title for title, _ in _found(read, text)] == ["hold a new ferry forum"]


def test_a_quoted_aim_with_and_inside_is_one_aim_and_no_initiative(read):
    assert _found(read, "The leaders urged ‘reaching a fair and durable accord’ and restated their principles.") == []


def test_two_gerunds_after_a_preposition_are_one_item(read):
    text = "The sides agreed to set up a joint centre in the field of detecting and fighting wildfires."
    assert [title for title, _ in _found(read, text)] == ["set up a joint centre in the field of detecting and fighting wildfires"]


def test_a_text_cut_off_keeps_what_came_before_the_clause_that_was_cut(read):
    text = "Norway, for its part, has made the decision to open a consulate in Khujand where no Nordic embassy has yet had an off"
    assert _found(read, text) == [("open a consulate in Khujand", "NO")]


def test_a_named_route_is_an_initiative_whatever_the_verb_but_not_its_other_name(read):
    text = "The Arctic Sea Route, also known as the Northern Corridor, will cut shipping times to Europe by half."
    assert _found(read, text) == [("Arctic Sea Route", None)]


def test_an_old_route_set_against_a_new_one_is_not_proposed(read):
    text = "It is an alternative to the traditional Southern Corridor through the mountains."
    assert _found(read, text) == []


def test_projects_counted_and_then_told_one_by_one_are_each_an_initiative(read):
    text = ("The minister outlined three projects the sides agreed to launch. The first is a network of weather stations to "
            "warn mountain villages of coming floods, mudslides and avalanches early enough for all families to leave their homes. "
            "The second seeks to help small firms export. The third, the minister said, is aimed at training "
            "nurses in rural clinics.")
    assert [title for title, _ in _found(read, text)] == [
        "network of weather stations", "help small firms export", "training nurses in rural clinics"]


def test_an_ordinal_sentence_with_nothing_counted_before_is_no_initiative(read):
    assert _found(read, "The first is a matter of money. The second is a matter of time.") == []


def test_among_the_initiatives_presented_were_names_what_was_put_forward_and_not_its_parts(read):
    text = ("Among the initiatives presented were plans for clean water in villages, including wells, "
            "filters and pipes.")
    assert [title for title, _ in _found(read, text)] == ["plans for clean water in villages"]


def test_a_headlines_future_tells_what_the_sides_will_do(read):
    text = "- Norway, Central Asia to commission an atlas of mountain plants and opens a museum of glaciers in Bishkek."
    assert _found(read, text) == [("commission an atlas of mountain plants", None), ("opens a museum of glaciers in Bishkek", None)]


def test_names_in_a_list_of_what_already_runs_are_not_proposed(read):
    text = "He outlined initiatives currently in operation in Norway, including the Nordic Data Hub and the ‘Fjord Lab’ for start-ups."
    assert _found(read, text) == []


def test_a_quoted_format_name_after_its_dialogue_is_not_an_initiative(read):
    text = "The meeting of the Strategic Dialogue ‘Central Asia – Nordic Council (NC)’ launched cooperation on ports."
    assert not any("Nordic Council" in title for title, _ in _found(read, text))


@pytest.mark.parametrize("text", [
    'The prime minister hailed "a landmark Fisheries and Shipping Deal" with Norway.',
    "The ministers unveiled a €2 billion investment package for the ports and railways they had listed.",
    "The sides called for settling the mountain conflict through talks.",
    "The ministers agreed that the Central Asia-Norway Cooperation Forum is growing every year.",
])
def test_deals_unnamed_packages_settlements_and_the_formats_own_forum_are_not_initiatives(read, text):
    assert _found(read, text) == []


def test_a_named_package_with_its_sum_is_an_initiative(read):
    assert [title for title, _ in _found(read, "Norway unveiled a €2 billion Green Fjord package for the region.")] == [
        "€2 billion Green Fjord package for the region"]


def test_proposals_announced_with_a_colon_are_listed_after_it(read):
    text = ("Norwegian Prime Minister Ola Berg put forward several proposals: creating a regional water council, "
            "launching a ferry fund and holding an annual youth forum.")
    assert _found(read, text) == [("creating a regional water council", "NO"), ("launching a ferry fund", "NO"),
                                  ("holding an annual youth forum", "NO")]


@pytest.mark.parametrize("text, name", [
    ("Norway announced the Fjord and Road Partnership to link ports.", "Fjord and Road Partnership"),
    ("Norway initiated the creation of a Nordic Council of Elders.", "Nordic Council of Elders"),
])
def test_a_name_goes_on_after_its_head_with_a_second_head_or_of(read, text, name):
    assert name in [title for title, _ in _found(read, text)]


def test_we_propose_in_a_quote_is_the_speakers_proposal(read):
    text = ('Norwegian Prime Minister Ola Berg spoke first. "We propose to establish a regional centre for glacier studies '
            'in Bergen," he said.')
    assert _found(read, text) == [("establish a regional centre for glacier studies in Bergen", "NO")]


def test_what_was_done_to_a_proposal_is_no_part_of_it(read):
    assert _found(read, "Norway's proposal on a regional fjord agenda was welcomed by the participants.") == [
        ("regional fjord agenda", "NO")]


def test_the_initiative_named_by_a_peoples_word_is_that_countrys(read):
    text = "The participants supported the Norwegian initiative to create a regional seed bank."
    assert _found(read, text) == [("create a regional seed bank", "NO")]


def test_proposals_that_included_things_are_those_things(read):
    text = "The initiatives put forward by Norway include a fjord ferry consortium and a regional seed bank."
    assert _found(read, text) == [("fjord ferry consortium", "NO"), ("regional seed bank", "NO")]


def test_an_aside_after_the_verb_does_not_hide_what_was_proposed(read):
    text = "The Norwegian side also proposed, among other things, the establishment of a regional ferry council."
    assert _found(read, text) == [("establishment of a regional ferry council", "NO")]
