"""Writes through the API: a token or a session, If-Match and 412, roles, problem details, and nothing lost on refusal."""

import json

import pytest

from dialogue.ingest.models import Candidate
from dialogue.record.models import Attendance, Deal, Meeting, Source


def _json(response):
    return json.loads(response.content)


def _submitted_source(response):
    """The source a report submitted through the API became: its job (202) has run, the embedded way, at once."""
    assert response.status_code == 202, response.content
    job = _json(response)
    assert response["Location"] == job["url"] and job["state"] == "done", job
    return job["result"]["reports"][0]["source"]


def _patch(client, path, body, **headers):
    return client.patch(path, json.dumps(body), content_type="application/json", **headers)


def test_a_focal_point_changes_their_own_deal_with_the_etag_they_read(client, bearer, japanese_deal):
    path = f"/api/deals/{japanese_deal.key}"
    etag = client.get(path)["ETag"]
    changed = _patch(client, path, {"stage": "commitment", "value": "1500000000"}, HTTP_IF_MATCH=etag, **bearer["jp"])
    assert changed.status_code == 200, changed.content
    assert _json(changed)["stage"] == "commitment" and changed["ETag"] != etag
    assert Deal.objects.get(key=japanese_deal.key).value == 1500000000


def test_a_focal_point_of_kazakhstan_gets_403_on_a_japanese_deal(client, bearer, japanese_deal):
    path = f"/api/deals/{japanese_deal.key}"
    refused = _patch(client, path, {"title": "Taken over"}, HTTP_IF_MATCH=client.get(path)["ETag"], **bearer["kz"])
    assert refused.status_code == 403 and refused["Content-Type"] == "application/problem+json"
    assert "focal point of KZ cannot edit this deal" in _json(refused)["detail"]
    assert Deal.objects.get(key=japanese_deal.key).title == "Grid modernisation loan"


def test_a_stale_write_gets_412_and_the_current_etag(client, bearer, japanese_deal):
    path = f"/api/deals/{japanese_deal.key}"
    seen = client.get(path)["ETag"]
    assert _patch(client, path, {"title": "First"}, HTTP_IF_MATCH=seen, **bearer["jp"]).status_code == 200
    stale = _patch(client, path, {"title": "Second"}, HTTP_IF_MATCH=seen, **bearer["jp"])
    assert stale.status_code == 412 and stale["ETag"] == client.get(path)["ETag"]
    assert Deal.objects.get(key=japanese_deal.key).title == "First"


def test_a_write_without_if_match_gets_428(client, bearer, japanese_deal):
    assert _patch(client, f"/api/deals/{japanese_deal.key}", {"title": "x"}, **bearer["jp"]).status_code == 428


def test_writes_without_credentials_get_401_and_a_forged_token_too(japanese_deal):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)  # as a real client: no CSRF token either
    path = f"/api/deals/{japanese_deal.key}"
    for headers in ({}, {"HTTP_AUTHORIZATION": "Bearer dl_forged"}):
        refused = _patch(client, path, {"title": "x"}, HTTP_IF_MATCH='"x"', **headers)
        assert refused.status_code == 401 and refused["Content-Type"] == "application/problem+json"
        assert refused["WWW-Authenticate"].startswith("Bearer")


def test_a_session_write_needs_the_csrf_token(japanese_deal, officers):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(officers["jp"])
    path = f"/api/deals/{japanese_deal.key}"
    refused = _patch(browser, path, {"title": "x"}, HTTP_IF_MATCH=browser.get(path)["ETag"])
    assert refused.status_code == 403
    assert Deal.objects.get(key=japanese_deal.key).title == "Grid modernisation loan"


def test_invalid_fields_get_422_naming_each(client, bearer, japanese_deal):
    path = f"/api/deals/{japanese_deal.key}"
    refused = _patch(client, path, {"value": "lots", "colour": "red"}, HTTP_IF_MATCH=client.get(path)["ETag"], **bearer["jp"])
    assert refused.status_code == 422
    messages = " ".join(error["msg"] for error in _json(refused)["errors"])
    assert "field 'value': 'lots' is not a number" in messages and "field 'colour'" in messages


def test_delete_is_soft_and_restore_brings_the_record_back(client, bearer, japanese_deal):
    path = f"/api/deals/{japanese_deal.key}"
    deleted = client.delete(path, HTTP_IF_MATCH=client.get(path)["ETag"], **bearer["jp"])
    assert deleted.status_code == 204 and client.get(path).status_code == 404
    restored = client.post(f"{path}/restore", **bearer["jp"])
    assert restored.status_code == 200 and client.get(path).status_code == 200


