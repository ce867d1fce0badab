"""Ingestion into the review queue and review into the record, as officers and reviewers use them."""

import pytest

from dialogue.access.models import Role
from dialogue.record.permissions import Actor
from dialogue.ingest.models import Candidate
from dialogue.ingest.readers import RawReport, ReadError
from dialogue.ingest.review import ReviewError, candidate_accept, candidate_edit, candidate_reject, source_accept_all
from dialogue.ingest.selectors import gazetteer_from_record
from dialogue.ingest.services import DUPLICATE, FAILED, STORED, TWIN, batch_ingest, report_ingest
from dialogue.record.integrity import ERROR, record_problems
from dialogue.record.models import Attendance, BilateralTalk, ChairTerm, Evidence, Meeting, Person, Source

REVIEWER = Actor(name="reviewer", role=Role.REVIEWER)
SUMMIT = RawReport(
    origin="summit.txt", stem="summit", publisher="Test Wire", published="2026-06-08",
    text=("SEOUL – South Korean President Lee Jae-myung on Saturday hosted the first Korea-Central Asia Summit in Seoul. "
          "Kazakh President Kassym-Jomart Tokaev and Uzbek President Shavkat Mirziyoyev attended with the other Central Asian leaders. "
          "The leaders adopted the Seoul Declaration. Lee held separate bilateral talks with Tokaev."),
)


@pytest.fixture
def gazetteer(db):
    return gazetteer_from_record()


def _ingest(report, gazetteer):
    return report_ingest(report, gazetteer=gazetteer)


def test_a_report_becomes_a_source_with_candidates_to_review(gazetteer):
    result = _ingest(SUMMIT, gazetteer)
    assert result.outcome == STORED
    source = Source.objects.get(key=result.source_key)
    assert source.text == SUMMIT.text and source.published == "2026-06-08"
    kinds = {c.kind for c in source.candidates.all()}
    assert {"meeting", "attendance", "document", "bilateral"} <= kinds
    for candidate in source.candidates.all():
        for quote in candidate.quotes:
            assert source.text[quote["start"] : quote["end"]] == quote["quote"]
        assert 0 < candidate.confidence <= 1


def test_the_same_report_again_adds_nothing(gazetteer):
    _ingest(SUMMIT, gazetteer)
    before = (Source.objects.count(), Candidate.objects.count())
    assert _ingest(SUMMIT, gazetteer).outcome == DUPLICATE
    assert (Source.objects.count(), Candidate.objects.count()) == before


def test_a_near_copy_is_linked_to_its_twin_and_not_extracted_again(gazetteer):
    first = _ingest(SUMMIT, gazetteer)
    copy = RawReport(origin="copy.txt", stem="copy", publisher="Other Site", published="2026-06-08",
                     text=SUMMIT.text.replace("SEOUL –", "SEOUL, June 8 (Other Site) –") + " Photo: pool.")
    result = _ingest(copy, gazetteer)
    assert result.outcome == TWIN
    twin = Source.objects.get(key=result.source_key)
    assert twin.twin_of.key == first.source_key and not twin.candidates.exists()


def test_a_twin_another_worker_stores_while_this_one_extracts_is_still_found(gazetteer, monkeypatch):
    from dialogue.ingest import services

    copy = RawReport(origin="copy.txt", stem="copy", publisher="Other Site", published="2026-06-08",
                     text=SUMMIT.text.replace("SEOUL –", "SEOUL, June 8 (Other Site) –") + " Photo: pool.")
    lookup, stored = services.source_twin_find, []

    def meanwhile(text, fingerprint, published="", **options):
        found = lookup(text, fingerprint, published, **options)
        if text == copy.text and not stored:  # the look before extracting: the other worker stores the first copy just after it
            stored.append(report_ingest(SUMMIT, gazetteer=gazetteer))
        return found

    monkeypatch.setattr(services, "source_twin_find", meanwhile)
    result = _ingest(copy, gazetteer)
    assert (stored[0].outcome, result.outcome) == (STORED, TWIN)
    twin = Source.objects.get(key=result.source_key)
    assert twin.twin_of.key == stored[0].source_key and not twin.candidates.exists()


def test_a_batch_reports_each_bad_item_and_stores_the_rest(gazetteer):
    results = batch_ingest([ReadError("broken.txt", "binary data, not a text report"), SUMMIT], gazetteer=gazetteer)
    assert [(r.origin, r.outcome) for r in results] == [("broken.txt", FAILED), ("summit.txt", STORED)]


