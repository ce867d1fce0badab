"""`dialogue backup` and `restore`: all the database holds comes back, into an empty database only."""

import gzip
import json

import pytest
from click.testing import CliRunner
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from dialogue.access.services import token_issue, token_user
from dialogue.cli import main
from dialogue.ingest.models import Candidate, Submission
from dialogue.record.backup import BackupError, backed_up_models, backup_restore, backup_write
from dialogue.record.countries import country_rows
from dialogue.record.interchange import record_dump
from dialogue.record.models import Country, Initiative, InitiativeStatusChange, Source
from dialogue.tracking.feeds import change_list
from dialogue.tracking.models import ExchangeRate
from dialogue.tracking.rates import rates_import


@pytest.fixture(autouse=True)
def _content_type_cache():
    yield
    # A new database made within a test has content types of its own; the rollback brings back the old ones.
    ContentType.objects.clear_cache()


@pytest.fixture
def token(default_record, officers, tmp_path):
    """A record with a past version made by a reviewer, a candidate waiting for review, a report as sent,
    an imported rate and an API token; returns the token."""
    initiative = Initiative.objects.get(title__startswith="Joint Action Plan")
    InitiativeStatusChange.objects.create(key=f"{initiative.key}.agreed", initiative=initiative, status="agreed", date="2026-06",
                                          entered_by="rosa", entered_at=timezone.now())
    initiative.status = "agreed"  # as its latest step says
    initiative._history_user = officers["reviewer"]
    initiative.save()
    source = Source.objects.first()
    Candidate.objects.create(source=source, position=0, kind="meeting", confidence=0.7,
                             payload={"level": "foreign ministers", "city": "Ashgabat"},
                             quotes=[{"start": 0, "end": 4, "quote": source.title[:4], "field": "city"}])
    Submission.objects.create(source=source, submitted_by="aigerim", outcome="stored")
    rates = tmp_path / "rates.csv"
    rates.write_text("date,base,quote,rate,source\n2024-10-01,USD,KZT,480.50,National Bank of Kazakhstan\n")
    rates_import(rates)
    return token_issue(officers["kz"], name="ingestion robot")


def _new_database():
    """What `dialogue migrate` makes of an empty database: tables, content types, permissions and countries."""
    connection.check_constraints()  # PostgreSQL truncates no table with checks pending in the test's transaction
    call_command("flush", interactive=False, verbosity=0)
    Country.objects.bulk_create([Country(**row) for row in country_rows()])


def _contents() -> dict[str, list]:
    """Every row of every model a backup holds, naming users, content types and permissions by natural key."""
    return {model._meta.label_lower: serializers.serialize("python", model._base_manager.order_by("pk"), use_natural_foreign_keys=True)
            for model in backed_up_models()}


def test_a_backup_restored_into_a_new_database_holds_all_it_held(token, tmp_path):
    before, dump, feed = _contents(), record_dump(), [c.id for c in change_list(limit=1000)]
    assert before["record.historicalinitiative"] and before["ingest.candidate"] and before["access.apitoken"]
    path = tmp_path / "ledger.backup"
    counts = backup_write(path)
    _new_database()
    assert not Initiative.objects.exists()
    assert backup_restore(path) == counts
    assert _contents() == before
    assert record_dump() == dump and [c.id for c in change_list(limit=1000)] == feed
    assert token_user(token).username == "aigerim"
    assert get_user_model().objects.get(username="rosa").check_password("pw-rosa-2026")
    versions = Initiative.objects.get(title__startswith="Joint Action Plan").history.order_by("history_date")
    assert [v.status for v in versions][-2:] == ["proposed", "agreed"] and versions.last().history_user.username == "rosa"
    assert Candidate.objects.get().status == "pending" and Submission.objects.get().submitted_by == "aigerim"
    # New rows take ids after the restored ones (PostgreSQL's sequences were moved on).
    ExchangeRate.objects.create(date="2024-10-02", base="USD", quote="KZT", rate="481", source="National Bank of Kazakhstan")
    token_issue(token_user(token), name="second robot")


def test_a_database_that_is_not_empty_is_refused_and_left_as_it_was(token, tmp_path):
    path = tmp_path / "ledger.backup"
    backup_write(path)
    token_issue(token_user(token), name="made after the backup")
    with pytest.raises(BackupError) as raised:
        backup_restore(path)
    assert "the database is not empty: it holds" in str(raised.value) and "users" in str(raised.value)
    assert "--replace" in str(raised.value)
    assert token_user(token).api_tokens.count() == 2


def test_replace_brings_the_database_back_to_the_backup(token, tmp_path):
    path = tmp_path / "ledger.backup"
    backup_write(path)
    before = _contents()
    token_issue(token_user(token), name="made after the backup")
    Initiative.objects.filter(title__startswith="Joint Action Plan").update(status="launched")
    backup_restore(path, replace=True)
    assert _contents() == before


def test_a_backup_cut_short_restores_nothing(token, tmp_path):
    path = tmp_path / "ledger.backup"
    backup_write(path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    _new_database()
    with pytest.raises(BackupError, match="cannot be read to the end|cannot be restored|incomplete"):
        backup_restore(path)
    assert not Initiative.objects.exists() and not Source.objects.exists()


def test_a_backup_from_other_migrations_is_refused_with_both_lists(token, tmp_path):
    path = tmp_path / "ledger.backup"
    backup_write(path)
    lines = gzip.decompress(path.read_bytes()).decode().splitlines()
    header = json.loads(lines[0])
    header["migrations"] = [*header["migrations"][:-1], "record.9999_from_the_future"]
    path.write_bytes(gzip.compress("\n".join([json.dumps(header), *lines[1:]]).encode()))
    _new_database()
    with pytest.raises(BackupError) as raised:
        backup_restore(path)
    assert "the backup has, this database lacks: record.9999_from_the_future" in str(raised.value)
    assert "this database has, the backup lacks: " in str(raised.value)


def test_a_record_dump_is_not_taken_for_a_backup(default_record, tmp_path):
    path = tmp_path / "record.json"
    path.write_text(json.dumps(record_dump()))
    with pytest.raises(BackupError, match="is not a Dialogue Ledger backup"):
        backup_restore(path)


def test_backup_and_restore_on_the_command_line(token, tmp_path):
    runner = CliRunner()
    path = tmp_path / "ledger.backup"
    written = runner.invoke(main, ["backup", str(path)], catch_exceptions=False)
    assert written.exit_code == 0 and f"to {path}" in written.output
    refused = runner.invoke(main, ["restore", str(path)], catch_exceptions=False)
    assert refused.exit_code == 1 and "Nothing was restored" in refused.output and "not empty" in refused.output
    _new_database()
    restored = runner.invoke(main, ["restore", str(path)], catch_exceptions=False)
    assert restored.exit_code == 0 and "Restored" in restored.output
    assert token_user(token).username == "aigerim"


def test_a_backup_into_a_missing_folder_is_refused_and_leaves_no_partial_file(default_record, tmp_path):
    with pytest.raises(BackupError, match="cannot be written: No such file or directory"):
        backup_write(tmp_path / "absent" / "ledger.backup")
    assert not list(tmp_path.rglob("*.part"))
