"""Initiatives and who proposed them when the proposer is named by surname alone after an earlier mention with his
post, and bodies named in the plural. Sentences of our own."""

import pytest

OPENING = "В Бишкеке прошел саммит «Центральная Азия – Норвегия». Премьер-министр Норвегии Ингрид Хальворсен прибыла на саммит. "


def _initiatives(read, text):
    return [(i.title, i.proposed_by) for i in read(OPENING + text).initiatives]


@pytest.mark.parametrize("text, expected", [
    ("Хальворсен предложила создать Центр водных исследований в Бишкеке.", [("Центр водных исследований в Бишкеке", "NO")]),
    ("В своем выступлении Хальворсен выступила с инициативой создания регионального фонда зеленой энергетики.",
     [("региональный фонд зеленой энергетики", "NO")]),
    ("Выступая на саммите, Ингрид Хальворсен предложила провести в Оше форум молодых инженеров.", [("форум молодых инженеров", "NO")]),
])
def test_a_proposer_named_by_surname_alone_has_the_country_of_his_earlier_mention(read, text, expected):
    assert _initiatives(read, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Хальворсен предложила создавать новые транспортные коридоры.", [("новые транспортные коридоры", "NO")]),
    ("Норвежская сторона предложила сформировать совместные венчурные фонды.", [("совместные венчурные фонды", "NO")]),
])
def test_bodies_proposed_in_the_plural_with_their_adjectives_stay_plural(read, text, expected):
    assert _initiatives(read, text) == expected


@pytest.mark.parametrize("text", [
    "Хальворсен предложила создавать условия для роста торговли.",
    "Хальворсен предложила создавать рабочие места в регионе.",
    "Хальворсен отметила, что инвесторы создают новые рабочие места.",
])
def test_conditions_and_jobs_are_no_initiative(read, text):
    assert _initiatives(read, text) == []
