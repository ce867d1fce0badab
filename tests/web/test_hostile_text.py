"""Article text and anything typed never become markup: script tags, event attributes and javascript: links stay text."""

import pytest
from django.db.models import F

from dialogue.ingest.models import Candidate
from dialogue.lib.texts import content_hash
from dialogue.record.models import Meeting, Person, Source

HOSTILE = 'Zhetysu <script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)" onclick="x()">y</a>'


def _assert_inert(page: str) -> None:
    assert "<script>alert" not in page
    assert "<img src=x" not in page and 'href="javascript:' not in page and 'onclick="x()"' not in page
    assert "&lt;script&gt;" in page


@pytest.fixture
def hostile_record(default_record):
    source = Source.objects.get(key="kazinform-2022-12-25")
    # The record holds no text of this source: one is made of its quotes, each where it stood, after the hostile text.
    spaces = [" "] * max(source.evidence.values_list("end", flat=True))
    for start, end, quote in source.evidence.values_list("start", "end", "quote"):
        spaces[start:end] = quote
    text = HOSTILE * 3 + "".join(spaces)
    Source.objects.filter(id=source.id).update(text=text, content_hash=content_hash(text), title=HOSTILE, publisher=HOSTILE,
                                               url="javascript:alert(4)")
    source.evidence.update(start=F("start") + len(HOSTILE) * 3, end=F("end") + len(HOSTILE) * 3)
    item = source.evidence.first()
    item.__class__.objects.filter(id=item.id).update(start=0, end=len(HOSTILE), quote=HOSTILE)
    Person.objects.filter(key="person.tokayev").update(name=HOSTILE)
    Meeting.objects.filter(key="c5-japan.fm-9").update(city=HOSTILE[:100], title=HOSTILE)
    for indexed in (Source.objects.get(id=source.id), Person.objects.get(key="person.tokayev")):
        indexed.save()  # search reads its index, kept on save
    Candidate.objects.create(source=source, position=0, kind="meeting", payload={"title": HOSTILE}, confidence=0.5,
                             quotes=[{"start": 0, "end": 10, "quote": HOSTILE[:10], "field": "title"}])
    return item


@pytest.mark.parametrize("path", [
    "/", "/meetings/", "/meetings/c5-japan.fm-9/", "/people/person.tokayev/", "/sources/kazinform-2022-12-25/",
    "/search/?q=Zhetysu", "/facts/meetings/c5-japan.fm-9/", "/facts/meetings/c5-japan.fm-9/history/",
])
def test_hostile_text_is_shown_as_text_on_every_page(client, hostile_record, path):
    _assert_inert(client.get(path).content.decode())


def test_hostile_text_is_text_in_the_review_queue(client, hostile_record, officers):
    client.force_login(officers["reviewer"])
    _assert_inert(client.get("/review/sources/kazinform-2022-12-25/").content.decode())
    _assert_inert(client.get("/review/").content.decode())


def test_a_javascript_address_never_becomes_a_link(client, hostile_record, seeds):
    fact = hostile_record.fact
    from dialogue.record.sections import SECTION_OF_MODEL

    page = client.get(f"/facts/{SECTION_OF_MODEL[type(fact)]}/{fact.key}/").content.decode()
    assert "javascript:alert(4)" not in page
