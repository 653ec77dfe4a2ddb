"""The regional knowledge agenda (kennisagenda) and the national work programme."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Theme, Werkplaats


class NationalTheme(models.Model):
    """A theme of the national work programme (landelijk werkprogramma), kept by national admins."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("short name in the web address"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("national theme")
        verbose_name_plural = _("national themes")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class Agenda(models.Model):
    """The knowledge agenda of a werkplaats for a period of years."""

    werkplaats = models.ForeignKey(
        Werkplaats, on_delete=models.CASCADE, related_name="agendas", verbose_name=_("werkplaats")
    )
    title = models.CharField(_("title"), max_length=200)
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))
    introduction = models.TextField(_("introduction"), blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("knowledge agenda")
        verbose_name_plural = _("knowledge agendas")
        ordering = ["-start_year"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__gte=models.F("start_year")), name="agenda_end_after_start"
            ),
            models.UniqueConstraint(
                fields=["werkplaats", "start_year"],
                name="agenda_one_per_start_year",
                violation_error_message=_("This werkplaats already has an agenda from that year."),
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.period})"

    def get_absolute_url(self):
        return reverse("agenda:werkplaats_agenda", kwargs={"slug": self.werkplaats.slug})

    @property
    def period(self) -> str:
        return f"{self.start_year}–{self.end_year}"

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The last year cannot be before the first year.")})


class AgendaTheme(models.Model):
    """A theme on a regional agenda: what the werkplaats wants to learn about, with a priority."""

    class Priority(models.IntegerChoices):
        HIGH = 1, _("high")
        MEDIUM = 2, _("medium")
        LOW = 3, _("low")

    agenda = models.ForeignKey(
        Agenda, on_delete=models.CASCADE, related_name="themes", verbose_name=_("agenda")
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.MEDIUM
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="agenda_themes", verbose_name=_("themes")
    )
    national_themes = models.ManyToManyField(
        NationalTheme,
        blank=True,
        related_name="agenda_themes",
        verbose_name=_("national work programme"),
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("agenda theme")
        verbose_name_plural = _("agenda themes")
        ordering = ["priority", "title"]

    def __str__(self):
        return self.title

    @property
    def werkplaats(self):
        return self.agenda.werkplaats


def _one_target():
    """Support and comments are about exactly one thing: an agenda theme or a question."""
    return Q(agenda_theme__isnull=False, question__isnull=True) | Q(
        agenda_theme__isnull=True, question__isnull=False
    )


class Support(models.Model):
    """A member says "this matters to me too" about an agenda theme or a question."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supports"
    )
    agenda_theme = models.ForeignKey(
        AgendaTheme, on_delete=models.CASCADE, null=True, blank=True, related_name="supports"
    )
    question = models.ForeignKey(
        "questions.Question",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="supports",
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("support")
        constraints = [
            models.CheckConstraint(condition=_one_target(), name="support_one_target"),
            models.UniqueConstraint(
                fields=["user", "agenda_theme"],
                condition=Q(agenda_theme__isnull=False),
                name="support_once_per_theme",
            ),
            models.UniqueConstraint(
                fields=["user", "question"],
                condition=Q(question__isnull=False),
                name="support_once_per_question",
            ),
        ]

    def __str__(self):
        return f"{self.user} → {self.agenda_theme or self.question}"


class Comment(models.Model):
    """A member's comment on an agenda theme or a question, for the coordinators to weigh."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="agenda_comments",
        verbose_name=_("by"),
    )
    agenda_theme = models.ForeignKey(
        AgendaTheme, on_delete=models.CASCADE, null=True, blank=True, related_name="comments"
    )
    question = models.ForeignKey(
        "questions.Question",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="comments",
    )
    text = models.TextField(_("your comment"), max_length=3000)
    created = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created"]
        constraints = [models.CheckConstraint(condition=_one_target(), name="comment_one_target")]

    def __str__(self):
        return f"{self.user} → {self.agenda_theme or self.question}"
