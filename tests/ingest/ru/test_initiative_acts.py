"""Proposals of an act, formats with a named initiator, listed proposals after a colon and numbered meetings of a
series. Sentences of our own."""

import pytest


@pytest.mark.parametrize("text, title", [
    ("Премьер-министр Норвегии Ингрид Хальворсен предложила объединить горные обсерватории региона в общую систему.",
     "объединить горные обсерватории региона в общую систему"),
    ("Президент Кыргызстана Арстан Бекболотов предложил синхронизировать расписания поездов между столицами.",
     "синхронизировать расписания поездов между столицами"),
    ("Министр иностранных дел Норвегии Ингрид Хальворсен предложила перевести расчёты между странами в национальные валюты.",
     "перевести расчёты между странами в национальные валюты"),
])
def test_an_act_a_leader_proposed_is_an_initiative_of_his_country_titled_by_its_words(read, text, title):
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [(title, "NO" if "Норвег" in text[:40] else "KG")]


@pytest.mark.parametrize("text", [
    "Премьер-министр Норвегии Ингрид Хальворсен предложила обсудить поставки зерна в регион.",
    "Президент Кыргызстана Арстан Бекболотов предложил продолжить диалог по водным вопросам.",
])
def test_a_proposal_to_talk_over_or_go_on_is_no_initiative(read, text):
    assert read(text).initiatives == []


def test_a_format_named_with_its_initiator_is_his_country_s_initiative(read):
    text = "Инициатором создания нового формата сотрудничества «Центральная Азия – Норвегия» стала Норвегия."
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [("Центральная Азия – Норвегия", "NO")]


def test_a_format_set_up_with_no_initiator_named_is_proposed_by_none(read):
    text = "Стороны одобрили создание нового формата «Центральная Азия – Норвегия»."
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [("Центральная Азия – Норвегия", None)]


@pytest.mark.parametrize("heading", [
    "Президент Кыргызстана Арстан Бекболотов предложил ряд инициатив по развитию сотрудничества:\n",
    "Президент Кыргызстана Арстан Бекболотов выступил со следующим рядом инициатив:\n- ",
])
def test_a_body_of_a_format_listed_after_a_colon_is_the_proposer_s_initiative(read, heading):
    text = heading + "учредить постоянный секретариат формата «С5+Норвегия»;\nрасширить обмены студентами."
    assert ("постоянный секретариат формата «С5+Норвегия»", "KG") in [(i.title, i.proposed_by) for i in read(text).initiatives]


def test_a_line_after_a_colon_with_no_proposals_announced_has_no_proposer(read):
    text = "Министры обсудили следующие темы:\nучредить постоянный секретариат формата «С5+Норвегия»."
    assert [i.proposed_by for i in read(text).initiatives] in ([], [None])


@pytest.mark.parametrize("text", [
    "Норвегия готовится провести третью встречу на высшем уровне со странами Центральной Азии.",
    "Кыргызстан готов провести второй саммит «Центральная Азия – Норвегия» в Бишкеке.",
])
def test_a_numbered_meeting_of_the_series_to_hold_is_no_initiative(read, text):
    assert read(text).initiatives == []


def test_a_first_meeting_of_a_new_kind_proposed_is_still_an_initiative(read):
    text = "Президент Кыргызстана Арстан Бекболотов предложил провести первую встречу молодых гляциологов в Бишкеке."
    assert [i.proposed_by for i in read(text).initiatives] == ["KG"]


@pytest.mark.parametrize("listing", [
    "В их числе второй саммит в Осло, форум молодых инженеров и конференция по горным ледникам, которая пройдет весной.",
    "Среди них форум молодых инженеров, конференция по горным ледникам и второй саммит в Осло.",
])
def test_events_listed_after_an_announcement_are_initiatives_of_who_announced_them(read, listing):
    text = ("Министр иностранных дел Норвегии Ингрид Хальворсен анонсировала несколько важных мероприятий в формате "
            "«Центральная Азия – Норвегия». " + listing)
    assert sorted((i.title, i.proposed_by) for i in read(text).initiatives) == [
        ("конференция по горным ледникам", "NO"), ("форум молодых инженеров", "NO")]


def test_events_listed_with_no_announcement_before_are_no_initiative(read):
    text = "Министры обсудили итоги года. Среди них форум молодых инженеров и конференция по горным ледникам."
    assert read(text).initiatives == []


def test_another_name_in_brackets_after_a_route_is_the_same_initiative(read):
    text = ("Норвегия предложила запустить Северный транспортный маршрут (Полярный коридор) через страны региона.")
    assert [i.title for i in read(text).initiatives] == ["Северный транспортный маршрут"]
