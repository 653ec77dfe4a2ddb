"""Federation: publications harvested over OAI-PMH from other Werkplaats installations.

A werkplaats that hosts its own installation still shares one search (and one matching) with
the network: each installation harvests the others' published publications as
:class:`HarvestedRecord` rows, which the search index shows "from" their
:class:`HarvestSource`. Harvested records are copies: nobody edits them here; the next
harvest replaces them with what the source says.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

HTTP_URL = URLValidator(schemes=["http", "https"])


class HarvestSource(models.Model):
    """Another installation's OAI-PMH endpoint, and how far we have harvested it."""

    class DeletedRecord(models.TextChoices):
        """What the source's Identify says it keeps of deleted records (OAI-PMH 3.5)."""

        NO = "no", _("no")
        TRANSIENT = "transient", _("transient")
        PERSISTENT = "persistent", _("persistent")

    name = models.CharField(
        _("name"),
        max_length=200,
        unique=True,
        help_text=_("Shown with every harvested publication: “from <name>”."),
    )
    base_url = models.URLField(
        _("OAI-PMH address"),
        max_length=500,
        unique=True,
        validators=[HTTP_URL],
        help_text=_(
            "The base URL of the other installation's OAI-PMH endpoint, for example "
            "https://werkplaats.example.org/oai/."
        ),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Harvested on schedule. An inactive source keeps its records."),
    )
    # What Identify said the last time.
    granularity = models.CharField(_("granularity"), max_length=30, blank=True, editable=False)
    deleted_record = models.CharField(
        _("keeps deleted records"),
        max_length=10,
        choices=DeletedRecord.choices,
        blank=True,
        editable=False,
    )
    # The source's own clock (responseDate) when the last successful harvest began: the next
    # one asks for what changed from then on (`from`, inclusive, so nothing falls between).
    harvested_from = models.DateTimeField(
        _("harvested up to"), null=True, blank=True, editable=False
    )
    last_full_harvest = models.DateTimeField(
        _("last full harvest"), null=True, blank=True, editable=False
    )
    last_run = models.DateTimeField(_("last run"), null=True, blank=True, editable=False)
    last_result = models.CharField(_("last result"), max_length=200, blank=True, editable=False)
    last_error = models.TextField(_("last error"), blank=True, editable=False)
    # Set while a harvest runs, so that cron and a manual run never harvest one source at once.
    running_since = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("harvest source")
        verbose_name_plural = _("harvest sources")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        own = f"{settings.SITE_URL}{reverse('publications:oai')}"
        if self.base_url and self.base_url.rstrip("/") == own.rstrip("/"):
            raise ValidationError(
                {"base_url": _("This is this installation's own OAI-PMH address.")}
            )


class HarvestedRecordQuerySet(models.QuerySet):
    def present(self):
        """Records the source still publishes."""
        return self.filter(deleted=False)


class HarvestedRecord(models.Model):
    """A publication of another installation, as its OAI-PMH ``oai_dc`` record says.

    Read-only: only the harvest writes it (``services.harvest_source``).
    """

    source = models.ForeignKey(
        HarvestSource,
        on_delete=models.CASCADE,
        related_name="records",
        verbose_name=_("harvest source"),
    )
    identifier = models.CharField(_("OAI identifier"), max_length=500)
    datestamp = models.DateTimeField(_("datestamp"))
    deleted = models.BooleanField(_("deleted at the source"), default=False)
    title = models.CharField(_("title"), max_length=500, blank=True)
    description = models.TextField(_("description"), blank=True)
    creators = models.TextField(_("creators"), blank=True)
    publisher = models.CharField(_("publisher"), max_length=300, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    subjects = models.TextField(_("subjects"), blank=True)
    type = models.CharField(_("type"), max_length=300, blank=True)
    # The value of Publication.Kind that dc:type names, when it names one.
    kind = models.CharField(_("kind"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=20, blank=True)
    url = models.URLField(_("address"), max_length=500, blank=True, validators=[HTTP_URL])
    # The Dublin Core elements as harvested ({element: [values]}), each value shortened.
    metadata = models.JSONField(_("metadata"), default=dict, blank=True)
    harvested = models.DateTimeField(_("harvested"), auto_now=True)

    objects = HarvestedRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("harvested publication")
        verbose_name_plural = _("harvested publications")
        ordering = ["source", "-datestamp"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "identifier"], name="harvested_record_once_per_source"
            )
        ]

    def __str__(self):
        return self.title or self.identifier

    @property
    def creator_list(self) -> list[str]:
        return [name for name in self.creators.split("\n") if name]

    @property
    def subject_list(self) -> list[str]:
        return [name for name in self.subjects.split("\n") if name]
