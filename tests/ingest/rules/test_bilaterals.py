"""Bilateral talks as the genre writes them, in sentences of our own."""

import pytest


def pairs(extraction):
    return {frozenset(name.split()[-1] for name in talk.between) for talk in extraction.bilaterals}


@pytest.mark.parametrize("text, expected", [
    ("Norwegian Foreign Minister Ingrid Dahl held talks with Kyrgyz Foreign Minister Aibek Toktomatov.", {"Dahl", "Toktomatov"}),
    ("Norwegian Foreign Minister Ingrid Dahl met with President Ruslan Kadyrbekov in Bishkek.", {"Dahl", "Kadyrbekov"}),
    ("Uzbek Foreign Minister Olim Rashidov and his Norwegian counterpart Ingrid Dahl met in Tashkent.", {"Rashidov", "Dahl"}),
    ("Norwegian Foreign Minister Ingrid Dahl said after talks with Tajik Foreign Minister Farrukh Nazarov that the sides agreed.", {"Dahl", "Nazarov"}),
    ("During his bilateral meeting with President Ruslan Kadyrbekov, Prime Minister Ola Berg proposed a joint fund.", {"Kadyrbekov", "Berg"}),
])
def test_talks_between_two_named_people_are_read_in_the_forms_reports_use(read, text, expected):
    assert frozenset(expected) in pairs(read(text))


def test_talks_with_a_list_of_people_give_one_pair_each(read):
    text = "Foreign Minister Ingrid Dahl held separate meetings with Olim Rashidov (Uzbekistan) and Farrukh Nazarov (Tajikistan)."
    assert pairs(read(text)) == {frozenset({"Dahl", "Rashidov"}), frozenset({"Dahl", "Nazarov"})}


def test_meeting_a_group_without_naming_anyone_gives_no_pair(read):
    assert read("Prime Minister Ola Berg met with the five countries' foreign ministers.").bilaterals == []


def test_a_surname_alone_as_the_subject_is_the_person_named_in_full_before(read):
    text = ("The EU envoy Ingrid Dahl arrived in Dushanbe on Monday. "
            "Dahl will then hold talks with President Farrukh Nazarov of Tajikistan.")
    assert frozenset({"Dahl", "Nazarov"}) in pairs(read(text))


def test_a_separate_meeting_with_no_subject_is_the_protagonists(read):
    text = ("Kazakh Foreign Minister Aibek Toktomatov attended the Central Asia plus Norway ministerial meeting in Oslo. "
            "A separate meeting with Norway's Prime Minister, Ola Berg, followed.")
    assert frozenset({"Toktomatov", "Berg"}) in pairs(read(text))


def test_a_country_as_subject_is_no_person(read):
    text = "Norway will also hold talks with President Farrukh Nazarov of Tajikistan, the ministry said."
    assert all("Norway" not in talk.between for talk in read(text).bilaterals)



def test_a_name_that_only_says_whose_relative_someone_is_takes_no_part_in_the_talks(read):
    found = pairs(read("Oslo, 3 May. Norwegian Prime Minister Ingrid Dahl arrived in Tashkent. Kari Dahlberg, an adviser "
                       "and Dahl's daughter, said she met Uzbek Foreign Minister Olim Rashidov."))
    assert frozenset({"Dahl", "Rashidov"}) not in found and frozenset({"Dahlberg", "Rashidov"}) in found


@pytest.mark.parametrize("text", [
    "The plan was announced after the meeting of Norwegian Foreign Minister Kari Dahl with Kazakh Foreign Minister Murat Sarsen in New York.",
    "Talks between Norwegian Foreign Minister Kari Dahl and Kazakh Foreign Minister Murat Sarsen took place in Oslo.",
])
def test_the_meeting_of_one_with_another_and_talks_between_two_are_bilateral_talks(read, text):
    assert [set(talk.between) for talk in read(text).bilaterals] == [{"Kari Dahl", "Murat Sarsen"}]


def test_the_meeting_of_the_ministers_is_no_bilateral(read):
    text = "The meeting of the ministers of Norway and Kazakhstan with the five Central Asian ministers took place in Oslo."
    assert read(text).bilaterals == []


def test_a_leader_receiving_a_named_visitor_holds_talks_with_them(read):
    text = "Kyrgyz President Ruslan Kadyrbekov received Norwegian Foreign Minister Ingrid Dahl in Bishkek."
    assert pairs(read(text)) == {frozenset({"Kadyrbekov", "Dahl"})}


