"""Entering a fact by hand through the record service: cited or marked, authorized, all or nothing."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from dialogue.access.models import Role
from dialogue.record.permissions import Actor
from dialogue.lib.texts import content_hash
from dialogue.record.services.editing import Citation, fact_create, fact_delete
from dialogue.record.models import Country, Deal, Evidence, Format, Source

REPORT = ("Oslo, 2 March. The fisheries ministers met in Bergen. Kazakhstan and Japan signed a loan agreement worth "
          "JPY 40 billion for a rail depot in Karaganda. The rail depot opens next year.")
FOCAL_KZ = Actor(name="aigerim", role=Role.FOCAL_POINT, country="KZ")


@pytest.fixture
def wire(default_record) -> Source:
    return Source.objects.create(key="test-wire-2026-03-02", publisher="Test Wire", title="Loan for a depot",
                                 content_hash=content_hash(REPORT), text=REPORT)


def _citation(source: Source, words: str) -> Citation:
    start = source.text.index(words)
    return Citation(source=source, start=start, end=start + len(words), quote=words)


def _deal_values(*codes: str) -> dict:
    return {"format": Format.objects.get(short_name="C5+Japan"), "title": "Rail depot loan", "value": 40_000_000_000,
            "currency": "JPY", "stage": "commitment", "countries": list(Country.objects.filter(code__in=codes))}


def test_a_cited_deal_is_written_with_its_quote_and_a_history_entry_naming_who(wire):
    words = "signed a loan agreement worth JPY 40 billion"
    deal = fact_create(actor=FOCAL_KZ, model=Deal, values=_deal_values("KZ", "JP"), key_base="c5-japan.deal.rail-depot-loan",
                       citations=[_citation(wire, words)])
    assert deal.key == "c5-japan.deal.rail-depot-loan" and not deal.entered_by
    assert [e.quote for e in deal.evidence.all()] == [words]
    assert deal.history.get().history_change_reason == "entered by aigerim"
    assert sorted(deal.countries.values_list("code", flat=True)) == ["JP", "KZ"]


def test_an_uncited_deal_carries_the_manual_entry_mark_of_who_entered_it(wire):
    deal = fact_create(actor=FOCAL_KZ, model=Deal, values=_deal_values("KZ"), key_base="c5-japan.deal.rail-depot-loan")
    assert deal.entered_by == "aigerim" and deal.entered_at is not None and not deal.evidence.exists()


def test_a_focal_point_cannot_enter_another_countrys_deal_and_nothing_is_written(wire):
    with pytest.raises(PermissionDenied, match="focal point of KZ"):
        fact_create(actor=FOCAL_KZ, model=Deal, values=_deal_values("JP"), key_base="c5-japan.deal.x",
                    citations=[_citation(wire, "rail depot")])
    assert not Deal.objects.filter(key="c5-japan.deal.x").exists() and not Evidence.objects.filter(source=wire).exists()


def test_a_quote_that_is_not_in_the_source_refuses_the_whole_fact(wire):
    wrong = Citation(source=wire, start=0, end=9, quote="Trondheim")
    with pytest.raises(ValidationError) as refused:
        fact_create(actor=FOCAL_KZ, model=Deal, values=_deal_values("KZ"), key_base="c5-japan.deal.x", citations=[wrong])
    assert "does not match the source" in str(refused.value.message_dict["quote"])
    assert not Deal.everything.filter(key="c5-japan.deal.x").exists()


def test_invalid_fields_are_named_and_nothing_is_written(wire):
    values = {**_deal_values("KZ"), "currency": ""}
    with pytest.raises(ValidationError) as refused:
        fact_create(actor=FOCAL_KZ, model=Deal, values=values, key_base="c5-japan.deal.x")
    assert "currency" in refused.value.message_dict
    assert not Deal.everything.filter(key="c5-japan.deal.x").exists()


def test_a_new_fact_never_takes_the_key_of_a_deleted_one(wire):
    first = fact_create(actor=FOCAL_KZ, model=Deal, values=_deal_values("KZ"), key_base="c5-japan.deal.rail-depot-loan")
    fact_delete(actor=FOCAL_KZ, fact=first, version="*")
    second = fact_create(actor=FOCAL_KZ, model=Deal, values=_deal_values("KZ"), key_base="c5-japan.deal.rail-depot-loan")
    assert second.key == "c5-japan.deal.rail-depot-loan-2"
