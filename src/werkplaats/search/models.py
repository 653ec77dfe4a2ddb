"""The search index: one row per public object, and the full-text index beside it.

The full-text part depends on the database (see ``backends``):

* SQLite: the FTS5 table ``search_fts`` (created in migration 0002), whose rowid is
  :attr:`SearchEntry.sort_key`. It is contentless, so it holds only the index; the entry
  keeps the indexed terms, because FTS5 needs them to take a row out again.
* PostgreSQL: the columns ``document`` (everything, for matching, with a GIN index) and
  ``rank_vector`` (title and summary, for ranking), added in migration 0002.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Werkplaats
from werkplaats.search.documents import DocumentType

# Sort keys order by date, then by entry: the date's ordinal in the high digits.
SORT_KEY_FACTOR = 10**10


def sort_key(date, entry_id: int) -> int:
    """Newest first by ``ORDER BY sort_key DESC``; entries without a date come last."""
    return (date.toordinal() if date else 0) * SORT_KEY_FACTOR + entry_id


class SearchEntry(models.Model):
    """What the results page shows of one object, and what its facets count.

    Written only through ``werkplaats.search.registry``; never edit it by hand.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    sort_key = models.BigIntegerField(unique=True, null=True)
    type = models.CharField(_("type"), max_length=20, choices=DocumentType.choices)
    kind = models.CharField(_("kind"), max_length=40, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    werkplaats = models.ForeignKey(
        Werkplaats,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("werkplaats"),
    )
    # Ids and codes separated by spaces ("3 12"): read for the facets of hundreds
    # results at once, where splitting a string is much faster than decoding JSON.
    werkplaatsen = models.CharField(max_length=500, blank=True)
    themes = models.CharField(max_length=500, blank=True)
    audiences = models.CharField(max_length=100, blank=True)
    title = models.CharField(_("title"), max_length=300)
    url = models.CharField(max_length=500)
    summary = models.TextField(_("summary"), blank=True)
    # The installation a harvested object comes from (federation); empty for our own.
    source = models.CharField(_("harvest source"), max_length=200, blank=True, default="")
    # SQLite only (see backends/sqlite.py): the indexed terms of title and summary, for
    # ranking, and of the body, compressed, which FTS5 needs to take the row out again.
    title_terms = models.TextField(blank=True, editable=False)
    summary_terms = models.TextField(blank=True, editable=False)
    body_terms = models.BinaryField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="search_entry_once_per_object"
            )
        ]

    def __str__(self):
        return f"{self.type}: {self.title}"

    @property
    def werkplaats_ids(self) -> list[int]:
        return [int(value) for value in self.werkplaatsen.split()]

    @property
    def theme_ids(self) -> list[int]:
        return [int(value) for value in self.themes.split()]

    @property
    def audience_codes(self) -> list[str]:
        return self.audiences.split()


class TermStatistic(models.Model):
    """For ranking (BM25's inverse document frequency): in how many entries a term occurs in
    the title or summary. Keys starting with ``#`` are totals (see ``backends.base``); terms
    are letters only, so they never clash.

    Kept up to date by the backend in the same transaction as the entries; a term whose last
    entry went keeps its row with 0, until the next rebuild empties the table.
    """

    term = models.TextField(primary_key=True)
    documents = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("term statistic")
        verbose_name_plural = _("term statistics")

    def __str__(self):
        return f"{self.term}: {self.documents}"
