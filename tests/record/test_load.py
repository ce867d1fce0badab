"""`dialogue load`: all or nothing, and every refusal names the record and field at fault."""


import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from dialogue.record.interchange import RecordLoadError, record_dump, record_load, record_load_file
from dialogue.record.models import Area, Deal, Evidence, Format, Initiative, Meeting, Source, Target
from dialogue.record.sections import SECTIONS
from dialogue.tracking.feeds import change_list
from dialogue.tracking.models import ExchangeRate
from dialogue.tracking.progress import target_progress
from dialogue.tracking.rates import rates_import


def _refusal(data) -> str:
    with pytest.raises(RecordLoadError) as raised:
        record_load(data)
    return str(raised.value)


def _nothing_written():
    assert not Format.objects.exists() and not Source.objects.exists() and not Evidence.objects.exists()


def test_a_dump_loaded_into_an_empty_record_dumps_the_same(default_record, seeds):
    from dialogue.record.services import source_texts_attach

    source_texts_attach([seeds])
    first = record_dump()
    _empty_the_database()
    record_load(first)
    assert record_dump() == first


def _empty_the_database():
    """As a new database is: no record, no imported rates and no history."""
    Meeting.objects.update(announced_at=None)
    Area.objects.update(parent=None)
    for _, model in reversed(SECTIONS):
        model.objects.all().delete()
    Evidence.objects.all().delete()
    ExchangeRate.objects.all().delete()
    for model in [*(model for _, model in SECTIONS), Evidence, ExchangeRate]:
        model.history.all().delete()


def test_a_dump_carries_imported_rates_and_progress_converts_with_them_after_a_load(default_record, tmp_path):
    target = Target.objects.get()
    deal = Deal.objects.create(key="c5-japan.deal.kz-rail", format=target.format, title="Rail wagons", value=Decimal("96100000000"),
                               currency="KZT", signed="2024-10-01", stage="commitment", entered_by="tests", entered_at=timezone.now())
    deal.targets.add(target)
    rates = tmp_path / "rates.csv"
    rates.write_text("date,base,quote,rate,source\n2024-10-01,USD,KZT,480.50,National Bank of Kazakhstan\n")
    rates_import(rates)
    imported_at = dt.datetime(2024, 10, 2, 9, 30, tzinfo=dt.timezone.utc)
    ExchangeRate.objects.update(imported_at=imported_at)
    data = record_dump()
    assert data["rates"] == [{"date": "2024-10-01", "base": "USD", "quote": "KZT", "rate": "480.5",
                              "source": "National Bank of Kazakhstan", "imported_at": imported_at.isoformat()}]
    _empty_the_database()
    assert record_load(data)["rates"] == 1
    assert ExchangeRate.objects.get().imported_at == imported_at
    progress = target_progress(Target.objects.get(), on=dt.date(2025, 1, 1))
    [contribution] = [c for c in progress.contributions if c.deal.key == "c5-japan.deal.kz-rail"]
    assert "National Bank of Kazakhstan" in {rate.source for rate in contribution.rates}
    assert record_dump() == data


@pytest.mark.parametrize("change, message", [
    ({"date": "2024-13-01"}, "rates[0]: field 'date': '2024-13-01' is not a date (YYYY-MM-DD)"),
    ({"rate": "0"}, "rates[0] 'USD/KZT 2024-10-01': field 'rate': must be more than zero"),
    ({"quote": "XYZ"}, "rates[0] 'USD/XYZ 2024-10-01': field 'quote': XYZ is not an ISO 4217 currency"),
])
def test_a_bad_rate_in_a_dump_is_named_and_nothing_is_loaded(default_data, db, change, message):
    default_data["rates"] = [{"date": "2024-10-01", "base": "USD", "quote": "KZT", "rate": "480.5", "source": "NBK", **change}]
    assert message in _refusal(default_data)
    _nothing_written()
    assert not ExchangeRate.objects.exists()


