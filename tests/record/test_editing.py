"""Editing by hand: checked, versioned, validated, kept in history, revertible; deletion soft and reversible."""

import pytest
from django.utils import timezone
from django.core.exceptions import PermissionDenied, ValidationError

from dialogue.access.services import actor_for
from dialogue.record.services.editing import (
    DeletionRefused, StaleVersion, fact_changes, fact_delete, fact_edit, fact_restore, fact_revert, fact_version,
)
from dialogue.record.interchange import record_dump
from dialogue.record.models import Attendance, Country, Deal, Meeting, Person


def test_an_edit_is_saved_with_who_made_it(officers, japanese_deal):
    haruto = actor_for(officers["jp"])
    fact_edit(actor=haruto, fact=japanese_deal, version=fact_version(japanese_deal), changes={"stage": "commitment"})
    assert Deal.objects.get(pk=japanese_deal.pk).stage == "commitment"
    latest = fact_changes(japanese_deal)[0]
    assert latest.reason == "edited by haruto" and ("stage", "pledge", "commitment") in latest.differences


def test_a_stale_version_is_refused_and_nothing_changes(officers, japanese_deal):
    haruto = actor_for(officers["jp"])
    seen = fact_version(japanese_deal)
    fact_edit(actor=haruto, fact=japanese_deal, version=seen, changes={"title": "First change"})
    with pytest.raises(StaleVersion) as refused:
        fact_edit(actor=haruto, fact=japanese_deal, version=seen, changes={"title": "Second change"})
    assert refused.value.current == fact_version(Deal.objects.get(pk=japanese_deal.pk))
    assert Deal.objects.get(pk=japanese_deal.pk).title == "First change"


def test_an_invalid_edit_names_the_field_and_writes_nothing(officers, japanese_deal):
    with pytest.raises(ValidationError) as refused:
        fact_edit(actor=actor_for(officers["jp"]), fact=japanese_deal, version=fact_version(japanese_deal),
                  changes={"currency": ""})
    assert "currency" in refused.value.message_dict
    assert Deal.objects.get(pk=japanese_deal.pk).currency == "JPY"


def test_a_focal_point_cannot_give_their_item_to_another_country(officers, japanese_deal):
    with pytest.raises(PermissionDenied):
        fact_edit(actor=actor_for(officers["jp"]), fact=japanese_deal, version=fact_version(japanese_deal),
                  changes={"countries": [Country.objects.get(code="KZ")]})
    assert list(japanese_deal.countries.values_list("code", flat=True)) == ["JP"]


def test_revert_restores_an_earlier_version(officers, japanese_deal):
    reviewer = actor_for(officers["reviewer"])
    first = fact_changes(japanese_deal)[0].history_id
    fact_edit(actor=reviewer, fact=japanese_deal, version=fact_version(japanese_deal), changes={"title": "Wrong title"})
    deal = Deal.objects.get(pk=japanese_deal.pk)
    fact_revert(actor=reviewer, fact=deal, history_id=first, version=fact_version(deal))
    assert Deal.objects.get(pk=deal.pk).title == "Grid modernisation loan"
    assert fact_changes(deal)[0].reason.startswith("reverted to the version of")


def test_deleting_a_meeting_hides_it_with_its_attendances_and_restore_brings_both_back(officers, senior_officials_meeting):
    reviewer = actor_for(officers["reviewer"])
    meeting = senior_officials_meeting
    before = record_dump()
    deletion = fact_delete(actor=reviewer, fact=meeting, version=fact_version(meeting))
    assert not Meeting.objects.filter(key="c5-japan.som-1").exists()
    assert Attendance.objects.filter(meeting__key="c5-japan.som-1").count() == 0
    assert sorted(type(d).__name__ for d in deletion.dependents) == ["Attendance", "Attendance"]
    fact_restore(actor=reviewer, fact=Meeting.everything.get(key="c5-japan.som-1"))
    assert record_dump() == before


def test_a_meeting_that_documents_and_initiatives_cite_cannot_be_deleted(officers, default_record):
    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    with pytest.raises(DeletionRefused, match="still referred to by chair term 'c5-japan.chair.kz-2023', document"):
        fact_delete(actor=actor_for(officers["admin"]), fact=meeting, version=fact_version(meeting))


def test_a_person_still_named_in_a_meeting_cannot_be_deleted(officers, default_record):
    person = Person.objects.get(key="person.tokayev")
    with pytest.raises(DeletionRefused, match="still referred to by attendance"):
        fact_delete(actor=actor_for(officers["admin"]), fact=person, version=fact_version(person))
    assert Person.objects.filter(key="person.tokayev").exists()


def test_a_focal_point_cannot_delete_another_countrys_meeting(officers, default_record):
    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    with pytest.raises(PermissionDenied):
        fact_delete(actor=actor_for(officers["kz"]), fact=meeting, version=fact_version(meeting))
    assert Meeting.objects.filter(pk=meeting.pk).exists()


