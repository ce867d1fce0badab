"""A desk officer enters a deal in the pages, citing words picked in a source, and the target moves at once."""

import json
import re
from decimal import Decimal

import pytest
from django.test import Client

from dialogue.lib.texts import content_hash
from dialogue.record.models import Deal, Source, Target
from dialogue.tracking.progress import target_progress

REPORT = ("Oslo, 2 March. Kazakhstan and Japan signed a loan agreement worth JPY 600 billion for a rail depot. "
          "The depot will serve the rail depot of Karaganda.")
TARGET = "c5-japan.target.business-projects-3000000000000-jpy"


@pytest.fixture
def wire(default_record) -> Source:
    return Source.objects.create(key="test-wire-2026-03-02", publisher="Test Wire", title="Loan for a depot",
                                 content_hash=content_hash(REPORT), text=REPORT)


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _form(**changes) -> dict:
    data = {"title": "Rail depot loan", "countries": ["KZ", "JP"], "parties": "Ministry of Transport\nA Japanese bank",
            "value": "600000000000", "currency": "JPY", "stage": "commitment", "signed_0": "2026-03-01", "signed_1": "month", "targets": [TARGET],
            "quote": "signed a loan agreement worth JPY 600 billion", "start": str(REPORT.index("signed a loan"))}
    data.update(changes)
    return data


def test_a_focal_point_enters_a_cited_deal_and_the_target_moves_at_once(officers, wire):
    before = target_progress(Target.objects.get(key=TARGET)).achieved
    kazakh = _signed_in(officers["kz"])
    page = kazakh.get(f"/deals/new/?source={wire.key}").content.decode()
    assert 'id="source-text"' in page and "Loan for a depot" in page
    assert re.search(r'value="KZ"[^>]*checked', page) and not re.search(r'value="JP"[^>]*checked', page)  # their own country, ticked
    response = kazakh.post(f"/deals/new/?source={wire.key}", _form(), follow=True)
    deal = Deal.objects.get(title="Rail depot loan")
    assert response.redirect_chain[-1][0] == f"/facts/deals/{deal.key}/"
    assert "Deal entered. Now" in response.content.decode() and "% achieved" in response.content.decode()
    assert [(e.quote, e.start) for e in deal.evidence.all()] == [("signed a loan agreement worth JPY 600 billion", REPORT.index("signed a loan"))]
    assert deal.parties == ["Ministry of Transport", "A Japanese bank"] and deal.signed == "2026-03"
    assert target_progress(Target.objects.get(key=TARGET)).achieved == before + Decimal(600_000_000_000)


def test_pasted_words_are_found_in_the_source_when_they_stand_there_once(officers, wire):
    response = _signed_in(officers["kz"]).post(f"/deals/new/?source={wire.key}", _form(start="", quote="worth JPY 600 billion"))
    assert response.status_code == 302
    assert Deal.objects.get(title="Rail depot loan").evidence.get().start == REPORT.index("worth JPY")


@pytest.mark.parametrize(("quote", "said"), [("rail depot", "stand 2 times"), ("worth NOK 5 billion", "not in the source")])
def test_words_not_found_once_are_refused_beside_the_quote_with_the_form_kept(officers, wire, quote, said):
    response = _signed_in(officers["kz"]).post(f"/deals/new/?source={wire.key}", _form(start="", quote=quote, title="Kept title"))
    page = response.content.decode()
    assert response.status_code == 200 and said in page and 'value="Kept title"' in page
    assert not Deal.objects.filter(title="Kept title").exists()


def test_a_deal_with_neither_quote_nor_manual_mark_is_refused_and_with_the_mark_it_is_entered_by_hand(officers, default_record):
    kazakh = _signed_in(officers["kz"])
    refused = kazakh.post("/deals/new/", _form(quote="", start=""))
    assert refused.status_code == 200 and "tick" in refused.content.decode() and not Deal.objects.filter(title="Rail depot loan").exists()
    assert kazakh.post("/deals/new/", _form(quote="", start="", manual="on")).status_code == 302
    assert Deal.objects.get(title="Rail depot loan").entered_by == "aigerim"


def test_a_focal_point_entering_another_countrys_deal_is_told_beside_the_countries(officers, wire):
    response = _signed_in(officers["kz"]).post(f"/deals/new/?source={wire.key}", _form(countries=["JP"]))
    assert response.status_code == 200 and "focal point of KZ cannot edit this deal" in response.content.decode()
    assert not Deal.objects.filter(title="Rail depot loan").exists()


@pytest.mark.parametrize(("field", "value", "said"), [("signed_0", "2026-02-30", "Not a date of the calendar"), ("value", "-5", "greater than or equal to 0"),
                                                      ("currency", "", "needs its currency"), ("value", "12abc", "Enter a number")])
def test_bad_fields_are_shown_beside_them_with_everything_typed_kept(officers, wire, field, value, said):
    response = _signed_in(officers["kz"]).post(f"/deals/new/?source={wire.key}", _form(**{field: value}, title="Kept title"))
    page = response.content.decode()
    assert response.status_code == 200 and said in page and 'value="Kept title"' in page
    assert not Deal.objects.filter(title="Kept title").exists()


def test_readers_are_sent_to_sign_in_and_the_deals_page_offers_the_form_only_to_officers(officers, default_record):
    assert Client().get("/deals/new/").status_code == 302
    assert "New deal" not in Client().get("/deals/").content.decode()
    assert "New deal" in _signed_in(officers["kz"]).get("/deals/").content.decode()


def _post(client, path, body, **headers):
    return client.post(path, json.dumps(body), content_type="application/json", **headers)


