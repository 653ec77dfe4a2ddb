"""Targets: the results a werkplaats has promised (verwachte resultaten).

A target says what to count (a ``measure`` with optional filters), how many (``minimum``)
and over which stretch of time (``scope``). What was achieved is never stored: it is counted
from the records each time (see ``counting`` and ``progress``).

Every werkplaats has the standard targets of the programme (``standards``), which its
coordinators can change or switch off but not delete, and may add its own.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Theme, Werkplaats


class Measure(models.TextChoices):
    ACTIVITIES = "activities", _("activities held")
    PUBLICATIONS = "publications", _("publications published")
    COURSE_USES = "course_uses", _("uses in education")
    ATELIER_PHASES = "atelier_phases", _("learning ateliers that reached a phase")
    NATIONAL_LINKS = "national_links", _("agenda themes in the national work programme")


class Scope(models.TextChoices):
    YEARLY = "yearly", _("every year")
    PERIOD = "period", _("over the whole period")
    FINAL_YEAR = "final_year", _("in the last year of the period")


class Standard(models.TextChoices):
    """The results the programme asks of every werkplaats (see ``standards``)."""

    REGIONAL = "regional", _("regional meetings")
    THEMATIC = "thematic", _("thematic meetings")
    PUBLICATIONS = "publications", _("publications")
    CONGRESS = "congress", _("closing congress")
    CURRICULUM = "curriculum", _("knowledge in education")
    NATIONAL = "national", _("contributions to the national work programme")
    JOURNALS = "journals", _("results in professional journals")


class Target(models.Model):
    werkplaats = models.ForeignKey(
        Werkplaats, on_delete=models.CASCADE, related_name="targets", verbose_name=_("werkplaats")
    )
    # Set on the standard targets only; they can be switched off, not deleted.
    standard = models.CharField(max_length=20, choices=Standard.choices, blank=True)
    # Empty on a standard target: it then shows the programme's wording, translated.
    title = models.CharField(_("title"), max_length=200, blank=True)
    measure = models.CharField(_("what is counted"), max_length=20, choices=Measure.choices)
    minimum = models.PositiveSmallIntegerField(
        _("at least"), validators=[MinValueValidator(1)], default=1
    )
    scope = models.CharField(_("when"), max_length=20, choices=Scope.choices, default=Scope.YEARLY)
    # Filters; empty means "all".
    activity_kinds = models.JSONField(_("kinds of activity"), default=list, blank=True)
    publication_kinds = models.JSONField(_("kinds of publication"), default=list, blank=True)
    appeared_elsewhere = models.BooleanField(
        _("only publications that also appeared elsewhere (such as a journal)"), default=False
    )
    phase = models.CharField(_("phase"), max_length=20, blank=True)
    theme = models.ForeignKey(
        Theme,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("only on the theme"),
    )
    first_year = models.PositiveSmallIntegerField(
        _("from the year"),
        null=True,
        blank=True,
        help_text=_("Leave empty to count from the start of the period."),
    )
    active = models.BooleanField(_("counts"), default=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["werkplaats", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["werkplaats", "standard"],
                condition=~Q(standard=""),
                name="target_standard_once_per_werkplaats",
            )
        ]

    def __str__(self):
        return f"{self.werkplaats}: {self.title}"

    def clean(self):
        if not self.standard and not self.title.strip():
            raise ValidationError({"title": _("Give the target a title.")})
        if self.measure == Measure.ATELIER_PHASES and not self.phase:
            raise ValidationError({"phase": _("Choose the phase the ateliers must reach.")})
        if self.measure != Measure.ACTIVITIES and self.activity_kinds:
            raise ValidationError(
                {"activity_kinds": _("Kinds of activity only apply to activities.")}
            )
        if self.measure != Measure.PUBLICATIONS and (
            self.publication_kinds or self.appeared_elsewhere
        ):
            raise ValidationError(
                {"publication_kinds": _("Kinds of publication only apply to publications.")}
            )
        if self.theme_id and self.measure == Measure.COURSE_USES:
            raise ValidationError({"theme": _("Uses in education cannot be counted by theme.")})
