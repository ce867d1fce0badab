"""Watching feeds: add a feed, poll one, poll all that are due.

A poll fetches the feed with a conditional GET, claims the items it has not seen (a row per item,
unique per feed, so that two polls running at once never read one item), fetches each claimed
item's page, extracts its main text and ingests it as a report. Fetching runs in threads and
touches no database; claims run in the calling thread, and each page, as it arrives, is read,
extracted and stored in the calling thread or, with `workers` > 1, in worker processes that each
store through `report_ingest` as a queue worker would. `feed_poll` is a plain, idempotent function
that a job queue can call for one feed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import uuid
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from django.conf import settings
from django.db import connections, transaction
from django.db.models import Q
from django.utils import timezone

from dialogue.feeds.models import Feed, FeedItem
from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.readers import RawReport, ReadError, report_from_html
from dialogue.lib.fetch import Fetcher, FetchError, Response
from dialogue.lib.syndication import FeedEntry, FeedError, feed_parse, html_text
from dialogue.record.models import Format, Source

if TYPE_CHECKING:
    from dialogue.ingest.resolve import Resolver
    from dialogue.ingest.services import IngestResult

MAX_ITEMS = 200  # new items read in one poll; the rest wait for the next, so a feed of 10,000 items does not stall the others
MAX_BACKOFF = 24 * 60  # minutes: a feed that keeps failing is still tried once a day
CHUNK = 500  # keys asked about in one query, well under any database's limit on parameters
LANGUAGE = re.compile(r"[a-z]{2,3}")


class FeedProblem(ValueError):
    """What was wrong with a feed as given, naming the value."""


@dataclass
class PollResult:
    feed: Feed
    outcome: str  # a Feed.Outcome
    listed: int = 0  # items the feed lists
    waiting: int = 0  # new items left for the next poll
    items: Counter = field(default_factory=Counter)  # claimed items by the state they ended in
    message: str = ""
    failures: list[str] = field(default_factory=list)  # each failed item and why


def feed_add(*, url: str, format_key: str, language: str = "", title: str = "", interval: int = 60) -> Feed:
    """Watch the feed at `url` for the format; raise FeedProblem naming what was wrong."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FeedProblem(f"the feed's address {url!r} is not an http(s) address")
    fmt = Format.objects.filter(key=format_key).first()
    if fmt is None:
        known = ", ".join(Format.objects.values_list("key", flat=True)) or "none yet"
        raise FeedProblem(f"no format has the key {format_key!r} (the record holds: {known})")
    language = language.strip().lower()
    if language and not LANGUAGE.fullmatch(language):
        raise FeedProblem(f"the language {language!r} is not a two- or three-letter code such as en or ru")
    if interval < 5:
        raise FeedProblem(f"an interval of {interval} minutes is too short: at least 5 minutes between two polls")
    if Feed.objects.filter(url=url).exists():
        raise FeedProblem(f"the feed {url} is already watched")
    return Feed.objects.create(url=url, format=fmt, language=language, title=title.strip()[:300], interval=interval)


def feed_poll(*, feed: Feed, fetcher: Fetcher | None = None, gazetteer: Gazetteer | None = None, workers: int = 1,
              max_items: int = MAX_ITEMS) -> PollResult:
    """Poll one feed now, due or not; polling it again at once ingests nothing new."""
    return feeds_poll(feeds=[feed], fetcher=fetcher, gazetteer=gazetteer, workers=workers, max_items=max_items)[0]


def feeds_due(*, now: dt.datetime | None = None):
    return Feed.objects.filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now or timezone.now())).order_by("id")


