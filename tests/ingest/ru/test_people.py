"""People with their posts, names put in the nominative whatever case the sentence gives them."""

from dialogue.ingest.ru.morph import sentences
from dialogue.ingest.ru.named import find_named
from dialogue.ingest.ru.people import find_listed, find_people
from dialogue.ingest.ru.places import find_places
from dialogue.ingest.ru.rolls import find_roll


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


def test_a_name_before_its_post_takes_that_post():
    text = "Слово взял Даврон Усмонов, президент Таджикистана."
    assert _people(text) == [("Даврон Усмонов", "президент", "TJ")]


def test_a_chinese_name_of_two_syllables_keeps_its_second_one():
    text = "Гостей приветствовал министр иностранных дел КНР Лю Бо."
    assert [name for name, _, _ in _people(text)] == ["Лю Бо"]


def test_a_korean_surname_in_the_genitive_loses_its_soft_ending():
    text = "Заседание прошло при участии министра иностранных дел Республики Корея Пак Мин Юля."
    assert [name for name, _, _ in _people(text)] == ["Пак Мин Юль"]


def test_the_head_of_a_presidential_administration_is_not_the_president():
    text = "Об этом рассказал руководитель администрации президента Вадим Сомов."
    assert _people(text) == []


def _named(text):
    people = []
    for s in sentences(text):
        places = find_places(s.tokens)
        people += [(p.name, p.country) for p in find_named(text, s, places, find_people(text, s, places))]
    return people


def test_a_name_without_a_post_in_a_sentence_of_talks_is_a_participant_in_the_nominative():
    text = "В Ашхабаде Эмиль Сулейманов и Гульнара Тимурова обсудили поставки зерна на полях саммита."
    assert _named(text) == [("Эмиль Сулейманов", None), ("Гульнара Тимурова", None)]


def test_a_name_after_with_is_read_in_the_instrumental():
    text = "Глава делегации провел встречу с Маратом Ахметовым и Рустамом Ибрагимовым."
    assert _named(text) == [("Марат Ахметов", None), ("Рустам Ибрагимов", None)]


def test_a_masculine_name_in_the_genitive_is_not_read_as_a_woman_in_the_nominative():
    text = "Визит Касым-Жомарта Нуртаева в Рим продлится два дня."
    assert _named(text) == [("Касым-Жомарт Нуртаев", None)]


def test_a_country_adjective_before_a_leader_gives_his_country_and_no_post():
    text = "На саммите выступил узбекский лидер Бахтияр Эргашев."
    assert _people(text) == [("Бахтияр Эргашев", None, "UZ")]


def test_a_name_with_its_post_or_in_a_byline_or_said_by_a_speaker_is_not_read_without_a_post():
    assert _named("Переговоры провел министр иностранных дел Казахстана Ерлан Жумабаев.") == []
    assert _named("Делегации прибыли на встречу (агентство «Вести», Тимур Абдуллаев).") == []
    assert _named("Встреча будет полезной, заявил Тимур Абдуллаев.") == []


def test_a_roll_of_countries_and_names_needs_no_dash():
    text = "Участвовали министры иностранных дел Норвегии Ула Бергстрём, Казахстана Арман Сейтказиев и Узбекистана Бекзод Турсунов."
    assert _people(text, find_roll) == [("Ула Бергстрём", "министр иностранных дел", "NO"),
                                        ("Арман Сейтказиев", "министр иностранных дел", "KZ"),
                                        ("Бекзод Турсунов", "министр иностранных дел", "UZ")]


def test_a_post_with_its_field_after_the_country_keeps_the_field():
    text = "С речью выступил специальный представитель ЕС по вопросам энергетики Ханна Лехто."
    assert _people(text) == [("Ханна Лехто", "специальный представитель ЕС по вопросам энергетики", "EU")]


def test_a_family_name_the_dictionary_reads_as_a_little_word_is_still_a_name():
    text = "Делегацию встретил председатель КНР Ли Вэй."
    assert _people(text) == [("Ли Вэй", "председатель КНР", "CN")]


def test_a_surname_of_the_first_declension_comes_back_to_its_a():
    text = "Гостя принял министр иностранных дел Японии Кэнта Огава, а затем делегация встретилась с министром обороны Японии Дзюном Ямадой."
    assert [name.split()[-1] for name, _, _ in _people(text)] == ["Огава", "Ямада"]


def test_an_unknown_given_name_before_a_word_of_a_surnames_shape_opens_a_name():
    text = "В саммите приняли участие Дилмурод Абдуллаев и Сапарбай Оразов."
    assert _named(text) == [("Дилмурод Абдуллаев", None), ("Сапарбай Оразов", None)]


def test_a_post_with_its_field_and_no_country_is_still_a_post():
    text = "Гостей принимал комиссар по вопросам рыболовства и океанов Ян Новак."
    assert _people(text) == [("Ян Новак", "комиссар по вопросам рыболовства и океанов", None)]


def test_a_premier_named_by_the_short_word_and_an_adjective_of_country():
    text = "Речь произнес японский премьер Кэнта Огава."
    assert _people(text) == [("Кэнта Огава", "премьер", "JP")]


