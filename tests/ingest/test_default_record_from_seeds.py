"""Ingesting both seed reports into an empty record and accepting every candidate gives the
facts of the shipped default record (compared as dumps, ignoring evidence spans, curator
notes and manual-entry marks: the facts, not the words chosen to anchor them)."""

from dialogue.ingest.models import Candidate
from dialogue.ingest.readers import read_reports
from dialogue.record.permissions import Actor
from dialogue.ingest.review import source_accept_all
from dialogue.ingest.selectors import gazetteer_from_record
from dialogue.ingest.services import STORED, batch_ingest
from dialogue.record.defaults import DEFAULT_RECORD
from dialogue.record.interchange import record_dump, record_load_file
from dialogue.record.models import Evidence, Source
from dialogue.record.sections import FACT_SECTIONS

IGNORED = {"note", "entered_by", "entered_at", "evidence"}


def facts(dump: dict) -> dict:
    return {section: [{k: v for k, v in row.items() if k not in IGNORED} for row in dump[section]] for section, _ in FACT_SECTIONS}


def _empty_the_record():
    from dialogue.record.models import Area, Meeting

    Candidate.objects.all().delete()
    Meeting.objects.update(announced_at=None)
    Area.objects.update(parent=None)
    for _, model in reversed(FACT_SECTIONS):
        model.objects.all().delete()
    Evidence.objects.all().delete()
    Source.objects.all().delete()


def test_the_seeds_ingested_and_accepted_give_the_default_records_facts(db, seeds):
    results = batch_ingest(read_reports([str(seeds)]), gazetteer=gazetteer_from_record())
    assert [r.outcome for r in results] == [STORED, STORED]
    for result in results:
        source_accept_all(result.source_key, reviewer=Actor.administrator("reviewer"))
    ingested = facts(record_dump())
    _empty_the_record()
    record_load_file(DEFAULT_RECORD)
    shipped = facts(record_dump())
    assert ingested == shipped