def feeds_poll(*, feeds: Iterable[Feed] | None = None, fetcher: Fetcher | None = None, gazetteer: Gazetteer | None = None,
               workers: int = 1, threads: int = 8, max_items: int = MAX_ITEMS) -> list[PollResult]:
    """Poll `feeds` (by default those due): fetches in `threads`; each item read, extracted and stored in `workers` processes."""
    # Ingestion brings extraction's libraries in: only a poll needs them, not `feeds add` or the admin.
    from dialogue.ingest.selectors import gazetteer_from_record

    feeds = list(feeds_due() if feeds is None else feeds)
    fetcher = fetcher or Fetcher(allow_private=settings.FEEDS_ALLOW_PRIVATE)
    with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
        answers = list(pool.map(lambda feed: _fetch(fetcher, feed.url, etag=feed.etag, last_modified=feed.last_modified), feeds))
    results, claimed = [], []
    for feed, answer in zip(feeds, answers):
        result, items = _feed_read(feed, answer, max_items)
        results.append(result)
        claimed += [(result, item, entry) for item, entry in items]
    if claimed:
        claimed = _by_turns(claimed)
        by_origin = {_item_origin(result.feed, item, entry): (result, item) for result, item, entry in claimed}
        try:
            outcomes = _items_ingest(fetcher, claimed, gazetteer or gazetteer_from_record(), workers=workers, threads=threads)
        except Exception as error:  # a worker died, or the database went away: the items are failed, to be tried again, not left claimed
            FeedItem.objects.filter(id__in=[item.id for _, item, _ in claimed], state=FeedItem.State.PENDING).update(
                state=FeedItem.State.FAILED, claim="", message=f"ingestion stopped: {type(error).__name__}: {error}"[:2000])
            raise
        _items_record(outcomes, by_origin)
    return results


def _items_ingest(fetcher: Fetcher, claimed: list, gazetteer: Gazetteer, *, workers: int, threads: int) -> list[IngestResult]:
    """Each item's page fetched in threads and, as it arrives, read (trafilatura), extracted and stored by a worker
    process: fetching overlaps the rest, and reading and storing are no longer the calling process's alone (on 2 cores
    a first poll of 4,000 items spent a third of its time reading pages in one process, then storing in one process)."""
    from dialogue.ingest.resolve import Resolver

    def fetched(job: tuple[PollResult, FeedItem, FeedEntry]) -> _ItemPage:
        result, item, entry = job
        return _item_fetch(fetcher, result.feed, item, entry)

    if workers <= 1:
        resolver = Resolver()  # the record's people and places do not change while a poll ingests
        with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
            return [_item_ingest(page, gazetteer, resolver) for page in pool.map(fetched, claimed)]
    connections.close_all()  # workers open their own connections: none may be shared across fork
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(gazetteer,)) as processes:
        processes.submit(int).result()  # the first task forks every worker: fork before the fetching threads start
        with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
            pages = [pool.submit(fetched, job) for job in claimed]
            stored = [processes.submit(_item_ingest_in_worker, page.result()) for page in as_completed(pages)]
        return [future.result() for future in stored]


_worker: tuple[Gazetteer, Resolver] | None = None  # a worker process's gazetteer and resolver, for one poll


def _worker_start(gazetteer: Gazetteer) -> None:
    from dialogue.ingest.resolve import Resolver
    from dialogue.ingest.services import _end_with_parent

    global _worker
    _end_with_parent()
    _worker = (gazetteer, Resolver())


def _item_ingest_in_worker(page: _ItemPage) -> IngestResult:
    return _item_ingest(page, *_worker)


def _item_ingest(page: _ItemPage, gazetteer: Gazetteer, resolver: Resolver) -> IngestResult:
    """Read, extract and store one item; its failure is its own, named in its result."""
    from dialogue.ingest.extract import extract_report
    from dialogue.ingest.services import FAILED, IngestResult, report_ingest

    try:
        report = _item_report(page)
        if isinstance(report, ReadError):
            return IngestResult(report.origin, FAILED, message=report.message)
        # Extracted before report_ingest opens its transaction, which on SQLite holds the write lock: the other
        # worker stores meanwhile instead of waiting on this one's extraction.
        extraction = extract_report(report, gazetteer)
        return report_ingest(report, gazetteer=gazetteer, extraction=extraction, resolver=resolver)
    except Exception as failure:  # one item's fault (a page trafilatura chokes on, a write refused) ends no poll
        return IngestResult(page.origin, FAILED, message=f"{type(failure).__name__}: {failure}")


def _by_turns(claimed: list) -> list:
    """The items host by host in turns: threads that took twenty pages of one ministry in a row would
    all wait on its interval while the other hosts' pages waited behind them."""
    hosts: dict[str, list] = {}
    for job in claimed:
        hosts.setdefault(urlsplit(job[2].url).hostname or "", []).append(job)
    return [job for turn in itertools.zip_longest(*hosts.values()) for job in turn if job is not None]


