"""compose.yaml and the Dockerfile, checked without Docker: they parse, and what they name exists in the code.

Docker is not run here (the test machine has no compose); `docker compose config` is the fuller check where it is."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import yaml
from celery import Celery

from dialogue.web.health import PROBES

ROOT = Path(__file__).resolve().parents[1]
APP_SERVICES = ("migrate", "web", "worker", "beat")


def _compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_compose_runs_the_database_the_broker_and_every_role_of_the_application():
    services = _compose()["services"]
    assert set(services) == {"postgres", "redis", *APP_SERVICES}
    for name in APP_SERVICES:
        environment = services[name]["environment"]
        assert environment["DATABASE_URL"].startswith("postgres://") and "@postgres:5432/" in environment["DATABASE_URL"]
        assert environment["REDIS_URL"] == "redis://redis:6379/0"
        assert "DIALOGUE_SECRET_KEY" in environment  # one key for every container, or a session signed by one fails on another
    for name in ("web", "worker", "beat"):
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["beat"]["deploy"]["replicas"] == 1  # two beats would queue every scheduled job twice


def test_the_job_commands_name_the_celery_app_that_exists():
    services = _compose()["services"]
    for name, role in (("worker", "worker"), ("beat", "beat")):
        command = services[name]["command"]
        assert command[:2] == ["celery", "-A"] and command[3] == role
        module = importlib.import_module(command[2])
        assert isinstance(module.app, Celery)


def test_the_web_containers_probe_readiness_where_the_application_answers_it():
    web = _compose()["services"]["web"]
    assert web["command"][:2] == ["gunicorn", "dialogue.wsgi:application"]
    probe = re.search(r"http://127\.0\.0\.1:8000(/\w+)", " ".join(web["healthcheck"]["test"])).group(1)
    assert probe in PROBES


def test_the_image_installs_exactly_the_locked_dependencies_with_the_pinned_uv():
    dockerfile = (ROOT / "Dockerfile").read_text()
    pinned = re.search(r"^UV_VERSION := (\S+)", (ROOT / "Makefile").read_text(), re.M).group(1)
    assert f'"uv=={pinned}"' in dockerfile
    assert "COPY pyproject.toml uv.lock" in dockerfile and dockerfile.count("uv sync --frozen --no-dev") == 2
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv", "data", ".git"} <= set(ignored)


def test_every_setting_read_from_the_environment_is_in_the_readme():
    settings = (ROOT / "dialogue" / "settings.py").read_text()
    names = set(re.findall(r"""(?:environ\.get|envbool|envlist)\(\s*["']([A-Z_]+)["']""", settings))
    assert {"DATABASE_URL", "REDIS_URL", "DIALOGUE_SECRET_KEY", "DIALOGUE_ALLOWED_HOSTS"} <= names
    readme = (ROOT / "README.md").read_text()
    assert not {name for name in names if f"`{name}`" not in readme}
