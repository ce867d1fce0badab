"""Hostile records, reports, rates and requests, generated: every way in answers in words, never with a crash, and
what it refuses leaves the database as it was."""

from __future__ import annotations

import contextlib
import copy
import json
import re

import pytest
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogue.access.models import Role
from dialogue.record.permissions import Actor
from dialogue.access.services import token_issue
from dialogue.ingest.models import Candidate
from dialogue.ingest.readers import RawReport
from dialogue.ingest.review import InvalidEdit, candidate_accept, candidate_edit
from dialogue.ingest.selectors import gazetteer_from_record
from dialogue.ingest.services import FAILED, batch_ingest, report_ingest
from dialogue.lib.validation import MAX_LINES, MONEY_DIGITS
from dialogue.record.interchange import RecordLoadError, record_dump, record_load
from dialogue.record.models import Source
from dialogue.tracking.models import ExchangeRate
from dialogue.tracking.rates import RateImportError, rates_import

FAST = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
MANUAL = {"entered_by": "tests", "entered_at": "2026-12-01T10:00:00+00:00"}
RECORD = {
    "dialogue_ledger": 1,
    "formats": [{"key": "c5-norway", "name": "Central Asia + Norway", "short_name": "C5+Norway", **MANUAL}],
    "deals": [{"key": "c5-norway.deal.port", "format": "c5-norway", "title": "Port loan", "value": "25000000",
               "currency": "NOK", "signed": "2026-11", "countries": ["KZ"], **MANUAL}],
}
# A Python exception's name at the start of a message: a crash reported as if it were a refusal.
CRASH = re.compile(r"^\w*(Error|Exception)\b|Traceback")


def _deep(depth: int) -> list:
    nested: list = []
    for _ in range(depth):
        nested = [nested]
    return nested


HOSTILE_TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "\x00", "Oslo\x00", "a\x07b", "\x1b[31mred", "\ud800", "\ufffd", "x" * 5000, "\u202eolsO",
                     "<script>alert(1)</script>", "9" * 46, "2026-02-30", "NaN", "-1", "1e400", "XAU", "usd", "Bad Key"]),
)
HOSTILE_VALUE = st.one_of(
    HOSTILE_TEXT, st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
    st.sampled_from([10**50, -(10**30), [], {}, ["KZ", "\x00"], {"key": "x"}, _deep(40)]),
    st.lists(HOSTILE_TEXT, max_size=3),
)
DEAL_FIELDS = ["key", "format", "title", "value", "currency", "signed", "countries", "stage", "parties", "note", "colour"]


def _state() -> tuple:
    """All a refusal must leave as it was: the record as its dump says, the review queue, the rates."""
    queue = list(Candidate.objects.order_by("id").values_list("id", "status", "edited_payload"))
    return json.dumps(record_dump(), sort_keys=True), queue, ExchangeRate.objects.count(), Source.objects.count()


