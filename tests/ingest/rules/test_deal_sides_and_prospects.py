"""Deals whose side is a firm no rule of institutions knows, whose sides only the report's lead names, sums borrowed,
and prospects that are no deal yet: in sentences of our own."""

import pytest


@pytest.mark.parametrize("text, firm, parties", [
    ("Fjordtech plans to invest nearly $4 billion in the mining industry of Kazakhstan.", "Fjordtech", ["KZ"]),
    ("Nordwind signed a EUR 500 million contract with the Ministry of Energy of Uzbekistan to build a wind farm.", "Nordwind", ["UZ"]),
    ("The Kyrgyz minister met the head of Polarcell. Polarcell will invest $300 million in a battery plant in Kyrgyzstan, he said.",
     "Polarcell", ["KG"]),
])
def test_a_firm_that_signs_or_invests_is_a_side_with_the_country_across_from_it(read, text, firm, parties):
    (deal,) = read(text).deals
    assert (deal.institutions, deal.parties) == ([firm], parties)


@pytest.mark.parametrize("text, firm, parties", [
    ("Kazakhstan agreed to purchase Fjordjet aircraft worth $2 billion.", "Fjordjet", ["KZ"]),
    ("Uzbekistan will purchase Nordchip processors worth $500 million, its minister said.", "Nordchip", ["UZ"]),
])
def test_the_maker_of_goods_a_country_buys_is_a_side_with_the_buyer(read, text, firm, parties):
    (deal,) = read(text).deals
    assert (deal.institutions, deal.parties) == ([firm], parties)


@pytest.mark.parametrize("text", [
    "Investors signed agreements worth $2 billion with Uzbekistan.",
    "Karimov signed agreements worth $2 billion with Norway.",
    "Tajikistan will purchase Russian fuel for $200 million.",
])
def test_a_word_that_opens_a_sentence_a_surname_or_a_demonym_is_no_firm(read, text):
    (deal,) = read(text).deals
    assert deal.institutions == []


@pytest.mark.parametrize("text", [
    "The visit opened the way for contracts worth $7 billion.",
    "Korea and Kazakhstan may sign deals worth $2 billion.",
    "The possibility of contracts worth $3 billion was discussed.",
    "Uzbekistan could attract investments worth $10 billion from Korea.",
])
def test_a_prospect_of_deals_is_no_deal(read, text):
    assert read(text).deals == []


@pytest.mark.parametrize("text", [
    "On 5 May Korea and Kazakhstan signed deals worth $2 billion.",
    "Kazakhstan and Korea signed deals worth $2 billion, opening the way for new orders.",
])
def test_a_deal_signed_stays_a_deal_beside_the_month_may_or_a_prospect_after_it(read, text):
    assert [d.stage for d in read(text).deals] == ["signed"]


@pytest.mark.parametrize("text, parties", [
    ("The presidents of Uzbekistan and Hungary held talks in Tashkent on Monday.\nThey spoke of water and schools.\n"
     "Trade was discussed too.\nThe leaders praised the business forum, where agreements worth $1 billion were signed.", {"UZ", "HU"}),
    ("Tajikistan and Qatar held talks in Dushanbe. They discussed water. Trade rose. "
     "The delegations also praised the investment forum, at which contracts worth $600 million were signed.", {"TJ", "QA"}),
])
def test_a_deal_no_nearby_sentence_gives_sides_to_takes_the_two_of_the_lead(read, text, parties):
    (deal,) = read(text).deals
    assert set(deal.parties) == parties


def test_a_lead_naming_more_than_two_countries_gives_no_sides():
    text = ("The ministers of Norway, Kazakhstan and Uzbekistan met in Oslo.\nThey spoke of water.\nTrade was discussed too.\n"
            "The speakers praised the forum, where agreements worth $1 billion were signed.")
    from dialogue.ingest.extract import extract
    from dialogue.ingest.gazetteer import Gazetteer
    (deal,) = extract(text, gazetteer=Gazetteer.standard()).deals
    assert deal.parties == []


