"""Deals from news, in sentences of our own."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def test_a_batch_of_agreements_with_its_worth_is_one_deal_with_count_parties_and_stage(read):
    (deal,) = read("Firms from Norway and Kyrgyzstan signed 12 agreements worth $300 million in Bishkek on Tuesday.").deals
    assert (deal.title, deal.count, deal.amount, deal.currency, deal.stage) == ("agreements", 12, Decimal("300000000"), "USD", "signed")
    assert set(deal.parties) == {"NO", "KG"}
    assert deal.quotes[0].text == "$300 million"


def test_a_loan_for_a_project_is_a_deal_not_a_target(read):
    extraction = read("The Norwegian fund will extend a loan of EUR 80 million for a water plant in Tajikistan.")
    assert [(d.title, d.amount, d.currency, d.stage) for d in extraction.deals] == [("loan", Decimal("80000000"), "EUR", "pledge")]
    assert extraction.targets == []


def test_a_package_for_the_region_stays_a_target_and_is_never_also_a_deal(read):
    extraction = read("Norway announced a package of EUR 5 billion for Central Asia over the next four years.")
    assert extraction.deals == []
    assert [(t.amount, t.currency, t.period_years) for t in extraction.targets] == [(Decimal("5000000000"), "EUR", Decimal(4))]


def test_trade_figures_are_neither_deals_nor_targets(read):
    extraction = read("Trade between Norway and Uzbekistan reached $90 million in agreements last year.")
    assert extraction.deals == []


def test_the_same_sum_twice_is_one_deal_quoted_twice(read):
    text = "Norway and Kazakhstan signed contracts worth $40 million. The contracts worth $40 million cover wind farms."
    (deal,) = read(text).deals
    assert len(deal.quotes) == 4


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc $€1234567890,. worth agreements million billion signed loan of\n")), max_size=200))
def test_any_text_gives_deals_whose_quotes_are_its_own_words(read, text):
    for deal in read(text).deals:
        for quote in deal.quotes:
            assert text[quote.start : quote.end] == quote.text


def test_aid_pledged_to_no_agreement_in_particular_is_a_target_not_a_deal(read):
    extraction = read("Norway plans to support the region with $40 million in aid.")
    assert extraction.deals == []
    assert [(t.amount, t.currency) for t in extraction.targets] == [(Decimal("40000000"), "USD")]


def test_aid_agreed_for_a_country_is_a_deal(read):
    extraction = read("Under the accord approved on Monday, Norway will supply Tajikistan with development aid worth up to $90 million.")
    assert [(d.title, d.stage, set(d.parties)) for d in extraction.deals] == [("development aid", "commitment", {"NO", "TJ"})]


def test_a_sum_for_a_purpose_and_a_hyphenated_sum_are_read(read):
    extraction = read("Norway extended a $2-billion line of credit and $5 million for the renovation of Osh airport.")
    assert {(d.title, d.amount) for d in extraction.deals} == {
        ("line of credit", Decimal("2000000000")), ("renovation of Osh airport", Decimal("5000000"))}


def test_the_countries_of_central_asia_as_a_party_are_the_five(read):
    (deal,) = read("Norway signed a loan of $10 million with the Central Asian countries.").deals
    assert set(deal.parties) == {"NO", "KZ", "KG", "TJ", "TM", "UZ"}


def test_the_conversion_of_a_deals_sum_is_no_target(read):
    extraction = read("Norway will provide a 90 million yuan ($12 million) grant to Tajikistan.")
    assert [(d.amount, d.currency) for d in extraction.deals] == [(Decimal("90000000"), "CNY")]
    assert extraction.targets == []


@pytest.mark.parametrize("text, title, amount", [
    ("The total value of the signed agreements exceeded $5 billion.", "agreements", "5000000000"),
    ("The portfolio of signed contracts reached $10 billion.", "contracts", "10000000000"),
    ("Norway will invest $300 million in a solar plant in Uzbekistan.", "solar plant", "300000000"),
    ("The bank approved a $100 million loan to Tajikistan.", "loan", "100000000"),
])
def test_deals_told_as_totals_investments_in_a_project_and_loans(read, text, title, amount):
    assert [(d.title, d.count, d.amount) for d in read(text).deals] == [(title, None, Decimal(amount))]


def test_an_investment_in_a_country_is_no_deal(read):
    assert read("Norway will invest $300 million in Uzbekistan over five years.").deals == []


@pytest.mark.parametrize("text, title, stage", [
    ("Agreements on cooperation in the energy sector worth $2 billion were signed.", "Agreements", "signed"),
    ("The parties signed a package of documents worth $1.5 billion.", "documents", "signed"),
    ("As a result of the visit, agreements worth over $10 billion were reached.", "agreements", "commitment"),
])
def test_deals_in_longer_phrasings(read, text, title, stage):
    assert [(d.title, d.stage) for d in read(text).deals] == [(title, stage)]


def test_a_goal_agreed_is_still_a_target(read):
    extraction = read("The sides agreed to set a target of $5 billion in business projects over the next five years.")
    assert extraction.deals == [] and [t.amount for t in extraction.targets] == [Decimal("5000000000")]


@pytest.mark.parametrize("text, title, parties", [
    ("Norwegian companies signed contracts totalling NOK 3 billion with Uzbek partners.", "contracts", ["NO", "UZ"]),
    ("Kyrgyzstan and Norway signed an export contract valued at 45 million dollars.", "export contract", ["KG", "NO"]),
    ("An investment agreement for the construction of a fertilizer plant worth $1 billion was signed by Norway and "
     "Uzbekistan.", "investment agreement", ["NO", "UZ"]),
    ("Norway granted Kyrgyzstan $10 million in grant aid.", "grant aid", ["NO", "KG"]),
])
def test_deals_in_other_currencies_and_phrasings(read, text, title, parties):
    (deal,) = read(text).deals
    assert (deal.title, deal.parties) == (title, parties)


def test_the_sides_who_sign_are_the_countries_of_the_meeting(read):
    text = ("The foreign ministers of Norway and Kazakhstan met in Astana on Monday. "
            "The sides signed documents worth over $2 billion.")
    (deal,) = read(text).deals
    assert deal.parties == ["NO", "KZ"]


def test_a_place_names_the_side_and_the_country_the_report_is_about_the_other(read):
    text = ("The Norwegian prime minister ended his tour of the region. Norway will also give $14 million "
            "for the renovation of the airport near Bishkek.")
    (deal,) = read(text).deals
    assert sorted(deal.parties) == ["KG", "NO"]


@pytest.mark.parametrize("text, title, amount", [
    ("Norway and Kazakhstan signed 1.5 billion dollars' worth of agreements.", "agreements", 1_500_000_000),
    ("The value of the agreements signed amounted to $4.5 billion, the Norwegian ministry said.", "agreements", 4_500_000_000),
])
def test_a_sum_worth_of_deals_and_the_value_of_the_agreements(read, text, title, amount):
    (deal,) = read(text).deals
    assert (deal.title, deal.amount) == (title, amount)


def test_the_value_of_purchases_is_no_deal(read):
    assert read("The value of purchases of Kazakh grain by Norway amounted to $40 million last year.").deals == []


def test_a_city_names_the_other_side_when_the_report_names_no_outside_country(read):
    text = "More than 50 documents worth 2.3 billion euros were signed in Oslo during the Kazakh president's visit."
    (deal,) = read(text).deals
    assert sorted(deal.parties) == ["KZ", "NO"]


def test_the_two_countries_are_the_two_the_passage_has_just_named_not_the_whole_meeting(read):
    text = ("Oslo, 4 May. The leaders of Norway and the five Central Asian states met in Oslo for the first Central Asia + Norway summit. "
            "Kyrgyz President Ruslan Kadyrbekov praised Norway as a partner in hydropower. "
            "He said firms of the two countries signed contracts worth $900 million.")
    (deal,) = read(text).deals
    assert sorted(deal.parties) == ["KG", "NO"]


def test_a_deal_made_during_a_visit_has_the_host_and_the_visitor_as_its_sides(read):
    text = ("Oslo, 4 May. Tajik President Farrukh Nazarov thanked Norway for its support. "
            "During his visit to Norway, 14 agreements worth $2 billion were signed.")
    (deal,) = read(text).deals
    assert sorted(deal.parties) == ["NO", "TJ"] and deal.count == 14


def test_a_deal_made_during_the_trip_takes_the_visitor_from_the_country_the_report_names_most(read):
    text = ("Oslo, 4 May. President Farrukh Nazarov of Tajikistan arrived in Norway for the Central Asia + Norway summit. "
            "Tajikistan and Norway have long ties, and Tajikistan hopes for more. "
            "During the trip, contracts worth $700 million were inked.")
    (deal,) = read(text).deals
    assert sorted(deal.parties) == ["NO", "TJ"]


def test_wire_copy_wrapped_at_a_fixed_width_is_read_in_whole_sentences(read):
    text = ("TROMSO, May 4 (Wire) - Fishing cooperatives from Norway and\n"
            "Kyrgyzstan expect to sign more supply contracts this autumn, their\n"
            "spokeswoman said at a trade fair in the northern port city on Monday.\n"
            "In March the Kyrgyz state railway inked a roughly\n"
            "$2 billion deal with Nordrail, a Norwegian rolling stock maker, covering forty\n"
            "electric locomotives and their upkeep over a decade, the fair's\n"
            "organisers noted, adding that talks on a second order had begun.\n")
    (deal,) = read(text).deals
    assert deal.amount == Decimal("2000000000") and deal.title == "deal" and deal.stage == "signed"


LISTED = ("Norway and Kazakhstan signed five cooperation agreements worth about EUR 60 million at the forum in Astana:\n"
          "- FJORDNET (€10M) – linking the ports of both countries.\n"
          "- Steppe Solar (€20M + €5M in loans) – panels for village schools.\n"
          "- 3. NORDWATER (€6M) and ICEGRID (€4.5M) – clean water and power lines.\n"
          "The ministers then visited the old town.")


def test_each_deal_of_a_list_after_its_announcement_is_a_deal_with_its_name_and_the_announcements_stage_and_sides(read):
    deals = {deal.amount: deal for deal in read(LISTED).deals}
    assert {(d.title, d.amount) for d in deals.values() if d.amount < 60_000_000} == {
        ("FJORDNET", Decimal("10000000")), ("Steppe Solar", Decimal("20000000")), ("loans", Decimal("5000000")),
        ("NORDWATER", Decimal("6000000")), ("ICEGRID", Decimal("4500000"))}
    assert deals[Decimal("60000000")].count == 5
    for amount in (Decimal("10000000"), Decimal("20000000"), Decimal("6000000"), Decimal("4500000")):
        assert deals[amount].stage == "signed" and set(deals[amount].parties) == {"NO", "KZ"}
        assert deals[amount].quotes[0].text in LISTED


def test_a_list_of_sums_after_no_announcement_of_deals_gives_no_deal(read):
    text = ("Exports of the region last year, by country:\n- Kazakhstan (€10M)\n- Uzbekistan (€8M)\n"
            "Norway hopes to grow its share.")
    assert read(text).deals == []


def test_documents_counted_one_by_one_with_their_worth_are_a_deal_even_beside_a_goal(read):
    text = "Danish and Kyrgyz firms exchanged some 40 documents worth a combined 2 trillion won, a goal the partnership set out."
    (deal,) = read(text).deals
    assert (deal.title, deal.count, deal.amount, deal.currency, deal.stage) == ("documents", 40, Decimal("2000000000000"), "KRW", "signed")


def test_a_currency_named_by_its_country_is_not_a_side(read):
    (deal,) = read("Kazakhstan and Norway signed contracts valued at 3 billion US dollars in Astana.").deals
    assert set(deal.parties) == {"KZ", "NO"}


def test_the_parties_who_sign_at_a_meeting_are_all_its_countries_even_when_the_format_is_named(read):
    text = ("The Norway-Central Asia meeting was held in Oslo with the foreign ministers of Norway, Kazakhstan, Kyrgyzstan, "
            "Tajikistan, Turkmenistan and Uzbekistan. At the Norway-Central Asia meeting the parties signed agreements worth $2 billion.")
    (deal,) = read(text).deals
    assert set(deal.parties) == {"NO", "KZ", "KG", "TJ", "TM", "UZ"}


def test_firms_of_the_region_on_one_side_are_the_five(read):
    (deal,) = read("Deals worth 900 million euros were agreed between Norwegian and Central Asian companies.").deals
    assert set(deal.parties) == {"NO", "KZ", "KG", "TJ", "TM", "UZ"}


def test_a_lender_named_with_the_sum_is_a_party_in_place_of_its_country(read):
    (deal,) = read("The Development Bank of Norway signed a loan of $60 million with Tajikistan for a hydropower plant.").deals
    assert (deal.institutions, deal.parties) == (["Development Bank of Norway"], ["TJ"])


def test_a_country_named_with_another_sum_of_the_sentence_is_that_sums_party(read):
    text = "An ADB loan of $90 million, backed by a Norway guarantee of $5 million, will rebuild a road in Kyrgyzstan."
    loan, guarantee = read(text).deals
    assert (loan.institutions, loan.parties) == (["Asian Development Bank"], ["KG"])
    assert (guarantee.institutions, set(guarantee.parties)) == ([], {"NO", "KG"})


def test_one_sum_lent_for_two_places_is_two_deals(read):
    text = ("The ADB signed a loan of $40 million for a bridge in Kyrgyzstan. "
            "The ADB also signed a loan of $40 million for a canal in Tajikistan.")
    assert [(d.amount, d.parties) for d in read(text).deals] == [(Decimal("40000000"), ["KG"]), (Decimal("40000000"), ["TJ"])]


def test_a_loan_between_two_banks_has_the_two_banks_as_its_parties(read):
    text = "Officials of Norway watched the signing of a $75 million loan between the Asian Development Bank and the Tajik Savings Bank."
    (deal,) = read(text).deals
    assert (deal.institutions, deal.parties) == (["Asian Development Bank", "Tajik Savings Bank"], [])


def test_a_sum_told_at_the_end_of_its_clause_is_the_worth_of_what_was_signed(read):
    text = "The ADB signed three memoranda with Kyrgyzstan and Tajikistan for irrigation works under its water programme, totalling $210 million."
    (deal,) = read(text).deals
    assert (deal.title, deal.count, deal.amount, deal.stage) == ("memoranda", 3, Decimal("210000000"), "signed")


def test_a_sum_to_invest_across_the_region_over_years_is_a_target(read):
    extraction = read("Norway intends to invest about $8 billion in business projects in the five countries over the next five years.")
    assert extraction.deals == []
    assert [(t.amount, t.period_years) for t in extraction.targets] == [(Decimal("8000000000"), Decimal(5))]


@pytest.mark.parametrize("text, title, count, amount", [
    ("Agreements signed during the Norwegian premier's stay in Tajikistan amounted to $6 billion.", "Agreements", None, 6_000_000_000),
    ("The deals reached at the Oslo forum with Kyrgyzstan total $800 million.", "deals", None, 800_000_000),
    ("In all, 25 agreements were signed with Uzbekistan, worth about $3 billion.", "agreements", 25, 3_000_000_000),
    ("The bundle of nine contracts, worth $450 million, covers Kazakh mines run by Norwegian firms.", "contracts", 9, 450_000_000),
])
def test_the_worth_of_deals_told_by_a_verb_or_after_a_comma(read, text, title, count, amount):
    assert [(d.title, d.count, d.amount) for d in read(text).deals] == [(title, count, Decimal(amount))]


def test_grant_aid_pledged_to_a_country_is_a_deal(read):
    (deal,) = read("Norway pledged to provide about $4 million in grant aid to equip clinics in Kyrgyzstan.").deals
    assert (deal.title, deal.stage, set(deal.parties)) == ("grant aid", "pledge", {"NO", "KG"})


def test_an_export_bank_is_not_a_trade_figure(read):
    (deal,) = read("Norway's export bank will lend $250 million in soft loans to Uzbekistan.").deals
    assert (deal.title, deal.amount) == ("loans", Decimal("250000000"))


def test_a_portfolio_of_projects_agreed_in_talks_is_a_deal_not_a_target(read):
    extraction = read("Talks between the leaders of Norway and Kazakhstan yielded a portfolio of joint projects estimated at over $7 billion.")
    assert [(d.title, d.amount, set(d.parties)) for d in extraction.deals] == [
        ("portfolio of joint projects", Decimal("7000000000"), {"NO", "KZ"})]
    assert extraction.targets == []


@pytest.mark.parametrize("text", [
    "Between 2001 and 2024, Norway invested more than $2 billion in the Tajik economy.",
    "So far 70 projects worth over $8 billion have been implemented under the programme with Norway and Kazakhstan.",
    "A further 12 projects valued at $900 million are currently underway in Uzbekistan with Norwegian help.",
])
def test_investment_and_projects_told_as_a_record_of_the_past_are_no_deals(read, text):
    assert read(text).deals == []


@pytest.mark.parametrize("text, count, title, parties", [
    ("The Norwegian minister signed nine deals in Kyrgyzstan on mining and transport.", 9, "deals", {"NO", "KG"}),
    ("Some 15 investment contracts were concluded between Norwegian and Tajik firms.", 15, "investment contracts", {"NO", "TJ"}),
])
def test_deals_counted_with_no_sum_are_deals_with_their_count(read, text, count, title, parties):
    (deal,) = read(text).deals
    assert (deal.count, deal.title, deal.amount, set(deal.parties)) == (count, title, None, parties)


def test_documents_counted_with_no_sum_are_no_deals(read):
    assert read("Norway and Uzbekistan signed 30 documents and 12 agreements on education.").deals == []


def test_a_firm_on_each_side_of_the_sum_makes_the_two_firms_the_parties(read):
    text = ("Norway deepened ties with the region, and Norwegian firms signed several deals, including shipbuilder "
            "Fjordyard's $90 million contract to deliver four ferries to Kazakhstan Shipping Company.")
    (deal,) = read(text).deals
    assert (deal.institutions, deal.parties) == (["Fjordyard", "Kazakhstan Shipping Company"], [])


def test_a_firm_named_with_its_country_stands_in_place_of_that_country(read):
    (deal,) = read("Norway's Nordic Grid Corporation won a $120 million order to build power lines in Tajikistan.").deals
    assert (deal.institutions, deal.parties) == (["Nordic Grid Corporation"], ["TJ"])


def test_a_firm_described_by_its_base_after_with_is_a_party(read):
    (deal,) = read("Tajik Air signed a $400 million deal with Oslo-based Fjordjet to buy ten airliners.").deals
    assert (deal.institutions, deal.parties) == (["Fjordjet"], ["TJ"])


def test_a_lender_from_outside_the_region_alone_lends_to_the_country_the_report_is_about(read):
    text = ("Kazakhstan hosted the forum in Astana. Kazakhstan and Norway discussed energy, and Kazakhstan praised Norway. "
            "In addition, the Norway Export Bank will open a $300 million credit line for roads.")
    deal = next(d for d in read(text).deals if d.amount == Decimal("300000000"))
    assert (deal.institutions, deal.parties) == (["Norway Export Bank"], ["KZ"])


def test_a_deal_whose_sentence_names_no_side_takes_the_two_the_passage_just_named(read):
    text = ("The presidents of Norway and Kyrgyzstan held talks in Bishkek on Monday. "
            "Following the talks, the sides signed 20 documents worth $1.4 billion.")
    (deal,) = read(text).deals
    assert sorted(deal.parties) == ["KG", "NO"] and deal.count == 20


def test_a_sum_said_twice_with_fewer_sides_the_second_time_is_one_deal_with_all_its_sides(read):
    text = ("Norway extended a $500 million credit line to the Central Asian countries. "
            "Besides the $500 million credit line, Norway offered scholarships.")
    (deal,) = read(text).deals
    assert set(deal.parties) == {"NO", "KZ", "KG", "TJ", "TM", "UZ"}


def test_a_sum_to_support_a_sector_in_a_list_of_agreed_aid_is_a_deal(read):
    text = ("Norway agreed to give Kyrgyzstan aid of up to $60 million. The aid includes $9 million for the renovation of a school, "
            "$2 million to support the dairy sector, and a $49 million loan for a road.")
    assert {d.amount for d in read(text).deals} >= {Decimal("9000000"), Decimal("2000000"), Decimal("49000000")}


def test_a_sum_set_out_to_support_the_region_is_no_deal(read):
    assert read("Norway will allocate $40 million to support Central Asian farmers over the next five years.").deals == []


def test_a_memorandum_worth_its_projects_is_a_deal_even_to_be_signed(read):
    extraction = read("Tomorrow the Asian Development Bank will sign a memorandum with Tajikistan, with a pipeline of projects worth $700 million.")
    assert [(d.title, d.amount, d.institutions, d.parties) for d in extraction.deals] == [
        ("memorandum", Decimal("700000000"), ["Asian Development Bank"], ["TJ"])]
    assert extraction.targets == []


def test_a_headline_sum_of_a_deal_told_again_in_the_text_is_no_target(read):
    text = ("Norway and Kyrgyzstan agree on $3 billion projects\n"
            "Talks in Oslo between the leaders of Norway and Kyrgyzstan produced a portfolio of joint projects worth $3 billion.")
    extraction = read(text)
    assert [d.amount for d in extraction.deals] == [Decimal("3000000000")] and extraction.targets == []


def test_deals_exceeding_a_sum_are_worth_that_sum(read):
    (deal,) = read("Norway and Turkmenistan signed deals exceeding $1.4 billion.").deals
    assert (deal.title, deal.amount) == ("deals", Decimal("1400000000"))


def test_deals_counted_over_past_years_are_no_deals(read):
    assert read("Over the past decade, Norway and Tajikistan signed 120 investment agreements.").deals == []


def test_a_loan_told_by_its_verb_is_a_deal(read):
    (deal,) = read("Norway will lend Tajikistan $45 million for a water plant.").deals
    assert (deal.title, deal.amount, set(deal.parties), deal.stage) == ("lend", Decimal("45000000"), {"NO", "TJ"}, "pledge")


def test_sums_that_share_the_noun_of_the_deal_before_them_are_deals_with_their_own_sides(read):
    deals = read("Norway secured $9 billion in deals with Kazakhstan, Kyrgyzstan $2 billion and Tajikistan $1 billion.").deals
    assert [(d.amount, d.title, sorted(d.parties)) for d in deals] == [
        (Decimal("9000000000"), "deals", ["KZ", "NO"]), (Decimal("2000000000"), "deals", ["KG", "NO"]),
        (Decimal("1000000000"), "deals", ["NO", "TJ"])]


def test_a_sum_after_and_with_its_own_partner_shares_the_subject(read):
    deals = read("Uzbekistan signed contracts worth $4 billion with Norway and $1 billion with Denmark.").deals
    assert [(d.amount, sorted(d.parties)) for d in deals] == [
        (Decimal("4000000000"), ["NO", "UZ"]), (Decimal("1000000000"), ["DK", "UZ"])]


@pytest.mark.parametrize("text", [
    "Norway signed a $400 million contract with Kyrgyzstan, and $90 million will come from the state budget.",
    "Uzbekistan signed deals with Norway worth $5 billion, compared with $3 billion a year earlier.",
])
def test_a_second_sum_that_is_not_told_as_a_deal_is_none(read, text):
    assert len(read(text).deals) == 1


@pytest.mark.parametrize("text, deals", [
    ("Norwegian investors signed agreements worth $2 billion with Uzbekistan.", 1),
    ("Last year Norway and Kazakhstan signed contracts worth $3 billion.", 1),
    ("The volume of signed contracts between the two countries grew to $2 billion in 2024.", 0),
])
def test_an_agreement_signed_is_no_statistic_for_a_word_of_time_or_investors_but_a_growth_is(read, text, deals):
    assert len(read(text).deals) == deals
