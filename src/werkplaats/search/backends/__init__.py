"""The search backends: SQLite FTS5 and PostgreSQL full-text search, behind one interface.

Which one is used follows the database (``connection.vendor``); see ``base.Backend`` for the
interface and the design both share.
"""

from django.db import connection

from werkplaats.search.backends.base import Backend, Candidate, Filters, Window


def get_backend() -> Backend:
    vendor = connection.vendor
    if vendor == "sqlite":
        from werkplaats.search.backends.sqlite import SQLiteBackend

        return SQLiteBackend()
    if vendor == "postgresql":
        from werkplaats.search.backends.postgresql import PostgreSQLBackend

        return PostgreSQLBackend()
    raise NotImplementedError(f"Search has no backend for {vendor}.")


__all__ = ["Backend", "Candidate", "Filters", "Window", "get_backend"]