def test_a_rate_already_held_is_refused_as_a_duplicate(default_record, tmp_path):
    rates = tmp_path / "rates.csv"
    rates.write_text("date,base,quote,rate,source\n2024-10-01,USD,KZT,480.50,NBK\n")
    rates_import(rates)
    data = {"dialogue_ledger": 1, "rates": [{"date": "2024-10-01", "base": "USD", "quote": "KZT", "rate": "481", "source": "NBK"}]}
    assert "rates[0] 'USD/KZT 2024-10-01': " in _refusal(data) and "already exists" in _refusal(data)
    assert ExchangeRate.objects.get().rate == Decimal("480.5")


def test_change_feed_ids_are_the_same_after_a_dump_and_load(default_record):
    initiative = Initiative.objects.get(title__startswith="Joint Action Plan")
    initiative.note = "checked again"  # a second version, which the dump does not keep
    initiative.save()
    before = {change.id for change in change_list(limit=1000)}
    data = record_dump()
    _empty_the_database()
    record_load(data)
    after = {change.id for change in change_list(limit=1000)}
    # The dump keeps each record, not its past versions: every entry left is one a reader has already seen.
    assert after and after < before
    assert before - after == {f"tag:dialogue-ledger,2026:initiative/{initiative.key}/2"}


def test_malformed_json_is_refused_with_its_position(tmp_path, db):
    path = tmp_path / "broken.json"
    path.write_text('{"dialogue_ledger": 1, "formats": [}')
    with pytest.raises(RecordLoadError, match=r"not valid JSON: .* line 1, column"):
        record_load_file(path)
    _nothing_written()


def test_an_unknown_field_is_named(default_data, db):
    default_data["meetings"][0]["venue"] = "Tokyo"
    message = _refusal(default_data)
    assert "meetings[0] 'c5-japan.fm-10': unknown field 'venue'" in message
    _nothing_written()


def test_a_dangling_reference_is_named(default_data, db):
    default_data["attendances"][0]["person"] = "person.nobody"
    message = _refusal(default_data)
    assert "attendances[0]" in message and "field 'person'" in message and "'person.nobody', which is not in the record" in message
    _nothing_written()


def test_a_quote_that_does_not_match_its_source_is_refused(default_data, db, seeds):
    source = default_data["sources"][1]
    source["text"] = (seeds / "000_c4fa1fb556ffcfa1.txt").read_text(encoding="utf-8")
    meeting = next(m for m in default_data["meetings"] if m["key"] == "c5-japan.fm-9")
    evidence = next(e for e in meeting["evidence"] if e.get("field") == "city")
    evidence["quote"] = "KYOTO"
    message = _refusal(default_data)
    assert "meetings[1] 'c5-japan.fm-9': evidence[0]" in message
    assert "'KYOTO' does not match the source" in message and "which reads 'TOKYO'" in message
    _nothing_written()


def test_a_source_text_that_does_not_match_its_hash_is_refused(default_data, db):
    default_data["sources"][0]["text"] = "Some other report."
    assert "sources[0] 'anadolu-caj-first-summit': field 'content_hash': does not match the text" in _refusal(default_data)
    _nothing_written()


def test_a_key_already_in_the_record_is_a_duplicate(default_record, default_data):
    before = Meeting.objects.count()
    message = _refusal(default_data)
    assert "sources[0] 'anadolu-caj-first-summit': duplicate" in message
    assert Meeting.objects.count() == before


def test_the_same_key_twice_in_one_file_is_a_duplicate(default_data, db):
    default_data["people"].append(dict(default_data["people"][0]))
    message = _refusal(default_data)
    assert f"people[{len(default_data['people']) - 1}] 'person.berdimuhamedov': duplicate" in message
    _nothing_written()


def test_a_fact_with_neither_evidence_nor_manual_mark_is_refused(default_data, db):
    del default_data["documents"][0]["evidence"]
    assert "documents[0] 'c5-japan.fm-9.joint-statement': has no evidence and no manual-entry mark" in _refusal(default_data)
    _nothing_written()


def test_a_fact_entered_by_hand_needs_no_evidence(default_data, db):
    document = default_data["documents"][0]
    del document["evidence"]
    document.update(entered_by="secretariat", entered_at="2026-11-24T10:00:00+00:00")
    record_load(default_data)
    assert Format.objects.count() == 1


