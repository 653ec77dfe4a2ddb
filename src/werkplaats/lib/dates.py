from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def require_end_after_start(
    start, end, *, field: str, message: str | None = None, strict: bool = False
) -> None:
    """Refuse a period that ends before it starts, with the message next to the end field.

    ``strict``: the end must come after the start (a meeting), not on it (a one-day period).
    """
    if start and end and (end <= start if strict else end < start):
        raise ValidationError(
            {field: message or _("The end date cannot be before the start date.")}
        )
