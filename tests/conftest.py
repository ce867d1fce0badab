from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from dialogue.record.defaults import DEFAULT_RECORD

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture
def default_data() -> dict:
    """The shipped record as JSON, for tests that load it or a broken copy of it."""
    return copy.deepcopy(json.loads(DEFAULT_RECORD.read_text(encoding="utf-8")))


@pytest.fixture
def default_record(db):
    from dialogue.record.interchange import record_load_file

    record_load_file(DEFAULT_RECORD)


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    return SEEDS


@pytest.fixture
def officers(db):
    """A focal point each for Kazakhstan and Japan, a reviewer and an administrator; the password is 'pw-<name>-2026'."""
    from dialogue.access.services import officer_add

    return {
        "kz": officer_add(username="aigerim", password="pw-aigerim-2026", role="focal_point", country="KZ"),
        "jp": officer_add(username="haruto", password="pw-haruto-2026", role="focal_point", country="JP"),
        "reviewer": officer_add(username="rosa", password="pw-rosa-2026", role="reviewer"),
        "admin": officer_add(username="ada", password="pw-ada-2026", role="administrator"),
    }


@pytest.fixture
def japanese_deal(default_record):
    """A deal of Japan's alone, entered by hand."""
    from django.utils import timezone

    from dialogue.record.models import Country, Deal, Format

    deal = Deal.objects.create(key="c5-japan.deal.jp-grid", format=Format.objects.get(short_name="C5+Japan"),
                               title="Grid modernisation loan", value=1000000000, currency="JPY", signed="2025-12",
                               entered_by="tests", entered_at=timezone.now())
    deal.countries.set([Country.objects.get(code="JP")])
    deal.refresh_from_db()  # as a reader would see it: the value as a Decimal, the time as stored
    return deal


@pytest.fixture
def senior_officials_meeting(default_record):
    """A meeting that nothing cites, entered by hand with two of the summit's attendances: one that may be deleted."""
    from django.utils import timezone

    from dialogue.record.models import Attendance, Meeting

    summit = Meeting.objects.get(key="c5-japan.summit-1")
    meeting = Meeting.objects.create(key="c5-japan.som-1", format=summit.format, level="senior_officials", city="Almaty",
                                     entered_by="tests", entered_at=timezone.now())
    for attendance in summit.attendances.all()[:2]:
        Attendance.objects.create(key=f"{attendance.key}.som", meeting=meeting, person=attendance.person, country=attendance.country,
                                  entered_by="tests", entered_at=timezone.now())
    meeting.refresh_from_db()
    return meeting
