"""Deals: a sum agreements or a project are worth, signed or pledged; never also a target or a document."""


def test_a_batch_of_agreements_with_a_sum_is_one_signed_deal_and_not_also_a_document(read):
    text = ("На саммите «Центральная Азия – Норвегия» Узбекистан подписал 12 межправительственных соглашений "
            "на общую сумму $2,4 млрд.")
    extraction = read(text)
    (deal,) = extraction.deals
    assert (deal.amount, deal.currency, deal.count, deal.stage) == (2_400_000_000, "USD", 12, "signed")
    assert set(deal.parties) == {"UZ", "NO"}
    assert not [d for d in extraction.documents if d.count == 12]


def test_the_cost_of_a_project_is_a_pledged_deal(read):
    text = "Стоимость проекта по строительству норвежско-казахстанской ветровой станции оценивается в 300 миллионов евро."
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
