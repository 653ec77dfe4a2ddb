"""The kennisbank: what a werkplaats publishes, who wrote it, and where it went into education."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from werkplaats.lib.models import StoredFile
from werkplaats.network.models import Organisation, Theme, Werkplaats

# Addresses below /publicaties/ that are pages, so no publication may have them as its slug.
RESERVED_SLUGS = frozenset({"nieuw"})


class PublicationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Publication.Status.PUBLISHED)


class Audience(models.TextChoices):
    """For whom a publication is written; a publication can be for several."""

    PROFESSIONALS = "professionals", _("professionals")
    POLICY = "policy", _("policy makers")
    EDUCATION = "education", _("education")
    RESIDENTS = "residents", _("residents")


AUDIENCE_FIELDS = {
    Audience.PROFESSIONALS: "for_professionals",
    Audience.POLICY: "for_policy",
    Audience.EDUCATION: "for_education",
    Audience.RESIDENTS: "for_residents",
}


class Publication(models.Model):
    """A report, method, article, blog or other product of a werkplaats."""

    class Kind(models.TextChoices):
        # "report" alone is an activity's verslag; this is a research report (rapport).
        RAPPORT = "rapport", pgettext_lazy("publication kind", "report")
        ADVIES = "advies", _("advice")
        BOEK = "boek", _("book")
        METHODIEK = "methodiek", _("method")
        WERKVORM = "werkvorm", _("working method")
        ONDERWIJSMODULE = "onderwijsmodule", _("education module")
        HANDREIKING = "handreiking", _("guide")
        ARTIKEL = "artikel", _("article")
        VAKPUBLICATIE = "vakpublicatie", _("professional publication")
        COLUMN = "column", _("column")
        BLOG = "blog", _("blog")
        CASUISTIEK = "casuistiekbundel", _("case collection")
        FACTSHEET = "factsheet", _("factsheet")
        VIDEO = "video", _("video")

    class Status(models.TextChoices):
        CONCEPT = "concept", _("draft")
        REVIEW = "review", _("in review")
        PUBLISHED = "published", _("published")

    class Licence(models.TextChoices):
        CC_BY = "CC-BY-4.0", "CC BY 4.0"
        CC_BY_SA = "CC-BY-SA-4.0", "CC BY-SA 4.0"
        CC_BY_NC = "CC-BY-NC-4.0", "CC BY-NC 4.0"
        CC_BY_NC_SA = "CC-BY-NC-SA-4.0", "CC BY-NC-SA 4.0"
        CC_BY_ND = "CC-BY-ND-4.0", "CC BY-ND 4.0"
        CC_BY_NC_ND = "CC-BY-NC-ND-4.0", "CC BY-NC-ND 4.0"
        CC0 = "CC0-1.0", _("CC0 (no rights reserved)")
        RESERVED = "reserved", _("all rights reserved")

    class Language(models.TextChoices):
        DUTCH = "nl", _("Dutch")
        ENGLISH = "en", _("English")

    # Stable identity for harvesters (OAI-PMH identifiers), whatever happens to the title.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    werkplaats = models.ForeignKey(
        Werkplaats,
        on_delete=models.CASCADE,
        related_name="publications",
        verbose_name=_("werkplaats"),
    )
    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("short name in the web address"), max_length=80)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONCEPT
    )
    summary = models.TextField(_("summary"), max_length=2000)
    body = models.TextField(_("text"), blank=True)
    date = models.DateField(_("date of publication"))
    language = models.CharField(
        _("language"), max_length=5, choices=Language.choices, default=Language.DUTCH
    )
    licence = models.CharField(
        _("licence"), max_length=20, choices=Licence.choices, default=Licence.CC_BY
    )
    for_professionals = models.BooleanField(_("for professionals"), default=False)
    for_policy = models.BooleanField(_("for policy makers"), default=False)
    for_education = models.BooleanField(_("for education"), default=False)
    for_residents = models.BooleanField(_("for residents"), default=False)
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="publications", verbose_name=_("themes")
    )
    questions = models.ManyToManyField(
        "questions.Question",
        blank=True,
        related_name="publications",
        verbose_name=_("questions"),
    )
    agenda_themes = models.ManyToManyField(
        "agenda.AgendaTheme",
        blank=True,
        related_name="publications",
        verbose_name=_("agenda themes"),
    )
    ateliers = models.ManyToManyField(
        "ateliers.Atelier",
        blank=True,
        related_name="publications",
        verbose_name=_("learning ateliers"),
    )
    external_url = models.URLField(_("web address elsewhere"), blank=True)
    doi = models.CharField(_("DOI"), max_length=200, blank=True)
    isbn = models.CharField(_("ISBN"), max_length=13, blank=True)
    appeared_in = models.CharField(
        _("also appeared in"),
        max_length=250,
        blank=True,
        help_text=_("For example the journal, with year and issue."),
    )
    national_site_url = models.URLField(_("on the national werkplaatsen site"), blank=True)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["status", "updated"])]
        constraints = [
            models.UniqueConstraint(
                fields=["werkplaats", "slug"],
                name="publication_slug_unique_per_werkplaats",
                violation_error_message=_(
                    "This werkplaats already has a publication with this name."
                ),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            "publications:detail", kwargs={"slug": self.werkplaats.slug, "publication": self.slug}
        )

    def clean(self):
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": _("This name is the address of a page. Choose another.")}
            )

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def audiences(self) -> list[str]:
        return [code for code, name in AUDIENCE_FIELDS.items() if getattr(self, name)]

    def get_audiences_display(self) -> list[str]:
        return [str(Audience(code).label) for code in self.audiences]


class Author(models.Model):
    """An author: a member of the platform, or someone outside it by name and affiliation."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="authors")
    position = models.PositiveSmallIntegerField(default=0)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="authorships",
        verbose_name=_("member"),
    )
    name = models.CharField(_("name"), max_length=150)
    affiliation = models.CharField(_("organisation"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["position", "id"]

    def __str__(self):
        return self.name


def publication_file_path(instance, filename):
    # A random name: the original name never becomes part of a path or URL.
    return f"publications/{instance.publication_id}/{uuid.uuid4().hex}"


class PublicationFile(StoredFile):
    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to=publication_file_path)

    class Meta(StoredFile.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")


class UsageCount(models.Model):
    """Views and downloads of a publication in one month: numbers only, nothing about who."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="usage")
    month = models.DateField(_("month"))  # the first day of the month
    views = models.PositiveIntegerField(_("views"), default=0)
    downloads = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("usage")
        verbose_name_plural = _("usage")
        ordering = ["-month"]
        constraints = [
            models.UniqueConstraint(fields=["publication", "month"], name="usage_once_per_month"),
        ]

    def __str__(self):
        return f"{self.publication} {self.month:%Y-%m}"


class Course(models.Model):
    """A study programme (opleiding) or course of a hogeschool or mbo school."""

    class Level(models.TextChoices):
        HBO = "hbo", _("hbo (university of applied sciences)")
        MBO = "mbo", _("mbo (vocational education)")

    name = models.CharField(_("study programme or course"), max_length=200)
    institution = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="courses",
        verbose_name=_("institution"),
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "name"],
                name="course_unique_per_institution",
                violation_error_message=_("This institution already has this course."),
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.institution})"


class CourseUseQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Uses of published publications and public ateliers; members also see those of their
        werkplaats's drafts, coordinators those of its ateliers in preparation."""
        from werkplaats.accounts.permissions import managed_werkplaats_ids, roles_by_werkplaats
        from werkplaats.ateliers.models import Atelier

        managed = managed_werkplaats_ids(user)
        if managed is None:
            return self
        shown = Q(publication__status=Publication.Status.PUBLISHED) | Q(
            atelier__isnull=False, atelier__status__in=Atelier.objects.public_statuses()
        )
        shown |= Q(publication__isnull=False, werkplaats_id__in=list(roles_by_werkplaats(user)))
        shown |= Q(atelier__isnull=False, werkplaats_id__in=managed)
        return self.filter(shown)


class CourseUse(models.Model):
    """Knowledge of a werkplaats in a course: which publication or atelier, how, which year."""

    werkplaats = models.ForeignKey(Werkplaats, on_delete=models.CASCADE, related_name="course_uses")
    course = models.ForeignKey(
        Course, on_delete=models.PROTECT, related_name="uses", verbose_name=_("course")
    )
    publication = models.ForeignKey(
        Publication,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="course_uses",
        verbose_name=_("publication"),
    )
    atelier = models.ForeignKey(
        "ateliers.Atelier",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="course_uses",
        verbose_name=_("learning atelier"),
    )
    how = models.TextField(_("how it was used"), max_length=2000)
    academic_year = models.CharField(
        _("academic year"), max_length=9, help_text=_("For example 2025-2026.")
    )
    created = models.DateTimeField(auto_now_add=True)

    objects = CourseUseQuerySet.as_manager()

    class Meta:
        verbose_name = _("use in education")
        verbose_name_plural = _("uses in education")
        ordering = ["-academic_year", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(publication__isnull=False, atelier__isnull=True)
                | Q(publication__isnull=True, atelier__isnull=False),
                name="course_use_publication_or_atelier",
                violation_error_message=_("Choose a publication or a learning atelier."),
            ),
        ]

    def __str__(self):
        return f"{self.publication or self.atelier} → {self.course}"

    def clean(self):
        year = self.academic_year or ""
        parts = year.split("-")
        if (
            len(parts) != 2
            or not all(p.isdigit() and len(p) == 4 for p in parts)
            or (int(parts[1]) != int(parts[0]) + 1)
        ):
            raise ValidationError(
                {"academic_year": _("Write the academic year as two years, like 2025-2026.")}
            )
        source = self.publication or self.atelier
        if source is not None and self.werkplaats_id and source.werkplaats_id != self.werkplaats_id:
            raise ValidationError(_("Choose a publication or atelier of this werkplaats."))
