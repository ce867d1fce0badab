"""PostgreSQL: a stored, weighted text-search vector over the search entries and a GIN index on it,
so that search reads an index instead of parsing every entry. SQLite has its FTS5 table (0002)."""

from django.db import migrations

POSTGRES = [
    """ALTER TABLE web_searchentry ADD COLUMN document tsvector GENERATED ALWAYS AS (
         setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')
       ) STORED""",
    "CREATE INDEX web_searchentry_document ON web_searchentry USING GIN (document)",
]
POSTGRES_UNDO = ["DROP INDEX web_searchentry_document", "ALTER TABLE web_searchentry DROP COLUMN document"]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES_UNDO:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("web", "0002_search_fts")]
    operations = [migrations.RunPython(forward, backward)]
