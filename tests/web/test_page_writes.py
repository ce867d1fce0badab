"""Writing through the pages: roles checked on every path, CSRF on every form, stale edits kept, review, sign-in throttled."""

import pytest
from django.test import Client

from dialogue.ingest.models import Candidate
from dialogue.record.services.editing import fact_version
from dialogue.record.models import Deal

DEAL = "/facts/deals/c5-japan.deal.jp-grid"


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _edit_form(deal, **changes) -> dict:
    data = {"format": deal.format_id, "title": deal.title, "parties": "[]", "sector": "", "countries": [c.id for c in deal.countries.all()],
            "value": str(deal.value), "currency": deal.currency, "signed_0": f"{deal.signed}-01", "signed_1": "month", "stage": deal.stage, "note": "",
            "version": fact_version(deal)}
    data.update(changes)
    return data


def test_a_focal_point_of_kazakhstan_gets_403_on_a_japanese_deal_in_the_pages(officers, japanese_deal):
    kazakh = _signed_in(officers["kz"])
    assert kazakh.get(f"{DEAL}/edit/").status_code == 403
    assert kazakh.post(f"{DEAL}/edit/", _edit_form(japanese_deal, title="Taken")).status_code == 403
    assert kazakh.post(f"{DEAL}/delete/", {"version": fact_version(japanese_deal)}).status_code == 403
    assert Deal.objects.get(pk=japanese_deal.pk).title == "Grid modernisation loan"
    assert f'href="{DEAL}/edit/"' not in kazakh.get(f"{DEAL}/").content.decode()
    assert f'href="{DEAL}/edit/"' in _signed_in(officers["jp"]).get(f"{DEAL}/").content.decode()


def test_a_focal_point_edits_their_own_deal_and_the_history_shows_it(officers, japanese_deal):
    japanese = _signed_in(officers["jp"])
    saved = japanese.post(f"{DEAL}/edit/", _edit_form(japanese_deal, stage="commitment"))
    assert saved.status_code == 302 and Deal.objects.get(pk=japanese_deal.pk).stage == "commitment"
    history = japanese.get(f"{DEAL}/history/").content.decode()
    assert "edited by haruto" in history
    assert '<del class="diff">pledge</del></td><td><ins class="diff">commitment</ins>' in history


def test_a_stale_edit_keeps_what_was_typed_and_shows_the_record_now(officers, japanese_deal):
    japanese = _signed_in(officers["jp"])
    opened = _edit_form(japanese_deal, title="My careful new title")
    Deal.objects.get(pk=japanese_deal.pk).__class__.objects.filter(pk=japanese_deal.pk).update(title="Changed meanwhile")
    response = japanese.post(f"{DEAL}/edit/", opened)
    page = response.content.decode()
    assert response.status_code == 200 and "changed since you opened it" in page
    assert 'value="My careful new title"' in page and "Changed meanwhile" in page
    assert Deal.objects.get(pk=japanese_deal.pk).title == "Changed meanwhile"


def test_an_invalid_edit_comes_back_with_the_error_and_the_typed_values(officers, japanese_deal):
    response = _signed_in(officers["jp"]).post(f"{DEAL}/edit/", _edit_form(japanese_deal, currency="", title="Kept"))
    page = response.content.decode()
    assert response.status_code == 200 and "needs its currency" in page and 'value="Kept"' in page


def test_revert_and_delete_and_restore_through_the_pages(officers, japanese_deal):
    reviewer = _signed_in(officers["reviewer"])
    first = japanese_deal.history.earliest().history_id
    reviewer.post(f"{DEAL}/edit/", _edit_form(japanese_deal, title="Wrong"))
    deal = Deal.objects.get(pk=japanese_deal.pk)
    reviewer.post(f"{DEAL}/revert/", {"history_id": first, "version": fact_version(deal)})
    assert Deal.objects.get(pk=deal.pk).title == "Grid modernisation loan"
    reviewer.post(f"{DEAL}/delete/", {"version": fact_version(Deal.objects.get(pk=deal.pk))})
    assert not Deal.objects.filter(pk=deal.pk).exists()
    assert Client().get(f"{DEAL}/").status_code == 404
    assert "Restore" in reviewer.get(f"{DEAL}/").content.decode()
    reviewer.post(f"{DEAL}/restore/")
    assert Deal.objects.filter(pk=deal.pk).exists()


def test_every_form_needs_its_csrf_token(officers, japanese_deal):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(officers["jp"])
    for path in (f"{DEAL}/edit/", f"{DEAL}/delete/", f"{DEAL}/restore/", f"{DEAL}/revert/", "/review/reports/"):
        assert browser.post(path, {"version": "x"}).status_code == 403, path
    assert Deal.objects.filter(pk=japanese_deal.pk, title="Grid modernisation loan").exists()


