"""Polling feeds from a local site: items become reports once, whatever the feed or the network does."""

from __future__ import annotations

import datetime as dt
import os
from concurrent.futures.process import BrokenProcessPool

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from dialogue.feeds.models import Feed, FeedItem
import dialogue.ingest.services as ingestion
from dialogue.feeds.services import _items_claim, feed_add, feed_poll, feeds_poll
from dialogue.lib.syndication import feed_parse
from dialogue.record.models import Source
from tests.feeds.conftest import Page, article, rss, serve_articles


@pytest.fixture
def feed(site, testland):
    return feed_add(url=site.url("/feed.xml"), format_key="c5-testland", language="en")


def _poll(feed, fetcher, gazetteer, **options):
    return feed_poll(feed=Feed.objects.get(id=feed.id), fetcher=fetcher, gazetteer=gazetteer, **options)


def test_each_item_page_becomes_a_report_of_its_main_text(site, feed, fetcher, gazetteer):
    site.pages["/feed.xml"] = Page(rss(site, [1, 2, 3]), content_type="application/rss+xml")
    serve_articles(site, [1, 2, 3])
    result = _poll(feed, fetcher, gazetteer)
    assert result.outcome == Feed.Outcome.OK and result.items == {"stored": 3}
    item = FeedItem.objects.get(feed=feed, key="testland-2")
    source = item.source
    assert "training for young diplomats" in source.text and "<p>" not in source.text and "All rights reserved" not in source.text
    assert source.title == "Press release 2" and source.url == site.url("/news/2") and source.published == "2026-03-02"
    assert source.publisher == "Ministry of Foreign Affairs of Testland: press releases"
    assert source.kind == Source.Kind.PRESS_RELEASE
    assert site.asked("/news/2")[0]["User-Agent"].startswith("DialogueLedger")


def test_a_second_poll_ingests_nothing_twice(site, feed, fetcher, gazetteer):
    site.pages["/feed.xml"] = Page(rss(site, [1, 2]))
    serve_articles(site, [1, 2])
    _poll(feed, fetcher, gazetteer)
    again = _poll(feed, fetcher, gazetteer)
    assert again.outcome == Feed.Outcome.OK and not again.items
    assert Source.objects.count() == 2 and FeedItem.objects.filter(feed=feed).count() == 2
    assert len(site.asked("/news/1")) == 1  # the page of an item already read is not fetched again


def test_an_unchanged_feed_answers_304_and_nothing_is_read(site, feed, fetcher, gazetteer):
    site.pages["/feed.xml"] = Page(rss(site, [1]), etag='"v1"')
    serve_articles(site, [1])
    _poll(feed, fetcher, gazetteer)
    result = _poll(feed, fetcher, gazetteer)
    assert result.outcome == Feed.Outcome.NOT_MODIFIED
    assert site.asked("/feed.xml")[1]["If-None-Match"] == '"v1"'


def test_a_changed_etag_brings_only_the_new_items(site, feed, fetcher, gazetteer):
    site.pages["/feed.xml"] = Page(rss(site, [1, 2]), etag='"v1"')
    serve_articles(site, [1, 2, 3])
    _poll(feed, fetcher, gazetteer)
    site.pages["/feed.xml"] = Page(rss(site, [3, 1, 2]), etag='"v2"')
    result = _poll(feed, fetcher, gazetteer)
    assert result.items == {"stored": 1}
    assert Feed.objects.get(id=feed.id).etag == '"v2"'
    assert sorted(FeedItem.objects.values_list("key", flat=True)) == ["testland-1", "testland-2", "testland-3"]


def test_a_feed_listing_an_item_twice_ingests_it_once(site, feed, fetcher, gazetteer):
    site.pages["/feed.xml"] = Page(rss(site, [4, 4, 5, 4]))
    serve_articles(site, [4, 5])
    result = _poll(feed, fetcher, gazetteer)
    assert result.items == {"stored": 2} and Source.objects.count() == 2