def test_a_focal_point_submits_a_report_and_only_a_reviewer_accepts_it(client, bearer, default_record):
    text = ("ALMATY, 3 March 2026 – The Foreign Minister of Kazakhstan Murat Nurtleu received the Japanese Ambassador "
            "in Astana on Tuesday to prepare the 11th Foreign Ministers' Meeting of the Central Asia plus Japan Dialogue.")
    submitted = client.post("/api/reports", {"text": text, "publisher": "Test Wire", "published": "2026-03-03"},
                            content_type="application/json", **bearer["kz"])
    source = _submitted_source(submitted)
    assert _json(submitted)["result"]["reports"][0]["outcome"] == "stored"
    queue = _json(client.get("/api/candidates", {"source": source}, **bearer["kz"]))
    assert queue, "extraction proposed nothing"
    first = queue[0]["id"]
    assert client.post(f"/api/candidates/{first}/accept", {}, content_type="application/json", **bearer["kz"]).status_code == 403
    accepted = client.post(f"/api/candidates/{first}/accept", {"choose": "record"}, content_type="application/json", **bearer["reviewer"])
    assert accepted.status_code == 200 and _json(accepted)["status"] == "accepted"
    assert Candidate.objects.get(id=first).reviewed_by == "rosa"


def test_a_meeting_of_japan_is_not_a_kazakh_focal_points_to_delete(client, bearer, default_record):
    path = "/api/meetings/c5-japan.fm-9"
    assert client.delete(path, HTTP_IF_MATCH=client.get(path)["ETag"], **bearer["kz"]).status_code == 403
    assert Meeting.objects.filter(key="c5-japan.fm-9").exists()


@pytest.mark.parametrize("method, suffix", [("patch", ""), ("delete", ""), ("post", "/restore")])
def test_every_api_write_path_refuses_another_countrys_deal(client, bearer, japanese_deal, method, suffix):
    path = f"/api/deals/{japanese_deal.key}"
    if suffix:
        client.delete(path, HTTP_IF_MATCH=client.get(path)["ETag"], **bearer["jp"])
    headers = {"HTTP_IF_MATCH": client.get(path)["ETag"]} if not suffix else {}
    response = getattr(client, method)(path + suffix, json.dumps({"title": "Taken"}), content_type="application/json",
                                       **headers, **bearer["kz"])
    assert response.status_code == 403
    assert Deal.everything.get(key=japanese_deal.key).title == "Grid modernisation loan"


def test_a_report_of_spaces_alone_is_refused_with_422_not_500(client, bearer, default_record):
    refused = client.post("/api/reports", {"text": "  \n\t "}, content_type="application/json", **bearer["kz"])
    assert refused.status_code == 422 and refused["Content-Type"] == "application/problem+json"
    assert Source.objects.count() == 2


def test_a_reviewer_corrects_a_candidate_through_the_api_with_values_of_each_fields_type(client, bearer, default_record):
    text = ("ALMATY, 3 March 2026 – The Foreign Minister of Kazakhstan Murat Nurtleu received the Japanese Ambassador "
            "in Astana on Tuesday to prepare the 11th Foreign Ministers' Meeting of the Central Asia plus Japan Dialogue.")
    source = _submitted_source(client.post("/api/reports", {"text": text, "publisher": "Test Wire", "published": "2026-03-03"},
                                           content_type="application/json", **bearer["kz"]))
    meeting = next(c for c in _json(client.get("/api/candidates", {"source": source}, **bearer["kz"])) if c["kind"] == "meeting")
    path = f"/api/candidates/{meeting['id']}/edit"

    def edit(changes, who="reviewer"):
        return client.post(path, {"changes": changes}, content_type="application/json", **bearer[who])

    assert edit({"ordinal": 12}, who="kz").status_code == 403
    for refused in ({"ordinal": "twelfth"}, {"countries": "KZ"}, {"venue": "Oslo"}, {"online": "yes"}):
        response = edit(refused)
        assert response.status_code == 422 and response["Content-Type"] == "application/problem+json", refused
    assert Candidate.objects.get(id=meeting["id"]).edited_payload is None
    corrected = edit({"ordinal": 12, "countries": ["KZ", "JP"]})
    assert corrected.status_code == 200 and _json(corrected)["fact"]["ordinal"] == 12
    assert Candidate.objects.get(id=meeting["id"]).payload["ordinal"] != 12


def test_a_body_over_the_limit_gets_413_problem_details(client, bearer, default_record):
    text = "Central Asia and Norway. " * 60_000  # about 1.5 MB
    response = client.post("/api/reports", {"text": text, "publisher": "Test Wire"}, content_type="application/json", **bearer["kz"])
    assert response.status_code == 413 and response["Content-Type"] == "application/problem+json"
    assert "KiB" in _json(response)["detail"]


