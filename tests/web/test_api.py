"""The read API: every section, filters, cursor pagination, ETags, problem details, progress as of a date."""

import json

import pytest

from dialogue.record.sections import FACT_SECTIONS


def _json(response):
    return json.loads(response.content)


def test_the_openapi_document_and_docs_are_served(client, db):
    schema = _json(client.get("/api/openapi.json"))
    assert schema["openapi"].startswith("3.") and "/api/meetings" in schema["paths"] and "/api/{section}/{key}" in schema["paths"]
    assert client.get("/api/docs").status_code == 200


@pytest.mark.parametrize("section", ["sources", *(name for name, _ in FACT_SECTIONS)])
def test_every_section_lists_and_shows_its_records(client, default_record, section):
    page = _json(client.get(f"/api/{section}", {"limit": 200}))
    if not page["items"]:
        return
    first = page["items"][0]
    detail = client.get(f"/api/{section}/{first['key']}")
    assert detail.status_code == 200 and _json(detail)["key"] == first["key"]


def test_a_meeting_in_the_api_carries_its_evidence(client, default_record):
    meeting = _json(client.get("/api/meetings/c5-japan.fm-9"))
    assert (meeting["city"], meeting["host"], meeting["ordinal"]) == ("Tokyo", "JP", 9)
    assert {"source": "kazinform-2022-12-25", "start": 56, "end": 61, "quote": "TOKYO", "field": "city"} in meeting["evidence"]


def test_the_cursor_walks_every_record_once(client, default_record):
    keys, cursor = [], None
    while True:
        page = _json(client.get("/api/attendances", {"limit": 3, **({"cursor": cursor} if cursor else {})}))
        keys += [item["key"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(keys) == 8 and keys == sorted(set(keys))


def test_filters_narrow_a_list(client, default_record):
    summits = _json(client.get("/api/meetings", {"level": "summit"}))["items"]
    assert [m["key"] for m in summits] == ["c5-japan.summit-1"]
    kazakh = _json(client.get("/api/initiatives", {"proposed_by": "kz"}))["items"]
    assert len(kazakh) == 2
    assert _json(client.get("/api/people", {"name": "tokay"}))["items"][0]["key"] == "person.tokayev"


def test_an_unchanged_record_answers_304_to_its_etag(client, default_record):
    first = client.get("/api/people/person.tokayev")
    assert client.get("/api/people/person.tokayev", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/api/people/person.tokayev", HTTP_IF_NONE_MATCH='"other"').status_code == 200


@pytest.mark.parametrize("path, status", [("/api/nonsense/x", 422), ("/api/meetings/no-such-meeting", 404),
                                          ("/api/meetings?limit=0", 422), ("/api/meetings?limit=many", 422)])
def test_errors_are_problem_details(client, default_record, path, status):
    response = client.get(path)
    assert response.status_code == status and response["Content-Type"] == "application/problem+json"
    body = _json(response)
    assert body["status"] == status and body["detail"]


def test_target_progress_takes_as_of(client, default_record):
    key = "c5-japan.target.business-projects-3000000000000-jpy"
    now = _json(client.get(f"/api/targets/{key}/progress"))
    assert (now["percent"], now["pace_needed_per_year"], now["status"]) == ("0.00", "600000000000.00", "unknown")  # summit undated
    assert now["status_note"] == "the start of the period is not recorded" and now["unconverted"] == []
    before = client.get(f"/api/targets/{key}/progress", {"as_of": "2020-01-01"})  # how things stood: nothing achieved yet
    assert before.status_code == 200 and (_json(before)["achieved"], _json(before)["as_of"]) == ("0.00", "2020-01-01")
    unrecorded = client.get(f"/api/targets/{key}/progress", {"recorded_as_of": "2020-01-01"})  # what the record said: nothing
    assert unrecorded.status_code == 404 and "was not in the record on 2020-01-01" in _json(unrecorded)["detail"]