def test_the_api_enters_a_cited_deal_and_answers_201_with_its_place(client, bearer, wire):
    start = REPORT.index("signed a loan")
    body = {"fields": {"format": "c5-japan", "title": "Rail depot loan", "countries": ["JP", "KZ"], "value": "600000000000",
                       "currency": "JPY", "stage": "commitment", "targets": [TARGET]},
            "evidence": [{"source": wire.key, "start": start, "end": start + 13, "quote": "signed a loan"}]}
    created = _post(client, "/api/deals", body, **bearer["kz"])
    assert created.status_code == 201, created.content
    row = json.loads(created.content)
    assert created["Location"] == f"/api/deals/{row['key']}" and row["key"] == "c5-japan.deal.rail-depot-loan"
    assert row["evidence"][0]["quote"] == "signed a loan" and client.get(created["Location"])["ETag"] == created["ETag"]


def test_the_api_refuses_a_deal_without_evidence_named_a_stranger_quote_or_another_countrys_deal(client, bearer, wire):
    fields = {"format": "c5-japan", "title": "Rail depot loan", "countries": ["KZ"], "value": "5", "currency": "JPY"}
    assert _post(client, "/api/deals", {"fields": fields}, **bearer["kz"]).status_code == 422
    wrong = _post(client, "/api/deals", {"fields": fields, "evidence": [{"source": wire.key, "start": 0, "end": 4, "quote": "Rome"}]}, **bearer["kz"])
    assert wrong.status_code == 422 and "does not match the source" in wrong.content.decode()
    foreign = _post(client, "/api/deals", {"fields": {**fields, "countries": ["JP"]}, "evidence": []}, **bearer["kz"])
    assert foreign.status_code == 403
    unknown = _post(client, "/api/deals", {"fields": {**fields, "colour": "red"}, "evidence": []}, **bearer["kz"])
    assert unknown.status_code == 422 and "colour" in unknown.content.decode()
    assert _post(client, "/api/deals", {"fields": fields, "evidence": []}).status_code == 401
    assert not Deal.objects.filter(title="Rail depot loan").exists()
    by_hand = _post(client, "/api/deals", {"fields": fields, "evidence": []}, **bearer["kz"])
    assert by_hand.status_code == 201 and json.loads(by_hand.content)["entered_by"] == "aigerim"


STATEMENT = ("Tromso, 9 June. The ministers adopted the Tromso Joint Statement. Kazakhstan proposed an Arctic Rail Forum "
             "to link northern freight lines.")


@pytest.fixture
def statement(default_record) -> Source:
    return Source.objects.create(key="test-wire-2026-06-09", publisher="Test Wire", title="A statement in Tromso",
                                 content_hash=content_hash(STATEMENT), text=STATEMENT)


def test_a_reviewer_enters_a_cited_document_of_a_meeting(officers, statement):
    from dialogue.record.models import Document

    words = "adopted the Tromso Joint Statement"
    response = _signed_in(officers["reviewer"]).post(f"/documents/new/?source={statement.key}", {
        "kind": "joint statement", "title": "Tromso Joint Statement", "date_0": "2026-06-09", "date_1": "day",
        "meeting": "c5-japan.fm-9", "count": "1", "count_qualifier": "exactly", "quote": words, "start": str(STATEMENT.index(words))})
    document = Document.objects.get(title="Tromso Joint Statement")
    assert response["Location"] == f"/facts/documents/{document.key}/"
    assert document.meeting.key == "c5-japan.fm-9" and document.date == "2026-06-09"
    assert [e.quote for e in document.evidence.all()] == [words]


def test_a_focal_point_enters_their_countrys_initiative_with_its_first_dated_status(officers, statement):
    from dialogue.record.models import Initiative

    words = "Kazakhstan proposed an Arctic Rail Forum"
    kazakh = _signed_in(officers["kz"])
    form = kazakh.get(f"/initiatives/new/?source={statement.key}").content.decode()
    assert re.search(r'<option value="KZ" selected>Kazakhstan</option>', form)
    response = kazakh.post(f"/initiatives/new/?source={statement.key}", {
        "title": "Arctic Rail Forum", "proposed_by_country": "KZ", "status": "proposed", "date_0": "2026-06-09", "date_1": "day",
        "quote": words, "start": str(STATEMENT.index(words))})
    initiative = Initiative.objects.get(title="Arctic Rail Forum")
    assert response["Location"] == f"/facts/initiatives/{initiative.key}/"
    change = initiative.status_changes.get()
    assert (change.status, change.date) == ("proposed", "2026-06-09") and [e.quote for e in change.evidence.all()] == [words]
    assert initiative.proposed_by_country.code == "KZ" and initiative.status == "proposed"


def test_a_focal_point_cannot_enter_another_countrys_initiative_and_nothing_is_written(officers, statement):
    from dialogue.record.models import Initiative

    response = _signed_in(officers["kz"]).post("/initiatives/new/", {
        "title": "Someone else's forum", "proposed_by_country": "JP", "status": "proposed", "manual": "on"})
    assert response.status_code == 200 and "Someone else&#x27;s forum" in response.content.decode()
    assert re.search(r"focal point of KZ", response.content.decode())
    assert not Initiative.objects.filter(title="Someone else's forum").exists()


def test_a_stage_step_entered_through_the_api_moves_its_deal(client, bearer, japanese_deal):
    body = {"fields": {"deal": japanese_deal.key, "stage": "implementation", "date": "2026-04"}, "evidence": []}
    created = _post(client, "/api/deal_stage_changes", body, **bearer["jp"])
    assert created.status_code == 201, created.content
    assert json.loads(client.get(f"/api/deals/{japanese_deal.key}").content)["stage"] == "implementation"
