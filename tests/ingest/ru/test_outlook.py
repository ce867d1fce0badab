def test_the_next_meeting_with_its_place_and_year(read):
    text = ("Саммит «Центральная Азия – Норвегия» прошел в Осло. "
            "Следующий саммит пройдет в Казахстане в 2028 году.")
    upcoming = read(text).next_meeting
    assert (upcoming.where, upcoming.where_country, upcoming.when) == ("Kazakhstan", "KZ", "2028")


def test_talks_between_two_named_people_of_two_countries_are_a_bilateral_meeting(read):
    text = ("На полях саммита «Центральная Азия – Норвегия» президент Кыргызстана Арстан Бекболотов "
            "провел переговоры с премьер-министром Норвегии Ингрид Хальворсен.")
    assert [b.between for b in read(text).bilaterals] == [("Арстан Бекболотов", "Ингрид Хальворсен")]
