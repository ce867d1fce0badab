from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest

from dialogue.record.defaults import DEFAULT_RECORD

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(autouse=True)
def _language_not_carried_over():
    """A page asked for in Russian leaves Russian active in the thread (Django's LocaleMiddleware, as in production,
    sets it per request and never resets it): a later test reading a label outside a request would get Russian."""
    yield
    from django.utils import translation

    translation.deactivate()


@pytest.fixture(autouse=True)
def _revision_not_carried_over():
    """The revision a process last read is kept for a second (record/version.py), but each test's writes are rolled
    back: a token read in one test's transaction would name another test's cached answers."""
    yield
    from dialogue.record import version

    version._read.clear()


@pytest.fixture(autouse=True)
def _jobs_run_at_once(settings):
    """Jobs run in the test's own process and transaction even when REDIS_URL is set: the suite's Redis is for the
    tests in tests/jobs that start workers of their own."""
    settings.JOBS_EAGER = True


@pytest.fixture(autouse=True)
def _record_sound_after(request):
    """With DIALOGUE_CHECK_EACH_TEST set, `dialogue check` must find no error in the record a test leaves behind (issue
    10: the check is clean after the whole suite's scenarios), read before the test's transaction is rolled back. A
    test that breaks the record on purpose says so with `@pytest.mark.unsound_record`. `make test` sets it; off for a
    bare pytest, as the check reads the whole record, about 0.15-0.2 s a test."""
    used = next((name for name in ("db", "transactional_db") if name in request.fixturenames), None)
    marked = request.node.get_closest_marker("django_db") is not None  # its database is set up before this fixture
    if not os.environ.get("DIALOGUE_CHECK_EACH_TEST") or not (used or marked) or request.node.get_closest_marker("unsound_record"):
        yield
        return
    if used:
        request.getfixturevalue(used)  # set up first, so it is torn down (rolled back) after the check below
    yield
    from django.contrib.contenttypes.models import ContentType

    from dialogue.record.integrity import ERROR, record_problems

    errors = [str(problem) for problem in record_problems() if problem.severity == ERROR]
    ContentType.objects.clear_cache()  # read in a transaction about to be rolled back (a test's new database, say)
    if errors:
        pytest.fail("dialogue check finds the record unsound after this test:\n  " + "\n  ".join(errors[:20]), pytrace=False)


@pytest.fixture
def default_data() -> dict:
    """The shipped record as JSON, for tests that load it or a broken copy of it."""
    return copy.deepcopy(json.loads(DEFAULT_RECORD.read_text(encoding="utf-8")))


@pytest.fixture
def default_record(db):
    from dialogue.record.interchange import record_load_file

    record_load_file(DEFAULT_RECORD)


def needs_shared(path: Path) -> Path:
    """The path under ../shared that a test needs. Without it the test skips on a developer's machine, but
    fails under CI (CI set): there a skip would let a run go green with the test never run."""
    if not path.exists():
        message = f"../shared/{path.relative_to(SHARED)} is not beside the repository"
        if os.environ.get("CI"):
            pytest.fail(f"{message}, and CI is set: a test that needs it must run there, not skip", pytrace=False)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def seeds() -> Path:
    return needs_shared(SEEDS)


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
    meeting = Meeting.objects.create(key="c5-japan.som-1", format=summit.format, level="senior officials", city="Almaty",
                                     entered_by="tests", entered_at=timezone.now())
    for attendance in summit.attendances.all()[:2]:
        Attendance.objects.create(key=f"{attendance.key}.som", meeting=meeting, person=attendance.person, country=attendance.country,
                                  entered_by="tests", entered_at=timezone.now())
    meeting.refresh_from_db()
    return meeting


BULLETIN = ("Bergen, 14 May. A correction from the ministers' office: the ninth meeting of the foreign ministers "
            "was held in Kyoto, not in the capital, and was the ninth of its kind.")


@pytest.fixture
def bulletin(default_record):
    """A source of our own whose text the record holds, that says the ninth ministers' meeting was held in Kyoto."""
    from dialogue.lib.texts import content_hash
    from dialogue.record.models import Source

    return Source.objects.create(key="test-bulletin-2026-05-14", publisher="Test Bulletin", title="A correction",
                                 content_hash=content_hash(BULLETIN), text=BULLETIN)
