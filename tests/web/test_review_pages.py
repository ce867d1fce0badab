"""The review page in plain words: labelled forms per kind, pickers, errors beside the field, accept all, my reports."""

import re

import pytest
from django import forms
from django.test import Client

from dialogue.ingest.models import Candidate, Submission
from dialogue.web.review_forms import CandidateForm

REPORT = ("BERGEN, 14 May 2026 – The 12th Foreign Ministers' Meeting of the Central Asia plus Japan Dialogue took place "
          "in Bergen on Thursday. Kazakh Foreign Minister Dana Omarova and Japanese Foreign Minister Kenji Sato attended. "
          "The ministers adopted the Bergen Joint Statement. Omarova held talks with Sato on the sidelines.")


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _sent(officers, text: str = REPORT) -> list[Candidate]:
    _signed_in(officers["kz"]).post("/review/reports/", {"text": text, "publisher": "Fjord Wire", "published": "2026-05-14"})
    return list(Candidate.objects.filter(source__publisher="Fjord Wire").order_by("position"))


def _form_data(candidate: Candidate, **changes) -> dict:
    """What a browser sends for the candidate's correction form left as shown, with some fields changed
    (a date as {0: day, 1: precision})."""
    form = CandidateForm(candidate, list(candidate.source.candidates.all()))
    data = {"decision": "edit"}
    for name, field in form.fields.items():
        key, value = form.add_prefix(name), changes.get(name, form.initial.get(name))
        if isinstance(field.widget, forms.MultiWidget):
            parts = value if isinstance(value, dict) else dict(enumerate(field.widget.decompress(value)))
            data.update({f"{key}_{i}": part or "" for i, part in parts.items()})
        elif isinstance(field, forms.BooleanField):
            data.update({key: "on"} if value else {})
        elif value not in (None, ""):
            data[key] = value
    return data


def test_a_candidate_shows_labelled_fields_in_words_not_internal_names(officers, default_record):
    meeting = _sent(officers)[0]
    page = _signed_in(officers["reviewer"]).get(f"/review/sources/{meeting.source.key}/").content.decode()
    assert "Number in the series" in page and "Foreign ministers" in page and "14 May 2026" in page
    for internal in ("format_name", "known_person", ">partner<", "meeting 0", "areas []"):
        assert internal not in page
    assert 'type="date"' in page  # a date picker, not a free text box
    host = re.search(r'<select name="c%d-host"[^>]*>(.*?)</select>' % meeting.id, page, re.S).group(1)
    assert "Kazakhstan" in host and "Japan" in host and "Brazil" not in host  # the format's countries, not 250


def test_a_participant_names_its_meeting_by_number_and_place(officers, default_record):
    candidates = _sent(officers)
    participant = next(c for c in candidates if c.kind == "attendance")
    form = CandidateForm(participant, candidates)
    assert dict(form.fields["meeting"].choices)[str(participant.fact["meeting"])].startswith("12th")


def test_a_correction_through_the_labelled_form_changes_only_what_was_changed(officers, default_record):
    meeting = _sent(officers)[0]
    response = _signed_in(officers["reviewer"]).post(f"/review/candidates/{meeting.id}/", _form_data(meeting, city="Trondheim", ordinal="13"))
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.edited_payload["city"] == "Trondheim" and meeting.edited_payload["ordinal"] == 13
    assert {k: v for k, v in meeting.edited_payload.items() if k not in ("city", "ordinal")} == \
        {k: v for k, v in meeting.payload.items() if k not in ("city", "ordinal")}


def test_a_date_known_only_to_the_month_is_kept_as_the_month(officers, default_record):
    meeting = _sent(officers)[0]
    _signed_in(officers["reviewer"]).post(f"/review/candidates/{meeting.id}/", _form_data(meeting, date={0: "2026-06-09", 1: "month"}))
    meeting.refresh_from_db()
    assert meeting.edited_payload["date"] == "2026-06"


@pytest.mark.parametrize("changes, field, message", [
    ({"ordinal": "the eleventh"}, "ordinal", "Enter a whole number"),
    ({"date": {0: "2026-02-30", 1: "day"}}, "date", "Not a date of the calendar"),
    ({"host": "XX"}, "host", "Select a valid choice"),
])
def test_a_bad_correction_is_refused_beside_its_field_and_what_was_typed_is_kept(officers, default_record, changes, field, message):
    meeting = _sent(officers)[0]
    reviewer = _signed_in(officers["reviewer"])
    card = reviewer.post(f"/review/candidates/{meeting.id}/", _form_data(meeting, **changes), HTTP_HX_REQUEST="true").content.decode()
    assert message in card and "<html" not in card
    typed = next(iter(changes.values()))
    assert (typed[0] if isinstance(typed, dict) else typed) in card or field == "host"
    page = reviewer.post(f"/review/candidates/{meeting.id}/", _form_data(meeting, **changes))
    assert page.status_code == 422 and message in page.content.decode()
    meeting.refresh_from_db()
    assert meeting.edited_payload is None


