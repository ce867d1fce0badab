"""Bad input on every form and API route: a field error with everything typed kept (pages) or problem details (API);
never a 500, never a bare page, never text cut or dropped in silence."""

import json

import pytest

from dialogue.record.services.editing import fact_version
from dialogue.record.models import Meeting, Source

TEXT = "The 14th Foreign Ministers' Meeting of the Central Asia plus Japan Dialogue took place in Tromso on 9 June 2026."
NOT_UTF8 = b"\xff\xfe\xc3("  # bytes no UTF-8 text holds


def _kept(response, *typed) -> str:
    page = response.content.decode()
    for words in typed:
        assert words in page, words
    return page


# ---------------------------------------------------------------- the pages


@pytest.mark.parametrize("published", ["2026-02-30", "30/02/2026", "next Tuesday"])
def test_a_report_with_an_impossible_date_is_refused_beside_the_date_with_its_text_kept(signed_in, default_record, published):
    response = signed_in("kz").post("/review/reports/", {"text": TEXT, "publisher": "Fjord Wire", "published": published})
    assert response.status_code == 422
    _kept(response, "Not a date of the calendar", "Tromso on 9 June 2026", "Fjord Wire")
    assert not Source.objects.filter(publisher="Fjord Wire").exists()


def test_a_report_over_the_length_limit_is_refused_in_words_and_kept_whole(signed_in, default_record):
    text = TEXT + " More." * 90_000  # over 500,000 characters, under the 1 MB a request may carry
    response = signed_in("kz").post("/review/reports/", {"text": text})
    assert response.status_code == 422
    page = _kept(response, "at most 500,000 characters")
    assert text[-200:] in page  # nothing cut


def test_the_report_box_does_not_cut_a_paste_in_the_browser(signed_in, default_record):
    page = signed_in("kz").get("/review/").content.decode()
    assert 'maxlength="500000"' not in page and 'data-max-length="500000"' in page


def test_a_report_over_one_megabyte_gets_a_page_in_words_not_a_bare_400(signed_in, default_record):
    response = signed_in("kz").post("/review/reports/", {"text": "x" * (1024 * 1024 + 10)})
    assert response.status_code == 413
    assert "over 1 MB" in response.content.decode() and "<nav" in response.content.decode()


def test_a_report_whose_bytes_are_not_utf8_is_refused_beside_the_text(signed_in, default_record):
    body = b"text=" + b"Tromso%20" + b"".join(b"%%%02X" % b for b in NOT_UTF8) + b"&publisher=Fjord+Wire"
    response = signed_in("kz").post("/review/reports/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 422
    _kept(response, "could not be read", "Tromso", "Fjord Wire")


def test_a_report_with_a_nul_character_is_refused_beside_the_text(signed_in, default_record):
    response = signed_in("kz").post("/review/reports/", {"text": TEXT + "\x00", "publisher": "Fjord Wire"})
    assert response.status_code == 422
    _kept(response, "Fjord Wire", "Tromso")


@pytest.mark.parametrize("date", ["2026-02-30", "2026-13-01"])
def test_a_deal_with_an_impossible_date_is_refused_beside_the_date(signed_in, default_record, date):
    response = signed_in("kz").post("/deals/new/", {"title": "Kept title of a deal", "countries": ["KZ"], "stage": "pledge",
                                                    "signed_0": date, "signed_1": "day", "manual": "on"})
    assert response.status_code == 200 and "Not a date of the calendar" in _kept(response, "Kept title of a deal")


def test_a_meeting_edit_with_an_impossible_date_keeps_what_was_typed(signed_in, default_record):
    meeting = Meeting.objects.filter(host__code="JP").first() or Meeting.objects.first()
    form = {"date_0": "2026-02-30", "date_1": "day", "city": "Kept city", "version": fact_version(meeting)}
    response = signed_in("reviewer").post(f"/facts/meetings/{meeting.key}/edit/", form)
    assert response.status_code in (200, 422)
    _kept(response, "Kept city", "Not a date of the calendar")
    assert Meeting.objects.get(pk=meeting.pk).date == meeting.date


# ---------------------------------------------------------------- the API


def _problem(response, status: int, *said) -> dict:
    assert response.status_code == status and response["Content-Type"] == "application/problem+json"
    body = json.loads(response.content)
    for words in said:
        assert words in json.dumps(body), words
    return body


@pytest.mark.parametrize("published", ["2026-02-30", "30/02/2026"])
def test_the_api_refuses_a_report_with_an_impossible_date_naming_the_field(client, bearer, default_record, published):
    response = client.post("/api/reports", json.dumps({"text": TEXT, "published": published}), content_type="application/json", **bearer["kz"])
    _problem(response, 422, "published")


def test_the_api_refuses_a_body_that_is_not_utf8_with_problem_details(client, bearer, default_record):
    body = b'{"text": "Tromso ' + NOT_UTF8 + b'"}'
    _problem(client.post("/api/reports", body, content_type="application/json", **bearer["kz"]), 400, "UTF-8")


def test_the_api_refuses_a_lone_surrogate_with_problem_details(client, bearer, default_record):
    body = '{"text": "Tromso \\ud800 meeting", "publisher": "Fjord Wire"}'
    _problem(client.post("/api/reports", body, content_type="application/json", **bearer["kz"]), 422, "text")
    assert not Source.objects.filter(publisher="Fjord Wire").exists()


def test_the_api_refuses_an_impossible_date_on_a_patch_and_a_new_deal(client, bearer, default_record):
    meeting = Meeting.objects.first()
    path = f"/api/meetings/{meeting.key}"
    patched = client.patch(path, json.dumps({"date": "2026-02-30"}), content_type="application/json",
                           HTTP_IF_MATCH=client.get(path)["ETag"], **bearer["admin"])
    _problem(patched, 422, "date")
    created = client.post("/api/deals", json.dumps({"fields": {"format": "c5-japan", "title": "A loan", "countries": ["KZ"],
                                                               "signed": "2026-02-30"}, "evidence": []}),
                          content_type="application/json", **bearer["kz"])
    _problem(created, 422, "signed")


def test_a_request_for_a_host_not_allowed_is_a_400_page_not_a_500(client, default_record):
    response = client.get("/", HTTP_HOST="not-ours.example")
    assert response.status_code == 400
