"""The full-text index beside the entries, in the form of the database engine.

SQLite: a contentless FTS5 table whose rowid is the entry's sort key. PostgreSQL: a
``document`` vector with a GIN index and a small ``rank_vector`` kept in the row. See
werkplaats/search/backends/ for how each is used.
"""

from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "title, summary, body, facets, content='', "
    "tokenize='unicode61 remove_diacritics 0', detail=full)",
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS search_fts"]

POSTGRESQL_FORWARD = [
    "ALTER TABLE search_searchentry ADD COLUMN document tsvector NOT NULL DEFAULT ''",
    "ALTER TABLE search_searchentry ADD COLUMN rank_vector tsvector NOT NULL DEFAULT ''",
    # Ranking reads rank_vector of up to a thousand rows: keep it in the row, not in TOAST.
    "ALTER TABLE search_searchentry ALTER COLUMN rank_vector SET STORAGE MAIN",
    "CREATE INDEX search_entry_document ON search_searchentry USING gin (document)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_document",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS rank_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS document",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}),
        )
    ]
