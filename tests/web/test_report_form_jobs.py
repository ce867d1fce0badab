"""The review page's report form goes through a job, as POST /api/reports does: at once without a broker, and with
one the job's page follows a worker's extraction."""

from __future__ import annotations

from dialogue.ingest.models import Submission
from dialogue.jobs.models import Job
from dialogue.jobs.services import job_execute
from dialogue.record.models import Source

REPORT = ("FJORDHAVN, 9 June 2026 – Envoys of Norway and Chile met in Fjordhavn on Tuesday and compared notes on "
          "ferry timetables and weather buoys.")


def test_without_a_broker_the_form_stores_the_report_through_a_finished_job_and_opens_its_page(signed_in, default_record):
    client = signed_in("kz")
    response = client.post("/review/reports/", {"text": REPORT, "publisher": "Fjord Desk", "published": "2026-06-09"})
    job = Job.objects.get()
    assert (job.kind, job.state) == ("ingest", "done")
    source = Source.objects.get(key=job.result["reports"][0]["source"])
    assert response.status_code == 302 and response["Location"] == f"/review/sources/{source.key}/"
    assert source.publisher == "Fjord Desk" and Submission.objects.count() == 1
    again = client.post("/review/reports/", {"text": REPORT, "publisher": "Fjord Desk"}, follow=True)
    assert "already in the record" in again.content.decode() and Submission.objects.count() == 2


def test_with_a_broker_the_form_answers_with_the_jobs_page_which_follows_the_worker(
        signed_in, default_record, settings, django_capture_on_commit_callbacks):
    settings.JOBS_EAGER = False
    client = signed_in("kz")
    with django_capture_on_commit_callbacks(execute=False) as sent:  # the task's message, which no worker takes here
        response = client.post("/review/reports/", {"text": REPORT, "publisher": "Fjord Desk"})
    job = Job.objects.get()
    assert len(sent) == 1 and job.state == "queued" and not Source.objects.filter(publisher="Fjord Desk").exists()
    assert response.status_code == 302 and response["Location"] == f"/jobs/{job.id}/"
    page = client.get(response["Location"]).content.decode()
    assert 'hx-trigger="every 1s"' in page and "waits for extraction" in page
    job_execute(job_id=job.id)  # what a worker does with the message
    partial = client.get(f"/jobs/{job.id}/", HTTP_HX_REQUEST="true").content.decode()
    source = Source.objects.get(publisher="Fjord Desk")
    assert f'href="/review/sources/{source.key}/"' in partial and "hx-trigger" not in partial


def test_the_forms_message_while_waiting_is_in_russian_for_a_russian_reader(signed_in, default_record, settings,
                                                                             django_capture_on_commit_callbacks):
    settings.JOBS_EAGER = False
    client = signed_in("kz")
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post("/review/reports/", {"text": REPORT}, HTTP_ACCEPT_LANGUAGE="ru")
    page = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "ожидает извлечения" in page
