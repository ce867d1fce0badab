"""The record's revision: every kind of write replaces it, so that nothing cached under the old one is read again."""

import pytest
from django.db import transaction
from django.utils import timezone

from dialogue.record.backup import backup_restore, backup_write
from dialogue.record.models import Country, Deal, Format, Revision
from dialogue.record import version
from dialogue.record.version import record_revision, shared_revision
from dialogue.tracking.rates import rates_import


def _deal() -> Deal:
    fmt = Format.objects.create(key="test-format", name="A format of our own", short_name="T+1", entered_by="tests",
                                entered_at=timezone.now())
    return Deal.objects.create(key="test-format.deal.bridge", format=fmt, title="A bridge over a small river", value=5000000,
                               currency="JPY", entered_by="tests", entered_at=timezone.now())


@pytest.fixture
def deal(db):
    return _deal()


def test_a_new_database_gets_a_revision_that_stays_until_a_write(db):
    first = record_revision()
    assert first and record_revision() == first


def test_a_save_a_delete_and_a_change_of_countries_each_replace_the_revision(deal):
    seen = [record_revision()]
    deal.title = "A bridge over a wider river"
    deal.save()
    seen.append(record_revision())
    deal.countries.add(Country.objects.get(code="JP"))
    seen.append(record_revision())
    deal.countries.clear()
    seen.append(record_revision())
    deal.delete()
    seen.append(record_revision())
    assert len(set(seen)) == len(seen)


def test_a_write_replaces_the_row_once_its_transaction_commits_and_the_writer_sees_it_before(
        db, django_capture_on_commit_callbacks):
    record_revision()  # a new database makes its row on the first read
    stored = Revision.objects.get().token
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            deal = _deal()
            deal.countries.add(Country.objects.get(code="JP"))
            assert Revision.objects.get().token == stored  # no lock held on the row while the transaction runs
            assert record_revision().startswith(stored + "+")  # but the writer reads its own change
    assert Revision.objects.get().token != stored


def test_an_import_of_rates_replaces_it_though_a_bulk_insert_sends_no_signal(db, tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("date,base,quote,rate,source\n2024-10-01,USD,KZT,480.50,A central bank\n")
    before = record_revision()
    assert rates_import(path).created == 1
    assert record_revision() != before


def test_a_restored_backup_is_a_new_revision(deal, tmp_path):
    backup_write(tmp_path / "ledger.backup")
    before = record_revision()
    backup_restore(tmp_path / "ledger.backup", replace=True)
    assert record_revision() != before and Deal.objects.filter(key=deal.key).exists()


def _another_process_writes() -> str:
    """A write committed by another worker: the row replaced behind this process's back."""
    Revision.objects.filter(id=1).update(token="written-elsewhere")
    return "written-elsewhere"


def test_a_client_without_credentials_sees_another_workers_write_once_the_second_has_passed(db, settings, monkeypatch):
    settings.SHARED_REVISION_SECONDS = 1
    clock = [1000.0]
    monkeypatch.setattr(version.time, "monotonic", lambda: clock[0])
    first = shared_revision()
    elsewhere = _another_process_writes()
    clock[0] += 0.5
    assert shared_revision() == first  # within the second: the token this process read
    assert record_revision() == elsewhere  # a signed-in reader or a page reads the row every time
    _another_process_writes()
    version._read["default"] = (first, clock[0])
    clock[0] += 1.0
    assert shared_revision() == elsewhere


@pytest.mark.django_db(transaction=True)
def test_a_write_this_process_commits_is_seen_at_once_by_clients_without_credentials(settings):
    settings.SHARED_REVISION_SECONDS = 60
    before = shared_revision()
    with transaction.atomic():
        deal = _deal()
        assert shared_revision().startswith(before + "+")  # the writer reads its own change
    after = shared_revision()
    assert after != before and after == Revision.objects.get().token
    deal.delete()  # outside a transaction: replaced at once
    assert shared_revision() not in (before, after)


def test_with_no_second_allowed_every_shared_read_reads_the_row(db, settings):
    settings.SHARED_REVISION_SECONDS = 0
    shared_revision()
    elsewhere = _another_process_writes()
    assert shared_revision() == elsewhere