def _fetch(fetcher: Fetcher, url: str, **validators: str) -> Response | FetchError:
    try:
        return fetcher.get(url, **validators)
    except FetchError as error:
        return error


def _feed_read(feed: Feed, answer: Response | FetchError, max_items: int) -> tuple[PollResult, list[tuple[FeedItem, FeedEntry]]]:
    """What the feed's answer says, saved on the feed, and the items this poll claimed."""
    now = timezone.now()
    feed.polled_at = now
    if isinstance(answer, Response) and answer.not_modified:
        _feed_save(feed, Feed.Outcome.NOT_MODIFIED, "", now)
        return PollResult(feed, Feed.Outcome.NOT_MODIFIED), []
    try:
        if isinstance(answer, FetchError):
            raise answer
        parsed = feed_parse(answer.body)
    except (FetchError, FeedError) as error:
        message = str(error) if isinstance(error, FetchError) else f"{feed.url}: {error}"
        _feed_save(feed, Feed.Outcome.FAILED, message, now)
        return PollResult(feed, Feed.Outcome.FAILED, message=message), []
    feed.etag, feed.last_modified = answer.etag[:300], answer.last_modified[:100]
    feed.title = feed.title or parsed.title.strip()[:300]
    items, waiting = _items_claim(feed, parsed.entries, max_items)
    notes = [parsed.warning] if parsed.warning else []
    if waiting:
        notes.append(f"{waiting} new items wait for the next poll (at most {max_items} are read in one)")
    result = PollResult(feed, Feed.Outcome.OK, listed=len(parsed.entries), waiting=waiting, message="; ".join(notes))
    _feed_save(feed, Feed.Outcome.OK, result.message, now, soon=bool(waiting))
    return result, items


def _feed_save(feed: Feed, outcome: str, message: str, now: dt.datetime, soon: bool = False) -> None:
    feed.outcome, feed.message = outcome, message
    feed.failures = feed.failures + 1 if outcome == Feed.Outcome.FAILED else 0
    minutes = 5 if soon else min(feed.interval * 2 ** min(feed.failures, 10), MAX_BACKOFF)
    feed.next_poll_at = now + dt.timedelta(minutes=minutes)
    # Only what a poll learns: an administrator may change the interval or the language meanwhile.
    feed.save(update_fields=["polled_at", "outcome", "message", "failures", "next_poll_at", "etag", "last_modified", "title"])


def _items_claim(feed: Feed, entries: list[FeedEntry], max_items: int) -> tuple[list[tuple[FeedItem, FeedEntry]], int]:
    """Claim up to `max_items` of the items not yet read (and failed ones still worth a try) for this poll alone.

    A new item's row is inserted with this poll's token, ignoring conflicts: a poll running at the same
    time inserts it first or not at all, and only the rows bearing our token are ours to read."""
    by_key: dict[str, FeedEntry] = {}
    for entry in entries:
        by_key.setdefault(entry.key, entry)  # an item listed twice is one item
    keys = list(by_key)
    known: dict[str, tuple[str, int]] = {}
    for start in range(0, len(keys), CHUNK):
        rows = FeedItem.objects.filter(feed=feed, key__in=keys[start:start + CHUNK]).values_list("key", "state", "attempts")
        known.update((key, (state, attempts)) for key, state, attempts in rows)
    unseen = [key for key in keys if key not in known]
    fresh = unseen[:max_items]
    again = [key for key, (state, attempts) in known.items()
             if state in (FeedItem.State.FAILED, FeedItem.State.PENDING) and attempts < FeedItem.MAX_ATTEMPTS][:max_items - len(fresh)]
    token, now = uuid.uuid4().hex, timezone.now()
    FeedItem.objects.bulk_create([FeedItem(feed=feed, key=key, url=by_key[key].url[:1000], title=by_key[key].title[:500],
                                           published=by_key[key].published[:40], claim=token, claimed_at=now) for key in fresh],
                                 ignore_conflicts=True, batch_size=CHUNK)
    # Failed items worth another try, and items a poll that died left claimed; the condition is checked again
    # in the UPDATE, so of two polls at once only one takes each.
    retry = Q(state=FeedItem.State.FAILED) | Q(state=FeedItem.State.PENDING, claimed_at__lt=now - dt.timedelta(hours=FeedItem.STALE_CLAIM_HOURS))
    for start in range(0, len(again), CHUNK):
        FeedItem.objects.filter(retry, feed=feed, key__in=again[start:start + CHUNK], attempts__lt=FeedItem.MAX_ATTEMPTS).update(
            state=FeedItem.State.PENDING, claim=token, claimed_at=now)
    mine = FeedItem.objects.filter(feed=feed, claim=token, state=FeedItem.State.PENDING)
    return [(item, by_key[item.key]) for item in mine], len(unseen) - len(fresh)


