from dialogue.ingest.ru.documents import find_documents
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
