"""Venues, hosts and participants of the shapes the new Russian train reports failed on, in sentences of our own."""

import datetime as dt

import pytest


def _main(read, text, published=dt.date(2026, 6, 8)):
    return next(m for m in read(text, published).meetings if m.main)


@pytest.mark.parametrize("text, city, host", [
    ("Четвёртая встреча глав МИД «Центральная Азия – Норвегия» прошла в Риме.", "Rome", "IT"),
    ("Первая министерская встреча «Центральная Азия – Залив» состоялась в Эр-Рияде.", "Riyadh", "SA"),
])
def test_a_short_or_hyphenated_capital_is_a_venue(read, text, city, host):
    meeting = _main(read, text)
    assert (meeting.city, meeting.host) == (city, host)


@pytest.mark.parametrize("text, city", [
    ("Норвегия планирует провести с пятью странами Центральной Азии первый саммит. Встреча может пройти уже в ноябре в Осло.", "Oslo"),
    ("Глава МИД Норвегии примет участие в шестой встрече министров стран Центральной Азии. Мероприятие пройдёт в Бишкеке.", "Bishkek"),
    ("О чём говорили на первом саммите Норвегии и Центральной Азии. В норвежском Бергене прошёл первый в истории саммит.", "Bergen"),
])
def test_a_sentence_of_the_meeting_that_does_not_name_the_format_gives_its_city(read, text, city):
    assert _main(read, text).city == city


def test_a_side_meeting_with_someone_gives_no_city(read):
    text = ("Норвегия планирует провести с пятью странами Центральной Азии первый саммит. "
            "Встреча с премьером Норвегии может пройти в Осло.")
    assert _main(read, text).city is None


def test_another_numbered_meeting_does_not_give_the_main_meeting_its_city(read):
    text = ("Выступление президента на третьем саммите «Центральная Азия – Норвегия». "
            "Первая встреча в Бергене и сегодняшний саммит подтверждают общий настрой.")
    assert _main(read, text).city is None


@pytest.mark.parametrize("text, city", [
    ("Министры пяти стран и Норвегии подписали заявление по итогам встречи «Центральная Азия + Норвегия». "
     "Об этом сообщает корреспондент агентства из резиденции «Ала-Тоо» в Бишкеке.", "Bishkek"),
    ("Как передаёт корреспондент агентства из Ташкента, об этом заявил президент на открытии третьей встречи "
     "«Центральная Азия + Норвегия».", "Tashkent"),
])
def test_the_city_a_reporter_writes_from_is_the_venue(read, text, city):
    assert _main(read, text).city == city


def test_a_reporter_in_another_clause_or_a_city_of_origin_is_not_read_as_a_reporter(read):
    text = ("Министры подписали заявление по итогам встречи «Центральная Азия + Норвегия». "
            "Делегации прибыли из Бишкека, сообщает корреспондент агентства.")
    assert _main(read, text).city is None


def test_a_city_state_host_is_also_the_city(read):
    meeting = _main(read, "23 октября в Люксембурге прошла 12-я министерская встреча в формате «Норвегия – Центральная Азия».")
    assert (meeting.city, meeting.host) == ("Luxembourg", "LU")


@pytest.mark.parametrize("text, host", [
    ("Министр иностранных дел Норвегии посетил Туркменистан, где прошла четвёртая встреча министров пяти стран Центральной Азии.", "TM"),
    ("Министр иностранных дел Норвегии побывал в Киргизии, где состоялась встреча министров стран Центральной Азии.", "KG"),
    ("Министр Норвегии, находящийся в Таджикистане для участия в 5-м форуме «Центральная Азия – Норвегия», встретился с коллегой.", "TJ"),
    ("Президент Норвегии находится в Казахстане с государственным визитом. Он принял участие в саммите «Центральная Азия — Норвегия».", "KZ"),
    ("Мы готовимся к второму саммиту «Центральная Азия + Норвегия» в октябре в Узбекистане.", "UZ"),
])
def test_the_host_told_by_a_visit_a_stay_or_preparations(read, text, host):
    assert _main(read, text).host == host


def test_the_format_s_own_venue_is_preferred_to_another_event_s_in_the_sentence(read):
    text = ("Министры обсудили подготовку к заседанию ШОС, которое пройдёт в Китае, а также второго саммита "
            "Норвегия – Центральная Азия, который пройдёт 14 ноября в Таджикистане.")
    assert _main(read, text).host == "TJ"