def test_receiving_a_letter_or_a_group_is_no_talks(read):
    assert read("President Ruslan Kadyrbekov received a letter from Norwegian Prime Minister Ola Berg.").bilaterals == []
    assert read("Kyrgyz President Ruslan Kadyrbekov received the foreign ministers of all five states.").bilaterals == []


def test_a_post_stands_for_the_one_person_of_the_report_who_holds_it(read):
    text = ("Kyrgyz President Ruslan Kadyrbekov arrived in Oslo on Monday. "
            "In Oslo, the president of Kyrgyzstan met with Norwegian Prime Minister Ola Berg.")
    assert pairs(read(text)) == {frozenset({"Kadyrbekov", "Berg"})}


def test_two_people_who_discussed_something_in_a_bilateral_meeting_held_talks(read):
    text = ("Kyrgyz President Ruslan Kadyrbekov and Norwegian Prime Minister Ola Berg opened the forum. "
            "Kadyrbekov and Berg discussed hydropower during a bilateral meeting.")
    assert frozenset({"Kadyrbekov", "Berg"}) in pairs(read(text))


def test_the_head_of_state_is_the_president_the_passage_named_last(read):
    text = ("Kyrgyz President Ruslan Kadyrbekov arrived in Oslo, where Tajik President Daler Nazarov had landed a day before. "
            "Kadyrbekov opened the forum. The Head of State then held meetings with King Harald and Prime Minister Ola Berg.")
    assert pairs(read(text)) >= {frozenset({"Kadyrbekov", "Harald"}), frozenset({"Kadyrbekov", "Berg"})}
    assert not any("Nazarov" in pair for pair in pairs(read(text)))


def test_representatives_of_companies_are_no_one_to_hold_talks_with(read):
    text = "President Ruslan Kadyrbekov met with representatives of Norwegian firms, including Fjord Engineering and Hardanger Steel."
    assert read(text).bilaterals == []


def test_attending_a_meeting_with_someone_is_talks_with_them(read):
    text = "Norwegian Prime Minister Ola Berg attends a meeting with Kyrgyz President Ruslan Kadyrbekov in Oslo."
    assert pairs(read(text)) == {frozenset({"Berg", "Kadyrbekov"})}


def test_talks_in_a_city_between_two_people_each_with_a_post_after_the_name(read):
    text = ("Talks in Bergen between Aibek Toktomatov, Foreign Minister of Kyrgyzstan, and Ingrid Dahl, "
            "Foreign Minister of Norway, ended with a memorandum.")
    assert pairs(read(text)) == {frozenset({"Toktomatov", "Dahl"})}


def test_a_given_name_joined_by_a_hyphen_stays_whole_on_the_other_side(read):
    talks = read("Talks in Oslo between Ingrid Dahl and Nur-Aiym Sultanova covered fisheries.").bilaterals
    assert [set(talk.between) for talk in talks] == [{"Ingrid Dahl", "Nur-Aiym Sultanova"}]


def test_a_post_stands_for_its_one_holder_whose_country_is_unsaid_other_than_the_one_met(read):
    text = ("President Olim Rashidov began his state visit on Monday. "
            "In the evening the president of Uzbekistan held talks with President Harald Lie in Bergen.")
    assert frozenset({"Rashidov", "Lie"}) in pairs(read(text))


def test_a_body_or_a_country_named_after_a_meeting_is_no_one_to_talk_with(read):
    text = ("The meeting of the Northern Fisheries Council with Norway, the United Arab Emirates and Iceland "
            "was held in Bergen.")
    assert pairs(read(text)) == set()


