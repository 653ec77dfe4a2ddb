"""Questions from practice (vraagstukken), their workflow, and scientific reflection on them."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.lib.links import key_from_token, sign_key
from werkplaats.network.models import Theme, Werkplaats

FOLLOW_SALT = "werkplaats.questions.follow"


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("submitted")
    IN_PROGRESS = "in_progress", _("being handled")
    ON_AGENDA = "on_agenda", _("on the knowledge agenda")
    REFERRED = "referred", _("referred")
    ANSWERED = "answered", _("answered")
    REJECTED = "rejected", _("not taken up")


# The workflow: which status may follow which. Everything else is refused.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    Status.SUBMITTED: (Status.IN_PROGRESS,),
    Status.IN_PROGRESS: (Status.ON_AGENDA, Status.REFERRED, Status.ANSWERED, Status.REJECTED),
    Status.ON_AGENDA: (Status.ANSWERED,),
    Status.REFERRED: (),
    Status.ANSWERED: (),
    Status.REJECTED: (),
}

# A coordinator has looked at these; only they are shown to the public.
PUBLIC_STATUSES = (Status.IN_PROGRESS, Status.ON_AGENDA, Status.REFERRED, Status.ANSWERED)


class QuestionQuerySet(models.QuerySet):
    def public(self):
        return self.filter(status__in=PUBLIC_STATUSES)


class Question(models.Model):
    """A question brought in from practice. The asker's details are for coordinators only."""

    class Urgency(models.TextChoices):
        CAN_WAIT = "can_wait", _("It can wait")
        MONTHS = "months", _("Within a few months")
        URGENT = "urgent", _("Urgent")

    werkplaats = models.ForeignKey(
        Werkplaats, on_delete=models.CASCADE, related_name="questions", verbose_name=_("werkplaats")
    )
    title = models.CharField(_("your question"), max_length=300)
    situation = models.TextField(_("the situation in practice"), max_length=5000)
    target_group = models.CharField(_("who it concerns"), max_length=200, blank=True)
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="questions", verbose_name=_("themes")
    )
    urgency = models.CharField(
        _("how urgent is it?"), max_length=20, choices=Urgency.choices, default=Urgency.MONTHS
    )
    # The asker: shown only to coordinators of the werkplaats, never on public pages.
    asker_name = models.CharField(_("your name"), max_length=150)
    asker_email = models.EmailField(_("your e-mail address"))
    asker_organisation = models.CharField(_("your organisation"), max_length=200, blank=True)
    asker_role = models.CharField(_("your role or job"), max_length=200, blank=True)
    contact_consent = models.BooleanField(_("you may contact me about this question"))
    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED
    )
    agenda_theme = models.ForeignKey(
        "agenda.AgendaTheme",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
        verbose_name=_("agenda theme"),
    )
    referred_to_werkplaats = models.ForeignKey(
        Werkplaats,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="referred_questions",
        verbose_name=_("referred to werkplaats"),
    )
    referred_to_institute = models.CharField(
        _("referred to knowledge institute"), max_length=200, blank=True
    )
    # Set on the copy that the werkplaats a question was referred to takes over: one copy at
    # most (a one-to-one), so two coordinators taking it over at once cannot both succeed.
    referred_from = models.OneToOneField(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="taken_over_as",
        verbose_name=_("referred by another werkplaats"),
    )
    # Raised by every change of the workflow: two coordinators acting at once cannot both win.
    version = models.PositiveIntegerField(default=1)
    follow_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created = models.DateTimeField(_("brought in"), auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-created"]
        indexes = [models.Index(fields=["werkplaats", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(contact_consent=True), name="question_contact_consent_given"
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("questions:detail", kwargs={"slug": self.werkplaats.slug, "pk": self.pk})

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC_STATUSES

    @property
    def next_statuses(self) -> tuple[str, ...]:
        return TRANSITIONS[self.status]

    @property
    def follow_token(self) -> str:
        return sign_key(self.follow_key, salt=FOLLOW_SALT)

    @classmethod
    def key_from_follow_token(cls, token: str) -> uuid.UUID | None:
        return key_from_token(token, salt=FOLLOW_SALT)


class Transition(models.Model):
    """One step of a question's workflow: who moved it, when, and why."""

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="transitions", verbose_name=_("question")
    )
    from_status = models.CharField(_("from"), max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=Status.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("by"),
    )
    note = models.TextField(_("note"), blank=True)
    created = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["created", "id"]

    def __str__(self):
        return f"{self.question}: {self.from_status} → {self.to_status}"


class Reflection(models.Model):
    """Researchers' scientific reflection on a question: what is known, and from where."""

    class State(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")

    question = models.OneToOneField(
        Question, on_delete=models.CASCADE, related_name="reflection", verbose_name=_("question")
    )
    authors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="reflections", verbose_name=_("authors")
    )
    known = models.TextField(_("what is known"), blank=True)
    approaches = models.TextField(_("approaches and methods that fit"), blank=True)
    open_questions = models.TextField(_("open questions"), blank=True)
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.DRAFT)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("scientific reflection")
        verbose_name_plural = _("scientific reflections")

    def __str__(self):
        return f"{self.question}"

    @property
    def is_published(self) -> bool:
        return self.state == self.State.PUBLISHED


class Reference(models.Model):
    """A source a reflection draws on, structured so it can be cited and found."""

    reflection = models.ForeignKey(Reflection, on_delete=models.CASCADE, related_name="references")
    authors = models.CharField(_("authors"), max_length=300)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=400)
    source = models.CharField(
        _("source"), max_length=300, blank=True, help_text=_("Journal, publisher or website.")
    )
    doi = models.CharField(_("DOI"), max_length=200, blank=True)
    url = models.URLField(_("web address"), blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("reference")
        verbose_name_plural = _("references")
        ordering = ["order", "id"]

    def __str__(self):
        year = f" ({self.year})" if self.year else ""
        return f"{self.authors}{year}. {self.title}"