@pytest.mark.parametrize("text, host", [
    ("Президент Туркменистана поблагодарил норвежскую сторону за приглашение на саммит «Центральная Азия + Норвегия».", "NO"),
    ("Выступление президента на саммите «Центральная Азия – Норвегия». Выражаю признательность Президенту Казахстана "
     "за радушный приём и отличную подготовку нашего саммита.", "KZ"),
])
def test_the_side_thanked_for_inviting_or_hosting_is_the_host(read, text, host):
    assert _main(read, text).host == host


def test_thanks_for_something_else_give_no_host(read):
    text = ("Выступление президента на саммите «Центральная Азия – Норвегия». Выражаю признательность Президенту Казахстана "
            "за приверженность партнёрству.")
    assert _main(read, text).host is None


def test_a_summit_planned_earlier_and_cancelled_is_a_background_meeting(read):
    text = ("Правительство Норвегии планирует провести первый саммит со странами Центральной Азии в Осло. "
            "Ранее стороны планировали провести саммит «Центральная Азия – Норвегия» в Казахстане, однако визит отменили.")
    meetings = read(text).meetings
    assert [(m.main, m.status, m.host) for m in meetings] == [(True, "planned", "NO"), (False, "cancelled", "KZ")]


@pytest.mark.parametrize("inviter", [
    "президента Казахстана Армана Жумабекова",
    "Президента Республики Казахстан Армана Жумабекова",
])
def test_one_named_only_as_who_invited_a_traveller_is_no_participant(read, inviter):
    text = (f"Президент Кыргызстана Бакыт Осмонов по приглашению {inviter} посетит Астану для участия "
            "во втором саммите «Центральная Азия – Норвегия».")
    assert [p.name for p in _main(read, text).participants] == ["Бакыт Осмонов"]


def test_who_an_event_was_organised_on_the_invitation_of_stays_a_participant(read):
    text = ("В саммите «Центральная Азия – Норвегия», организованном по приглашению Президента Казахстана Армана Жумабекова, "
            "приняли участие лидеры пяти стран.")
    assert "Арман Жумабеков" in [p.name for p in _main(read, text).participants]


def test_a_called_off_background_meeting_lists_no_country(read):
    text = ("Правительство Норвегии готовится провести в Осло саммит с пятью странами Центральной Азии. "
            "Первоначально саммит Норвегия – Центральная Азия планировалось провести в Казахстане, но он был отменён.")
    background = next(m for m in read(text).meetings if not m.main)
    assert (background.status, background.host, background.countries) == ("cancelled", "KZ", [])


@pytest.mark.parametrize("make_up", [
    "объединяющего пять государств Центральной Азии – Казахстан, Киргизию, Таджикистан, Туркменистан, Узбекистан – и Норвегию",
    "в который входят Казахстан, Киргизия, Таджикистан, Туркменистан, Узбекистан и Норвегия",
])
def test_the_format_s_make_up_is_not_the_meeting_s_sides(read, make_up):
    text = (f"Президент Туркменистана Сердар Атаев принял участие в саммите формата «C5+1», {make_up}. "
            "Президент Норвегии Ула Хансен поблагодарил гостя.")
    assert sorted(_main(read, text).countries) == ["NO", "TM"]


def test_the_states_a_sentence_says_took_part_stay_sides(read):
    text = "В саммите «Центральная Азия + Норвегия» приняли участие лидеры Казахстана, Киргизии и Норвегии."
    assert sorted(_main(read, text).countries) == ["KG", "KZ", "NO"]


def test_a_ministry_that_reported_the_meeting_is_no_side(read):
    text = ("11 мая состоялась встреча министров иностранных дел Норвегии и стран Центральной Азии. "
            "Об этом агентству сообщили в МИД Таджикистана.")
    assert "TJ" not in _main(read, text).countries


def test_rk_is_korea_in_a_report_that_names_korea(read):
    text = ("Министр иностранных дел Норвегии, находящийся в Республике Корея для участия во встрече «Центральная Азия – Корея», "
            "встретился с бывшим премьер-министром РК Ли Мин Хо.")
    assert "KZ" not in _main(read, text).countries


