"""Posts told once for a list of people, posts of shapes the other tests leave out (a short Asian name before its
post, a country's abbreviation, an honorific, a body's initials), and near misses. Sentences of our own."""

import pytest

from dialogue.ingest.ru.extract import merged_people, people_told
from dialogue.ingest.ru.morph import sentences
from dialogue.ingest.ru.places import find_places


def _people(text):
    found = sentences(text)
    places = {i: find_places(s.tokens) for i, s in enumerate(found)}
    return sorted((p.name, p.role, p.country) for p in merged_people([p for told in people_told(text, found, places) for p in told]))


@pytest.mark.parametrize("text", [
    "На форуме выступили президенты Арслан Бекенов, Тимур Салиев и Рустам Хамидов.",
    "Гостей встречали президенты соседних стран — Арслан Бекенов, Тимур Салиев и Рустам Хамидов.",
    "Переговоры с президентами Арсланом Бекеновым, Тимуром Салиевым и Рустамом Хамидовым прошли в Осло.",
])
def test_a_plural_post_before_a_list_of_names_gives_each_name_the_post_in_the_singular(text):
    assert _people(text) == [("Арслан Бекенов", "президент", None), ("Рустам Хамидов", "президент", None),
                             ("Тимур Салиев", "президент", None)]


@pytest.mark.parametrize("text", [
    "В Осло прошла встреча министров иностранных дел трёх стран — Армана Бекова (Казахстан), Нурлана Осмонова (Кыргызстан) "
    "и Фарруха Назарова (Таджикистан).",
    "В Осло собрались министры иностранных дел стран региона: Арман Беков (Казахстан), Нурлан Осмонов (Кыргызстан) "
    "и Фаррух Назаров (Таджикистан).",
])
def test_a_plural_post_before_names_with_their_countries_in_brackets_gives_each_the_post_and_the_country(text):
    assert _people(text) == [("Арман Беков", "министр иностранных дел", "KZ"), ("Нурлан Осмонов", "министр иностранных дел", "KG"),
                             ("Фаррух Назаров", "министр иностранных дел", "TJ")]


def test_heads_of_states_or_leaders_listed_name_no_post():
    assert [role for _, role, _ in _people(
        "В саммите участвовали главы пяти государств — Арман Беков (Казахстан), Нурлан Осмонов (Кыргызстан) и Фаррух Назаров (Таджикистан).")] \
        == [None, None, None]
    assert [role for _, role, _ in _people("На саммит прибыли лидеры Арслан Бекенов, Тимур Салиев и Рустам Хамидов.")] == [None, None, None]


@pytest.mark.parametrize("text", [
    "Переговоры с Лю Я, министром иностранных дел КНР, прошли в Осло.",
    "Заседание прошло с участием Лю Я – министра иностранных дел КНР.",
])
def test_a_chinese_name_of_two_syllables_before_its_post_takes_the_post(text):
    assert _people(text) == [("Лю Я", "министр иностранных дел", "CN")]


def test_a_news_agency_and_a_capital_letter_before_a_post_are_no_name():
    assert _people("Как передаёт ТАСС И, министр иностранных дел выступил.") == []


@pytest.mark.parametrize(("text", "country"), [
    ("Министр иностранных дел КР Нурлан Осмонов провел переговоры в Осло.", "KG"),
    ("Глава МИД РУз Бахром Алимов провел переговоры в Осло.", "UZ"),
    ("Министр иностранных дел РТ Фаррух Назаров провел переговоры в Осло.", "TJ"),
])
def test_a_country_named_by_its_abbreviation_gives_the_country_and_no_name(text, country):
    ((_, _, found),) = _people(text)
    assert found == country


def test_a_colleague_from_a_country_has_that_country_and_no_post():
    text = "Переговоры провели глава МИД Казахстана Арман Беков и его коллега из Кыргызстана Нурлан Осмонов."
    assert ("Нурлан Осмонов", None, "KG") in _people(text)


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Японии г-н Кэнта Огава провел переговоры.",
    "Встреча с министром иностранных дел Японии господином Кэнтой Огавой прошла в Осло.",
])
def test_an_honorific_between_a_post_and_a_name_is_skipped(text):
    assert _people(text) == [("Кэнта Огава", "министр иностранных дел", "JP")]


def test_posts_of_an_office_named_by_its_adjectives_or_in_the_plural():
    assert _people("Глава японского внешнеполитического ведомства Кэнта Огава прибыл в Осло.") == [
        ("Кэнта Огава", "глава японского внешнеполитического ведомства", "JP")]
    assert _people("Главы внешнеполитических ведомств Казахстана и Узбекистана Арман Беков и Бахром Алимов обсудили транзит.") == [
        ("Арман Беков", "глава внешнеполитического ведомства", "KZ"), ("Бахром Алимов", "глава внешнеполитического ведомства", "UZ")]
    assert _people("Руководитель внешнеполитического ведомства Казахстана Арман Беков провел переговоры.") == [
        ("Арман Беков", "руководитель внешнеполитического ведомства", "KZ")]


def test_the_head_of_an_administration_or_a_delegation_holds_no_post_of_his_own():
    assert _people("Об этом рассказал руководитель администрации президента Вадим Сомов.") == []


