"""The network: werkplaatsen (the tenants), partner organisations and themes."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.lib.dates import require_end_after_start


class WerkplaatsQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Werkplaats.Status.ACTIVE)


class Province(models.TextChoices):
    """The twelve provinces: where a werkplaats is drawn on the national map."""

    GRONINGEN = "GR", "Groningen"
    FRYSLAN = "FR", "Fryslân"
    DRENTHE = "DR", "Drenthe"
    OVERIJSSEL = "OV", "Overijssel"
    FLEVOLAND = "FL", "Flevoland"
    GELDERLAND = "GE", "Gelderland"
    UTRECHT = "UT", "Utrecht"
    NOORD_HOLLAND = "NH", "Noord-Holland"
    ZUID_HOLLAND = "ZH", "Zuid-Holland"
    ZEELAND = "ZE", "Zeeland"
    NOORD_BRABANT = "NB", "Noord-Brabant"
    LIMBURG = "LI", "Limburg"


class Werkplaats(models.Model):
    """A regional Werkplaats Sociaal Domein: the tenant every record belongs to."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("active")
        COMPLETED = "completed", _("completed")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("short name in the web address"), max_length=80, unique=True)
    region = models.CharField(_("region"), max_length=120)
    province = models.CharField(
        _("province"),
        max_length=2,
        choices=Province.choices,
        blank=True,
        help_text=_("Where the werkplaats is shown on the map of the network."),
    )
    tagline = models.CharField(_("one-line summary"), max_length=300, blank=True)
    # The sections of a werkplaats page, in Markdown, as the programme pages have them.
    goal = models.TextField(_("goal"), blank=True)
    approach = models.TextField(_("approach"), blank=True)
    education = models.TextField(_("importance for education"), blank=True)
    field_involvement = models.TextField(_("involvement of the field"), blank=True)
    expected_results = models.TextField(_("expected results"), blank=True)
    period_start = models.DateField(_("start of the period"))
    period_end = models.DateField(_("end of the period"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    places = models.CharField(
        _("places"), max_length=300, blank=True, help_text=_("For example: Haarlem / Alkmaar")
    )
    lectoraten = models.CharField(
        _("research groups (lectoraten)"),
        max_length=300,
        blank=True,
        help_text=_("Separate names with commas."),
    )
    contact_email = models.EmailField(
        _("contact mailbox"),
        help_text=_("Messages from the contact form go to this address. Use a role mailbox."),
    )
    themes = models.ManyToManyField(
        "Theme", blank=True, related_name="werkplaatsen", verbose_name=_("themes")
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = WerkplaatsQuerySet.as_manager()

    class Meta:
        verbose_name = _("werkplaats")
        verbose_name_plural = _("werkplaatsen")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__isnull=True) | Q(period_end__gte=models.F("period_start")),
                name="werkplaats_period_end_after_start",
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("pages:werkplaats", kwargs={"slug": self.slug})

    def clean(self):
        require_end_after_start(
            self.period_start,
            self.period_end,
            field="period_end",
            message=_("The end of the period cannot be before its start."),
        )
        if self.status == self.Status.COMPLETED and not self.period_end:
            raise ValidationError(
                {"period_end": _("A completed werkplaats needs the end of its period.")}
            )

    @property
    def lectoraat_list(self) -> list[str]:
        return [name.strip() for name in self.lectoraten.split(",") if name.strip()]

    @property
    def sections(self) -> list[tuple[str, str]]:
        """The page sections in the order of the programme pages, only those filled in."""
        fields = ["goal", "approach", "education", "field_involvement", "expected_results"]
        return [
            (str(self._meta.get_field(name).verbose_name), getattr(self, name))
            for name in fields
            if getattr(self, name).strip()
        ]


class Organisation(models.Model):
    """A partner organisation; one organisation can be partner in several werkplaatsen."""

    class Kind(models.TextChoices):
        GEMEENTE = "gemeente", _("municipality")
        HOGESCHOOL = "hogeschool", _("university of applied sciences")
        LECTORAAT = "lectoraat", _("research group (lectoraat)")
        ZORG_WELZIJN = "zorg_welzijn", _("care or welfare organisation")
        CLIENTEN = "clienten", _("client or citizens' organisation")
        KENNISINSTITUUT = "kennisinstituut", _("national knowledge institute")
        NETWERK = "netwerk", _("network")
        BEDRIJF = "bedrijf", _("company")
        OVERIG = "overig", _("other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("short name in the web address"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    website = models.URLField(_("website"), blank=True)
    place = models.CharField(_("place"), max_length=120, blank=True)
    description = models.TextField(_("description"), blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:organisation", kwargs={"slug": self.slug})


class PartnershipQuerySet(models.QuerySet):
    def current(self, on=None):
        on = on or timezone.localdate()
        return self.filter(Q(start__isnull=True) | Q(start__lte=on)).filter(
            Q(end__isnull=True) | Q(end__gte=on)
        )


class Partnership(models.Model):
    """An organisation taking part in a werkplaats, in a role, for a period."""

    class Role(models.TextChoices):
        TREKKER = "trekker", _("lead partner")
        MEDETREKKER = "medetrekker", _("co-lead partner")
        PARTNER = "partner", _("partner")

    werkplaats = models.ForeignKey(
        Werkplaats,
        on_delete=models.CASCADE,
        related_name="partnerships",
        verbose_name=_("werkplaats"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="partnerships",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.PARTNER)
    start = models.DateField(_("start"), null=True, blank=True)
    end = models.DateField(_("end"), null=True, blank=True)
    description = models.CharField(_("what they contribute"), max_length=300, blank=True)

    objects = PartnershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = ["role", "organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["werkplaats", "organisation"],
                name="partnership_unique_per_werkplaats",
                violation_error_message=_("This organisation is already a partner here."),
            ),
            models.CheckConstraint(
                condition=Q(end__isnull=True)
                | Q(start__isnull=True)
                | Q(end__gte=models.F("start")),
                name="partnership_end_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.organisation} – {self.werkplaats}"

    def clean(self):
        require_end_after_start(self.start, self.end, field="end")


class Theme(models.Model):
    """A theme of the social domain, shared by all werkplaatsen so that they can find each other."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("short name in the web address"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def __str__(self):
        return self.name
