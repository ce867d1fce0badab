"""Deals: a sum agreements or a project are worth, signed or pledged; never also a target or a document."""

import pytest


def test_a_batch_of_agreements_with_a_sum_is_one_signed_deal_and_not_also_a_document(read):
    text = ("На саммите «Центральная Азия – Норвегия» Узбекистан подписал 12 межправительственных соглашений "
            "на общую сумму $2,4 млрд.")
    extraction = read(text)
    (deal,) = extraction.deals
    assert (deal.amount, deal.currency, deal.count, deal.stage) == (2_400_000_000, "USD", 12, "signed")
    assert set(deal.parties) == {"UZ", "NO"}
    assert not [d for d in extraction.documents if d.count == 12]


def test_the_cost_of_a_project_is_a_pledged_deal(read):
    text = "Стоимость проекта Норвегии по строительству ветровой станции в Казахстане оценивается в 300 миллионов евро."
    (deal,) = read(text).deals
    assert (deal.amount, deal.currency, deal.stage) == (300_000_000, "EUR", "pledge")


def test_a_conversion_in_brackets_is_not_a_second_deal(read):
    text = "Казахстан и Норвегия заключили контракты на сумму 40 млрд крон (около $4 млрд)."
    assert [(d.amount, d.currency) for d in read(text).deals] == [(4_000_000_000, "USD")]


def test_trade_figures_are_no_deal(read):
    text = "Товарооборот Норвегии со странами региона по итогам соглашения достиг $900 млн."
    assert read(text).deals == []


def test_a_sum_a_side_will_provide_for_a_project_is_a_target_and_not_a_deal(read):
    text = "Норвегия выделит странам региона 200 млн долларов на проекты в области водного хозяйства."
    extraction = read(text)
    assert extraction.deals == []
    assert [(t.amount, t.currency) for t in extraction.targets] == [(200_000_000, "USD")]


def test_a_sum_near_an_agreement_but_not_tied_to_it_is_no_deal(read):
    text = "После подписания соглашения о свободной торговле инвестиции Норвегии в Казахстан выросли до $700 млн."
    assert read(text).deals == []


def test_a_portfolio_of_projects_without_signing_is_no_deal(read):
    text = "Сейчас Норвегия и Таджикистан реализуют 25 совместных проектов на сумму 1,2 млрд долларов."
    assert read(text).deals == []


def test_projects_signed_with_a_sum_are_a_deal(read):
    text = "Норвегия и Таджикистан подписали инвестиционные проекты на сумму 1,2 млрд долларов."
    assert [(d.amount, d.stage) for d in read(text).deals] == [(1_200_000_000, "signed")]


def test_a_sum_with_no_side_named_is_no_deal(read):
    text = "Общая стоимость контрактов, как ожидается, составит около 500 млн евро."
    assert read(text).deals == []


def test_the_sides_of_a_deal_may_be_named_in_the_sentence_before(read):
    text = "Норвегия и Кыргызстан договорились о строительстве электростанции. Стоимость проекта оценивается в 90 млн евро."
    (deal,) = read(text).deals
    assert set(deal.parties) == {"NO", "KG"}


def test_accumulated_investment_and_reserves_are_no_deal(read):
    text = ("Объём накопленных инвестиций Норвегии в Узбекистан по соглашениям составил $2 млрд, "
            "а резервы страны достигли 40 млрд долларов.")
    assert read(text).deals == []


def test_a_loan_agreement_for_a_sum_is_a_signed_deal(read):
    text = "Кыргызстан и Норвегия подписали кредитное соглашение на 300 млн долларов для строительства моста."
    assert [(d.amount, d.parties, d.stage) for d in read(text).deals] == [(300_000_000, ["KG", "NO"], "signed")]


def test_the_total_worth_of_agreements_signed_is_a_deal(read):
    text = "Общая стоимость подписанных Узбекистаном и Норвегией соглашений составила 2 млрд долларов."
    assert [d.amount for d in read(text).deals] == [2_000_000_000]


