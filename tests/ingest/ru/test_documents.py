import pytest

from dialogue.ingest.ru.documents import find_all_documents, find_documents
from dialogue.ingest.ru.morph import sentences


def _documents(text):
    return [(d.kind, d.count, d.category) for s in sentences(text) for d in find_documents(text, s)]


def test_an_adopted_document_is_put_in_the_nominative():
    assert _documents("По итогам встречи было принято Совместное заявление министров.") == [("Совместное заявление", 1, "joint statement")]


def test_a_counted_batch_keeps_its_count():
    assert _documents("Стороны подписали 12 межправительственных соглашений.") == [("межправительственные соглашения", 12, "agreement")]


def test_an_action_plan_keeps_its_words_and_a_bare_plan_is_no_document():
    assert _documents("Министры утвердили план совместных действий.") == [("план совместных действий", 1, "action plan")]
    assert _documents("Министры утвердили план.") == []


def test_a_communique_is_a_document_when_only_cited():
    assert _documents("В итоговом коммюнике стороны отметили рост торговли.") == [("итоговое коммюнике", 1, "joint statement")]


def test_a_document_merely_discussed_is_not_taken():
    assert _documents("Министры обсудили проект соглашения о транзите.") == []


def test_a_document_still_to_be_adopted_is_not_a_document():
    assert _documents("По итогам заседания будет принято совместное заявление министров.") == []
    assert _documents("Министры планируют подписать коммюнике о транспорте.") == []
    assert _documents("Стороны подпишут меморандум о водных ресурсах.") == []


def test_documents_listed_one_a_line_after_a_colon_are_adopted():
    text = "На встрече приняты три документа:\nСовместное коммюнике министров\nДорожная карта по энергетике\nПлан действий на 2027 год."
    kinds = [d.kind for d in find_all_documents(text, sentences(text))]
    assert kinds == ["Совместное коммюнике", "Дорожная карта", "План действий"]


def test_a_document_named_after_among_them_is_adopted_with_the_batch_before_it():
    text = "Стороны подписали 9 соглашений. Среди них меморандум о сотрудничестве в области туризма."
    assert [(d.category, d.count) for d in find_all_documents(text, sentences(text))] == [("agreement", 9), ("memorandum", 1)]


def test_a_line_after_a_colon_list_that_names_no_document_ends_the_list():
    text = "Приняты документы:\nСовместное заявление\nЛидеры обсудили программу обменов."
    assert [d.kind for d in find_all_documents(text, sentences(text))] == ["Совместное заявление"]


def test_a_single_document_named_by_its_subject_is_a_document():
    assert _documents("Министры подписали документ об открытии бизнес-центра.") == [("документ", 1, "other")]
    assert _documents("Министры подписали документ.") == []


def test_a_document_said_not_yet_approved_or_not_signed_is_no_document():
    assert _documents("Среди итогов встречи — пока не утверждённое соглашение о поставках самолётов.") == []
    assert _documents("Стороны так и не подписали меморандум о транзите.") == []
    assert _documents("Стороны подписали меморандум о транзите.") == [("меморандум", 1, "memorandum")]


def test_a_document_the_sentence_acts_under_is_mentioned_in_passing():
    assert _documents("В рамках подписанного ранее соглашения компания получит долю в предприятии.") == []
    assert _documents("Согласно принятой в 2019 году декларации стороны развивают транзит.") == []
    assert _documents("Помощь выделят по соглашению между правительствами, которое подписали в мае.") == []
    assert _documents("По итогам встречи подписано соглашение о транзите.") == [("соглашение", 1, "agreement")]


def test_declarations_in_the_plural_cited_in_passing_are_no_document():
    assert _documents("Эксперты напомнили, что громкие декларации о дружбе мало что дали.") == []
    assert _documents("Стороны годами не могли воплотить записанные на бумаге декларации о намерениях.") == []


def test_a_document_named_in_quotes_is_one_document_by_its_name():
    assert _documents("Министры подписали документ «Дорожная карта торгового сотрудничества».") == [
        ("Дорожная карта торгового сотрудничества", 1, "action plan")]
    assert _documents("По итогам встречи принят документ «О сотрудничестве в сфере образования».") == [
        ("О сотрудничестве в сфере образования", 1, "other")]
    assert _documents("Министры обсудили документ «Дорожная карта торгового сотрудничества».") == []


def test_a_document_s_name_in_quotes_after_its_head_is_part_of_its_kind():
    assert _documents("По итогам саммита подписана Декларация «Об укреплении партнёрства в энергетике».") == [
        ("Декларация «Об укреплении партнёрства в энергетике»", 1, "declaration")]
    assert _documents("Министры приняли совместное заявление «Вода и климат» и план.") == [("совместное заявление «Вода и климат»", 1, "joint statement")]


@pytest.mark.parametrize("text", [
    "Стороны завершили переговоры о заключении с Норвегией нового соглашения о партнерстве.",
    "Министры обсудили вопросы по подписанию соглашения о свободной торговле.",
    "Соглашение о свободной торговле перед подписанием изучат юристы обеих стран.",
    "Норвегия поддерживает скорейшее подписание соглашения о партнерстве с Кыргызстаном.",
])
def test_an_agreement_whose_signing_is_only_talked_over_is_no_document(read, text):
    assert read(text).documents == []


def test_an_agreement_concluded_after_talks_is_a_document(read):
    text = "По итогам переговоров стороны заключили соглашение о партнерстве."
    assert [d.count for d in read(text).documents] == [1]


@pytest.mark.parametrize("sentence", [
    "Министры обсудят выполнение Дорожной карты сотрудничества, принятой в апреле прошлого года.",
    "Стороны рассмотрели ход реализации ранее подписанного соглашения о транзите.",
    "Главы МИД оценили работу по Совместному плану действий, утвержденному в прошлом году.",
])
def test_a_document_adopted_in_a_time_gone_by_is_none_of_the_meeting_s(sentence):
    assert _documents(sentence) == []


def test_a_document_adopted_now_is_still_one_when_another_was_adopted_earlier():
    assert _documents("Министры приняли Совместное заявление.") == [("Совместное заявление", 1, "joint statement")]
    assert [d[0] for d in _documents("Стороны подписали дорожную карту, дополнив принятый в прошлом году план.")] == ["дорожная карта"]
