"""Deals counted with words between the number and the noun, deals whose sum stands after what they are signed on or
what they bind a side to pay, and a deal's second side named in the sentence before. Sentences of our own."""

from decimal import Decimal

import pytest

B = 10**9


def _deals(read, text):
    return [(d.amount, d.currency, d.count, set(d.parties)) for d in read(text).deals]


@pytest.mark.parametrize("text, count", [
    ("A total of 74 public- and private-sector investment deals, including in mining and farming, have been reached between Norway and the five countries.", 74),
    ("Some 45 new supply contracts were signed between Chilean and Peruvian firms.", 45),
    ("Twelve business deals have been clinched between Iceland and Kazakhstan.", 12),
])
def test_deals_counted_with_words_before_their_noun(read, text, count):
    assert [d.count for d in read(text).deals] == [count]


def test_agreements_counted_with_no_business_word_are_no_deals(read):
    assert read("A total of 14 intergovernmental agreements have been reached between Norway and Kazakhstan.").deals == []


@pytest.mark.parametrize("text, amount, parties", [
    ("In Kyrgyzstan, three memorandums of understanding (MoU) were signed for the building of a $900 million copper smelter by Chile.", 0.9 * B, {"KG", "CL"}),
    ("Norway and Tajikistan signed an agreement on the expansion of a $1.2 billion hydropower plant.", 1.2 * B, {"NO", "TJ"}),
    ("Chile and Kazakhstan signed a contract under which a Kazakh state firm will pay the Chilean side $4 billion for copper.", 4 * B, {"CL", "KZ"}),
])
def test_a_sum_after_what_the_agreement_is_signed_on_is_its_worth(read, text, amount, parties):
    found = _deals(read, text)
    assert len(found) == 1 and found[0][0] == Decimal(str(amount)) and parties <= found[0][3], found


def test_a_deal_naming_one_side_takes_the_other_from_the_sentence_before(read):
    text = ("At the summit the two presidents further agreed that Norway will deliver electric ferries to Kyrgyzstan. "
            "With the deal worth some $90 million, Norway will build the ferries at its own yards.")
    assert [d[3] for d in _deals(read, text)] == [{"NO", "KG"}]


def test_a_contract_with_no_sum_it_binds_anyone_to_pay_is_no_deal(read):
    assert read("Norway and Chile signed a contract under which the firms will study a $2 billion market.").deals == []


@pytest.mark.parametrize("text", [
    "Kazakhstan and Norway held talks. An agreement has also been reached to promote new projects and programmes worth $3 billion in farming.",
    "Kazakhstan and Norway held talks. Agreements have also been reached to launch joint projects worth $3 billion in mining.",
])
def test_projects_an_agreement_reached_is_about_are_a_deal(read, text):
    assert [(d.amount, d.stage) for d in read(text).deals] == [(Decimal(3 * B), "commitment")]


def test_projects_only_hoped_for_are_no_deal(read):
    text = "Kazakhstan and Norway held talks. The ministers hope to promote new projects worth $3 billion in farming by 2030."
    assert read(text).deals == []


def test_a_project_priced_after_the_signing_on_it_is_a_deal_of_the_same_sides(read):
    text = ("In Peru, Norwegian and Peruvian firms signed two memorandums on the construction of a $900 million copper smelter "
            "and a plant turning gas into fertiliser. The fertiliser plant project is worth $2 billion.")
    found = {(d.amount, d.stage, frozenset(d.parties)) for d in read(text).deals}
    assert (Decimal(2 * B), "signed", frozenset({"NO", "PE"})) in found, found


def test_a_project_priced_with_no_signing_before_is_no_deal(read):
    text = "Norway and Peru discussed farming. The fertiliser plant project is worth $2 billion."
    assert read(text).deals == []


def test_the_partner_named_only_in_the_formats_name_is_no_side_of_a_lenders_deal(read):
    text = ("The Nordic Investment Bank (NIB) signed three memorandums at the first Norway-Central Asia Summit, pledging "
            "a total of EUR 200 million for projects in Kyrgyzstan, Tajikistan and Uzbekistan.")
    deals = read(text).deals
    assert len(deals) == 1 and set(deals[0].parties) == {"KG", "TJ", "UZ"}, [(d.parties, d.institutions) for d in deals]


@pytest.mark.parametrize("text, count, title", [
    ("Firms from Norway and the Andean countries signed 14 cooperation agreements across several industries at a business forum in Lima.",
     14, "cooperation agreements"),
    ("At the forum, companies of Chile and Finland signed 9 memoranda of understanding on mining and forestry.", 9, "memoranda of understanding"),
    ("On the sidelines, Peruvian and Icelandic firms inked 11 agreements on fisheries.", 11, "agreements"),
])
def test_agreements_counted_that_businesses_signed_are_deals_not_documents(read, text, count, title):
    extraction = read(text)
    assert [(d.count, d.title) for d in extraction.deals] == [(count, title)]
    assert extraction.documents == []


@pytest.mark.parametrize("text", [
    "The ministers of Chile and Finland signed 9 memoranda of understanding on mining and forestry.",
    "The presidents signed 12 cooperation agreements, and a business forum brought together companies from both countries.",
])
def test_agreements_counted_that_governments_signed_stay_documents(read, text):
    extraction = read(text)
    assert extraction.deals == [] and len(extraction.documents) == 1
