"""The matching index: one row per public item, its terms as postings, and term counts.

Written only through ``werkplaats.matching.index``; never edit it by hand. Rebuild it with
``python -m werkplaats rebuild_matching_index``.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Werkplaats


class MatchItem(models.Model):
    """A public question, agenda theme, atelier, publication (or harvested record)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    kind = models.CharField(_("kind"), max_length=40)
    werkplaats = models.ForeignKey(
        Werkplaats,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("werkplaats"),
    )
    # Where an item without a werkplaats of this installation comes from (a harvested one).
    source = models.CharField(_("harvest source"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=300)
    url = models.CharField(max_length=500)
    # {term: weight} (analysis.vector), for the exact re-ranking of the candidates.
    vector = models.JSONField(default=dict)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("matching item")
        verbose_name_plural = _("matching items")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="matching_item_one_per_object"
            )
        ]

    def __str__(self):
        return self.title


class Posting(models.Model):
    """One term of one item: the inverted index that finds the candidates of a lookup.

    ``weight`` is the term's weight divided by the item's vector length (with the inverse
    document frequencies of when it was written), so that summing ``weight times query weight``
    over the query's terms gives about the cosine; the engine re-ranks exactly.
    ``werkplaats_id`` is copied from the item so that the own werkplaats is left out
    without a join.
    """

    term = models.CharField(max_length=60)
    item = models.ForeignKey(MatchItem, on_delete=models.CASCADE, related_name="postings")
    werkplaats_id = models.BigIntegerField(null=True, blank=True)
    weight = models.FloatField()

    class Meta:
        indexes = [
            # Covering: the candidate query reads the index only, never the table.
            models.Index(
                fields=["term", "weight", "item", "werkplaats_id"], name="matching_posting_term"
            )
        ]

    def __str__(self):
        return f"{self.term} {self.weight:.3f}"


class TermCount(models.Model):
    """In how many items a term occurs (its document frequency), for its weight.

    The row with the empty term counts the items themselves.
    """

    term = models.CharField(max_length=60, primary_key=True)
    count = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.term}: {self.count}"
