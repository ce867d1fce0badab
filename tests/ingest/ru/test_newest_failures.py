"""Levels, venues, sides and participants of the shapes the newest Russian train reports failed on, in sentences of our own."""

import datetime as dt

import pytest

from dialogue.ingest.facts import MINISTERIAL, OTHER, SUMMIT


def _main(read, text, published=dt.date(2026, 6, 8)):
    return next(m for m in read(text, published).meetings if m.main)


@pytest.mark.parametrize("text", [
    "Саммит глав МИД Центральной Азии и Японии пройдёт в Токио.",
    "В Бишкеке открылся саммит глав внешнеполитических ведомств стран Центральной Азии и Индии.",
    "Саммит глав МИД ЦА – Норвегия состоится в Осло в сентябре.",
])
def test_a_summit_of_foreign_ministry_heads_is_ministerial(read, text):
    assert _main(read, text).level == MINISTERIAL


def test_a_summit_of_heads_of_state_stays_a_summit(read):
    assert _main(read, "Саммит глав государств Центральной Азии и Японии пройдёт в Токио.").level == SUMMIT


@pytest.mark.parametrize("text", [
    "Экспертный форум в Алматы: навстречу саммиту Центральной Азии и Японии.",
    "Деловой форум Центральная Азия – Индия прошёл в Ташкенте накануне саммита.",
    "В Душанбе состоялся форум аналитических центров Центральной Азии и Китая перед саммитом.",
])
def test_a_forum_of_experts_or_business_before_a_summit_is_neither_summit_nor_ministerial(read, text):
    assert _main(read, text).level == OTHER


def test_a_summit_named_before_its_business_forum_stays_a_summit(read):
    text = "Саммит Центральная Азия – Индия, на полях которого прошёл деловой форум, состоялся в Нью-Дели."
    assert _main(read, text).level == SUMMIT


@pytest.mark.parametrize("text, city", [
    ("Чего хочет Токио от саммита с Центральной Азией. Первый саммит прошёл в Астане.", "Astana"),
    ("Что предлагает Берлин странам Центральной Азии. Первый саммит состоялся в Самарканде.", "Samarkand"),
])
def test_a_capital_that_speaks_for_its_state_is_no_venue(read, text, city):
    assert _main(read, text).city == city


def test_a_capital_that_hosts_is_still_a_venue(read):
    assert _main(read, "Лондон принял первую министерскую встречу с пятью странами Центральной Азии.").city == "London"


def test_the_capital_written_without_its_hyphen_is_a_venue(read):
    meeting = _main(read, "В Нурсултане состоялось третье совещание министров иностранных дел Центральной Азии и Китая.")
    assert (meeting.city, meeting.host) == ("Nur-Sultan", "KZ")


@pytest.mark.parametrize("text", [
    "Как сообщили агентству «Заря» в МИД Киргизии, министры иностранных дел стран Центральной Азии и ЕС встретились в Брюсселе.",
    "Как сообщили журналистам в посольстве Киргизии, министры иностранных дел стран Центральной Азии и ЕС встретились в Брюсселе.",
])
def test_a_ministry_told_through_an_agency_is_a_source_not_a_side(read, text):
    assert "KG" not in _main(read, text).countries


@pytest.mark.parametrize("text, name", [
    ("Как сообщил посол ЕС Пётр Вальд, в ходе встречи еврокомиссар Анна Зелинка и главы МИД стран региона обсудят транспорт. "
     "Встреча министров иностранных дел Центральной Азии и ЕС пройдёт в Ашхабаде.", "Анна Зелинка"),
    ("Министр Ивана Новак и министры иностранных дел пяти государств обсудят энергетику. "
     "Министерская встреча Центральная Азия – Польша пройдёт в Варшаве.", "Ивана Новак"),
])
def test_one_who_will_talk_with_the_regions_ministers_takes_part_in_the_meeting_to_come(read, text, name):
    assert name in [p.name for p in _main(read, text).participants]


