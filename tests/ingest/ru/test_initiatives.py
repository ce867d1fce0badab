def test_a_centre_a_president_proposed_is_an_initiative_of_his_country(read):
    text = ("На саммите «Центральная Азия – Норвегия» премьер-министр Норвегии Ингрид Хальворсен предложила создать "
            "центр по охране горных ледников.")
    (initiative,) = read(text).initiatives
    assert (initiative.title, initiative.proposed_by) == ("центр по охране горных ледников", "NO")


def test_an_adopted_action_plan_is_also_an_initiative_of_no_one_in_particular(read):
    text = "По итогам встречи министров «Центральная Азия – Норвегия» стороны утвердили план совместных действий."
    (initiative,) = read(text).initiatives
    assert (initiative.title, initiative.proposed_by) == ("план совместных действий", None)
