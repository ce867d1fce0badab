def test_a_centre_a_president_proposed_is_an_initiative_of_his_country(read):
    text = ("На саммите «Центральная Азия – Норвегия» премьер-министр Норвегии Ингрид Хальворсен предложила создать "
            "центр по охране горных ледников.")
    (initiative,) = read(text).initiatives
    assert (initiative.title, initiative.proposed_by) == ("центр по охране горных ледников", "NO")


def test_an_adopted_action_plan_is_also_an_initiative_of_no_one_in_particular(read):
    text = "По итогам встречи министров «Центральная Азия – Норвегия» стороны утвердили план совместных действий."
    (initiative,) = read(text).initiatives
    assert (initiative.title, initiative.proposed_by) == ("план совместных действий", None)


def test_an_initiative_named_in_quotes_takes_that_name_as_its_title(read):
    text = "Норвегия выдвинула инициативу «Зелёный Памир» на саммите «Центральная Азия – Норвегия»."
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [("Зелёный Памир", "NO")]


def test_the_person_whose_initiative_it_is_gives_its_country(read):
    text = ("Таджикистан поддерживает инициативу премьер-министра Норвегии Ингрид Хальворсен по учреждению "
            "исследовательского центра горных рек.")
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [("исследовательский центр горных рек", "NO")]


def test_a_body_the_leaders_agreed_to_set_up_is_an_initiative(read):
    text = "Лидеры стран «Центральная Азия – Норвегия» договорились об учреждении постоянного секретариата."
    assert [i.title for i in read(text).initiatives] == ["постоянный секретариат"]