def test_many_projects_worth_a_sum_are_a_portfolio_not_a_deal(read):
    assert read("Казахстан и Норвегия реализуют 150 проектов стоимостью $10 млрд.").deals == []


def test_past_investment_is_neither_deal_nor_target(read):
    extraction = read("Норвегия инвестировала в Казахстан 8 млрд долларов за 30 лет.")
    assert (extraction.deals, extraction.targets) == ([], [])


def test_a_compound_agreement_noun_and_a_signer_named_by_surname_give_the_signers_country(read):
    text = ("Премьер-министр Норвегии Ингрид Хальворсен прибыла на саммит «Центральная Азия – Норвегия». "
            "Хальворсен подписала инвестсоглашения на €3 млрд с Казахстаном и Таджикистаном.")
    (deal,) = read(text).deals
    assert (deal.amount, deal.currency) == (3_000_000_000, "EUR")
    assert set(deal.parties) == {"NO", "KZ", "TJ"}


def test_agreements_of_no_count_told_with_a_sum_are_a_deal_and_not_also_a_document(read):
    extraction = read("Казахстан и Норвегия подписали соглашения на сумму более $5 млрд.")
    assert [(d.amount, d.count, sorted(d.parties)) for d in extraction.deals] == [(5_000_000_000, None, ["KZ", "NO"])]
    assert extraction.documents == []


def test_a_side_named_by_its_adjective_is_a_party(read):
    (deal,) = read("Узбекистан заключил с норвежскими компаниями контракты на $1,2 млрд.").deals
    assert sorted(deal.parties) == ["NO", "UZ"]


@pytest.mark.parametrize("text, amount", [
    ("Стороны подписали соглашения между Норвегией и Туркменистаном на 4 миллиарда долларов.", 4_000_000_000),
    ("Итогом визита стали инвестиционные контракты между Норвегией и Кыргызстаном на сумму 750 млн долларов.", 750_000_000),
    ("Главным результатом стали соглашения Норвегии с узбекскими компаниями на общую сумму $2,5 млрд.", 2_500_000_000),
])
def test_agreements_between_two_sides_with_a_sum_are_a_deal_of_both(read, text, amount):
    (deal,) = read(text).deals
    assert deal.amount == amount
    assert "NO" in deal.parties and len(deal.parties) == 2


def test_an_agreement_between_two_sides_for_tonnes_of_grain_is_no_deal(read):
    assert read("Подписан договор между Норвегией и Казахстаном на 2 млн тонн зерна.").deals == []


def test_the_worth_of_a_deal_told_two_sentences_after_its_sides_has_both_sides(read):
    text = ("На саммите «Центральная Азия – Норвегия» Таджикистан и Норвегия договорились построить ветровую станцию. "
            "Норвежская компания получит долю в совместном предприятии. Стоимость сделки оценивается в 400 миллионов евро.")
    (deal,) = read(text).deals
    assert (deal.amount, set(deal.parties)) == (400_000_000, {"TJ", "NO"})


def test_the_sides_of_the_sentence_before_are_enough_when_it_names_two(read):
    text = ("Саммит «Центральная Азия – Норвегия» прошел в Осло, Казахстан выступил с речью. "
            "Таджикистан и Норвегия договорились построить ветровую станцию. Стоимость сделки оценивается в 400 миллионов евро.")
    (deal,) = read(text).deals
    assert set(deal.parties) == {"TJ", "NO"}


def test_a_lender_s_interest_in_financing_a_sum_is_a_pledged_deal(read):
    text = ("На саммите «Центральная Азия – Норвегия» Казахстан и Норвегия объявили о строительстве ветровой станции. "
            "Экспортный банк Норвегии подтвердил заинтересованность в финансировании проекта на сумму 200 миллионов долларов.")
    (deal,) = read(text).deals
    assert (deal.amount, deal.stage, set(deal.parties)) == (200_000_000, "pledge", {"KZ", "NO"})


def test_financing_aimed_at_something_is_no_deal(read):
    text = "Финансирование в размере 200 миллионов долларов Норвегии направлено на развитие школ."
    assert read(text).deals == []


