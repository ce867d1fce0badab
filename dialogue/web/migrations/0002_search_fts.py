"""SQLite: an FTS5 index over the search entries, kept current by triggers. PostgreSQL searches
the entries with its own full-text search and needs nothing here."""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE web_searchentry_fts USING fts5(title, body, content='web_searchentry', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    """CREATE TRIGGER web_searchentry_ai AFTER INSERT ON web_searchentry BEGIN
         INSERT INTO web_searchentry_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END""",
    """CREATE TRIGGER web_searchentry_ad AFTER DELETE ON web_searchentry BEGIN
         INSERT INTO web_searchentry_fts(web_searchentry_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END""",
    """CREATE TRIGGER web_searchentry_au AFTER UPDATE ON web_searchentry BEGIN
         INSERT INTO web_searchentry_fts(web_searchentry_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
         INSERT INTO web_searchentry_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END""",
]
SQLITE_UNDO = ["DROP TRIGGER web_searchentry_au", "DROP TRIGGER web_searchentry_ad", "DROP TRIGGER web_searchentry_ai", "DROP TABLE web_searchentry_fts"]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE_UNDO:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("web", "0001_search_entries")]
    operations = [migrations.RunPython(forward, backward)]
