"""Activities (bijeenkomsten): what they are, who registered, who came and what they thought."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.lib.dates import require_end_after_start
from werkplaats.lib.links import key_from_token, sign_key
from werkplaats.lib.models import StoredFile
from werkplaats.network.models import Organisation, Theme, Werkplaats

REGISTRATION_SALT = "werkplaats.activities.registration"
# Addresses below /activiteiten/ that are pages, so no activity may have them as its slug.
RESERVED_SLUGS = frozenset({"nieuw", "archief", "maand"})
END = _("The end must be after the start.")


class ActivityQuerySet(models.QuerySet):
    def public(self):
        return self.filter(audience=Activity.Audience.PUBLIC)

    def visible_to(self, user):
        """Public activities, and members-only ones of the werkplaatsen the user belongs to."""
        from werkplaats.accounts.permissions import is_national_admin, roles_by_werkplaats

        if is_national_admin(user):
            return self
        return self.filter(
            Q(audience=Activity.Audience.PUBLIC)
            | Q(werkplaats_id__in=list(roles_by_werkplaats(user)))
        )

    def of_werkplaats(self, werkplaats):
        """Organised by the werkplaats, alone or together with others."""
        return self.filter(Q(werkplaats=werkplaats) | Q(co_organisers=werkplaats)).distinct()

    def upcoming(self, now=None):
        return self.filter(end__gt=now or timezone.now()).order_by("start", "id")

    def past(self, now=None):
        return self.filter(end__lte=now or timezone.now()).order_by("-start", "-id")


class Activity(models.Model):
    """A meeting of a werkplaats: from a kenniscafé for ten people to the closing congress."""

    class Kind(models.TextChoices):
        REGIONAL = "regionale_bijeenkomst", _("regional meeting")
        THEMATIC = "themabijeenkomst", _("thematic meeting")
        WORKSHOP = "workshop", _("workshop")
        KENNISCAFE = "kenniscafe", _("knowledge café")
        LECTURE = "actualiteitencollege", _("topical lecture")
        ATELIER_SESSION = "leeratelier_sessie", _("learning atelier session")
        WEBINAR = "webinar", _("webinar")
        CONGRESS = "congres", _("congress")

    class Audience(models.TextChoices):
        PUBLIC = "public", _("everyone")
        MEMBERS = "members", _("members of the werkplaats")

    class Status(models.TextChoices):
        PLANNED = "gepland", _("planned")
        CANCELLED = "geannuleerd", _("cancelled")
        HELD = "afgelopen", _("held")

    # Stable identity for calendars (iCalendar UID): never changes, even when the title does.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    werkplaats = models.ForeignKey(
        Werkplaats,
        on_delete=models.CASCADE,
        related_name="activities",
        verbose_name=_("organised by"),
    )
    co_organisers = models.ManyToManyField(
        Werkplaats,
        blank=True,
        related_name="joint_activities",
        verbose_name=_("together with"),
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("short name in the web address"), max_length=80)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="activities", verbose_name=_("themes")
    )
    atelier = models.ForeignKey(
        "ateliers.Atelier",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name=_("learning atelier"),
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    location_name = models.CharField(_("place"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Only people who registered see this link."),
    )
    capacity = models.PositiveIntegerField(
        _("number of places"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Leave empty to keep registration open until the start."),
    )
    audience = models.CharField(
        _("for whom"), max_length=20, choices=Audience.choices, default=Audience.PUBLIC
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    cancel_reason = models.TextField(_("why it is cancelled"), blank=True)
    description = models.TextField(_("description"), blank=True)
    step_free = models.BooleanField(_("accessible without steps"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    interpreter = models.BooleanField(_("sign language interpreter"), default=False)
    accessibility_notes = models.TextField(_("more about accessibility"), blank=True)
    report = models.TextField(_("report"), blank=True)
    organisations_present = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="activities_attended",
        verbose_name=_("organisations present"),
    )
    other_organisations = models.TextField(
        _("other organisations present"),
        blank=True,
        help_text=_("Organisations that are not partners yet, one per line."),
    )
    # Raised whenever time, place or status change, so calendars replace their copy.
    sequence = models.PositiveIntegerField(default=0)
    reminders_sent_at = models.DateTimeField(null=True, blank=True)
    evaluations_sent_at = models.DateTimeField(null=True, blank=True)
    needs_erased_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["start", "id"]
        indexes = [models.Index(fields=["start"]), models.Index(fields=["end"])]
        constraints = [
            models.UniqueConstraint(
                fields=["werkplaats", "slug"],
                name="activity_slug_unique_per_werkplaats",
                violation_error_message=_(
                    "This werkplaats already has an activity with this name."
                ),
            ),
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")), name="activity_end_after_start"
            ),
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(capacity__gte=1),
                name="activity_capacity_positive",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            "activities:detail", kwargs={"slug": self.werkplaats.slug, "activity": self.slug}
        )

    def clean(self):
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": _("This name is the address of a page. Choose another.")}
            )
        require_end_after_start(self.start, self.end, field="end", message=END, strict=True)
        require_end_after_start(
            self.registration_opens,
            self.registration_closes,
            field="registration_closes",
            message=_("Registration cannot close before it opens."),
        )

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def is_past(self) -> bool:
        return self.end <= timezone.now()

    @property
    def current_status(self) -> str:
        """The status as a visitor should read it: a planned activity that ended is held."""
        if self.status == self.Status.PLANNED and self.is_past:
            return self.Status.HELD
        return self.status

    def get_current_status_display(self) -> str:
        return self.Status(self.current_status).label

    @property
    def attendance_mode(self) -> str:
        """offline, online or mixed, in the words schema.org uses."""
        on_site = bool(self.location_name or self.address)
        if on_site and self.online_url:
            return "mixed"
        return "online" if self.online_url else "offline"

    def registration_problem(self, now=None) -> str | None:
        """Why nobody can register now, or None when registration is open."""
        now = now or timezone.now()
        if self.status == self.Status.CANCELLED:
            return "cancelled"
        if self.start <= now or self.status == self.Status.HELD:
            return "past"
        if self.registration_opens and now < self.registration_opens:
            return "not_yet"
        if self.registration_closes and now >= self.registration_closes:
            return "closed"
        return None


class ProgrammeSession(models.Model):
    """A part of a congress programme; sessions at the same time run in parallel."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=200)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    room = models.CharField(_("room"), max_length=100, blank=True)
    speakers = models.CharField(_("speakers"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)
    capacity = models.PositiveIntegerField(
        _("number of places"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )

    class Meta:
        verbose_name = _("programme session")
        verbose_name_plural = _("programme sessions")
        ordering = ["start", "room", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")), name="programme_session_end_after_start"
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        require_end_after_start(self.start, self.end, field="end", message=END, strict=True)
        activity = self.activity
        if self.start and self.end and (self.start < activity.start or self.end > activity.end):
            raise ValidationError(
                _("A session must take place between the start and the end of the activity.")
            )

    def overlaps(self, other: "ProgrammeSession") -> bool:
        return self.start < other.end and other.start < self.end


class RegistrationRole(models.TextChoices):
    PROFESSIONAL = "professional", _("professional")
    POLICY_MAKER = "beleidsmaker", _("policy maker")
    RESEARCHER = "onderzoeker", _("researcher")
    LECTURER = "docent", _("lecturer")
    STUDENT = "student", _("student")
    RESIDENT = "bewoner", _("resident or expert by experience")
    VOLUNTEER = "vrijwilliger", _("volunteer")
    OTHER = "anders", _("other")


class Registration(models.Model):
    """Someone who registered, with or without an account; they manage it by a personal link."""

    class State(models.TextChoices):
        REGISTERED = "registered", _("registered")
        WAITING = "waiting", _("on the waiting list")
        CANCELLED = "cancelled", _("cancelled")

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="registrations")
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=150)
    # Kept in lower case, so that one address cannot register twice in other capitals.
    email = models.EmailField(_("e-mail address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    role = models.CharField(_("you take part as"), max_length=20, choices=RegistrationRole.choices)
    # Deleted after the activity (see services.activities_after).
    needs = models.TextField(
        _("dietary or accessibility needs"),
        max_length=1000,
        blank=True,
        help_text=_("We delete this after the activity."),
    )
    sessions = models.ManyToManyField(
        ProgrammeSession, blank=True, related_name="registrations", verbose_name=_("sessions")
    )
    state = models.CharField(_("state"), max_length=20, choices=State.choices)
    attended = models.BooleanField(_("present"), null=True, blank=True)
    evaluated = models.BooleanField(default=False)
    created = models.DateTimeField(_("registered on"), auto_now_add=True)
    promoted_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created", "id"]
        indexes = [models.Index(fields=["activity", "state", "created"])]
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "email"],
                condition=~Q(state="cancelled"),
                name="registration_once_per_address",
                violation_error_message=_("This e-mail address is already registered."),
            ),
        ]

    def __str__(self):
        return f"{self.name} → {self.activity}"

    def get_absolute_url(self):
        return reverse("activities:registration", kwargs={"token": self.token})

    @property
    def token(self) -> str:
        return sign_key(self.key, salt=REGISTRATION_SALT)

    @classmethod
    def key_from_token(cls, token: str) -> uuid.UUID | None:
        return key_from_token(token, salt=REGISTRATION_SALT)


class Evaluation(models.Model):
    """What a participant thought; anonymous unless they chose to give their name."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="evaluations")
    usefulness = models.PositiveSmallIntegerField(
        _("how useful was it for you?"), choices=[(n, str(n)) for n in range(1, 6)]
    )
    applied = models.TextField(
        _("what will you use in your practice?"), max_length=2000, blank=True
    )
    missed = models.TextField(_("what did you miss?"), max_length=2000, blank=True)
    name = models.CharField(_("name"), max_length=150, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        ordering = ["created", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(usefulness__gte=1) & Q(usefulness__lte=5),
                name="evaluation_usefulness_1_to_5",
            )
        ]

    def __str__(self):
        return f"{self.activity}: {self.usefulness}"


def activity_file_path(instance, filename):
    # A random name: the original name never becomes part of a path or URL.
    return f"activities/{instance.activity_id}/{uuid.uuid4().hex}"


class ActivityFile(StoredFile):
    """A presentation or handout of an activity, shown with its report."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to=activity_file_path)

    class Meta:
        verbose_name = _("presentation")
        verbose_name_plural = _("presentations")
        ordering = ["id"]
