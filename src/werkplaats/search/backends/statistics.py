"""What BM25 needs besides the candidates: in how many entries each term occurs, and the
average lengths of titles and summaries (table ``search_termstatistic``).

Only title and summary are ranked (see ``base``), so only their terms are counted. The
counts change in the same transaction as the entries: +1 for each term of a new entry, -1
when it is taken out, and the totals under keys starting with ``#``. A search reads the
rows of its own terms and the totals: one indexed look-up, however common the words.
"""

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection

ENTRIES, TITLE_LENGTH, SUMMARY_LENGTH = "#entries", "#title", "#summary"
TOTALS = (ENTRIES, TITLE_LENGTH, SUMMARY_LENGTH)

UPSERT = (
    "INSERT INTO search_termstatistic (term, documents) VALUES (%s, %s) "
    "ON CONFLICT (term) DO UPDATE "
    "SET documents = search_termstatistic.documents + excluded.documents"
)


def count(fields: Iterable[tuple[list[str], list[str]]], sign: int) -> None:
    """Add (sign 1) or take away (sign -1) the terms of entries, given as (title terms,
    summary terms)."""
    counts: Counter = Counter()
    for title, summary in fields:
        counts.update(set(title) | set(summary))
        counts[ENTRIES] += 1
        counts[TITLE_LENGTH] += len(title)
        counts[SUMMARY_LENGTH] += len(summary)
    if not counts:
        return
    # Sorted, so that two transactions lock the rows in the same order (no deadlock).
    with connection.cursor() as cursor:
        cursor.executemany(UPSERT, [(term, sign * n) for term, n in sorted(counts.items())])


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_termstatistic")


@dataclass
class Statistics:
    entries: int = 0
    title_length: float = 1.0  # average, in terms
    summary_length: float = 1.0
    frequencies: dict[str, int] = field(default_factory=dict)

    def idf(self, terms: Iterable[str]) -> float:
        """BM25's inverse document frequency; for a phrase that of its rarest word (the
        phrase is at most as common as that)."""
        documents = min((self.frequencies.get(term, 0) for term in terms), default=0)
        return math.log(1 + (self.entries - documents + 0.5) / (documents + 0.5))


def read(terms: Iterable[str]) -> Statistics:
    keys = sorted(set(terms)) + list(TOTALS)
    placeholders = ", ".join(["%s"] * len(keys))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT term, documents FROM search_termstatistic WHERE term IN ({placeholders})",  # noqa: S608
            keys,
        )
        found = dict(cursor.fetchall())
    entries = max(found.pop(ENTRIES, 0), 0)
    title, summary = found.pop(TITLE_LENGTH, 0), found.pop(SUMMARY_LENGTH, 0)
    return Statistics(
        entries=entries,
        title_length=max(title / entries, 1.0) if entries else 1.0,
        summary_length=max(summary / entries, 1.0) if entries else 1.0,
        frequencies=found,
    )
