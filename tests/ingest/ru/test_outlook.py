import pytest


def test_the_next_meeting_with_its_place_and_year(read):
    text = ("Саммит «Центральная Азия – Норвегия» прошел в Осло. "
            "Следующий саммит пройдет в Казахстане в 2028 году.")
    upcoming = read(text).next_meeting
    assert (upcoming.where, upcoming.where_country, upcoming.when) == ("Kazakhstan", "KZ", "2028")


def test_talks_between_two_named_people_of_two_countries_are_a_bilateral_meeting(read):
    text = ("На полях саммита «Центральная Азия – Норвегия» президент Кыргызстана Арстан Бекболотов "
            "провел переговоры с премьер-министром Норвегии Ингрид Хальворсен.")
    assert [b.between for b in read(text).bilaterals] == [("Арстан Бекболотов", "Ингрид Хальворсен")]


def test_a_guest_named_alone_meets_the_person_the_report_opened_with(read):
    text = ("Президент Казахстана Ерлан Сагинтаев прибыл в Осло на саммит «Центральная Азия – Норвегия». "
            "Вечером глава государства проведет переговоры один на один с Ингрид Хальворсен.")
    assert [b.between for b in read(text).bilaterals] == [("Ерлан Сагинтаев", "Ингрид Хальворсен")]


def test_two_people_after_with_are_no_bilateral_of_theirs(read):
    text = ("На полях саммита «Центральная Азия – Норвегия» гость должен был встретиться с президентом Исландии Ароном "
            "Эйнарссоном и премьер-министром Норвегии Ингрид Хальворсен.")
    assert read(text).bilaterals == []


def test_a_two_sided_meeting_of_two_people_named_without_posts_is_a_bilateral(read):
    text = ("В ходе двусторонней встречи на полях саммита «Центральная Азия – Норвегия» Эмиль Сулейманов и "
            "Гульнара Тимурова обсудили поставки зерна.")
    assert [b.between for b in read(text).bilaterals] == [("Эмиль Сулейманов", "Гульнара Тимурова")]


def test_the_next_meeting_is_where_the_words_after_next_place_it_not_a_country_named_before(read):
    text = ("Встреча министров «Центральная Азия – Норвегия» прошла в Осло. "
            "Министры Норвегии и стран региона решили провести следующую встречу в Таджикистане.")
    assert read(text).next_meeting.where_country == "TJ"


def test_a_next_level_of_cooperation_is_no_next_meeting(read):
    text = ("Саммит «Центральная Азия – Норвегия» прошел в Осло. "
            "Лидеры отметили, что сотрудничество вышло на следующий уровень после первого саммита.")
    assert read(text).next_meeting is None


def test_a_forthcoming_meeting_of_another_ordinal_than_the_main_one_is_the_next_meeting(read):
    text = ("Заместители министров иностранных дел Норвегии и стран Центральной Азии провели заседание в Осло. "
            "Они обсудили подготовку предстоящей IV министерской встречи «Центральная Азия – Норвегия».")
    upcoming = read(text).next_meeting
    assert (upcoming.ordinal, upcoming.where) == (4, None)


def test_a_forthcoming_meeting_that_is_the_report_s_own_is_no_next_meeting(read):
    text = ("Второй саммит «Центральная Азия – Норвегия» пройдет в Осло. "
            "О подготовке предстоящей встречи рассказал министр иностранных дел Норвегии.")
    assert read(text).next_meeting is None


def test_a_delegation_headed_by_someone_holds_no_talks_with_him(read):
    text = ("Президент Норвегии Ола Нордманн прибыл на саммит «Центральная Азия – Норвегия». "
            "Кыргызстан был представлен на переговорах делегацией во главе с послом Маратом Иманкуловым.")
    assert read(text).bilaterals == []


def test_a_meeting_still_to_come_after_one_held_is_the_next_meeting(read):
    text = ("Третий саммит «Центральная Азия – Норвегия» прошел в Осло. "
            "IV саммит «Центральная Азия – Норвегия» состоится в Ташкенте в 2028 году.")
    upcoming = read(text).next_meeting
    assert (upcoming.ordinal, upcoming.where, upcoming.when) == (4, "Tashkent", "2028")


def test_the_country_that_will_host_the_next_meeting_is_where_it_is(read):
    text = "Саммит «Центральная Азия – Норвегия» прошел в Осло. Следующий, третий саммит примет Таджикистан."
    upcoming = read(text).next_meeting
    assert (upcoming.ordinal, upcoming.where_country) == (3, "TJ")


def test_a_meeting_held_between_two_named_people_is_a_bilateral_meeting(read):
    text = ("Саммит «Центральная Азия – Норвегия» прошел в Осло. Состоялась встреча президента Казахстана "
            "Ерлана Сагинтаева с премьер-министром Норвегии Ингрид Хальворсен.")
    assert [b.between for b in read(text).bilaterals] == [("Ерлан Сагинтаев", "Ингрид Хальворсен")]


def test_talks_of_one_host_with_guests_of_two_countries_are_two_bilateral_meetings(read):
    text = ("Саммит «Центральная Азия – Норвегия» прошел в Осло. Премьер-министр Норвегии Ингрид Хальворсен провела "
            "переговоры с президентом Узбекистана Бахромом Алимовым и президентом Казахстана Ерланом Сагинтаевым.")
    assert [b.between for b in read(text).bilaterals] == [("Ингрид Хальворсен", "Бахром Алимов"), ("Ингрид Хальворсен", "Ерлан Сагинтаев")]


