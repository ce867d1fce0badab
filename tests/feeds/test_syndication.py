"""Reading RSS, Atom and JSON Feed into items, and feed files given to `dialogue ingest`."""

from __future__ import annotations

import json

import pytest

from dialogue.ingest.readers import RawReport, ReadError, read_reports
from dialogue.lib.syndication import FeedError, feed_parse, html_text, looks_like_feed

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Testland embassy news</title><id>urn:testland:news</id>
<updated>2026-04-01T09:00:00Z</updated>
<entry><id>urn:testland:news:7</id><title>Visa hours change</title><link href="https://testland.example/news/7"/>
<updated>2026-04-01T09:00:00Z</updated><content type="html">&lt;p&gt;The visa desk of the embassy opens at nine.&lt;/p&gt;&lt;p&gt;It closes at four.&lt;/p&gt;</content></entry>
</feed>"""

JSON_FEED = json.dumps({
    "version": "https://jsonfeed.org/version/1.1", "title": "Testland ministry (JSON)",
    "items": [{"id": "j-1", "url": "https://testland.example/j/1", "title": "Grain corridor talks", "date_published": "2026-05-06T08:00:00+05:00",
               "content_text": "Officials of Testland and Kazakhstan discussed grain trains.\nThey will meet again in June."},
              {"id": "j-2", "content_html": "<p>A short notice with no link.</p>"},
              "not an item"],
}).encode()


def test_atom_entries_are_read_with_their_id_link_date_and_content():
    feed = feed_parse(ATOM)
    assert feed.title == "Testland embassy news" and not feed.warning
    [entry] = feed.entries
    assert (entry.key, entry.url, entry.title, entry.published) == (
        "urn:testland:news:7", "https://testland.example/news/7", "Visa hours change", "2026-04-01")
    assert html_text(entry.html) == "The visa desk of the embassy opens at nine.\nIt closes at four."


def test_json_feed_items_are_read_and_what_is_not_an_item_is_skipped():
    feed = feed_parse(JSON_FEED)
    assert feed.title == "Testland ministry (JSON)"
    first, second = feed.entries
    assert (first.key, first.url, first.published) == ("j-1", "https://testland.example/j/1", "2026-05-06")
    assert html_text(first.html) == "Officials of Testland and Kazakhstan discussed grain trains.\nThey will meet again in June."
    assert second.key == "j-2" and second.url == ""


@pytest.mark.parametrize("data, words", [
    (b"<html><body><p>A web page</p></body></html>", "not an RSS, Atom or JSON feed"),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": 3}', 'no "items" list'),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "not a readable JSON Feed"),
    (b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>cut off", "not an RSS, Atom or JSON feed ("),
])
def test_what_is_not_a_feed_is_refused_saying_why(data, words):
    with pytest.raises(FeedError, match=words.replace("(", r"\(")):
        feed_parse(data)


def test_only_feeds_look_like_feeds():
    assert looks_like_feed(ATOM) and looks_like_feed(JSON_FEED) and looks_like_feed(b"\xef\xbb\xbf<rss version='2.0'>")
    assert looks_like_feed(b"<?xml version='1.0'?>\n<?xml-stylesheet href='feed.xsl'?>\n<!-- news -->\n<rss version='2.0'>")
    assert not looks_like_feed(b"<!doctype html><html>") and not looks_like_feed(b'{"text": "a report line"}')


def test_an_item_with_neither_guid_nor_link_is_known_by_a_hash_of_what_it_says():
    data = b"<rss version='2.0'><channel><title>T</title><item><title>A</title><description>Words one.</description></item>" \
           b"<item><title>B</title><description>Words two.</description></item></channel></rss>"
    first, second = feed_parse(data).entries
    assert first.key.startswith("hash:") and first.key != second.key and feed_parse(data).entries[0].key == first.key


def test_a_feed_file_given_to_ingest_is_read_as_its_items(tmp_path):
    (tmp_path / "news.atom").write_bytes(ATOM)
    [report] = read_reports([str(tmp_path / "news.atom")])
    assert isinstance(report, RawReport)
    assert report.text == "The visa desk of the embassy opens at nine.\nIt closes at four."
    assert (report.title, report.url, report.published, report.publisher) == (
        "Visa hours change", "https://testland.example/news/7", "2026-04-01", "Testland embassy news")


def test_a_feed_item_without_text_is_a_read_error_naming_it(tmp_path):
    path = tmp_path / "links.xml"
    path.write_bytes(b"<rss version='2.0'><channel><title>T</title><item><link>https://testland.example/a</link></item></channel></rss>")
    [error] = read_reports([str(path)])
    assert isinstance(error, ReadError) and "https://testland.example/a" in error.message and error.origin.endswith("#1")