def test_a_second_delete_with_the_same_etag_is_refused_and_restore_brings_back_all(client, bearer, senior_officials_meeting):
    path = "/api/meetings/c5-japan.som-1"
    etag = client.get(path)["ETag"]
    attendances = Attendance.objects.filter(meeting__key="c5-japan.som-1").count()
    assert client.delete(path, HTTP_IF_MATCH=etag, **bearer["reviewer"]).status_code == 204
    assert client.delete(path, HTTP_IF_MATCH=etag, **bearer["reviewer"]).status_code in (404, 412)
    assert client.post(f"{path}/restore", **bearer["reviewer"]).status_code == 200
    assert Attendance.objects.filter(meeting__key="c5-japan.som-1").count() == attendances > 0


@pytest.mark.parametrize("if_match, status", [("*", 200), ('"stale", {current}', 200), ('W/{current}', 412), ('"stale"', 412)])
def test_if_match_is_read_as_rfc_9110_says(client, bearer, japanese_deal, if_match, status):
    path = f"/api/deals/{japanese_deal.key}"
    header = if_match.format(current=client.get(path)["ETag"])
    response = client.patch(path, {"title": "Renamed"}, content_type="application/json", HTTP_IF_MATCH=header, **bearer["jp"])
    assert response.status_code == status


def test_a_report_with_a_field_the_api_does_not_know_is_refused_not_half_read(client, bearer, default_record):
    response = client.post("/api/reports", {"text": "Central Asia and Norway met.", "publsher": "Test Wire"},
                           content_type="application/json", **bearer["kz"])
    assert response.status_code == 422 and "publsher" in response.content.decode()
    assert not Source.objects.filter(text="Central Asia and Norway met.").exists()


@pytest.mark.parametrize("title", ["Grid\x07loan", "Grid\x00loan"])
def test_a_control_character_in_a_patched_title_gets_422_naming_the_field(client, bearer, japanese_deal, title):
    path = f"/api/deals/{japanese_deal.key}"
    response = _patch(client, path, {"title": title}, HTTP_IF_MATCH=client.get(path)["ETag"], **bearer["jp"])
    assert response.status_code == 422 and "title" in response.content.decode()
    assert Deal.objects.get(key=japanese_deal.key).title == "Grid modernisation loan"


def test_a_write_that_loses_a_race_gets_409_problem_details_not_500(client, bearer, default_record, monkeypatch):
    from django.db import IntegrityError

    from dialogue.web import api_review

    text = "ASTANA, 3 March 2026 – The 11th Foreign Ministers' Meeting of the Central Asia plus Japan Dialogue was held in Astana."
    source = _submitted_source(client.post("/api/reports", {"text": text, "publisher": "Test Wire", "published": "2026-03-03"},
                                           content_type="application/json", **bearer["kz"]))
    first = _json(client.get("/api/candidates", {"source": source}, **bearer["kz"]))[0]["id"]

    def raced(*args, **kwargs):
        raise IntegrityError("UNIQUE constraint failed: record_meeting.key")
    monkeypatch.setattr(api_review, "candidate_accept", raced)
    response = client.post(f"/api/candidates/{first}/accept", {}, content_type="application/json", **bearer["reviewer"])
    assert response.status_code == 409 and response["Content-Type"] == "application/problem+json"


def test_a_change_may_carry_evidence_that_backs_the_fields_it_changes(client, bearer, bulletin):
    from dialogue.record.integrity import ERROR, record_problems

    path = "/api/meetings/c5-japan.fm-9"
    start = bulletin.text.index("Kyoto")
    cited = {"source": bulletin.key, "start": start, "end": start + 5, "quote": "Kyoto"}
    changed = _patch(client, path, {"city": "Kyoto", "evidence": [cited]}, HTTP_IF_MATCH=client.get(path)["ETag"], **bearer["reviewer"])
    assert changed.status_code == 200, changed.content
    assert {**cited, "field": "city"} in _json(changed)["evidence"]
    assert [p for p in record_problems() if p.severity == ERROR] == []


@pytest.mark.parametrize("evidence, said", [
    ([{"source": "test-bulletin-2026-05-14", "start": 0, "end": 5, "quote": "Kyoto"}], "does not match the source at 0-5"),
    ([{"source": "no-such-source", "start": 0, "end": 5, "quote": "Kyoto"}], "there is no source 'no-such-source'"),
    ([{"source": "test-bulletin-2026-05-14", "start": 0}], "evidence[0].end: Field required"),
    ("Kyoto", "evidence: Input should be a valid list"),
])
def test_a_change_whose_evidence_is_wrong_gets_422_and_changes_nothing(client, bearer, bulletin, evidence, said):
    path = "/api/meetings/c5-japan.fm-9"
    refused = _patch(client, path, {"city": "Kyoto", "evidence": evidence}, HTTP_IF_MATCH=client.get(path)["ETag"], **bearer["reviewer"])
    assert refused.status_code == 422, refused.content
    assert any(said in error["msg"] for error in _json(refused)["errors"]), _json(refused)
    assert Meeting.objects.get(key="c5-japan.fm-9").city == "Tokyo"
