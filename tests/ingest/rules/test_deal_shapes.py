"""A battery of deal sentences in many shapes, in sentences of our own: sums in several currencies and in words,
bracketed conversions, sides named as countries, firms, banks or "the sides"; and near-misses that are no deal."""

from decimal import Decimal

import pytest

B = 10**9
M = 10**6


@pytest.mark.parametrize("text, amount, currency, count, parties", [
    ("Japan and Uzbekistan signed 15 agreements worth $1.5bn in Tashkent.", 1.5 * B, "USD", 15, {"JP", "UZ"}),
    ("South Korean and Kazakh companies signed deals totalling USD 2.3 billion.", 2.3 * B, "USD", None, {"KR", "KZ"}),
    ("Turkmenistan and Turkey signed investment agreements for $600 million.", 600 * M, "USD", None, {"TM", "TR"}),
    ("India and Kazakhstan agreed on a portfolio of 40 projects worth $5 billion.", 5 * B, "USD", 40, {"IN", "KZ"}),
    ("Kazakhstan and China signed deals worth seventeen billion tenge.", 17 * B, "KZT", None, {"KZ", "CN"}),
    ("Germany and Uzbekistan signed contracts worth EUR 2.1 billion ($2.3 billion).", 2.1 * B, "EUR", None, {"DE", "UZ"}),
    ("Chinese firms signed contracts worth 500 million yuan with Tajik partners.", 500 * M, "CNY", None, {"CN", "TJ"}),
    ("In Seoul, Korea and Turkmenistan concluded agreements amounting to $3 billion.", 3 * B, "USD", None, {"KR", "TM"}),
    ("Uzbekistan and the United Kingdom signed trade and investment deals worth £1 billion.", 1 * B, "GBP", None, {"UZ", "GB"}),
    ("Kazakhstan and Italy signed 20 agreements with a total value of $2 billion.", 2 * B, "USD", 20, {"KZ", "IT"}),
    ("A total of 30 documents worth over $4 billion were signed by Kyrgyz and Chinese companies.", 4 * B, "USD", 30, {"KG", "CN"}),
    ("Investment agreements worth $10 billion were signed between Uzbekistan and Saudi Arabia.", 10 * B, "USD", None, {"UZ", "SA"}),
    ("Japan will provide a yen loan of 30 billion yen to Uzbekistan for a power plant.", 30 * B, "JPY", None, {"JP", "UZ"}),
    ("Uzbek and Korean companies signed 25 deals totaling 7 trillion won.", 7000 * B, "KRW", 25, {"UZ", "KR"}),
    ("Kyrgyzstan and Russia inked a package of documents worth 2 billion rubles.", 2 * B, "RUB", None, {"KG", "RU"}),
    ("Uzbekistan, Japan sign $12bn deals", 12 * B, "USD", None, {"UZ", "JP"}),
    ("Kazakhstan, Germany ink 36 documents worth $6.3bn", 6.3 * B, "USD", 36, {"KZ", "DE"}),
    ("Korea and Uzbekistan signed $3 billion worth of contracts.", 3 * B, "USD", None, {"KR", "UZ"}),
    ("Uzbekistan secured $6 billion in investment deals with South Korea.", 6 * B, "USD", None, {"UZ", "KR"}),
    ("More than $5 billion worth of agreements were signed at the forum between Kazakh and Chinese companies.", 5 * B, "USD", None, {"KZ", "CN"}),
    ("A portfolio of 25 projects worth $4 billion was formed between Korea and Kyrgyzstan.", 4 * B, "USD", 25, {"KR", "KG"}),
    ("Kazakhstan and Korea signed 11 agreements worth 1 trillion won (about $800 million).", 1000 * B, "KRW", 11, {"KZ", "KR"}),
    ("Kazakhstan signed deals worth KZT 500 billion with Chinese firms.", 500 * B, "KZT", None, {"KZ", "CN"}),
    ("Kazakhstan and Russia signed contracts worth one and a half billion dollars.", 1.5 * B, "USD", None, {"KZ", "RU"}),
    ("Turkmenistan and Japan signed a loan agreement worth 20 billion yen.", 20 * B, "JPY", None, {"TM", "JP"}),
    ("The UAE and Kazakhstan struck deals worth $5 billion in Abu Dhabi.", 5 * B, "USD", None, {"AE", "KZ"}),
    ("Saudi and Uzbek firms clinched agreements valued at around $12 billion.", 12 * B, "USD", None, {"SA", "UZ"}),
    ("Britain and Kazakhstan signed commercial deals worth £700 million.", 700 * M, "GBP", None, {"GB", "KZ"}),
    ("The British export finance agency will provide a £300 million loan to Uzbekistan.", 300 * M, "GBP", None, {"GB", "UZ"}),
    ("Kyrgyzstan and Turkey signed a EUR 50 million agreement for a hospital in Osh.", 50 * M, "EUR", None, {"KG", "TR"}),
    ("Uzbek and Turkish firms signed agreements for a total of $1.2 billion.", 1.2 * B, "USD", None, {"UZ", "TR"}),
    ("Qatar and Tajikistan agreed deals worth $1,5 billion.", 1.5 * B, "USD", None, {"QA", "TJ"}),
    ("Indian and Kazakh firms signed contracts worth Rs 500 crore.", 5 * B, "INR", None, {"IN", "KZ"}),
    ("Twenty projects, worth $3 billion in total, were agreed by Kazakhstan and Korea.", 3 * B, "USD", 20, {"KZ", "KR"}),
    ("Uzbekistan will receive $300 million from Japan under the agreement signed on Tuesday.", 300 * M, "USD", None, {"UZ", "JP"}),
    ("Turkmenistan and Germany signed agreements worth an estimated $2 billion.", 2 * B, "USD", None, {"TM", "DE"}),
    ("Kazakhstan and Japan signed investment deals to the value of $2 billion.", 2 * B, "USD", None, {"KZ", "JP"}),
    ("$4 billion in agreements were signed by Kazakhstan and Japan.", 4 * B, "USD", None, {"KZ", "JP"}),
    ("Korea and Uzbekistan signed an agreement to invest $1 billion in a chemical plant.", 1 * B, "USD", None, {"KR", "UZ"}),
    ("Germany and Kyrgyzstan signed a letter of intent to finance EUR 40 million of rural roads.", 40 * M, "EUR", None, {"DE", "KG"}),
])
def test_a_deal_told_in_many_shapes_gives_its_sum_count_and_sides(read, text, amount, currency, count, parties):
    (deal,) = read(text).deals
    assert (deal.amount, deal.currency, deal.count, set(deal.parties)) == (Decimal(str(amount)), currency, count, parties)


