"""Who put an initiative forward, in the shapes news reports use, in sentences of our own."""

import pytest


def _found(read, text):
    return {(i.title, i.proposed_by) for i in read(text).initiatives}


def _proposer(read, text, word):
    """The proposer of the one initiative whose title holds `word`."""
    (proposer,) = [i.proposed_by for i in read(text).initiatives if word in i.title]
    return proposer


# "he" standing for a person the report calls by the family name that opens the full name
_FILLER = "The talks covered water, energy, transport, trade, schools and the climate of the mountain valleys. " * 5


@pytest.mark.parametrize("text, word, proposer", [
    ("Kyrgyz President Toktomatov Aibek welcomed Mongolian Prime Minister Batbayar Enkh. Batbayar spoke of trade. "
     "Toktomatov replied on water. In particular, he proposed a regional glacier monitoring centre.", "glacier", "KG"),
    ("Mongolian Prime Minister Batbayar Enkh arrived on Monday. " + _FILLER + "Batbayar listed three priorities. "
     "He then announced support for the construction of a northern rail corridor.", "rail corridor", "MN"),
])
def test_he_stands_for_the_person_last_called_by_any_word_of_the_name(read, text, word, proposer):
    assert _proposer(read, text, word) == proposer


def test_he_with_no_one_named_shortly_before_is_not_given_the_first_person_named(read):
    text = ("Mongolian Prime Minister Batbayar Enkh arrived on Monday. " + _FILLER + _FILLER
            + "He then announced support for the construction of a northern rail corridor.")
    assert _proposer(read, text, "rail corridor") is None


# "was put forward by the leader of X": a post in lower case stands for its country
@pytest.mark.parametrize("text, word, proposer", [
    ("The initiative to hold regular meetings of the region's water ministers was put forward by the leader of Kyrgyzstan in 2019.",
     "water ministers", "KG"),
    ("The idea of a joint seed bank was proposed by the president of Mongolia at the United Nations.", "seed bank", "MN"),
    ("The ministers backed a regional fund for glacier research, first suggested by the head of Tajikistan.", "glacier", "TJ"),
])
def test_a_passive_proposal_by_a_post_of_a_country_is_that_countrys(read, text, word, proposer):
    assert _proposer(read, text, word) == proposer


def test_a_thing_praised_by_a_post_is_not_proposed_by_it(read):
    text = "The new seed bank in Osh was praised by the president of Mongolia during his visit."
    assert not any("seed bank" in title for title, _ in _found(read, text))


# "..., with X announcing Y": the one announcing proposes
@pytest.mark.parametrize("text, word, proposer", [
    ("Trade dominated the talks, with Norway announcing the establishment of a venture fund for small firms in the region.",
     "venture fund", "NO"),
    ("Energy was high on the agenda, with Iceland announcing a geothermal training centre in Bishkek.", "geothermal", "IS"),
])
def test_a_country_announcing_something_in_a_with_clause_proposes_it(read, text, word, proposer):
    assert _proposer(read, text, word) == proposer


def test_announcing_a_result_is_no_initiative(read):
    text = "The talks ended late, with Norway announcing the results of the vote."
    assert not any("results" in title for title, _ in _found(read, text))


# the one met in a meeting named inside the subject is not the proposer
@pytest.mark.parametrize("text, word, proposer", [
    ("President of Chile Ana Torres during the meeting with President of Peru Luis Vega in Lima suggested creating a joint "
     "glacier institute.", "glacier", "CL"),
    ("Norway, at a meeting with Iceland in Oslo, proposed a regional fisheries council.", "fisheries", "NO"),
])
def test_the_country_met_in_the_subject_is_not_the_proposer(read, text, word, proposer):
    assert _proposer(read, text, word) == proposer


def test_two_countries_proposing_together_are_no_single_proposer(read):
    assert _proposer(read, "Norway and Iceland proposed a regional fisheries council.", "fisheries") is None


# a people's word in the object of what the subject did first ("recalled a Japanese proverb, proposing ...")
@pytest.mark.parametrize("text, word, proposer", [
    ("Kyrgyz President Aibek Toktomatov arrived on Monday. In reply, Toktomatov recalled a Japanese proverb about patience, "
     "proposing annual summits of the six leaders.", "annual summits", "KG"),
    ("Kyrgyz President Aibek Toktomatov arrived on Monday. Toktomatov praised a Chinese company for its work, proposing a joint "
     "logistics hub in Osh.", "logistics hub", "KG"),
])
def test_a_peoples_word_in_an_earlier_object_is_not_the_proposer(read, text, word, proposer):
    assert _proposer(read, text, word) == proposer


def test_a_peoples_word_opening_the_subject_is_the_proposer(read):
    assert _proposer(read, "A Japanese delegation proposed a joint logistics hub in Osh.", "logistics hub") == "JP"


# what is praised or named again is not put forward
def test_projects_someone_is_satisfied_with_are_not_proposed(read):
    text = "The minister expressed satisfaction with the support of Norway for large projects, such as a ferry terminal and a grain hub."
    assert not any("ferry" in title or "grain" in title for title, _ in _found(read, text))


