"""Initiatives and who proposed them when the proposer is named by surname alone after an earlier mention with his
post, and bodies named in the plural. Sentences of our own."""

import pytest

OPENING = "В Бишкеке прошел саммит «Центральная Азия – Норвегия». Премьер-министр Норвегии Ингрид Хальворсен прибыла на саммит. "


def _initiatives(read, text):
    return [(i.title, i.proposed_by) for i in read(OPENING + text).initiatives]


@pytest.mark.parametrize("text, expected", [
    ("Хальворсен предложила создать Центр водных исследований в Бишкеке.", [("Центр водных исследований в Бишкеке", "NO")]),
    ("В своем выступлении Хальворсен выступила с инициативой создания регионального фонда зеленой энергетики.",
     [("региональный фонд зеленой энергетики", "NO")]),
    ("Выступая на саммите, Ингрид Хальворсен предложила провести в Оше форум молодых инженеров.", [("форум молодых инженеров", "NO")]),
])
def test_a_proposer_named_by_surname_alone_has_the_country_of_his_earlier_mention(read, text, expected):
    assert _initiatives(read, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Хальворсен предложила создавать новые транспортные коридоры.", [("новые транспортные коридоры", "NO")]),
    ("Норвежская сторона предложила сформировать совместные венчурные фонды.", [("совместные венчурные фонды", "NO")]),
])
def test_bodies_proposed_in_the_plural_with_their_adjectives_stay_plural(read, text, expected):
    assert _initiatives(read, text) == expected


@pytest.mark.parametrize("text", [
    "Хальворсен предложила создавать условия для роста торговли.",
    "Хальворсен предложила создавать рабочие места в регионе.",
    "Хальворсен отметила, что инвесторы создают новые рабочие места.",
])
def test_conditions_and_jobs_are_no_initiative(read, text):
    assert _initiatives(read, text) == []


AUSTRIA = ("В Вене прошел саммит «Центральная Азия – Австрия». Президент Кыргызстана Азамат Осмонов выступил на пленарном "
           "заседании. ")


def _proposed(read, text):
    return [(i.title, i.proposed_by) for i in read(AUSTRIA + text).initiatives]


@pytest.mark.parametrize("text, expected", [
    ("Он предложил создать региональный центр горной медицины.", [("региональный центр горной медицины", "KG")]),
    ("Также предложил учредить совет молодых предпринимателей.", [("совет молодых предпринимателей", "KG")]),
    ("По его инициативе будет создан цифровой хаб в Оше.", [("цифровой хаб в Оше", "KG")]),
])
def test_he_or_a_left_out_subject_proposes_for_the_person_of_the_sentence_before(read, text, expected):
    assert _proposed(read, text) == expected


def test_he_after_two_people_is_the_one_named_first_the_subject(read):
    text = ("Министр иностранных дел Австрии Лукас Эдер встретился с президентом Таджикистана Фаридуном Саидзода. "
            "Он предложил создать центр изучения ледников.")
    assert _proposed(read, text) == [("центр изучения ледников", "AT")]


@pytest.mark.parametrize("text", [
    "Кроме того, глава государства предложил учредить фонд поддержки стартапов.",
    "Глава государства выдвинул инициативу создания фонда поддержки стартапов.",
])
def test_the_head_of_state_by_post_alone_is_the_first_president_the_report_named(read, text):
    assert [p for _, p in _proposed(read, text)] == ["KG"]


@pytest.mark.parametrize("text", [
    "«Мы предлагаем создать фонд поддержки стартапов», — заявил президент Казахстана Ерлан Сапаров.",
    "«Регион растет быстро. Мы предлагаем создать фонд поддержки стартапов», — подчеркнул президент Казахстана Ерлан Сапаров.",
    "Президент Казахстана Ерлан Сапаров сказал: «Регион растет быстро. Мы предлагаем создать фонд поддержки стартапов».",
])
def test_a_quotation_s_we_propose_is_the_proposal_of_the_person_quoted(read, text):
    assert _proposed(read, text) == [("фонд поддержки стартапов", "KZ")]


