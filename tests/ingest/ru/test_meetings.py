"""Meetings: level, ordinal, day, city, host, countries and status, and background meetings kept apart."""

import datetime as dt

import pytest


def test_a_ministerial_meeting_with_its_ordinal_day_city_and_countries(read):
    text = ("Пятая встреча министров иностранных дел Центральной Азии и Норвегии состоялась 2 июня 2026 года в Осло. "
            "В ней приняли участие главы МИД Узбекистана, Казахстана, Туркменистана, Кыргызстана и Таджикистана.")
    (meeting,) = read(text).meetings
    assert (meeting.level, meeting.ordinal, meeting.date, meeting.city, meeting.host, meeting.status) == (
        "ministerial", 5, dt.date(2026, 6, 2), "Oslo", "NO", "held")
    assert sorted(meeting.countries) == ["KG", "KZ", "NO", "TJ", "TM", "UZ"]


def test_a_summit_announced_for_later_is_planned(read):
    text = "Первый саммит «Центральная Азия – Норвегия» состоится в Осло 20 октября 2026 года."
    (meeting,) = read(text).meetings
    assert (meeting.level, meeting.ordinal, meeting.status) == ("summit", 1, "planned")


def test_a_cancelled_trip_in_the_headline_cancels_the_summit(read):
    text = "Премьер-министр Норвегии отменил поездку в Центральную Азию.\nСаммит «Центральная Азия + Норвегия» должен был пройти в Астане."
    (meeting,) = read(text).meetings
    assert (meeting.status, meeting.city) == ("cancelled", "Astana")


def test_an_earlier_meeting_fixed_by_its_ordinal_is_a_background_meeting(read):
    text = ("Третья встреча министров иностранных дел «Центральная Азия – Норвегия» прошла в Бергене. "
            "Первая встреча министров иностранных дел в этом формате состоялась 5 мая 2020 года в Ташкенте.")
    main, earlier = read(text).meetings
    assert (main.ordinal, main.main, earlier.ordinal, earlier.city, earlier.main) == (3, True, 1, "Tashkent", False)


def test_the_capital_an_adjective_names_is_the_venue(read):
    text = "Встреча глав МИД пяти стран Центральной Азии и Норвегии прошла в казахстанской столице."
    (meeting,) = read(text).meetings
    assert (meeting.city, meeting.host) == ("Astana", "KZ")


def test_participants_of_another_region_are_left_out(read):
    text = ("Саммит «Центральная Азия – Норвегия» прошел в Осло с участием президента Казахстана Армана Сейтказиева. "
            "Затем премьер-министр Норвегии встретился с президентом Монголии Батбаяром Очиром.")
    (meeting,) = read(text).meetings
    assert [(p.name, p.country) for p in meeting.participants] == [("Арман Сейтказиев", "KZ")]


def test_a_meeting_of_deputy_ministers_is_of_senior_officials(read):
    text = "Заседание заместителей министров иностранных дел «Центральная Азия – Норвегия» прошло в Бергене."
    (meeting,) = read(text).meetings
    assert meeting.level == "senior officials"


def test_the_city_the_meeting_is_in_and_not_the_one_the_guests_left(read):
    text = "Из Бишкека делегации вылетели на саммит «Центральная Азия – Норвегия» в Осло."
    (meeting,) = read(text).meetings
    assert (meeting.city, meeting.host) == ("Oslo", "NO")


def test_the_capital_of_a_country_in_the_genitive_is_the_meetings_city(read):
    text = "Встреча министров «Центральная Азия – Норвегия» прошла в столице Туркменистана."
    (meeting,) = read(text).meetings
    assert (meeting.city, meeting.host) == ("Ashgabat", "TM")


def test_an_ordinal_in_roman_numerals(read):
    text = "В Бишкеке прошла XII встреча министров иностранных дел «Центральная Азия – Норвегия»."
    assert read(text).meetings[0].ordinal == 12


def test_a_person_named_only_as_the_owner_of_an_initiative_is_no_participant(read):
    text = ("В Астане прошел саммит «Центральная Азия – Норвегия». Президент Казахстана Ерлан Сагинтаев поддержал "
            "инициативу премьер-министра Норвегии Ингрид Хальворсен по созданию фонда.")
    assert [p.name for p in read(text).meetings[0].participants] == ["Ерлан Сагинтаев"]


