"""Limit/offset pages with a fixed number of queries: one count and one page of rows (plus the
prefetches of the row type, each one query whatever the page size)."""

import datetime
from typing import Annotated

from django.conf import settings
from ninja import Field, Schema
from pydantic import StringConstraints, create_model

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
# Far enough for any list we keep; further makes the database skip rows for nothing.
MAX_OFFSET = 100_000
# Filters are plain text without control characters (PostgreSQL refuses NUL in text).
Text = Annotated[str, StringConstraints(max_length=200, pattern=r"^[^\x00-\x1f]*$")]
Slug = Annotated[str, StringConstraints(max_length=80, pattern=r"^[-a-zA-Z0-9_]+$")]
Year = Annotated[int, Field(ge=1900, le=2200)]
# A moment the years of Year allow: far outside them, converting it to UTC or to local time
# (saving, showing) overflows Python's calendar.
Moment = Annotated[
    datetime.datetime,
    Field(
        ge=datetime.datetime(1900, 1, 1, tzinfo=datetime.UTC),
        lt=datetime.datetime(2201, 1, 1, tzinfo=datetime.UTC),
    ),
]
# Ids within what every database keeps in a 64-bit integer.
Id = Annotated[int, Field(ge=1, le=2**62)]


class PageParams(Schema):
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Rows per page.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Rows to skip.")


def page_of(item, name: str):
    """The page schema for rows of ``item``."""
    return create_model(
        name,
        __base__=Schema,
        count=(int, Field(..., description="Rows in all pages together.")),
        limit=(int, ...),
        offset=(int, ...),
        items=(list[item], ...),
    )


def paginate(queryset, params: PageParams) -> dict:
    count = queryset.count()
    rows = list(queryset[params.offset : params.offset + params.limit]) if count else []
    return {"count": count, "limit": params.limit, "offset": params.offset, "items": rows}


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"
