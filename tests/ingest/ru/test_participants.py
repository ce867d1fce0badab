"""Who took part in the main meeting and who is only mentioned: one thanked for something, the other side of talks,
one who received the ministers of a meeting below the summit, one of an earlier event. Sentences of our own."""

import pytest

SUMMIT = "В Астане прошел саммит «Центральная Азия – Норвегия». Премьер-министр Норвегии Ингрид Хальворсен приняла участие во встрече. "
MINISTERS = ("В Ашхабаде прошла встреча министров иностранных дел в формате «Центральная Азия – Норвегия». "
             "Министр иностранных дел Норвегии Эспен Лунд принял участие во встрече. ")


def _names(read, text):
    (meeting,) = [m for m in read(text).meetings if m.main]
    return sorted(p.name for p in meeting.participants)


@pytest.mark.parametrize("aside", [
    "Хальворсен поблагодарила президента Казахстана Ерлана Сапарова за теплый прием.",
    "Президент Узбекистана выразил признательность президенту Казахстана Ерлану Сапарову — за организацию саммита.",
    "Накануне Хальворсен провела переговоры с президентом Казахстана Ерланом Сапаровым.",
    "Кроме того, состоялся телефонный разговор Хальворсен с президентом Казахстана Ерланом Сапаровым.",
    "Ранее президент Казахстана Ерлан Сапаров посетил Осло с официальным визитом.",
    "Напомним, в прошлом году президент Казахстана Ерлан Сапаров выступил на форуме в Берлине.",
    "Как ранее сообщалось, президент Казахстана Ерлан Сапаров провел отпуск в горах.",
    "Бывший президент Казахстана Ерлан Сапаров в свое время предлагал такой формат.",
    "Формат был учрежден по инициативе экс-президента Казахстана Ерлана Сапарова.",
    "Президент Казахстана Ерлан Сапаров направил приветствие участникам саммита.",
])
def test_a_person_only_mentioned_is_no_participant(read, aside):
    assert _names(read, SUMMIT + aside) == ["Ингрид Хальворсен"]


@pytest.mark.parametrize("joined", [
    "Президент Казахстана Ерлан Сапаров выступил на саммите.",
    "Хальворсен поблагодарила президента Казахстана Ерлана Сапарова, который председательствовал на саммите, и вручила ему подарок.",
    "Президент Казахстана Ерлан Сапаров принял лидеров государств региона на саммите.",
    "Ранее президент Казахстана Ерлан Сапаров открыл саммит «Центральная Азия – Норвегия».",
    "После переговоров с Норвегией президент Казахстана Ерлан Сапаров выступил на саммите.",
])
def test_a_person_who_took_part_stays_a_participant(read, joined):
    assert _names(read, SUMMIT + joined) == ["Ерлан Сапаров", "Ингрид Хальворсен"]


@pytest.mark.parametrize("aside", [
    "Главы делегаций были приняты президентом Туркменистана Довлетом Амановым.",
    "Президент Туркменистана Довлет Аманов принял глав делегаций в своей резиденции.",
])
def test_who_received_the_ministers_is_no_participant_of_their_meeting(read, aside):
    assert _names(read, MINISTERS + aside) == ["Эспен Лунд"]


def test_one_who_led_a_side_in_talks_stays_a_participant(read):
    text = MINISTERS + "Туркменистан был представлен на переговорах делегацией во главе с заместителем министра Туркменистана Довлетом Амановым."
    assert _names(read, text) == ["Довлет Аманов", "Эспен Лунд"]


def test_an_envoy_of_the_eu_at_another_partner_s_meeting_is_a_participant(read):
    text = MINISTERS + "Специальный представитель ЕС по Центральной Азии Пьер Дюбуа также присутствовал на встрече."
    assert _names(read, text) == ["Пьер Дюбуа", "Эспен Лунд"]


def test_a_leader_of_a_third_country_is_still_left_out(read):
    text = MINISTERS + "Президент Франции Пьер Дюбуа также присутствовал на встрече."
    assert _names(read, text) == ["Эспен Лунд"]


@pytest.mark.parametrize("aside", [
    "Хальворсен, названная президентом Казахстана Ерланом Сапаровым «другом региона», вручила ему орден.",
    "Формат был предложен в 2004 году тогдашним президентом Казахстана Ерланом Сапаровым.",
    "Позднее президент Казахстана Ерлан Сапаров направил делегацию для участия в саммите «Арктический совет» в Рейкьявике.",
])
def test_one_who_only_named_someone_held_the_post_then_or_went_to_another_named_meeting_is_no_participant(read, aside):
    assert _names(read, SUMMIT + aside) == ["Ингрид Хальворсен"]