@pytest.mark.parametrize("text, institutions, parties", [
    ("A USD 50 million loan agreement between the Asian Development Bank and the finance ministry of Kyrgyzstan was signed.",
     ["Asian Development Bank"], ["KG"]),
    ("The EBRD signed a EUR 100 million loan with Kazakhstan for wind farms.", ["European Bank for Reconstruction and Development"], ["KZ"]),
    ("Turkmenistan signed a $1 billion loan agreement with the Islamic Development Bank.", ["Islamic Development Bank"], ["TM"]),
])
def test_a_bank_that_lends_is_a_side_beside_the_country_it_lends_to(read, text, institutions, parties):
    (deal,) = read(text).deals
    assert (deal.institutions, deal.parties) == (institutions, parties)


@pytest.mark.parametrize("text", [
    "The deals, worth a combined $9 billion, cover energy and mining.",
    "The contracts, worth a total of $6 billion, cover fisheries, ports and logistics.",
])
def test_a_worth_told_between_commas_after_the_noun_is_the_deals(read, text):
    (deal,) = read(text).deals
    assert deal.amount in (Decimal(9 * B), Decimal(6 * B))


def test_a_portfolio_told_between_commas_and_formed_is_a_deal(read):
    (deal,) = read("The minister said a fresh portfolio of joint projects, estimated at over $8 billion, was formed with Korea.").deals
    assert (deal.title, deal.amount, deal.stage) == ("portfolio of joint projects", Decimal(8 * B), "commitment")


