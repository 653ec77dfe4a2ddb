"""Small helpers of the activity pages: JSON-LD, calendar links and places left."""

import datetime
import json
from urllib.parse import urlencode

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from werkplaats.lib.mail import absolute_url

register = template.Library()

# As django.utils.html.json_script: the JSON can never end the script element early.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def jsonld(data) -> str:
    """A ``<script type="application/ld+json">`` data block; CSP allows it: it is not run."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.filter
def webcal(url: str) -> str:
    """The same feed for calendar programs that subscribe by a webcal:// link."""
    scheme, separator, rest = url.partition("://")
    return f"webcal://{rest}" if separator and scheme in ("http", "https") else url


def _utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


@register.simple_tag
def google_calendar_url(activity) -> str:
    """A link that opens Google Calendar with the activity filled in (never its online link)."""
    location = ", ".join(part for part in (activity.location_name, activity.address) if part)
    query = {
        "action": "TEMPLATE",
        "text": activity.title,
        "dates": f"{_utc(activity.start)}/{_utc(activity.end)}",
        "details": absolute_url(activity.get_absolute_url()),
    }
    if location:
        query["location"] = location
    return "https://calendar.google.com/calendar/render?" + urlencode(query)


@register.filter
def places_left(activity) -> int | None:
    """Places still free, from the ``registered_count`` annotation; None without a limit."""
    if activity.capacity is None:
        return None
    return max(activity.capacity - activity.registered_count, 0)


@register.filter
def session_places_left(session) -> int | None:
    """Places still free in a programme session, from the ``taken`` annotation."""
    if session.capacity is None:
        return None
    return max(session.capacity - session.taken, 0)