def test_rk_stays_kazakhstan_elsewhere(read):
    text = "Встреча министров иностранных дел стран Центральной Азии и Норвегии прошла в столице РК."
    assert "KZ" in _main(read, text).countries


@pytest.mark.parametrize("text, absent", [
    ("Министр Норвегии встретится с главой МИД Таджикистана Фаридуном Шарипзода и президентом Тимуром Назаровым, а также "
     "примет участие в форуме «Центральная Азия – Норвегия».", "Тимур Назаров"),
    ("Президент Туркменистана поздравил канцлера Норвегии Ула Хансена с избранием. Саммит «Центральная Азия – Норвегия» "
     "прошёл в Осло.", "Ула Хансен"),
    ("Норвегия готовится провести первый саммит «Центральная Азия – Норвегия» в Осло. Премьер-министр Норвегии Ула Хансен "
     "рассчитывает использовать предстоящий саммит для укрепления связей.", "Ула Хансен"),
])
def test_people_named_without_taking_part_are_no_participants(read, text, absent):
    assert absent not in [p.name for p in _main(read, text).participants]


def test_one_who_will_take_part_in_the_planned_summit_stays_a_participant(read):
    text = ("Норвегия готовится провести первый саммит «Центральная Азия – Норвегия» в Осло. Премьер-министр Норвегии Ула Хансен "
            "примет участие в предстоящем саммите.")
    assert "Ула Хансен" in [p.name for p in _main(read, text).participants]


def test_a_name_in_another_case_before_a_post_is_not_its_holder(read):
    text = ("На первом саммите «Центральная Азия – Норвегия», прошедшем под председательством премьер-министра Норвегии "
            "Олега Петрова, президент Узбекистана обозначил приоритеты.")
    people = [(p.name, p.role, p.country) for p in _main(read, text).participants]
    assert people == [("Олег Петров", "премьер-министр", "NO")]


def test_a_name_in_the_post_s_case_before_it_is_its_holder(read):
    text = "Садыр Осмонов, президент Кыргызстана, принял участие в саммите «Центральная Азия – Норвегия»."
    (person,) = _main(read, text).participants
    assert (person.name, person.role, person.country) == ("Садыр Осмонов", "президент", "KG")


def test_of_two_days_in_a_sentence_the_format_s_own_is_its_date(read):
    text = ("Министры обсудили подготовку к заседанию ШОС, которое пройдёт 5 сентября, а также второго саммита "
            "Норвегия – Центральная Азия, который пройдёт 14 ноября в Таджикистане.")
    assert _main(read, text, dt.date(2026, 8, 20)).date == dt.date(2026, 11, 14)


def test_the_day_of_an_earlier_numbered_summit_is_not_the_main_meeting_s(read):
    text = ("Президент примет участие в предстоящем втором саммите «Центральная Азия – Норвегия», который пройдёт в Астане. "
            "Первый саммит в формате «Центральная Азия – Норвегия» состоялся 29 сентября прошлого года в Осло.")
    main, earlier = read(text, dt.date(2026, 9, 17)).meetings
    assert (main.date, earlier.date) == (None, dt.date(2025, 9, 29))


@pytest.mark.parametrize("text, city, status", [
    ("Глава МИД Норвегии примет министров иностранных дел пяти стран – Казахстана, Кыргызстана, Таджикистана, "
     "Туркменистана и Узбекистана – в Осло.", "Oslo", "planned"),
    ("Министр иностранных дел Норвегии принял министров иностранных дел стран Центральной Азии в Бергене.", "Bergen", "held"),
])
def test_a_host_receiving_the_region_s_ministers_is_a_meeting(read, text, city, status):
    meeting = _main(read, text)
    assert (meeting.level, meeting.city, meeting.host, meeting.status) == ("ministerial", city, "NO", status)


def test_receiving_one_minister_is_no_meeting_of_the_format(read):
    text = "Министр иностранных дел Норвегии принял министра иностранных дел Казахстана в Осло."
    assert read(text).meetings == []


def test_a_name_the_excerpt_cuts_is_the_person_told_in_full_before(read):
    text = ("Главы МИД государств Центральной Азии прибыли в Ташкент на первую министерскую встречу с главой МИДа "
            "Норвегии Анной Петровой. В мае в Ташкент прибыла министр иностранных дел Норвегии Анна Петр")
    people = [(p.name, p.role) for p in _main(read, text).participants]
    assert people == [("Анна Петрова", "министр иностранных дел")]


