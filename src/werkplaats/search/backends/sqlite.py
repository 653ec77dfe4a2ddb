"""SQLite FTS5, the default backend.

``search_fts`` (migration 0002) has the columns title, summary, body and facets, all holding
pre-analysed terms (``analysis.py``: stems, synonyms, compound parts) split by the
``unicode61`` tokenizer. Its rowid is the entry's sort key (date, then entry), so FTS5 hands
out matches newest first and the window of the newest matches costs no more than reading
it: about a millisecond, also for a word in every document.

The table is contentless (``content=''``): it holds the index and not the text, which would
double the size of the database. FTS5 needs the terms of a row to take it out again, so the
entry keeps them (title and summary as text, for ranking too; the body compressed).

Ranking is done here on the window, not with FTS5's ``bm25()``: that function counts, on
every query, the documents of each query term by reading the term's whole posting list,
which took 27-72 ms at 100,000 documents for a word in every document, however few rows it
ranked. The score is BM25F over title and summary (weights in ``base``), from the stored
terms of the candidates and the document frequencies and average lengths that
``statistics`` keeps.
"""

import zlib
from contextlib import contextmanager

from django.db import connection

from werkplaats.search.backends import statistics
from werkplaats.search.backends.base import (
    SUMMARY_WEIGHT,
    TITLE_WEIGHT,
    Backend,
    Candidate,
    Filters,
    Window,
    facet_text,
    spaced,
)
from werkplaats.search.query import Query

TEXT_COLUMNS = "{title summary body}"


def _phrase(terms) -> str:
    # Stems are letters only (lib.text.WORD), so they never contain a quotation mark.
    return '"' + " ".join(terms) + '"'


def match_expression(query: Query | None, filters: Filters) -> str | None:
    """The FTS5 MATCH expression for the query and the filters; None when both are empty."""
    parts = []
    if query is not None:
        groups = []
        for group in query.groups:
            positive = " AND ".join(_phrase(item.terms) for item in group if not item.negated)
            negative = "".join(f" NOT {_phrase(item.terms)}" for item in group if item.negated)
            groups.append(f"(({positive}){negative})")
        parts.append(f"{TEXT_COLUMNS} : ({' OR '.join(groups)})")
    for tokens in filters.token_groups():
        parts.append("{facets} : (" + " OR ".join(tokens) + ")")
    return " AND ".join(parts) or None


def patterns(query: Query | None) -> list[str]:
    """What to count in the stored terms: each term or phrase looked for, once."""
    if query is None:
        return []
    return list(
        dict.fromkeys(
            spaced(list(item.terms)) for group in query.groups for item in group if not item.negated
        )
    )


# BM25's saturation of the term frequency and its length normalisation, as usual; the
# fields weigh as on PostgreSQL, title 2.5 times the summary.
K1, B = 1.2, 0.75
TITLE_BOOST, SUMMARY_BOOST = TITLE_WEIGHT / SUMMARY_WEIGHT, 1.0


def length(terms: str) -> int:
    """The number of terms in a ``spaced`` string, without splitting it (500 per search)."""
    return terms.count("  ") + 1 if terms else 0


def score(
    patterns: list[str],
    idfs: list[float],
    averages: statistics.Statistics,
    title_terms: str,
    summary_terms: str,
) -> float:
    """BM25F: the matches in title and summary, each relative to the field's average length,
    add up to one term frequency per pattern, which saturates and is weighed by its idf."""
    total = 0.0
    title_norm = summary_norm = 0.0  # measured once needed: most candidates match in the body
    for pattern, idf in zip(patterns, idfs, strict=True):
        in_title, in_summary = title_terms.count(pattern), summary_terms.count(pattern)
        frequency = 0.0
        if in_title:
            title_norm = title_norm or 1 - B + B * length(title_terms) / averages.title_length
            frequency += TITLE_BOOST * in_title / title_norm
        if in_summary:
            summary_norm = (
                summary_norm or 1 - B + B * length(summary_terms) / averages.summary_length
            )
            frequency += SUMMARY_BOOST * in_summary / summary_norm
        if frequency:
            total += idf * frequency * (K1 + 1) / (frequency + K1)
    return total


