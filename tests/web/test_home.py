import re

from dialogue.record.models import Source


def _text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_the_home_page_lists_the_meetings_with_place_and_participants(client, default_record):
    page = _text(client.get("/"))
    assert "9th Foreign Ministers" in page and "Tokyo" in page
    assert "Mukhtar Tileuberdi" in page and "Yoshimasa Hayashi" in page
    assert "First Summit" in page
    for leader in ["Sanae Takaichi", "Kassym-Jomart Tokayev", "Sadyr Zhaparov", "Emomali Rahmon",
                   "Serdar Berdimuhamedov", "Shavkat Mirziyoyev"]:
        assert leader in page
    assert "Planned" in page and "Kazakhstan" in page


def test_each_fact_links_to_its_evidence(client, default_record, seeds):
    from dialogue.record.services import source_texts_attach

    source_texts_attach([seeds])
    home = client.get("/").content.decode()
    assert 'href="/facts/attendances/c5-japan.fm-9.attendance.tileuberdi/"' in home
    evidence_page = client.get("/facts/attendances/c5-japan.fm-9.attendance.tileuberdi/").content.decode()
    assert "<mark>Mukhtar Tileuberdi took part in the 9th Ministerial Meeting</mark>" in evidence_page


def test_an_unknown_fact_is_not_found(client, default_record):
    assert client.get("/facts/meetings/no-such-meeting/").status_code == 404
    assert client.get("/facts/nonsense/c5-japan.fm-9/").status_code == 404


def test_source_text_never_becomes_markup(client, default_record):
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'
    source = Source.objects.get(key="kazinform-2022-12-25")
    item = source.evidence.first()
    Source.objects.filter(id=source.id).update(text=hostile * 4)
    item.__class__.objects.filter(id=item.id).update(start=0, end=len(hostile), quote=hostile)
    page = client.get(f"/facts/{'meetings'}/c5-japan.fm-10/").content.decode() + client.get("/").content.decode()
    for evidence_fact in item.fact.__class__.objects.filter(id=item.object_id):
        from dialogue.record.sections import SECTION_OF_MODEL

        page += client.get(f"/facts/{SECTION_OF_MODEL[type(evidence_fact)]}/{evidence_fact.key}/").content.decode()
    assert "<script>" not in page and "onerror=" not in page.replace("onerror=&quot;", "")
    assert "&lt;script&gt;" in page


def test_an_empty_record_says_how_to_fill_it(client, db):
    assert "dialogue load" in _text(client.get("/"))


def test_a_source_page_marks_every_quote_and_links_each_to_its_fact(client, default_record, seeds):
    from dialogue.record.services import source_texts_attach

    source_texts_attach([seeds])
    page = client.get("/sources/kazinform-2022-12-25/").content.decode()
    assert page.count("<mark") >= 10
    assert '<mark id="e' in page and "TOKYO" in page
    assert 'href="/facts/meetings/c5-japan.fm-9/#city"' in page
    fact_page = client.get("/facts/meetings/c5-japan.fm-9/").content.decode()
    assert 'href="/sources/kazinform-2022-12-25/#e' in fact_page


def test_a_hostile_source_text_is_shown_as_text(client, default_record):
    hostile = '<script>alert(1)</script><a href="javascript:alert(2)" onclick="x()">y</a>'
    Source.objects.filter(key="kazinform-2022-12-25").update(text=hostile)
    page = client.get("/sources/kazinform-2022-12-25/").content.decode()
    assert "<script>alert" not in page and 'href="javascript:' not in page and "&lt;script&gt;" in page
