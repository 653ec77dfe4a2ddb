from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Werkplaats


class ContactMessage(models.Model):
    """A message sent with the contact form of a werkplaats; also mailed to its mailbox."""

    werkplaats = models.ForeignKey(
        Werkplaats,
        on_delete=models.CASCADE,
        related_name="contact_messages",
        verbose_name=_("werkplaats"),
    )
    name = models.CharField(_("your name"), max_length=150)
    email = models.EmailField(_("your e-mail address"))
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    message = models.TextField(_("your message or question"), max_length=5000)
    created = models.DateTimeField(_("received"), auto_now_add=True)
    mailed_at = models.DateTimeField(_("forwarded to the mailbox"), null=True, blank=True)

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created"]

    def __str__(self):
        return f"{self.name} → {self.werkplaats} ({self.created:%Y-%m-%d})"


class NewsItemQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=NewsItem.Status.PUBLISHED)


class NewsItem(models.Model):
    """ "Nieuws vanuit de werkplaats": a short news item on the werkplaats page and in the feeds."""

    class Status(models.TextChoices):
        CONCEPT = "concept", _("draft")
        PUBLISHED = "published", _("published")

    werkplaats = models.ForeignKey(
        Werkplaats, on_delete=models.CASCADE, related_name="news", verbose_name=_("werkplaats")
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("short name in the web address"), max_length=80)
    summary = models.TextField(_("summary"), max_length=600)
    body = models.TextField(_("text"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONCEPT
    )
    published_at = models.DateTimeField(_("published on"), null=True, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = NewsItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        ordering = ["-published_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["werkplaats", "slug"],
                name="news_slug_unique_per_werkplaats",
                violation_error_message=_(
                    "This werkplaats already has a news item with this name."
                ),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            "pages:news_detail", kwargs={"slug": self.werkplaats.slug, "news": self.slug}
        )

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED
