"""Making, using and revoking personal API tokens."""

import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.accounts.permissions import is_national_admin, roles_by_werkplaats
from werkplaats.api.models import TOKEN_PREFIX, ApiToken, hash_secret
from werkplaats.audit.services import audit_record

# A token used again within this time does not write its "last used" moment again.
LAST_USED_PRECISION = timedelta(minutes=1)
MAX_TOKENS_PER_USER = 20
# What token_create makes: hex for the prefix, URL-safe characters without "_" for the secret.
PREFIX_SHAPE = re.compile(r"[0-9a-f]{1,16}")
SECRET_SHAPE = re.compile(r"[A-Za-z0-9-]{1,100}")


@dataclass
class NewToken:
    token: ApiToken
    # The whole token, to show once: it is nowhere stored.
    plain: str


def may_scope_to(user, werkplaats) -> bool:
    """A token is for a werkplaats the person is a member of (any, for national admins)."""
    return is_national_admin(user) or werkplaats.pk in roles_by_werkplaats(user)


def split_token(plain: str) -> tuple[str, str] | None:
    """(prefix, secret) of a token as typed, or None when it does not have our shape."""
    parts = plain.strip().split("_")
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
        return None
    # Checked before the prefix is looked up: PostgreSQL refuses a NUL in a compared text.
    if not PREFIX_SHAPE.fullmatch(parts[1]) or not SECRET_SHAPE.fullmatch(parts[2]):
        return None
    return parts[1], parts[2]


@transaction.atomic
def token_create(*, user, werkplaats, name: str, expires_at=None) -> NewToken:
    """Make a token for ``user`` scoped to ``werkplaats``; the plain token is returned once."""
    if not may_scope_to(user, werkplaats):
        raise ValidationError(
            {"werkplaats": _("You can only make a token for a werkplaats you are a member of.")}
        )
    if expires_at is not None and expires_at <= timezone.now():
        raise ValidationError({"expires_at": _("The end date must be in the future.")})
    if ApiToken.objects.filter(user=user).usable().count() >= MAX_TOKENS_PER_USER:
        raise ValidationError(
            _("You have %(count)s tokens in use. Revoke one before you make another.")
            % {"count": MAX_TOKENS_PER_USER}
        )
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32).replace("_", "-")
    token = ApiToken(
        user=user,
        werkplaats=werkplaats,
        name=name.strip(),
        prefix=prefix,
        secret_hash=hash_secret(secret),
        expires_at=expires_at,
    )
    token.full_clean()
    token.save()
    audit_record(
        actor=user,
        action="api_token.create",
        obj=token,
        werkplaats=werkplaats,
        data={"name": token.name, "prefix": prefix},
    )
    return NewToken(token=token, plain=f"{TOKEN_PREFIX}_{prefix}_{secret}")


@transaction.atomic
def token_revoke(*, actor, token: ApiToken) -> ApiToken:
    """Revoke a token for good; revoking twice changes nothing."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit_record(
            actor=actor,
            action="api_token.revoke",
            obj=token,
            werkplaats=token.werkplaats,
            data={"name": token.name, "prefix": token.prefix},
        )
    return token


def token_used(token: ApiToken, now=None) -> None:
    """Note when a token was last used, at most once a minute (one small UPDATE)."""
    now = now or timezone.now()
    if token.last_used is None or now - token.last_used >= LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used=now)
        token.last_used = now
