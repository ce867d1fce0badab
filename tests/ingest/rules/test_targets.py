"""Money targets against the sums that only look like them, in sentences of our own."""

from decimal import Decimal

import pytest

B = 10**9


@pytest.mark.parametrize("text", [
    "Japan has provided aid totalling $3 billion to the region since independence.",
    "The United States has provided more than $9 billion in assistance to Central Asia since 1992.",
    "Humanitarian aid worth $2 million was delivered to Afghanistan.",
    "Japan has implemented projects worth over $3 billion in Uzbekistan.",
    "The number of firms with Korean capital in Uzbekistan exceeds 900, with investments of $7 billion.",
    "Uzbekistan is implementing 120 projects with Korean capital worth more than $9 billion.",
    "He noted the presence of Italian firms in Kazakhstan, with over EUR 5 billion in ongoing projects.",
    "Japan is the largest investor, with more than $20 billion in the Kazakh economy.",
    "Chinese investments, worth $25 billion, have transformed the region.",
])
def test_sums_of_the_past_or_of_what_stands_now_are_no_targets(read, text):
    assert read(text).targets == []


def test_a_goal_said_again_with_its_period_gives_the_period_to_it_and_its_conversion(read):
    text = ("Korea is ready to invest about 2 trillion won ($1.5 billion) in projects across the region. "
            "The minister said they set a goal of projects totalling about two trillion won over the next four years.")
    targets = read(text).targets
    assert [(t.amount, t.currency, t.period_years) for t in targets] == [
        (Decimal(2000 * B), "KRW", Decimal(4)), (Decimal("1.5") * B, "USD", Decimal(4))]


@pytest.mark.parametrize("text, amount, period", [
    ("The EU pledged EUR 300 million to the region under its connectivity plan.", 300 * 10**6, None),
    ("Korea will allocate $500 million to Central Asian countries over the next five years.", 500 * 10**6, 5),
    ("The leaders set the goal of raising trade to $10 billion by 2030.", 10 * B, None),
])
def test_sums_set_out_for_the_region_or_as_goals_are_targets(read, text, amount, period):
    extraction = read(text)
    assert [(t.amount, t.period_years) for t in extraction.targets] == [(Decimal(amount), None if period is None else Decimal(period))]
    assert extraction.deals == []


@pytest.mark.parametrize("text, amounts", [
    ("The sides agreed to increase the trade turnover to $1 billion in the coming years.", [10**9]),
    ("Turkey intends to bring mutual trade to $5 billion.", [5 * B]),
    ("The two sides agreed to raise trade from $3 billion to $5 billion by 2028.", [5 * B]),
    ("Kazakhstan and China aim to double trade to $40 billion (about 290 billion yuan).", [40 * B, 290 * B]),
])
def test_a_level_set_out_to_be_reached_is_a_target_but_not_the_figure_it_grows_from(read, text, amounts):
    assert [t.amount for t in read(text).targets] == [Decimal(a) for a in amounts]


@pytest.mark.parametrize("text", [
    "Trade grew by 20 percent to $800 million last year.",
    "Last year the two countries managed to increase trade to $5 billion.",
])
def test_a_level_reached_is_no_target(read, text):
    assert read(text).targets == []


@pytest.mark.parametrize("text", [
    "Projects worth $5 billion are under discussion with Japan.",
    "The sides discussed 30 projects worth $4 billion with Uzbekistan.",
    "Tokayev invited German companies to take part in projects worth $10 billion.",
])
def test_projects_talked_of_are_neither_deals_nor_targets(read, text):
    extraction = read(text)
    assert extraction.targets == [] and extraction.deals == []


def test_projects_of_a_programme_unveiled_over_years_are_a_target(read):
    extraction = read("Korea unveiled a four-year programme covering projects worth some 2 trillion won for the region.")
    assert [(t.amount, t.period_years) for t in extraction.targets] == [(Decimal(2000 * B), Decimal(4))]
    assert extraction.deals == []


def test_a_headline_goal_takes_the_period_said_after_its_sum_in_the_text_not_another_sums(read):
    text = ("Kazakhstan and Korea set $60bn investment goal\n\n"
            "Kazakhstan plans to invest $20 billion in Korea over three years and $60 billion over the next decade, the ministry said.")
    assert [(t.amount, t.period_years) for t in read(text).targets] == [(Decimal(60 * B), Decimal(10)), (Decimal(20 * B), Decimal(3))]


@pytest.mark.parametrize("text, expected", [
    ("Norway and the five countries met in Oslo. Main outcomes: Ferry Links: Norway committed €2.7", []),
    ("Norway and the five countries met in Oslo. Main outcomes: Ferry Links: Norway committed €2.7 billion.", [(Decimal("2.7e9"), "EUR")]),
])
def test_a_sum_where_the_text_stops_mid_sentence_is_no_target(read, text, expected):
    assert [(t.amount, t.currency) for t in read(text).targets] == expected
