"""Feeds read into their items: RSS and Atom through feedparser, JSON Feed through json.

feedparser copes with the many dialects of RSS and with feeds that are not quite well-formed; JSON
Feed is a plain JSON document of a dozen fields, which feedparser does not read. Nothing here
fetches: the caller hands in the bytes, and readers of files use it as the feed watcher does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import time
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

JSON_FEED = re.compile(rb'\A\s*\{.*?"version"\s*:\s*"https?://jsonfeed\.org/version/', re.DOTALL)
# After the XML declaration, a stylesheet instruction, comments or a DOCTYPE may come before the root.
XML_FEED = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?[^>]*>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)


class FeedError(ValueError):
    """The bytes are not a feed that can be read, with the reason."""


@dataclass(frozen=True)
class FeedEntry:
    key: str  # what says "this item" across polls: its guid or id, else its link, else a hash of its title and date
    url: str = ""
    title: str = ""
    published: str = ""  # YYYY-MM-DD when the feed gives a date that can be read, else as written
    html: str = ""  # the item's own content or summary, as the feed gives it


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    entries: list[FeedEntry]
    warning: str = ""  # the feed was read despite a fault, which the feed's page shows


def looks_like_feed(data: bytes) -> bool:
    """Whether the bytes open like an RSS, Atom or JSON feed (and not like a web page or a JSON line)."""
    head = data[:4096]
    return bool(XML_FEED.match(head) or JSON_FEED.match(head))


def feed_parse(data: bytes) -> ParsedFeed:
    """The feed's title and items, in the order the feed lists them; raise FeedError for what is not a feed."""
    if JSON_FEED.match(data[:4096]):
        return _json_feed(data)
    import feedparser  # a quarter of a second to import: only when a feed is read

    parsed = feedparser.parse(data)  # bytes, never a str: feedparser would take a str for an address to fetch
    fault = parsed.get("bozo_exception") if parsed.get("bozo") else None
    entries = []
    for item in parsed.entries:
        content = item.get("content") or []
        html = content[0].get("value", "") if content else item.get("summary", "")
        when = item.get("published_parsed") or item.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", when) if when else item.get("published", item.get("updated", ""))
        if item.get("link") or html:  # an item with neither is nothing to read (a fragment of a broken feed)
            entries.append(_entry(guid=item.get("id", ""), url=item.get("link", ""), title=item.get("title", ""),
                                  published=published, html=html))
    if not entries and (fault or not parsed.get("version")):
        reason = f" ({_fault(fault)})" if fault else ""
        raise FeedError(f"not an RSS, Atom or JSON feed{reason}")
    warning = f"the feed is not well-formed ({_fault(fault)}); {len(entries)} items read anyway" if fault else ""
    return ParsedFeed(title=parsed.feed.get("title", ""), entries=entries, warning=warning)


def html_text(html: str) -> str:
    """The words of an HTML fragment (an item's summary), one paragraph a line."""
    reader = _TextOf()
    reader.feed(html)
    reader.close()
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(reader.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _fault(error: Exception | None) -> str:
    return re.sub(r"\s+", " ", str(getattr(error, "getMessage", lambda: error)()))[:200]


def _entry(*, guid: str, url: str, title: str, published: str, html: str) -> FeedEntry:
    url = url.strip() if re.match(r"https?://", url.strip(), re.IGNORECASE) else ""  # a bare guid that RSS calls a permalink is no link
    key = (guid or url).strip() or "hash:" + hashlib.sha256(f"{title}\n{published}\n{html}".encode()).hexdigest()[:32]
    return FeedEntry(key=key[:500], url=url, title=html_text(title), published=published.strip(), html=html)


def _json_feed(data: bytes) -> ParsedFeed:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise FeedError(f"not a readable JSON Feed ({error})") from None
    items = document.get("items") if isinstance(document, dict) else None
    if not isinstance(items, list):
        raise FeedError('not a readable JSON Feed (no "items" list)')
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        text = {k: str(item.get(k) or "") for k in ("id", "url", "title", "content_html", "content_text", "summary", "date_published")}
        published = text["date_published"]
        try:
            published = dt.datetime.fromisoformat(published).date().isoformat()
        except ValueError:
            pass  # kept as written; ingestion says when it cannot read it
        html = text["content_html"] or _escaped(text["content_text"] or text["summary"])
        if text["url"] or html:
            entries.append(_entry(guid=text["id"], url=text["url"], title=text["title"], published=published, html=html))
    return ParsedFeed(title=str(document.get("title") or ""), entries=entries)


def _escaped(plain: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in plain.split("\n") if line.strip())


class _TextOf(HTMLParser):
    BREAKS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}
    SKIP = {"script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if not self.skipping:
            self.parts.append(data)
