"""A local web site for the feed tests: feeds and pages served from memory by a thread, no network.

Every text here is invented for the tests: Testland and its ministry do not exist."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dialogue.lib.fetch import Fetcher

TOPICS = ["water sharing along the shared rivers", "a new railway corridor to the sea", "training for young diplomats",
          "solar farms in the southern provinces", "customs posts that open all night", "a joint study of glaciers"]


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    etag: str = ""
    statuses: list[int] = field(default_factory=list)  # answered, one a request, before the page itself
    delay: float = 0.0  # seconds before answering
    location: str = ""  # answered with a redirect there


class Site:
    """What the server serves, and what it was asked."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path

    def asked(self, path: str) -> list[dict[str, str]]:
        return [headers for asked, headers in self.requests if asked == path]


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        site: Site = self.server.site
        site.requests.append((self.path, dict(self.headers)))
        page = site.pages.get(self.path)
        if page is None:
            self.send_error(404)
            return
        if page.statuses:
            self.send_error(page.statuses.pop(0))
            return
        if page.delay:
            time.sleep(page.delay)
        if page.location:
            self.send_response(302)
            self.send_header("Location", page.location)
            self.end_headers()
            return
        if page.etag and self.headers.get("If-None-Match") == page.etag:
            self.send_response(304)
            self.send_header("ETag", page.etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(page.body)))
        if page.etag:
            self.send_header("ETag", page.etag)
        self.end_headers()
        try:
            self.wfile.write(page.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting, as a test of timeouts means it to

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="session")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def site(server) -> Site:
    site = Site()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    server.site = site
    return site


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def fetcher(sleeps) -> Fetcher:
    """Short timeouts, two retries, and back-off recorded instead of waited; the test server is on loopback."""
    return Fetcher(timeout=0.5, retries=2, backoff=1.0, host_interval=0, sleep=sleeps.append, allow_private=True)


@pytest.fixture(autouse=True)
def _loopback_allowed(settings):
    """The commands poll with the fetcher the settings make; the test server is on loopback."""
    settings.FEEDS_ALLOW_PRIVATE = True


@pytest.fixture
def testland(db):
    from django.utils import timezone

    from dialogue.record.models import Format

    return Format.objects.create(key="c5-testland", name="Central Asia + Testland", short_name="C5+Testland", partner="Testland",
                                 entered_by="tests", entered_at=timezone.now())


@pytest.fixture(scope="session")
def gazetteer():
    from dialogue.ingest.gazetteer import Gazetteer

    return Gazetteer.standard()


def article(number: int, title: str = "") -> bytes:
    """A press release page of our own words, different for each number, with the clutter a real page has around it."""
    topic = TOPICS[number % len(TOPICS)]
    title = title or f"Ministers of Testland and Central Asia discuss {topic}"
    paragraphs = [
        (f"On {number % 27 + 1} March 2026 the foreign ministers of the five Central Asian states met the minister of Testland "
         f"to talk about {topic}. This was meeting number {number} of the series."),
        (f"The ministers agreed that officials would draft a plan on {topic} before the summer, and that experts from each "
         f"country would meet twice before the next ministerial round, item {number}."),
        "They also asked their deputies to report on the progress of earlier projects, and thanked the hosts for a warm welcome.",
    ]
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{escape(title)}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/contact'>Contact</a></nav>"
            f"<article><h1>{escape(title)}</h1>{body}</article>"
            f"<footer>Ministry of Foreign Affairs of Testland. All rights reserved.</footer></body></html>").encode()


def rss(site: Site, numbers: list[int], *, title: str = "Ministry of Foreign Affairs of Testland: press releases",
        guid: bool = True) -> bytes:
    """An RSS 2.0 feed listing the articles `numbers`, each linked to its page on the site."""
    items = "".join(
        f"<item><title>Press release {n}</title><link>{site.url(f'/news/{n}')}</link>"
        + (f"<guid isPermaLink='false'>testland-{n}</guid>" if guid else "")
        + f"<pubDate>Mon, 02 Mar 2026 10:{n % 60:02d}:00 GMT</pubDate><description>Summary of release {n}.</description></item>"
        for n in numbers)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{escape(title)}</title>"
            f"<link>{site.url('/')}</link><description>Releases</description>{items}</channel></rss>").encode()


def serve_articles(site: Site, numbers: list[int]) -> None:
    for n in numbers:
        site.pages[f"/news/{n}"] = Page(article(n))
