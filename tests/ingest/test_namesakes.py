"""People who share a surname: never merged when their given names differ; a name two of them could bear is
a conflict for the reviewer to settle."""

import pytest

from dialogue.access.models import Role
from dialogue.record.permissions import Actor
from dialogue.ingest.models import Candidate
from dialogue.ingest.names import given_names_agree, surname_key, surnames_agree
from dialogue.ingest.readers import RawReport
from dialogue.ingest.review import KEEP_RECORD, ReviewError, candidate_accept, candidate_edit, source_accept_all
from dialogue.ingest.selectors import gazetteer_from_record
from dialogue.ingest.services import report_ingest
from dialogue.record.models import Attendance, Person

REVIEWER = Actor(name="reviewer", role=Role.REVIEWER)

SON = ("The first Central Asia plus Norway Summit took place in Oslo on 14 April 2026. "
       "Kazakh President Ruslan Temirbekov attended the summit.")
FATHER = ("Kazakh President Aidar Temirbekov attended the second Central Asia plus Norway Summit, "
          "which took place in Bergen on 3 May 2027.")


def _ingest(stem: str, text: str, published: str) -> str:
    report = RawReport(origin=f"{stem}.txt", stem=stem, publisher="Test Wire", published=published, text=text)
    return report_ingest(report, gazetteer=gazetteer_from_record()).source_key


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("Ruslan Temirbekov", "Aidar Temirbekov", False),
    ("Ruslan Temirbekov", "Temirbekov", True),
    ("Ruslan Temirbekov", "R. Temirbekov", True),
    ("Ruslan Temirbekov", "A. Temirbekov", False),
    ("Kairat-Bolat Zhumabaev", "Kayrat-Bolat Jumabayev", True),
])
def test_given_names_decide_whether_a_shared_surname_is_one_person(a, b, agree):
    assert surname_key(a) == surname_key(b)
    assert given_names_agree(a, b) is agree


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("Тлеуберди", "Tileuberdi", True),  # Russian drops the vowel Kazakh writes
    ("Тілеуберді", "Tileuberdi", True),
    ("Ivanov", "Ivanova", False),  # a vowel at the end is another person's name
    ("Saidov", "Saidova", False),
    ("Abdulov", "Abdullov", False),  # only a vowel, and only one
    ("Aliev", "Aliyev", True),
])
def test_a_surname_spelled_with_or_without_an_inner_vowel_is_one_surname(a, b, agree):
    assert surnames_agree(surname_key(a), surname_key(b)) is agree


def test_a_shared_surname_with_other_given_names_is_another_person(db):
    source_accept_all(_ingest("son", SON, "2026-04-20"), reviewer=REVIEWER)
    father = _ingest("father", FATHER, "2027-05-04")
    assert Candidate.objects.get(source__key=father, kind="attendance").fact["known_person"] is None
    source_accept_all(father, reviewer=REVIEWER)
    assert sorted(Person.objects.values_list("name", flat=True)) == ["Aidar Temirbekov", "Ruslan Temirbekov"]
    assert Person.objects.get(name="Ruslan Temirbekov").other_names == []


@pytest.fixture
def father_and_son(db):
    source_accept_all(_ingest("son", SON, "2026-04-20"), reviewer=REVIEWER)
    source_accept_all(_ingest("father", FATHER, "2027-05-04"), reviewer=REVIEWER)


def test_a_surname_two_record_people_bear_is_a_conflict_for_the_reviewer(father_and_son):
    source_key = _ingest("bare", "At the second Central Asia plus Norway Summit in Bergen, Kazakh President Temirbekov "
                                 "spoke on water and energy.", "2027-05-05")
    candidate = Candidate.objects.get(source__key=source_key, kind="attendance")
    assert candidate.resolution == "conflict"
    assert candidate.conflicts["name"]["candidate"] == "Temirbekov"
    assert "Ruslan Temirbekov" in candidate.conflicts["name"]["record"] and "Aidar Temirbekov" in candidate.conflicts["name"]["record"]
    for choose in (None, KEEP_RECORD):
        with pytest.raises(ReviewError, match="could be any of"):
            candidate_accept(candidate, reviewer=REVIEWER, choose=choose)
    assert Person.objects.count() == 2
    candidate = candidate_edit(candidate, changes={"name": "Aidar Temirbekov"}, reviewer=REVIEWER)
    assert not candidate.conflicts
    key = candidate_accept(candidate, reviewer=REVIEWER)
    assert Attendance.objects.get(key=key).person.name == "Aidar Temirbekov" and Person.objects.count() == 2