@pytest.mark.parametrize("text", [
    "Стороны предложили создать рабочую группу по энергетике.",
    "Ранее было предложено создать рабочую группу по энергетике.",
    "Погода была солнечной. В ответ участники предложили создать рабочую группу по энергетике.",
])
def test_no_proposer_when_the_words_stand_for_no_one_person(read, text):
    assert [p for _, p in _proposed(read, text)] == [None]


def test_a_head_of_state_by_post_alone_has_no_proposer_when_the_report_named_no_president(read):
    text = ("Министр иностранных дел Австрии Лукас Эдер прибыл в Бишкек. "
            "Глава государства предложил создать центр изучения ледников.")
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [("центр изучения ледников", None)]


@pytest.mark.parametrize("text, proposer", [
    ("С инициативой создания регионального центра по ледникам выступил президент Казахстана Ерлан Сапаров.", "KZ"),
    ("Создать региональный центр зеленой энергетики предложил Узбекистан.", "UZ"),
    ("Идею создания логистического хаба выдвинула австрийская сторона.", "AT"),
    ("Учредить фонд поддержки стартапов предложил президент Таджикистана.", "TJ"),
])
def test_the_subject_after_a_verb_of_putting_forward_is_the_proposer(read, text, proposer):
    assert [p for _, p in [(i.title, i.proposed_by) for i in read(text).initiatives]] == [proposer]


def test_whom_a_proposal_was_made_to_is_not_its_proposer(read):
    text = "Участники встречи предложили Казахстану учредить фонд поддержки стартапов."
    assert [i.proposed_by for i in read(text).initiatives] == [None]


def test_an_event_s_title_ends_before_the_verb_of_its_proposer(read):
    text = "С предложением провести форум молодых ученых выступила Австрия."
    assert [(i.title, i.proposed_by) for i in read(text).initiatives] == [("форум молодых ученых", "AT")]


HEADING = "Президент Казахстана Ерлан Сапаров выдвинул ряд инициатив. "


@pytest.mark.parametrize("text, expected", [
    ("Во-первых, создать региональный центр по ледникам. Во-вторых, учредить фонд поддержки стартапов.",
     [("региональный центр по ледникам", "KZ"), ("фонд поддержки стартапов", "KZ")]),
    ("В частности, создать региональный центр по ледникам.", [("региональный центр по ледникам", "KZ")]),
    ("Речь идет о создании платформы цифровой торговли.", [("платформа цифровой торговли", "KZ")]),
])
def test_proposals_listed_after_a_sentence_announcing_them_are_its_proposer_s(read, text, expected):
    assert [(i.title, i.proposed_by) for i in read(HEADING + text).initiatives] == expected


@pytest.mark.parametrize("text", [
    "Также стороны договорились создать общий фонд.",
    "Погода была хорошей. Во-первых, стороны договорились создать общий фонд.",
])
def test_a_sentence_with_its_own_subject_or_past_the_list_is_not_the_heading_s_proposal(read, text):
    assert [i.proposed_by for i in read(HEADING + text).initiatives] == [None]


@pytest.mark.parametrize("text, proposer", [
    ("На пленарном заседании саммита в формате «Центральная Азия – Австрия» Президент Казахстана предложил создать "
     "региональный центр по ледникам.", "KZ"),
    ("Выступая на заседании глав государств в расширенном составе, лидер Узбекистана предложил учредить совместный фонд.", "UZ"),
    ("В ходе саммита, который прошел в столице Таджикистана, Кыргызстан предложил создать транспортный хаб.", "KG"),
])
def test_the_subject_of_the_verb_s_clause_after_a_long_opening_is_the_proposer(read, text, proposer):
    assert [i.proposed_by for i in read(text).initiatives] == [proposer]


@pytest.mark.parametrize("text", [
    "На продолжительной рабочей встрече с президентом Казахстана участники предложили создать транспортный хаб.",
    "Выступая на продолжительной рабочей встрече в Казахстане, министр предложил создать транспортный хаб.",
])
def test_a_country_the_opening_only_mentions_is_not_the_proposer(read, text):
    assert [i.proposed_by for i in read(text).initiatives] == [None]
