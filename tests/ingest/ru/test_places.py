"""Countries, country adjectives and cities matched by lemma, in any case."""

from dialogue.ingest.ru.morph import sentences
from dialogue.ingest.ru.places import find_places


def _places(text):
    return [(p.code, p.city, p.demonym) for s in sentences(text) for p in find_places(s.tokens)]


def test_countries_are_found_in_any_case_and_by_their_short_names():
    text = "Делегации Казахстана, Кыргызской Республики, США, КНР и Южной Кореи."
    assert [code for code, _, _ in _places(text)] == ["KZ", "KG", "US", "CN", "KR"]


def test_cities_come_out_under_their_english_names_with_their_country():
    assert _places("Встречи прошли в Ташкенте, Нур-Султане и Осло.") == [
        ("UZ", "Tashkent", False), ("KZ", "Nur-Sultan", False), ("NO", "Oslo", False)]


def test_a_country_adjective_is_a_demonym_not_a_country():
    assert _places("Туркменский посол выступил первым.") == [("TM", None, True)]


def test_a_persons_name_that_is_also_a_towns_other_name_is_not_a_place():
    assert _places("Рашид и Ван выступили в прениях.") == []


def test_a_city_in_the_accusative_that_reads_first_as_a_name_is_still_the_city():
    from dialogue.ingest.ru.morph import sentences
    from dialogue.ingest.ru.places import find_places
    (sentence,) = sentences("Канцлер прибыл в Астану на саммит.")
    assert [(p.code, p.city) for p in find_places(sentence.tokens)] == [("KZ", "Astana")]
