"""What both backends share: the rows they write, and the window of candidates they return.

**Design for large result sets.** Ranking every match is what makes full-text search slow
when a word occurs in most documents ("gemeente", "zorg"): at 100,000 documents FTS5's
``bm25()`` and PostgreSQL's ``ts_rank`` on the whole document took 0.1 to 0.6 s for such a
word, and even an exact count of the matches took 50 ms (SQLite) and 500 ms (PostgreSQL).
So a search looks at a *window*: the newest :attr:`Backend.window_size` matches (with the
filters applied), which both engines find without touching the others (SQLite reads FTS5's
posting lists in rowid order, and the rowid is the sort key; PostgreSQL combines the GIN
index with a range of the sort key). Within the window:

* relevance ranks on title and summary only, weighted title 1.0, summary 0.4 (the body
  decides whether a document matches, not how high it comes), newest first among equals:
  BM25 on SQLite, ``ts_rank`` per word on PostgreSQL, both times each word weighted by
  its inverse document frequency over all entries (``statistics``), so that a rare word
  counts for more than one in nearly every text;
* the facets count the window;
* the total is exact up to the window size, above it "more than 500".

A query with fewer matches than the window is therefore ranked and counted exactly; one with
more is ranked among its newest matches, and the page suggests narrowing it down. A
werkplaats publishes hundreds of texts, so the window holds most searches whole; at 100,000
documents a window of 500 keeps the p95 within the targets (bench/search.py; 1,000 was at
the limit of 15 ms on SQLite).

Facet filters are index terms too (``f1question``, ``f52024``): they have a digit, so no word
someone types can match them, and the engine intersects them with the words.
"""

import re
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from django.db import connection

from werkplaats.search.analysis import analyse
from werkplaats.search.backends import statistics
from werkplaats.search.documents import SearchDocument
from werkplaats.search.models import SearchEntry, sort_key
from werkplaats.search.query import Query

WINDOW_SIZE = 500
# How much a match in the title and in the summary weighs (see the module docstring).
TITLE_WEIGHT, SUMMARY_WEIGHT = 1.0, 0.4

FACET_PREFIXES = {
    "type": "f1",
    "kind": "f2",
    "theme": "f3",
    "werkplaats": "f4",
    "year": "f5",
    "audience": "f6",
    # Of the date, for narrowing a search to the newest entries (see postgresql.py).
    "month": "f7",
    "date_year": "f8",
}
_NOT_TOKEN = re.compile(r"[^a-z0-9]")


def facet_token(facet: str, value) -> str:
    return FACET_PREFIXES[facet] + _NOT_TOKEN.sub("", str(value).lower())


def month_token(day: date) -> str:
    return facet_token("month", f"{day:%Y%m}")


def date_year_token(year: int) -> str:
    return facet_token("date_year", year)


def facet_text(*, type, kind, year, date, werkplaatsen: str, themes: str, audiences: str) -> str:
    """The facet tokens of an entry, from its stored fields (so a removal matches)."""
    tokens = [facet_token("type", type)]
    if date:
        tokens += [month_token(date), date_year_token(date.year)]
    if kind:
        tokens.append(facet_token("kind", kind))
    if year:
        tokens.append(facet_token("year", year))
    tokens += [facet_token("werkplaats", value) for value in werkplaatsen.split()]
    tokens += [facet_token("theme", value) for value in themes.split()]
    tokens += [facet_token("audience", value) for value in audiences.split()]
    return " ".join(tokens)


def spaced(terms: list[str]) -> str:
    """Terms as stored for ranking: two spaces between, one around, so that counting
    ``" term "`` finds every occurrence and ``" a  b "`` finds the phrase "a b"."""
    return " " + "  ".join(terms) + " " if terms else ""


@dataclass(frozen=True)
class Filters:
    """Facet filters: values of one facet are alternatives, different facets all apply."""

    types: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    themes: tuple[int, ...] = ()
    werkplaatsen: tuple[int, ...] = ()
    years: tuple[int, ...] = ()
    audiences: tuple[str, ...] = ()

    def token_groups(self) -> list[list[str]]:
        groups = [
            ("type", self.types),
            ("kind", self.kinds),
            ("theme", self.themes),
            ("werkplaats", self.werkplaatsen),
            ("year", self.years),
            ("audience", self.audiences),
        ]
        return [
            [facet_token(facet, value) for value in values] for facet, values in groups if values
        ]

    def __bool__(self) -> bool:
        return bool(self.token_groups())


@dataclass(slots=True)
class Candidate:
    """A match in the window, with what the facets count and its score."""

    id: int
    sort_key: int
    type: str
    kind: str
    year: int | None
    werkplaatsen: str
    themes: str
    audiences: str
    score: float = 0.0


@dataclass
class Window:
    candidates: list[Candidate]  # newest first
    capped: bool  # there are more matches than the window holds


@dataclass
class Row:
    """One entry as it is written: the document, analysed."""

    id: int
    content_type_id: int
    object_id: int
    document: SearchDocument
    title_terms: list[str]
    summary_terms: list[str]
    body_terms: list[str]

    @property
    def date(self) -> date | None:
        return self.document.date

    @property
    def sort_key(self) -> int:
        return sort_key(self.document.date, self.id)

    @property
    def year(self) -> int | None:
        if self.document.year:
            return self.document.year
        return self.document.date.year if self.document.date else None

    @property
    def werkplaatsen(self) -> str:
        return " ".join(str(value) for value in dict.fromkeys(self.document.werkplaatsen))

    @property
    def themes(self) -> str:
        return " ".join(str(value) for value in dict.fromkeys(self.document.themes))

    @property
    def audiences(self) -> str:
        return " ".join(dict.fromkeys(self.document.audiences))

    @property
    def facets(self) -> str:
        return facet_text(
            type=self.document.type,
            kind=self.document.kind,
            year=self.year,
            date=self.date,
            werkplaatsen=self.werkplaatsen,
            themes=self.themes,
            audiences=self.audiences,
        )


