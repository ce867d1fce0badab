"""The feeds' pages, the admin's list and `dialogue feeds`: what a reader and an operator see of the feeds' health."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from dialogue.cli import main
from dialogue.feeds.models import Feed, FeedItem
from dialogue.feeds.services import FeedProblem, feed_add, feed_poll
from tests.feeds.conftest import Page, rss, serve_articles


@pytest.fixture
def polled(site, testland, fetcher, gazetteer):
    """A feed polled once: one item stored, one whose page answered 500 every time."""
    feed = feed_add(url=site.url("/feed.xml"), format_key="c5-testland", language="en")
    site.pages["/feed.xml"] = Page(rss(site, [1, 2]))
    serve_articles(site, [1, 2])
    site.pages["/news/2"].statuses = [500] * 3
    feed_poll(feed=feed, fetcher=fetcher, gazetteer=gazetteer)
    return Feed.objects.get(id=feed.id)


def test_the_feeds_page_shows_each_feed_with_its_last_poll_and_failed_items(client, polled):
    page = client.get("/feeds/").content.decode()
    assert "Ministry of Foreign Affairs of Testland: press releases" in page and "C5+Testland" in page
    assert "2 · <strong>1 failed</strong>" in page and 'aria-current="page">Feeds' in page


def test_a_feed_page_lists_its_items_failed_first_with_why(client, polled):
    page = client.get(f"/feeds/{polled.id}/").content.decode()
    assert page.index("Press release 2") < page.index("Press release 1")
    assert "answered 500" in page and "1 stored · 1 failed" in page
    stored = FeedItem.objects.get(key="testland-1")
    assert f"/sources/{stored.source.key}/" in page


def test_a_feed_that_failed_says_why_on_its_page(client, site, testland, fetcher, gazetteer):
    feed = feed_add(url=site.url("/gone.xml"), format_key="c5-testland")
    feed_poll(feed=feed, fetcher=fetcher, gazetteer=gazetteer)
    page = client.get(f"/feeds/{feed.id}/").content.decode()
    assert "<strong>failed</strong>" in page and "answered 404" in page


def test_an_unknown_feed_is_a_404_and_the_change_feed_still_answers(client, db):
    assert client.get("/feeds/999/").status_code == 404
    assert client.get("/feeds/changes.atom").status_code == 200


def test_the_admin_lists_feeds_with_their_health(admin_client, polled):
    page = admin_client.get("/admin/feeds/feed/").content.decode()
    assert "C5+Testland" in page and "Read" in page


@pytest.mark.parametrize("url, key, language, words", [
    ("ftp://testland.example/feed", "c5-testland", "", "is not an http(s) address"),
    ("https://testland.example/feed", "c5-nowhere", "", "no format has the key 'c5-nowhere' (the record holds: c5-testland)"),
    ("https://testland.example/feed", "c5-testland", "english", "not a two- or three-letter code"),
])
def test_a_feed_given_wrongly_is_refused_naming_the_value(testland, url, key, language, words):
    with pytest.raises(FeedProblem, match=words.replace("(", r"\(").replace(")", r"\)")):
        feed_add(url=url, format_key=key, language=language)
    assert not Feed.objects.exists()


def test_a_feed_is_watched_once(testland):
    feed_add(url="https://testland.example/feed", format_key="c5-testland")
    with pytest.raises(FeedProblem, match="already watched"):
        feed_add(url="https://testland.example/feed", format_key="c5-testland")


def test_the_commands_add_list_and_poll_a_feed(site, testland, monkeypatch, gazetteer):
    monkeypatch.setattr("dialogue.ingest.selectors.gazetteer_from_record", lambda: gazetteer)
    runner = CliRunner()
    site.pages["/feed.xml"] = Page(rss(site, [3]))
    serve_articles(site, [3])
    added = runner.invoke(main, ["feeds", "add", site.url("/feed.xml"), "--format", "c5-testland", "--language", "en"])
    assert added.exit_code == 0 and "Watching" in added.output
    refused = runner.invoke(main, ["feeds", "add", site.url("/other.xml"), "--format", "c5-elsewhere"])
    assert refused.exit_code == 1 and "no format has the key 'c5-elsewhere'" in refused.output
    polled = runner.invoke(main, ["feeds", "poll"])
    assert polled.exit_code == 0 and "1 stored" in polled.output
    again = runner.invoke(main, ["feeds", "poll", "--all"])
    assert again.exit_code == 0 and "nothing new" in again.output
    listed = runner.invoke(main, ["feeds", "list"])
    assert "C5+Testland" in listed.output and " ok" in listed.output


def test_a_failed_poll_exits_2_and_names_the_feed(site, testland):
    feed = feed_add(url=site.url("/missing.xml"), format_key="c5-testland")
    result = CliRunner().invoke(main, ["feeds", "poll", "--feed", str(feed.id)])
    assert result.exit_code == 2 and f"feed {feed.id}:" in result.output and "answered 404" in result.output
    unknown = CliRunner().invoke(main, ["feeds", "poll", "--feed", "999"])
    assert unknown.exit_code == 1 and "no feed has the id 999" in unknown.output
