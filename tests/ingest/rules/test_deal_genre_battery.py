"""Deals in the many ways news and press releases tell them, in sentences of our own: verbs, voices, word orders,
currencies and scales, sides told in a clause before or by the visit; and sums that are no deal (trade, goals, records)."""

from decimal import Decimal

import pytest

B = 10**9
M = 10**6


@pytest.mark.parametrize("text, amount, currency, count, parties", [
    ("Austria and Kazakhstan signed 14 agreements worth USD 3.2 billion in Vienna.", 3.2 * B, "USD", 14, {"AT", "KZ"}),
    ("Portuguese and Uzbek companies signed deals totalling EUR 800 million.", 800 * M, "EUR", None, {"PT", "UZ"}),
    ("Poland and Turkmenistan agreed an investment package of EUR 2 billion for a chemical plant.", 2 * B, "EUR", None, {"PL", "TM"}),
    ("Belgian and Kyrgyz firms signed agreements worth over 3 trillion yen.", 3000 * B, "JPY", None, {"BE", "KG"}),
    ("Austria and Tajikistan concluded commercial deals valued at $450 million.", 450 * M, "USD", None, {"AT", "TJ"}),
    ("Portugal and Kazakhstan signed 22 documents with a total value of $1.1 billion.", 1.1 * B, "USD", 22, {"PT", "KZ"}),
    ("Poland and Uzbekistan signed contracts worth $640 mln.", 640 * M, "USD", None, {"PL", "UZ"}),
    ("Belgium and Kazakhstan inked deals worth $1.5bn.", 1.5 * B, "USD", None, {"BE", "KZ"}),
    ("Austrian and Turkmen companies sealed agreements worth 900 million euros.", 900 * M, "EUR", None, {"AT", "TM"}),
    ("Agreements worth $2.4 billion were signed between Poland and Kyrgyzstan.", 2.4 * B, "USD", None, {"PL", "KG"}),
    ("Uzbekistan and Portugal, whose leaders met in Lisbon, signed agreements worth $700 million.", 700 * M, "USD", None, {"UZ", "PT"}),
    ("During the talks, Kazakhstan and Austria signed deals worth EUR 1.2 billion.", 1.2 * B, "EUR", None, {"KZ", "AT"}),
    ("Kyrgyzstan and Belgium signed an agreement on a hydropower plant worth $300 million.", 300 * M, "USD", None, {"KG", "BE"}),
    ("Austria will lend Tajikistan EUR 150 million to build a power line.", 150 * M, "EUR", None, {"AT", "TJ"}),
    ("Portuguese firms secured contracts worth $950 million in Uzbekistan.", 950 * M, "USD", None, {"PT", "UZ"}),
    ("Polish and Kazakh companies reached agreements totalling $3 billion.", 3 * B, "USD", None, {"PL", "KZ"}),
    ("A $220 million contract to supply locomotives was signed between Austria and Turkmenistan.", 220 * M, "USD", None, {"AT", "TM"}),
    ("Belgian and Uzbek officials signed 9 agreements worth a combined $860 million.", 860 * M, "USD", 9, {"BE", "UZ"}),
    ("Austria, Kyrgyzstan sign $1bn deals", 1 * B, "USD", None, {"AT", "KG"}),
    ("Poland and Uzbekistan exchanged contracts worth 900 billion soums.", 900 * B, "UZS", None, {"PL", "UZ"}),
    ("Some 40 agreements between Poland and Kazakhstan, worth a total of $10 billion, were signed.", 10 * B, "USD", 40, {"PL", "KZ"}),
    ("Kazakhstan will receive a $1 billion loan from Austria.", 1 * B, "USD", None, {"KZ", "AT"}),
    ("After talks between the presidents of Austria and Kazakhstan, agreements worth $3 billion were signed.", 3 * B, "USD", None, {"AT", "KZ"}),
    ("The visit ended with the signing of 18 agreements between Belgium and Uzbekistan worth $3.5 billion.", 3.5 * B, "USD", 18,
     {"BE", "UZ"}),
])
def test_deals_in_the_genres_shapes(read, text, amount, currency, count, parties):
    deals = [d for d in read(text).deals if d.amount == Decimal(str(amount)).normalize() or float(d.amount or 0) == amount]
    assert len(deals) == 1, read(text).deals
    (deal,) = deals
    assert (deal.currency, deal.count, set(deal.parties)) == (currency, count, parties)


@pytest.mark.parametrize("text, amount, institution", [
    ("The Asian Development Bank approved a $500 million loan to Uzbekistan for rural roads.", 500 * M, "UZ"),
    ("A $200 million loan from the World Bank to Tajikistan will fund new schools.", 200 * M, "TJ"),
    ("The European Investment Bank signed a EUR 75 million credit line with Kyrgyzstan.", 75 * M, "KG"),
])
def test_loans_from_a_bank_to_a_country_are_deals(read, text, amount, institution):
    (deal,) = read(text).deals
    assert float(deal.amount) == amount and institution in deal.parties


