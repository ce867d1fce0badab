"""A candidate accepted where a deleted fact holds the key it would take: written under a key of its own, never a
500 (issue 10: "accepting a candidate whose key a soft-deleted fact holds fails with a 500")."""

from decimal import Decimal

from dialogue.access.models import Role
from dialogue.ingest.models import Candidate
from dialogue.ingest.readers import RawReport
from dialogue.ingest.review import candidate_accept, source_accept_all
from dialogue.ingest.selectors import gazetteer_from_record
from dialogue.ingest.services import report_ingest
from dialogue.record.integrity import ERROR, record_problems
from dialogue.record.models import Target
from dialogue.record.permissions import Actor
from dialogue.record.services.editing import fact_delete, fact_version

REVIEWER = Actor(name="reviewer", role=Role.REVIEWER)
ADMIN = Actor(name="admin", role=Role.ADMINISTRATOR)
GOAL = ("The first Central Asia plus Norway Summit took place in Oslo on 14 April 2026. "
        "The leaders set a goal of $20 billion in investment projects over five years.")
AGAIN = ("At the first Central Asia plus Norway Summit, held in Oslo on 14 April 2026, the leaders set a goal of "
         "$20 billion in investment projects over five years, a second wire wrote.")


def _ingest(stem: str, text: str, publisher: str) -> str:
    report = RawReport(origin=f"{stem}.txt", stem=stem, publisher=publisher, published="2026-04-20", text=text)
    return report_ingest(report, gazetteer=gazetteer_from_record()).source_key


def _deleted_target(db) -> Target:
    source_accept_all(_ingest("goal", GOAL, "Test Wire"), reviewer=REVIEWER)
    target = Target.objects.get()
    fact_delete(actor=ADMIN, fact=target, version=fact_version(target))
    return target


def test_a_target_accepted_again_after_its_fact_was_deleted_takes_a_key_of_its_own(db):
    deleted = _deleted_target(db)
    candidate = Candidate.objects.get(source__key=_ingest("again", AGAIN, "Second Wire"), kind="target")
    key = candidate_accept(candidate, reviewer=REVIEWER)
    written = Target.objects.get()
    assert (written.key, written.amount) == (key, Decimal("20000000000")) and key != deleted.key
    assert Target.everything.filter(key=deleted.key, deleted_at__isnull=False).exists()
    assert [str(p) for p in record_problems() if p.severity == ERROR] == []
