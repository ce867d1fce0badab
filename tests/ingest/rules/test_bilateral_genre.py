"""Bilateral talks in the many ways news and press releases tell them, in sentences of our own: verbs,
voices, word orders, a subject told a sentence earlier, lists, headlines; and sentences that tell no talks."""

import datetime as dt

import pytest

from dialogue.ingest.extract import extract
from dialogue.ingest.gazetteer import Gazetteer


def pairs(extraction):
    return {frozenset(name.split()[-1] for name in talk.between) for talk in extraction.bilaterals}


@pytest.mark.parametrize("text, expected", [
    # on the sidelines
    ("On the sidelines of the summit, Kazakh President Arman Seitkali met Portuguese Prime Minister Rui Fontes.", {"Seitkali", "Fontes"}),
    ("On the margins of the forum, Uzbek President Timur Nazirov held talks with Austrian Chancellor Lukas Brenner.", {"Nazirov", "Brenner"}),
    ("Uzbek President Timur Nazirov met with Austrian Chancellor Lukas Brenner on the sidelines of the summit.", {"Nazirov", "Brenner"}),
    # held talks with a counterpart
    ("Kyrgyz Foreign Minister Bakyt Osmonov held talks with his Kazakh counterpart Daulet Amirov.", {"Osmonov", "Amirov"}),
    ("Tajik Foreign Minister Rustam Qodirov held bilateral consultations with Deputy Minister Marek Zielinski of Poland.",
     {"Qodirov", "Zielinski"}),
    ("Turkmen Foreign Minister Serdar Annayev had a one-on-one meeting with Belgian Foreign Minister Lotte Peeters.", {"Annayev", "Peeters"}),
    ("Belgian Foreign Minister Lotte Peeters and her Turkmen counterpart Serdar Annayev held talks in Ashgabat.", {"Peeters", "Annayev"}),
    # a long apposition between subject and verb
    ("Lotte Peeters, who has served as Belgium's foreign minister since 2021 and chairs the council, met with Serdar Annayev.",
     {"Peeters", "Annayev"}),
    # received / courtesy call
    ("President Arman Seitkali received Portuguese Prime Minister Rui Fontes at the Akorda.", {"Seitkali", "Fontes"}),
    ("Prime Minister Rui Fontes was received by President Arman Seitkali at the presidential palace.", {"Fontes", "Seitkali"}),
    ("Austrian Chancellor Lukas Brenner paid a courtesy call on Uzbek President Timur Nazirov.", {"Brenner", "Nazirov"}),
    # telephone
    ("Arman Seitkali and Rui Fontes held a telephone conversation on Tuesday.", {"Seitkali", "Fontes"}),
    ("President Arman Seitkali had a phone call with Prime Minister Rui Fontes.", {"Seitkali", "Fontes"}),
    # passive and between
    ("Talks were held between Kazakh President Arman Seitkali and Portuguese Prime Minister Rui Fontes.", {"Seitkali", "Fontes"}),
    ("During the meeting between Foreign Ministers Bakyt Osmonov and Daulet Amirov, the sides discussed transit.", {"Osmonov", "Amirov"}),
    ("A meeting between President Timur Nazirov and Chancellor Lukas Brenner took place in Vienna.", {"Nazirov", "Brenner"}),
    # headlines
    ("Seitkali meets Portuguese Prime Minister Rui Fontes\nKazakh President Arman Seitkali met Rui Fontes in Lisbon.", {"Seitkali", "Fontes"}),
    ("President Timur Nazirov, Chancellor Lukas Brenner discuss cooperation\n\nThe two leaders spoke in Vienna.", {"Nazirov", "Brenner"}),
    # a subject told a sentence earlier
    ("Kyrgyz Foreign Minister Bakyt Osmonov arrived in Warsaw on Monday. He held talks with Polish Foreign Minister Marek Zielinski.",
     {"Osmonov", "Zielinski"}),
    ("Kyrgyz Foreign Minister Bakyt Osmonov arrived in Warsaw on Monday. The minister met with Polish Foreign Minister Marek Zielinski.",
     {"Osmonov", "Zielinski"}),
    ("Uzbek President Timur Nazirov and Austrian Chancellor Lukas Brenner arrived at the palace. Both leaders then held talks.",
     {"Nazirov", "Brenner"}),
    # reported speech
    ("President Timur Nazirov said he had held productive talks with Chancellor Lukas Brenner.", {"Nazirov", "Brenner"}),
    ("The ministry said Foreign Minister Serdar Annayev met with Lotte Peeters in Brussels.", {"Annayev", "Peeters"}),
    # sat down, negotiated
    ("Chancellor Lukas Brenner sat down with President Timur Nazirov to discuss energy.", {"Brenner", "Nazirov"}),
    ("Prime Minister Rui Fontes also conferred with President Arman Seitkali on transport.", {"Fontes", "Seitkali"}),
    ("Prime Minister Rui Fontes and President Arman Seitkali discussed trade at a bilateral meeting.", {"Fontes", "Seitkali"}),
    # hosted, a headline's present tense, a format of the talks, a possessive subject
    ("President Arman Seitkali hosted Portuguese Prime Minister Rui Fontes in Astana.", {"Seitkali", "Fontes"}),
    ("Kazakh President Arman Seitkali meets Portuguese Prime Minister Rui Fontes in Astana", {"Seitkali", "Fontes"}),
    ("President Arman Seitkali held talks in a narrow format with Prime Minister Rui Fontes.", {"Seitkali", "Fontes"}),
    ("President Arman Seitkali's talks with Prime Minister Rui Fontes focused on energy.", {"Seitkali", "Fontes"}),
    ("President Arman Seitkali and Prime Minister Rui Fontes talked by phone on Friday.", {"Seitkali", "Fontes"}),
    ("Within the framework of the visit, negotiations between President Arman Seitkali and Prime Minister Rui Fontes took place.",
     {"Seitkali", "Fontes"}),
    # the visitor told a sentence (or a paragraph) before, by a pronoun
    ("Prime Minister Rui Fontes arrived in Astana on Monday.\n\nHe was received by President Arman Seitkali.", {"Seitkali", "Fontes"}),
    ("Prime Minister Rui Fontes arrived in Astana on Monday. Later in the day, President Arman Seitkali received him at the Akorda.",
     {"Seitkali", "Fontes"}),
    # a gerund and a leading "at the meeting with"
    ('"We had a very good meeting," Foreign Minister Joana Matos said after meeting Daulet Amirov.', {"Matos", "Amirov"}),
    ("At the meeting with Foreign Minister Joana Matos, Foreign Minister Daulet Amirov noted the growth of trade.", {"Matos", "Amirov"}),
    # a possessive's meeting, views exchanged, a topic discussed with someone
    ("Chancellor Lukas Brenner's meeting with President Timur Nazirov lasted two hours.", {"Brenner", "Nazirov"}),
    ("President Timur Nazirov exchanged views with Chancellor Lukas Brenner on regional security.", {"Nazirov", "Brenner"}),
    ("President Timur Nazirov discussed trade and energy with Chancellor Lukas Brenner.", {"Nazirov", "Brenner"}),
    ("Chancellor Lukas Brenner discussed with President Timur Nazirov the prospects of cooperation.", {"Nazirov", "Brenner"}),
    ("President Timur Nazirov discussed cooperation with Austria's Chancellor Lukas Brenner in Vienna.", {"Nazirov", "Brenner"}),
])
def test_talks_between_two_named_people_in_the_genres_shapes(read, text, expected):
    assert frozenset(expected) in pairs(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Foreign Minister Lotte Peeters also met separately with Daulet Amirov of Kazakhstan and Bakyt Osmonov of Kyrgyzstan.",
     {frozenset({"Peeters", "Amirov"}), frozenset({"Peeters", "Osmonov"})}),
    ("Chancellor Lukas Brenner held a series of bilateral meetings with Arman Seitkali, Timur Nazirov and Serdar Annayev.",
     {frozenset({"Brenner", "Seitkali"}), frozenset({"Brenner", "Nazirov"}), frozenset({"Brenner", "Annayev"})}),
])
def test_talks_with_a_list_of_people_give_one_pair_each(read, text, expected):
    assert expected <= pairs(read(text))


