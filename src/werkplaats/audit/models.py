"""The audit trail: who changed what, when (after pretix's log entries)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEntry(models.Model):
    """One recorded change. Entries are written by services and never edited."""

    werkplaats = models.ForeignKey(
        "network.Werkplaats",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="audit_entries",
        verbose_name=_("werkplaats"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    action = models.CharField(_("action"), max_length=80)
    object_type = models.CharField(_("kind of record"), max_length=80)
    object_id = models.CharField(_("record"), max_length=40)
    data = models.JSONField(_("what changed"), default=dict, blank=True)
    created = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self):
        return f"{self.created:%Y-%m-%d %H:%M} {self.action} {self.object_type}#{self.object_id}"