def test_projects_put_forward_with_such_as_are_still_proposed(read):
    text = "Norway proposed new projects, such as a ferry terminal and a grain hub."
    assert any("ferry terminal" in title for title, _ in _found(read, text))


def test_a_programme_in_apposition_is_no_second_initiative(read):
    text = "Norway unveiled the Fjord Connectivity Initiative, a five-year programme including projects worth $2 billion."
    found = _found(read, text)
    assert ("Fjord Connectivity Initiative", "NO") in found
    assert not any("five-year" in title for title, _ in found)


def test_a_thing_named_again_with_this_is_no_new_initiative(read):
    text = "Back in 2019 Chile was the first state to propose this yearly Andes dialogue forum."
    assert not any(title.lower().startswith("this") for title, _ in _found(read, text))


@pytest.mark.parametrize("text", [
    "China proposed to increase grain trade and build a joint logistics hub.",
    "China proposed to expand trade in cotton and build a joint logistics hub.",
])
def test_more_trade_is_a_wish_but_what_is_built_is_an_initiative(read, text):
    found = _found(read, text)
    assert any("logistics hub" in title for title, _ in found)
    assert not any("trade" in title for title, _ in found)


def test_a_forum_during_which_people_met_is_an_event_not_an_initiative(read):
    text = ("The second stop was the Almaty Mining Forum, during which she met the Kazakh president to discuss joint "
            "projects and support for new mines.")
    assert not any("Mining Forum" in title for title, _ in _found(read, text))


def test_a_list_inside_brackets_after_a_proposal_is_not_its_items(read):
    text = ("Norway made the proposal at the summit in Oslo, attended by the Nordic Council (which includes Denmark, Finland and "
            "Iceland) and guests.")
    assert not any(title in ("Finland", "Iceland", "Denmark") or "guests" in title for title, _ in _found(read, text))


# a plan a side says it will draw up is one it puts forward
@pytest.mark.parametrize("text, word, proposer", [
    ("“To help farmers, Mongolia will draw up a joint plan for pasture restoration with the region,” Enkh said.", "pasture", "MN"),
    ("The minister said that Norway would formulate programmes for cooperation in fish farming with the five countries.",
     "fish farming", "NO"),
    ("Chile will provide $2 million (1.8 million euros) in grants to the region and develop a roadmap for copper recycling, "
     "its minister said on Friday.", "copper", "CL"),
])
def test_a_plan_a_country_will_draw_up_is_its_initiative(read, text, word, proposer):
    assert _proposer(read, text, word) == proposer


def test_developing_cooperation_is_no_plan(read):
    text = "Norway will develop cooperation with the five countries in fish farming."
    assert not any("fish" in title for title, _ in _found(read, text))


# "we should speed up the construction of X": X is put forward by whoever says so
@pytest.mark.parametrize("text, word, proposer", [
    ("“We should speed up the construction of the Osh-Kashgar railway and the Naryn dam,” Toktomatov said. "
     "Kyrgyz President Aibek Toktomatov spoke first.", "railway", "KG"),
    ("“We must accelerate the completion of the northern power line,” said Mongolian Prime Minister Batbayar Enkh.", "power line", "MN"),
])
def test_speeding_up_the_construction_of_something_proposes_it(read, text, word, proposer):
    assert _proposer(read, text, word) == proposer


def test_speeding_up_reforms_is_no_initiative(read):
    text = "“We must accelerate reforms and cut red tape,” Enkh said."
    assert _found(read, text) == set()


# "a proposal to consider a X and invest in a Y": two things, each without its frame
def test_a_proposal_to_consider_one_thing_and_invest_in_another_gives_both(read):
    text = "Norway put forward a proposal to consider a regional seed bank and invest in a northern ferry line, Oslo said."
    found = {title for title, _ in _found(read, text)}
    assert "regional seed bank" in found
    assert any(title.startswith("northern ferry line") for title in found)


# "the host country offered ...": the host the report named
@pytest.mark.parametrize("text, word, proposer", [
    ("Mongolia hosted the summit. The host country offered to set up a permanent secretariat in Ulaanbaatar.", "secretariat", "MN"),
    ("The talks were hosted by Chile in Santiago. The host also proposed an annual copper forum.", "copper", "CL"),
    ("Host Mongolia opened the talks. Chile spoke next. The host side proposed to create a regional pasture council.", "pasture", "MN"),
])
def test_the_host_stands_for_the_country_named_as_host(read, text, word, proposer):
    assert _proposer(read, text, word) == proposer


def test_the_host_with_no_host_named_is_not_guessed(read):
    text = "The leaders met in a mountain resort. The host country offered to set up a permanent secretariat there."
    assert _proposer(read, text, "secretariat") is None


