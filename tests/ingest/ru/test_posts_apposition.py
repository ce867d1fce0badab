"""Posts told after the name, between commas: a compound post, a post named by its field ("по иностранным
делам"), a body's initials or capitalised adjective closing the post; and near misses. Sentences of our own."""

import pytest

from dialogue.ingest.ru.extract import merged_people, people_told
from dialogue.ingest.ru.morph import sentences
from dialogue.ingest.ru.places import find_places


def _people(text):
    found = sentences(text)
    places = {i: find_places(s.tokens) for i, s in enumerate(found)}
    return sorted((p.name, p.role, p.country) for p in merged_people([p for told in people_told(text, found, places) for p in told]))


@pytest.mark.parametrize(("text", "role"), [
    ("Фаррух Назаров, вице-премьер, министр иностранных дел Таджикистана, прибыл в Осло.", "вице-премьер, министр иностранных дел"),
    ("Гостей принимал Фаррух Назаров, заместитель премьер-министра, министр иностранных дел Таджикистана.",
     "заместитель премьер-министра, министр иностранных дел"),
    ("Переговоры прошли с Фаррухом Назаровым, вице-премьером, министром иностранных дел Таджикистана.", "вице-премьер, министр иностранных дел"),
])
def test_a_compound_post_after_the_name_stays_whole_with_the_country_of_its_second_part(text, role):
    assert _people(text) == [("Фаррух Назаров", role, "TJ")]


def test_two_people_each_with_a_post_in_apposition_keep_their_own_posts():
    assert _people("Арман Беков, министр иностранных дел Казахстана, и Нурлан Осмонов, министр экономики Кыргызстана, прибыли в Осло.") == [
        ("Арман Беков", "министр иностранных дел", "KZ"), ("Нурлан Осмонов", "министр экономики", "KG")]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Клара Ванс, верховный представитель ЕС по иностранным делам, прибыла в Осло.", "Клара Ванс",
     "верховный представитель ЕС по иностранным делам"),
    ("В Осло прибыла Клара Ванс, верховный представитель ЕС по иностранным делам и политике безопасности.", "Клара Ванс",
     "верховный представитель ЕС по иностранным делам и политике безопасности"),
    ("Петер Хольм, специальный представитель ЕС по Центральной Азии, провел встречи в Осло.", "Петер Хольм",
     "специальный представитель ЕС по Центральной Азии"),
])
def test_a_post_named_by_its_field_after_the_name_keeps_the_field(text, name, role):
    assert _people(text) == [(name, role, "EU")]


@pytest.mark.parametrize("text", [
    "Клара Ванс, верховный представитель ЕС, по мнению газеты, прибыла в Осло.",
    "Клара Ванс, верховный представитель ЕС по словам агентства, прибыла в Осло.",
])
def test_a_phrase_of_hearsay_after_the_post_is_no_field(text):
    ((name, role, _),) = _people(text)
    assert name == "Клара Ванс" and role.startswith("верховный представитель") and " по " not in role


@pytest.mark.parametrize("text", [
    "Джасем Аль-Наими, генеральный секретарь ССАГПЗ, выступил в Осло.",
    "В Осло выступил Джасем Аль-Наими, генеральный секретарь ССАГПЗ.",
    "Встреча с генеральным секретарем ССАГПЗ Джасемом Аль-Наими прошла в Осло.",
])
def test_a_body_s_initials_closing_a_post_are_part_of_the_post_and_no_name(text):
    assert _people(text) == [("Джасем Аль-Наими", "генеральный секретарь ССАГПЗ", None)]


@pytest.mark.parametrize("text", [
    "Председатель Народного совета Туркменистана Мурад Бердыев прибыл в Осло.",
    "Мурад Бердыев, председатель Народного совета Туркменистана, прибыл в Осло.",
    "Переговоры с председателем Народного совета Туркменистана Мурадом Бердыевым прошли в Осло.",
])
def test_a_body_s_capitalised_adjective_belongs_to_the_post(text):
    assert _people(text) == [("Мурад Бердыев", "председатель Народного совета", "TM")]


def test_a_body_named_after_the_person_is_not_taken_into_the_post():
    assert _people("Президент Туркменистана Мурад Бердыев выступил на заседании Народного совета.") == [
        ("Мурад Бердыев", "президент", "TM")]


@pytest.mark.parametrize("text", [
    "Арман Беков, исполняющий обязанности министра иностранных дел Казахстана, прибыл в Осло.",
    "Арман Беков, и.о. министра иностранных дел Казахстана, прибыл в Осло.",
    "Переговоры прошли с Арманом Бековым, исполняющим обязанности министра иностранных дел Казахстана.",
])
def test_an_acting_post_after_the_name_is_written_as_acting(text):
    assert _people(text) == [("Арман Беков", "и.о. министра иностранных дел", "KZ")]


@pytest.mark.parametrize("text", [
    "Специальный посланник президента США Джон Уайт прибыл в Осло.",
    "Встреча со специальным посланником президента США Джоном Уайтом прошла в Осло.",
    "Джон Уайт, специальный посланник президента США, прибыл в Осло.",
])
def test_an_envoy_of_a_president_is_the_envoy_not_the_president(text):
    assert _people(text) == [("Джон Уайт", "специальный посланник президента", "US")]


def test_an_aide_of_a_president_who_only_speaks_is_no_participant():
    assert _people("Помощник президента России Юрий Громов заявил журналистам о саммите.") == []


@pytest.mark.parametrize("text", [
    "Визит министра иностранных дел Кореи Пак Мин Су начался в Осло.",
    "Министр иностранных дел Кореи Пак Мин Су прибыл в Осло.",
    "Переговоры с министром иностранных дел Кореи Пак Мин Су прошли в Осло.",
])
def test_a_korean_name_of_three_syllables_keeps_its_last_syllable_after_one_shaped_like_a_surname(text):
    assert _people(text) == [("Пак Мин Су", "министр иностранных дел", "KR")]


def test_a_known_word_after_a_russian_surname_is_still_no_part_of_the_name():
    assert [name for name, _, _ in _people("Президент Казахстана Арман Беков Меморандум о сотрудничестве подписал в Осло.")] == ["Арман Беков"]


def test_two_posts_of_the_eu_after_the_name_stay_one_post():
    assert _people("Клара Ванс, верховный представитель ЕС по иностранным делам и политике безопасности, вице-председатель "
                   "Европейской комиссии, прибыла в Осло.") == [
        ("Клара Ванс", "верховный представитель ЕС по иностранным делам и политике безопасности, вице-председатель Европейской комиссии", "EU")]


@pytest.mark.parametrize("text", [
    "Арман Беков, министр иностранных дел Казахстана, президент которого прибудет позже, провел переговоры в Осло.",
    "Арман Беков, министр иностранных дел Казахстана, министры других стран и эксперты собрались в Осло.",
])
def test_a_clause_or_a_plural_after_a_post_in_apposition_is_no_second_post(text):
    assert _people(text) == [("Арман Беков", "министр иностранных дел", "KZ")]