@pytest.mark.parametrize("text", [
    # the multilateral meeting itself
    "Foreign Ministers Bakyt Osmonov, Daulet Amirov and Lotte Peeters met in Brussels for the Central Asia-Belgium ministerial meeting.",
    "President Arman Seitkali attended the summit with Prime Minister Rui Fontes and the other leaders of the region.",
    # planned or proposed
    "President Arman Seitkali plans to meet Prime Minister Rui Fontes next year.",
    "Chancellor Lukas Brenner proposed talks with President Timur Nazirov.",
    "President Timur Nazirov invited Chancellor Lukas Brenner to visit Tashkent.",
    # history
    "President Arman Seitkali and Prime Minister Rui Fontes first met in 2015.",
    "Chancellor Lukas Brenner last held talks with President Timur Nazirov in 2019.",
    # no talks
    "President Arman Seitkali congratulated Prime Minister Rui Fontes on his re-election.",
    "Foreign Minister Lotte Peeters thanked Foreign Minister Serdar Annayev for the hospitality.",
    "Prime Minister Rui Fontes sent a letter to President Arman Seitkali.",
    "President Timur Nazirov received a message from Chancellor Lukas Brenner.",
    "Foreign Minister Daulet Amirov met the press after the summit.",
    "President Arman Seitkali hosted a reception for the participants of the forum.",
    "President Amir Tursunov hosted all five Central Asian leaders, months after they met President Ivan Sokolov.",
    "President Arman Seitkali welcomed Prime Minister Rui Fontes's proposal to open a direct flight.",
    "President Arman Seitkali expressed condolences to Prime Minister Rui Fontes.",
    "Both President Arman Seitkali and Prime Minister Rui Fontes spoke at the opening of the forum.",
    "President Arman Seitkali met with students and Prime Minister Rui Fontes opened a plant.",
    "President Timur Nazirov discussed cooperation with Austria.",
    "President Timur Nazirov received the credentials of Ambassador Klaus Weber of Austria.",
    "President Arman Seitkali hosted Austrian Chancellor Lukas Brenner and Uzbek President Timur Nazirov for a trilateral summit.",
    "President Timur Nazirov discussed the agenda with the other leaders.",
    "Chancellor Lukas Brenner compared the plan with President Timur Nazirov's proposal.",
    "President Timur Nazirov, together with Chancellor Lukas Brenner, visited the exhibition.",
])
def test_sentences_that_tell_no_bilateral_talks_give_none(read, text):
    assert pairs(read(text)) == set()


