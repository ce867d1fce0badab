import os
import subprocess
import sys

from django.db import connection


def test_the_suite_runs_on_the_database_that_database_url_names(db):
    expected = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    assert connection.vendor == expected


def _settings_in_a_fresh_process(**env) -> str:
    code = "from dialogue import settings as s; print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'])"
    clean = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    return subprocess.run([sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True, check=True).stdout


def test_the_default_database_is_sqlite_in_the_data_folder_that_the_environment_names(tmp_path):
    assert _settings_in_a_fresh_process(DIALOGUE_DATA_DIR=str(tmp_path)).split() == [
        "django.db.backends.sqlite3", str(tmp_path / "dialogue.sqlite3"),
    ]


def test_database_url_selects_postgresql(tmp_path):
    output = _settings_in_a_fresh_process(DIALOGUE_DATA_DIR=str(tmp_path), DATABASE_URL="postgres://u:p@127.0.0.1:5432/ledger")
    assert output.split() == ["django.db.backends.postgresql", "ledger"]


def test_production_settings_pass_the_deployment_checks(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(DIALOGUE_DATA_DIR=str(tmp_path), DIALOGUE_HTTPS="1", DIALOGUE_ALLOWED_HOSTS="ledger.example.org",
               DIALOGUE_SECRET_KEY="k" + os.urandom(40).hex())
    checked = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                             cwd=os.path.dirname(os.path.dirname(__file__)), env=env, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_without_https_the_deployment_checks_say_what_is_missing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DIALOGUE_HTTPS")}
    env.update(DIALOGUE_DATA_DIR=str(tmp_path))
    checked = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                             cwd=os.path.dirname(os.path.dirname(__file__)), env=env, capture_output=True, text=True)
    assert checked.returncode != 0 and "SECURE_SSL_REDIRECT" in checked.stderr + checked.stdout
