"""Feed polling speed: local feeds of synthetic press releases, polled and ingested, then polled again.

A process of its own serves FEEDS feeds of ITEMS items each, every item linked to a page of ~500
synthetic words (bench/synthetic.py), from HOSTS loopback addresses (127.1.x.y; by default one
a feed, as 200 real feeds are spread over many ministries' hosts). The poller keeps the per-host
interval of production (1 s between two requests to one host); with every feed on one host it
would wait 4,000 seconds, as it would for one real ministry serving them all. Each run starts from
an empty record (a temporary SQLite database), adds the feeds, polls them all with WORKERS
processes reading, extracting and storing, and polls them again, which must ingest nothing.
Items carry the synthetic reports' own dates: ingestion looks for near-copies among sources of
nearby days. Prints the median of both polls over the runs.

    .venv/bin/python bench/feeds_speed.py [--feeds 200] [--items 20] [--hosts 200] [--workers 2] [--runs 3]

The floor: 200 feeds of 20 items in under 60 s with 2 workers, nothing ingested twice.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
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


def _site(feeds: int, items: int, bases: list[str]) -> dict[str, bytes]:
    """Every path the servers answer, with its body; feed F and its pages are on host F modulo the hosts."""
    from bench.synthetic import report

    pages: dict[str, bytes] = {}
    for f in range(feeds):
        base = bases[f % len(bases)]
        entries = []
        for i in range(items):
            made = report(f * items + i)
            paragraphs = "".join(f"<p>{escape(p)}</p>" for p in made["text"].split("\n") if p.strip())
            pages[f"/p/{f}/{i}"] = (f"<html><head><title>{escape(made['title'])}</title></head><body><nav><a href='/'>Home</a></nav>"
                                    f"<article><h1>{escape(made['title'])}</h1>{paragraphs}</article></body></html>").encode()
            day = format_datetime(dt.datetime.fromisoformat(made["published"]).replace(tzinfo=dt.UTC))
            entries.append(f"<item><guid isPermaLink='false'>f{f}-i{i}</guid><title>{escape(made['title'])}</title>"
                           f"<link>{base}/p/{f}/{i}</link><pubDate>{day}</pubDate></item>")
        pages[f"/f/{f}.xml"] = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Ministry {f} press releases</title>"
                                f"{''.join(entries)}</channel></rss>").encode()
    return pages


def _site_serve(feeds: int, items: int, hosts: int, pipe) -> None:
    """Listen on `hosts` loopback addresses and serve the site until the bench ends; send back the base addresses."""
    pages: dict[str, bytes] = {}

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

    servers = [ThreadingHTTPServer((f"127.1.{h // 250}.{h % 250 + 1}", 0), Handler) for h in range(hosts)]
    for server in servers:
        server.daemon_threads = True
    bases = [f"http://{server.server_address[0]}:{server.server_address[1]}" for server in servers]
    pages.update(_site(feeds, items, bases))
    for server in servers[1:]:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    pipe.send(bases)
    servers[0].serve_forever()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--hosts", type=int, default=0, help="Loopback hosts serving the feeds (default: one a feed).")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    hosts = min(args.hosts or args.feeds, args.feeds)
    # The site is served by a process of its own, as real feeds are served by other machines: its requests do not
    # take the poller's interpreter lock (they still take this machine's cores).
    here, there = multiprocessing.Pipe()
    server = multiprocessing.get_context("fork").Process(target=_site_serve, args=(args.feeds, args.items, hosts, there), daemon=True)
    server.start()
    bases = here.recv()

    data = tempfile.mkdtemp(prefix="feeds-bench-")
    os.environ.pop("DATABASE_URL", None)
    os.environ["DIALOGUE_DATA_DIR"] = data
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from dialogue.feeds.models import Feed, FeedItem
    from dialogue.feeds.services import feed_add, feeds_poll
    from dialogue.ingest.models import Candidate
    from dialogue.ingest.nlp import pipeline
    from dialogue.ingest.selectors import gazetteer_from_record
    from dialogue.lib.fetch import Fetcher
    from dialogue.record.models import Format, Source

    call_command("migrate", verbosity=0)
    Format.objects.get_or_create(key="c5-benchland", defaults={"name": "Central Asia + Benchland", "short_name": "C5+Benchland"})
    first, second = [], []
    for _ in range(args.runs):
        FeedItem.objects.all().delete()
        Feed.objects.all().delete()
        Candidate.objects.all().delete()
        Source.objects.all().delete()
        for f in range(args.feeds):
            feed_add(url=f"{bases[f % hosts]}/f/{f}.xml", format_key="c5-benchland", language="en")
        gazetteer = gazetteer_from_record()
        pipeline(gazetteer)  # compiled once, outside the timing (the workers are forked with it)
        fetcher = Fetcher(timeout=10, allow_private=True)  # production's per-host interval; the bench's hosts are on loopback
        start = time.perf_counter()
        results = feeds_poll(fetcher=fetcher, gazetteer=gazetteer, workers=args.workers)
        first.append(time.perf_counter() - start)
        read = sum(sum(r.items.values()) for r in results)
        failures = [failure for r in results for failure in r.failures]
        assert read == args.feeds * args.items and not failures, (read, len(failures), failures[:3])
        start = time.perf_counter()
        again = feeds_poll(feeds=Feed.objects.all(), fetcher=fetcher, gazetteer=gazetteer, workers=args.workers)
        second.append(time.perf_counter() - start)
        assert not any(r.items for r in again), "an item was read twice"
        assert FeedItem.objects.count() == read == Source.objects.count()
    server.terminate()
    total = args.feeds * args.items
    print(f"first poll, {args.feeds} feeds of {args.items} items ({total} pages) on {hosts} hosts, {args.workers} workers: "
          f"{statistics.median(first):6.1f} s  ({total / statistics.median(first):.0f} items/s; runs {', '.join(f'{s:.1f}' for s in first)})")
    print(f"second poll, nothing new: {statistics.median(second):6.1f} s  "
          f"(runs {', '.join(f'{s:.1f}' for s in second)}); nothing ingested twice")
    return 0


if __name__ == "__main__":
    sys.exit(main())
