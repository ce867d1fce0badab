"""A reader not signed in gets a reader page kept whole (with their own CSRF token put in), and a client without
credentials gets the API's shared reads answered whole from the cache; a write is seen on the next request either way."""

import json
import re
from unittest import mock

from django.core.handlers.base import BaseHandler
from django.test import Client

from dialogue.web.context import CSRF_PLACEHOLDER

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


def test_a_reader_reads_the_whole_dashboard_again_with_one_query_and_a_token_of_their_own(default_record,
                                                                                        django_assert_num_queries):
    reader = Client(enforce_csrf_checks=True)
    first = reader.get("/")
    with django_assert_num_queries(1):  # the revision
        again = reader.get("/")
    page = again.content.decode()
    assert again.status_code == 200 and CSRF_PLACEHOLDER not in page
    assert re.sub(r"[A-Za-z0-9]{64}", "", page) == re.sub(r"[A-Za-z0-9]{64}", "", first.content.decode())
    # The token the kept page carries is this reader's: the language form it sits in is accepted with it.
    switched = reader.post("/i18n/setlang/", {"language": "ru", "next": "/", "csrfmiddlewaretoken": TOKEN.search(page)[1]})
    assert switched.status_code == 302


def test_another_reader_of_a_kept_page_gets_a_token_that_is_not_the_first_readers(default_record):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first_token = TOKEN.search(first.get("/").content.decode())[1]
    page = second.get("/").content.decode()
    assert TOKEN.search(page)[1] != first_token
    refused = second.post("/i18n/setlang/", {"language": "ru", "next": "/", "csrfmiddlewaretoken": first_token})
    assert refused.status_code == 403


def test_a_page_in_another_language_is_kept_apart(client, default_record):
    client.get("/")
    assert '<html lang="ru">' in client.get("/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert '<html lang="en">' in client.get("/").content.decode()


def test_a_signed_in_officer_never_gets_the_page_kept_for_readers(client, signed_in, default_record):
    path = "/deals/?format=C5%2BJapan"
    assert "New deal" not in client.get(path).content.decode()
    assert "New deal" in signed_in("jp").get(path).content.decode()


def test_a_second_api_read_without_credentials_is_answered_from_the_cache_with_its_etag(client, japanese_deal,
                                                                                       django_assert_num_queries):
    path = f"/api/deals/{japanese_deal.key}"
    first = client.get(path)
    with django_assert_num_queries(1), mock.patch.object(BaseHandler, "resolve_request") as routed:  # the revision
        again = client.get(path)
    assert not routed.called  # answered before the URL is even resolved
    assert again.status_code == 200 and again.content == first.content and again["ETag"] == first["ETag"]
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"] and again["X-Content-Type-Options"] == "nosniff"
    assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_an_api_read_answered_from_the_cache_shows_a_change_at_once(client, bearer, japanese_deal):
    path = f"/api/deals/{japanese_deal.key}"
    read = client.get(path)
    client.get(path)
    changed = client.patch(path, json.dumps({"value": "1250000000"}), content_type="application/json",
                           HTTP_IF_MATCH=read["ETag"], **bearer["jp"])
    assert changed.status_code == 200, changed.content
    again = client.get(path)
    assert json.loads(again.content)["value"] == "1250000000" and again["ETag"] == changed["ETag"]


def test_a_kept_api_answer_is_refused_to_a_host_not_allowed(client, japanese_deal):
    path = f"/api/deals/{japanese_deal.key}"
    assert client.get(path).status_code == 200
    assert client.get(path, HTTP_HOST="evil.example").status_code == 400


def test_an_api_read_that_fails_is_never_kept(client, default_record):
    assert client.get("/api/deals/c5-japan.deal.not-in-the-record").status_code == 404
    assert client.get("/api/deals/c5-japan.deal.not-in-the-record").status_code == 404


def test_with_a_shared_cache_a_worker_answers_a_kept_api_read_from_its_own_copy_and_a_change_at_once(
        client, bearer, japanese_deal, settings):
    from django.core.cache import caches

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "as-if-redis"},
                       "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "own-copy"}}
    path = f"/api/deals/{japanese_deal.key}"
    first = client.get(path)
    caches["default"].clear()  # the shared cache is not asked again: the worker's copy answers
    with mock.patch.object(BaseHandler, "resolve_request") as routed:
        assert client.get(path).content == first.content
    assert not routed.called  # answered before the URL is even resolved
    changed = client.patch(path, json.dumps({"value": "1250000000"}), content_type="application/json",
                           HTTP_IF_MATCH=first["ETag"], **bearer["jp"])
    assert changed.status_code == 200, changed.content
    assert json.loads(client.get(path).content)["value"] == "1250000000"


def test_with_a_shared_cache_a_worker_answers_a_kept_reader_page_from_its_own_copy(default_record, settings,
                                                                                     django_assert_num_queries):
    from django.core.cache import caches

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "as-if-redis"},
                       "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "own-copy"}}
    reader = Client()
    first = reader.get("/?format=C5%2BJapan")
    caches["default"].clear()  # not asked again: the worker's copy answers
    with django_assert_num_queries(1):  # the revision
        again = reader.get("/?format=C5%2BJapan")
    assert again.status_code == 200 and len(again.content) == len(first.content)
