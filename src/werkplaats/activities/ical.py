"""iCalendar (RFC 5545) files: one activity, or a feed that calendar programs subscribe to."""

import datetime
import zoneinfo
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.utils import timezone

from werkplaats.activities.models import Activity
from werkplaats.lib.mail import absolute_url

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
PRODID = "-//Werkplaatsen Sociaal Domein//Werkplaats//NL"


def _uid(activity: Activity) -> str:
    # Stable for the life of the activity, so calendars update their copy instead of adding one.
    return f"{activity.uid}@{urlsplit(settings.SITE_URL).hostname}"


def _location(activity: Activity) -> str:
    return ", ".join(part for part in (activity.location_name, activity.address) if part)


def event_for(activity: Activity, *, online_url: str = "") -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", _uid(activity))
    # With METHOD in the calendar, DTSTAMP is when this file was made (RFC 5545, 3.8.7.2).
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("last-modified", activity.updated.astimezone(datetime.UTC))
    event.add("sequence", activity.sequence)
    event.add("dtstart", activity.start.astimezone(AMSTERDAM))
    event.add("dtend", activity.end.astimezone(AMSTERDAM))
    event.add("summary", activity.title)
    event.add("url", absolute_url(activity.get_absolute_url()))
    description = [activity.get_kind_display(), absolute_url(activity.get_absolute_url())]
    if online_url:
        description.append(online_url)
    event.add("description", "\n".join(str(part) for part in description))
    if location := _location(activity):
        event.add("location", location)
    event.add("categories", [str(activity.get_kind_display())])
    event.add("status", "CANCELLED" if activity.is_cancelled else "CONFIRMED")
    return event


def calendar_for(activities, *, name: str, online_urls: dict[int, str] | None = None) -> bytes:
    """An iCalendar file with the activities, in Amsterdam time with its VTIMEZONE."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    calendar.add("refresh-interval", datetime.timedelta(hours=6), parameters={"VALUE": "DURATION"})
    activities = list(activities)
    for activity in activities:
        calendar.add_component(
            event_for(activity, online_url=(online_urls or {}).get(activity.pk, ""))
        )
    if activities:
        # The time zone's rules for the years of these activities, and one on either side.
        calendar.add_missing_timezones(
            first_date=datetime.date(min(a.start for a in activities).year - 1, 1, 1),
            last_date=datetime.date(max(a.end for a in activities).year + 1, 12, 31),
        )
    return calendar.to_ical()