def test_restoring_an_attendance_of_a_deleted_meeting_asks_for_the_meeting_first(officers, default_record):
    reviewer = actor_for(officers["reviewer"])
    meeting = Meeting.objects.get(key="c5-japan.summit-1")
    attendance = meeting.attendances.first()
    fact_delete(actor=reviewer, fact=attendance, version=fact_version(attendance))
    Meeting.objects.filter(pk=meeting.pk).update(deleted_at=timezone.now())
    with pytest.raises(DeletionRefused, match="Its meeting is deleted: restore that first"):
        fact_restore(actor=reviewer, fact=Attendance.everything.get(pk=attendance.pk))


def test_reverting_to_a_version_that_names_a_deleted_fact_is_refused(officers, japanese_deal):
    reviewer = actor_for(officers["reviewer"])
    summit = Meeting.objects.get(key="c5-japan.summit-1")
    fact_edit(actor=reviewer, fact=japanese_deal, version=fact_version(japanese_deal), changes={"meeting": summit})
    with_meeting = fact_changes(japanese_deal)[0].history_id
    deal = Deal.objects.get(pk=japanese_deal.pk)
    fact_edit(actor=reviewer, fact=deal, version=fact_version(deal), changes={"meeting": None})
    Meeting.objects.filter(pk=summit.pk).update(deleted_at=timezone.now())
    deal = Deal.objects.get(pk=deal.pk)
    with pytest.raises(DeletionRefused, match="The meeting of that version is no longer in the record"):
        fact_revert(actor=reviewer, fact=deal, history_id=with_meeting, version=fact_version(deal))


def test_a_double_clicked_delete_is_refused_the_second_time_and_restore_brings_everything_back(officers, senior_officials_meeting):
    reviewer = actor_for(officers["reviewer"])
    meeting = senior_officials_meeting
    before, seen = record_dump(), fact_version(meeting)
    fact_delete(actor=reviewer, fact=meeting, version=seen)
    with pytest.raises(StaleVersion):
        fact_delete(actor=reviewer, fact=Meeting.everything.get(key="c5-japan.som-1"), version=seen)
    with pytest.raises(StaleVersion):
        fact_edit(actor=reviewer, fact=Meeting.everything.get(key="c5-japan.som-1"), version=seen, changes={"city": "Oslo"})
    fact_restore(actor=reviewer, fact=Meeting.everything.get(key="c5-japan.som-1"))
    assert record_dump() == before


def _kyoto(source, words="Kyoto", field=""):
    from dialogue.record.services.editing import Citation

    start = source.text.index(words)
    return Citation(source=source, start=start, end=start + len(words), quote=words, field=field)


def test_an_edit_may_cite_a_source_and_its_quote_backs_each_field_it_changed(officers, bulletin):
    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    fact_edit(actor=actor_for(officers["reviewer"]), fact=meeting, version=fact_version(meeting),
              changes={"city": "Kyoto", "ordinal": 9, "title": meeting.title}, citations=[_kyoto(bulletin)])
    added = meeting.evidence.filter(source=bulletin)
    assert list(added.values_list("field", "quote")) == [("city", "Kyoto")]  # ordinal and title were not changed
    assert Meeting.objects.get(pk=meeting.pk).city == "Kyoto"


def test_an_edit_citing_a_quote_not_in_its_source_is_refused_and_nothing_changes(officers, bulletin):
    from dialogue.record.services.editing import Citation

    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    wrong = Citation(source=bulletin, start=0, end=5, quote="Kyoto")
    with pytest.raises(ValidationError) as refused:
        fact_edit(actor=actor_for(officers["reviewer"]), fact=meeting, version=fact_version(meeting), changes={"city": "Kyoto"},
                  citations=[wrong])
    assert "does not match the source at 0-5, which reads 'Berge'" in str(refused.value.message_dict["quote"])
    assert Meeting.objects.get(pk=meeting.pk).city == "Tokyo" and not meeting.evidence.filter(source=bulletin).exists()


def test_an_edit_citing_a_field_the_fact_does_not_have_is_refused(officers, bulletin):
    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    with pytest.raises(ValidationError, match="A meeting has no field 'colour'"):
        fact_edit(actor=actor_for(officers["reviewer"]), fact=meeting, version=fact_version(meeting), changes={},
                  citations=[_kyoto(bulletin, field="colour")])
    assert not meeting.evidence.filter(source=bulletin).exists()


def test_a_citation_of_an_edit_that_changes_nothing_backs_the_whole_fact_once(officers, bulletin):
    reviewer = actor_for(officers["reviewer"])
    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    citation = _kyoto(bulletin, "the ninth meeting of the foreign ministers")
    fact_edit(actor=reviewer, fact=meeting, version=fact_version(meeting), changes={}, citations=[citation])
    fact_edit(actor=reviewer, fact=meeting, version=fact_version(meeting), changes={}, citations=[citation])
    assert list(meeting.evidence.filter(source=bulletin).values_list("field", flat=True)) == [""]
