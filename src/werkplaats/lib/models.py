"""Abstract models shared by several apps."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StoredFile(models.Model):
    """An uploaded file kept under a random name (see lib.uploads), with the name it came with.

    Subclasses add the foreign key to what the file belongs to and a ``file`` field whose
    ``upload_to`` makes the random path.
    """

    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["id"]

    def __str__(self):
        return self.original_name
