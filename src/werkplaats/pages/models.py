from django.db import models
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
