"""From a harvested ``oai_dc`` record to the fields of a :class:`HarvestedRecord`.

What another Werkplaats installation writes (``publications/oai_records.py``) comes back
as it was: the publication's title, summary, authors, themes, werkplaats (publisher), date,
kind (its label, in that site's language) and its page (the first http identifier).
"""

import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation

from werkplaats.federation.models import HTTP_URL, HarvestedRecord
from werkplaats.federation.oai_client import Record
from werkplaats.publications.models import Publication

MAX_DESCRIPTION = 5000
# The record's Dublin Core is kept as harvested, but small: so many values of each element,
# each so long (the fields above keep what is shown and searched).
KEPT_VALUES, KEPT_LENGTH = 20, 1000
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _field_length(name: str) -> int:
    return HarvestedRecord._meta.get_field(name).max_length


def _kinds() -> dict[str, str]:
    """Publication.Kind by value and by its label in every language of the site."""
    kinds = {value: value for value in Publication.Kind.values}
    for language in dict.fromkeys([settings.LANGUAGE_CODE, *dict(settings.LANGUAGES)]):
        with translation.override(language):
            for value, label in Publication.Kind.choices:
                kinds.setdefault(str(label).lower(), value)
    return kinds


def kind_of(types: list[str]) -> str:
    """The Publication.Kind a dc:type names ("Handreiking", "guide", "handreiking"), or ""."""
    kinds = _kinds()
    for value in types:
        if kind := kinds.get(value.strip().lower()):
            return kind
    return ""


def date_of(values: list[str]) -> datetime.date | None:
    """The first dc:date that starts with a year (2025, 2025-03 or 2025-03-01)."""
    for value in values:
        match = _DATE.match(value.strip())
        if match:
            year, month, day = (int(part) if part else 1 for part in match.groups())
            try:
                return datetime.date(year, month, day)
            except ValueError:
                continue
    return None


def url_of(identifiers: list[str]) -> str:
    """The first dc:identifier that is a web address: the record's page at the source."""
    for value in identifiers:
        if len(value) <= _field_length("url"):
            try:
                HTTP_URL(value)
            except ValidationError:
                continue
            return value
    return ""


def _first(metadata: dict[str, list[str]], name: str, length: int) -> str:
    values = metadata.get(name) or [""]
    return values[0][:length]


def _lines(values: list[str]) -> str:
    return "\n".join(value.replace("\n", " ") for value in values)


def fields_of(record: Record) -> dict:
    """The values of a HarvestedRecord for a record that is not deleted."""
    metadata = record.metadata
    return {
        "datestamp": record.datestamp,
        "deleted": False,
        "title": _first(metadata, "title", _field_length("title")),
        "description": _first(metadata, "description", MAX_DESCRIPTION),
        "creators": _lines(metadata.get("creator", [])),
        "publisher": _first(metadata, "publisher", _field_length("publisher")),
        "date": date_of(metadata.get("date", [])),
        "subjects": _lines(metadata.get("subject", [])),
        "type": "; ".join(metadata.get("type", []))[: _field_length("type")],
        "kind": kind_of(metadata.get("type", [])),
        "language": _first(metadata, "language", _field_length("language")),
        "url": url_of(metadata.get("identifier", [])),
        "metadata": {
            name: [value[:KEPT_LENGTH] for value in values[:KEPT_VALUES]]
            for name, values in metadata.items()
        },
    }
