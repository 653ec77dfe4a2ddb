"""PostgreSQL full-text search, for sites that run on PostgreSQL.

Two ``tsvector`` columns (migration 0002): ``document`` (title, summary, body and the facet
tokens) with a GIN index, for matching, and ``rank_vector`` (title weight A, summary B), kept
small and in the row, for ``ts_rank`` (per query word, weighed by its inverse document
frequency, see ``statistics``). The query is PostgreSQL's own
``websearch_to_tsquery``, given the analysed terms (see ``query.py``).

**Configuration.** The vectors are built with the ``simple`` configuration from the terms of
``analysis.py``, not with ``dutch`` from the raw text: ``dutch`` has no synonyms and no
compound parts, so the two backends would find different things, and on our stems its
stemmer changes nothing (PostgreSQL's ``dutch`` stemmer *is* Snowball's ``dutch_porter``;
tests/search/test_stemmer.py checks that it gives the same stems on the word list).

**The window** (see ``base``): the newest matches are found with the GIN index alone, first
among the entries of the newest 3 months (every entry has the tokens of the month and year
of its date, such as ``f7202403`` and ``f82024``), then of the newest 12 months, 4 years,
and then among all, until one fills the window. A step that fills it is exact: whatever it
left out is older. So a search reads the rows of a few times the window's size, whether its
words are in every document or in few: reading the rows of every match of a common word
(tens of thousands) is what made it slow. (Skipping steps by the planner's estimates was
tried: words of one theme occur together far more often than it assumes, so it skipped
steps that would have filled the window, and such searches took 25 ms instead of 5.) Testing
``document @@ query`` row by row is what costs: the vector of a long text is stored out of
the row (TOAST) and must be read and decompressed, so ``ORDER BY sort_key + 0`` keeps the
planner from walking the sort-key index and testing each row, which it would otherwise do
for a common word.
"""

from contextlib import contextmanager
from datetime import date, timedelta

from django.db import connection

from werkplaats.search.backends import statistics
from werkplaats.search.backends.base import (
    SUMMARY_WEIGHT,
    TITLE_WEIGHT,
    Backend,
    Candidate,
    Filters,
    Window,
    date_year_token,
    month_token,
)
from werkplaats.search.models import SORT_KEY_FACTOR
from werkplaats.search.query import Query

CONFIG = "simple"
GIN_INDEX = "CREATE INDEX search_entry_document ON search_searchentry USING gin (document)"
# The ranges of newest entries to look in first, one after the other, before all.
RECENT_MONTHS = (3, 12)
RECENT_YEARS = (4,)
# ts_rank's weights, in the order {D, C, B, A}: only the title (A) and summary (B) are in
# the rank vector.
RANK_WEIGHTS = "{0, 0, %s, %s}" % (SUMMARY_WEIGHT, TITLE_WEIGHT)  # noqa: UP031


def websearch(query: Query) -> str:
    """The query in the syntax of ``websearch_to_tsquery``, every term quoted."""
    groups = []
    for group in query.groups:
        groups.append(
            " ".join(
                ("-" if item.negated else "") + '"' + " ".join(item.terms) + '"' for item in group
            )
        )
    return " or ".join(groups)


def _quoted(term: str) -> str:
    return "'" + term.replace("'", "''") + "'"


def rank_expression(query: Query) -> tuple[str, list]:
    """The score: ``ts_rank`` of each positive term on the title-and-summary vector, weighed by
    the term's inverse document frequency (as BM25 does), added up."""
    terms = sorted(query.positive_terms)
    idfs = statistics.read(terms)
    parts, params = [], []
    for term in terms:
        parts.append(f"ts_rank('{RANK_WEIGHTS}', rank_vector, to_tsquery('{CONFIG}', %s)) * %s")
        params += [_quoted(term), idfs.idf([term])]
    return (" + ".join(parts) or "0"), params


def filter_tsqueries(filters: Filters) -> list[str]:
    return [" | ".join(tokens) for tokens in filters.token_groups()]


