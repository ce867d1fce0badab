"""The meeting list, deals, the initiative board, a target, a person, a source, search and the API's lists are cached
under the record's revision, keyed by their query string: a write is seen on the next request, a reader never gets
an officer's controls, and neither a cold read nor a warm one grows with the rows shown (no N+1)."""

import json
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from dialogue.record.models import Attendance, Country, Deal, Evidence, Format, Initiative, Meeting, Person, Source
from dialogue.record.version import record_changed, record_revision

TARGET = "c5-japan.target.business-projects-3000000000000-jpy"
SOURCE = "kazinform-2022-12-25"


def _page(client, path: str) -> str:
    """The page as served, its CSRF token (masked afresh on every answer) left out."""
    response = client.get(path)
    assert response.status_code == 200, path
    return re.sub(r"[A-Za-z0-9]{64}", "(token)", response.content.decode())


def _deals(count: int) -> list[Deal]:
    japan = Format.objects.get(short_name="C5+Japan")
    made = Deal.objects.bulk_create([
        Deal(key=f"c5-japan.deal.bench-{n}", format=japan, title=f"Our test deal {n}", value=1_000_000, currency="JPY",
             signed=f"2024-{n % 12 + 1:02d}", entered_by="tests", entered_at=timezone.now()) for n in range(count)])
    kz = Country.objects.get(code="KZ")
    Deal.countries.through.objects.bulk_create([Deal.countries.through(deal_id=deal.id, country_id=kz.id) for deal in made])
    record_changed()  # a bulk write sends no signals
    return made


def test_a_new_meeting_shows_in_the_cached_meeting_list_on_the_next_request(client, default_record):
    path = "/meetings/?format=C5%2BJapan"
    before = _page(client, path)
    assert _page(client, path) == before
    meeting = Meeting.objects.filter(format__short_name="C5+Japan").order_by("key").first()
    meeting.city = "Termez"
    meeting.save()
    assert "Termez" not in before and "Termez" in _page(client, path)


def test_each_filter_of_the_meeting_list_is_a_page_of_its_own(client, default_record):
    summits = _page(client, "/meetings/?format=C5%2BJapan&level=summit")
    everything = _page(client, "/meetings/?format=C5%2BJapan")
    assert summits != everything and "Foreign Ministers" in everything and "Foreign Ministers" not in summits


def test_a_deal_entered_shows_on_the_deals_page_and_its_target_at_once(client, bearer, default_record):
    deals_path, target_path = "/deals/?format=C5%2BJapan", f"/targets/{TARGET}/"
    assert "Grid line of our own" not in _page(client, deals_path) + _page(client, target_path)
    fields = {"format": "c5-japan", "title": "Grid line of our own", "value": "5000000000000", "currency": "JPY",
              "signed": "2025-03", "stage": "commitment", "targets": [TARGET], "countries": ["JP"]}
    made = client.post("/api/deals", json.dumps({"fields": fields, "evidence": []}), content_type="application/json",
                       **bearer["admin"])
    assert made.status_code == 201, made.content
    assert "Grid line of our own" in _page(client, deals_path)
    assert "Grid line of our own" in _page(client, target_path)


def test_a_target_page_asked_for_another_day_is_not_served_todays(client, japanese_deal):
    today = _page(client, f"/targets/{TARGET}/")
    then = _page(client, f"/targets/{TARGET}/?as_of=2016-01-01")
    assert today != then and _page(client, f"/targets/{TARGET}/") == today


def test_the_initiative_board_shows_a_renamed_initiative_at_once(client, default_record):
    initiative = Initiative.objects.filter(format__short_name="C5+Japan").order_by("key").first()
    path = "/initiatives/?format=C5%2BJapan"
    assert initiative.title in _page(client, path)
    initiative.title = "Water for the valleys, in our words"
    initiative.save()
    assert "Water for the valleys, in our words" in _page(client, path)


def test_a_person_renamed_shows_on_their_page_at_once(client, default_record):
    person = Person.objects.order_by("key").first()
    path = f"/people/{person.key}/"
    _page(client, path)
    person.name = "A Name Of Our Own"
    person.save()
    assert "A Name Of Our Own" in _page(client, path)


def test_search_finds_a_fact_entered_after_the_same_words_found_nothing(client, japanese_deal):
    path = "/search/?q=Zarafshan+orchard"
    assert "Nothing in the record matches" in _page(client, path)
    japanese_deal.title = "Zarafshan orchard loan"
    japanese_deal.save()
    assert "Zarafshan orchard loan" in _page(client, path)


@pytest.mark.parametrize("path, officer_only", [
    ("/initiatives/?format=C5%2BJapan", "New initiative"),
    ("/deals/?format=C5%2BJapan", "New deal"),
    (f"/sources/{SOURCE}/", "Enter a deal from this source"),
])
def test_an_officers_controls_on_a_cached_page_never_reach_a_reader(client, signed_in, default_record, path, officer_only):
    reviewer = signed_in("reviewer")
    assert officer_only in _page(reviewer, path)  # the reviewer's read fills the cache
    assert officer_only not in _page(client, path)
    assert officer_only in _page(reviewer, path) and "rosa" in _page(reviewer, path)
    assert "rosa" not in _page(client, path)


