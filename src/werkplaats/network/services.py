"""Changes to werkplaatsen, organisations and partnerships."""

from django.db import transaction
from django.utils.text import slugify

from werkplaats.audit.services import audit_record
from werkplaats.network.models import Organisation, Partnership, Werkplaats


@transaction.atomic
def werkplaats_update(*, actor, werkplaats: Werkplaats, changes: dict) -> Werkplaats:
    """Apply ``changes`` (field name → new value) to a werkplaats's details."""
    themes = changes.pop("themes", None)
    if not changes and themes is None:
        return werkplaats
    for name, value in changes.items():
        setattr(werkplaats, name, value)
    werkplaats.full_clean()
    werkplaats.save()
    if themes is not None:
        werkplaats.themes.set(themes)
    audit_record(
        actor=actor,
        action="werkplaats.update",
        obj=werkplaats,
        werkplaats=werkplaats,
        data={"fields": sorted([*changes, *(["themes"] if themes is not None else [])])},
    )
    return werkplaats


def unique_slug(model_or_queryset, name: str, reserved: set[str] = frozenset()) -> str:
    """A slug for ``name`` not yet taken among a model's rows (or a queryset's)."""
    rows = getattr(model_or_queryset, "objects", model_or_queryset)
    base = slugify(name)[:70] or "item"
    slug, number = base, 2
    while slug in reserved or rows.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def organisation_create(*, actor, werkplaats: Werkplaats | None, **fields) -> Organisation:
    organisation = Organisation(**fields)
    if not organisation.slug:
        organisation.slug = unique_slug(Organisation, organisation.name)
    organisation.full_clean()
    organisation.save()
    audit_record(
        actor=actor,
        action="organisation.create",
        obj=organisation,
        werkplaats=werkplaats,
        data={"name": organisation.name},
    )
    return organisation


@transaction.atomic
def partnership_save(*, actor, partnership: Partnership) -> Partnership:
    """Add an organisation as partner of a werkplaats, or change its role or period."""
    created = partnership.pk is None
    partnership.full_clean()
    partnership.save()
    audit_record(
        actor=actor,
        action="partnership.create" if created else "partnership.update",
        obj=partnership,
        werkplaats=partnership.werkplaats,
        data={"organisation": partnership.organisation.name, "role": partnership.role},
    )
    return partnership


@transaction.atomic
def partnership_remove(*, actor, partnership: Partnership) -> None:
    audit_record(
        actor=actor,
        action="partnership.remove",
        obj=partnership,
        werkplaats=partnership.werkplaats,
        data={"organisation": partnership.organisation.name},
    )
    partnership.delete()
