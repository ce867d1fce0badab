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


def test_a_period_told_as_a_term_in_years_is_the_target_s_period():
    assert _targets("Норвегия сроком на 4 года выделит странам Центральной Азии 600 млн евро.")[0][2] == 4
    assert _targets("Норвегия в ближайшие пять лет предоставит региону 90 млн евро.")[0][2] == 5


def test_a_period_told_as_a_span_of_years_counts_both_ends():
    assert _targets("На 2026-2030 годы Норвегия предоставит региону 80 млн евро.")[0][2] == 5
    assert _targets("Норвегия выделит региону 80 млн евро на период с 2026 по 2028 год.")[0][2] == 3


def test_a_year_is_not_a_period():
    assert _targets("В 2026 году Норвегия выделит региону 80 млн евро.")[0][2] is None


def test_a_level_of_investment_a_side_means_to_reach_is_a_target():
    assert _targets("Норвегия намерена довести объем инвестиций в регион до 3 млрд евро в течение пяти лет.") == [
        (Decimal("3000000000"), "EUR", Decimal(5), None)]


def test_each_sum_takes_the_period_told_right_after_it():
    text = "Норвегия намерена вложить в регион 5 миллиардов долларов в ближайшие годы и до 20 миллиардов долларов в течение десятилетия."
    assert [(t[0], t[2]) for t in _targets(text)] == [(Decimal("5000000000"), None), (Decimal("20000000000"), Decimal(10))]


def test_a_period_before_the_sums_is_every_sum_s():
    text = "В течение пяти лет Норвегия выделит 2 млрд долларов и 1 млрд евро на гранты."
    assert [t[2] for t in _targets(text)] == [Decimal(5), Decimal(5)]


def test_a_sum_told_in_the_headline_takes_the_period_the_body_gives(read):
    text = ("Норвегия выделит региону 4 млрд евро\n"
            "На саммите «Центральная Азия – Норвегия» премьер-министр заявила, что Норвегия выделит 4 млрд евро в течение пяти лет.")
    assert [(t.amount, t.period_years) for t in read(text).targets] == [(Decimal("4000000000"), Decimal(5))]