def test_one_who_only_speaks_of_a_meeting_to_come_is_no_participant_but_one_due_to_attend_is(read):
    text = ("Саммит «Центральная Азия – Норвегия» пройдет в Осло в сентябре. О подготовке саммита сообщил министр "
            "иностранных дел Норвегии Ола Нордманн. Участие в нем примет президент Казахстана Ерлан Сагинтаев.")
    assert [p.name for p in read(text).meetings[0].participants] == ["Ерлан Сагинтаев"]


def test_one_who_speaks_at_a_meeting_held_is_a_participant(read):
    text = ("Встреча министров «Центральная Азия – Норвегия» прошла в Осло. На встрече министр иностранных дел "
            "Норвегии Ола Нордманн заявил о новых проектах.")
    assert [p.name for p in read(text).meetings[0].participants] == ["Ола Нордманн"]


def test_a_country_named_as_where_a_meeting_is_held_is_its_host_without_a_city(read):
    text = "Саммит «Центральная Азия – Норвегия» пройдет в Норвегии в сентябре."
    meeting = read(text).meetings[0]
    assert (meeting.city, meeting.host) == (None, "NO")


def test_the_country_that_opens_a_sentence_of_holding_a_summit_is_its_host(read):
    text = "Норвегия в сентябре проведет первый саммит со странами Центральной Азии."
    assert read(text).meetings[0].host == "NO"


def test_a_country_in_the_format_s_name_is_no_host(read):
    text = "Саммит «Центральная Азия – Норвегия» прошел в прошлом году."
    assert read(text).meetings[0].host is None


def test_a_format_name_written_with_a_hyphen_and_no_spaces_still_names_the_format(read):
    text = "Об этом премьер-министр Норвегии заявил на II саммите \"Центральная Азия-Норвегия\" в Осло 17 июня 2026 года."
    (meeting,) = read(text).meetings
    assert (meeting.level, meeting.ordinal, meeting.city, meeting.date) == ("summit", 2, "Oslo", dt.date(2026, 6, 17))


def test_heads_of_foreign_ministries_of_the_states_meet_at_the_ministerial_level(read):
    text = "Главы МИД Норвегии и государств ЦА могут провести встречу 11-12 июля."
    (meeting,) = read(text).meetings
    assert (meeting.level, meeting.date, meeting.status) == ("ministerial", dt.date(2026, 7, 11), "planned")


def test_heads_of_the_five_states_meet_at_a_summit(read):
    text = "Главы пяти государств Центральной Азии и Норвегии провели встречу в Осло."
    (meeting,) = read(text).meetings
    assert meeting.level == "summit"


def test_a_leader_who_has_not_confirmed_taking_part_is_no_participant_of_a_planned_summit(read):
    text = ("Саммит «Центральная Азия – Норвегия» пройдет 20 июня в Осло. Президент Казахстана Арман Сейтказиев примет "
            "участие в саммите. Президент Кыргызстана Нурбек Осмонов пока не подтвердил свое участие.")
    (meeting,) = read(text).meetings
    assert [p.name for p in meeting.participants] == ["Арман Сейтказиев"]


def test_ministers_of_the_region_who_met_somewhere_held_a_meeting_there(read):
    (meeting,) = read("Министры иностранных дел Норвегии и стран Центральной Азии встретились в Самарканде.").meetings
    assert (meeting.level, meeting.city, meeting.host) == ("ministerial", "Samarkand", "UZ")


def test_two_presidents_who_met_held_no_meeting_of_the_format(read):
    assert read("Президенты Казахстана и Узбекистана встретились в Ташкенте.").meetings == []


def test_the_side_that_invited_the_meeting_is_its_host(read):
    for text in ("Министры иностранных дел Центральной Азии провели встречу «Центральная Азия – Норвегия» по приглашению норвежской стороны.",
                 "Президент Кыргызстана по приглашению премьер-министра Норвегии примет участие в первом саммите «Центральная Азия – Норвегия».",
                 "По приглашению правительства Норвегии прошла первая встреча министров «Центральная Азия – Норвегия»."):
        (meeting,) = read(text).meetings
        assert (meeting.city, meeting.host) == (None, "NO"), text


