"""`dialogue load` writes through the record's services: each loaded record's history says it was loaded, from
which file and by whom; the actor is authorized as for any write; a loaded fact is found by search."""

import pytest
from click.testing import CliRunner

from dialogue.cli import main
from dialogue.record.defaults import DEFAULT_RECORD
from dialogue.record.interchange import RecordLoadError, record_load, record_load_file
from dialogue.record.models import Evidence, Format, Meeting, Person, Source
from dialogue.record.permissions import Actor, Role
from dialogue.web.search import search


def test_a_loaded_fact_and_source_say_in_their_history_they_were_loaded_from_the_file_by_whom(db):
    record_load_file(DEFAULT_RECORD, actor=Actor.administrator("amina"))
    [version] = Person.objects.get(key="person.berdimuhamedov").history.all()
    assert version.history_type == "+" and version.history_change_reason == "loaded from c5_japan.json by amina"
    [version] = Source.objects.get(key="kazinform-2022-12-25").history.all()
    assert version.history_change_reason == "loaded from c5_japan.json by amina"


def test_a_reference_to_a_record_later_in_the_file_is_set_by_a_second_write_of_the_services(db):
    record_load_file(DEFAULT_RECORD, actor=Actor.administrator("amina"))
    announced = Meeting.objects.get(announced_at__key="c5-japan.fm-9")
    versions = announced.history.order_by("history_id")
    assert [v.history_change_reason for v in versions] == ["loaded from c5_japan.json by amina"] * 2
    assert versions.first().announced_at_id is None and versions.last().announced_at_id is not None


def test_a_loaded_fact_is_found_by_search(db):
    record_load_file(DEFAULT_RECORD)
    assert "c5-japan.fm-9" in {hit.key for hit in search("Foreign Ministers Tokyo")}


def test_a_focal_point_cannot_load_items_of_no_country_of_theirs_and_nothing_is_written(default_data, db):
    focal_point = Actor(name="kz-desk", role=Role.FOCAL_POINT, country="KZ")
    with pytest.raises(RecordLoadError) as refused:
        record_load(default_data, actor=focal_point, origin="c5_japan.json")
    message = str(refused.value)
    assert "formats[0] 'c5-japan': A focal point of KZ cannot edit this format" in message
    assert not Format.objects.exists() and not Source.objects.exists() and not Evidence.objects.exists()


def test_the_load_command_names_whoever_ran_it_in_the_history(db, monkeypatch):
    monkeypatch.setenv("USER", "desk-officer")
    result = CliRunner().invoke(main, ["load", str(DEFAULT_RECORD)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    [version] = Format.objects.get(key="c5-japan").history.all()
    assert version.history_change_reason == "loaded from c5_japan.json by desk-officer"


def test_a_unique_value_the_services_leave_to_the_database_is_named_with_its_record_and_field(default_data, db):
    twin = {**default_data["formats"][0], "key": "c5-japan-twin"}
    default_data["formats"].append(twin)
    with pytest.raises(RecordLoadError) as refused:
        record_load(default_data)
    assert "formats[1] 'c5-japan-twin': field 'short_name': Format with this Short name already exists." in str(refused.value)
    assert not Format.objects.exists()
