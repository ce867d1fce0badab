"""The fetcher's manners: who it says it is, how long it waits between two requests to one host, what it gives up on."""

from __future__ import annotations

import pytest

from dialogue.lib.fetch import Fetcher, FetchError
from tests.feeds.conftest import Page


def test_requests_to_one_host_keep_the_minimum_interval_and_other_hosts_do_not_wait(site):
    site.pages["/a"] = Page(b"a")
    sleeps: list[float] = []
    fetcher = Fetcher(host_interval=1.5, sleep=sleeps.append, clock=lambda: 100.0, allow_private=True)
    for _ in range(3):
        fetcher.get(site.url("/a"))
    assert sleeps == [1.5, 3.0]
    fetcher.get(site.url("/a").replace("127.0.0.1", "localhost"))
    assert sleeps == [1.5, 3.0]


def test_conditional_get_sends_the_validators_and_reads_304(site, fetcher):
    site.pages["/a"] = Page(b"body", etag='"e1"')
    first = fetcher.get(site.url("/a"))
    assert (first.status, first.body, first.etag) == (200, b"body", '"e1"')
    second = fetcher.get(site.url("/a"), etag='"e1"', last_modified="Mon, 02 Mar 2026 10:00:00 GMT")
    assert second.not_modified and second.body == b""
    assert site.asked("/a")[1]["If-Modified-Since"] == "Mon, 02 Mar 2026 10:00:00 GMT"


@pytest.mark.parametrize("url", ["file:///etc/hostname", "ftp://testland.example/feed", "not a url"])
def test_only_http_addresses_are_fetched(fetcher, url):
    with pytest.raises(FetchError, match="is not an http"):
        fetcher.get(url)


def test_a_refused_connection_is_retried_then_reported(fetcher, sleeps):
    with pytest.raises(FetchError, match=r"could not connect .*\(tried 3 times\)"):
        fetcher.get("http://127.0.0.1:9/feed")  # the discard port: nothing listens there
    assert sleeps == [1.0, 2.0]


def test_pages_are_fetched_host_by_host_in_turns():
    from dialogue.feeds.services import _by_turns
    from dialogue.lib.syndication import FeedEntry

    jobs = [(None, None, FeedEntry(key=url, url=url)) for url in
            ["https://a.example/1", "https://a.example/2", "https://a.example/3", "https://b.example/1", "https://c.example/1"]]
    assert [job[2].url for job in _by_turns(jobs)] == [
        "https://a.example/1", "https://b.example/1", "https://c.example/1", "https://a.example/2", "https://a.example/3"]


def test_a_page_on_a_private_or_local_network_is_not_fetched_unless_allowed(site):
    site.pages["/a"] = Page(b"a")
    with pytest.raises(FetchError, match="private or local network"):
        Fetcher(host_interval=0).get(site.url("/a"))
    assert site.asked("/a") == []


def test_a_redirect_to_a_refused_host_is_not_followed(site, fetcher, monkeypatch):
    site.pages["/a"] = Page(b"", location=site.url("/inside").replace("127.0.0.1", "localhost"))
    site.pages["/inside"] = Page(b"secret")

    def refuse_localhost(url: str) -> None:
        if "localhost" in url:
            raise FetchError(f"{url}: refused")
    monkeypatch.setattr(fetcher, "_refuse_private", refuse_localhost)
    with pytest.raises(FetchError, match="refused"):
        fetcher.get(site.url("/a"))
    assert site.asked("/inside") == []