def test_accepting_a_source_writes_facts_with_evidence_and_a_sound_record(gazetteer):
    source_key = _ingest(SUMMIT, gazetteer).source_key
    keys = source_accept_all(source_key, reviewer=REVIEWER)
    meeting = Meeting.objects.get(level="summit", ordinal=1)
    assert meeting.key in keys and (meeting.city, meeting.host.code, meeting.date) == ("Seoul", "KR", "2026-06-06")
    assert {a.person.name for a in Attendance.objects.filter(meeting=meeting)} >= {"Lee Jae-myung", "Kassym-Jomart Tokaev", "Shavkat Mirziyoyev"}
    assert BilateralTalk.objects.filter(meeting=meeting).count() == 1
    assert Evidence.objects.filter(source__key=source_key).count() > 10
    assert [p for p in record_problems() if p.severity == ERROR] == []
    assert meeting.history.first().history_change_reason.startswith(f"accepted from {source_key}")


def test_a_known_fact_gains_a_source_instead_of_a_twin_fact(default_record, gazetteer):
    report = RawReport(origin="x.txt", stem="x", publisher="Other Agency", published="2025-12-22",
                       text="Japanese Prime Minister Sanae Takaichi hosted the first summit of the Central Asia plus Japan Dialogue in Tokyo on Saturday.")
    source_key = _ingest(report, gazetteer).source_key
    meeting_candidate = Candidate.objects.get(source__key=source_key, kind="meeting")
    assert (meeting_candidate.resolution, meeting_candidate.matched_key) == ("known", "c5-japan.summit-1")
    source_accept_all(source_key, reviewer=REVIEWER)
    summit = Meeting.objects.get(key="c5-japan.summit-1")
    assert Meeting.objects.filter(level="summit", ordinal=1).count() == 1
    assert summit.date == "2025-12-20"  # the gap is filled; nothing held is overwritten
    assert {e.source.key for e in summit.evidence.all()} == {"anadolu-caj-first-summit", source_key}


def test_a_conflict_is_shown_and_never_overwrites_silently(default_record, gazetteer):
    report = RawReport(origin="y.txt", stem="y", publisher="Confused Daily", published="2023-01-02",
                       text="OSAKA. The 9th Ministerial Meeting of the Central Asia + Japan Dialogue was held in Osaka.")
    source_key = _ingest(report, gazetteer).source_key
    candidate = Candidate.objects.get(source__key=source_key, kind="meeting")
    assert candidate.resolution == "conflict"
    assert candidate.conflicts == {"city": {"record": "Tokyo", "candidate": "Osaka"}}
    with pytest.raises(ReviewError, match="the record has 'Tokyo', the source says 'Osaka'"):
        candidate_accept(candidate, reviewer=REVIEWER)
    assert Meeting.objects.get(key="c5-japan.fm-9").city == "Tokyo"
    candidate_accept(candidate, reviewer=REVIEWER, choose="record")
    assert Meeting.objects.get(key="c5-japan.fm-9").city == "Tokyo"


def test_the_same_person_under_another_spelling_is_one_person(default_record, gazetteer):
    report = RawReport(origin="z.txt", stem="z", publisher="Test", published="2026-01-10",
                       text="Kyrgyz President Sadyr Japarov attended the second Central Asia plus Japan summit in Astana.")
    source_accept_all(_ingest(report, gazetteer).source_key, reviewer=REVIEWER)
    zhaparov = Person.objects.get(key="person.zhaparov")
    assert Person.objects.filter(family_name__in=["Japarov", "Zhaparov"]).count() == 1
    assert "Sadyr Japarov" in zhaparov.other_names


def test_an_edit_is_kept_beside_the_proposal_and_accepted(gazetteer):
    source_key = _ingest(SUMMIT, gazetteer).source_key
    candidate = Candidate.objects.filter(source__key=source_key, kind="attendance").first()
    candidate_edit(candidate, changes={"role": "President of the Republic"}, reviewer=REVIEWER)
    candidate.refresh_from_db()
    assert candidate.payload["role"] != "President of the Republic" and candidate.edited_payload["role"] == "President of the Republic"
    key = candidate_accept(candidate, reviewer=REVIEWER)
    assert Attendance.objects.get(key=key).post.label == "President of the Republic"
    with pytest.raises(ReviewError, match="has no field"):
        candidate_edit(Candidate.objects.filter(source__key=source_key, status="pending").first(), changes={"colour": "red"}, reviewer=REVIEWER)


