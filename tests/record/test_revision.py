"""The record's revision: every kind of write replaces it, so that nothing cached under the old one is read again."""

import pytest
from django.db import transaction
from django.utils import timezone

from dialogue.record.backup import backup_restore, backup_write
from dialogue.record.models import Country, Deal, Format, Revision
from dialogue.record.version import record_revision
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