def test_the_api_list_shows_a_change_at_once_and_answers_each_query_of_its_own(client, bearer, japanese_deal):
    path = "/api/deals?format=C5%2BJapan&limit=200"
    assert json.loads(client.get(path).content) == json.loads(client.get(path).content)
    etag = client.get(f"/api/deals/{japanese_deal.key}")["ETag"]
    changed = client.patch(f"/api/deals/{japanese_deal.key}", json.dumps({"title": "Grid loan, renamed"}),
                           content_type="application/json", HTTP_IF_MATCH=etag, **bearer["jp"])
    assert changed.status_code == 200, changed.content
    titles = {item["key"]: item["title"] for item in json.loads(client.get(path).content)["items"]}
    assert titles[japanese_deal.key] == "Grid loan, renamed"
    assert json.loads(client.get("/api/meetings?format=C5%2BJapan&limit=1").content)["next_cursor"] is not None
    assert client.get("/api/deals?limit=0").status_code == 422


@pytest.mark.parametrize("path", ["/meetings/?format=C5%2BJapan", "/deals/?format=C5%2BJapan", "/initiatives/?format=C5%2BJapan",
                                  f"/targets/{TARGET}/", "/people/person.hayashi/", f"/sources/{SOURCE}/", "/search/?q=Tokyo",
                                  "/api/deals?limit=50"])
def test_a_second_read_of_a_cached_page_costs_a_few_queries(client, default_record, django_assert_max_num_queries, path):
    first = _page(client, path)
    with django_assert_max_num_queries(4):  # the page's own row or format, the revision, the filter form's choices
        assert _page(client, path) == first


def test_a_cold_deals_page_does_not_query_per_deal(client, default_record, django_assert_max_num_queries):
    _deals(60)
    record_revision()  # a new database makes the revision's row on its first read
    with django_assert_max_num_queries(6):  # format, countries of the form, revision, count, page, its countries
        page = _page(client, "/deals/?format=C5%2BJapan")
    assert page.count("Our test deal") == 50


def test_a_source_page_costs_no_more_queries_for_more_quotes(client, default_record):
    source = Source.objects.get(key=SOURCE)
    attendance_type = ContentType.objects.get_for_model(Attendance)

    def cold_read() -> int:
        with CaptureQueriesContext(connection) as queries:
            _page(client, f"/sources/{SOURCE}/")
        return len(queries)

    cold_read()  # the content types, cached for the process
    Evidence.objects.create(source=source, content_type=attendance_type, object_id=Attendance.objects.order_by("pk").first().pk,
                            start=0, end=8, quote=source.text[:8])
    first = cold_read()
    for attendance in Attendance.objects.order_by("pk")[1:9]:
        Evidence.objects.create(source=source, content_type=attendance_type, object_id=attendance.pk, start=0, end=8,
                                quote=source.text[:8])
    assert cold_read() == first  # eight more quotes of a kind already shown: no more queries


def test_a_facts_page_shows_an_edit_at_once_and_its_controls_only_to_those_who_may(client, signed_in, japanese_deal):
    path = f"/facts/deals/{japanese_deal.key}/"
    jp = signed_in("jp")
    assert "Delete" in _page(jp, path)  # Japan's focal point reads it first, filling the cache
    assert "Delete" not in _page(client, path) and "haruto" not in _page(client, path)
    japanese_deal.title = "Grid loan in our own words"
    japanese_deal.save()
    assert "Grid loan in our own words" in _page(client, path)


def test_a_deleted_fact_cached_for_its_officer_is_still_not_found_by_a_reader(client, signed_in, officers, japanese_deal):
    from dialogue.access.services import actor_for
    from dialogue.record.services.editing import fact_delete, fact_version

    fact_delete(actor=actor_for(officers["jp"]), fact=japanese_deal, version=fact_version(japanese_deal))
    path = f"/facts/deals/{japanese_deal.key}/"
    assert "Restore" in _page(signed_in("jp"), path)
    assert client.get(path).status_code == 404


def test_a_facts_history_shows_a_change_at_once_and_revert_only_to_those_who_may(client, signed_in, officers, japanese_deal):
    from dialogue.access.services import actor_for
    from dialogue.record.services.editing import fact_edit, fact_version

    path = f"/facts/deals/{japanese_deal.key}/history/"
    before = _page(client, path)
    fact_edit(actor=actor_for(officers["jp"]), fact=japanese_deal, version=fact_version(japanese_deal),
              changes={"title": "Grid loan, as retitled"}, reason="our own retitling")
    jp_page = _page(signed_in("jp"), path)
    assert "Grid loan, as retitled" in jp_page and "Grid loan, as retitled" not in before
    assert "Revert" in jp_page and "Revert" not in _page(client, path)


def test_the_review_queue_keeps_what_was_typed_into_a_refused_report_and_offers_an_empty_form_after(signed_in, default_record):
    reviewer = signed_in("reviewer")
    assert 'name="title"' in _page(reviewer, "/review/")  # the empty form, cached
    refused = reviewer.post("/review/reports/", {"text": "", "title": "Our own title, kept", "publisher": "Our desk"})
    assert "Our own title, kept" in refused.content.decode()
    assert "Our own title, kept" not in _page(reviewer, "/review/")


def test_a_long_query_makes_a_short_key_in_any_order():
    from django.test import RequestFactory

    from dialogue.web.cached import query_key

    factory = RequestFactory()
    long = query_key(factory.get("/meetings/", {"format": ["x" * 400, "y"], "page": "2"}))
    assert len(long) == 32
    assert query_key(factory.get("/meetings/?page=2&format=a")) == query_key(factory.get("/meetings/?format=a&page=2"))
    assert query_key(factory.get("/meetings/?page=2")) != query_key(factory.get("/meetings/?page=3"))