def test_areas_of_the_record_are_picked_by_name_and_reach_the_initiative(officers, default_record):
    from dialogue.record.models import Area, Initiative

    text = REPORT + " Kazakhstan proposed a Steppe Water Partnership to share river data."
    initiative = next(c for c in _sent(officers, text) if c.kind == "initiative")
    area = Area.objects.first()
    reviewer = _signed_in(officers["reviewer"])
    reviewer.post(f"/review/candidates/{initiative.id}/", _form_data(initiative, area_keys=[area.key]))
    initiative.refresh_from_db()
    assert initiative.edited_payload["area_keys"] == [area.key]
    reviewer.post(f"/review/candidates/{initiative.id}/", {"decision": "accept"})
    initiative.refresh_from_db()
    assert area in Initiative.objects.get(key=initiative.accepted_key).areas.all()


def test_accept_all_takes_every_candidate_of_a_report_that_needs_no_decision(officers, default_record):
    candidates = _sent(officers, REPORT + " Kazakh and Japanese firms signed 4 agreements worth $80 million in Bergen.")
    assert len(candidates) >= 5
    reviewer = _signed_in(officers["reviewer"])
    page = reviewer.post(f"/review/sources/{candidates[0].source.key}/accept-all/", follow=True).content.decode()
    statuses = dict(Candidate.objects.filter(source=candidates[0].source).values_list("id", "status"))
    accepted = sum(s == "accepted" for s in statuses.values())
    assert accepted == len(candidates) and f"Accepted {accepted} into the record" in page


def test_accept_all_leaves_what_conflicts_with_the_record_pending_and_says_why(officers, default_record):
    from dialogue.record.models import Meeting

    held = Meeting.objects.filter(level="foreign ministers", ordinal__isnull=False, city__gt="").exclude(city="Bergen").order_by("ordinal").last()
    text = f"The {held.ordinal}th Foreign Ministers' Meeting of the Central Asia plus Japan Dialogue took place in Bergen."
    candidates = _sent(officers, text)
    meeting = next(c for c in candidates if c.kind == "meeting")
    assert meeting.resolution == "conflict", meeting.conflicts
    page = _signed_in(officers["reviewer"]).post(f"/review/sources/{meeting.source.key}/accept-all/", follow=True).content.decode()
    meeting.refresh_from_db()
    assert meeting.status == "pending" and "Left for you" in page and "this source says “Bergen”" in page
    assert held.key not in page and "--keep-record" not in page  # words for the page, not the command line


def test_after_acceptance_the_card_links_to_the_fact(officers, default_record):
    meeting = _sent(officers)[0]
    reviewer = _signed_in(officers["reviewer"])
    card = reviewer.post(f"/review/candidates/{meeting.id}/", {"decision": "accept"}, HTTP_HX_REQUEST="true").content.decode()
    meeting.refresh_from_db()
    assert f'href="/meetings/{meeting.accepted_key}/"' in card and "In the record" in card


def test_a_focal_point_follows_the_reports_they_sent(officers, default_record):
    candidates = _sent(officers)
    _sent(officers)  # the same text again: kept as a second sending, stored once
    _signed_in(officers["reviewer"]).post(f"/review/candidates/{candidates[0].id}/", {"decision": "accept"})
    page = _signed_in(officers["kz"]).get("/review/mine/").content.decode()
    assert Submission.objects.filter(submitted_by=officers["kz"].username).count() == 2
    assert f"{len(candidates) - 1} waiting for review" in page and "1 accepted" in page
    assert "Already in the record (sent before)" in page
    assert "You have sent no report in yet" in _signed_in(officers["jp"]).get("/review/mine/").content.decode()


def test_a_candidate_the_judge_doubts_says_reviewers_often_rejected_its_like(officers, default_record):
    meeting, participant = _sent(officers)[:2]
    Candidate.objects.filter(id=participant.id).update(confidence=0.31)  # as a judge trained on decisions would set it
    page = _signed_in(officers["reviewer"]).get(f"/review/sources/{meeting.source.key}/").content.decode()
    card = page.split(f'id="candidate-{participant.id}"')[1].split("</h3>")[0]
    assert "Often rejected" in card and "0.31" in card
    assert "Often rejected" not in page.split(f'id="candidate-{meeting.id}"')[1].split("</h3>")[0]


def test_a_deal_shows_the_targets_it_is_proposed_to_count_towards_and_a_reviewer_may_untick_them(officers, default_record):
    from dialogue.record.models import Deal, Target

    target = Target.objects.exclude(currency="").first()
    deal = next(c for c in _sent(officers, REPORT + " Kazakh and Japanese firms signed 4 agreements worth $80 million in Bergen.")
                if c.kind == "deal")
    assert target.key in deal.payload["target_keys"]
    reviewer = _signed_in(officers["reviewer"])
    page = reviewer.get(f"/review/sources/{deal.source.key}/").content.decode()
    assert "Counts towards the record&#x27;s targets" in page and target.title in page
    reviewer.post(f"/review/candidates/{deal.id}/", _form_data(deal, target_keys=[]))
    deal.refresh_from_db()
    assert deal.edited_payload["target_keys"] == []
    reviewer.post(f"/review/candidates/{deal.id}/", {"decision": "accept"})
    deal.refresh_from_db()
    assert not Deal.objects.get(key=deal.accepted_key).targets.exists()
