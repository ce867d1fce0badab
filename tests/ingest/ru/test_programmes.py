"""Programmes of several years, joint programmes and a strategic partnership set up: initiatives of the format, of no
one in particular. Sentences of our own."""

import pytest


@pytest.mark.parametrize(("text", "title"), [
    ("Министры обсудили «План действий Норвегии и стран Центральной Азии по охране ледников на 2027-2030 гг.».",
     "План действий Норвегии и стран Центральной Азии по охране ледников на 2027-2030 гг."),
    ("Этот план на 2026-2028 годы будет рассмотрен на следующем саммите «Центральная Азия – Норвегия».",
     "план на 2026-2028 годы"),
    ("Одной из тем встречи «Центральная Азия – Норвегия» станет совместная программа подготовки горных спасателей.",
     "совместная программа подготовки горных спасателей"),
    ("Министры Норвегии и стран Центральной Азии одобрили совместный план охраны ледников и итоговое заявление.",
     "совместный план охраны ледников"),
])
def test_a_programme_of_several_years_or_a_joint_one_is_an_initiative(read, text, title):
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [(title, None)]


@pytest.mark.parametrize("text", [
    "Программа визита министра Норвегии в страны Центральной Азии включает встречу с молодёжью.",
    "План на 2027 год предусматривает рост товарооборота между Норвегией и Центральной Азией.",
    "Министры Центральной Азии и Норвегии обсудили совместные программы вузов.",
    "Лидеры Центральной Азии и Норвегии одобрили совместный план и декларацию.",
    "Министры Норвегии и стран региона обсудили совместный план, сообщает пресс-служба.",
])
def test_a_plan_of_one_year_a_visit_s_programme_or_programmes_in_general_are_no_initiative(read, text):
    assert read(text).initiatives == []


@pytest.mark.parametrize("text", [
    "По итогам саммита «Центральная Азия – Норвегия» стороны договорились вывести отношения на уровень стратегического партнёрства.",
    "На саммите «Центральная Азия – Норвегия» принято решение об установлении стратегического партнёрства.",
    "Норвегия и страны Центральной Азии установили стратегическое партнёрство.",
])
def test_a_strategic_partnership_set_up_is_an_initiative_of_no_one(read, text):
    assert [(i.title.lower().replace("ё", "е"), i.proposed_by) for i in read(text).initiatives] == [("стратегическое партнерство", None)]


@pytest.mark.parametrize("text", [
    "На саммите «Норвегия – Центральная Азия» в Осло было объявлено о начале «стратегического сотрудничества» с регионом.",
    "Норвегия и страны Центральной Азии объявили о переходе к стратегическому сотрудничеству.",
])
def test_strategic_cooperation_set_up_is_an_initiative_of_no_one(read, text):
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [("стратегическое сотрудничество", None)]


def test_strategic_cooperation_only_deepened_is_no_initiative(read):
    assert read("Министры Норвегии и Центральной Азии обсудили углубление стратегического сотрудничества.").initiatives == []


@pytest.mark.parametrize("text", [
    "Отношения Норвегии и стран Центральной Азии находятся на уровне стратегического партнёрства.",
    "«Наше стратегическое партнёрство — это обязательство», — сказал министр Норвегии.",
])
def test_a_strategic_partnership_only_spoken_of_is_no_initiative(read, text):
    assert read(text).initiatives == []


@pytest.mark.parametrize("text", [
    "Лидеры поручили министрам подготовить «дорожную карту» расширения взаимной торговли между странами.",
    "Министрам поручено разработать дорожную карту расширения взаимной торговли, сообщает пресс-служба.",
])
def test_a_roadmap_to_draw_up_named_by_its_aim_is_an_initiative_of_no_one_in_particular(read, text):
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [("дорожная карта расширения взаимной торговли", None)]


def test_a_roadmap_named_by_no_aim_is_no_initiative(read):
    assert read("Стороны намерены составить дорожную карту по расширению торговли.").initiatives == []


@pytest.mark.parametrize(("text", "title"), [
    ("Министры обсудят ход реализации «Дорожной карты Норвегии и Центральной Азии 2035», принятой в прошлом году.",
     "Дорожная карта Норвегии и Центральной Азии 2035"),
    ("Стороны оценили выполнение «Плана действий по охране ледников».", "План действий по охране ледников"),
    ("Главы МИД рассмотрели итоги осуществления «Программы Осло» в странах региона.", "Программа Осло"),
])
def test_a_plan_named_in_quotes_that_the_meeting_carries_out_is_an_initiative(read, text, title):
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [(title, None)]


def test_a_plan_named_in_quotes_without_being_carried_out_is_no_initiative(read):
    assert read("Министры Норвегии вспомнили «Дорожную карту» прошлых лет.").initiatives == []
