"""Changing targets. Every change is in the audit trail of the werkplaats."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from werkplaats.audit.services import audit_record
from werkplaats.monitoring.models import Target
from werkplaats.monitoring.standards import STANDARD_TARGETS


def ensure_standard_targets(werkplaats) -> list[Target]:
    """Give the werkplaats the standard targets it does not have yet (idempotent, safe to run
    at the same time: the database refuses a second copy)."""
    have = set(
        Target.objects.filter(werkplaats=werkplaats)
        .exclude(standard="")
        .values_list("standard", flat=True)
    )
    missing = [
        Target(werkplaats=werkplaats, standard=standard, **dict(fields, title=""))
        for standard, fields in STANDARD_TARGETS.items()
        if standard not in have
    ]
    if missing:
        Target.objects.bulk_create(missing, ignore_conflicts=True)
    return missing


@transaction.atomic
def target_save(*, actor, target: Target, changed: dict | None = None) -> Target:
    """Create or change a target (validated by the form; checked again here)."""
    created = target.pk is None
    target.full_clean()
    target.save()
    audit_record(
        actor=actor,
        action="target.create" if created else "target.update",
        obj=target,
        werkplaats=target.werkplaats,
        data=changed or {},
    )
    return target


@transaction.atomic
def target_delete(*, actor, target: Target) -> None:
    """Delete a target of the werkplaats's own; standard targets can only be switched off."""
    if target.standard:
        raise ValidationError(_("A standard target cannot be deleted. Switch it off instead."))
    audit_record(
        actor=actor,
        action="target.delete",
        obj=target,
        werkplaats=target.werkplaats,
        data={"title": target.title},
    )
    target.delete()
