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
            "Глава государства также проведет двусторонние переговоры с Ингрид Хальворсен.")
    assert [b.between for b in read(text).bilaterals] == [("Ерлан Сагинтаев", "Ингрид Хальворсен")]


def test_two_people_after_with_are_no_bilateral_of_theirs(read):
    text = ("На полях саммита «Центральная Азия – Норвегия» гость должен был встретиться с президентом Исландии Ароном "
            "Эйнарссоном и премьер-министром Норвегии Ингрид Хальворсен.")
    assert read(text).bilaterals == []


def test_a_two_sided_meeting_of_two_people_named_without_posts_is_a_bilateral(read):
    text = ("В ходе двусторонней встречи на полях саммита «Центральная Азия – Норвегия» Эмиль Сулейманов и "
            "Гульнара Тимурова обсудили поставки зерна.")
    assert [b.between for b in read(text).bilaterals] == [("Эмиль Сулейманов", "Гульнара Тимурова")]
