"""DOIs and ISBNs as people type them: cleaned, checked, and refused with a reason."""

import re

from django import forms
from django.utils.translation import gettext as _

DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
DOI = re.compile(r"^10\.\d+(?:\.\d+)*/\S+$")


def clean_doi(value: str) -> str:
    """The bare DOI (10.x/…) from a DOI, a doi: name or a doi.org link; '' stays ''."""
    doi = DOI_PREFIX.sub("", (value or "").strip())
    if doi and not DOI.match(doi):
        raise forms.ValidationError(
            _("A DOI starts with 10., a number and a slash, like 10.1080/1369145."),
            code="doi",
        )
    return doi


def _isbn10_ok(digits: str) -> bool:
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
    return total % 11 == 0


def _isbn13_ok(digits: str) -> bool:
    total = sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits))
    return total % 10 == 0


def clean_isbn(value: str) -> str:
    """An ISBN-10 or ISBN-13 without spaces or hyphens, its check digit verified."""
    isbn = re.sub(r"[\s-]", "", (value or "").strip()).upper()
    if isbn.startswith("ISBN"):
        isbn = isbn[4:].lstrip(":")
    if not isbn:
        return ""
    valid = (re.fullmatch(r"\d{9}[\dX]", isbn) and _isbn10_ok(isbn)) or (
        re.fullmatch(r"97[89]\d{10}", isbn) and _isbn13_ok(isbn)
    )
    if not valid:
        raise forms.ValidationError(
            _(
                "This is not a valid ISBN. Check the 10 or 13 digits, "
                "for example 978-90-368-1234-4."
            ),
            code="isbn",
        )
    return isbn