@pytest.mark.parametrize("text, expected", [
    # talks named by their noun, with no "held"
    ("Kyrgyz President Aibek Toktomatov opened his visit to Oslo with negotiations with Prime Minister Ola Berg.", {"Toktomatov", "Berg"}),
    ("Prime Minister Ola Berg called his talks with Uzbek President Olim Rashidov a turning point.", {"Berg", "Rashidov"}),
    # on the telephone
    ("Prime Minister Ola Berg and Kazakh President Nurlan Abenov held a telephone conversation on Tuesday.", {"Berg", "Abenov"}),
    ("In a telephone conversation, Prime Minister Ola Berg and President Nurlan Abenov discussed the transit corridor.", {"Berg", "Abenov"}),
    ("Prime Minister Ola Berg spoke by phone with Kazakh President Nurlan Abenov.", {"Berg", "Abenov"}),
    # on the sidelines, both named before the verb
    ("On the sidelines of the summit, Prime Minister Ola Berg and President Olim Rashidov discussed energy supplies.", {"Berg", "Rashidov"}),
    ("In a meeting with Kazakh President Nurlan Abenov, Prime Minister Ola Berg praised the reforms.", {"Berg", "Abenov"}),
    ("Prime Minister Ola Berg praised the reforms in a telephone conversation with President Nurlan Abenov.", {"Berg", "Abenov"}),
    ("Prime Minister Ola Berg sat down with Kazakh President Nurlan Abenov on Friday.", {"Berg", "Abenov"}),
    # a pronoun standing for the person the sentence before named
    ("Foreign Minister Ingrid Dahl left for Tashkent on Monday. There, she will meet with Uzbek President Olim Rashidov.", {"Dahl", "Rashidov"}),
])
def test_talks_written_without_held_or_met_are_read_too(read, text, expected):
    assert frozenset(expected) in pairs(read(text))


@pytest.mark.parametrize("text", [
    "Prime Minister Ola Berg discussed energy supplies with business leaders, and President Olim Rashidov spoke at the forum.",
    "Prime Minister Ola Berg called for talks with the armed groups, President Olim Rashidov said.",
    "Prime Minister Ola Berg and President Olim Rashidov attended the opening ceremony.",
])
def test_two_people_in_one_sentence_without_talks_between_them_are_no_pair(read, text):
    assert frozenset({"Berg", "Rashidov"}) not in pairs(read(text))


@pytest.mark.parametrize("text", [
    "Prime Minister Ola Berg is planning a phone call with Kazakh President Nurlan Abenov to settle the matter.",
    "Prime Minister Ola Berg proposed talks with Kazakh President Nurlan Abenov, the ministry said.",
])
def test_talks_only_planned_or_proposed_are_no_pair(read, text):
    assert read(text).bilaterals == []


def test_a_photo_credit_after_the_talks_is_no_person(read):
    text = ("President Nurlan Abenov attends a meeting with Prime Minister Ola Berg in Oslo. Kari Lie | NTB | Getty Images "
            "The five presidents came to Oslo for one-on-one talks with Prime Minister Ola Berg.")
    assert pairs(read(text)) == {frozenset({"Abenov", "Berg"})}


def test_a_given_name_that_is_also_a_towns_is_still_a_name(read):
    text = "Prime Minister Ola Berg arrived in Oslo. Later, Saida Normatova said she met Berg in the capital."
    assert frozenset({"Normatova", "Berg"}) in pairs(read(text))


def test_a_pronoun_with_nobody_named_in_the_sentence_before_gives_no_pair(read):
    text = ("Foreign Minister Ingrid Dahl arrived in Oslo. The summit opened on Monday. "
            "There, she will meet with Uzbek President Olim Rashidov.")
    assert frozenset({"Dahl", "Rashidov"}) not in pairs(read(text))


@pytest.mark.parametrize("text, expected", [
    # two people named before a meeting of their own, with its number
    ("Presidents Olim Rashidov and Harald Lie, visiting Samarkand that week, held the first meeting of their joint council.",
     {"Rashidov", "Lie"}),
    ("Prime Minister Ola Berg and President Nurlan Abenov held their second round of talks in Oslo.", {"Berg", "Abenov"}),
    # a lone surname opening the main clause after "following talks with"
    ("Nurlan Abenov toured the plant. Speaking after talks with Norwegian Prime Minister Ola Berg, Abenov praised the corridor.",
     {"Abenov", "Berg"}),
    # "the head (or leader) of a country" standing for its president
    ("President of Kyrgyzstan Aibek Toktomatov arrived in Oslo. The Head of Kyrgyzstan received Ingrid Dahl, chief executive of a shipyard.",
     {"Toktomatov", "Dahl"}),
    ("Kyrgyz President Aibek Toktomatov flew to Oslo. There, the Kyrgyz leader met with Prime Minister Ola Berg.", {"Toktomatov", "Berg"}),
    # "his meeting with": the person the sentence before named
    ("On Sunday Norwegian Prime Minister Ola Berg arrived in Astana. His meeting with Abenov ended with a joint statement. "
     "President Nurlan Abenov thanked the guests.", {"Berg", "Abenov"}),
    # "will meet bilaterally with", the subject a post of the report's protagonist
    ("Norwegian Foreign Minister Ingrid Dahl will chair the ministerial meeting in Bergen. In the margins, the minister will also "
     "meet bilaterally with the President of Kyrgyzstan, Aibek Toktomatov.", {"Dahl", "Toktomatov"}),
    # a surname alone on the other side, of a person named in full elsewhere
    ("Donald Hale will host the leaders in March. Uzbek President Olim Rashidov would meet with Hale in Washington.", {"Rashidov", "Hale"}),
])
def test_talks_told_by_reference_to_someone_named_elsewhere(read, text, expected):
    assert frozenset(expected) in pairs(read(text))