def test_each_clause_gives_its_own_deal_its_own_sides(read):
    first, second = read("Uzbekistan and Korea signed documents worth $5 billion, while Kazakhstan and Korea inked deals worth $3 billion.").deals
    assert (set(first.parties), set(second.parties)) == ({"UZ", "KR"}, {"KZ", "KR"})


def test_a_list_of_countries_with_a_comma_before_and_is_one_side_list(read):
    (deal,) = read("Kazakhstan, Kyrgyzstan, and Uzbekistan signed deals worth $3 billion with Korea.").deals
    assert set(deal.parties) == {"KZ", "KG", "UZ", "KR"}


def test_a_lender_lending_two_sums_to_two_countries_gives_two_loans(read):
    first, second = read("The EBRD will lend $100 million to Kazakhstan and $50 million to Kyrgyzstan for water projects.").deals
    assert (first.amount, first.parties, second.amount, second.parties) == (Decimal(100 * M), ["KZ"], Decimal(50 * M), ["KG"])
    assert first.institutions == second.institutions == ["European Bank for Reconstruction and Development"]


def test_the_sides_after_talks_of_two_named_leaders_are_their_countries(read):
    text = ("Kazakh President Arman Seitkali held talks with Korean President Min-ho Park in Astana. "
            "The sides signed 15 agreements worth $4 billion.")
    (deal,) = read(text).deals
    assert sorted(deal.parties) == ["KR", "KZ"]


def test_the_passage_across_a_blank_line_names_the_sides(read):
    text = ("The volume of Italian investment in Uzbekistan grew last year.\n\n"
            "A business forum was held during the visit.\n\n"
            "After the forum, agreements were reached on new industrial projects worth $2 billion.")
    (deal,) = read(text).deals
    assert sorted(deal.parties) == ["IT", "UZ"]


@pytest.mark.parametrize("text, parties", [
    ("The Korean president also pledged over $70 million in aid to Kyrgyzstan and another, smaller sum to Tajikistan.", ["KR", "KG"]),
    ("Korea pledged $20 million in assistance for Tajikistan to build schools.", ["KR", "TJ"]),
    ("The Indian premier promised $30 million in aid to the Kyrgyz Republic, the ministry said.", ["IN", "KG"]),
])
def test_aid_pledged_to_one_country_is_a_deal_between_the_donor_and_it(read, text, parties):
    extraction = read(text)
    assert [sorted(d.parties) for d in extraction.deals] == [sorted(parties)] and extraction.targets == []


@pytest.mark.parametrize("text", [
    "Germany will provide EUR 100 million in development aid to Central Asia.",
    "Japan will provide $15 million in aid to Kyrgyzstan, Tajikistan and Uzbekistan.",
    "Korea pledged $20 million in aid to Kyrgyzstan and Tajikistan.",
    "Japan will provide $100 million in investment for Uzbekistan over five years.",
    "The ministers chose four projects they agreed to start, which Korea intends to support with $12 million in aid.",
    "The US announced $50 million in new funding for its regional economic programme.",
])
def test_aid_pledged_to_the_region_or_to_several_countries_is_a_target(read, text):
    extraction = read(text)
    assert extraction.deals == [] and len(extraction.targets) == 1