def test_a_cabinet_s_short_name_and_a_senior_rank_belong_to_the_post():
    assert _people("Председатель Кабмина Кыргызстана Адиль Касымов выступил на саммите.") == [("Адиль Касымов", "председатель Кабмина", "KG")]
    assert _people("Встречу открыл старший вице-министр иностранных дел Японии Кэнта Огава.") == [
        ("Кэнта Огава", "старший вице-министр иностранных дел", "JP")]


def test_a_clause_opened_by_from_a_country_gives_the_person_that_country():
    text = "От Таджикистана в заседании участвовал министр иностранных дел Фаррух Назаров."
    assert _people(text) == [("Фаррух Назаров", "министр иностранных дел", "TJ")]


def test_a_body_s_initials_belong_to_the_post_and_an_arabic_particle_to_the_name():
    text = "Встречу провел генеральный секретарь ССАГПЗ Джасем аль-Харби."
    assert _people(text) == [("Джасем аль-Харби", "генеральный секретарь ССАГПЗ", None)]


def test_the_short_word_for_premier_is_not_read_as_a_plural_genitive():
    text = "Саммит провели Арман Беков и премьер Италии Джорджа Ренци."
    assert ("Джорджа Ренци", "премьер", "IT") in _people(text)


def test_a_post_by_its_own_name_wins_over_the_office_s_head_told_first():
    text = "Глава МИД Норвегии Ула Берг прибыл в Осло. Министр иностранных дел Норвегии Ула Берг провел встречу."
    assert _people(text) == [("Ула Берг", "министр иностранных дел", "NO")]


def test_a_known_word_after_a_surname_ends_the_name():
    text = "Министры подписали в присутствии президента Казахстана Армана Бекова Меморандум о сотрудничестве."
    assert _people(text) == [("Арман Беков", "президент", "KZ")]


def test_a_ministry_quoted_as_the_source_adds_no_country_to_the_meeting(read):
    text = "В Осло пройдет встреча министров иностранных дел «Центральная Азия – Норвегия», сообщает МИД РУз."
    assert "UZ" not in read(text).meetings[0].countries
    assert "UZ" in read("В Осло пройдет встреча министров иностранных дел «Центральная Азия – Норвегия» с участием РУз.").meetings[0].countries


@pytest.mark.parametrize("text", [
    "Заместитель Председателя Кабинета Министров Туркменистана, министр иностранных дел Рашид Аманов прибыл в Осло.",
    "Встреча с заместителем Председателя Кабинета Министров Туркменистана, министром иностранных дел Рашидом Амановым прошла в Осло.",
])
def test_a_compound_post_with_its_country_after_the_first_part_stays_whole_and_gives_the_country(text):
    assert _people(text) == [("Рашид Аманов", "заместитель Председателя Кабинета Министров, министр иностранных дел", "TM")]


def test_a_post_with_its_field_then_a_second_post_stays_whole():
    text = "Верховный представитель ЕС по вопросам безопасности, вице-председатель Еврокомиссии Анна Мартинес провела встречу."
    assert _people(text) == [("Анна Мартинес", "верховный представитель ЕС по вопросам безопасности, вице-председатель Еврокомиссии", "EU")]


def test_a_second_field_after_and_belongs_to_the_post():
    text = "Министр иностранных дел и по делам Содружества Великобритании Эндрю Холл прибыл в Астану."
    assert _people(text) == [("Эндрю Холл", "министр иностранных дел и по делам Содружества", "GB")]


def test_a_korean_name_keeps_a_middle_syllable_that_is_also_a_little_word():
    text = "Форум провел первый заместитель министра иностранных дел Республики Корея Ким До Ен."
    assert _people(text) == [("Ким До Ен", "первый заместитель министра иностранных дел", "KR")]


def test_a_eurocommissioner_is_a_post_of_the_eu():
    assert _people("Еврокомиссар по вопросам энергетики Ян Новак принял участие.") == [("Ян Новак", "еврокомиссар по вопросам энергетики", "EU")]


@pytest.mark.parametrize("text", [
    "Переговоры провели президенты Беков и Салиев.",
    "Встреча с президентами Бековым и Салиевым прошла в Осло.",
])
def test_a_plural_post_before_surnames_alone_gives_each_the_post(text):
    assert _people(text) == [("Беков", "президент", None), ("Салиев", "президент", None)]


def test_a_plural_post_before_countries_or_common_words_names_no_one():
    assert _people("Президенты Казахстана и Узбекистана провели переговоры.") == []
    assert _people("Министры Европы и Азии встретились в Осло.") == []


def test_a_country_then_a_dash_stands_for_the_verb_of_representing_told_before():
    text = "Казахстан представлял министр иностранных дел Арман Беков, Кыргызстан — глава МИД Нурлан Осмонов."
    assert _people(text) == [("Арман Беков", "министр иностранных дел", "KZ"), ("Нурлан Осмонов", "глава МИД", "KG")]


def test_a_dash_after_a_country_without_a_word_of_representing_gives_no_country():
    assert _people("Переговоры прошли в Кыргызстане — глава МИД Нурлан Осмонов выступил первым.") == [("Нурлан Осмонов", "глава МИД", None)]


def test_a_bare_name_that_represented_a_country_is_a_participant_of_that_country():
    assert _people("Казахстан на встрече представлял Арман Беков.") == [("Арман Беков", None, "KZ")]
    assert _people("Норвегию представлял министр иностранных дел Ула Берг, Казахстан - Арман Беков.") == [
        ("Арман Беков", None, "KZ"), ("Ула Берг", "министр иностранных дел", "NO")]