def test_items_without_a_guid_are_known_by_their_link(site, feed, fetcher, gazetteer):
    site.pages["/feed.xml"] = Page(rss(site, [1], guid=False))
    serve_articles(site, [1])
    _poll(feed, fetcher, gazetteer)
    _poll(feed, fetcher, gazetteer)
    assert list(FeedItem.objects.values_list("key", flat=True)) == [site.url("/news/1")]


def test_a_feed_that_times_out_fails_saying_so_and_is_polled_later(site, feed, fetcher, gazetteer, sleeps):
    site.pages["/feed.xml"] = Page(rss(site, [1]), delay=1.0)
    result = _poll(feed, fetcher, gazetteer)
    stored = Feed.objects.get(id=feed.id)
    assert result.outcome == Feed.Outcome.FAILED == stored.outcome
    assert "no answer within 0.5 s (tried 3 times)" in stored.message
    assert sleeps == [1.0, 2.0] and stored.failures == 1
    assert stored.next_poll_at > timezone.now() + dt.timedelta(minutes=stored.interval + 30)  # backed off


def test_a_feed_answering_500_is_retried_with_back_off_then_read(site, feed, fetcher, gazetteer, sleeps):
    site.pages["/feed.xml"] = Page(rss(site, [1]), statuses=[500, 503])
    serve_articles(site, [1])
    result = _poll(feed, fetcher, gazetteer)
    assert result.outcome == Feed.Outcome.OK and result.items == {"stored": 1}
    assert sleeps == [1.0, 2.0] and len(site.asked("/feed.xml")) == 3


def test_a_feed_that_always_answers_500_gives_up_after_bounded_retries(site, feed, fetcher, gazetteer):
    site.pages["/feed.xml"] = Page(rss(site, [1]), statuses=[500] * 10)
    result = _poll(feed, fetcher, gazetteer)
    assert result.outcome == Feed.Outcome.FAILED and "answered 500" in result.message
    assert len(site.asked("/feed.xml")) == 3
    site.pages["/feed.xml"].statuses.clear()
    serve_articles(site, [1])
    assert _poll(feed, fetcher, gazetteer).outcome == Feed.Outcome.OK
    assert Feed.objects.get(id=feed.id).failures == 0


def test_a_feed_answering_404_is_not_retried(site, feed, fetcher, gazetteer, sleeps):
    result = _poll(feed, fetcher, gazetteer)
    assert result.outcome == Feed.Outcome.FAILED and "answered 404" in result.message and not sleeps


def test_invalid_xml_fails_the_poll_naming_the_fault(site, feed, fetcher, gazetteer):
    site.pages["/feed.xml"] = Page(b"<?xml version='1.0'?><rss version='2.0'><channel><title>Broken <item><title>Half")
    result = _poll(feed, fetcher, gazetteer)
    assert result.outcome == Feed.Outcome.FAILED
    assert "not an RSS, Atom or JSON feed" in result.message and feed.url in result.message
    assert not FeedItem.objects.exists()


def test_a_page_instead_of_a_feed_fails_the_poll(site, feed, fetcher, gazetteer):
    site.pages["/feed.xml"] = Page(article(1))
    assert "not an RSS, Atom or JSON feed" in _poll(feed, fetcher, gazetteer).message


def test_a_feed_not_quite_well_formed_is_read_with_a_warning(site, feed, fetcher, gazetteer):
    body = rss(site, [1]).replace(b"<title>Press release 1</title>", b"<title>Trade & transit</title>")
    site.pages["/feed.xml"] = Page(body)
    serve_articles(site, [1])
    result = _poll(feed, fetcher, gazetteer)
    assert result.items == {"stored": 1}
    assert "not well-formed" in Feed.objects.get(id=feed.id).message


