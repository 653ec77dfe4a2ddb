"""The one index interface that every content type plugs into.

A content type registers a function that turns one object into a
:class:`~werkplaats.search.documents.SearchDocument`, or into None when the object is not
public (then it is taken out of the index). Its services call :func:`index_object` inside
their transaction, after saving, so the index changes with the content or not at all::

    # werkplaats/publications/search.py
    from werkplaats.search.documents import DocumentType, SearchDocument, markdown_text

    def publication_document(publication):
        if publication.status != Publication.Status.PUBLISHED:
            return None  # concept and ter review are never found
        return SearchDocument(
            type=DocumentType.PUBLICATION,
            kind=publication.kind,
            werkplaatsen=[publication.werkplaats_id],
            themes=[theme.pk for theme in publication.themes.all()],
            year=publication.date.year,
            audiences=publication.audiences,  # codes of search.documents.Audience
            title=publication.title,
            summary=publication.summary,
            body=markdown_text(publication.body),
            url=publication.get_absolute_url(),
            date=publication.date,
        )

    # werkplaats/publications/apps.py, in PublicationsConfig.ready():
    from werkplaats.search.registry import register
    register(
        Publication,
        publication_document,
        queryset=lambda: Publication.objects.select_related("werkplaats")
        .prefetch_related("themes"),
        kinds=Publication.Kind.choices,
    )

    # werkplaats/publications/services.py, inside the @transaction.atomic service:
    publication.save()
    publication.themes.set(themes)
    index_object(publication)  # after the many-to-many relations, which the document reads

``rebuild()`` (the ``rebuild_search_index`` command) empties the index and indexes every
object of every registered model again: after importing data, or when a ``to_document``
function changes.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from werkplaats.lib import indexing
from werkplaats.search.backends import get_backend
from werkplaats.search.documents import SearchDocument

REBUILD_BATCH = 500


@dataclass(frozen=True)
class Registration:
    model: type[models.Model]
    to_document: Callable[[models.Model], SearchDocument | None]
    queryset: Callable[[], models.QuerySet]
    kinds: dict[str, object]


_registry: dict[type[models.Model], Registration] = {}
# Called as listener(obj, removed=...) after each index change: other indexes keep up.
_listeners: list[Callable[..., None]] = []


def add_listener(listener: Callable[..., None]) -> None:
    """Call ``listener(obj, removed=bool)`` after every index_object/remove_object."""
    if listener not in _listeners:
        _listeners.append(listener)


def register(
    model: type[models.Model],
    to_document: Callable[[models.Model], SearchDocument | None],
    *,
    queryset: Callable[[], models.QuerySet] | None = None,
    kinds: Iterable[tuple[str, object]] = (),
) -> None:
    """Index objects of ``model`` with ``to_document``.

    ``queryset`` gives every object to consider when rebuilding (default: all, one by one;
    give one with ``select_related``/``prefetch_related`` for what ``to_document`` reads).
    ``kinds`` are the choices of the model's kind field: their labels name the kind facet.
    """
    _registry[model] = Registration(
        model=model,
        to_document=to_document,
        queryset=queryset or model._default_manager.all,
        kinds=dict(kinds),
    )


def registrations() -> list[Registration]:
    return list(_registry.values())


def kind_label(kind: str):
    """The label of a kind value of any registered model (the value itself if unknown)."""
    for registration in _registry.values():
        if kind in registration.kinds:
            return registration.kinds[kind]
    return kind


def _registration(obj: models.Model) -> Registration:
    model = obj._meta.concrete_model
    try:
        return _registry[model]
    except KeyError:
        raise LookupError(f"{model.__name__} is not registered for search.") from None


def index_object(obj: models.Model) -> bool:
    """Put ``obj`` in the index as it is now, or take it out when it is not public.

    Call it inside the transaction that saved ``obj``: a rollback takes the index change
    back too. Returns whether the object is in the index afterwards (not while indexing is
    paused for a bulk load: see ``lib/indexing.py``).
    """
    if indexing.is_paused():
        return False
    document = _registration(obj).to_document(obj)
    content_type = ContentType.objects.get_for_model(obj._meta.concrete_model)
    with transaction.atomic():
        for listener in _listeners:
            listener(obj, removed=False)
        if document is None:
            get_backend().delete(content_type.pk, [obj.pk])
            return False
        get_backend().write([(content_type.pk, obj.pk, document)])
    return True


def remove_object(obj: models.Model) -> None:
    """Take ``obj`` out of the index (before or after deleting it)."""
    if indexing.is_paused():
        return
    content_type = ContentType.objects.get_for_model(obj._meta.concrete_model)
    with transaction.atomic():
        get_backend().delete(content_type.pk, [obj.pk])
        for listener in _listeners:
            listener(obj, removed=True)


def rebuild(*, stdout=None) -> int:
    """Empty the index and index every public object of every registered model again.

    One transaction: searches see the old index until it is done. On PostgreSQL the GIN
    index is rebuilt at the end, which locks the table for writes (and searches) meanwhile.
    """
    backend = get_backend()
    total = 0
    with transaction.atomic(), backend.bulk_load():
        backend.clear()
        for registration in registrations():
            content_type = ContentType.objects.get_for_model(registration.model)
            batch = []
            for obj in registration.queryset().iterator(chunk_size=REBUILD_BATCH):
                document = registration.to_document(obj)
                if document is not None:
                    batch.append((content_type.pk, obj.pk, document))
                if len(batch) >= REBUILD_BATCH:
                    total += backend.write(batch, fresh=True)
                    batch = []
            if batch:
                total += backend.write(batch, fresh=True)
            if stdout is not None:
                stdout.write(f"{registration.model._meta.label}: indexed")
    return total
