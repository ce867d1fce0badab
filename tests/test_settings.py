import os

from django.conf import settings
from django.db import connection


def test_the_suite_runs_on_the_database_that_database_url_names(db):
    expected = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    assert connection.vendor == expected


def test_the_default_database_lives_in_the_data_folder():
    if "DATABASE_URL" not in os.environ:
        assert str(settings.DATABASES["default"]["NAME"]).startswith(str(settings.DATA_DIR))