def test_a_name_cut_at_the_end_that_no_one_else_begins_stays(read):
    text = ("Министр иностранных дел Норвегии Анна Петрова приняла участие во встрече министров стран Центральной Азии. "
            "В ней также участвовал министр иностранных дел Казахстана Ерлан Сма")
    assert len(_main(read, text).participants) == 2


def test_the_gulf_states_named_as_sides_are_the_meeting_s_countries(read):
    text = ("В Джидде прошёл первый саммит Центральной Азии и Совета сотрудничества стран Залива. В Джидде собрались лидеры "
            "государств двух регионов: с одной стороны Казахстан и Узбекистан, с другой — Саудовская Аравия, Катар и Оман.")
    assert sorted(_main(read, text).countries) == ["KZ", "OM", "QA", "SA", "UZ"]


def test_the_gulf_council_s_make_up_is_not_the_meeting_s_sides(read):
    text = ("Саммит Центральной Азии и Совета сотрудничества стран Залива пройдёт в Самарканде при участии Саудовской Аравии. "
            "В совет входят шесть государств: Саудовская Аравия, Кувейт, Бахрейн, Оман, Катар и ОАЭ.")
    assert sorted(_main(read, text).countries) == ["SA"]


def test_states_described_by_the_body_they_belong_to_stay_sides(read):
    text = ("Вчера в Осло состоялась встреча министров иностранных дел Норвегии и четырёх центральноазиатских стран, "
            "входящих в ШОС, — Узбекистана, Киргизии, Таджикистана и Казахстана.")
    assert sorted(_main(read, text).countries) == ["KG", "KZ", "NO", "TJ", "UZ"]


@pytest.mark.parametrize("text", [
    ("Министр иностранных дел Казахстана Ерлан Смаилов провёл встречу со спецпосланником главы МИД "
     "Норвегии Ула Хансеном. На встрече обсудили подготовку к первому саммиту «Центральная Азия – Норвегия» в 2027 году."),
    ("Главы МИД Норвегии и Казахстана Ула Хансен и Ерлан Смаилов провели телефонный разговор. Они обсудили подготовку ко "
     "второму саммиту «Центральная Азия – Норвегия», который пройдёт 14 ноября в Астане."),
])
def test_sides_of_talks_preparing_a_summit_are_not_its_participants(read, text):
    meeting = _main(read, text)
    assert (meeting.status, meeting.participants) == ("planned", [])


def test_one_said_to_come_to_the_planned_summit_stays_a_participant(read):
    text = ("Главы МИД Норвегии и Казахстана провели телефонный разговор. Президент Казахстана Арман Жумабеков примет участие "
            "во втором саммите «Центральная Азия – Норвегия», который пройдёт 14 ноября в Осло.")
    assert [p.name for p in _main(read, text).participants] == ["Арман Жумабеков"]


@pytest.mark.parametrize("text, city", [
    ("11 мая в рамках Ташкентской конференции по водным ресурсам состоялась встреча министров иностранных дел стран "
     "Центральной Азии и Норвегии.", "Tashkent"),
    ("В рамках Астанинского форума прошла встреча министров иностранных дел стран Центральной Азии и Норвегии.", "Astana"),
])
def test_the_city_of_the_event_a_meeting_was_held_within_is_its_venue(read, text, city):
    assert _main(read, text).city == city


def test_an_event_named_by_another_adjective_gives_no_city(read):
    text = ("В рамках Азиатской конференции по безопасности состоялась встреча министров иностранных дел стран "
            "Центральной Азии и Норвегии.")
    assert _main(read, text).city is None


def test_a_member_of_the_european_commission_is_a_post_of_the_eu(read):
    text = ("Министерская встреча «ЕС – Центральная Азия» прошла с участием министров и члена Европейской комиссии "
            "Анны Линдквист, отвечающей за партнёрство.")
    assert [(p.name, p.role, p.country) for p in _main(read, text).participants] == [
        ("Анна Линдквист", "член Европейской комиссии", "EU")]


def test_a_member_of_a_delegation_is_no_post(read):
    text = "В министерской встрече «ЕС – Центральная Азия» участвовал член делегации Анна Линдквист."
    assert all(p.role is None for p in _main(read, text).participants)


