"""`POST /api/reports` answers 202 with a job, and `GET /api/jobs/ID` follows it."""

from __future__ import annotations

import json

from dialogue.jobs.models import Job


def test_the_api_shows_a_job_to_its_starter_and_to_reviewers_only(client, bearer, default_record):
    submitted = client.post("/api/reports", {"text": "Envoys of Norway and Chile met in Bergen to talk about ferries."},
                            content_type="application/json", **bearer["kz"])
    assert submitted.status_code == 202
    url = json.loads(submitted.content)["url"]
    mine = client.get(url, **bearer["kz"])
    assert mine.status_code == 200 and json.loads(mine.content)["result"]["reports"][0]["outcome"] == "stored"
    assert client.get(url, **bearer["reviewer"]).status_code == 200
    assert client.get(url, **bearer["jp"]).status_code == 404
    assert client.get(url).status_code == 401
    assert client.get("/api/jobs/99999", **bearer["kz"]).status_code == 404


def test_a_focal_points_report_is_refused_at_once_for_someone_with_no_role(client, db, django_user_model):
    from dialogue.access.services import token_issue

    nobody = django_user_model.objects.create_user(username="nils", password="pw-nils-2026")
    response = client.post("/api/reports", {"text": "Envoys met in Bergen."}, content_type="application/json",
                           HTTP_AUTHORIZATION=f"Bearer {token_issue(nobody, name='tests')}")
    assert response.status_code == 403 and not Job.objects.exists()
