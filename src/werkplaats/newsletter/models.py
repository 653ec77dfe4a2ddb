"""The newsletter: people without an account follow a werkplaats or themes by e-mail.

A subscription holds only what the digest needs: an address, what it follows and how often.
It does nothing until the address confirms it (double opt-in); an unconfirmed one expires
after :data:`CONFIRMATION_VALID`. The subscriber manages it with a personal link (the random
key, signed, as a registration for an activity has).
"""

import uuid
from datetime import timedelta

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.lib.links import key_from_token, sign_key
from werkplaats.network.models import Theme, Werkplaats

SUBSCRIPTION_SALT = "werkplaats.newsletter.subscription"
# How long the link in the confirmation e-mail works; the subscription is deleted after that.
CONFIRMATION_VALID = timedelta(days=7)


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed__isnull=False)

    def expired(self, now=None):
        """Never confirmed, and the confirmation link no longer works."""
        now = now or timezone.now()
        return self.filter(confirmed__isnull=True, requested__lte=now - CONFIRMATION_VALID)


class Subscription(models.Model):
    """One address following one werkplaats (or all of them), optionally only some themes."""

    class Frequency(models.TextChoices):
        WEEKLY = "weekly", _("once a week")
        MONTHLY = "monthly", _("once a month")

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Kept in lower case, so that one address cannot subscribe twice in other capitals.
    email = models.EmailField(_("e-mail address"))
    werkplaats = models.ForeignKey(
        Werkplaats,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="newsletter_subscriptions",
        verbose_name=_("werkplaats"),
        help_text=_("Empty: all werkplaatsen."),
    )
    themes = models.ManyToManyField(
        Theme,
        blank=True,
        related_name="newsletter_subscriptions",
        verbose_name=_("themes"),
        help_text=_("Empty: every theme."),
    )
    frequency = models.CharField(
        _("how often"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    # When the address confirmed; until then nothing is sent but the confirmation e-mail.
    confirmed = models.DateTimeField(_("confirmed"), null=True, blank=True)
    # When the form last mailed this address about it (the confirmation, or "you are already
    # subscribed"): an unconfirmed subscription expires CONFIRMATION_VALID after this.
    requested = models.DateTimeField(_("confirmation asked"), default=timezone.now)
    # The end of the last digest's window, and the start of the next one.
    last_sent = models.DateTimeField(_("last digest"), null=True, blank=True)
    created = models.DateTimeField(_("subscribed on"), auto_now_add=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("newsletter subscription")
        verbose_name_plural = _("newsletter subscriptions")
        ordering = ["created", "id"]
        indexes = [models.Index(fields=["confirmed", "frequency", "last_sent"])]
        constraints = [
            models.UniqueConstraint(
                fields=["email", "werkplaats"],
                name="subscription_once_per_address_and_werkplaats",
            ),
            # NULL is never equal to NULL in a unique index: "all werkplaatsen" needs its own.
            models.UniqueConstraint(
                fields=["email"],
                condition=Q(werkplaats__isnull=True),
                name="subscription_once_per_address_for_all",
            ),
            models.CheckConstraint(
                condition=Q(confirmed__isnull=True) | Q(last_sent__isnull=False),
                name="subscription_confirmed_has_window",
            ),
        ]

    def __str__(self):
        return f"{self.email} → {self.werkplaats or _('all werkplaatsen')}"

    def get_absolute_url(self):
        return reverse("newsletter:manage", kwargs={"token": self.token})

    @property
    def token(self) -> str:
        return sign_key(self.key, salt=SUBSCRIPTION_SALT)

    @classmethod
    def key_from_token(cls, token: str) -> uuid.UUID | None:
        return key_from_token(token, salt=SUBSCRIPTION_SALT)

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed is not None

    def is_expired(self, now=None) -> bool:
        now = now or timezone.now()
        return self.confirmed is None and self.requested <= now - CONFIRMATION_VALID