@pytest.mark.parametrize("text", [
    "Uzbek President Olim Rashidov arrived in Oslo on Monday. He was met by Norwegian President Harald Lie. Later, the two leaders held talks.",
    "Uzbek Foreign Minister Olim Rashidov landed in Bergen. Norwegian Foreign Minister Harald Lie welcomed him at the airport. "
    "Then the two ministers sat down for a working lunch.",
])
def test_the_two_leaders_are_the_two_named_last(read, text):
    assert frozenset({"Rashidov", "Lie"}) in pairs(read(text))


def test_the_two_leaders_meeting_the_press_are_no_talks(read):
    text = "Uzbek President Olim Rashidov arrived in Oslo. He was met by Norwegian President Harald Lie. The two leaders met the press."
    assert pairs(read(text)) == set()


@pytest.mark.parametrize("text", [
    # the number names a format's meeting, not talks of two
    "Foreign Ministers Ingrid Dahl and Olim Rashidov held the first meeting of the Central Asia plus Norway dialogue.",
    # the two named last are of one country
    "Norwegian President Harald Lie spoke first. Norwegian Prime Minister Ola Berg followed. Then the two leaders held talks.",
    # a lone word used once is no surname
    "Following talks with Norwegian Prime Minister Ola Berg, Officials noted progress.",
    # a chief executive's post is no person
    "President of Kyrgyzstan Aibek Toktomatov received Ingrid Dahl, President and Chief Executive Officer of Fjord Shipping.",
])
def test_near_misses_of_talks_told_by_reference(read, text):
    found = pairs(read(text))
    assert not any(len(pair & {"Dahl", "Rashidov"}) == 2 or pair & {"Officials", "Officer"} or pair == frozenset({"Lie", "Berg"}) for pair in found)


@pytest.mark.parametrize("text, expected", [
    ("Kazakh President Nurlan Abenov and Norwegian Prime Minister Ola Berg held a tete-a-tete meeting in Astana.", {"Abenov", "Berg"}),
    ("Prime Minister Ola Berg and President Olim Rashidov had a face-to-face meeting before the plenary.", {"Berg", "Rashidov"}),
    ("Norwegian Prime Minister Ola Berg phoned Kazakh President Nurlan Abenov on Tuesday.", {"Berg", "Abenov"}),
])
def test_tete_a_tete_and_phoned_are_talks(read, text, expected):
    assert frozenset(expected) in pairs(read(text))


@pytest.mark.parametrize("text", [
    "Norwegian Prime Minister Ola Berg phoned the ministry to complain about the delay.",
    "Norwegian Prime Minister Ola Berg thanked Kazakh President Nurlan Abenov for the invitation.",
    "Kazakh President Nurlan Abenov was met by Prime Minister Ola Berg at the airport.",
])
def test_a_call_to_no_one_named_a_thanks_or_a_welcome_is_no_talks(read, text):
    assert read(text).bilaterals == []



@pytest.mark.parametrize("text, expected", [
    # a series of meetings with a list, the subject after the list
    ("In a series of meetings with Aibek Toktomatov, Farrukh Nazarov, and Olim Rashidov, Ingrid Dahl stressed trade.",
     [{"Dahl", "Toktomatov"}, {"Dahl", "Nazarov"}, {"Dahl", "Rashidov"}]),
    ("During a round of talks with Olim Rashidov and Farrukh Nazarov, the Norwegian envoy Ingrid Dahl raised water.",
     [{"Dahl", "Rashidov"}, {"Dahl", "Nazarov"}]),
    # signing agreements with the host during a visit
    ("Prime Minister Ola Berg landed in Tashkent, where on Tuesday he is to sign four agreements with Uzbek President Olim Rashidov.",
     [{"Berg", "Rashidov"}]),
    ("In Bishkek, Chancellor Ingrid Dahl signed three agreements with President Aibek Toktomatov of Kyrgyzstan.",
     [{"Dahl", "Toktomatov"}]),
])
def test_meetings_in_a_series_and_agreements_signed_with_someone_are_talks_with_each(read, text, expected):
    found = pairs(read(text))
    assert all(frozenset(pair) in found for pair in expected)