def field_terms(text: str) -> list[str]:
    terms, parts = analyse(text)
    seen = set(terms)
    return terms + [part for part in parts if part not in seen]


ENTRY_COLUMNS = (
    "id",
    "content_type_id",
    "object_id",
    "sort_key",
    "type",
    "kind",
    "year",
    "date",
    "werkplaats_id",
    "werkplaatsen",
    "themes",
    "audiences",
    "title",
    "url",
    "summary",
    "source",
    "title_terms",
    "summary_terms",
    "body_terms",
)


class Backend:
    """The interface of a search backend. Writes run in the caller's transaction."""

    vendor = ""
    window_size = WINDOW_SIZE
    # Whether the entry keeps the analysed terms (SQLite needs them, see sqlite.py).
    stores_terms = False

    # Writing -----------------------------------------------------------------------------

    def write(self, items, *, fresh: bool = False) -> int:
        """Index ``items``, a list of (content type id, object id, SearchDocument).

        An object already in the index is replaced. ``fresh=True`` promises that none is
        (right after :meth:`clear`), which saves looking.
        """
        if not items:
            return 0
        if not fresh:
            by_type: dict[int, list[int]] = {}
            for content_type_id, object_id, _document in items:
                by_type.setdefault(content_type_id, []).append(object_id)
            for content_type_id, object_ids in by_type.items():
                self.delete(content_type_id, object_ids)
        ids = self.reserve_ids(len(items))
        rows = [
            Row(
                id=entry_id,
                content_type_id=content_type_id,
                object_id=object_id,
                document=document,
                title_terms=field_terms(document.title),
                summary_terms=field_terms(document.summary),
                body_terms=field_terms(document.body),
            )
            for entry_id, (content_type_id, object_id, document) in zip(ids, items, strict=True)
        ]
        self.insert(rows)
        statistics.count(((row.title_terms, row.summary_terms) for row in rows), 1)
        return len(rows)

    def ranked_terms(self, entry: SearchEntry) -> tuple[list[str], list[str]]:
        """The terms of the entry's title and summary as they were counted when written."""
        return field_terms(entry.title), field_terms(entry.summary)

    def entry_values(self, row: Row) -> tuple:
        document = row.document
        werkplaats = document.werkplaatsen[0] if document.werkplaatsen else None
        if self.stores_terms:
            terms = (
                spaced(row.title_terms),
                spaced(row.summary_terms),
                zlib.compress(" ".join(row.body_terms).encode(), 6),
            )
        else:
            terms = ("", "", None)
        return (
            row.id,
            row.content_type_id,
            row.object_id,
            row.sort_key,
            document.type,
            document.kind,
            row.year,
            row.date,
            werkplaats,
            row.werkplaatsen,
            row.themes,
            row.audiences,
            document.title[:300],
            document.url[:500],
            document.summary,
            document.source[:200],
            *terms,
        )

    def insert_entries(self, rows: list[Row], extra_columns=(), extra_sql=(), extra=None):
        """Insert the entry rows with one statement per batch (executemany)."""
        columns = ", ".join(ENTRY_COLUMNS + tuple(extra_columns))
        placeholders = ", ".join(["%s"] * len(ENTRY_COLUMNS) + list(extra_sql))
        # Column names and SQL expressions are ours; every value is a parameter.
        sql = f"INSERT INTO search_searchentry ({columns}) VALUES ({placeholders})"  # noqa: S608
        with connection.cursor() as cursor:
            cursor.executemany(
                sql, [self.entry_values(row) + (extra(row) if extra else ()) for row in rows]
            )

    def delete(self, content_type_id: int, object_ids) -> None:
        """Take these objects out of the index (nothing happens for those not in it)."""
        entries = list(
            SearchEntry.objects.filter(content_type_id=content_type_id, object_id__in=object_ids)
        )
        if entries:
            self.remove_fulltext(entries)
            statistics.count((self.ranked_terms(entry) for entry in entries), -1)
            SearchEntry.objects.filter(pk__in=[entry.pk for entry in entries]).delete()

    @contextmanager
    def bulk_load(self):
        """Around writing many entries at once (rebuild, benchmark), inside a transaction:
        an engine may put off work on its index until the end."""
        yield

    def clear(self) -> None:
        """Empty the index."""
        self.clear_fulltext()
        statistics.clear()
        SearchEntry.objects.all().delete()

    # For each engine ---------------------------------------------------------------------

    def reserve_ids(self, count: int) -> list[int]:
        raise NotImplementedError

    def insert(self, rows: list[Row]) -> None:
        raise NotImplementedError

    def remove_fulltext(self, entries: list[SearchEntry]) -> None:
        raise NotImplementedError

    def clear_fulltext(self) -> None:
        raise NotImplementedError

    def window(self, query: Query | None, filters: Filters) -> Window:
        """The newest ``window_size`` matches of ``query`` (None: every entry) with scores."""
        raise NotImplementedError

    def size(self) -> int:
        """Bytes the index takes on disk (entries and full-text index)."""
        raise NotImplementedError
