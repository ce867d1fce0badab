"""The `dialogue` command line, as a user calls it."""

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from dialogue.cli import main
from dialogue.record.models import Evidence

COMMANDS = [["compare"], ["initiatives"], ["report"], ["rates"], ["rates", "import"], ["progress"], ["serve"], ["load"], ["dump"], ["backup"], ["restore"], ["check"], ["sources"], ["sources", "attach"], ["extract"], ["ingest"], ["feeds"], ["feeds", "add"], ["feeds", "list"], ["feeds", "poll"], ["jobs"], ["jobs", "worker"], ["jobs", "beat"], ["jobs", "run"], ["jobs", "show"], ["review"], ["review", "list"], ["review", "show"], ["review", "accept"], ["review", "reject"], ["review", "edit"], ["train"]]


@pytest.fixture
def run(db):
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, list(args), catch_exceptions=False)

    return invoke


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_explains_itself(run, command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    docstring = result.output.split("Options:")[0]
    assert len(docstring.split()) > 8, f"'dialogue {' '.join(command)} --help' says too little"


def test_serve_documents_its_port(run):
    assert "PORT" in run("serve", "--help").output


@pytest.mark.unsound_record
def test_check_exits_zero_on_the_default_record_and_one_on_a_broken_quote(run, default_record, seeds):
    assert run("sources", "attach", str(seeds)).exit_code == 0
    assert run("check").exit_code == 0
    Evidence.objects.filter(quote="TOKYO").update(quote="KYOTO")
    result = run("check")
    assert result.exit_code == 1
    assert "'KYOTO' does not match the source" in result.output


def test_load_refuses_a_bad_file_with_exit_one(run, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"dialogue_ledger": 1, "formats": [{"key": "x", "colour": "red"}]}')
    result = run("load", str(bad))
    assert result.exit_code == 1
    assert "Nothing was loaded" in result.output and "formats[0] 'x': unknown field 'colour'" in result.output


def test_dump_writes_csv_tables_with_evidence(run, default_record, tmp_path):
    path = tmp_path / "record.zip"
    assert run("dump", "--format", "csv", str(path)).exit_code == 0
    with zipfile.ZipFile(path) as archive:
        meetings = archive.read("meetings.csv").decode()
        evidence = archive.read("evidence.csv").decode()
    assert "c5-japan.fm-9" in meetings and "Tokyo" in meetings
    assert "meetings,c5-japan.fm-9,city,kazinform-2022-12-25,56,61,TOKYO" in evidence


def test_dump_writes_popolo(run, default_record, tmp_path):
    path = tmp_path / "popolo.json"
    assert run("dump", "--format", "popolo", str(path)).exit_code == 0
    popolo = json.loads(path.read_text())
    tokayev = next(p for p in popolo["persons"] if p["name"] == "Kassym-Jomart Tokayev")
    membership = next(m for m in popolo["memberships"] if m.get("person_id") == tokayev["id"])
    assert membership["post_id"] == "post.kz-president"
    assert {e["classification"] for e in popolo["events"]} == {"summit", "foreign ministers"}


def test_extract_writes_one_annotation_per_report_and_exits_2_on_a_bad_one(run, tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "summit.txt").write_text("published: 2025-12-22\n---\nJapan and five Central Asian countries on Saturday held a maiden summit in Tokyo.")
    (reports / "broken.txt").write_bytes(b"\x00\x00")
    result = run("extract", str(reports), "--json-dir", str(tmp_path / "out"))
    assert result.exit_code == 2
    facts = json.loads((tmp_path / "out" / "summit.json").read_text())
    assert facts["meetings"][0] | {"countries": [], "participants": []} == {
        "format": None, "level": "summit", "ordinal": 1, "date": "2025-12-20", "city": "Tokyo", "host_country": "Japan",
        "countries": [], "participants": [], "status": "held", "mention": "main",
    }
    assert not (tmp_path / "out" / "broken.json").exists()


def test_ingest_twice_adds_nothing_and_a_bad_item_exits_2(run, tmp_path, seeds):
    from dialogue.ingest.models import Candidate
    from dialogue.record.models import Source

    first = run("ingest", str(seeds))
    assert first.exit_code == 0 and "2 stored" in first.output
    counts = (Source.objects.count(), Candidate.objects.count())
    (tmp_path / "bad.jsonl").write_text('{"text": "The summit was held in Tokyo."}\n{oops\n')
    again = run("ingest", str(seeds), str(tmp_path / "bad.jsonl"))
    assert again.exit_code == 2
    assert "2 duplicates" in again.output and "bad.jsonl:2: malformed JSON line" in again.output
    assert Source.objects.count() == counts[0] + 1


def test_review_lists_shows_and_accepts(run, seeds):
    from dialogue.ingest.models import Candidate

    run("ingest", str(seeds))
    assert "Tileuberdi" in run("review", "list").output
    meeting = Candidate.objects.filter(kind="meeting").first()
    shown = run("review", "show", str(meeting.id)).output
    assert "level" in shown and "new" in shown
    accepted = run("review", "accept", "--reviewer", "tester", str(meeting.id))
    assert accepted.exit_code == 0 and "Accepted" in accepted.output
    assert run("review", "accept", str(meeting.id)).exit_code == 1
    assert run("review", "reject", "999999").exit_code == 1


def test_progress_prints_the_default_target_with_its_pace(run, default_record):
    result = run("progress", "--format", "C5+Japan")
    assert result.exit_code == 0
    assert "3,000,000,000,000.00 JPY" in result.output and "600,000,000,000.00 JPY a year" in result.output
    assert "status: unknown (the start of the period is not recorded)" in result.output  # the summit that set it is undated


def test_rates_import_refuses_a_bad_file_with_exit_1(run, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("date,base,quote,rate,source\nnot-a-date,USD,KZT,1,NBK\n")
    result = run("rates", "import", str(path))
    assert result.exit_code == 1 and f"{path}:2" in result.output


def test_initiatives_lists_status_completion_and_what_each_member_proposed(run, default_record):
    result = run("initiatives", "--format", "C5+Japan")
    assert result.exit_code == 0
    assert "Trans-Caspian International Transport Route" in result.output and "no evidence" in result.output
    assert "Kazakhstan proposed: Joint Action Plan" in result.output


def test_extract_says_when_a_report_is_in_a_language_it_does_not_read(run, tmp_path):
    report = tmp_path / "kk.txt"
    report.write_text("Орталық Азия мен Норвегияның бірінші саммиті Ослода өтті. Президенттер декларация қабылдады.")
    result = run("extract", str(report), "--json-dir", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert "not read: language kk" in result.output
    assert json.loads((tmp_path / "out" / "kk.json").read_text())["meetings"] == []


def test_a_quote_in_evidence_csv_never_becomes_a_spreadsheet_formula(run, default_record, tmp_path):
    from dialogue.record.models import Evidence

    Evidence.objects.filter(pk=Evidence.objects.first().pk).update(quote='=HYPERLINK("http://example.invalid")')
    path = tmp_path / "record.zip"
    assert run("dump", "--format", "csv", str(path)).exit_code == 0
    with zipfile.ZipFile(path) as archive:
        evidence = archive.read("evidence.csv").decode()
    assert "'=HYPERLINK" in evidence and ",=HYPERLINK" not in evidence and ',"=HYPERLINK' not in evidence


def test_a_user_is_added_listed_given_a_new_password_and_removed(run, default_record):
    from django.contrib.auth import get_user_model

    from dialogue.access.services import token_issue, token_user

    assert run("users", "add", "aigerim", "--role", "focal_point", "--country", "KZ", "--password", "1").exit_code != 0
    assert not get_user_model().objects.filter(username="aigerim").exists()
    assert run("users", "add", "aigerim", "--role", "focal_point", "--country", "KZ", "--password", "steppe-wind-2026").exit_code == 0
    listed = run("users", "list").output
    assert "aigerim" in listed and "focal point" in listed and "KZ" in listed
    refused = run("users", "passwd", "aigerim", "--password", "password")
    assert refused.exit_code != 0 and "too common" in refused.output
    assert run("users", "passwd", "aigerim", "--password", "tien-shan-2027").exit_code == 0
    user = get_user_model().objects.get(username="aigerim")
    assert user.check_password("tien-shan-2027")
    token = token_issue(user, name="laptop")
    assert run("users", "remove", "aigerim").exit_code == 0
    assert not get_user_model().objects.get(username="aigerim").is_active and token_user(token) is None
    assert "no (removed)" in run("users", "list").output


def test_a_command_refuses_a_database_not_set_up_and_migrate_sets_it_up(tmp_path):
    environment = {**{k: v for k, v in os.environ.items() if k != "DATABASE_URL"}, "DIALOGUE_DATA_DIR": str(tmp_path),
                   "DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite3'}"}
    dialogue = str(Path(sys.executable).parent / "dialogue")
    refused = subprocess.run([dialogue, "review", "list"], env=environment, capture_output=True, text=True)
    assert refused.returncode == 1 and "run `dialogue migrate` first" in refused.stderr
    with sqlite3.connect(tmp_path / "new.sqlite3") as database:  # nothing was created in it
        assert database.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone() == (0,)
    migrated = subprocess.run([dialogue, "migrate"], env=environment, capture_output=True, text=True)
    assert migrated.returncode == 0 and "Applied" in migrated.stdout
    assert subprocess.run([dialogue, "review", "list"], env=environment, capture_output=True, text=True).returncode == 0


@pytest.mark.unsound_record
def test_check_exits_one_when_a_quoted_value_was_blanked_by_hand(run, officers, default_record):
    from dialogue.access.services import actor_for
    from dialogue.record.services.editing import fact_edit, fact_version
    from dialogue.record.models import Meeting

    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    fact_edit(actor=actor_for(officers["reviewer"]), fact=meeting, version=fact_version(meeting), changes={"city": ""})
    result = run("check")
    assert result.exit_code == 1
    assert "city was changed by hand from the quoted 'Tokyo' to '' without a new quote" in result.output


def test_progress_lists_a_deal_without_a_rate_warns_and_exits_zero(run, japanese_deal):
    from decimal import Decimal

    from django.utils import timezone

    from dialogue.record.models import Deal

    target = japanese_deal.format.targets.get()
    japanese_deal.targets.add(target)
    Deal.objects.filter(pk=japanese_deal.pk).update(stage="commitment")
    som = Deal.objects.create(key="c5-japan.deal.kg-depot", format=japanese_deal.format, title="Bus depot loan", value=Decimal(900_000_000),
                              currency="KGS", signed="2025-12-01", stage="commitment", entered_by="tests", entered_at=timezone.now())
    som.targets.add(target)
    result = run("progress", "--format", "C5+Japan")
    assert result.exit_code == 0
    assert "achieved 1,000,000,000.00 JPY" in result.stdout and "1 deal not converted, left out" in result.stdout
    assert "Bus depot loan: 900,000,000.00 KGS — not converted: no KGS→JPY rate on 2025-12-01 or the week before" in result.stdout
    assert "Warning: 1 deal not converted" in result.stderr and "dialogue rates import" in result.stderr
