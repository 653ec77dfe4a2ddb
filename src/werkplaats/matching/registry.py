"""What the matching index holds, and the one way to put things in it or take them out.

A content type registers a function that turns one object into a :class:`MatchDocument`
(its title, body, theme names, werkplaats, address, and whether it is public). Only public
documents are indexed; the others are taken out. Another app registers its model the same
way, for instance the records the federation app harvests from other installations::

    # werkplaats/federation/apps.py, in ready():
    from werkplaats.matching.registry import MatchDocument, register

    def record_item(record):
        return MatchDocument(
            kind="harvested",
            title=record.title,
            body=record.description,
            werkplaats_id=None,  # not a werkplaats of this installation
            source=record.source.name,  # shown instead of the werkplaats's name
            url=record.url,
            public=not record.deleted,
        )

    register(
        HarvestedRecord,
        record_item,
        queryset=lambda: HarvestedRecord.objects.select_related("source"),
        kinds={"harvested": _("publication elsewhere")},
    )

and calls :func:`index_item` (or :func:`remove_item`) in the transaction that changes a
record. Models that are registered for search as well need not do that: the search registry
tells this one after every ``index_object``/``remove_object`` (see :func:`search_changed`),
so every service that keeps search current keeps matching current too. Agenda themes are not
in search; the agenda services call :func:`index_item` themselves. Deleting an object takes
it out as well (a ``post_delete`` receiver: index upkeep, not business logic).

``rebuild()`` (the ``rebuild_matching_index`` command) empties the index and indexes every
public object of every registered model again: after importing data, or after a change to
``analysis.py`` or ``concepts.txt``.
"""

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import F
from django.db.models.signals import post_delete

from werkplaats.lib import indexing
from werkplaats.matching import analysis
from werkplaats.matching.models import MatchItem, Posting, TermCount

BATCH = 500
# The empty term counts the items (see TermCount).
ITEMS = ""


@dataclass(frozen=True)
class MatchDocument:
    """What the matching index knows of one object."""

    kind: str  # "question", "agenda_theme", "atelier", "publication", or a registered one
    title: str
    body: str = ""
    themes: tuple[str, ...] | list[str] = ()
    werkplaats_id: int | None = None
    source: str = ""
    url: str = ""
    public: bool = True


@dataclass(frozen=True)
class Registration:
    model: type[models.Model]
    to_item: Callable[[models.Model], MatchDocument | None]
    queryset: Callable[[], models.QuerySet]
    kinds: dict = field(default_factory=dict)
    related: tuple[str, ...] = ()


_registry: dict[type[models.Model], Registration] = {}
_kind_labels: dict[str, object] = {}


def register(
    model: type[models.Model],
    to_item: Callable[[models.Model], MatchDocument | None],
    *,
    queryset: Callable[[], models.QuerySet] | None = None,
    kinds: dict | None = None,
    related: tuple[str, ...] = (),
) -> None:
    """Match objects of ``model`` as ``to_item`` describes them.

    ``to_item`` returns None (or a document with ``public=False``) for an object that must
    never be shown. ``queryset`` gives every object to index when rebuilding, with the
    ``select_related``/``prefetch_related`` that ``to_item`` needs. ``kinds`` names the
    values of ``MatchDocument.kind`` on screen. ``related`` are the relations ``to_item``
    reads (for ``prefetch_related_objects``), so that objects not in the index can be
    described together in a fixed number of queries.
    """
    _registry[model] = Registration(
        model=model,
        to_item=to_item,
        queryset=queryset or model._default_manager.all,
        kinds=dict(kinds or {}),
        related=tuple(related),
    )
    _kind_labels.update(kinds or {})
    post_delete.connect(_deleted, sender=model, dispatch_uid=f"matching-{model._meta.label}")


def registrations() -> list[Registration]:
    return list(_registry.values())


def is_registered(obj_or_model) -> bool:
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    return model._meta.concrete_model in _registry


def kind_label(kind: str):
    return _kind_labels.get(kind, kind)


def document_of(obj: models.Model) -> MatchDocument | None:
    """The document of ``obj`` as it is now (public or not), or None."""
    return _registry[obj._meta.concrete_model].to_item(obj)


def documents_of(objects: list[models.Model]) -> list[MatchDocument | None]:
    """The documents of ``objects``, their relations read together (a fixed cost)."""
    by_model: dict[type, list] = {}
    for obj in objects:
        by_model.setdefault(obj._meta.concrete_model, []).append(obj)
    for model, group in by_model.items():
        if _registry[model].related:
            models.prefetch_related_objects(group, *_registry[model].related)
    return [document_of(obj) for obj in objects]


def content_type_id(model) -> int:
    return ContentType.objects.get_for_model(model._meta.concrete_model).pk


# --- Weights ---------------------------------------------------------------------------


def idf(count: int, items: int) -> float:
    """The weight of a term found in ``count`` of ``items`` items (0 when in all of them).

    Plain ``log(N / df)``, not smoothed: across the network a word that half the items use
    ("wijk", "ouderen") says little about a topic, and should weigh little.
    """
    if count <= 0 or items <= 0:
        return 0.0
    return max(0.0, math.log((items + 1) / count))


def weighted(vector: dict[str, float], counts: dict[str, int], items: int) -> dict[str, float]:
    return {term: weight * idf(counts.get(term, 0), items) for term, weight in vector.items()}


def length(weights: dict[str, float]) -> float:
    return math.sqrt(sum(weight * weight for weight in weights.values()))


# --- Writing ---------------------------------------------------------------------------


def _adjust_counts(terms: Iterable[str], delta: int) -> None:
    terms = sorted(set(terms))  # one order for every writer: no deadlocks between them
    if not terms:
        return
    if delta > 0:
        TermCount.objects.bulk_create(
            [TermCount(term=term, count=0) for term in terms],
            ignore_conflicts=True,
            batch_size=BATCH,
        )
    for start in range(0, len(terms), BATCH):
        TermCount.objects.filter(term__in=terms[start : start + BATCH]).update(
            count=F("count") + delta
        )


def _counts(terms: Iterable[str]) -> dict[str, int]:
    terms = list(set(terms) | {ITEMS})
    counts: dict[str, int] = {}
    for start in range(0, len(terms), 5000):
        counts.update(
            TermCount.objects.filter(term__in=terms[start : start + 5000]).values_list(
                "term", "count"
            )
        )
    return counts


def _postings(item: MatchItem, counts: dict[str, int]) -> list[Posting]:
    items = counts.get(ITEMS, 0)
    weights = weighted(item.vector, counts, items)
    norm = length(weights) or 1.0
    return [
        Posting(term=term, item=item, werkplaats_id=item.werkplaats_id, weight=weight / norm)
        for term, weight in weights.items()
        if weight > 0
    ]


@transaction.atomic
def write(content_type_id: int, object_id: int, document: MatchDocument | None) -> bool:
    """Put one object's document in the index, or take it out; whether it is in afterwards."""
    old = (
        MatchItem.objects.filter(content_type_id=content_type_id, object_id=object_id)
        .select_for_update()
        .first()
    )
    vector = analysis.vector(document.title, document.body, document.themes) if document else {}
    if document is None or not document.public or not vector:
        if old is not None:
            _adjust_counts([*old.vector, ITEMS], -1)
            old.delete()
        return False
    old_terms = set(old.vector) if old else set()
    _adjust_counts([term for term in vector if term not in old_terms], +1)
    _adjust_counts([term for term in old_terms if term not in vector], -1)
    if old is None:
        _adjust_counts([ITEMS], +1)
    item = old or MatchItem(content_type_id=content_type_id, object_id=object_id)
    item.kind = document.kind
    item.werkplaats_id = document.werkplaats_id
    item.source = document.source[:200]
    item.title = document.title[:300]
    item.url = document.url[:500]
    item.vector = vector
    item.save()
    Posting.objects.filter(item=item).delete()
    Posting.objects.bulk_create(_postings(item, _counts(vector)), batch_size=BATCH)
    return True


