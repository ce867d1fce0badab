"""The admin saves facts through the record's services; a fact or source the record lacks is a domain NotFound,
which a page answers with a 404 that names it."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from dialogue.record.errors import NotFound
from dialogue.record.models import Meeting
from dialogue.record.selectors import fact_get, source_get


@pytest.fixture
def curator(client, db):
    client.force_login(User.objects.create_superuser("curator", "curator@example.org", "a long passphrase"))
    return client


def _meeting_form(meeting: Meeting, **changes) -> dict:
    prefix = "record-evidence-content_type-object_id"
    data = {name: getattr(meeting, name) if getattr(meeting, name) is not None else ""
            for name in ("title", "level", "status", "ordinal", "date", "end_date", "city", "note", "entered_by")}
    data.update({"format": meeting.format_id, "host": meeting.host_id or "", "chair": meeting.chair_id or "",
                 "announced_at": meeting.announced_at_id or "", "online": "on" if meeting.online else "",
                 "entered_at_0": "", "entered_at_1": "", f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0",
                 f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000", **changes})
    return data


def test_a_meeting_changed_in_the_admin_is_written_by_the_edit_service_with_who_in_its_history(curator, default_record):
    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    # The day, which no quote backs: a quoted value changed by hand with no new quote is one `dialogue check` reports.
    answer = curator.post(f"/admin/record/meeting/{meeting.id}/change/", _meeting_form(meeting, date="2022-12-24"))
    assert answer.status_code == 302, answer.content.decode()[:2000]
    meeting.refresh_from_db()
    assert meeting.date == "2022-12-24"
    assert meeting.history.first().history_change_reason == "edited by curator"


def test_a_fact_the_record_lacks_is_not_found_in_the_records_own_terms(db):
    with pytest.raises(NotFound, match="No meetings 'c5-japan.no-such-meeting'"):
        fact_get(section="meetings", key="c5-japan.no-such-meeting")
    with pytest.raises(NotFound, match="No section 'tea-parties'"):
        fact_get(section="tea-parties", key="x")
    with pytest.raises(NotFound, match="No source"):
        source_get(key="no-such-source")


def test_a_page_for_a_fact_the_record_lacks_is_a_404(client, db):
    assert client.get("/facts/meetings/c5-japan.no-such-meeting/").status_code == 404
    assert client.get("/sources/no-such-source/").status_code == 404


def test_the_command_line_says_what_the_record_lacks_in_a_message_not_a_traceback(db):
    from click.testing import CliRunner

    from dialogue.cli.common import Command

    def show():
        fact_get(section="meetings", key="c5-japan.no-such-meeting")

    result = CliRunner().invoke(Command("show", callback=show))
    assert result.exit_code == 1 and "No meetings 'c5-japan.no-such-meeting'" in result.output
    assert not isinstance(result.exception, NotFound)


def test_the_api_answers_a_key_the_record_lacks_with_problem_details_naming_it(client, db):
    answer = client.get("/api/meetings/c5-japan.no-such-meeting")
    assert answer.status_code == 404 and answer["Content-Type"].startswith("application/problem+json")
    assert answer.json()["detail"] == "There is no meeting with key 'c5-japan.no-such-meeting'."