def test_the_speaker_who_tells_of_those_talks_does_not_take_part(read):
    text = ("Как сообщил посол ЕС Пётр Вальд, в ходе встречи еврокомиссар Анна Зелинка и главы МИД стран региона обсудят транспорт. "
            "Встреча министров иностранных дел Центральной Азии и ЕС пройдёт в Ашхабаде.")
    assert "Пётр Вальд" not in [p.name for p in _main(read, text).participants]


def test_two_who_prepare_a_meeting_to_come_still_do_not_take_part(read):
    text = ("Министр Ивана Новак встретилась с послом Казахстана Ерланом Сариевым и обсудила подготовку. "
            "Министерская встреча Центральная Азия – Польша пройдёт в Варшаве.")
    assert _main(read, text).participants == []


@pytest.mark.parametrize("text, guest", [
    ("Во встрече министров Центральной Азии и Японии в Ташкенте принимают участие делегации из Казахстана, Киргизии, Японии и Монголии.", "MN"),
    ("В Астане прошла встреча министров Центральной Азии и Китая. В ней приняли участие делегации от Узбекистана, Китая и Турции.", "TR"),
])
def test_a_guest_state_whose_delegation_takes_part_is_a_side(read, text, guest):
    assert guest in _main(read, text).countries


def test_one_delegations_head_chosen_for_another_summit_adds_no_side(read):
    text = ("В Астане прошла встреча министров Центральной Азии и Китая. "
            "Президент выбрал главу делегации Монголии для участия в саммите АТЭС.")
    assert "MN" not in _main(read, text).countries


@pytest.mark.parametrize("opening", ["Бишкек, 14 мая /Кабар/ -- ", "Бишкек, 14 мая — "])
def test_a_dateline_in_the_towns_ordinary_case_yields_to_the_meetings_own_day(read, opening):
    text = (f"{opening}В Бишкеке состоялась 4-я встреча министров иностранных дел Центральной Азии и Китая.\n"
            "13 мая 2025 года в Бишкеке состоялась 4-я встреча министров иностранных дел Центральной Азии и Китая.")
    assert _main(read, text, dt.date(2025, 5, 15)).date == dt.date(2025, 5, 13)


def test_a_day_after_a_town_with_no_agency_mark_is_the_meetings(read):
    text = "Встреча министров иностранных дел Центральной Азии и Китая прошла в Бишкеке, 14 мая, в здании МИД."
    assert _main(read, text, dt.date(2025, 5, 15)).date == dt.date(2025, 5, 14)


@pytest.mark.parametrize("previous", [
    "Предыдущая, пятая встреча министров иностранных дел Центральной Азии и ЕС состоялась в Бишкеке.",
    "Предыдущее заседание министров Центральной Азии и ЕС прошло в Бишкеке.",
])
def test_the_previous_meeting_is_a_background_one_with_its_own_city(read, previous):
    text = "Шестая встреча министров иностранных дел Центральной Азии и ЕС пройдёт в Самарканде. " \
           "В её рамках состоится и первая конференция министров Центральной Азии и ЕС. " + previous
    meetings = read(text).meetings
    assert meetings[0].city == "Samarkand"
    assert "Bishkek" in [m.city for m in meetings[1:]]
    assert not any(m.city == "Bishkek" and m.ordinal == 1 for m in meetings)


@pytest.mark.parametrize("text", [
    "Монголия хочет принять участие в консультативной встрече глав государств Центральной Азии. "
    "Встреча прошла сегодня в Бишкеке, сообщил президент Кыргызстана Нурлан Айтматов.",
    "Власти Монголии просили разрешения на участие в консультативной встрече глав государств Центральной Азии, "
    "которая прошла в Бишкеке. О просьбе Монголии об участии рассказал президент Кыргызстана Нурлан Айтматов.",
])
def test_a_state_only_asking_to_take_part_is_no_side(read, text):
    countries = _main(read, text).countries
    assert "MN" not in countries and "KG" in countries


def test_a_state_that_takes_part_after_asking_is_a_side(read):
    text = ("Монголия просила об участии в консультативной встрече глав государств Центральной Азии. "
            "Президент Монголии Бат Эрдэнэ принял участие во встрече в Бишкеке.")
    assert "MN" in _main(read, text).countries