def test_a_value_of_the_wrong_kind_is_explained(default_data, db):
    default_data["meetings"][1]["ordinal"] = "ninth"
    default_data["targets"][0]["amount"] = 3e12
    message = _refusal(default_data)
    assert "meetings[1] 'c5-japan.fm-9': field 'ordinal': expected a whole number, not 'ninth'" in message


def test_an_impossible_partial_date_is_explained(default_data, db):
    default_data["chair_terms"][0]["start"] = "2023-13"
    assert "chair_terms[0] 'c5-japan.chair.kz-2023': field 'start': '2023-13' has no month 13" in _refusal(default_data)


def test_an_unknown_choice_is_explained(default_data, db):
    default_data["meetings"][0]["level"] = "ministerial"
    assert "meetings[0] 'c5-japan.fm-10': field 'level': Value 'ministerial' is not a valid choice." in _refusal(default_data)


def test_two_meetings_with_one_ordinal_at_one_level_are_refused(default_data, db):
    default_data["meetings"][0]["ordinal"] = 9
    assert "one_meeting_per_ordinal" in _refusal(default_data) or "Format, Level and Ordinal" in _refusal(default_data)


def test_a_wrong_format_version_is_refused(default_data, db):
    default_data["dialogue_ledger"] = 2
    assert "'dialogue_ledger' must be 1" in _refusal(default_data)
    _nothing_written()


def test_a_key_of_the_wrong_shape_is_refused(default_data, db):
    default_data["meetings"][0]["key"] = "Bad Key/../x"
    message = _refusal(default_data)
    assert "meetings[0] 'Bad Key/../x': field 'key'" in message
    _nothing_written()


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b"])
def test_a_control_character_in_a_facts_text_is_refused(default_data, db, character):
    default_data["meetings"][0]["city"] = f"Tok{character}yo"
    message = _refusal(default_data)
    assert "meetings[0] 'c5-japan.fm-10': field 'city': Remove the control character" in message
    _nothing_written()


@pytest.mark.parametrize("change, field, message", [
    ({"amount": "-5000000000"}, "amount", "cannot be negative"),
    ({"currency": "XYZ"}, "currency", "XYZ is not an ISO 4217 currency"),
])
def test_negative_money_and_unknown_currencies_are_refused(default_data, db, change, field, message):
    default_data["targets"][0].update(change)
    refusal = _refusal(default_data)
    assert f"field '{field}': " in refusal and message in refusal
    _nothing_written()


@pytest.mark.parametrize("amount, message", [
    ("9" * 46, "has 46 digits before the point; the record holds at most 20"),
    ("NaN", "'NaN' is not a number"),
    ("0.00001", "more than 4 decimal places"),
])
def test_a_sum_the_record_cannot_hold_is_refused_naming_record_and_field(default_data, db, amount, message):
    default_data["targets"][0]["amount"] = amount
    assert "targets[0] 'c5-japan.target.business-projects-3000000000000-jpy': field 'amount': " in _refusal(default_data)
    assert message in _refusal(default_data)
    _nothing_written()


def test_a_key_longer_than_the_record_holds_is_refused(default_data, db):
    default_data["meetings"][0]["key"] = "c5-japan." + "x" * 200
    assert "field 'key': a key has at most 120 characters" in _refusal(default_data)
    _nothing_written()


def test_a_nul_in_a_list_of_names_is_refused(default_data, db):
    default_data["formats"][0]["aliases"] = ["C5+J\x00apan"]
    assert "formats[0] 'c5-japan': field 'aliases': holds the control or broken character '\\x00'" in _refusal(default_data)
    _nothing_written()


def test_a_file_nested_too_deep_is_refused_in_words(tmp_path, db):
    path = tmp_path / "deep.json"
    path.write_text('{"formats": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(RecordLoadError, match="nest more than 32 deep"):
        record_load_file(path)
    _nothing_written()


def test_a_file_of_many_bad_records_is_answered_in_a_hundred_lines(default_data, db):
    default_data["formats"] = [{"key": f"Bad Key {n}"} for n in range(250)]
    with pytest.raises(RecordLoadError) as raised:
        record_load(default_data)
    assert len(raised.value.problems) == 100 and raised.value.problems[-1] == "... and 151 more"
    assert raised.value.problems[0].startswith("formats[0] 'Bad Key 0': field 'key': ")
    _nothing_written()
