"""Resolution: whether a candidate is new to the record, already in it, or in conflict with it, and which fact it is."""

import pytest
from django.utils import timezone

from dialogue.ingest.models import Candidate
from dialogue.ingest.payloads import (
    AttendancePayload, ChairPayload, DealPayload, MeetingPayload, Payload, TargetPayload, payload_json,
)
from dialogue.ingest.resolve import Resolver, resolve
from dialogue.record.models import Format, Meeting, Target

NEW, KNOWN, CONFLICT = Candidate.Resolution.NEW, Candidate.Resolution.KNOWN, Candidate.Resolution.CONFLICT
FM, SUMMIT = "foreign ministers", "summit"


def _candidate(payload: Payload, position: int = 0) -> Candidate:
    kind = {MeetingPayload: "meeting", AttendancePayload: "attendance", ChairPayload: "chair", DealPayload: "deal",
            TargetPayload: "target"}[type(payload)]
    return Candidate(position=position, kind=kind, payload=payload_json(payload), confidence=0.9)


def _resolved(payload: Payload, siblings: list[Candidate] = ()) -> Candidate:
    candidate = _candidate(payload, position=len(siblings))
    resolve(candidate, [*siblings, candidate])
    return candidate


def test_a_meeting_the_record_holds_under_its_level_and_number_is_known(default_record):
    candidate = _resolved(MeetingPayload(partner="JP", level=FM, ordinal=9, city="Tokyo", host="JP"))
    assert (candidate.resolution, candidate.matched_key, candidate.conflicts) == (KNOWN, "c5-japan.fm-9", {})


def test_the_same_meeting_placed_in_another_city_is_a_conflict_that_keeps_both_values(default_record):
    candidate = _resolved(MeetingPayload(partner="JP", level=FM, ordinal=9, city="Osaka"))
    assert (candidate.resolution, candidate.matched_key) == (CONFLICT, "c5-japan.fm-9")
    assert candidate.conflicts == {"city": {"record": "Tokyo", "candidate": "Osaka"}}


def test_a_value_missing_on_either_side_is_no_conflict(default_record):
    assert _resolved(MeetingPayload(partner="JP", level=FM, ordinal=9)).resolution == KNOWN  # the report names no city
    planned = _resolved(MeetingPayload(partner="JP", level=FM, ordinal=10, city="Turkistan"))  # the record has none yet
    assert (planned.resolution, planned.matched_key) == (KNOWN, "c5-japan.fm-10")


def test_a_meeting_of_another_number_is_new(default_record):
    candidate = _resolved(MeetingPayload(partner="JP", level=SUMMIT, ordinal=2, city="Samarkand"))
    assert (candidate.resolution, candidate.matched_key, candidate.conflicts) == (NEW, "", {})


def test_an_unnumbered_meeting_is_the_one_held_within_three_days_of_the_date_given(default_record):
    Meeting.objects.create(key="t.wg-water", format=Format.objects.get(key="c5-japan"), level="working group", date="2025-03-10",
                           city="Bishkek", entered_by="tests", entered_at=timezone.now())
    on_the_day = _resolved(MeetingPayload(partner="JP", level="working group", date="2025-03-10"))
    assert (on_the_day.resolution, on_the_day.matched_key) == (KNOWN, "t.wg-water")
    assert _resolved(MeetingPayload(partner="JP", level="working group", date="2025-03-12")).matched_key == "t.wg-water"
    assert _resolved(MeetingPayload(partner="JP", level="working group", date="2025-03-20")).resolution == NEW


def test_the_format_is_found_by_its_partner_or_by_a_name_close_to_one_of_its_names(default_record):
    resolver = Resolver()
    fmt = Format.objects.get(key="c5-japan")
    assert resolver.format_for(MeetingPayload(partner="JP")) == fmt
    assert resolver.format_for(MeetingPayload(format_name="Central Asia plus Japan Dialogue")) == fmt
    assert resolver.format_for(MeetingPayload(format_name="Nordic Fisheries Forum")) is None
    orphan = _resolved(MeetingPayload(format_name="Nordic Fisheries Forum", level=FM, ordinal=9))
    assert (orphan.resolution, orphan.matched_key) == (NEW, "")


def test_a_resolver_reads_a_format_once_for_a_whole_batch(default_record, django_assert_num_queries):
    resolver = Resolver()
    resolver.format_for(MeetingPayload(format_name="Central Asia-Japan Dialogue"))
    with django_assert_num_queries(0):
        assert resolver.format_for(MeetingPayload(format_name="Central Asia-Japan Dialogue")).key == "c5-japan"


def test_a_person_is_found_under_another_transliteration_and_a_stranger_is_not(default_record):
    resolver = Resolver()
    assert resolver.person_find("Kassym-Jomart Tokaev").key == "person.tokayev"
    assert resolver.person_find("Shavkat Mirziyoev").key == "person.mirziyoyev"
    assert resolver.person_find("Ilse Varga") is None


