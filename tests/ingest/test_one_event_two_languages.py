"""An English and a Russian report of one event, ingested and accepted, make one meeting with two sources.

The reports are our own words about an invented 11th foreign ministers' meeting of Central Asia + Japan in
Astana; each names the ministers in its own script (Тлеуберди, Такэси Ивая by Polivanov, Бахтиёр Саидов),
and the record must hold each of them once, whichever report came first.
"""

import pytest

from dialogue.access.models import Role
from dialogue.ingest.models import Candidate
from dialogue.ingest.readers import RawReport
from dialogue.ingest.review import ReviewError, candidate_accept, source_accept_all
from dialogue.ingest.selectors import gazetteer_from_record
from dialogue.ingest.services import STORED, report_ingest
from dialogue.record.integrity import ERROR, record_problems
from dialogue.record.models import Attendance, Meeting, Person
from dialogue.record.permissions import Actor

REVIEWER = Actor(name="reviewer", role=Role.REVIEWER)
MINISTERS = {"KZ": "Mukhtar Tileuberdi", "JP": "Takeshi Iwaya", "UZ": "Bakhtiyor Saidov"}

ENGLISH = RawReport(origin="en.txt", stem="en", publisher="Test Wire", published="2026-06-06", text=(
    "ASTANA, June 6 – The 11th Foreign Ministers' Meeting of the Central Asia plus Japan Dialogue was held in Astana "
    "on June 6, 2026. Kazakh Foreign Minister Mukhtar Tileuberdi hosted Japanese Foreign Minister Takeshi Iwaya and "
    "Uzbek Foreign Minister Bakhtiyor Saidov. The ministers adopted a joint statement."))


def russian(day: int = 6) -> RawReport:
    return RawReport(origin="ru.txt", stem="ru", publisher="Тестовое агентство", published=f"2026-06-0{day}", text=(
        f"АСТАНА, {day} июня. {day} июня 2026 года в Астане прошло 11-е совещание министров иностранных дел в формате "
        "«Центральная Азия + Япония». Совещание провел министр иностранных дел Казахстана Мухтар Тлеуберди. "
        "В нем приняли участие министр иностранных дел Японии Такэси Ивая и министр иностранных дел Узбекистана "
        "Бахтиёр Саидов. Министры приняли совместное заявление."))


def _ingest_and_accept(report: RawReport) -> str:
    result = report_ingest(report, gazetteer=gazetteer_from_record())
    assert result.outcome == STORED
    source_accept_all(result.source_key, reviewer=REVIEWER)
    return result.source_key


def _assert_one_meeting_two_sources(sources: set[str]) -> None:
    meeting = Meeting.objects.get(level="foreign ministers", ordinal=11)
    assert Meeting.objects.filter(level="foreign ministers", ordinal=11).count() == 1
    assert (meeting.city, meeting.host.code, meeting.date) == ("Astana", "KZ", "2026-06-06")
    assert {e.source.key for e in meeting.evidence.all()} == sources
    attendances = Attendance.objects.filter(meeting=meeting).select_related("person", "country")
    assert sorted(a.country.code for a in attendances) == ["JP", "KZ", "UZ"]
    for attendance in attendances:
        assert {e.source.key for e in attendance.evidence.all()} == sources
    assert [p for p in record_problems() if p.severity == ERROR] == []


@pytest.mark.parametrize("order", ["english first", "russian first"])
def test_an_english_and_a_russian_report_of_one_event_make_one_meeting_with_two_sources(db, order):
    reports = [ENGLISH, russian()] if order == "english first" else [russian(), ENGLISH]
    sources = {_ingest_and_accept(report) for report in reports}
    _assert_one_meeting_two_sources(sources)
    assert Person.objects.count() == 3  # one person each, not one per script
    for person in Person.objects.all():
        latin_spelling = next(n for n in [person.name, *person.other_names] if n in MINISTERS.values())
        assert any(not n.isascii() for n in [person.name, *person.other_names]), (person.name, person.other_names)
        assert Attendance.objects.get(person=person).country.code == next(c for c, n in MINISTERS.items() if n == latin_spelling)


def test_the_ministers_the_record_knows_are_found_by_their_russian_names(default_record):
    _ingest_and_accept(russian())
    meeting = Meeting.objects.get(level="foreign ministers", ordinal=11)
    tileuberdi = Person.objects.get(key="person.tileuberdi")
    assert Attendance.objects.filter(meeting=meeting, person=tileuberdi).exists()
    assert "Мухтар Тлеуберди" in tileuberdi.other_names
    assert Person.objects.filter(family_name__in=["Tileuberdi", "Тлеуберди"]).count() == 1


def test_another_date_in_the_second_language_is_a_conflict_not_a_second_meeting(db):
    english_key = _ingest_and_accept(ENGLISH)
    result = report_ingest(russian(day=7), gazetteer=gazetteer_from_record())
    candidate = Candidate.objects.get(source__key=result.source_key, kind="meeting")
    assert candidate.resolution == "conflict"
    assert candidate.matched_key == Meeting.objects.get(level="foreign ministers", ordinal=11).key
    assert candidate.conflicts == {"date": {"record": "2026-06-06", "candidate": "2026-06-07"}}
    with pytest.raises(ReviewError, match="the record has '2026-06-06', the source says '2026-06-07'"):
        candidate_accept(candidate, reviewer=REVIEWER)
    source_accept_all(result.source_key, reviewer=REVIEWER, choose="record")
    _assert_one_meeting_two_sources({english_key, result.source_key})
    assert Person.objects.count() == 3


@pytest.mark.parametrize(("spelling", "key"), [
    ("Мухтар Тлеуберди", "person.tileuberdi"), ("Мухтар Тілеуберді", "person.tileuberdi"), ("Mukhtar Tileuberdi", "person.tileuberdi"),
    ("Шавкат Мирзиёев", "person.mirziyoyev"), ("Шавкат Мирзиеев", "person.mirziyoyev"), ("Shavkat Mirziyoyev", "person.mirziyoyev"),
    ("Санаэ Такаичи", "person.takaichi"), ("Санаэ Такаити", "person.takaichi"), ("Такаити", "person.takaichi"),
    ("Ёсимаса Хаяси", "person.hayashi"),
])
def test_every_script_s_spelling_of_a_record_person_finds_that_person(default_record, spelling, key):
    from dialogue.ingest.resolve import Resolver

    assert [p.key for p in Resolver().people_fitting(spelling)] == [key]
