"""`dialogue review accept --keep-record` on a conflict: the record's figure stays and the other source is listed as
dissent, never as support (issue 10: "lists the dissenting source as support")."""

import pytest
from click.testing import CliRunner

from dialogue.cli import main
from dialogue.ingest.models import Candidate
from dialogue.ingest.review import source_accept_all
from dialogue.record.models import Target
from tests.ingest.test_conflicts import GOAL, OTHER_FIGURE, REVIEWER, _ingest


@pytest.fixture
def conflict(db) -> Candidate:
    source_accept_all(_ingest("goal", GOAL), reviewer=REVIEWER)
    return Candidate.objects.get(source__key=_ingest("other", OTHER_FIGURE, publisher="Second Wire"), kind="target")


def test_keep_record_keeps_the_figure_and_the_fact_page_counts_the_other_source_as_dissent(client, conflict):
    accepted = CliRunner().invoke(main, ["review", "accept", "--reviewer", "rosa", "--keep-record", str(conflict.id)],
                                  catch_exceptions=False)
    target = Target.objects.get()
    assert accepted.exit_code == 0 and f"as {target.key}" in accepted.output and target.amount == 20_000_000_000
    page = client.get(f"/facts/targets/{target.key}/").content.decode()
    assert "Supported by 1 source" in page and "1 source dissents" in page


def test_without_a_choice_the_conflict_is_refused_and_named(conflict):
    refused = CliRunner().invoke(main, ["review", "accept", "--reviewer", "rosa", str(conflict.id)])
    assert refused.exit_code == 1 and "the record has '20000000000', the source says '22000000000'" in refused.output
