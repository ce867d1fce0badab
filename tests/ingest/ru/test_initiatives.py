import pytest


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


def test_a_format_the_sides_approved_setting_up_is_an_initiative_named_as_the_format(read):
    text = "Министры одобрили создание нового формата взаимодействия «Центральная Азия – Норвегия» для диалога по воде."
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [("Центральная Азия – Норвегия", None)]


def test_approving_cooperation_in_a_c5_format_is_an_initiative(read):
    text = "На встрече в Осло главы МИД одобрили сотрудничество в формате С5+1."
    assert [i.title for i in read(text).initiatives] == ["С5+1"]


def test_an_event_a_leader_proposed_to_hold_is_an_initiative_of_his_country(read):
    text = ("Президент Узбекистана Бахром Алимов предложил провести в Хиве первый форум молодых инженеров "
            "стран Центральной Азии и Норвегии.")
    (initiative,) = read(text).initiatives
    assert initiative.title.startswith("первый форум молодых инженеров")
    assert initiative.proposed_by == "UZ"


def test_a_capital_that_opens_the_sentence_proposes_for_its_state(read):
    text = "Осло предложил учредить фонд поддержки горных общин Центральной Азии."
    assert [i.proposed_by for i in read(text).initiatives] == ["NO"]


def test_a_route_only_supported_is_an_initiative_of_no_one_in_particular(read):
    text = "Норвегия предложила создать центр по охране ледников, поддержала коридор через Каспийское море."
    assert [(i.title.split()[0], i.proposed_by) for i in read(text).initiatives] == [("центр", "NO"), ("коридор", None)]


def test_a_title_runs_on_through_and_between_words_of_one_case_but_not_between_two_actions(read):
    text = "Норвегия предложила создать центр по подготовке и стажировке в области медицины."
    assert [i.title for i in read(text).initiatives] == ["центр по подготовке и стажировке в области медицины"]
    text = "Норвегия предложила создать центр водных исследований и провести форум."
    assert [i.title for i in read(text).initiatives][0] == "центр водных исследований"


def test_a_project_launched_under_a_name_in_quotes_is_an_initiative(read):
    text = "Стороны объявили о запуске нового проекта «Горные тропы» для туристов."
    assert [i.title for i in read(text).initiatives] == ["Горные тропы"]


def test_a_name_in_quotes_keeps_its_colon_inside_the_title(read):
    text = "Премьер-министр Норвегии Ула Берг предложил запустить программу «Центральная Азия – Норвегия: знания для всех»."
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [
        ("программа «Центральная Азия – Норвегия: знания для всех»", "NO")]


def test_a_comma_after_the_closing_quote_still_ends_the_title(read):
    text = "Норвегия предложила запустить программу «Северный мост», а также обсудила поставки."
    assert [i.title for i in read(text).initiatives] == ["программа «Северный мост»"]


def test_a_borrowed_noun_in_the_genitive_comes_back_to_its_nominative(read):
    text = "Казахстанская сторона выдвинула идею создания регионального хаба по подготовке инженеров."
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [("региональный хаб по подготовке инженеров", "KZ")]


def test_a_proposal_to_hold_the_format_s_next_meeting_is_no_initiative(read):
    assert read("Президент Норвегии предложил провести следующий саммит в Осло.").initiatives == []
    assert read("Министр предложил провести очередное заседание в Бергене.").initiatives == []


def test_a_proposal_to_hold_a_new_event_is_still_an_initiative(read):
    text = "Президент Норвегии предложил провести в Осло первый форум молодых инженеров."
    assert [i.title for i in read(text).initiatives] == ["первый форум молодых инженеров"]


def test_the_country_whose_proposal_it_is_proposed_it(read):
    assert [(i.title, i.proposed_by) for i in read("Участники поддержали предложение Норвегии о создании Совета по туризму.").initiatives] == [
        ("Совет по туризму", "NO")]
    assert [(i.title, i.proposed_by) for i in read("По предложению Кыргызстана был учрежден Фонд горных регионов.").initiatives] == [
        ("Фонд горных регионов", "KG")]


def test_bodies_listed_each_with_its_own_capitalised_name_are_several_initiatives(read):
    text = "Норвегия предложила учредить Деловой клуб и Научный консорциум."
    assert [i.title for i in read(text).initiatives] == ["Деловой клуб", "Научный консорциум"]


def test_and_inside_a_name_s_genitive_does_not_split_it(read):
    text = "Норвегия предложила учредить Форум ректоров Центральной Азии и Северной Европы."
    assert [i.title for i in read(text).initiatives] == ["Форум ректоров Центральной Азии и Северной Европы"]


@pytest.mark.parametrize("text, title", [
    ("Казахстан предлагает создать транспортный хаб на Каспии.", "транспортный хаб на Каспии"),
    ("Австрия предложила сформировать региональный агрохаб.", "региональный агрохаб"),
    ("Кыргызстан выступил с инициативой создания горного хаба.", "горный хаб"),
])
def test_a_noun_the_dictionary_lacks_after_its_adjectives_is_a_body_set_up(read, text, title):
    assert [i.title for i in read(text).initiatives] == [title]


@pytest.mark.parametrize("text, expected", [
    ("Австрия предложила создавать новые цепочки поставок и выстраивание альтернативных транспортных маршрутов.",
     ["новые цепочки поставок", "альтернативные транспортные маршруты"]),
    ("Узбекистан предложил сформировать общие стандарты и создание совместного реестра экспортеров.",
     ["общие стандарты", "совместный реестр экспортеров"]),
])
def test_a_second_action_after_and_starts_a_second_initiative(read, text, expected):
    assert [i.title for i in read(text).initiatives] == expected


def test_building_relations_is_no_initiative(read):
    assert read("Австрия предложила выстраивать доверительные отношения со странами региона.").initiatives == []


@pytest.mark.parametrize("text, expected", [
    ("Президент Таджикистана Фаридун Саидзода предложил объявить 2027 год Годом чистой воды.", [("Год чистой воды", "TJ")]),
    ("Казахстан выступил с инициативой объявить 2028 год Годом цифровой экономики, и стороны ее одобрили.",
     [("Год цифровой экономики", "KZ")]),
])
def test_a_year_a_side_proposed_to_declare_is_an_initiative(read, text, expected):
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == expected


def test_a_year_declared_without_a_proposal_is_no_initiative(read):
    assert read("Австрия объявила 2027 год Годом музыки.").initiatives == []


@pytest.mark.parametrize("text", [
    "«Наше взаимодействие в рамках этой стратегии создаст нужную площадку для диалога», — сказал министр Норвегии.",
    "Министр Норвегии уверен, что сотрудничество в энергетике создаст новый рынок для стран региона.",
])
def test_a_body_cooperation_is_foreseen_to_bring_about_is_no_initiative(read, text):
    assert read(text).initiatives == []


def test_a_body_a_party_proposes_to_set_up_is_still_an_initiative_beside_a_forecast(read):
    text = ("Норвегия предложила создать центр водных исследований. "
            "Министр Норвегии считает, что такое партнерство создаст новые рабочие места.")
    assert [i.title for i in read(text).initiatives] == ["центр водных исследований"]
