"""The dashboard, a meeting's page and the API's detail are cached under the record's revision: a second read does
not compute them again, and a write, by any path, is seen on the very next request."""

import json
import re

from dialogue.record.models import Meeting, Target

TARGET = "c5-japan.target.business-projects-3000000000000-jpy"


def _page(client, path: str) -> str:
    """The page as served, its CSRF token (masked afresh on every answer) left out."""
    response = client.get(path)
    assert response.status_code == 200
    return re.sub(r"[A-Za-z0-9]{64}", "(token)", response.content.decode())


def _patch(client, path, body, **headers):
    return client.patch(path, json.dumps(body), content_type="application/json", **headers)


def test_a_second_read_of_the_dashboard_and_a_meeting_page_comes_from_the_cache(client, default_record,
                                                                                django_assert_max_num_queries):
    meeting = Meeting.objects.filter(format__short_name="C5+Japan").order_by("key").first()
    first = (_page(client, "/"), _page(client, f"/meetings/{meeting.key}/"))
    with django_assert_max_num_queries(2):  # the format, the revision
        dashboard = _page(client, "/")
    with django_assert_max_num_queries(2):  # the meeting, the revision
        meeting_page = _page(client, f"/meetings/{meeting.key}/")
    assert (dashboard, meeting_page) == first


def test_a_target_renamed_through_the_api_shows_on_the_dashboard_and_its_meeting_page_at_once(client, bearer, default_record):
    target = Target.objects.select_related("meeting").get(key=TARGET)
    meeting_path = f"/meetings/{target.meeting.key}/"
    assert target.title in _page(client, "/") and target.title in _page(client, meeting_path)
    etag = client.get(f"/api/targets/{TARGET}")["ETag"]
    renamed = _patch(client, f"/api/targets/{TARGET}", {"title": "Private investment in our own words"},
                     HTTP_IF_MATCH=etag, **bearer["admin"])
    assert renamed.status_code == 200, renamed.content
    for page in (_page(client, "/"), _page(client, meeting_path)):
        assert "Private investment in our own words" in page and target.title not in page


def test_the_api_detail_shows_a_change_and_its_new_etag_at_once(client, bearer, japanese_deal):
    path = f"/api/deals/{japanese_deal.key}"
    read = client.get(path)
    assert client.get(path)["ETag"] == read["ETag"]
    changed = _patch(client, path, {"value": "1250000000"}, HTTP_IF_MATCH=read["ETag"], **bearer["jp"])
    assert changed.status_code == 200, changed.content
    again = client.get(path)
    assert json.loads(again.content)["value"] == "1250000000" and again["ETag"] == changed["ETag"] != read["ETag"]
    assert client.get(path, HTTP_IF_NONE_MATCH=again["ETag"]).status_code == 304


def test_a_change_saved_outside_the_api_shows_on_the_meeting_page_too(client, default_record):
    meeting = Meeting.objects.filter(format__short_name="C5+Japan").exclude(city="").order_by("key").first()
    assert meeting.city in _page(client, f"/meetings/{meeting.key}/")
    meeting.city = "Khiva"
    meeting.save()
    assert "Khiva" in _page(client, f"/meetings/{meeting.key}/")


def test_a_page_for_a_signed_in_officer_keeps_their_own_parts_around_the_cached_ones(client, signed_in, default_record):
    meeting = Meeting.objects.filter(format__short_name="C5+Japan").order_by("key").first()
    path = f"/meetings/{meeting.key}/"
    assert "Enter a document adopted here" not in _page(client, path)  # cached by a reader first
    officer_page = _page(signed_in("jp"), path)
    assert "Enter a document adopted here" in officer_page and "haruto" in officer_page
