"""Deal shapes of the genre, in sentences of our own: a currency code said before a sum that carries its own symbol,
"the parties" of a bilateral meeting inside a summit, and grants set out for the region as a whole."""

from decimal import Decimal

import pytest


@pytest.mark.parametrize("text, title", [
    ("The Norwegian export bank has issued a letter of interest for USD $700 million in financing.", "letter of interest"),
    ("Norway opened a credit line of USD $250 million for Kyrgyz farmers.", "credit line"),
    ("Fjordbank signed a loan agreement worth EUR €40 million with Tajikistan.", "loan agreement"),
])
def test_a_currency_code_before_a_sum_with_its_own_symbol_keeps_the_deal(read, text, title):
    (deal,) = read(text).deals
    assert deal.title.lower().endswith(title.split()[-1]) and deal.amount > 0


def test_a_currency_code_before_a_sum_with_no_deal_noun_makes_no_deal(read):
    assert read("Norway's exports to Kyrgyzstan reached USD $70 million.").deals == []


SUMMIT = ("Leaders of Norway, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met for the first Central Asia-Norway "
          "summit in Astana. ")


@pytest.mark.parametrize("signing", [
    "On the sidelines, the Norwegian prime minister met Uzbek President Ali Karimov; in the bilateral meeting, "
    "the parties signed 9 agreements worth $2 billion.",
    "In a bilateral meeting between Norway and Uzbekistan, the sides signed 9 agreements worth $2 billion.",
])
def test_the_parties_of_a_bilateral_meeting_at_a_summit_are_its_two_sides(read, signing):
    deals = read(SUMMIT + signing).deals
    assert [sorted(d.parties) for d in deals if d.amount == Decimal("2000000000")] == [["NO", "UZ"]]


def test_the_parties_of_the_summit_itself_are_all_its_countries(read):
    (deal,) = read(SUMMIT + "At the summit, the parties signed 9 agreements worth $2 billion.").deals
    assert set(deal.parties) == {"NO", "KZ", "KG", "TJ", "TM", "UZ"}


@pytest.mark.parametrize("text", [
    "Norway will provide NOK 3 billion in grants to the five Central Asian countries.",
    "Norway will offer grants of $50 million to the countries of Central Asia.",
    "Norway plans to allocate $20 million in regional grants.",
])
def test_grants_pledged_for_the_region_as_a_whole_are_a_target_not_a_deal(read, text):
    extraction = read(text)
    assert extraction.deals == []
    assert len(extraction.targets) == 1


@pytest.mark.parametrize("text", [
    "Norway has agreed to provide NOK 3 billion in grants to the five Central Asian countries.",
    "The governments approved $400 million in regional grants and signed 12 agreements.",
])
def test_grants_approved_for_the_region_as_a_whole_are_no_deal(read, text):
    assert all(d.amount is None for d in read(text).deals)


def test_a_grant_to_one_country_of_the_region_stays_a_deal(read):
    (deal,) = read("Norway has agreed to provide $30 million in grants to Tajikistan.").deals
    assert set(deal.parties) == {"NO", "TJ"}


@pytest.mark.parametrize("text, lender", [
    ("The Export-Import Bank of Norway has issued a letter of interest for $600 million in financing, and the Nordic "
     "Investment Bank has also issued a letter of interest.", "Export-Import Bank of Norway"),
    ("The Export-Import Bank of Norway will lend $80 million, and the Asian Development Bank will also study the project.",
     "Export-Import Bank of Norway"),
])
def test_a_lender_named_in_a_clause_of_its_own_after_the_sum_is_not_its_side(read, text, lender):
    deal = next(d for d in read(text).deals if d.amount in (Decimal("600000000"), Decimal("80000000")))
    assert deal.institutions == [lender] and deal.parties == []


def test_two_lenders_named_together_after_the_sum_are_both_its_sides(read):
    deal = next(iter(read("Tajikistan secured a loan of $90 million from the Asian Development Bank and the Islamic Development Bank.").deals))
    assert len(deal.institutions) == 2


@pytest.mark.parametrize("text", [
    "During the visit, Kazakhstan made history by buying Norwegian electric ferries for the first time; Norway is exporting "
    "the ferries to Kazakhstan for the first time, worth $90 million.",
    "Norwegian shipyards celebrated selling three ferries to Turkmenistan, worth $90 million.",
    "Norway marked a first by supplying Uzbekistan with its own wind turbines, valued at $90 million.",
])
def test_a_single_sale_told_by_its_gerund_and_its_worth_is_a_deal(read, text):
    (deal,) = read(text).deals
    assert deal.amount == Decimal("90000000") and len(deal.parties) == 2


def test_a_yearly_flow_of_exports_with_its_worth_is_no_deal(read):
    assert read("Norway keeps exporting fish to Kazakhstan, worth $90 million a year.").deals == []


def test_a_lender_with_a_participle_of_its_own_after_the_sum_lends_the_next_sum(read):
    text = ("The joint venture is estimated to cost $500 million, with the Asian Development Bank providing a loan of $300 million "
            "to Kazakhstan.")
    first = next(d for d in read(text).deals if d.amount == Decimal("500000000"))
    assert first.institutions == []


@pytest.mark.parametrize("text", [
    "Kazakhstan and Norway set up a joint venture worth $200 million to make batteries.",
    "The venture between Uzbek and Norwegian firms is expected to cost $200 million.",
    "A Norwegian firm and Kyrgyzstan's mining company formed a joint venture with a capital of $200 million.",
])
def test_a_joint_venture_with_its_worth_or_cost_is_a_deal(read, text):
    (deal,) = read(text).deals
    assert deal.amount == Decimal("200000000") and "venture" in deal.title


def test_a_project_cost_with_no_agreement_is_no_deal(read):
    assert read("The new highway in Kyrgyzstan is estimated to cost $200 million.").deals == []