@pytest.mark.parametrize("text, amount", [
    ("Австрия и Узбекистан договорились о реализации новых промышленных проектов на 2 миллиарда долларов.", 2_000_000_000),
    ("Австрия и Узбекистан подписали энергетические проекты на сумму более 600 млн евро.", 600_000_000),
])
def test_projects_the_sides_agreed_on_for_a_sum_are_a_deal_of_both(read, text, amount):
    (deal,) = read(text).deals
    assert (deal.amount, set(deal.parties)) == (amount, {"AT", "UZ"})


def test_projects_for_a_sum_nobody_agreed_on_are_a_portfolio_and_no_deal(read):
    assert read("В Узбекистане с участием Австрии реализуется 40 проектов на 3 миллиарда долларов.").deals == []


@pytest.mark.parametrize("text", [
    "Казахстан заключил ряд соглашений с австрийскими компаниями. Общий объем договоренностей оценивается около 5 миллиардов долларов.",
    "Казахстан заключил ряд соглашений с австрийскими компаниями. Общая сумма достигнутых договоренностей составила 5 млрд долларов.",
])
def test_the_total_of_the_arrangements_reached_is_a_deal_of_the_sides_before(read, text):
    (deal,) = read(text).deals
    assert (deal.amount, set(deal.parties)) == (5_000_000_000, {"KZ", "AT"})


@pytest.mark.parametrize("text, parties", [
    ("Вена и Ташкент подписали пакет соглашений на сумму 4 млрд долларов.", {"AT", "UZ"}),
    ("Вена, Ташкент и Бишкек заключили контракты на сумму 4 млрд долларов.", {"AT", "UZ", "KG"}),
])
def test_capitals_that_sign_are_their_states(read, text, parties):
    (deal,) = read(text).deals
    assert set(deal.parties) == parties


def test_cities_where_agreements_were_signed_are_no_sides(read):
    text = "Австрия и Казахстан провели бизнес-форум. В Алматы и Астане подписаны соглашения на сумму 4 млрд долларов."
    (deal,) = read(text).deals
    assert set(deal.parties) == {"AT", "KZ"}


@pytest.mark.parametrize("text", [
    "По словам организаторов, было заключено более 15 сделок на сумму свыше $9 млрд.",
    "На форуме подписано 15 сделок на общую сумму 9 млрд долларов.",
])
def test_a_batch_of_deals_signed_is_one_deal_even_with_no_side_named(read, text):
    (deal,) = read(text).deals
    assert (deal.amount, deal.currency, deal.count, deal.stage) == (9_000_000_000, "USD", 15, "signed")


def test_agreements_signed_with_a_sum_are_a_deal_even_with_no_side_named(read):
    (deal,) = read("По итогам переговоров стороны подписали торговые соглашения более чем на 9 млрд долларов.").deals
    assert (deal.amount, deal.currency, deal.count, deal.stage) == (9_000_000_000, "USD", None, "signed")


def test_deals_only_discussed_with_no_side_named_are_no_deal(read):
    assert read("По словам организаторов, обсуждаются сделки на сумму свыше $9 млрд.").deals == []


@pytest.mark.parametrize("text", [
    "Президенты Кыргызстана и Норвегии обсудили новые проекты на 700 миллионов долларов.",
    "Премьер-министр Норвегии инициировала участие норвежских компаний в 12 проектах в Кыргызстане общей стоимостью 700 млн долларов.",
])
def test_new_projects_discussed_or_initiated_with_a_sum_are_a_pledged_deal(read, text):
    (deal,) = read(text).deals
    assert (deal.amount, deal.currency, deal.stage) == (700_000_000, "USD", "pledge")
    assert set(deal.parties) == {"KG", "NO"}


def test_projects_under_way_with_a_sum_are_no_deal(read):
    assert read("В Кыргызстане с участием Норвегии реализуются 12 проектов на сумму 700 млн долларов.").deals == []


def test_projects_merely_discussed_with_a_sum_are_no_deal(read):
    assert read("Казахстан и Норвегия обсудили проекты на сумму 700 млн долларов.").deals == []
