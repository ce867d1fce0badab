from decimal import Decimal

from dialogue.ingest.ru.money import find_targets
from dialogue.ingest.ru.morph import sentences


def _targets(text):
    return [(t.amount, t.currency, t.period_years, t.equivalent_of) for s in sentences(text) for t in find_targets(text, s)]


def test_a_grant_to_the_region_with_its_conversion_in_brackets_is_two_targets():
    text = "Токио выделит региону в течение трех лет 4 млрд иен (примерно $27 млн) на подготовку инженеров."
    assert _targets(text) == [(Decimal("4000000000"), "JPY", Decimal(3), None), (Decimal("27000000"), "USD", Decimal(3), 0)]


def test_a_sum_in_euros_for_a_period_of_years():
    text = "Евросоюз выделит 300 млн евро на период 2027-2030 гг. на поддержку водных проектов."
    assert _targets(text) == [(Decimal("300000000"), "EUR", Decimal(4), None)]


def test_trade_turnover_is_not_a_target():
    assert _targets("Товарооборот, которому предстоит выделить место в повестке, достиг 5 млрд долларов.") == []