class SQLiteBackend(Backend):
    vendor = "sqlite"
    stores_terms = True

    def reserve_ids(self, count: int) -> list[int]:
        # Inside the caller's transaction, which SQLite runs IMMEDIATE: no other writer
        # can take the same ids. AUTOINCREMENT remembers ids of deleted rows in sqlite_sequence.
        with connection.cursor() as cursor:
            cursor.execute("SELECT COALESCE(MAX(id), 0) FROM search_searchentry")
            highest = cursor.fetchone()[0]
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = 'search_searchentry'")
            row = cursor.fetchone()
        start = max(highest, row[0] if row else 0) + 1
        return list(range(start, start + count))

    def insert(self, rows) -> None:
        self.insert_entries(rows)
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, summary, body, facets) "
                "VALUES (%s, %s, %s, %s, %s)",
                [
                    (
                        row.sort_key,
                        spaced(row.title_terms),
                        spaced(row.summary_terms),
                        " ".join(row.body_terms),
                        row.facets,
                    )
                    for row in rows
                ],
            )

    def ranked_terms(self, entry) -> tuple[list[str], list[str]]:
        return entry.title_terms.split(), entry.summary_terms.split()

    def remove_fulltext(self, entries) -> None:
        # A contentless table forgets a row when told the exact terms it was indexed with.
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts (search_fts, rowid, title, summary, body, facets) "
                "VALUES ('delete', %s, %s, %s, %s, %s)",
                [
                    (
                        entry.sort_key,
                        entry.title_terms,
                        entry.summary_terms,
                        zlib.decompress(entry.body_terms).decode() if entry.body_terms else "",
                        facet_text(
                            type=entry.type,
                            kind=entry.kind,
                            year=entry.year,
                            date=entry.date,
                            werkplaatsen=entry.werkplaatsen,
                            themes=entry.themes,
                            audiences=entry.audiences,
                        ),
                    )
                    for entry in entries
                ],
            )

    @contextmanager
    def bulk_load(self):
        yield
        # Merge the index's segments into one, as a search reads each segment's lists.
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")

    def clear_fulltext(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")

    def window(self, query: Query | None, filters: Filters) -> Window:
        match = match_expression(query, filters)
        columns = (
            "e.id, e.sort_key, e.type, e.kind, e.year, e.werkplaatsen, e.themes, e.audiences, "
            "e.title_terms, e.summary_terms"
        )
        if match is None:
            sql = f"SELECT {columns} FROM search_searchentry e ORDER BY e.sort_key DESC LIMIT %s"  # noqa: S608
            params = [self.window_size + 1]
        else:
            # FTS5 reads the posting lists in rowid order, newest first, and stops at the
            # limit; the join drops a row whose entry has gone (the index is rebuilt then).
            sql = (
                f"SELECT {columns} FROM search_fts "  # noqa: S608 - our columns, MATCH is a parameter
                "JOIN search_searchentry e ON e.sort_key = search_fts.rowid "
                "WHERE search_fts MATCH %s ORDER BY search_fts.rowid DESC LIMIT %s"
            )
            params = [match, self.window_size + 1]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        capped = len(rows) > self.window_size
        counted = patterns(query)
        averages = (
            statistics.read(term for pattern in counted for term in pattern.split())
            if counted
            else statistics.Statistics()
        )
        idfs = [averages.idf(pattern.split()) for pattern in counted]
        candidates = [
            Candidate(*row[:8], score=score(counted, idfs, averages, row[8], row[9]))
            for row in rows[: self.window_size]
        ]
        return Window(candidates, capped)

    def size(self) -> int | None:
        try:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'search\\_%' ESCAPE '\\' "
                    "OR name LIKE 'sqlite_autoindex_search%'"
                )
                return cursor.fetchone()[0]
        except Exception:
            return None