@pytest.mark.parametrize("voiced", [
    "Хальворсен поддержала предложения президента Казахстана Ерлана Сапарова, озвученные на саммите.",
    "Эксперты выделили инициативы президента Казахстана Ерлана Сапарова, выдвинутые на этой встрече.",
])
def test_the_owner_of_proposals_voiced_at_the_meeting_took_part(read, voiced):
    assert _names(read, SUMMIT + voiced) == ["Ерлан Сапаров", "Ингрид Хальворсен"]


def test_the_owner_of_a_proposal_not_said_to_be_voiced_there_is_still_no_participant(read):
    assert _names(read, SUMMIT + "Хальворсен поддержала предложения президента Казахстана Ерлана Сапарова.") == ["Ингрид Хальворсен"]


PLANNED = "В Астане в мае пройдет саммит «Центральная Азия – Норвегия». "


@pytest.mark.parametrize("spoken", [
    "Об этом заявил министр иностранных дел Казахстана Ерлан Сапаров по итогам переговоров с послом Норвегии.",
    "Министр иностранных дел Казахстана Ерлан Сапаров охарактеризовал предстоящий саммит как важный шаг.",
])
def test_one_who_speaks_of_a_summit_to_come_after_his_own_talks_is_no_participant(read, spoken):
    (meeting,) = [m for m in read(PLANNED + spoken).meetings if m.main]
    assert meeting.participants == []


def test_one_due_to_hold_talks_at_a_summit_to_come_stays_a_participant(read):
    text = PLANNED + "Президент Казахстана Ерлан Сапаров заявил, что примет участие в саммите и проведет переговоры с премьером Норвегии."
    (meeting,) = [m for m in read(text).meetings if m.main]
    assert [p.name for p in meeting.participants] == ["Ерлан Сапаров"]


@pytest.mark.parametrize("received", [
    "Президент Джон Миллер принял лидеров пяти государств Центральной Азии на саммите С5+1 в Вашингтоне.",
    "Президент Джон Миллер принял в Вашингтоне лидеров Центральной Азии на саммите С5+1.",
])
def test_who_received_the_leaders_of_a_summit_is_of_its_host_country(read, received):
    (meeting,) = [m for m in read(received + " США предложили региону новые проекты.").meetings if m.main]
    assert [(p.name, p.country) for p in meeting.participants] == [("Джон Миллер", "US")]


def test_who_only_flew_to_a_summit_gets_no_host_country(read):
    text = "Президент Джон Миллер прилетел в Вашингтон на саммит С5+1 с лидерами Центральной Азии. США предложили региону новые проекты."
    (meeting,) = [m for m in read(text).meetings if m.main]
    assert [(p.name, p.country) for p in meeting.participants] == [("Джон Миллер", None)]


@pytest.mark.parametrize("aside", [
    "Стоит напомнить, что президент Казахстана Ерлан Сапаров уже посещал Осло.",
    "Хальворсен отметила вклад первого президента Казахстана Ерлана Сапарова в развитие отношений.",
    "Генеральный секретарь ООН Пьер Дюбуа направил участникам саммита видеообращение.",
    "Политолог Марат Жумабаев считает, что саммит прошел успешно.",
])
def test_one_recalled_the_founding_president_a_sender_of_a_video_or_a_commentator_is_no_participant(read, aside):
    assert _names(read, SUMMIT + aside) == ["Ингрид Хальворсен"]


def test_a_remark_opened_by_let_us_note_still_names_who_spoke_at_the_summit(read):
    text = SUMMIT + "Отметим, что на саммите также выступил президент Казахстана Ерлан Сапаров."
    assert _names(read, text) == ["Ерлан Сапаров", "Ингрид Хальворсен"]


def test_a_first_deputy_is_no_founding_president(read):
    text = SUMMIT + "На саммите выступил первый вице-президент Казахстана Ерлан Сапаров."
    assert _names(read, text) == ["Ерлан Сапаров", "Ингрид Хальворсен"]


def test_one_at_a_named_side_event_of_the_summit_stays_a_participant(read):
    text = SUMMIT + "На полях саммита президент Казахстана Ерлан Сапаров выступил на форуме «Энергия Севера»."
    assert _names(read, text) == ["Ерлан Сапаров", "Ингрид Хальворсен"]
