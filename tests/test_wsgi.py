"""The production entry point starts workers ready: every view imported before the first request, no database
connection opened before gunicorn forks its workers (they must not share one)."""

import json
import os
import subprocess
import sys

PROBE = """
import json, sys
import dialogue.wsgi
from django.db import connections
print(json.dumps({"api": "dialogue.web.api" in sys.modules, "spacy": "spacy" in sys.modules,
                  "open": [alias for alias in connections if connections[alias].connection is not None]}))
"""


def test_the_wsgi_module_imports_every_view_at_start_up_and_opens_no_database_connection(tmp_path):
    env = {**os.environ, "DIALOGUE_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120, check=True)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"api": True, "spacy": True, "open": []}
