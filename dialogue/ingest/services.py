"""Ingestion: a report becomes a Source and a set of candidate facts awaiting review.

Each report is stored in its own transaction and the whole step is idempotent: the same
text twice is one source; a near-copy (one wire story on two sites) is linked to its
twin and not extracted again. A batch extracts and stores in worker processes, each
storing through `report_ingest` as a queue worker would for one report.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime as dt
import itertools
import logging
import multiprocessing
import os
import re
import signal
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from django.db import IntegrityError, OperationalError, connection, connections, transaction
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL
from rapidfuzz import fuzz

from dialogue.record.permissions import Action, Actor, authorize
from dialogue.ingest.candidates import candidates_from
from dialogue.ingest.extract import extract_report
from dialogue.ingest.judge import extraction_sift
from dialogue.ingest.facts import Extraction
from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.models import Candidate, Submission
from dialogue.ingest.readers import RawReport, ReadError
from dialogue.ingest.resolve import Resolver, resolve
from dialogue.ingest.selectors import gazetteer_from_record
from dialogue.ingest.training import judge_current
from dialogue.lib import validation
from dialogue.lib.keys import slug
from dialogue.lib.partial_dates import PartialDate, PartialDateError
from dialogue.lib.simhash import band_neighbours, distance, simhash
from dialogue.lib.texts import content_hash
from dialogue.record.models import SimhashBand, Source

STORED, DUPLICATE, TWIN, FAILED = "stored", "duplicate", "twin", "failed"
TWIN_BITS = 12  # a first sieve over fingerprints; the text comparison below decides
TWIN_DAYS = 3  # copies of one story appear within days of each other
TWIN_SIMILARITY = 90
STORING_LOCK = 0x6469_616C_6F67  # PostgreSQL's advisory lock key for storing reports ("dialog")
logger = logging.getLogger(__name__)
STATISTICS_EVERY = 250  # sources a process stores between two refreshes of SQLite's planner statistics
OFFICIAL_PUBLISHER = re.compile(r"\b(ministry|mfa|mofa|government|president|presidential|prime minister|cabinet|embassy|kremlin|white house)\b", re.I)


@dataclass
class IngestResult:
    origin: str
    outcome: str
    source_key: str | None = None
    candidates: Counter = field(default_factory=Counter)
    message: str = ""
    not_read: str = ""  # the language of a report stored but not read ("ru"): extraction reads English for now
    held_back: int = 0  # candidates the judge learnt from reviewers held back (ingest/judge.py)


def source_twin_find(text: str, fingerprint: int, published: str = "", *, after: int = 0) -> Source | None:
    """An already stored source with nearly the same text (published within days of it, when dated); `after`: only
    among the sources stored after that id."""
    near = sources_near(fingerprint, published, after=after)
    for candidate in Source.objects.filter(id__in=near).only("id", "key", "text", "twin_of") if near else ():
        if 0.5 <= len(text) / max(1, len(candidate.text)) <= 2 and fuzz.ratio(text, candidate.text) >= TWIN_SIMILARITY:
            return candidate.twin_of or candidate
    return None


def sources_near(fingerprint: int, published: str = "", *, after: int = 0) -> list[int]:
    """The stored sources whose fingerprints are within TWIN_BITS of this one, published within TWIN_DAYS of it when
    both are known to the day. Only the sources close on a band are read (through the bands' indexes), not every
    fingerprint; the numbers are written into the SQL, being ours: the ORM took longer to bind some 460 parameters
    than the database to answer. The date window is asked of the database too, through the index on the published
    date (the days within it, the undated, and the years and months it falls in), so that sources near on a band but
    years away are not read only to be dropped: with many alike texts (one ministry's releases) most share a band."""
    # The sources stored after a given one are few (those stored while this report was read): read them all.
    rows = Source.objects.filter(id__gt=after, simhash__isnull=False) if after else \
        Source.objects.filter(RawSQL(_near_sql(fingerprint, connection.ops.quote_name("simhash")), (), output_field=BooleanField()))
    window = None
    if published and PartialDate.parse(published).precision == "day":
        window = _TwinWindow.around(PartialDate.parse(published).first_day())
        rows = rows.filter(Q(published__range=(window.first, window.last)) | Q(published__in=window.coarse))
    return [source_id for source_id, other, when in rows.order_by().values_list("id", "simhash", "published")
            if distance(fingerprint, other) <= TWIN_BITS and (window is None or window.holds(when))]


def _near_sql(fingerprint: int, column: str) -> str:
    return " OR ".join(f"{SimhashBand.sql(index, column)} IN ({','.join(map(str, values))})"
                       for index, values in enumerate(band_neighbours(fingerprint, TWIN_BITS)))


@dataclass(frozen=True)
class _TwinWindow:
    """The days within TWIN_DAYS of a report's, and the coarser dates that may fall among them: no date at all, or
    the year or month of a day of the window (a source known only to 2019 is no twin of one of March 2025)."""

    first: str
    last: str
    coarse: tuple[str, ...]

    @classmethod
    def around(cls, day: dt.date) -> _TwinWindow:
        first, last = day - dt.timedelta(days=TWIN_DAYS), day + dt.timedelta(days=TWIN_DAYS)
        coarse = {"", str(first.year), str(last.year), f"{first:%Y-%m}", f"{last:%Y-%m}"}
        return cls(str(first), str(last), tuple(sorted(coarse)))

    def holds(self, published: str) -> bool:
        return self.first <= published <= self.last or published in self.coarse


def _published(text: str) -> str:
    first = (text or "").strip().split(" ")[0]
    try:
        return str(PartialDate.parse(first))
    except PartialDateError:
        return ""


def _kind(report: RawReport) -> str:
    declared = report.metadata.get("kind", "") if report.metadata else ""
    if declared in Source.Kind.values:
        return declared
    official = OFFICIAL_PUBLISHER.search(report.publisher) or re.search(r"\b(mofa|mfa|gov|president)\b", report.url, re.I)
    return Source.Kind.PRESS_RELEASE if official else Source.Kind.NEWS


def _unstorable(report: RawReport) -> str:
    """Why a report cannot be stored as it is ('' when it can), naming the field: a NUL, a control character, half
    of a surrogate pair (which a JSON line may carry as \\ud800)."""
    for name in ("text", "title", "publisher", "url"):
        try:
            validation.text(getattr(report, name))
        except validation.Invalid as error:
            return f"field '{name}': {error}; not stored"
    return ""


def report_ingest(report: RawReport, *, gazetteer: Gazetteer, extraction: Extraction | None = None,
                  resolver: Resolver | None = None) -> IngestResult:
    """Store one report and its candidates; nothing is stored if anything fails."""
    if problem := _unstorable(report):
        return IngestResult(report.origin, FAILED, message=problem)
    text_hash = content_hash(report.text)
    existing = Source.objects.filter(content_hash=text_hash).first()
    if existing:
        return IngestResult(report.origin, DUPLICATE, existing.key)
    fingerprint = simhash(report.text)
    published = _published(report.published)
    seen = Source.objects.order_by("-id").values_list("id", flat=True).first() or 0
    twin = source_twin_find(report.text, fingerprint, published)
    base = f"{slug(report.publisher or report.url or 'source')[:40]}-{published or 'undated'}-{text_hash[7:15]}"
    extraction = None if twin else extraction or extract_report(report, gazetteer)
    source = Source(
        key=base, kind=_kind(report), publisher=(report.publisher or "unknown")[:200],
        title=(report.title or report.text.strip().split("\n")[0])[:500], url=report.url[:1000], published=published,
        language=extraction.language if extraction else (report.language[:8] or "en"), content_hash=text_hash, text=report.text,
        simhash=fingerprint, twin_of=twin,
    )
    source.full_clean(validate_unique=False)  # the database's unique constraints decide, below
    candidates, held_back = [], 0
    if extraction is not None and extraction.read:
        # Judged, made candidates and resolved before the transaction opens: on SQLite the transaction holds the
        # write lock, and the other workers store meanwhile.
        if judge := judge_current():
            sifted = extraction_sift(extraction, report.text, judge)
            extraction, held_back = sifted.extraction, sifted.held_back
        candidates = candidates_from(extraction)
        for candidate in candidates:
            candidate.source = source  # not saved yet: resolution reads its date
        resolver = resolver or Resolver()
        for candidate in candidates:
            resolve(candidate, candidates, resolver)
    try:
        with transaction.atomic():
            _storing_lock()
            if twin is None and (twin := source_twin_find(report.text, fingerprint, published, after=seen)):
                # Another worker stored its twin meanwhile: linked to it, as storing one at a time would have.
                source.twin_of, source.language, candidates = twin, report.language[:8] or "en", []
            source.save()
            if twin:
                return IngestResult(report.origin, TWIN, source.key, message=f"nearly repeats {twin.key}; not extracted again")
            if not extraction.read:
                return IngestResult(report.origin, STORED, source.key, message=f"not read: language {extraction.language}",
                                    not_read=extraction.language)
            for candidate in candidates:
                candidate.source = source
            Candidate.objects.bulk_create(candidates)
    except IntegrityError:
        # Another worker stored the same text between our look and our write.
        existing = Source.objects.filter(content_hash=text_hash).first()
        if existing:
            return IngestResult(report.origin, DUPLICATE, existing.key)
        raise
    _planner_statistics_kept()
    undated = f"published date {report.published.strip()[:40]!r} not understood; stored undated" \
        if report.published.strip() and not published else ""
    return IngestResult(report.origin, STORED, source.key, Counter(c.kind for c in candidates), message=undated, held_back=held_back)


_stored = itertools.count(1)


def _planner_statistics_kept() -> None:
    """SQLite knows how many rows an index selects only from ANALYZE (PostgreSQL's autovacuum keeps its own): without
    it the twin lookup walked the fingerprints' bands, most of the sources when one ministry's releases are alike,
    rather than the few days around the report's date (5 -> 2 ms a lookup at 3,000 sources). `PRAGMA optimize`
    analyses only the tables that changed much and whose indexes this connection used. It writes, so it takes the
    write lock first (an IMMEDIATE transaction, which waits its turn); if another worker holds it past the timeout
    the refresh waits for the next turn: the report is stored already and must not be reported failed."""
    if connection.vendor == "sqlite" and next(_stored) % STATISTICS_EVERY == 0:
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("PRAGMA optimize")
        except OperationalError as error:
            logger.warning("planner statistics not refreshed: %s", error)


def _storing_lock() -> None:
    """One storing transaction at a time, each seeing every source stored before it (a twin another worker stored
    meanwhile): PostgreSQL's advisory lock, until the transaction ends; SQLite's IMMEDIATE transactions hold the
    write lock already."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [STORING_LOCK])


def report_submit(report: RawReport, *, actor: Actor, gazetteer: Gazetteer | None = None) -> IngestResult:
    """A report sent in by a focal point (or anyone above): stored and extracted, for a reviewer to accept. A job of
    many reports passes the gazetteer it read once (reading the record's names costs as much as extracting)."""
    authorize(actor, Action.SUBMIT)
    if not report.text.strip():
        raise ValueError("The report has no text.")
    result = report_ingest(report, gazetteer=gazetteer or gazetteer_from_record())
    if result.source_key:
        Submission.objects.create(source=Source.objects.get(key=result.source_key), submitted_by=actor.name,
                                  outcome=result.outcome, message=result.message[:500])
    return result


# ----------------------------------------------------------------------------- batches

_worker_gazetteer: Gazetteer | None = None
_worker_resolver: Resolver | None = None


def _worker_start(gazetteer: Gazetteer) -> None:
    _batch_start(gazetteer)
    _end_with_parent()


def _batch_start(gazetteer: Gazetteer) -> None:
    global _worker_gazetteer, _worker_resolver
    _worker_gazetteer, _worker_resolver = gazetteer, Resolver()  # the record does not change while a batch is ingested


def _end_with_parent() -> None:
    """A worker ends when the process that started it dies, even by kill -9 (Linux's PR_SET_PDEATHSIG);
    elsewhere the pool's own shutdown is all there is."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:  # the parent died before the line above took effect
        os._exit(1)


def _worker_extract(report: RawReport) -> tuple[RawReport, Extraction | None, str]:
    try:
        return report, extract_report(report, _worker_gazetteer), ""
    except Exception as error:  # one report's failure must not end the batch
        return report, None, f"extraction failed: {type(error).__name__}: {error}"


def _worker_ingest(report: RawReport) -> IngestResult:
    return _worker_store(*_worker_extract(report))


def _worker_store(report: RawReport, extraction: Extraction | None, error: str) -> IngestResult:
    """Store one extracted report; its failure is its own, named in its result."""
    if error:
        return IngestResult(report.origin, FAILED, message=error)
    try:
        return report_ingest(report, gazetteer=_worker_gazetteer, extraction=extraction, resolver=_worker_resolver)
    except Exception as failure:
        return IngestResult(report.origin, FAILED, message=f"{type(failure).__name__}: {failure}")


def batch_ingest(items: Iterable[RawReport | ReadError], *, gazetteer: Gazetteer, workers: int = 1,
                 on_result: Callable[[IngestResult], None] = lambda result: None) -> list[IngestResult]:
    """Ingest a batch: each report extracted and stored by one of `workers` processes (storing one at a time, each
    seeing the twins stored before it: see `report_ingest`, so that storing is no longer this process's alone);
    the results in the batch's order."""
    results: list[IngestResult] = []

    def done(result: IngestResult) -> None:
        results.append(result)
        on_result(result)

    reports = []
    for item in items:
        if isinstance(item, ReadError) or (problem := _unstorable(item)):
            done(IngestResult(item.origin, FAILED, message=item.message if isinstance(item, ReadError) else problem))
        else:
            reports.append(item)
    fresh = [r for r in reports if not Source.objects.filter(content_hash=content_hash(r.text)).exists()]
    for report in reports:
        if report not in fresh:
            _record_duplicate(report, results, on_result)
    if workers <= 1:
        _worker_start(gazetteer)
        for report in fresh:
            done(_worker_ingest(report))
        return results
    # A database held in memory (the tests' SQLite) is not seen by other processes: there the workers only extract.
    store_here = connection.vendor == "sqlite" and connection.is_in_memory_db()
    connections.close_all()  # each worker opens its own connection: none may be shared across fork
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(gazetteer,)) as pool:
        if store_here:
            _batch_start(gazetteer)
            for outcome in pool.map(_worker_extract, fresh, chunksize=8):
                done(_worker_store(*outcome))
        else:
            for result in pool.map(_worker_ingest, fresh, chunksize=4):
                done(result)
    return results


def _record_duplicate(report: RawReport, results: list[IngestResult], on_result) -> None:
    existing = Source.objects.get(content_hash=content_hash(report.text))
    result = IngestResult(report.origin, DUPLICATE, existing.key)
    results.append(result)
    on_result(result)