def test_a_rejected_candidate_writes_nothing_and_cannot_be_accepted(gazetteer):
    source_key = _ingest(SUMMIT, gazetteer).source_key
    chair_or_document = Candidate.objects.filter(source__key=source_key, kind="document").first()
    candidate_reject(chair_or_document, reviewer=REVIEWER)
    with pytest.raises(ReviewError, match="already rejected"):
        candidate_accept(chair_or_document, reviewer=REVIEWER)
    assert not ChairTerm.objects.exists()


def test_accepting_a_participant_first_brings_its_meeting(gazetteer):
    source_key = _ingest(SUMMIT, gazetteer).source_key
    attendance = Candidate.objects.filter(source__key=source_key, kind="attendance").first()
    candidate_accept(attendance, reviewer=REVIEWER)
    assert Candidate.objects.get(source__key=source_key, kind="meeting").status == "accepted"


def test_a_fact_shows_how_many_sources_support_it_and_whether_one_is_official(default_record, gazetteer):
    from dialogue.record.selectors import fact_support

    summit = Meeting.objects.get(key="c5-japan.summit-1")
    assert str(fact_support(summit)) == "1 source, press only"
    release = RawReport(origin="mofa.txt", stem="mofa", publisher="Ministry of Foreign Affairs of Japan", published="2025-12-20",
                        text="The first Summit of the Central Asia plus Japan Dialogue took place in Tokyo on 20 December.")
    source_accept_all(_ingest(release, gazetteer).source_key, reviewer=REVIEWER)
    support = fact_support(summit)
    assert (support.sources, support.official) == (2, True)
    assert str(support) == "2 sources, including an official one"


def test_a_meeting_reported_a_day_apart_is_the_same_meeting(db):
    first = RawReport(origin="a.txt", stem="a", publisher="Wire A", published="2024-04-03",
                      text="BERLIN — German Foreign Minister Anna Weber on Tuesday hosted a meeting in the Central Asia-Germany format in Berlin.")
    second = RawReport(origin="b.txt", stem="b", publisher="Wire B", published="2024-04-04",
                       text="Foreign ministers of the Central Asia-Germany format met in Berlin on Wednesday with German Foreign Minister Anna Weber.")
    source_accept_all(report_ingest(first, gazetteer=gazetteer_from_record()).source_key, reviewer=REVIEWER)
    result = report_ingest(second, gazetteer=gazetteer_from_record())
    candidate = Candidate.objects.get(source__key=result.source_key, kind="meeting")
    assert candidate.resolution in ("known", "conflict") and candidate.matched_key
    assert candidate.conflicts == {"date": {"record": "2024-04-02", "candidate": "2024-04-03"}}


@pytest.mark.django_db(transaction=True)
def test_two_worker_processes_ingest_what_one_does():
    from bench.synthetic import report

    reports = [RawReport(origin=f"s{i}", stem=str(i), **report(i)) for i in range(6)]
    results = batch_ingest(reports, gazetteer=gazetteer_from_record(), workers=2)
    assert [r.outcome for r in results] == [STORED] * 6
    by_two = sorted((c.source.content_hash, c.kind, c.position) for c in Candidate.objects.select_related("source"))
    Candidate.objects.all().delete()
    Source.objects.all().delete()
    batch_ingest(reports, gazetteer=gazetteer_from_record(), workers=1)
    assert sorted((c.source.content_hash, c.kind, c.position) for c in Candidate.objects.select_related("source")) == by_two


def test_a_report_in_a_language_extraction_does_not_read_is_stored_and_says_so(gazetteer):
    kazakh = RawReport(origin="kk.txt", stem="kk", publisher="Test Wire", published="2026-06-08",
                       text="Орталық Азия мен Норвегияның бірінші саммиті Ослода өтті. Президенттер декларация қабылдады.")
    result = _ingest(kazakh, gazetteer)
    source = Source.objects.get(key=result.source_key)
    assert (result.outcome, result.message, source.language) == (STORED, "not read: language kk", "kk")
    assert not source.candidates.exists()


def test_a_report_with_no_declared_language_is_read_when_english(gazetteer):
    result = _ingest(SUMMIT, gazetteer)
    assert Source.objects.get(key=result.source_key).language == "en" and result.candidates


def test_a_published_date_not_understood_is_said_not_dropped_silently(gazetteer):
    report = RawReport(origin="odd.txt", stem="odd", publisher="Test Wire", published="the 31st of Smarch",
                       text="The first summit of Central Asia and Norway was held in Oslo.")
    result = _ingest(report, gazetteer)
    assert result.outcome == STORED and "'the 31st of Smarch' not understood; stored undated" in result.message
    assert Source.objects.get(key=result.source_key).published == ""