# "the initiative of the President of X to ...", "X's idea of ...": whose the proposal is
@pytest.mark.parametrize("text, word, proposer", [
    ("The ministers backed the initiative of the President of Kyrgyzstan to create a regional glacier research centre.",
     "glacier", "KG"),
    ("The sides supported the proposal of the Mongolian side to hold an annual pasture forum.", "pasture", "MN"),
    ("The summit endorsed Mongolia's idea of creating a regional pasture council.", "pasture", "MN"),
])
def test_a_proposal_owned_by_a_post_a_side_or_a_country_is_theirs(read, text, word, proposer):
    assert _proposer(read, text, word) == proposer


def test_a_proposal_of_a_meeting_is_no_ones(read):
    assert _found(read, "The summit discussed the proposal of the Summit to hold more talks.") == set()


def test_the_support_a_proposal_received_is_not_part_of_its_title(read):
    text = "Kyrgyzstan's proposal to establish a regional water council received broad support."
    assert _found(read, text) == {("establish a regional water council", "KG")}


# "X addressed the summit. The proposals included ...": the list is the speaker's
@pytest.mark.parametrize("text", [
    ("Mongolian Prime Minister Batbayar Enkh addressed the summit. He said the region needs more water. "
     "Among the proposals were a regional seed bank and a glacier fund."),
    "Mongolian Prime Minister Batbayar Enkh spoke at the plenary session. The proposals included a regional seed bank and a glacier fund.",
])
def test_a_list_of_the_proposals_after_a_speaker_is_the_speakers(read, text):
    assert _found(read, text) == {("regional seed bank", "MN"), ("glacier fund", "MN")}


@pytest.mark.parametrize("text", [
    "The ministers of Mongolia and Kyrgyzstan spoke at the plenary session. The proposals included a regional seed bank and a glacier fund.",
    "Mongolian Prime Minister Batbayar Enkh arrived on Monday. The talks were long. The proposals included a regional seed bank and a glacier fund.",
])
def test_a_list_of_the_proposals_after_no_single_speaker_is_no_ones(read, text):
    assert _found(read, text) == {("regional seed bank", None), ("glacier fund", None)}


def test_the_need_to_set_up_something_stressed_by_a_speaker_is_their_proposal(read):
    text = "Kyrgyz President Aibek Toktomatov addressed the summit. He stressed the need to create a regional glacier research centre."
    assert _found(read, text) == {("create a regional glacier research centre", "KG")}


def test_the_need_to_create_conditions_is_no_initiative(read):
    text = "Kyrgyz President Aibek Toktomatov addressed the summit. He stressed the need to create favourable conditions for investors."
    assert _found(read, text) == set()


# what a country means to set up, or presses others to, it puts forward
@pytest.mark.parametrize("text, word, proposer", [
    ("Japan intends to launch a regional scholarship programme for engineers.", "scholarship", "JP"),
    ("Uzbekistan urged the creation of a regional water council.", "water council", "UZ"),
    ("Kazakhstan called on partners to create a regional logistics hub.", "logistics hub", "KZ"),
    ("Mongolia stands ready to host the secretariat of a regional pasture council.", "pasture", "MN"),
])
def test_an_intention_or_an_urging_to_set_something_up_is_a_proposal(read, text, word, proposer):
    assert _proposer(read, text, word) == proposer


@pytest.mark.parametrize("text", [
    "Attention was paid to student exchanges and plans to establish a joint university in Osh.",
    "President Berg is planning to establish a summit between Norway and the five countries next year.",
    "Norway urged the partners to respect the deadlines.",
])
def test_plans_as_a_noun_a_single_summit_or_an_urging_of_conduct_is_no_proposal(read, text):
    assert all(proposer is None for _, proposer in _found(read, text))
    assert not any("summit" in title or "deadlines" in title for title, _ in _found(read, text))


@pytest.mark.parametrize("text, title", [
    ("Kyrgyz President Aibek Toktomatov proposed to the partners to set up a regional water council.", "set up a regional water council"),
    ("Kyrgyz President Aibek Toktomatov proposed to his counterparts the creation of a regional water council.",
     "creation of a regional water council"),
])
def test_to_whom_a_thing_is_proposed_is_not_part_of_its_title(read, text, title):
    assert _found(read, text) == {(title, "KG")}


def test_partners_inside_a_title_stay(read):
    text = "Kyrgyz President Aibek Toktomatov proposed regular partners meetings on water."
    assert _found(read, text) == {("regular partners meetings on water", "KG")}


# a headline's present tense: "X proposes / calls for / offers to / floats Y"
@pytest.mark.parametrize("headline, title", [
    ("Mongolia proposes regional pasture council at summit", "regional pasture council"),
    ("Mongolia calls for regional pasture council", "regional pasture council"),
    ("Mongolia offers to host regional pasture council", "host regional pasture council"),
    ("Mongolia floats idea of regional seed bank", "regional seed bank"),
])
def test_a_headline_in_the_present_puts_forward_what_it_names(read, headline, title):
    assert _found(read, headline + "\nULAANBAATAR, May 3. The summit opened today.") == {(title, "MN")}


def test_what_a_plan_calls_for_is_not_put_forward_by_anyone(read):
    text = "The plan calls for creating a regional pasture council. It calls for linking the two regions."
    assert _found(read, text) == set()