@pytest.mark.parametrize("text", [
    "Trade turnover between Japan and Uzbekistan reached $2.5 billion last year.",
    "Bilateral trade between Kazakhstan and China amounted to 31 billion dollars in 2023.",
    "The leaders set the goal of raising trade to $10 billion by 2030.",
    "Korea will allocate $500 million to Central Asian countries over the next five years.",
    "Since 2005, Germany has invested more than $5 billion in Kazakhstan.",
    "Uzbekistan's GDP grew to $90 billion.",
    "Japan has provided aid totalling $3 billion to the region since independence.",
    "The volume of Chinese investment in Kyrgyzstan exceeded $5 billion.",
    "Accumulated Korean investment in Uzbekistan stands at $7 billion.",
    "The total value of the projects implemented with Japanese participation exceeds $12 billion.",
    "Humanitarian aid worth $2 million was delivered to Afghanistan.",
    "Tajikistan owes China about $1 billion.",
    "The ADB has approved 150 projects worth $10 billion in Kazakhstan since 1994.",
    "The portfolio of joint projects currently stands at $20 billion.",
    "Uzbekistan's portfolio of projects with the World Bank amounts to $6 billion.",
    "Japan has implemented projects worth over $3 billion in Uzbekistan.",
    "The EU is the largest investor in Kazakhstan, accounting for $170 billion of foreign direct investment.",
    "Prices under the gas contract were set at $200 per thousand cubic metres.",
    "Since 2017, Uzbekistan and Korea have signed agreements worth $20 billion.",
    "Over the past five years, agreements worth $15 billion have been signed between Kazakhstan and China.",
    "Remittances from Russia to Tajikistan reached $3 billion.",
    "Japan wants to invest $1 billion in the region.",
    "Chinese investments, worth $25 billion, have transformed the region.",
])
def test_trade_goals_records_and_prices_are_no_deals(read, text):
    assert read(text).deals == []


@pytest.mark.parametrize("text, count, amount", [
    ("Tajikistan and Iran signed 12 agreements. Their total value is $500 million.", 12, 500 * M),
    ("Kazakh and Korean firms signed 9 supply contracts on Monday. Their combined worth exceeds $1 billion.", 9, 1 * B),
])
def test_a_worth_told_in_the_next_sentence_is_the_batchs_one_deal(read, text, count, amount):
    (deal,) = read(text).deals
    assert (deal.count, deal.amount, len(deal.parties)) == (count, Decimal(amount), 2)


@pytest.mark.parametrize("text", [
    "The talks were productive. Their total value is $500 million.",
    "Tajikistan and Iran signed 12 agreements. Trade reached $500 million.",
])
def test_a_worth_with_no_batch_signed_before_it_is_no_deal(read, text):
    assert [d.amount for d in read(text).deals] == []


def test_two_items_of_a_list_with_one_sum_and_two_names_are_two_deals(read):
    text = ("Korea and Uzbekistan signed four agreements worth about $20 million at the forum:\n"
            "- SOLARLINK ($5M) – panels for village schools.\n"
            "- AQUAGRID ($5M) – water meters for small towns.\n"
            "The delegations then toured the city.")
    assert sorted(d.title for d in read(text).deals if d.amount == Decimal(5 * M)) == ["AQUAGRID", "SOLARLINK"]


@pytest.mark.parametrize("text, institutions", [
    ("Kyrgyz Railways signed a $150 million contract with Voltrail to deliver twenty locomotives.", ["Kyrgyz Railways", "Voltrail"]),
    ("Brightwind signed a $90 million contract with Kazakhstan Railways to supply buses.", ["Brightwind", "Kazakhstan Railways"]),
    ("President Aliyar signed a $90 million contract with Kazakhstan Railways to supply buses.", ["Kazakhstan Railways"]),
    ("Aerojet agreed to sell ten airliners to Uzbekistan Airways in a deal valued at $900 million.", ["Aerojet", "Uzbekistan Airways"]),
])
def test_the_firm_across_a_deal_from_a_known_one_is_its_other_side(read, text, institutions):
    (deal,) = read(text).deals
    assert (deal.institutions, deal.parties) == (institutions, [])


@pytest.mark.parametrize("text", [
    "Uzbekistan's president said deals worth $4 billion were reached with German firms.",
    "The minister noted that deals worth $4 billion were reached with German firms.",
])
def test_the_title_of_a_deal_is_its_noun_not_the_words_of_whoever_tells_it(read, text):
    (deal,) = read(text).deals
    assert deal.title == "deals"