@pytest.mark.parametrize("text, institutions, parties", [
    ("Turkmenistan borrowed $1 billion from Chinese banks for a gas pipeline.", [], {"TM", "CN"}),
    ("Kyrgyzstan will borrow $100 million from the Asian Development Bank for schools.", ["Asian Development Bank"], {"KG"}),
])
def test_a_sum_borrowed_is_a_loan_between_the_borrower_and_the_lender(read, text, institutions, parties):
    (deal,) = read(text).deals
    assert (deal.institutions, set(deal.parties)) == (institutions, parties)


@pytest.mark.parametrize("text, firm, parties", [
    ("The Ministry of Health of Tajikistan and Medlink signed a $10 million contract for clinics.", "Medlink", ["TJ"]),
    ("The Kazakh Ministry of Industry and Fjordjet signed an agreement worth $1 billion.", "Fjordjet", ["KZ"]),
])
def test_a_firm_that_signs_beside_a_ministry_is_a_side_with_the_ministrys_country(read, text, firm, parties):
    (deal,) = read(text).deals
    assert (deal.institutions, deal.parties) == ([firm], parties)


def test_two_countries_that_sign_are_no_firm(read):
    (deal,) = read("The Ministry of Energy of Kazakhstan and Japan signed an agreement worth $1 billion.").deals
    assert (deal.institutions, set(deal.parties)) == ([], {"KZ", "JP"})


@pytest.mark.parametrize("text, parties", [
    ("A state bank of China extended a $500 million credit to Turkmenistan for the gas field.", {"CN", "TM"}),
    ("Korea granted Uzbekistan an export credit of $200 million for buses.", {"KR", "UZ"}),
])
def test_a_credit_extended_is_a_loan(read, text, parties):
    (deal,) = read(text).deals
    assert set(deal.parties) == parties


@pytest.mark.parametrize("text", [
    "Kyrgyzstan and Turkey held talks in Bishkek. In addition, projects worth about $800 million were launched.",
    "Uzbekistan and Oman held talks in Muscat. Joint projects worth $400 million have been launched, the ministers said.",
])
def test_projects_told_as_launched_are_a_deal(read, text):
    assert [d.amount for d in read(text).deals] == [pytest.approx(int(text.split("$")[1].split()[0]) * 10**6)]


@pytest.mark.parametrize("text", [
    "Since 2010, projects worth $800 million have been launched in Kyrgyzstan with Turkish capital.",
    "Japan will fund projects worth $400 million in the region.",
])
def test_projects_launched_over_years_or_set_out_are_no_deal(read, text):
    assert read(text).deals == []


def test_the_maker_of_goods_a_known_firm_buys_is_its_other_side(read):
    (deal,) = read("Kyrgyz Airways agreed to purchase Fjordjet planes worth $900 million.").deals
    assert (deal.institutions, deal.parties) == (["Kyrgyz Airways", "Fjordjet"], [])


@pytest.mark.parametrize("text, sides", [
    ("Lima - Peru's President Ana Rojas on Friday signed deals worth $4 billion with Norway during a week-long tour of Europe, "
     "as she tries to lessen her dependence on China and the US.", {"PE", "NO"}),
    ("Chile and Norway signed deals worth $4 billion, as the two seek to reduce their reliance on Chinese and American markets.", {"CL", "NO"}),
])
def test_countries_in_a_closing_clause_that_says_why_are_no_sides_of_the_deal(read, text, sides):
    (deal,) = read(text).deals
    assert set(deal.parties) == sides


def test_a_side_named_only_after_as_is_still_a_side_when_none_is_named_before(read):
    (deal,) = read("The deals worth $4 billion were signed with Norway, as part of the visit of Chile's president.").deals
    assert {"NO", "CL"} <= set(deal.parties)