@contextlib.contextmanager
def _undone():
    """Run one generated example and undo whatever it wrote, so the next starts from the same record."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture
def base_record(db):
    record_load(copy.deepcopy(RECORD))


# ----------------------------------------------------------------------------- load


@FAST
@given(section=st.sampled_from(["formats", "deals"]), field=st.sampled_from(DEAL_FIELDS), value=HOSTILE_VALUE)
def test_a_hostile_record_is_loaded_or_refused_in_words_and_a_refusal_writes_nothing(db, section, field, value):
    data = copy.deepcopy(RECORD)
    data[section][0][field] = value
    with _undone():
        before = _state()
        try:
            record_load(data)
        except RecordLoadError as error:
            assert 0 < len(error.problems) <= MAX_LINES
            assert all(not CRASH.search(line) for line in error.problems)
            assert all(re.match(r"(formats|deals)\[0\][ :]", line) for line in error.problems)  # names record and field
            assert _state() == before


# ----------------------------------------------------------------------------- ingest

REPORT_TEXT = "The first summit of Central Asia and Norway was held in Oslo. Norway pledged {amount} for transport."


@FAST
@given(text=HOSTILE_TEXT, amount=st.sampled_from(["999999999999999999999999999999 trillion yen", "$1.5 billion", "NaN dollars",
                                                   "1e400 euros", "-5 million tenge"]),
       title=HOSTILE_TEXT, publisher=HOSTILE_TEXT, published=HOSTILE_TEXT)
def test_a_hostile_report_is_stored_or_refused_in_words_and_a_refusal_stores_nothing(db, text, amount, title, publisher, published):
    report = RawReport(origin="hostile.txt", stem="hostile", text=REPORT_TEXT.format(amount=amount) + text, title=title,
                       publisher=publisher, published=published)
    with _undone():
        before = _state()
        [result] = batch_ingest([report], gazetteer=gazetteer_from_record())
        assert not CRASH.search(result.message), result.message
        if result.outcome == FAILED:
            assert _state() == before
            return
        for candidate in Candidate.objects.filter(source__key=result.source_key):
            amount_text = candidate.fact.get("amount") or "0"
            assert len(amount_text.split(".")[0]) <= MONEY_DIGITS  # "999...9 trillion yen" is no sum, not 1e45


FORUM = RawReport(origin="forum.txt", stem="forum", publisher="Test Wire", published="2026-04-02",
                  text="The first Central Asia plus Norway Summit was held in Oslo on Tuesday. "
                       "Norwegian and Kazakh companies signed 12 agreements worth $300 million at the summit.")


def test_an_amount_of_46_digits_is_refused_at_review_in_words_and_nothing_is_written(db):
    reviewer = Actor(name="reviewer", role=Role.REVIEWER)
    source_key = report_ingest(FORUM, gazetteer=gazetteer_from_record()).source_key
    deal = Candidate.objects.get(source__key=source_key, kind=Candidate.Kind.DEAL)
    with pytest.raises(InvalidEdit, match="amount: '9999.* has 46 digits before the point"):
        candidate_edit(deal, changes={"amount": "9" * 46}, reviewer=reviewer)
    # A candidate stored before the check (by an older version) is refused at acceptance, not a crash.
    Candidate.objects.filter(id=deal.id).update(edited_payload={**deal.fact, "amount": "9" * 46})
    before = _state()
    with pytest.raises(InvalidEdit, match="cannot be written until it is corrected"):
        candidate_accept(Candidate.objects.get(id=deal.id), reviewer=reviewer)
    assert _state() == before


def test_the_review_page_shows_a_stored_46_digit_amount_and_answers_its_acceptance_in_words(officers):
    source_key = report_ingest(FORUM, gazetteer=gazetteer_from_record()).source_key
    deal = Candidate.objects.get(source__key=source_key, kind=Candidate.Kind.DEAL)
    Candidate.objects.filter(id=deal.id).update(edited_payload={**deal.fact, "amount": "9" * 46})
    client = Client()
    client.force_login(officers["reviewer"])
    assert client.get(f"/review/sources/{source_key}/").status_code == 200
    before = _state()
    page = client.post(f"/review/candidates/{deal.id}/", {"decision": "accept"}, follow=True)
    assert page.status_code == 200 and "cannot be written until it is corrected" in page.content.decode()
    assert _state() == before


# ----------------------------------------------------------------------------- rates


@FAST
@given(cells=st.lists(HOSTILE_TEXT.filter(lambda cell: "\x00" not in cell), min_size=0, max_size=7))
def test_a_hostile_rates_row_is_imported_or_named_never_a_crash(db, tmp_path_factory, cells):
    path = tmp_path_factory.mktemp("rates") / "rates.csv"
    row = ",".join(json.dumps(cell) if ("," in cell or '"' in cell or "\n" in cell) else cell for cell in cells)
    path.write_text("date,base,quote,rate,source\n" + row + "\n", encoding="utf-8", errors="surrogatepass")
    with _undone():
        before = ExchangeRate.objects.count()
        try:
            result = rates_import(path)
        except RateImportError as error:
            assert not CRASH.search(" ".join(error.problems)) and ExchangeRate.objects.count() == before
            return
        assert all(not CRASH.search(line) for line in result.refused)
        assert ExchangeRate.objects.count() == before + result.created


# ----------------------------------------------------------------------------- API


@pytest.fixture
def api(base_record, officers):
    """A client and the administrator's and reviewer's Authorization headers, over a one-deal record."""
    headers = {name: {"HTTP_AUTHORIZATION": f"Bearer {token_issue(officers[name], name='tests')}"} for name in ("admin", "reviewer")}
    return Client(), headers


def _refused_in_words(response) -> None:
    assert response.status_code < 500, response.content[:300]
    if response.status_code >= 400:
        assert response["Content-Type"] == "application/problem+json"
        assert not CRASH.search(json.loads(response.content)["detail"])


@FAST
@given(field=st.sampled_from(DEAL_FIELDS), value=HOSTILE_VALUE)
def test_a_hostile_fact_sent_to_the_api_is_written_or_refused_in_words(api, field, value):
    client, headers = api
    new = {"format": "c5-norway", "title": "Rail loan", "value": "1000", "currency": "NOK", field: value}
    with _undone():
        before = _state()
        for response in (
            client.post("/api/deals", json.dumps({"fields": new, "evidence": []}), content_type="application/json", **headers["admin"]),
            client.patch("/api/deals/c5-norway.deal.port", json.dumps({field: value}), content_type="application/json",
                         HTTP_IF_MATCH="*", **headers["admin"]),
        ):
            _refused_in_words(response)
            if response.status_code >= 400:
                assert _state() == before
            before = _state()


@FAST
@given(text=HOSTILE_TEXT, title=HOSTILE_VALUE, published=HOSTILE_VALUE, changes=st.dictionaries(
    st.sampled_from(["amount", "currency", "title", "parties", "count", "colour"]), HOSTILE_VALUE, min_size=1, max_size=2))
def test_a_hostile_report_and_correction_sent_to_the_api_are_answered_in_words(api, text, title, published, changes):
    client, headers = api
    with _undone():
        before = _state()
        report = client.post("/api/reports", json.dumps({"text": "Oslo hosted the first summit of Central Asia and Norway. " + text,
                                                         "title": title, "published": published}),
                             content_type="application/json", **headers["admin"])
        _refused_in_words(report)
        if report.status_code >= 400:
            assert _state() == before
            return
        job = json.loads(report.content)  # 202: the job ran at once, and a report it could not store is an outcome, not an error
        assert job["state"] == "done", job["errors"]
        candidate = Candidate.objects.filter(source__key=job["result"]["reports"][0]["source"]).order_by("id").first()
        if candidate is None:
            return
        before = _state()
        edit = client.post(f"/api/candidates/{candidate.id}/edit", json.dumps({"changes": changes}), content_type="application/json",
                           **headers["reviewer"])
        _refused_in_words(edit)
        if edit.status_code >= 400:
            assert _state() == before
        before = _state()
        accept = client.post(f"/api/candidates/{candidate.id}/accept", "{}", content_type="application/json", **headers["reviewer"])
        _refused_in_words(accept)
        if accept.status_code >= 400:
            assert _state() == before


def test_a_body_nested_a_hundred_thousand_deep_is_refused_in_words(api):
    client, headers = api
    before = _state()
    body = '{"fields": ' + "[" * 100_000 + "]" * 100_000 + ', "evidence": []}'
    response = client.post("/api/deals", body, content_type="application/json", **headers["admin"])
    _refused_in_words(response)
    assert json.loads(response.content)["detail"] == "The request's body nests lists and objects too deep to be read."
    assert _state() == before


@pytest.mark.parametrize("path, body", [
    ("/api/deals/c5-norway.deal.port", '{"parties": ' + "[" * 900 + "]" * 900 + "}"),
    ("/api/deals", '{"fields": {"format": "c5-norway", "title": "Rail loan", "parties": ' + "[" * 900 + "]" * 900 + '}, "evidence": []}'),
])
def test_a_body_nested_just_within_what_json_reads_is_refused_in_words(api, path, body):
    client, headers = api
    before = _state()
    send = client.patch if path.endswith(".port") else client.post
    response = send(path, body, content_type="application/json", HTTP_IF_MATCH="*", **headers["admin"])
    _refused_in_words(response)
    assert response.status_code in (400, 422) and _state() == before