def test_latin_words_before_a_post_are_no_name():
    text = "По сообщению Nordic Wire, премьер-министр прибыл в Астану."
    assert _people(text) == []


def test_a_security_adviser_or_secretary_holds_a_post_of_his_own():
    assert _people("Переговоры провел советник по национальной безопасности Норвегии Ола Нордманн.") == [
        ("Ола Нордманн", "советник по национальной безопасности", "NO")]
    assert _people("В Бишкек прибыл секретарь Совета безопасности Кыргызстана Марат Иманкулов.") == [
        ("Марат Иманкулов", "секретарь Совета безопасности", "KG")]


def test_an_adviser_of_another_person_is_no_participant():
    assert _people("Об этом сообщил советник президента Антон Кобяков.") == []


def test_a_person_gets_the_country_his_clause_says_he_stood_for(read):
    text = ("В Лондоне прошла встреча министров «Центральная Азия – Великобритания». Таджикистан на встрече представлял "
            "глава МИД Рустам Назаров, британскую сторону — государственный секретарь Ингрид Хальворсен.")
    people = {p.name: p.country for p in read(text).meetings[0].participants}
    assert people == {"Рустам Назаров": "TJ", "Ингрид Хальворсен": "GB"}


def test_a_delegation_s_country_goes_to_the_person_who_headed_it(read):
    text = "Делегацию Узбекистана на саммите «Центральная Азия – Норвегия» возглавил вице-премьер Бахром Алимов."
    assert [(p.name, p.country) for p in read(text).meetings[0].participants] == [("Бахром Алимов", "UZ")]


def test_a_post_in_brackets_or_after_a_dash_follows_the_name():
    assert _people("В переговорах участвовал Бахром Алимов (министр иностранных дел Узбекистана).") == [
        ("Бахром Алимов", "министр иностранных дел", "UZ")]
    assert _people("На встрече выступил Бахром Алимов — министр иностранных дел Узбекистана.") == [
        ("Бахром Алимов", "министр иностранных дел", "UZ")]


def test_a_title_of_honour_before_a_comma_does_not_make_the_post_someone_else_s():
    assert _people("Государственный советник, министр иностранных дел Норвегии Ола Нордманн прибыл в Астану.") == [
        ("Ола Нордманн", "министр иностранных дел", "NO")]


def test_a_cabinet_in_a_compound_post_is_no_name():
    text = "Заместитель Председателя Кабинета Министров – министр иностранных дел Туркменистана Рашид Аманов прибыл."
    assert [(name, country) for name, _, country in _people(text)] == [("Рашид Аманов", "TM")]


def test_an_envoy_for_central_asia_keeps_the_region_in_the_post():
    assert _people("Специальный представитель ЕС по Центральной Азии Анна Мартинес провела встречу.") == [
        ("Анна Мартинес", "специальный представитель ЕС по Центральной Азии", "EU")]


def test_a_roll_of_countries_each_with_its_name_in_brackets_after_from():
    text = ("Присутствовали его коллеги из Казахстана (Арман Сейтказиев), Кыргызской Республики (Нурбек Осмонов) "
            "и Узбекистана (Бекзод Турсунов).")
    assert _people(text, find_roll) == [("Арман Сейтказиев", None, "KZ"), ("Нурбек Осмонов", None, "KG"), ("Бекзод Турсунов", None, "UZ")]


def test_a_roll_in_brackets_after_a_plural_post_gives_each_the_post():
    text = "На встрече были министры иностранных дел Норвегии (Ула Бергстрём) и Таджикистана (Фаррух Назаров)."
    assert _people(text, find_roll) == [("Ула Бергстрём", "министр иностранных дел", "NO"),
                                        ("Фаррух Назаров", "министр иностранных дел", "TJ")]


def test_figures_in_brackets_after_countries_are_no_roll():
    text = "Коллеги из Казахстана (около 40 человек) и Узбекистана (более 30 человек) приехали на форум."
    assert _people(text, find_roll) == []


def test_an_office_named_by_its_country_s_adjective_gives_the_post_and_the_country():
    assert _people("Встречу провёл глава норвежского МИД Ула Бергстрём.") == [("Ула Бергстрём", "глава норвежского МИД", "NO")]
    assert _people("Выступил глава японского правительства Кэндзи Ямада.") == [("Кэндзи Ямада", "глава японского правительства", "JP")]


def test_heads_of_states_listed_each_get_the_post_of_one_state():
    from dialogue.ingest.ru.rolls import find_parallel
    text = "Саммит прошёл при участии глав государств Казахстана и Узбекистана — Ерлана Сагинтаева и Бахрома Алимова."
    assert [p[1] for p in _people(text, find_parallel)] == ["глава государства", "глава государства"]


def test_one_acting_for_a_president_keeps_his_name_in_the_sentence_s_case():
    text = "Исполняющий обязанности президента Казахстана Ерлан Сапаров посетил Осло."
    assert _people(text) == [("Ерлан Сапаров", "и.о. президента", "KZ")]


def test_a_text_cut_short_after_a_post_s_preposition_gives_no_person_and_no_error():
    assert _people("Слово взял специальный представитель ООН по") == []
    assert _people("Слово взял специальный представитель ООН по правам") == []
