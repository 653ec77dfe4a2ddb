"""What a content type hands to the search index: one :class:`SearchDocument` per object."""

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from werkplaats.lib.markdown import plain_text


class DocumentType(models.TextChoices):
    """Every kind of content the search page can show, whether or not it exists yet."""

    PUBLICATION = "publication", _("Publication")
    NEWS = "news", _("News")
    QUESTION = "question", _("Question from practice")
    ATELIER = "atelier", _("Learning atelier")
    ACTIVITY = "activity", _("Activity")


class Audience(models.TextChoices):
    """Who a text is written for (publications and news say so; other types do not)."""

    PROFESSIONALS = "professionals", _("Professionals")
    POLICY = "policy", _("Policy makers")
    EDUCATION = "education", _("Education")
    RESIDENTS = "residents", _("Residents")


@dataclass(frozen=True)
class SearchDocument:
    """A public object as the index sees it. ``to_document`` functions return one of these.

    ``title``, ``summary`` and ``url`` are shown in the results; ``summary`` is also where
    the highlighted snippet comes from (keep it plain text: :func:`markdown_text` strips
    Markdown). ``body`` is searched but never shown. ``werkplaatsen`` and ``themes`` are ids;
    the first werkplaats is shown with the result. ``kind`` is a value of the model's kind
    choices; their labels are given once, to ``registry.register(kinds=...)``, so that the
    page shows them in the visitor's language. ``source`` names another installation the
    object was harvested from (federation); the result is shown "from" it.
    """

    type: str
    title: str
    url: str
    kind: str = ""
    werkplaatsen: Sequence[int] = ()
    themes: Sequence[int] = ()
    year: int | None = None
    audiences: Sequence[str] = ()
    summary: str = ""
    body: str = ""
    date: datetime.date | None = None
    source: str = ""

    def __post_init__(self):
        if self.type not in DocumentType.values:
            raise ValueError(f"Unknown search document type {self.type!r}.")
        unknown = set(self.audiences) - set(Audience.values)
        if unknown:
            raise ValueError(f"Unknown audiences {sorted(unknown)!r}.")


_SPACE = re.compile(r"\s+")


def markdown_text(text: str) -> str:
    """Markdown as plain text on one line (lib.markdown.plain_text, spaces collapsed)."""
    return _SPACE.sub(" ", plain_text(text)).strip()


def shorten(text: str, words: int = 80) -> str:
    """The first ``words`` words of ``text``, with an ellipsis when something was cut."""
    parts = text.split()
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]) + " …"