def test_a_page_that_fails_leaves_its_item_failed_to_try_again(site, feed, fetcher, gazetteer):
    site.pages["/feed.xml"] = Page(rss(site, [1, 2]))
    serve_articles(site, [1, 2])
    site.pages["/news/2"].statuses = [500] * 3
    first = _poll(feed, fetcher, gazetteer)
    assert first.items == {"stored": 1, "failed": 1}
    failed = FeedItem.objects.get(key="testland-2")
    assert failed.attempts == 1 and "answered 500" in failed.message and failed.source is None
    second = _poll(feed, fetcher, gazetteer)
    assert second.items == {"stored": 1}
    assert FeedItem.objects.get(key="testland-2").attempts == 2 and Source.objects.count() == 2


def test_a_failed_item_is_tried_three_times_in_all(site, feed, fetcher, gazetteer):
    site.pages["/feed.xml"] = Page(rss(site, [1]))
    serve_articles(site, [1])
    site.pages["/news/1"].statuses = [500] * 100
    for _ in range(5):
        _poll(feed, fetcher, gazetteer)
    assert FeedItem.objects.get().attempts == FeedItem.MAX_ATTEMPTS


def test_an_item_with_no_page_text_falls_back_to_the_feed_text(site, feed, fetcher, gazetteer):
    words = "The ministry of Testland announced that its consulate in Bishkek will open on Saturdays from April onwards."
    site.pages["/feed.xml"] = Page(rss(site, [1]).replace(b"Summary of release 1.", words.encode()))
    site.pages["/news/1"] = Page(b"<html><body><nav>Home</nav></body></html>")
    assert _poll(feed, fetcher, gazetteer).items == {"stored": 1}
    assert Source.objects.get().text == words


def test_a_feed_of_10000_items_is_read_a_bounded_batch_at_a_time(site, feed, fetcher, gazetteer):
    items = "".join(f"<item><guid>big-{n}</guid><title>Notice {n}</title><description>Notice {n}: the embassy of Testland "
                    f"will be closed on holiday number {n}, and the consular section reopens the next day.</description></item>"
                    for n in range(10_000))
    site.pages["/feed.xml"] = Page(f"<?xml version='1.0'?><rss version='2.0'><channel><title>Testland notices</title>{items}"
                                   "</channel></rss>".encode())
    first = _poll(feed, fetcher, gazetteer, max_items=5)
    assert first.listed == 10_000 and first.waiting == 9_995
    assert sum(first.items.values()) == 5 and not first.items["failed"]  # stored, or linked as twins: the notices are alike
    assert "9995 new items wait for the next poll" in Feed.objects.get(id=feed.id).message
    second = _poll(feed, fetcher, gazetteer, max_items=5)
    assert second.waiting == 9_990 and sum(second.items.values()) == 5
    assert FeedItem.objects.count() == 10 == Source.objects.count()
    assert FeedItem.objects.filter(source=None).count() == 0


def test_two_polls_at_once_never_claim_one_item(site, feed):
    entries = feed_parse(rss(site, [1, 2, 3])).entries
    mine, _ = _items_claim(feed, entries, 100)
    theirs, _ = _items_claim(feed, entries, 100)
    assert len(mine) == 3 and theirs == []
    with pytest.raises(IntegrityError), transaction.atomic():
        FeedItem.objects.create(feed=feed, key="testland-1")


def test_only_feeds_that_are_due_are_polled(site, testland, fetcher, gazetteer):
    due = feed_add(url=site.url("/due.xml"), format_key="c5-testland")
    later = feed_add(url=site.url("/later.xml"), format_key="c5-testland")
    Feed.objects.filter(id=later.id).update(next_poll_at=timezone.now() + dt.timedelta(hours=1))
    site.pages["/due.xml"] = Page(rss(site, []))
    results = feeds_poll(fetcher=fetcher, gazetteer=gazetteer)
    assert [r.feed.id for r in results] == [due.id] and not site.asked("/later.xml")