def index_item(obj: models.Model) -> bool:
    """Put ``obj`` in the matching index as it is now, or take it out when it is not public.

    Call it inside the transaction that saved ``obj`` (after its many-to-many relations,
    which the document may read). Returns whether the object is in the index afterwards
    (not while indexing is paused for a bulk load: see ``lib/indexing.py``).
    """
    if indexing.is_paused():
        return False
    registration = _registry.get(obj._meta.concrete_model)
    if registration is None:
        raise LookupError(f"{type(obj).__name__} is not registered for matching.")
    return write(content_type_id(obj), obj.pk, registration.to_item(obj))


def remove_item(obj: models.Model) -> None:
    """Take ``obj`` out of the matching index (before or after deleting it)."""
    if indexing.is_paused():
        return
    write(content_type_id(obj), obj.pk, None)


def search_changed(obj: models.Model, *, removed: bool = False) -> None:
    """The listener the search registry calls after it (re)indexed or removed ``obj``."""
    if not is_registered(obj):
        return
    if removed:
        remove_item(obj)
    else:
        index_item(obj)


def _deleted(sender, instance, **kwargs) -> None:
    if instance.pk is not None:
        write(content_type_id(sender), instance.pk, None)


# --- Rebuilding ------------------------------------------------------------------------


def bulk_load(entries: Iterable[tuple[int, int, MatchDocument | None]], *, stdout=None) -> int:
    """Empty the index and fill it with ``entries`` (content type id, object id, document).

    Two passes, so that memory stays small at any size: the items with their vectors and
    the term counts first, then the postings, weighed with the final counts.
    """
    with transaction.atomic():
        Posting.objects.all().delete()
        MatchItem.objects.all().delete()
        TermCount.objects.all().delete()
        counts: Counter = Counter()
        batch: list[MatchItem] = []
        total = 0
        for content_type_id_, object_id, document in entries:
            if document is None or not document.public:
                continue
            vector = analysis.vector(document.title, document.body, document.themes)
            if not vector:
                continue
            counts.update(vector.keys())
            batch.append(
                MatchItem(
                    content_type_id=content_type_id_,
                    object_id=object_id,
                    kind=document.kind,
                    werkplaats_id=document.werkplaats_id,
                    source=document.source[:200],
                    title=document.title[:300],
                    url=document.url[:500],
                    vector=vector,
                )
            )
            if len(batch) >= BATCH:
                MatchItem.objects.bulk_create(batch)
                total += len(batch)
                batch = []
        if batch:
            MatchItem.objects.bulk_create(batch)
            total += len(batch)
        counts[ITEMS] = total
        TermCount.objects.bulk_create(
            [TermCount(term=term, count=count) for term, count in counts.items()],
            batch_size=BATCH,
        )
        counts = dict(counts)
        postings: list[Posting] = []
        for item in MatchItem.objects.only("pk", "werkplaats_id", "vector").iterator(
            chunk_size=BATCH
        ):
            postings += _postings(item, counts)
            if len(postings) >= 10 * BATCH:
                Posting.objects.bulk_create(postings)
                postings = []
        if postings:
            Posting.objects.bulk_create(postings)
    if stdout is not None:
        stdout.write(f"{total} items, {len(counts) - 1} terms")
    return total


def _every_entry():
    for registration in registrations():
        type_id = content_type_id(registration.model)
        for obj in registration.queryset().iterator(chunk_size=BATCH):
            yield type_id, obj.pk, registration.to_item(obj)


def rebuild(*, stdout=None) -> int:
    """Empty the index and index every public object of every registered model again."""
    return bulk_load(_every_entry(), stdout=stdout)
