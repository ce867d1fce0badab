"""The format's chairmanship passing to a country; chairing one meeting is not it."""


def test_chairmanship_passing_to_a_country_names_that_country(read):
    text = "По итогам саммита «Центральная Азия – Норвегия» председательство в формате переходит к Туркменистану."
    assert [c.country for c in read(text).chairs] == ["TM"]


def test_chairmanship_passing_to_a_side_named_by_its_adjective(read):
    text = "Председательство в формате «Центральная Азия – Норвегия» передано кыргызской стороне."
    assert [c.country for c in read(text).chairs] == ["KG"]


def test_a_country_taking_up_the_chairmanship_is_the_chair_from_the_year_given(read):
    text = "Таджикистан примет председательство в формате «Центральная Азия – Норвегия» с 2027 года."
    assert [(c.country, c.start) for c in read(text).chairs] == [("TJ", "2027")]


def test_chairing_one_meeting_is_not_the_formats_chair(read):
    text = "Встреча «Центральная Азия – Норвегия» прошла под председательством министра иностранных дел Норвегии Улы Бергстрёма."
    assert read(text).chairs == []


def test_the_year_a_country_takes_the_chair_told_with_v(read):
    text = "Кыргызстан примет председательство в формате «Центральная Азия – Норвегия» в 2027 году."
    assert [(c.country, c.start) for c in read(text).chairs] == [("KG", "2027")]
