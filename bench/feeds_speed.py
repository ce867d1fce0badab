"""Feed polling speed: local feeds of synthetic press releases, polled and ingested, then polled again.

A thread serves FEEDS feeds of ITEMS items each, every item linked to a page of ~500 synthetic
words (bench/synthetic.py). Each run starts from an empty record (a temporary SQLite database),
adds the feeds, polls them all with WORKERS extraction processes, and polls them again, which
must ingest nothing. Prints the median of both polls over the runs, and how much of the first was
ingestion (`batch_ingest`) rather than fetching and reading pages. Items carry the synthetic
reports' own dates: ingestion looks for near-copies among sources of nearby days. The per-host interval is 0:
every feed here is on one host, 127.0.0.1, which real feeds are not.

    .venv/bin/python bench/feeds_speed.py [--feeds 200] [--items 20] [--workers 2] [--runs 3]

The floor: 200 feeds of 20 items in under 60 s with 2 workers, nothing ingested twice.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import threading
import time
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _site(feeds: int, items: int) -> dict[str, bytes]:
    """Every path the server answers, with its body; the base address is filled in once the port is known."""
    from bench.synthetic import report

    pages: dict[str, bytes] = {}
    for f in range(feeds):
        entries = []
        for i in range(items):
            made = report(f * items + i)
            paragraphs = "".join(f"<p>{escape(p)}</p>" for p in made["text"].split("\n") if p.strip())
            pages[f"/p/{f}/{i}"] = (f"<html><head><title>{escape(made['title'])}</title></head><body><nav><a href='/'>Home</a></nav>"
                                    f"<article><h1>{escape(made['title'])}</h1>{paragraphs}</article></body></html>").encode()
            day = format_datetime(dt.datetime.fromisoformat(made["published"]).replace(tzinfo=dt.UTC))
            entries.append(f"<item><guid isPermaLink='false'>f{f}-i{i}</guid><title>{escape(made['title'])}</title>"
                           f"<link>BASE/p/{f}/{i}</link><pubDate>{day}</pubDate></item>")
        pages[f"/f/{f}.xml"] = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Ministry {f} press releases</title>"
                                f"{''.join(entries)}</channel></rss>").encode()
    return pages


def _serve(pages: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for path, body in pages.items():
        pages[path] = body.replace(b"BASE/", base.encode() + b"/")
    return server, base


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="feeds-bench-")
    os.environ.pop("DATABASE_URL", None)
    os.environ["DIALOGUE_DATA_DIR"] = data
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
    import django

    django.setup()
    from django.core.management import call_command

    import dialogue.ingest.services as ingestion
    from dialogue.feeds.models import Feed, FeedItem
    from dialogue.feeds.services import feed_add, feeds_poll
    from dialogue.ingest.models import Candidate
    from dialogue.ingest.nlp import pipeline
    from dialogue.ingest.selectors import gazetteer_from_record
    from dialogue.lib.fetch import Fetcher
    from dialogue.record.models import Format, Source

    storing: list[float] = []
    batch_ingest = ingestion.batch_ingest

    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return batch_ingest(*args, **kwargs)
        finally:
            storing.append(time.perf_counter() - start)

    ingestion.batch_ingest = timed  # feeds_poll looks it up at each call
    call_command("migrate", verbosity=0)
    server, base = _serve(_site(args.feeds, args.items))
    Format.objects.get_or_create(key="c5-benchland", defaults={"name": "Central Asia + Benchland", "short_name": "C5+Benchland"})
    first, second = [], []
    for _ in range(args.runs):
        FeedItem.objects.all().delete()
        Feed.objects.all().delete()
        Candidate.objects.all().delete()
        Source.objects.all().delete()
        for f in range(args.feeds):
            feed_add(url=f"{base}/f/{f}.xml", format_key="c5-benchland", language="en")
        gazetteer = gazetteer_from_record()
        pipeline(gazetteer)  # compiled once, outside the timing
        fetcher = Fetcher(timeout=10, host_interval=0, allow_private=True)  # the bench's feeds are on loopback
        start = time.perf_counter()
        results = feeds_poll(fetcher=fetcher, gazetteer=gazetteer, workers=args.workers)
        first.append(time.perf_counter() - start)
        read = sum(sum(r.items.values()) for r in results)
        assert read == args.feeds * args.items and not any(r.items["failed"] for r in results), read
        start = time.perf_counter()
        again = feeds_poll(feeds=Feed.objects.all(), fetcher=fetcher, gazetteer=gazetteer, workers=args.workers)
        second.append(time.perf_counter() - start)
        assert not any(r.items for r in again), "an item was read twice"
        assert FeedItem.objects.count() == read == Source.objects.count()
    server.shutdown()
    total = args.feeds * args.items
    print(f"first poll, {args.feeds} feeds of {args.items} items ({total} pages), {args.workers} workers: "
          f"{statistics.median(first):6.1f} s  ({total / statistics.median(first):.0f} items/s; runs {', '.join(f'{s:.1f}' for s in first)})")
    print(f"  of which ingestion (extraction, storage, resolution): {statistics.median(storing):6.1f} s; "
          f"fetching feeds and pages, reading pages with trafilatura: {statistics.median(first) - statistics.median(storing):6.1f} s")
    print(f"second poll, nothing new:                         {statistics.median(second):6.1f} s  "
          f"(runs {', '.join(f'{s:.1f}' for s in second)}); nothing ingested twice")
    return 0


if __name__ == "__main__":
    sys.exit(main())