def test_a_spelling_too_far_for_the_name_alone_is_settled_by_the_surname_and_the_country_attended_for(default_record):
    resolver = Resolver()
    assert resolver.person_find("S. Japarov") is None
    assert resolver.person_find("S. Japarov", country="KG").key == "person.zhaparov"
    assert resolver.person_find("S. Japarov", country="TJ") is None


def test_spellings_one_convention_apart_are_one_name_without_a_country(default_record):
    resolver = Resolver()
    assert resolver.person_find("Sadyr Japarov").key == "person.zhaparov"  # zh ~ j
    assert resolver.person_find("Shavkat Mirziyeev").key == "person.mirziyoyev"  # Мирзиеев, ё printed as е


def test_a_participant_is_looked_up_at_the_meeting_its_sibling_candidate_names(default_record):
    meeting = _candidate(MeetingPayload(partner="JP", level=FM, ordinal=9))
    same = _resolved(AttendancePayload(name="Yoshimasa Hayashi", country="JP", meeting=0), [meeting])
    assert (same.resolution, same.matched_key) == (KNOWN, "c5-japan.fm-9.attendance.hayashi")
    other_country = _resolved(AttendancePayload(name="Yoshimasa Hayashi", country="KZ", meeting=0), [meeting])
    assert other_country.conflicts == {"country": {"record": "JP", "candidate": "KZ"}}
    at_another_meeting = _candidate(MeetingPayload(partner="JP", level=SUMMIT, ordinal=1))
    assert _resolved(AttendancePayload(name="Yoshimasa Hayashi", country="JP", meeting=0), [at_another_meeting]).resolution == NEW


TARGET = "c5-japan.target.business-projects-3000000000000-jpy"


def test_a_target_is_known_by_its_figure_or_by_the_figure_it_was_converted_to(default_record):
    same = _resolved(TargetPayload(partner="JP", amount="3000000000000", currency="JPY", period_years="5"))
    assert (same.resolution, same.matched_key) == (KNOWN, TARGET)
    converted = _resolved(TargetPayload(partner="JP", amount="19000000000", currency="USD", equivalent_of=0),
                          [_candidate(TargetPayload(partner="JP", amount="3000000000000", currency="JPY"))])
    assert converted.matched_key == TARGET


def test_a_target_over_another_period_is_a_conflict(default_record):
    candidate = _resolved(TargetPayload(partner="JP", amount="3000000000000", currency="JPY", period_years="7"))
    assert (candidate.resolution, candidate.conflicts) == (CONFLICT, {"period_years": {"record": "5", "candidate": "7"}})


def test_the_chair_is_known_by_its_start_and_another_country_for_that_start_conflicts(default_record):
    assert _resolved(ChairPayload(partner="JP", country="KZ", start="2023")).resolution == KNOWN
    other = _resolved(ChairPayload(partner="JP", country="UZ", start="2023"))
    assert other.conflicts == {"country": {"record": "KZ", "candidate": "UZ"}}
    assert _resolved(ChairPayload(partner="JP", country="UZ", start="2027")).resolution == NEW


def test_a_deal_is_known_by_its_sum_between_the_same_countries_or_by_a_close_title(japanese_deal):
    by_sum = _resolved(DealPayload(partner="JP", title="A loan", parties=["JP"], amount="1000000000", currency="JPY"))
    assert by_sum.matched_key == japanese_deal.key
    by_title = _resolved(DealPayload(partner="JP", title="Grid modernization loan", parties=["JP"]))
    assert by_title.matched_key == japanese_deal.key
    between_others = _resolved(DealPayload(partner="JP", title="A loan", parties=["UZ"], amount="1000000000", currency="JPY"))
    assert (between_others.resolution, between_others.matched_key) == (NEW, "")


@pytest.mark.parametrize("payload", [
    MeetingPayload(partner="JP", level=FM, ordinal=9, city="Osaka"),
    TargetPayload(partner="JP", amount="3000000000000", currency="JPY", period_years="7"),
])
def test_resolving_writes_nothing_to_the_record(default_record, payload):
    def state():
        return [(m.key, m.city) for m in Meeting.objects.all()], [(t.key, str(t.period_years)) for t in Target.objects.all()]

    before = state()
    _resolved(payload)
    after = state()
    assert after == before


@pytest.mark.parametrize("name", ["Касым-Жомарт Токаев", "Қасым-Жомарт Тоқаев", "Kassym-Jomart Tokaev"])
def test_a_person_named_in_another_script_or_spelling_is_the_record_person(default_record, name):
    assert Resolver().person_find(name).key == "person.tokayev"


def test_a_namesake_in_cyrillic_with_another_given_name_is_not_the_record_person(default_record):
    assert Resolver().person_find("Айдар Токаев") is None
