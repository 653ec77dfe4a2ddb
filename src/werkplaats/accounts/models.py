"""People, their roles in werkplaatsen, and invitations to join."""

import uuid
from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core import signing
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Organisation, Werkplaats

INVITATION_VALID_FOR = timedelta(days=14)


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person with an account; they log in with their e-mail address.

    A superuser is a national admin: they manage every werkplaats and the Django admin.
    """

    email = models.EmailField(_("e-mail address"), unique=True)
    name = models.CharField(_("name"), max_length=150)
    is_active = models.BooleanField(_("active"), default=True)
    is_staff = models.BooleanField(_("may use the admin"), default=False)
    date_joined = models.DateTimeField(_("joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name", "email"]

    def __str__(self):
        return self.name or self.email

    def get_full_name(self):
        return self.name

    def get_short_name(self):
        return self.name.split(" ")[0] if self.name else self.email


class Role(models.TextChoices):
    """A person's role in a werkplaats. Only coordinators manage it."""

    COORDINATOR = "coordinator", _("coordinator")
    RESEARCHER = "researcher", _("researcher")
    LECTURER = "lecturer", _("lecturer")
    STUDENT = "student", _("student")
    PROFESSIONAL = "professional", _("professional")
    POLICY_MAKER = "policy_maker", _("policy maker")
    RESIDENT = "resident", _("resident or expert by experience")
    VOLUNTEER = "volunteer", _("volunteer")


class Membership(models.Model):
    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("person")
    )
    werkplaats = models.ForeignKey(
        Werkplaats,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("werkplaats"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    # Consent to appear on the public page of the werkplaats; off until the person says so.
    listed = models.BooleanField(_("show me on the public page"), default=False)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["user__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "werkplaats"], name="membership_one_per_werkplaats"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.werkplaats} ({self.get_role_display()})"

    @property
    def is_coordinator(self) -> bool:
        return self.role == Role.COORDINATOR


INVITATION_SALT = "werkplaats.accounts.invitation"


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(
            accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
        )


class Invitation(models.Model):
    """An e-mailed invitation to join a werkplaats in a role; the link works once."""

    werkplaats = models.ForeignKey(
        Werkplaats,
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("werkplaats"),
    )
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    # The link carries this key signed with SECRET_KEY: the database alone cannot forge a link.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    invited_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("invited by")
    )
    created = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("valid until"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(
                fields=["werkplaats", "email"],
                condition=Q(accepted_at__isnull=True, revoked_at__isnull=True),
                name="invitation_one_open_per_address",
            )
        ]

    def __str__(self):
        return f"{self.email} → {self.werkplaats}"

    @property
    def token(self) -> str:
        return signing.Signer(salt=INVITATION_SALT).sign(str(self.key))

    @classmethod
    def key_from_token(cls, token: str) -> uuid.UUID | None:
        """The key inside a link token, or None when the token was tampered with."""
        try:
            return uuid.UUID(signing.Signer(salt=INVITATION_SALT).unsign(token))
        except (signing.BadSignature, ValueError):
            return None

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_usable(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None and not self.is_expired
