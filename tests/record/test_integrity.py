import pytest

from dialogue.record.integrity import ERROR, WARNING, record_problems
from dialogue.record.models import DealStageChange, Document, Evidence, Initiative, Meeting


def _errors():
    return [str(p) for p in record_problems() if p.severity == ERROR]


def test_the_default_record_is_sound_and_warns_of_unverified_quotes(default_record):
    problems = record_problems()
    assert [p for p in problems if p.severity == ERROR] == []
    assert {p.where for p in problems if p.severity == WARNING} == {
        "sources 'anadolu-caj-first-summit'", "sources 'kazinform-2022-12-25'",
    }


def test_with_the_texts_attached_nothing_is_left_to_warn_about(default_record, seeds):
    from dialogue.record.services import source_texts_attach

    source_texts_attach([seeds])
    assert record_problems() == []


@pytest.mark.unsound_record
def test_a_broken_quote_is_an_error(default_record, seeds):
    from dialogue.record.services import source_texts_attach

    source_texts_attach([seeds])
    item = Evidence.objects.filter(quote="TOKYO").get()
    Evidence.objects.filter(id=item.id).update(quote="KYOTO")
    assert _errors() == [
        f"error: evidence {item.id} (source 'kazinform-2022-12-25', {item.start}-{item.end}): "
        "the quote 'KYOTO' does not match the source at 56-61, which reads 'TOKYO'"
    ]


@pytest.mark.unsound_record
def test_evidence_of_a_fact_that_is_gone_is_dangling(default_record):
    document = Document.objects.get(key="c5-japan.fm-9.joint-statement")
    document.evidence.update(object_id=document.id + 10_000)  # as a raw-SQL delete would leave it
    assert any("points to a fact that is not in the record" in e for e in _errors())


def test_a_deleted_fact_keeps_its_evidence_for_restoring_and_the_record_stays_sound(officers, default_record):
    from dialogue.access.services import actor_for
    from dialogue.record.services.editing import fact_delete, fact_restore, fact_version

    admin = actor_for(officers["admin"])
    document = Document.objects.get(key="c5-japan.fm-9.joint-statement")
    fact_delete(actor=admin, fact=document, version=fact_version(document))
    assert document.evidence.exists() and not Document.objects.filter(key=document.key).exists()
    assert _errors() == []
    fact_restore(actor=admin, fact=Document.everything.get(key=document.key))
    assert _errors() == []


@pytest.mark.unsound_record
def test_a_fact_without_evidence_or_manual_mark_is_an_error(default_record):
    meeting = Meeting.objects.get(key="c5-japan.fm-10")
    meeting.evidence.all().delete()
    assert "error: meetings 'c5-japan.fm-10': has no evidence and no manual-entry mark" in _errors()


@pytest.mark.unsound_record
def test_an_initiative_whose_status_disagrees_with_its_history_is_an_error(default_record):
    Initiative.objects.filter(title__startswith="Joint Action Plan").update(status="delivered")
    assert any("latest status change" in e for e in _errors())


def _ninth_meeting_edited(actor_name, officers, changes, citations=()):
    from dialogue.access.services import actor_for
    from dialogue.record.services.editing import fact_edit, fact_version

    meeting = Meeting.objects.get(key="c5-japan.fm-9")  # its city stands on the quote 'TOKYO'
    return fact_edit(actor=actor_for(officers[actor_name]), fact=meeting, version=fact_version(meeting), changes=changes,
                     citations=citations)


@pytest.mark.unsound_record
def test_a_quoted_value_blanked_by_hand_without_a_new_quote_is_an_error(officers, default_record):
    _ninth_meeting_edited("reviewer", officers, {"city": ""})
    [error] = _errors()
    assert error.startswith("error: meetings 'c5-japan.fm-9': city was changed by hand from the quoted 'Tokyo' to '' "
                            "without a new quote (edited by rosa, ")


def test_a_quoted_value_changed_by_hand_and_later_put_back_is_sound(officers, default_record):
    _ninth_meeting_edited("reviewer", officers, {"city": "Kyoto"})
    assert any("from the quoted 'Tokyo' to 'Kyoto'" in e for e in _errors())
    _ninth_meeting_edited("reviewer", officers, {"city": "Tokyo"})
    assert _errors() == []


def test_a_quoted_value_changed_by_an_edit_that_cites_its_new_quote_is_sound(officers, bulletin):
    from dialogue.record.services.editing import Citation

    start = bulletin.text.index("Kyoto")
    _ninth_meeting_edited("reviewer", officers, {"city": "Kyoto", "title": "Ninth meeting"},
                          citations=[Citation(source=bulletin, start=start, end=start + 5, quote="Kyoto")])
    assert _errors() == []


@pytest.mark.unsound_record
def test_a_quoted_value_changed_in_the_admin_is_an_error_naming_who(default_record):
    from django.contrib.auth.models import User

    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    # as the admin saves it: the signed-in user, no reason
    meeting._history_user = User.objects.create_superuser("curator", "curator@example.org", "a long passphrase")
    meeting.ordinal = 8
    meeting.save()
    assert _errors() == ["error: meetings 'c5-japan.fm-9': ordinal was changed by hand from the quoted '9' to '8' without a new quote "
                         f"(changed in the admin by curator, {meeting.history.latest().history_date:%Y-%m-%d %H:%M})"]


@pytest.mark.unsound_record
def test_a_deal_whose_stage_disagrees_with_its_latest_step_is_an_error(japanese_deal):
    DealStageChange.objects.create(key="c5-japan.deal.jp-grid.completed", deal=japanese_deal, stage="completed",
                                   date="2026-03", entered_by="tests")
    assert "error: deals 'c5-japan.deal.jp-grid': stage is 'pledge' but its latest stage change " \
           "(c5-japan.deal.jp-grid.completed) says 'completed'" in _errors()