@dataclass(frozen=True)
class _ItemPage:
    """One claimed item with its page as fetched, in plain values."""

    origin: str
    stem: str
    entry: FeedEntry
    page: str | None  # the page's HTML; None when the item has no link
    problem: str  # why the page could not be fetched, when it could not
    publisher: str
    language: str


def _item_origin(feed: Feed, item: FeedItem, entry: FeedEntry) -> str:
    return f"{entry.url or entry.key} (item {item.id} of feed {feed.id})"


def _item_fetch(fetcher: Fetcher, feed: Feed, item: FeedItem, entry: FeedEntry) -> _ItemPage:
    page = _fetch(fetcher, entry.url) if entry.url else None
    return _ItemPage(origin=_item_origin(feed, item, entry), stem=f"feed-{feed.id}-item-{item.id}",
                     entry=entry, page=_decoded(page) if isinstance(page, Response) else None,
                     problem=f"its page could not be fetched: {page}" if isinstance(page, FetchError) else "",
                     publisher=feed.title or urlsplit(feed.url).hostname or "", language=feed.language)


def _item_report(job: _ItemPage) -> RawReport | ReadError:
    """The item as a report: its page's main text, or the feed's own text for it when that is longer (a page
    drawn by script, a page with no main text)."""
    if job.problem:
        return ReadError(job.origin, job.problem)
    entry = job.entry
    report: RawReport | ReadError = ReadError(job.origin, "the item has no link and no text")
    if job.page is not None:
        # The page's own title, date and site name are read only where the feed lacks them: its own win below.
        report = report_from_html(job.page, origin=job.origin, stem=job.stem, url=entry.url,
                                  metadata=not (entry.title and entry.published and job.publisher))
    own = html_text(entry.html)
    if own and (isinstance(report, ReadError) or len(report.text) < len(own)):  # a page whose text is not in its HTML
        report = RawReport(origin=job.origin, stem=job.stem, text=own, url=entry.url)
    if isinstance(report, ReadError):
        return report
    return replace(report, title=entry.title or report.title, published=entry.published or report.published,
                   publisher=job.publisher or report.publisher, language=job.language)


def _decoded(page: Response) -> str:
    charset = re.search(r"charset=[\"']?([\w.:-]+)", page.content_type)
    try:
        return page.body.decode(charset.group(1) if charset else "utf-8", errors="replace")
    except LookupError:  # a charset Python does not know
        return page.body.decode("utf-8", errors="replace")


def _items_record(outcomes, by_origin: dict[str, tuple[PollResult, FeedItem]]) -> None:
    """Save what became of each claimed item, and count it in its feed's result."""
    keys = sorted({outcome.source_key for outcome in outcomes if outcome.source_key})
    sources = {}
    for start in range(0, len(keys), CHUNK):
        sources.update(Source.objects.filter(key__in=keys[start:start + CHUNK]).values_list("key", "id"))
    # One UPDATE an item, all in one transaction: bulk_update's CASE over hundreds of rows took the parent 2 ms an item.
    with transaction.atomic():
        for outcome in outcomes:
            result, item = by_origin[outcome.origin]
            item.state, item.message, item.claim = outcome.outcome, outcome.message[:2000], ""
            item.source_id = sources.get(outcome.source_key)
            item.attempts += 1
            result.items[outcome.outcome] += 1
            if outcome.outcome == FeedItem.State.FAILED:
                result.failures.append(f"{outcome.origin}: {outcome.message}")
            FeedItem.objects.filter(id=item.id).update(state=item.state, message=item.message, claim="", source_id=item.source_id,
                                                       attempts=item.attempts)
