"""schema.org Event metadata for an activity page, so search engines and agendas understand it."""

from werkplaats.activities.models import Activity
from werkplaats.lib.mail import absolute_url

STATUS = {
    Activity.Status.PLANNED: "https://schema.org/EventScheduled",
    Activity.Status.HELD: "https://schema.org/EventScheduled",
    Activity.Status.CANCELLED: "https://schema.org/EventCancelled",
}
MODE = {
    "offline": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "mixed": "https://schema.org/MixedEventAttendanceMode",
}


def event_jsonld(activity: Activity) -> dict:
    url = absolute_url(activity.get_absolute_url())
    locations = []
    if activity.location_name or activity.address:
        locations.append(
            {
                "@type": "Place",
                "name": activity.location_name or activity.address,
                "address": activity.address or activity.location_name,
            }
        )
    if activity.online_url:
        # The link itself is for registered people only; the page stands in for it.
        locations.append({"@type": "VirtualLocation", "url": url})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": activity.title,
        "url": url,
        "startDate": activity.start.isoformat(),
        "endDate": activity.end.isoformat(),
        "eventStatus": STATUS[activity.status],
        "eventAttendanceMode": MODE[activity.attendance_mode],
        "organizer": {
            "@type": "Organization",
            "name": activity.werkplaats.name,
            "url": absolute_url(activity.werkplaats.get_absolute_url()),
        },
        "inLanguage": "nl",
        "isAccessibleForFree": True,
    }
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if activity.capacity is not None:
        data["maximumAttendeeCapacity"] = activity.capacity
    return data