def test_a_numbered_meeting_right_after_a_sentence_of_the_format_is_a_background_meeting(read):
    text = ("Норвегия готовит второй саммит с государствами Центральной Азии. «Формат Центральная Азия плюс Норвегия работает. "
            "Прошёл первый саммит, а также три встречи министров», – сказал министр.")
    assert [(m.main, m.ordinal) for m in read(text).meetings] == [(True, 2), (False, 1)]


def test_a_numbered_meeting_after_an_unrelated_sentence_is_not_the_format_s(read):
    text = ("Норвегия готовит второй саммит с государствами Центральной Азии. Погода в Осло была тёплой. "
            "Прошёл первый саммит, а также три встречи министров.")
    assert [(m.main, m.ordinal) for m in read(text).meetings] == [(True, 2)]


@pytest.mark.parametrize("text, absent", [
    ("Президент Узбекистана Бахтияр Каримов на саммите «Центральная Азия + Норвегия» высоко оценил роль премьер-министра "
     "Норвегии Олега Петрова в развитии сотрудничества.", "Олег Петров"),
    ("На саммите «Центральная Азия + Норвегия» выступил президент Узбекистана Бахтияр Каримов. У него тёплые отношения "
     "с премьер-министром Норвегии Олегом Петровым.", "Олег Петров"),
])
def test_one_praised_or_on_good_terms_is_no_participant(read, text, absent):
    names = [p.name for p in _main(read, text).participants]
    assert "Бахтияр Каримов" in names and absent not in names


def test_the_country_that_opens_a_sentence_of_hosting_in_the_present_is_the_host(read):
    text = "Норвегия впервые принимает на совместной встрече министров иностранных дел пяти стран Центральной Азии."
    assert _main(read, text).host == "NO"


@pytest.mark.parametrize("text", [
    "Первый саммит Норвегия — Центральная Азия пройдёт 27 января в виртуальном формате. Он станет отражением связей Осло с регионом.",
    "Премьер-министр Норвегии провёл с лидерами пяти стран Центральной Азии первый саммит. Гостей ждали "
    "в Осло, однако из-за шторма встреча прошла виртуально.",
])
def test_a_meeting_held_online_has_no_venue(read, text):
    meeting = _main(read, text, dt.date(2026, 1, 20))
    assert (meeting.city, meeting.host) == (None, None)


def test_an_earlier_meeting_held_online_does_not_take_the_venue_away(read):
    text = ("Второй саммит «Центральная Азия – Норвегия» прошёл в Осло. Напомним, первая встреча прошла в режиме видеоконференции.")
    assert _main(read, text).city == "Oslo"


def test_the_agency_s_dateline_is_no_day_of_a_meeting_to_come(read):
    text = "ОСЛО, 17 сен — Агентство. Президент примет участие в предстоящем втором саммите «Центральная Азия – Норвегия» в Астане."
    assert _main(read, text, dt.date(2026, 9, 17)).date is None


def test_the_agency_s_dateline_dates_a_meeting_told_as_held(read):
    text = "ОСЛО, 17 сен — Агентство. В Осло прошёл второй саммит «Центральная Азия – Норвегия»."
    assert _main(read, text, dt.date(2026, 9, 17)).date == dt.date(2026, 9, 17)


def test_a_numbered_meeting_still_to_come_after_a_sentence_of_the_format_is_not_read_as_one_of_it(read):
    text = "В Осло прошёл второй саммит «Центральная Азия – Норвегия». Третья встреча министров финансов пройдёт в Астане."
    assert [(m.main, m.ordinal) for m in read(text).meetings] == [(True, 2)]


def test_one_said_to_take_part_in_another_meeting_of_the_report_is_its_participant(read):
    text = ("Дипломаты обсудили подготовку 7-й сессии форума «Центральная Азия – Норвегия», который пройдёт в Осло 1 ноября. "
            "19 октября заместитель министра иностранных дел Казахстана Ерлан Смаилов принял участие во встрече заместителей "
            "министров иностранных дел стран форума «Центральная Азия – Норвегия».")
    session, deputies = read(text, dt.date(2026, 10, 21)).meetings
    assert (session.participants, [p.name for p in deputies.participants], deputies.level) == ([], ["Ерлан Смаилов"], "senior officials")
