"""One search function over sources and facts, on SQLite (FTS5) and PostgreSQL (full-text search)."""

from dialogue.lib.texts import content_hash
from dialogue.record.models import Meeting
from dialogue.web.search import search


def test_facts_and_sources_are_found_by_their_words(default_record, seeds):
    from dialogue.record.services import source_texts_attach

    source_texts_attach([seeds])
    assert ("people", "person.tileuberdi") in {(h.section, h.key) for h in search("Tileuberdi")}
    found = {(h.section, h.key) for h in search("critical minerals")}
    assert ("initiatives", "c5-japan.initiative.strengthening-critical-minerals-supply-chains") in found
    assert ("sources", "anadolu-caj-first-summit") in found  # the text, attached
    assert search("Astana International Financial") and not search("zzzz nothing")


def test_every_word_must_match_and_punctuation_is_not_syntax(default_record):
    assert {h.key for h in search('Tokyo "Summit')} >= {"c5-japan.summit-1"}
    assert search("Tokyo Dushanbe") == []
    assert search("") == [] and search(' " ( ) * ') == []


def test_a_change_to_a_fact_is_found_at_once_and_a_deletion_is_gone(default_record):
    meeting = Meeting.objects.get(key="c5-japan.fm-10")
    meeting.city = "Almaty"
    meeting.save()
    assert [h.key for h in search("Almaty")] == ["c5-japan.fm-10"]
    meeting.delete()
    assert search("Almaty") == []


def test_the_search_page_lists_hits_with_links(client, default_record):
    page = client.get("/search/", {"q": "Hayashi"}).content.decode()
    assert 'href="/facts/people/person.hayashi/"' in page


def test_the_index_can_be_rebuilt_after_a_bulk_load(default_record):
    from dialogue.record.models import Deal, Format
    from dialogue.web.models import SearchEntry
    from dialogue.web.search import search, search_index_rebuild

    Deal.objects.bulk_create([Deal(key="bulk.deal", format=Format.objects.first(), title="Pamir hydropower cascade",
                                   entered_by="tests", entered_at="2026-01-01T00:00:00+00:00")])  # no signal, no entry
    assert not search("Pamir hydropower")
    indexed = search_index_rebuild()
    assert indexed == SearchEntry.objects.count() and [hit.key for hit in search("Pamir hydropower")] == ["bulk.deal"]


def test_a_person_is_found_by_any_scripts_spelling(default_record):
    for query in ("Тоқаев", "Токаев", "Tokayev", "Tokaev"):
        assert "person.tokayev" in {h.key for h in search(query)}, query
    for query in ("Мирзиёев", "Mirziyoyev"):
        assert "person.mirziyoyev" in {h.key for h in search(query)}, query


def test_a_russian_source_is_found_by_its_words_and_by_their_latin_letters(default_record):
    from dialogue.record.models import Source

    note = "Министры встретились в Бергене. Тлеуберди выступил первым."
    Source.objects.create(key="ru-note", kind=Source.Kind.NEWS, publisher="Наш отдел", title="Заметка", published="2026-03-01",
                          text=note, content_hash=content_hash(note))
    assert "ru-note" in {h.key for h in search("Бергене")}
    assert "ru-note" in {h.key for h in search("Tleuberdi")}
