"""Near-copies are looked up through the fingerprints' bands: the same sources a reading of every fingerprint finds."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogue.ingest.services import TWIN_BITS, TWIN_DAYS, sources_near
from dialogue.lib.simhash import BITS, distance
from dialogue.lib.texts import content_hash
from dialogue.lib.partial_dates import PartialDate
from dialogue.record.models import Source

SIGNED = st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1)
DATES = st.sampled_from(["", "2019", "2023", "2024", "2023-12", "2024-04", "2024-05", "2024-05-01", "2024-05-04", "2024-05-05",
                         "2024-05-08", "2024-05-09", "2023-12-31", "2024-01-02"])


def _flipped(fingerprint: int, bits: list[int]) -> int:
    """The fingerprint with these bits flipped, signed again as the database holds it."""
    value = (fingerprint & ((1 << BITS) - 1)) ^ sum(1 << bit for bit in set(bits))
    return value - (1 << BITS) if value >= 1 << (BITS - 1) else value


def _every_fingerprint_read(fingerprint: int, published: str) -> set[int]:
    """What the lookup replaced: every stored fingerprint compared, the date window checked on each."""
    days = None
    if published and PartialDate.parse(published).precision == "day":
        day = PartialDate.parse(published).first_day()
        days = [day + dt.timedelta(days=offset) for offset in range(-TWIN_DAYS, TWIN_DAYS + 1)]
    return {source.id for source in Source.objects.exclude(simhash=None)
            if distance(fingerprint, source.simhash) <= TWIN_BITS
            and (days is None or not source.published or any(str(d).startswith(source.published) for d in days))}


# Stored fingerprints: some near the one looked up (up to a few bits past the sieve, anywhere in the 64), some anywhere.
STORED = st.lists(st.tuples(st.one_of(st.lists(st.integers(0, BITS - 1), max_size=TWIN_BITS + 3), SIGNED), DATES), max_size=25)


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fingerprint=SIGNED, published=DATES, stored=STORED)
def test_the_banded_lookup_finds_the_same_sources_as_reading_every_fingerprint(fingerprint, published, stored):
    Source.objects.all().delete()
    Source.objects.bulk_create([
        Source(key=f"s-{number}", publisher="Desk", title="Note", published=when, content_hash=content_hash(f"words {number}"),
               text=f"words {number}",
               simhash=_flipped(fingerprint, near) if isinstance(near, list) else near)
        for number, (near, when) in enumerate(stored)
    ] + [Source(key="unfingerprinted", publisher="Desk", title="Note", content_hash="sha256:none", text="")])
    assert set(sources_near(fingerprint, published)) == _every_fingerprint_read(fingerprint, published)


def test_a_fingerprint_twelve_bits_away_spread_over_every_band_is_found(db):
    fingerprint = -0x5A5A_1234_89AB_CDEF
    spread = _flipped(fingerprint, [1, 7, 14, 20, 27, 33, 40, 46, 53, 58, 61, 63])  # two or three bits in each band
    far = _flipped(fingerprint, [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60])
    for number, value in enumerate([spread, far]):
        Source.objects.create(key=f"s-{number}", publisher="Desk", title="Note", published="2024-05-02", text=f"words {number}",
                              content_hash=content_hash(f"words {number}"), simhash=value)
    assert (distance(fingerprint, spread), distance(fingerprint, far)) == (12, 13)
    assert [Source.objects.get(id=found).key for found in sources_near(fingerprint, "2024-05-01")] == ["s-0"]


def test_a_source_known_only_to_another_year_or_month_is_not_near_in_time(db):
    fingerprint = 0x1234_5678_9ABC
    for number, when in enumerate(["2019", "2024-03", "2024", "2024-04", "", "2024-05-02", "2024-05-09"]):
        Source.objects.create(key=f"s-{number}", publisher="Desk", title="Note", published=when, text=f"words {number}",
                              content_hash=content_hash(f"words {number}"), simhash=fingerprint)
    found = {Source.objects.get(id=found).published for found in sources_near(fingerprint, "2024-05-01")}
    assert found == {"2024", "2024-04", "", "2024-05-02"}  # the window reaches back into April


def test_sqlite_learns_how_selective_the_published_date_is_while_reports_are_stored(db, monkeypatch):
    from django.db import connection

    from dialogue.ingest import services
    from dialogue.ingest.readers import RawReport
    from dialogue.ingest.selectors import gazetteer_from_record

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL's autovacuum keeps its planner statistics")
    monkeypatch.setattr(services, "STATISTICS_EVERY", 3)
    monkeypatch.setattr(services, "_stored", itertools.count(1))
    gazetteer = gazetteer_from_record()
    for number in range(3):
        text = f"A note of our own, number {number}, on a bridge over a small river and a road to the hills. " * (number + 1)
        services.report_ingest(RawReport(origin=f"{number}.txt", stem=str(number), text=text, publisher="Desk",
                                         published=f"2024-05-0{number + 1}"), gazetteer=gazetteer)
    with connection.cursor() as cursor:
        cursor.execute("SELECT idx FROM sqlite_stat1 WHERE tbl = 'record_source'")
        indexes = {row[0] for row in cursor.fetchall()}
    assert "record_source_published" in indexes


def test_a_statistics_refresh_that_cannot_have_the_lock_leaves_the_report_stored(db, monkeypatch):
    from django.db import OperationalError, connection

    from dialogue.ingest import services
    from dialogue.ingest.readers import RawReport
    from dialogue.ingest.selectors import gazetteer_from_record

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL's autovacuum keeps its planner statistics")
    monkeypatch.setattr(services, "STATISTICS_EVERY", 1)
    original = type(connection.cursor()).execute

    def locked(cursor, sql, params=None):
        if sql.startswith("PRAGMA optimize"):
            raise OperationalError("database is locked")
        return original(cursor, sql, params)

    monkeypatch.setattr(type(connection.cursor()), "execute", locked)
    result = services.report_ingest(RawReport(origin="a.txt", stem="a", publisher="Desk", published="2024-05-01",
                                              text="A note of our own on a bridge over a small river."),
                                    gazetteer=gazetteer_from_record())
    assert result.outcome == services.STORED and Source.objects.filter(key=result.source_key).exists()
