"""Reports from files, folders and standard input, each read or refused on its own.

Plain text (with or without the corpus header block), HTML pages (main text through
trafilatura), JSON Lines (one report a line: text, url, title, published) and RSS, Atom or JSON
feeds (one report an item, from the item's own text: reading its page is `dialogue feeds`' work). A bad item
(binary, empty, undecodable, too large, a malformed line) becomes a ReadError naming it,
and the rest of the batch goes on.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dialogue.lib.syndication import FeedError, feed_parse, html_text, looks_like_feed
from dialogue.lib.texts import split_header

MAX_BYTES = 5 * 1024 * 1024
_CAPTURE_DATE = re.compile(r"\A ?date (\d{4}-\d{2}-\d{2})(?: \d{1,2}:\d{2})?[ \n]")
SUFFIXES = {".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".rss", ".atom"}


@dataclass(frozen=True)
class RawReport:
    origin: str  # "path", "path:line" or "-:line", for messages
    stem: str  # file name for --json-dir output
    text: str
    title: str = ""
    url: str = ""
    published: str = ""
    publisher: str = ""
    language: str = ""  # as the report's header or feed declares it; "" for the detector to tell
    metadata: dict = field(default_factory=dict)
    text_start: int = 0  # where the report proper begins, after a capture mark such as " date 2022-12-25 "


@dataclass(frozen=True)
class ReadError:
    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def read_reports(paths: list[str]) -> Iterator[RawReport | ReadError]:
    for given in paths:
        if given == "-":
            yield from _from_bytes(sys.stdin.buffer.read(), origin="-", stem="stdin", kind=None)
            continue
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield ReadError(given, "the folder holds no .txt, .html or .jsonl reports")
            for file in files:
                yield from _from_file(file)
        elif path.is_file():
            yield from _from_file(path)
        else:
            yield ReadError(given, "no such file or folder")


def _from_file(path: Path) -> Iterator[RawReport | ReadError]:
    size = path.stat().st_size
    if size > MAX_BYTES and path.suffix.lower() not in (".jsonl", ".ndjson"):
        yield ReadError(str(path), f"larger than 5 MB ({size / 1024 / 1024:.1f} MB); not read")
        return
    yield from _from_bytes(path.read_bytes(), origin=str(path), stem=path.stem, kind=path.suffix.lower())


def _from_bytes(data: bytes, *, origin: str, stem: str, kind: str | None) -> Iterator[RawReport | ReadError]:
    if kind not in (".jsonl", ".ndjson") and looks_like_feed(data):
        yield from _feed_items(data, origin=origin, stem=stem)
        return
    if kind is None:
        head = data.lstrip()[:1]
        kind = ".jsonl" if head == b"{" else ".html" if head == b"<" else ".txt"
    if kind in (".jsonl", ".ndjson"):
        yield from _json_lines(data, origin=origin, stem=stem)
        return
    report = _single(data, origin=origin, stem=stem, html=kind in (".html", ".htm"))
    yield report


def _decode(data: bytes, origin: str) -> str | ReadError:
    if len(data) > MAX_BYTES:
        return ReadError(origin, f"larger than 5 MB ({len(data) / 1024 / 1024:.1f} MB); not read")
    if b"\x00" in data[:8192]:
        return ReadError(origin, "binary data, not a text report")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return ReadError(origin, f"not UTF-8 text (byte {error.start}: {error.reason})")
    if not text.strip():
        return ReadError(origin, "empty: no text to read")
    # Text converted from a PDF breaks its pages with a form feed: a line break, not a character to refuse.
    return text.replace("\f", "\n").replace("\v", "\n")


def _single(data: bytes, *, origin: str, stem: str, html: bool) -> RawReport | ReadError:
    text = _decode(data, origin)
    if isinstance(text, ReadError):
        return text
    if html:
        return report_from_html(text, origin=origin, stem=stem)
    report = split_header(text)
    header = report.header
    if not report.text.strip():
        return ReadError(origin, "empty: the header block is followed by no text")
    published = header.get("published", "")
    # Texts kept by web capture tools open with " date 2022-12-25 ": the day of the page, not words of the report.
    mark = _CAPTURE_DATE.match(report.text)
    if mark and not re.match(r"\d{4}-\d{2}-\d{2}", published):
        published = mark.group(1)
    return RawReport(
        origin=origin, stem=stem, text=report.text, title=header.get("title", ""), url=header.get("url", header.get("source_url", "")),
        published=published, publisher=header.get("source", header.get("publisher", "")),
        language=header.get("language", ""), metadata=header, text_start=mark.end() if mark else 0,
    )


def report_from_html(page: str, *, origin: str, stem: str, url: str = "", metadata: bool = True) -> RawReport | ReadError:
    """The page's main text, and its title, date, site name and address unless `metadata` is False (a feed's item
    brings them, and reading them from the page costs nearly as much as its text)."""
    import trafilatura

    text = trafilatura.extract(page, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        return ReadError(origin, "the HTML page has no main text that could be extracted")
    if not metadata:
        return RawReport(origin=origin, stem=stem, text=text, url=url)
    found = trafilatura.extract_metadata(page)
    return RawReport(
        origin=origin, stem=stem, text=text,
        title=(found.title if found and found.title else ""),
        url=url or (found.url if found and found.url else ""),
        published=(found.date if found and found.date else ""),
        publisher=(found.sitename if found and found.sitename else ""),
    )


def _feed_items(data: bytes, *, origin: str, stem: str) -> Iterator[RawReport | ReadError]:
    """A feed's items, each a report of its own with the text the feed gives for it (its content or summary)."""
    if len(data) > MAX_BYTES:
        yield ReadError(origin, f"larger than 5 MB ({len(data) / 1024 / 1024:.1f} MB); not read")
        return
    try:
        feed = feed_parse(data)
    except FeedError as error:
        yield ReadError(origin, str(error))
        return
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{origin}#{number}"
        text = html_text(entry.html)
        if not text:
            yield ReadError(where, f"the item {entry.url or entry.key!r} carries no text in the feed; `dialogue feeds` reads its page")
            continue
        yield RawReport(origin=where, stem=f"{stem}-{number}", text=text, title=entry.title, url=entry.url,
                        published=entry.published, publisher=feed.title)


def _json_lines(data: bytes, *, origin: str, stem: str) -> Iterator[RawReport | ReadError]:
    text = _decode(data, origin) if len(data) <= MAX_BYTES * 200 else ReadError(origin, "larger than 1 GB; not read")
    if isinstance(text, ReadError):
        yield text
        return
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{origin}:{number}"
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadError(where, f"malformed JSON line ({error.msg} at column {error.colno})")
            continue
        except RecursionError:
            yield ReadError(where, "JSON nested too deeply to be a report; not read")
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) and not isinstance(item.get("html"), str):
            yield ReadError(where, 'each line needs an object with "text" (or "html")')
            continue
        if len(line.encode()) > MAX_BYTES:
            yield ReadError(where, "larger than 5 MB; not read")
            continue
        fields = {k: str(item.get(k) or "") for k in ("url", "title", "published", "publisher", "language")}
        if isinstance(item.get("html"), str) and not item.get("text"):
            report = report_from_html(item["html"], origin=where, stem=f"{stem}-{number}", url=fields["url"])
            yield report
            continue
        if not item["text"].strip():
            yield ReadError(where, "empty: no text to read")
            continue
        yield RawReport(origin=where, stem=f"{stem}-{number}", text=item["text"], title=fields["title"], url=fields["url"],
                        published=fields["published"], publisher=fields["publisher"], language=fields["language"])
