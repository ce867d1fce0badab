"""People with their posts, names put in the nominative whatever case the sentence gives them."""

from dialogue.ingest.ru.morph import sentences
from dialogue.ingest.ru.people import find_listed, find_people, find_roll
from dialogue.ingest.ru.places import find_places


def _people(text, rule=find_people):
    return [(p.name, p.role, p.country) for s in sentences(text) for p in rule(text, s, find_places(s.tokens))]


def test_a_name_in_the_genitive_comes_out_in_the_nominative_with_its_post_and_country():
    text = "В Осло прибыла делегация во главе с министром иностранных дел Кыргызстана Эрланом Абдылдаевым."
    assert _people(text) == [("Эрлан Абдылдаев", "министр иностранных дел", "KG")]


def test_the_given_name_decides_the_gender_of_the_surname():
    text = "Гостей встретила супруга министра иностранных дел Норвегии Ингрид Хальворсен и глава МИД Казахстана Айгерим Сапарова."
    assert ("Айгерим Сапарова", "глава МИД", "KZ") in _people(text)


def test_a_post_of_two_parts_stays_whole():
    text = "Выступил заместитель премьер-министра, министр иностранных дел Туркменистана Бекмурад Ахмедов."
    assert _people(text) == [("Бекмурад Ахмедов", "заместитель премьер-министра, министр иностранных дел", "TM")]


def test_an_acting_minister_keeps_the_genitive_of_his_post():
    text = "Узбекистан представлял и.о. министра иностранных дел Узбекистана Тимур Рашидов."
    assert _people(text) == [("Тимур Рашидов", "и.о. министра иностранных дел", "UZ")]


def test_initials_are_kept_as_written():
    text = "Переговоры провел Президент Республики Казахстан К.Б.Нурланов."
    assert _people(text) == [("К.Б.Нурланов", "президент", "KZ")]


def test_an_aide_who_speaks_of_a_meeting_is_not_taken_for_the_president():
    text = "Об этом сообщил помощник президента России Игорь Самойлов."
    assert _people(text) == []


def test_a_surname_pymorphy_would_misread_loses_only_its_ending():
    text = "Саммит открыл федеральный канцлер Германии Ханс Вольц вместе с канцлером ФРГ Петером Шольцем."
    assert ("Петер Шольц", "канцлер ФРГ", "DE") in _people(text)


def test_a_person_listed_with_a_country_in_brackets_has_no_post():
    text = "Приехали лидеры: Арман Сейтказиев (Казахстан) и Бекзод Турсунов (Узбекистан)."
    assert _people(text, find_listed) == [("Арман Сейтказиев", None, "KZ"), ("Бекзод Турсунов", None, "UZ")]


def test_a_roll_of_countries_and_names_after_a_plural_post_gives_each_the_post_in_the_singular():
    text = "На заседании были заместители министров иностранных дел Норвегии – Ула Бергстрём, Таджикистана – Фаррух Назаров."
    assert _people(text, find_roll) == [("Ула Бергстрём", "заместитель министра иностранных дел", "NO"),
                                        ("Фаррух Назаров", "заместитель министра иностранных дел", "TJ")]


def test_a_roll_after_a_post_in_the_singular_runs_to_its_last_pair_after_and():
    text = "Участвовали министр иностранных дел Норвегии — Ула Бергстрём, Казахстана — Арман Сейтказиев и Узбекистана — Бекзод Турсунов."
    assert [(name, country) for name, _, country in _people(text, find_roll)] == [
        ("Ула Бергстрём", "NO"), ("Арман Сейтказиев", "KZ"), ("Бекзод Турсунов", "UZ")]
