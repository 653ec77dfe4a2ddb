"""Personal API tokens: a person's key to write through the API for one werkplaats.

Only a hash of the secret is stored; the full token is shown once, when it is made. What a
token may do is not stored either: it follows from the holder's role in its werkplaats at
the moment of use, so a coordinator who steps down loses the rights of their tokens with it.
"""

import hashlib
import hmac

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Werkplaats

TOKEN_PREFIX = "wpt"  # noqa: S105 (the marker of our tokens, not a secret)


def hash_secret(secret: str) -> str:
    # The secret is 32 random bytes, so a fast hash cannot be brute-forced; a slow password
    # hash would only make every API call slower.
    return hashlib.sha256(secret.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def usable(self, now=None):
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("person"),
    )
    werkplaats = models.ForeignKey(
        Werkplaats,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("werkplaats"),
    )
    name = models.CharField(_("name"), max_length=100)
    # The public part of the token, to find it; the secret part is only kept as a hash.
    prefix = models.CharField(max_length=16, unique=True, editable=False)
    secret_hash = models.CharField(max_length=64, editable=False)
    created = models.DateTimeField(_("made"), auto_now_add=True)
    last_used = models.DateTimeField(_("last used"), null=True, blank=True)
    expires_at = models.DateTimeField(_("valid until"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created", "-id"]

    def __str__(self):
        return f"{self.name} ({TOKEN_PREFIX}_{self.prefix}…)"

    @property
    def display_prefix(self) -> str:
        return f"{TOKEN_PREFIX}_{self.prefix}"

    def matches(self, secret: str) -> bool:
        return hmac.compare_digest(self.secret_hash, hash_secret(secret))

    def is_expired(self, now=None) -> bool:
        return self.expires_at is not None and self.expires_at <= (now or timezone.now())

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def is_usable(self) -> bool:
        return not self.is_revoked and not self.is_expired()