def test_anonymous_readers_are_sent_to_sign_in_and_change_nothing(client, japanese_deal):
    assert client.get(f"{DEAL}/edit/").status_code == 302
    assert client.post(f"{DEAL}/delete/", {"version": fact_version(japanese_deal)}).status_code == 403
    assert client.get("/review/").status_code == 302
    assert client.post("/review/reports/", {"text": "x"}).status_code == 403


REPORT = ("ASTANA, 3 March 2026 – Kazakh Foreign Minister Murat Nurtleu met Japanese Foreign Minister Takeshi Iwaya "
          "in Astana on Tuesday during the 11th Foreign Ministers' Meeting of the Central Asia plus Japan Dialogue.")


def test_a_focal_point_submits_a_report_and_a_reviewer_accepts_with_htmx(officers, default_record):
    kazakh = _signed_in(officers["kz"])
    response = kazakh.post("/review/reports/", {"text": REPORT, "publisher": "Test Wire", "published": "2026-03-03"})
    assert response.status_code == 302
    source_page = kazakh.get(response["Location"]).content.decode()
    assert "Accept" not in source_page  # a focal point submits; only a reviewer accepts
    candidate = Candidate.objects.filter(source__publisher="Test Wire").first()
    assert kazakh.post(f"/review/candidates/{candidate.id}/", {"decision": "accept"}).status_code == 403
    reviewer = _signed_in(officers["reviewer"])
    card = reviewer.post(f"/review/candidates/{candidate.id}/", {"decision": "accept", "choose": "record"}, HTTP_HX_REQUEST="true")
    assert card.status_code == 200 and "<html" not in card.content.decode() and "Accepted into the record" in card.content.decode()
    assert Candidate.objects.get(id=candidate.id).status == "accepted"


@pytest.mark.django_db
def test_sign_in_is_throttled_after_repeated_failures(officers):
    browser = Client()
    for _ in range(5):
        browser.post("/accounts/login/", {"username": "haruto", "password": "wrong"})
    locked = browser.post("/accounts/login/", {"username": "haruto", "password": "pw-haruto-2026"})
    assert locked.status_code == 429 and "Too many sign-in attempts" in locked.content.decode()
    assert "_auth_user_id" not in browser.session


def test_sign_in_with_the_right_password_works(officers):
    browser = Client()
    response = browser.post("/accounts/login/", {"username": "haruto", "password": "pw-haruto-2026"})
    assert response.status_code == 302 and browser.session["_auth_user_id"] == str(officers["jp"].pk)


@pytest.mark.parametrize("method, path, data", [
    ("get", f"{DEAL}/edit/", None),
    ("post", f"{DEAL}/edit/", {"title": "Taken"}),
    ("post", f"{DEAL}/delete/", {}),
    ("post", f"{DEAL}/revert/", {"history_id": "1"}),
])
def test_every_page_write_path_refuses_another_countrys_deal(officers, japanese_deal, method, path, data):
    kazakh = _signed_in(officers["kz"])
    if data is not None:
        data["version"] = fact_version(japanese_deal)
    assert getattr(kazakh, method)(path, data or {}).status_code == 403
    assert Deal.objects.filter(pk=japanese_deal.pk, title="Grid modernisation loan", deleted_at=None).exists()


def test_restoring_another_countrys_deal_is_refused(officers, japanese_deal):
    from dialogue.access.services import actor_for
    from dialogue.record.services.editing import fact_delete

    fact_delete(actor=actor_for(officers["jp"]), fact=japanese_deal, version=fact_version(japanese_deal))
    assert _signed_in(officers["kz"]).post(f"{DEAL}/restore/").status_code == 403
    assert not Deal.objects.filter(pk=japanese_deal.pk).exists()


def test_deleted_facts_are_listed_for_restoring(officers, japanese_deal):
    japanese = _signed_in(officers["jp"])
    japanese.post(f"{DEAL}/delete/", {"version": fact_version(japanese_deal)})
    listing = japanese.get("/deleted/").content.decode()
    assert "Grid modernisation loan" in listing and f'action="{DEAL}/restore/"' in listing
    assert f'action="{DEAL}/restore/"' not in _signed_in(officers["kz"]).get("/deleted/").content.decode()
    assert Client().get("/deleted/").status_code == 302


def test_a_page_write_that_loses_a_race_comes_back_with_the_reason_not_a_500(officers, default_record, monkeypatch):
    from django.db import IntegrityError

    from dialogue.web.views import review

    _signed_in(officers["kz"]).post("/review/reports/", {"text": REPORT, "publisher": "Test Wire", "published": "2026-03-03"})
    candidate = Candidate.objects.filter(source__publisher="Test Wire").first()

    def raced(*args, **kwargs):
        raise IntegrityError("UNIQUE constraint failed: record_meeting.key")
    monkeypatch.setattr(review, "candidate_accept", raced)
    reviewer = _signed_in(officers["reviewer"])
    page = f"/review/sources/{candidate.source.key}/"
    response = reviewer.post(f"/review/candidates/{candidate.id}/", {"decision": "accept"}, HTTP_REFERER=f"http://testserver{page}")
    assert response.status_code == 302 and response["Location"].endswith(page)
    assert "written at the same moment" in reviewer.get(page).content.decode()
    assert Candidate.objects.get(id=candidate.id).status == "pending"