@pytest.mark.parametrize("text, expected", [
    # the sentence of the talks names only the person met: the subject is the one the passage just named
    ("Norwegian Prime Minister Ola Berg spent two days in the region. In 2019 Norway opened an embassy in Astana. "
     "During the meeting with Kazakh President Aibek Toktomatov in Astana, relations were raised to a partnership.",
     {"Berg", "Toktomatov"}),
    ("Norwegian Prime Minister Ola Berg and his wife will arrive in Dushanbe on Monday. "
     "They will be welcomed at the palace before a summit meeting with Tajik President Farrukh Nazarov.",
     {"Berg", "Nazarov"}),
    ("Prime Minister Ola Berg of Norway landed in Tashkent. "
     "Ahead of talks with Uzbek President Olim Rashidov, a wreath was laid at the monument.",
     {"Berg", "Rashidov"}),
])
def test_talks_whose_sentence_names_only_the_person_met_are_those_of_the_person_named_just_before(read, text, expected):
    assert frozenset(expected) in pairs(read(text))


@pytest.mark.parametrize("text", [
    # the person named before is of the same country as the one met: no talks between them are told
    ("Kazakh Foreign Minister Aibek Toktomatov arrived in Oslo. "
     "During the meeting with Kazakh President Ruslan Kadyrbekov, the roadmap was reviewed."),
    # nobody is named before the talks
    "During the meeting with Uzbek President Olim Rashidov in Samarkand, relations were strengthened.",
    # agreements only hoped for, or signed with a country or a firm
    "Prime Minister Ola Berg hopes to sign agreements with Uzbek President Olim Rashidov one day.",
    "Prime Minister Ola Berg said Norway signed two agreements with Uzbekistan and Kazakhstan.",
    "In a series of meetings with business leaders, Prime Minister Ola Berg promoted Norwegian salmon.",
])
def test_talks_with_no_second_person_of_another_country_give_no_pair(read, text):
    assert read(text).bilaterals == []


def test_a_meeting_between_two_people_one_first_named_with_an_honorific_is_read(read):
    text = ("The President of the Republic of Tajikistan, Honorable Olim Rashidov, came to Seoul on Monday. The visit "
            "opened with a private meeting between Olim Rashidov and the President of the Republic of Korea, Kim Dae-ho, at noon.")
    assert pairs(read(text)) == {frozenset({"Rashidov", "Dae-ho"})}


def test_the_second_part_of_a_posts_remit_is_no_person_met(read):
    text = ("Kazakh Deputy Foreign Minister Nurlan Abenov met with the Minister of Economy and Regional Development "
            "of Norway, Ingrid Dahl.")
    assert pairs(read(text)) == {frozenset({"Abenov", "Dahl"})}


def test_a_name_right_after_a_ministers_remit_is_still_the_person_met(read):
    text = "Kazakh Deputy Foreign Minister Nurlan Abenov met with the Minister of Foreign Affairs Ingrid Dahl."
    assert pairs(read(text)) == {frozenset({"Abenov", "Dahl"})}


@pytest.mark.parametrize("text", [
    "On the margins of the forum, Prime Minister Ola Berg also had a one-on-one with President Olim Rashidov.",
    "Prime Minister Ola Berg held a tête-à-tête with President Olim Rashidov before the plenary.",
    "Prime Minister Ola Berg and President Olim Rashidov had a one-on-one in the palace.",
])
def test_a_one_on_one_is_talks(read, text):
    assert pairs(read(text)) == {frozenset({"Berg", "Rashidov"})}


def test_a_one_on_one_only_wished_for_is_no_talks(read):
    assert read("Prime Minister Ola Berg wants a one-on-one with President Olim Rashidov.").bilaterals == []


def test_bilateral_meetings_with_each_minister_of_the_region_never_pair_the_host_with_a_compatriot_of_unknown_country(read):
    text = ("Now the first summit of the Norway-Central Asia format will be held online. Norway has stepped up its ties with "
            "the region lately, and Prime Minister Ola Berg has been to every one of the five countries. In Oslo last year, at "
            "the third Norway-Central Asia Dialogue, Norway's foreign minister Kari Lie held bilateral meetings with each of "
            "the region's foreign ministers.")
    assert pairs(read(text)) == set()