SUMMIT = ("The first Central Asia-Austria summit was held in Vienna on Friday with President Arman Seitkali of Kazakhstan, "
          "President Timur Nazirov of Uzbekistan, President Bakyt Osmonov of Kyrgyzstan and Chancellor Lukas Brenner of Austria. ")


def test_separate_meetings_with_the_leaders_of_named_countries_pair_the_host_with_those_leaders_only(read):
    found = pairs(read(SUMMIT + "On the sidelines of the summit, Chancellor Brenner also met separately with the leaders of "
                                "Kazakhstan and Uzbekistan."))
    assert found == {frozenset({"Brenner", "Seitkali"}), frozenset({"Brenner", "Nazirov"})}


def test_a_meeting_with_a_post_of_a_country_is_one_with_the_person_the_report_names_in_it(read):
    found = pairs(read(SUMMIT + "Chancellor Brenner met with the Kazakh President on the sidelines."))
    assert found == {frozenset({"Brenner", "Seitkali"})}


def test_the_summit_itself_is_no_bilateral_talk(read):
    assert pairs(read(SUMMIT + "The leaders met in Vienna and adopted a declaration.")) == set()


MINISTERIAL = ("The ministerial meeting brought together Foreign Ministers Daulet Amirov of Kazakhstan, Bakyt Osmonov of Kyrgyzstan "
               "and Joana Matos of Portugal. ")


@pytest.mark.parametrize("talks", [
    "Joana Matos also held talks with her Kazakh counterpart.",
    "Joana Matos also met with her Kazakh counterpart on energy.",
])
def test_talks_with_a_counterpart_of_a_country_are_with_the_minister_the_report_names_for_it(read, talks):
    assert pairs(read(MINISTERIAL + talks)) == {frozenset({"Matos", "Amirov"})}


def test_a_counterpart_the_report_never_names_gives_no_talks(read):
    assert pairs(read(MINISTERIAL + "President Arman Seitkali also met with his Portuguese counterpart.")) == set()


@pytest.mark.parametrize("text, expected", [
    ("Seitkali, Fontes hold talks in Astana\nASTANA — Kazakh President Arman Seitkali and Portuguese Prime Minister Rui Fontes "
     "discussed energy on Monday.", {frozenset({"Seitkali", "Fontes"})}),
    ("Nazirov and Brenner discuss energy cooperation\nUzbek President Timur Nazirov welcomed Austrian Chancellor Lukas Brenner "
     "to Tashkent.", {frozenset({"Nazirov", "Brenner"})}),
    ("Seitkali and Fontes attend forum in Lisbon\nKazakh President Arman Seitkali and Portuguese Prime Minister Rui Fontes "
     "opened the forum.", set()),
    ("Seitkali to meet Fontes next week\nKazakh President Arman Seitkali will travel to Lisbon, where Portuguese Prime Minister "
     "Rui Fontes hosts a forum.", set()),
])
def test_a_headline_with_two_surnames_and_a_verb_of_talks_tells_talks(read, text, expected):
    assert pairs(read(text)) == expected


def test_talks_told_in_a_when_clause_of_an_earlier_year_are_history(read):
    text = "Chancellor Lukas Brenner last visited the region in 2021, when he met President Arman Seitkali in Astana."
    assert pairs(read(text)) == set()


def test_talks_in_a_year_before_the_reports_are_history_and_in_its_own_year_are_told(read):
    text = "In {}, Chancellor Lukas Brenner held talks with President Arman Seitkali in Astana."
    tell = lambda year: pairs(extract(text.format(year), gazetteer=Gazetteer.standard(), published=dt.date(2025, 5, 12)))  # noqa: E731
    assert tell(2019) == set() and tell(2025) == {frozenset({"Brenner", "Seitkali"})}
    elected = "Chancellor Lukas Brenner, elected in 2019, held talks with President Arman Seitkali in Astana."
    assert pairs(extract(elected, gazetteer=Gazetteer.standard(), published=dt.date(2025, 5, 12))) == {frozenset({"Brenner", "Seitkali"})}