@pytest.mark.parametrize("text, amount, title, parties", [
    ("An agreement on a $1.2 billion gas processing plant was signed by Austria and Turkmenistan.", 1.2 * B, "agreement", {"AT", "TM"}),
    ("Poland and Kyrgyzstan signed a contract for the $300 million expansion of the airport.", 300 * M, "contract", {"PL", "KG"}),
    ("Austria pledged $600 million for a copper smelter in Kazakhstan.", 600 * M, "copper smelter", {"AT", "KZ"}),
    ("The Austrian government will provide $80 million for a new hospital in Dushanbe.", 80 * M, "new hospital", {"AT", "TJ"}),
    ("Austria and Uzbekistan held talks. The deals include a $250 million solar project.", 250 * M, "project", {"AT", "UZ"}),
])
def test_a_sum_inside_the_object_of_an_agreement_or_for_one_facility_is_a_deal(read, text, amount, title, parties):
    (deal,) = read(text).deals
    assert (float(deal.amount), deal.title, set(deal.parties)) == (amount, title, parties)


def test_a_sum_for_works_across_the_region_over_years_is_a_target(read):
    extraction = read("Austria will allocate $5 million for the construction of schools in the five Central Asian countries over three years.")
    assert extraction.deals == [] and [float(t.amount) for t in extraction.targets] == [5 * M]


@pytest.mark.parametrize("text", [
    "Kazakhstan's leader Arman Seitkali flew out on Monday. During President Seitkali's visit to Austria, deals worth $3 billion were signed.",
    "During President Arman Seitkali's state visit to Austria, Kazakhstan signed deals worth $3 billion.",
])
def test_the_sides_of_a_visit_told_by_a_titled_visitors_possessive_are_host_and_visitor(read, text):
    (deal,) = read(text).deals
    assert set(deal.parties) == {"KZ", "AT"}


def test_deals_whose_worth_follows_a_clause_between_commas_are_read(read):
    text = ("Austria and Kazakhstan held talks in Vienna on Monday. "
            "The deals, signed in the presence of the two presidents, are worth $4 billion.")
    assert [(float(d.amount), d.title) for d in read(text).deals] == [(4 * B, "deals")]


def test_the_sides_of_a_visit_told_before_are_the_deals_parties(read):
    text = ("Austrian Chancellor Lukas Brenner paid an official visit to Kazakhstan on Monday. "
            "The sides signed 12 agreements worth $1.7 billion.")
    deals = [d for d in read(text).deals if d.amount]
    assert [(float(d.amount), d.count, set(d.parties)) for d in deals] == [(1.7 * B, 12, {"AT", "KZ"})]


@pytest.mark.parametrize("text", [
    "Trade turnover between Austria and Kazakhstan reached $1.2 billion last year.",
    "Poland and Uzbekistan aim to reach $2 billion of trade by 2030.",
    "Portugal and Kyrgyzstan set a goal of bringing mutual trade to $500 million.",
    "Kazakhstan's GDP grew to $260 billion.",
    "Austria has invested $5 billion in Kazakhstan since 1992.",
    "Belgian companies have invested over $800 million in Uzbekistan over the past decade.",
    "Bilateral trade amounted to EUR 400 million in the first half of the year.",
    "Exports from Turkmenistan to Poland rose to $300 million.",
    "Austria accounts for $2 billion of foreign direct investment in Tajikistan.",
    "The two sides could sign agreements worth up to $3 billion in the future.",
    "The plant, which cost $400 million, was opened in 2015.",
    "Kazakhstan's budget for 2025 exceeds $40 billion.",
])
def test_sums_that_are_no_deal_give_none(read, text):
    assert [d for d in read(text).deals if d.amount] == []


def test_a_bank_lending_in_the_present_tense_makes_a_loan_deal(read):
    (deal,) = read("The European Bank for Reconstruction and Development is lending EUR 50 million to Uzbekistan's power company.").deals
    assert (float(deal.amount), deal.title, deal.parties) == (50 * M, "lending", ["UZ"])


def test_a_city_of_the_passage_names_the_host_a_deal_s_sentence_leaves_unsaid(read):
    text = ("Austrian Chancellor Lukas Brenner arrived in Astana on a state visit. Brenner and President Arman Seitkali discussed "
            "energy. Agreements worth $1 billion were signed in the presence of the leaders.")
    (deal,) = read(text).deals
    assert set(deal.parties) == {"AT", "KZ"}
