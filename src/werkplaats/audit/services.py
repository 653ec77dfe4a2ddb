from django.db import models

from werkplaats.audit.models import AuditEntry


def audit_record(
    *,
    actor,
    action: str,
    obj: models.Model,
    werkplaats=None,
    data: dict | None = None,
) -> AuditEntry:
    """Record that ``actor`` did ``action`` to ``obj``. Call it inside the service's transaction."""
    return AuditEntry.objects.create(
        werkplaats=werkplaats,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        data=data or {},
    )


def changed_fields(form) -> dict:
    """The changed values of a ModelForm, as strings, for an audit entry."""
    return {name: str(form.cleaned_data.get(name)) for name in form.changed_data}
