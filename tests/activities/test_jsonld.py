"""schema.org Event metadata on the activity page, read as a search engine reads it."""

import datetime

import extruct
import pytest

from tests.activities.factories import ActivityFactory
from werkplaats.activities.models import Activity

SITE = "https://werkplaats.example.org"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = SITE


def event_of(client, activity) -> dict:
    """The one JSON-LD item on the page, as extruct extracts it."""
    url = activity.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200
    data = extruct.extract(
        response.content.decode(), base_url=f"{SITE}{url}", syntaxes=["json-ld"]
    )["json-ld"]
    assert len(data) == 1
    return data[0]


def test_the_page_describes_an_event(client, werkplaats_a):
    activity = ActivityFactory(
        werkplaats=werkplaats_a, title="Kenniscafé eenzaamheid", capacity=30, online_url=""
    )

    event = event_of(client, activity)

    assert event["@context"] == "https://schema.org"
    assert event["@type"] == "Event"
    assert event["name"] == "Kenniscafé eenzaamheid"
    assert event["url"] == f"{SITE}{activity.get_absolute_url()}"
    assert datetime.datetime.fromisoformat(event["startDate"]) == activity.start
    assert datetime.datetime.fromisoformat(event["endDate"]) == activity.end
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    assert event["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert event["location"] == {
        "@type": "Place",
        "name": "Bibliotheek Leiden",
        "address": "Nieuwstraat 4, 2312 KA Leiden",
    }
    assert event["organizer"]["name"] == "Werkplaats A"
    assert event["maximumAttendeeCapacity"] == 30


def test_a_cancelled_activity_is_a_cancelled_event(client, werkplaats_a):
    activity = ActivityFactory(werkplaats=werkplaats_a, status=Activity.Status.CANCELLED)

    assert event_of(client, activity)["eventStatus"] == "https://schema.org/EventCancelled"


def test_an_online_activity_has_a_virtual_location_without_its_link(client, werkplaats_a):
    activity = ActivityFactory(
        werkplaats=werkplaats_a,
        location_name="",
        address="",
        online_url="https://meet.example.org/geheim",
    )

    event = event_of(client, activity)

    assert event["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert event["location"] == {
        "@type": "VirtualLocation",
        "url": f"{SITE}{activity.get_absolute_url()}",
    }


def test_a_mixed_activity_has_both_locations(client, werkplaats_a):
    activity = ActivityFactory(werkplaats=werkplaats_a, online_url="https://meet.example.org/x")

    event = event_of(client, activity)

    assert event["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in event["location"]] == ["Place", "VirtualLocation"]


def test_text_that_looks_like_html_cannot_end_the_script(client, werkplaats_a):
    title = "Wonen </script><script>alert(1)</script> & zorg"
    activity = ActivityFactory(werkplaats=werkplaats_a, title=title)

    response = client.get(activity.get_absolute_url())

    page = response.content.decode()
    assert "</script><script>alert(1)" not in page
    assert page.count('<script type="application/ld+json">') == 1
    assert event_of(client, activity)["name"] == title