def test_a_country_the_talks_were_about_is_no_host(read):
    text = ("Первая встреча министров «Центральная Азия – Норвегия» прошла, где министры обсудили энергетику, "
            "ситуацию в Афганистане и воду.")
    (meeting,) = read(text).meetings
    assert meeting.host is None


def test_the_country_of_a_visit_told_with_the_meeting_is_its_host(read):
    text = ("Министр иностранных дел Норвегии в ходе визита в Таджикистан, где он принял участие во встрече министров "
            "«Центральная Азия – Норвегия», обсудил энергетику.")
    (meeting,) = read(text).meetings
    assert meeting.host == "TJ"


def test_where_a_participant_s_visit_went_is_the_venue_of_a_meeting_that_names_none(read):
    for text, where in (
            ("В ходе визита президента Казахстана в Норвегию прошли переговоры. Первый саммит «Центральная Азия – Норвегия» "
             "стал событием года.", (None, "NO")),
            ("Лидеры Центральной Азии прибыли в Осло. Первый саммит «Центральная Азия – Норвегия» стал событием года.", ("Oslo", "NO"))):
        (meeting,) = read(text).meetings
        assert (meeting.city, meeting.host) == where, text


def test_a_visit_only_possible_gives_no_venue(read):
    text = ("Возможный визит премьер-министра Норвегии в Казахстан обсуждается. Первый саммит «Центральная Азия – Норвегия» "
            "стал событием года.")
    (meeting,) = read(text).meetings
    assert (meeting.city, meeting.host) == (None, None)


def test_the_capital_of_any_country_named_after_capital_is_the_venue(read):
    for text, where in (("Встреча министров иностранных дел «Центральная Азия – Норвегия» прошла в столице Норвегии.", ("Oslo", "NO")),
                        ("Саммит «Центральная Азия – Италия» прошёл в итальянской столице.", ("Rome", "IT"))):
        (meeting,) = read(text).meetings
        assert (meeting.city, meeting.host) == where, text


def test_a_meeting_held_at_someone_s_invitation_is_held_and_one_invited_to_is_planned(read):
    held = "Министры Центральной Азии провели встречу «Центральная Азия – Норвегия» по приглашению норвежской стороны."
    assert read(held).meetings[0].status == "held"
    invited = "Норвегия пригласила министров Центральной Азии на встречу «Центральная Азия – Норвегия»."
    assert read(invited).meetings[0].status == "planned"


def test_the_side_called_the_meeting_s_host_is_its_host(read):
    for text in ("Первый саммит «Центральная Азия – Норвегия» прошёл успешно. Хозяином встречи выступил президент Узбекистана Бахром Алимов.",
                 "Первый саммит «Центральная Азия – Норвегия» прошёл успешно. Принимающей стороной стал Таджикистан."):
        (meeting,) = read(text).meetings
        assert meeting.host == ("UZ" if "Узбекистан" in text else "TJ"), text


def test_masters_of_a_market_are_no_host(read):
    text = "Первый саммит «Центральная Азия – Норвегия» прошёл успешно. Хозяевами рынка остаются компании Казахстана."
    assert read(text).meetings[0].host is None


@pytest.mark.parametrize("text", [
    "Норвегия впервые принимает министров иностранных дел пяти стран Центральной Азии на совместном саммите в Осло.",
    "В Осло прошел саммит министров иностранных дел Центральной Азии и Норвегии.",
])
def test_a_summit_of_foreign_ministers_is_ministerial(read, text):
    assert [m.level for m in read(text).meetings] == ["ministerial"]


@pytest.mark.parametrize("text", [
    "Министры иностранных дел Центральной Азии и Норвегии обсудили подготовку к саммиту в Осло.",
    "Президенты и министры иностранных дел стран Центральной Азии и Норвегии собрались на саммите в Осло.",
])
def test_ministers_who_prepare_a_summit_or_attend_it_with_presidents_leave_it_a_summit(read, text):
    assert [m.level for m in read(text).meetings] == ["summit"]