def test_a_format_meeting_with_one_named_guest_is_no_bilateral_meeting(read):
    text = ("Президент Казахстана Ерлан Сагинтаев прибыл в Осло. Состоялась встреча министров иностранных дел "
            "Центральной Азии с премьер-министром Норвегии Ингрид Хальворсен.")
    assert read(text).bilaterals == []


def test_a_meeting_with_the_next_ordinal_the_sides_agree_to_hold_is_the_next_meeting(read):
    text = ("В Осло прошел первый саммит «Центральная Азия – Норвегия». "
            "Стороны договорились провести второй саммит в Ташкенте в 2028 году.")
    upcoming = read(text).next_meeting
    assert (upcoming.ordinal, upcoming.where, upcoming.when) == (2, "Tashkent", "2028")


def test_an_earlier_meeting_recalled_is_no_next_meeting(read):
    text = "В Осло прошел второй саммит «Центральная Азия – Норвегия». Напомним, что первый саммит прошел в Астане."
    assert read(text).next_meeting is None


@pytest.mark.parametrize("text, expected", [
    ("Следующая, пятая встреча министров пройдет в Ашхабаде в 2027 году.", (5, "Ashgabat", "2027")),
    ("Очередной саммит состоится в 2027 году в Бишкеке.", (None, "Bishkek", "2027")),
    ("Министры договорились провести следующую, седьмую встречу в Душанбе.", (7, "Dushanbe", None)),
    ("Очередное, третье заседание решено провести в Казахстане в 2028 году.", (3, "Kazakhstan", "2028")),
])
def test_the_next_meeting_with_its_ordinal_set_off_by_a_comma_and_its_place(read, text, expected):
    upcoming = read("Встреча министров «Центральная Азия – Австрия» прошла в Вене. " + text).next_meeting
    assert (upcoming.ordinal, upcoming.where, upcoming.when) == expected


def test_a_next_stage_of_cooperation_is_no_next_meeting(read):
    text = "Встреча министров «Центральная Азия – Австрия» прошла в Вене. Следующим этапом станет запуск совместных проектов в Ташкенте."
    assert read(text).next_meeting is None


@pytest.mark.parametrize("text, expected", [
    ("Третий саммит состоится в Астане в 2027 году.", (3, "Astana", "2027")),
    ("В 2027 году в Ашхабаде пройдет третий саммит.", (3, "Ashgabat", "2027")),
    ("Стороны договорились, что III саммит состоится в Душанбе.", (3, "Dushanbe", None)),
])
def test_a_meeting_numbered_after_the_one_held_and_still_to_come_is_the_next_meeting(read, text, expected):
    upcoming = read("В Вене прошел второй саммит «Центральная Азия – Австрия». " + text).next_meeting
    assert (upcoming.ordinal, upcoming.where, upcoming.when) == expected


def test_leaders_agreeing_to_meet_next_time_somewhere_name_the_next_meeting_s_place(read):
    upcoming = read("В Вене прошел саммит «Центральная Азия – Австрия». Лидеры условились встретиться в следующий раз в Бишкеке.").next_meeting
    assert upcoming.where == "Bishkek"


def test_a_meeting_of_another_level_numbered_after_the_one_held_is_no_next_meeting(read):
    text = "В Вене прошел второй саммит «Центральная Азия – Австрия». Третья встреча министров финансов пройдет в Астане."
    assert read(text).next_meeting is None


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Норвегии сообщил: мы готовимся к очередному, третьему саммиту «Центральная Азия – Норвегия» в мае в Кыргызстане.",
    "Стороны готовятся к очередному саммиту «Центральная Азия – Норвегия», который пройдет в мае в Бишкеке.",
])
def test_a_next_meeting_that_is_the_report_s_own_planned_meeting_is_no_next_meeting(read, text):
    extraction = read(text)
    assert extraction.meetings and extraction.meetings[0].status == "planned"
    assert extraction.next_meeting is None


def test_the_next_meeting_after_a_summit_held_is_still_the_next_meeting(read):
    text = ("В Бишкеке прошел второй саммит «Центральная Азия – Норвегия». "
            "Очередной, третий саммит пройдет в Осло в 2027 году.")
    assert read(text).next_meeting.ordinal == 3


@pytest.mark.parametrize("sentence", [
    "Министры обсудили итоги первого саммита «Центральная Азия – Норвегия» и связи между Норвегией и регионом, а также "
    "провели подготовку ко второму саммиту, намеченному на будущий год.",
    "Стороны провели обзор решений первого саммита «Центральная Азия – Норвегия» в Норвегии и начали подготовку к "
    "второму саммиту.",
])
def test_the_forthcoming_meeting_s_ordinal_is_the_one_after_its_cue_not_a_past_one_named_before(read, sentence):
    text = "Пятая встреча министров иностранных дел «Центральная Азия – Норвегия» состоялась в Осло 3 мая 2025 года. " + sentence
    upcoming = read(text).next_meeting
    assert (upcoming.ordinal, upcoming.where) == (2, None)


def test_a_country_far_from_a_verb_of_hosting_is_not_where_the_next_meeting_is(read):
    text = ("Саммит «Центральная Азия – Норвегия» прошел в Осло. Лидеры провели обмен мнениями о торговле между "
            "Норвегией и странами региона и о подготовке к следующему саммиту.")
    assert read(text).next_meeting.where is None


@pytest.mark.parametrize("sentence", [
    "Следующий саммит примет Таджикистан.",
    "Таджикистан проведет следующий саммит в 2027 году.",
])
def test_a_country_by_a_verb_of_hosting_still_hosts_the_next_meeting(read, sentence):
    text = "Саммит «Центральная Азия – Норвегия» прошел в Осло. " + sentence
    assert read(text).next_meeting.where_country == "TJ"