def test_an_item_whose_storage_broke_is_failed_and_tried_again(site, feed, fetcher, gazetteer, monkeypatch):
    site.pages["/feed.xml"] = Page(rss(site, [1, 2]))
    serve_articles(site, [1, 2])
    store = ingestion.report_ingest

    def broken_for_the_first(report, **options):
        if report.url.endswith("/news/1"):
            raise ConnectionError("the database went away")
        return store(report, **options)

    monkeypatch.setattr("dialogue.ingest.services.report_ingest", broken_for_the_first)
    assert _poll(feed, fetcher, gazetteer).items == {"stored": 1, "failed": 1}
    item = FeedItem.objects.get(key="testland-1")
    assert item.state == FeedItem.State.FAILED and "ConnectionError: the database went away" in item.message
    monkeypatch.undo()
    assert _poll(feed, fetcher, gazetteer).items == {"stored": 1}


@pytest.mark.django_db(transaction=True)  # workers need the connection closed, which a test's transaction forbids
def test_items_of_a_poll_whose_worker_died_are_failed_not_left_claimed(site, feed, fetcher, gazetteer, monkeypatch):
    site.pages["/feed.xml"] = Page(rss(site, [1, 2]))
    serve_articles(site, [1, 2])
    monkeypatch.setattr("dialogue.ingest.services.report_ingest", lambda report, **options: os._exit(1))  # killed mid-item
    with pytest.raises(BrokenProcessPool):
        _poll(feed, fetcher, gazetteer, workers=2)
    assert {item.state for item in FeedItem.objects.all()} == {FeedItem.State.FAILED}
    assert "ingestion stopped" in FeedItem.objects.first().message and not FeedItem.objects.exclude(claim="").exists()


@pytest.mark.django_db(transaction=True)  # workers need the connection closed, which a test's transaction forbids
def test_worker_processes_read_every_item_and_name_each_failure(site, feed, fetcher, gazetteer):
    """With workers, pages are read in other processes: what each item became comes back to its own row."""
    site.pages["/feed.xml"] = Page(rss(site, [1, 2, 3]))
    result = _poll(feed, fetcher, gazetteer, workers=2)  # no page is served: each fails in a worker, on its own
    assert result.items == {"failed": 3}
    for n in (1, 2, 3):
        item = FeedItem.objects.get(key=f"testland-{n}")
        assert item.attempts == 1 and f"/news/{n}" in item.message and "answered 404" in item.message


@pytest.mark.django_db(transaction=True)
def test_worker_processes_store_each_item_once(site, testland, fetcher, gazetteer):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("workers store through their own connections; an in-memory SQLite database is the test process's alone")
    feed = feed_add(url=site.url("/feed.xml"), format_key="c5-testland", language="en")
    site.pages["/feed.xml"] = Page(rss(site, [1, 2, 3, 4]))
    serve_articles(site, [1, 2, 3, 4])
    assert _poll(feed, fetcher, gazetteer, workers=2).items == {"stored": 4}
    assert not _poll(feed, fetcher, gazetteer, workers=2).items
    assert Source.objects.count() == 4 and FeedItem.objects.filter(source=None).count() == 0


def test_an_item_left_claimed_by_a_poll_that_died_is_read_later_but_not_while_fresh(site, feed, fetcher, gazetteer):
    site.pages["/feed.xml"] = Page(rss(site, [1]))
    serve_articles(site, [1])
    FeedItem.objects.create(feed=feed, key="testland-1", claim="another-poll", claimed_at=timezone.now())
    assert not _poll(feed, fetcher, gazetteer).items  # another poll is reading it now
    FeedItem.objects.update(claimed_at=timezone.now() - dt.timedelta(hours=FeedItem.STALE_CLAIM_HOURS + 1))
    assert _poll(feed, fetcher, gazetteer).items == {"stored": 1}
    assert FeedItem.objects.get().state == FeedItem.State.STORED
