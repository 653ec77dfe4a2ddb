"""Leerateliers and learning communities: who works on which questions, in which phase."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.lib.dates import require_end_after_start
from werkplaats.lib.models import StoredFile
from werkplaats.network.models import Organisation, Theme, Werkplaats


class Phase(models.TextChoices):
    """The knowledge cycle the werkplaatsen use, in its order."""

    EXPLORE = "verkennen", _("exploring")
    COLLECT = "verzamelen", _("collecting")
    DEEPEN = "verdiepen", _("deepening")
    RENEW = "vernieuwen", _("renewing")
    BROADEN = "verbreden", _("broadening")
    SPREAD = "verspreiden", _("spreading")


PHASE_ORDER = {value: position for position, value in enumerate(Phase.values)}


class AtelierQuerySet(models.QuerySet):
    def public(self):
        return self.exclude(status=Atelier.Status.PREPARING)

    @staticmethod
    def public_statuses() -> list[str]:
        return [status for status in Atelier.Status.values if status != Atelier.Status.PREPARING]


class Atelier(models.Model):
    """A leeratelier, learning community or similar trajectory of a werkplaats."""

    class Kind(models.TextChoices):
        LEERATELIER = "leeratelier", _("learning atelier")
        LEERGEMEENSCHAP = "leergemeenschap", _("learning community")
        LEERTRAJECT = "leertraject", _("learning trajectory")
        VERBETERTRAJECT = "verbetertraject", _("improvement trajectory")
        INNOVATIE = "innovatie_aanpak", _("innovation approach")

    class Status(models.TextChoices):
        PREPARING = "preparing", _("in preparation")
        ACTIVE = "active", _("active")
        COMPLETED = "completed", _("completed")

    werkplaats = models.ForeignKey(
        Werkplaats, on_delete=models.CASCADE, related_name="ateliers", verbose_name=_("werkplaats")
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("short name in the web address"), max_length=80)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PREPARING
    )
    phase = models.CharField(
        _("phase"), max_length=20, choices=Phase.choices, default=Phase.EXPLORE
    )
    description = models.TextField(_("description"), blank=True)
    period_start = models.DateField(_("start"))
    period_end = models.DateField(_("end"), null=True, blank=True)
    places = models.CharField(_("places"), max_length=300, blank=True)
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="ateliers", verbose_name=_("themes")
    )
    partners = models.ManyToManyField(
        Organisation, blank=True, related_name="ateliers", verbose_name=_("partner organisations")
    )
    questions = models.ManyToManyField(
        "questions.Question", blank=True, related_name="ateliers", verbose_name=_("questions")
    )
    agenda_themes = models.ManyToManyField(
        "agenda.AgendaTheme",
        blank=True,
        related_name="ateliers",
        verbose_name=_("agenda themes"),
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = AtelierQuerySet.as_manager()

    class Meta:
        verbose_name = _("atelier")
        verbose_name_plural = _("ateliers")
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(
                fields=["werkplaats", "slug"],
                name="atelier_slug_unique_per_werkplaats",
                violation_error_message=_("This werkplaats already has an atelier with this name."),
            ),
            models.CheckConstraint(
                condition=Q(period_end__isnull=True) | Q(period_end__gte=models.F("period_start")),
                name="atelier_end_after_start",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            "ateliers:detail", kwargs={"slug": self.werkplaats.slug, "atelier": self.slug}
        )

    def clean(self):
        require_end_after_start(self.period_start, self.period_end, field="period_end")

    @property
    def is_public(self) -> bool:
        return self.status != self.Status.PREPARING

    @property
    def phase_number(self) -> int:
        return PHASE_ORDER[self.phase] + 1


class PhaseStep(models.Model):
    """The atelier entered ``phase`` on ``started_on``; the account says what happened."""

    atelier = models.ForeignKey(Atelier, on_delete=models.CASCADE, related_name="phase_steps")
    phase = models.CharField(_("phase"), max_length=20, choices=Phase.choices)
    started_on = models.DateField(_("from"))
    account = models.TextField(_("what happened in this phase"), blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        ordering = ["started_on", "id"]

    def __str__(self):
        return f"{self.atelier}: {self.get_phase_display()} ({self.started_on})"


class AtelierRole(models.TextChoices):
    TREKKER = "trekker", _("lead")
    RESEARCHER = "onderzoeker", _("researcher")
    LECTURER = "docent", _("lecturer")
    STUDENT = "student", _("student")
    PROFESSIONAL = "professional", _("professional")
    POLICY_MAKER = "beleidsmaker", _("policy maker")
    RESIDENT = "bewoner", _("resident or expert by experience")


class AtelierMember(models.Model):
    """A person in an atelier: asked to join, then accepted or declined by a lead."""

    class State(models.TextChoices):
        REQUESTED = "requested", _("asked to join")
        ACCEPTED = "accepted", _("member")
        DECLINED = "declined", _("declined")

    atelier = models.ForeignKey(Atelier, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="atelier_memberships"
    )
    role = models.CharField(_("role in the atelier"), max_length=20, choices=AtelierRole.choices)
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.REQUESTED
    )
    motivation = models.TextField(_("why you want to join"), max_length=2000, blank=True)
    decision_message = models.TextField(_("message"), max_length=2000, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("atelier member")
        verbose_name_plural = _("atelier members")
        ordering = ["user__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["atelier", "user"],
                name="atelier_member_once",
                violation_error_message=_("You have already asked to join this atelier."),
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.atelier} ({self.get_role_display()})"


class LogEntry(models.Model):
    """A dated entry in the atelier's logbook; members only, unless marked public."""

    class Kind(models.TextChoices):
        SESSION = "session", _("session")
        FINDING = "finding", _("finding")
        DECISION = "decision", _("decision")

    atelier = models.ForeignKey(Atelier, on_delete=models.CASCADE, related_name="log_entries")
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), blank=True)
    public = models.BooleanField(_("show on the public page"), default=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("logbook entry")
        verbose_name_plural = _("logbook entries")
        ordering = ["-date", "-id"]

    def __str__(self):
        return f"{self.date} {self.title}"


class SessionGuest(models.Model):
    """A resident who took part in one session without an account: only the name is kept."""

    entry = models.ForeignKey(LogEntry, on_delete=models.CASCADE, related_name="guests")
    name = models.CharField(_("name"), max_length=150)

    class Meta:
        verbose_name = _("guest")
        verbose_name_plural = _("guests")
        ordering = ["id"]

    def __str__(self):
        return self.name


def attachment_path(instance, filename):
    # A random name: the original name never becomes part of a path or URL.
    return f"ateliers/{instance.entry.atelier_id}/{uuid.uuid4().hex}"


class Attachment(StoredFile):
    entry = models.ForeignKey(LogEntry, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["id"]


class StudentPlace(models.Model):
    """Practice-research places an atelier offers to students."""

    class Level(models.TextChoices):
        HBO = "hbo", _("hbo (university of applied sciences)")
        MBO = "mbo", _("mbo (vocational education)")

    atelier = models.ForeignKey(Atelier, on_delete=models.CASCADE, related_name="student_places")
    number = models.PositiveSmallIntegerField(_("number of places"))
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("until"))
    tasks = models.TextField(_("what the student will do"))
    open = models.BooleanField(_("open for applications"), default=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("student place")
        verbose_name_plural = _("student places")
        ordering = ["period_start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")),
                name="student_place_end_after_start",
            ),
            models.CheckConstraint(
                condition=Q(number__gte=1), name="student_place_number_positive"
            ),
        ]

    def __str__(self):
        return f"{self.atelier}: {self.number} × {self.get_level_display()}"

    def clean(self):
        require_end_after_start(self.period_start, self.period_end, field="period_end")


class StudentApplication(models.Model):
    """A student applies for a place; a lead of the atelier decides."""

    class State(models.TextChoices):
        APPLIED = "applied", _("applied")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")

    place = models.ForeignKey(StudentPlace, on_delete=models.CASCADE, related_name="applications")
    name = models.CharField(_("your name"), max_length=150)
    email = models.EmailField(_("your e-mail address"))
    education = models.CharField(_("your study programme and school"), max_length=200)
    motivation = models.TextField(_("why this place?"), max_length=3000)
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.APPLIED
    )
    decision_message = models.TextField(_("message to the student"), max_length=2000, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["created"]
        constraints = [
            models.UniqueConstraint(
                fields=["place", "email"],
                name="student_application_once",
                violation_error_message=_("You have already applied for this place."),
            )
        ]

    def __str__(self):
        return f"{self.name} → {self.place}"