class PostgreSQLBackend(Backend):
    vendor = "postgresql"
    stores_terms = False

    def reserve_ids(self, count: int) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence('search_searchentry', 'id')) "
                "FROM generate_series(1, %s)",
                [count],
            )
            return [row[0] for row in cursor.fetchall()]

    def insert(self, rows) -> None:
        vector = f"to_tsvector('{CONFIG}', %s)"
        self.insert_entries(
            rows,
            extra_columns=("document", "rank_vector"),
            extra_sql=(
                f"setweight({vector}, 'A') || setweight({vector}, 'B') || {vector} || {vector}",
                f"setweight({vector}, 'A') || setweight({vector}, 'B')",
            ),
            extra=lambda row: (
                " ".join(row.title_terms),
                " ".join(row.summary_terms),
                " ".join(row.body_terms),
                row.facets,
                " ".join(row.title_terms),
                " ".join(row.summary_terms),
            ),
        )

    @contextmanager
    def bulk_load(self):
        # Building a GIN index once is much faster than adding every row to it; ANALYZE
        # gives the planner the statistics it chooses between index and scan with.
        with connection.cursor() as cursor:
            cursor.execute("DROP INDEX IF EXISTS search_entry_document")
        yield
        with connection.cursor() as cursor:
            # Check the deferred foreign keys of the new rows now: PostgreSQL does not
            # build an index on a table with checks still pending.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(GIN_INDEX)
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            cursor.execute("ANALYZE search_searchentry")

    def remove_fulltext(self, entries) -> None:
        """The vectors go with the entry's row."""

    def clear_fulltext(self) -> None:
        """The vectors go with the entries' rows."""

    def window(self, query: Query | None, filters: Filters) -> Window:
        conditions = []
        params: list = []
        if query is not None:
            conditions.append(f"websearch_to_tsquery('{CONFIG}', %s)")
            params.append(websearch(query))
        for tsquery in filter_tsqueries(filters):
            conditions.append(f"to_tsquery('{CONFIG}', %s)")
            params.append(tsquery)
        if query is not None:
            rank, rank_params = rank_expression(query)
        else:
            rank, rank_params = "0", []
        columns = f"id, sort_key, type, kind, year, werkplaatsen, themes, audiences, {rank}"
        limit = self.window_size + 1
        with connection.cursor() as cursor:
            if not conditions:
                cursor.execute(
                    f"SELECT {columns} FROM search_searchentry "  # noqa: S608 - see below
                    "ORDER BY sort_key DESC LIMIT %s",
                    [*rank_params, limit],
                )
                rows = cursor.fetchall()
            else:
                # The SQL is built from our own fragments; every value is a parameter.
                sql = (
                    f"SELECT {columns} FROM search_searchentry "  # noqa: S608
                    "WHERE document @@ (MATCH) ORDER BY sort_key + 0 DESC LIMIT %s"
                )
                rows = []
                for narrowing in (*self._recent(cursor), None):
                    where = conditions if narrowing is None else [*conditions, narrowing[0]]
                    arguments = params if narrowing is None else [*params, narrowing[1]]
                    match = " && ".join(where)
                    cursor.execute(sql.replace("MATCH", match), [*rank_params, *arguments, limit])
                    rows = cursor.fetchall()
                    if len(rows) == limit:
                        break
        capped = len(rows) > self.window_size
        candidates = [Candidate(*row[:8], score=float(row[8])) for row in rows[: self.window_size]]
        return Window(candidates, capped)

    def _recent(self, cursor) -> list[tuple[str, str]]:
        """The ranges of newest entries to try, as (SQL, tsquery) of their date tokens: the
        months and years counted back from the month of the newest entry."""
        cursor.execute("SELECT max(sort_key) FROM search_searchentry")
        newest = cursor.fetchone()[0]
        if not newest or newest < SORT_KEY_FACTOR:
            return []
        newest = date.fromordinal(newest // SORT_KEY_FACTOR)
        day, months = newest.replace(day=1), []
        for _ in range(max(RECENT_MONTHS)):
            months.append(month_token(day))
            day = (day - timedelta(days=1)).replace(day=1)
        ranges = [" | ".join(months[:count]) for count in RECENT_MONTHS]
        ranges += [
            " | ".join(date_year_token(newest.year - back) for back in range(count))
            for count in RECENT_YEARS
        ]
        return [(f"to_tsquery('{CONFIG}', %s)", tokens) for tokens in ranges]

    def size(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_total_relation_size('search_searchentry')")
            return cursor.fetchone()[0]