@pytest.mark.unsound_record
def test_the_meeting_form_offers_the_formats_countries_and_a_quoted_value_is_blanked_only_when_confirmed(officers, default_record):
    from dialogue.record.models import Meeting

    meeting = Meeting.objects.get(key="c5-japan.fm-9")  # its city and number stand on a quote
    reviewer = _signed_in(officers["reviewer"])
    page = reviewer.get(f"/facts/meetings/{meeting.key}/edit/").content.decode()
    host = page[page.index('name="host"'):page.index("</select>", page.index('name="host"'))]
    assert ">Japan<" in host and ">Kazakhstan<" in host and ">Brazil<" not in host and "Not stated" in host
    assert "---------" not in page and 'type="date"' in page
    form = {"format": meeting.format_id, "level": meeting.level, "ordinal": "", "title": meeting.title, "date_0": f"{meeting.date}",
            "date_1": "day", "city": "", "host": meeting.host_id, "status": meeting.status, "online": "", "version": fact_version(meeting)}
    refused = reviewer.post(f"/facts/meetings/{meeting.key}/edit/", form)
    assert "A source states this value" in refused.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).city == "Tokyo"
    reviewer.post(f"/facts/meetings/{meeting.key}/edit/", {**form, "confirm_blank": "on"})
    assert Meeting.objects.get(pk=meeting.pk).city == ""


def _ninth_meeting_form(meeting, **changes) -> dict:
    form = {"format": meeting.format_id, "level": meeting.level, "ordinal": meeting.ordinal, "title": meeting.title,
            "date_0": "", "date_1": "day", "city": meeting.city, "host": meeting.host_id, "status": meeting.status,
            "announced_at": "", "online": "", "note": meeting.note, "version": fact_version(meeting)}
    form.update(changes)
    return form


def test_an_edit_cites_a_source_picked_on_the_page_and_the_check_stays_clean(officers, bulletin):
    from dialogue.record.integrity import ERROR, record_problems
    from dialogue.record.models import Meeting

    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    reviewer = _signed_in(officers["reviewer"])
    url = f"/facts/meetings/{meeting.key}/edit/"
    page = reviewer.get(url, {"source": bulletin.key}).content.decode()
    assert 'data-quote-field="id_cite_quote"' in page and "was held in Kyoto" in page
    assert f'<option value="{bulletin.key}" selected>' in page
    saved = reviewer.post(url, _ninth_meeting_form(meeting, city="Kyoto", cite_source=bulletin.key, cite_quote="Kyoto"))
    assert saved.status_code == 302
    assert list(meeting.evidence.filter(source=bulletin).values_list("field", "quote")) == [("city", "Kyoto")]
    assert [p for p in record_problems() if p.severity == ERROR] == []


def test_a_cited_quote_not_in_the_source_is_refused_beside_it_with_what_was_typed_kept(officers, bulletin):
    from dialogue.record.models import Meeting

    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    url = f"/facts/meetings/{meeting.key}/edit/"
    refused = _signed_in(officers["reviewer"]).post(url, _ninth_meeting_form(meeting, city="Osaka", cite_source=bulletin.key,
                                                                             cite_quote="held in Osaka"))
    page = refused.content.decode()
    assert refused.status_code == 200 and "These words are not in the source as written" in page
    assert 'value="Osaka"' in page and "held in Osaka</textarea>" in page
    assert Meeting.objects.get(pk=meeting.pk).city == "Tokyo" and not meeting.evidence.filter(source=bulletin).exists()


def test_show_its_text_opens_the_chosen_source_beside_the_form_and_saves_nothing(officers, bulletin):
    from dialogue.record.models import Meeting

    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    shown = _signed_in(officers["reviewer"]).post(f"/facts/meetings/{meeting.key}/edit/",
                                                  _ninth_meeting_form(meeting, city="Kyoto", cite_source=bulletin.key, show_source="1"))
    page = shown.content.decode()
    assert shown.status_code == 200 and 'id="source-text"' in page and "was held in Kyoto" in page
    assert 'value="Kyoto"' in page and "errorlist" not in page
    assert Meeting.objects.get(pk=meeting.pk).city == "Tokyo"


@pytest.mark.unsound_record
def test_a_quoted_value_blanked_on_the_page_is_reported_by_the_check(officers, default_record):
    from dialogue.record.integrity import ERROR, record_problems
    from dialogue.record.models import Meeting

    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    reviewer = _signed_in(officers["reviewer"])
    assert reviewer.post(f"/facts/meetings/{meeting.key}/edit/", _ninth_meeting_form(meeting, city="", confirm_blank="on")).status_code == 302
    assert [(p.where, p.message.split(" (")[0]) for p in record_problems() if p.severity == ERROR] == [
        ("meetings 'c5-japan.fm-9'", "city was changed by hand from the quoted 'Tokyo' to '' without a new quote")]
