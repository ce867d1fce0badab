"""The record's services write a fact only when it is valid and the actor may write it, with its history entry and
its evidence, all or nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from dialogue.access.models import Role
from dialogue.record.permissions import Actor
from dialogue.lib.texts import content_hash
from dialogue.record.models import Country, Deal, Format, Meeting, Person, Source, Target
from dialogue.record.services import Citation, EvidenceError, evidence_cite
from dialogue.record.services.meetings import meeting_create, meeting_report
from dialogue.record.services.money import deal_create, target_create
from dialogue.record.services.people import person_create

REPORT = ("Bergen, 9 May. Ainur Bekova chaired the third working group on river ports, held in Atyrau. "
          "Firms pledged grain silos, and a ferry loan moved on to a commitment.")
REVIEWER = Actor(name="dana", role=Role.REVIEWER)
FOCAL_KZ = Actor(name="aigerim", role=Role.FOCAL_POINT, country="KZ")


@pytest.fixture
def wire(default_record) -> Source:
    return Source.objects.create(key="test-wire-2026-05-09", publisher="Test Wire", title="River ports",
                                 content_hash=content_hash(REPORT), text=REPORT)


@pytest.fixture
def fmt(default_record) -> Format:
    return Format.objects.get(short_name="C5+Japan")


def _citation(source: Source, words: str) -> Citation:
    start = source.text.index(words)
    return Citation(source=source, start=start, end=start + len(words), quote=words)


def _title(level: str, ordinal: int | None) -> str:
    return f"Working group {ordinal}" if ordinal else "Working group"


def test_a_new_meeting_is_written_with_its_evidence_and_a_history_entry_saying_why_and_by_whom(wire, fmt):
    words = "the third working group on river ports, held in Atyrau"
    meeting = meeting_create(actor=REVIEWER, reason="accepted from test-wire-2026-05-09", key_base="c5-japan.wg-3", format=fmt,
                             level=Meeting.Level.WORKING_GROUP, status=Meeting.Status.HELD, title="Working group 3", ordinal=3,
                             city="Atyrau", citations=[_citation(wire, words)])
    assert [item.quote for item in meeting.evidence.all()] == [words]
    assert meeting.history.get().history_change_reason == "accepted from test-wire-2026-05-09 by dana"


def test_a_meeting_whose_city_holds_a_control_character_is_refused_and_nothing_is_written(fmt):
    with pytest.raises(ValidationError) as refused:
        meeting_create(actor=REVIEWER, reason="entered", key_base="c5-japan.wg-bad", format=fmt, level=Meeting.Level.WORKING_GROUP,
                       status=Meeting.Status.HELD, title="Working group", city="Aty\x07rau")
    assert "city" in refused.value.message_dict
    assert not Meeting.everything.filter(key__startswith="c5-japan.wg-bad").exists()


def test_a_later_report_of_a_planned_meeting_moves_it_to_held_and_gives_it_its_numbered_title(wire, fmt):
    planned = meeting_create(actor=REVIEWER, reason="announced", key_base="c5-japan.wg-next", format=fmt,
                             level=Meeting.Level.WORKING_GROUP, status=Meeting.Status.PLANNED, title="Working group",
                             citations=[_citation(wire, "working group on river ports")])
    held = meeting_report(planned, actor=REVIEWER, reason="reported", status=Meeting.Status.HELD, title_of=_title, ordinal=3,
                          city="Atyrau")
    held.refresh_from_db()
    assert (held.status, held.title, held.ordinal, held.city) == (Meeting.Status.HELD, "Working group 3", 3, "Atyrau")
    assert held.history.count() == 2


def test_a_held_meeting_is_not_taken_back_to_planned_by_a_later_report(wire, fmt):
    held = meeting_create(actor=REVIEWER, reason="reported", key_base="c5-japan.wg-9", format=fmt, level=Meeting.Level.WORKING_GROUP,
                          status=Meeting.Status.HELD, title="Working group", citations=[_citation(wire, "held in Atyrau")])
    assert meeting_report(held, actor=REVIEWER, reason="again", status=Meeting.Status.PLANNED, title_of=_title).status == Meeting.Status.HELD


def test_a_focal_point_cannot_write_a_meeting_another_country_hosts_and_nothing_is_written(fmt):
    with pytest.raises(PermissionDenied, match="focal point of KZ"):
        meeting_create(actor=FOCAL_KZ, reason="entered", key_base="c5-japan.wg-jp", format=fmt, level=Meeting.Level.WORKING_GROUP,
                       status=Meeting.Status.HELD, title="Working group", host=Country.objects.get(code="JP"))
    assert not Meeting.everything.filter(key__startswith="c5-japan.wg-jp").exists()


def test_a_target_of_more_digits_than_the_record_holds_is_refused_naming_the_amount(fmt):
    with pytest.raises(ValidationError) as refused:
        target_create(actor=REVIEWER, reason="entered", format=fmt, title="river port trade", amount=Decimal("9" * 30), currency="USD")
    assert "digits before the point" in str(refused.value.message_dict["amount"])
    assert not Target.everything.filter(title="River port trade").exists()


def test_a_deal_in_a_currency_that_is_no_iso_code_is_refused(fmt):
    with pytest.raises(ValidationError) as refused:
        deal_create(actor=REVIEWER, reason="entered", format=fmt, title="port cranes", stage=Deal.Stage.PLEDGE,
                    value=Decimal("5000000"), currency="XYZ")
    assert "currency" in refused.value.message_dict
    assert not Deal.everything.filter(title="Port cranes").exists()


def test_a_person_whose_quote_is_not_in_the_source_is_not_written(wire):
    wrong = Citation(source=wire, start=0, end=6, quote="Tromsø")
    with pytest.raises(EvidenceError, match="does not match the source"):
        person_create(actor=REVIEWER, reason="accepted", name="Ainur Bekova", citations=[wrong])
    assert not Person.everything.filter(name="Ainur Bekova").exists()


def test_a_person_is_written_with_the_quote_that_names_them(wire):
    person = person_create(actor=REVIEWER, reason="accepted", name="Ainur Bekova", citations=[_citation(wire, "Ainur Bekova")])
    assert (person.given_name, person.family_name) == ("Ainur", "Bekova")
    assert [item.quote for item in person.evidence.all()] == ["Ainur Bekova"]


def test_a_focal_point_may_write_a_deal_of_their_own_country_but_not_one_of_others_only(wire, fmt):
    kazakhstan, japan = Country.objects.get(code="KZ"), Country.objects.get(code="JP")
    deal = deal_create(actor=FOCAL_KZ, reason="entered", format=fmt, title="grain silos", stage=Deal.Stage.PLEDGE,
                       countries=[kazakhstan, japan])
    evidence_cite(deal, [_citation(wire, "pledged grain silos")])  # the deal's own quote; deal_create cites only its step
    assert sorted(deal.countries.values_list("code", flat=True)) == ["JP", "KZ"]
    with pytest.raises(PermissionDenied, match="focal point of KZ"):
        deal_create(actor=FOCAL_KZ, reason="entered", format=fmt, title="tea houses", stage=Deal.Stage.PLEDGE, countries=[japan])
    assert not Deal.everything.filter(title="Tea houses").exists()


def test_a_deal_moved_to_a_new_stage_by_a_later_report_stands_at_its_old_stage_before_that_day(wire, fmt):
    import datetime as dt

    from dialogue.record.services.money import deal_report
    from dialogue.record.timeline import Moment, deal_stages_then

    deal = deal_create(actor=REVIEWER, reason="test", format=fmt, title="a ferry loan", stage=Deal.Stage.PLEDGE,
                       value=Decimal("5000000"), currency="EUR", stage_day="2025-03-10", citations=[_citation(wire, "a ferry loan")])
    evidence_cite(deal, [_citation(wire, "a ferry loan")])
    deal_report(deal, actor=REVIEWER, reason="test", overwrite=True, stage=Deal.Stage.COMMITMENT, stage_day="2025-09-01",
                citations=[_citation(wire, "moved on to a commitment")])
    stages = lambda day: deal_stages_then([deal.pk], Moment(as_of=day))[deal.pk]  # noqa: E731
    assert stages(dt.date(2025, 6, 1))[0] == Deal.Stage.PLEDGE
    assert stages(dt.date(2025, 10, 1))[0] == Deal.Stage.COMMITMENT
    assert stages(dt.date(2025, 1, 1)) is None
