"""The iCalendar feeds (national, per werkplaats, per kind) and the file of one activity."""

import datetime

import icalendar
import pytest
from django.urls import reverse

from tests.activities.factories import ActivityFactory, in_days
from werkplaats.activities import services
from werkplaats.activities.models import Activity

NATIONAL = reverse("activities:national_feed")
FEED_A = reverse("activities:feed", args=["werkplaats-a"])
FEED_B = reverse("activities:feed", args=["werkplaats-b"])


def parse(response) -> icalendar.Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    # What we serve survives a round trip through the library unchanged.
    assert icalendar.Calendar.from_ical(calendar.to_ical()) == calendar
    return calendar


def events(calendar) -> dict[str, icalendar.Event]:
    """The events by title."""
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def activities(werkplaats_a, werkplaats_b):
    return {
        "upcoming": ActivityFactory(werkplaats=werkplaats_a, title="Kenniscafé wonen"),
        "workshop": ActivityFactory(
            werkplaats=werkplaats_a, title="Workshop schulden", kind=Activity.Kind.WORKSHOP
        ),
        "recent": ActivityFactory(
            werkplaats=werkplaats_a,
            title="Bijeenkomst van vorige maand",
            start=in_days(-30),
            end=in_days(-30, 16),
        ),
        "old": ActivityFactory(
            werkplaats=werkplaats_a,
            title="Bijeenkomst van lang geleden",
            start=in_days(-400),
            end=in_days(-400, 16),
        ),
        "cancelled": ActivityFactory(
            werkplaats=werkplaats_a,
            title="Afgelaste bijeenkomst",
            status=Activity.Status.CANCELLED,
            cancel_reason="Ziek",
        ),
        "members": ActivityFactory(
            werkplaats=werkplaats_a,
            title="Ledenavond",
            audience=Activity.Audience.MEMBERS,
        ),
        "other": ActivityFactory(werkplaats=werkplaats_b, title="Regiodag B"),
    }


FEEDS = [
    pytest.param(NATIONAL, {}, id="national"),
    pytest.param(FEED_A, {}, id="werkplaats"),
    pytest.param(NATIONAL, {"soort": "workshop"}, id="national-kind"),
    pytest.param(FEED_A, {"soort": "kenniscafe"}, id="werkplaats-kind"),
    pytest.param(
        reverse("activities:ics", args=["werkplaats-a", "kenniscafe-wonen"]), {}, id="activity"
    ),
]


@pytest.mark.parametrize(("url", "data"), FEEDS)
def test_every_feed_parses_round_trips_and_is_complete(client, activities, settings, url, data):
    settings.SITE_URL = "https://werkplaats.example.org"
    activities["upcoming"].slug = "kenniscafe-wonen"
    activities["upcoming"].save()

    calendar = parse(client.get(url, data))

    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    found = calendar.walk("VEVENT")
    assert found
    uids = [str(event["UID"]) for event in found]
    assert len(set(uids)) == len(uids)
    by_pk = {str(a.uid): a for a in Activity.objects.all()}
    for event in found:
        activity = by_pk[str(event["UID"]).split("@")[0]]
        assert str(event["UID"]).endswith("@werkplaats.example.org")
        assert event["DTSTAMP"].dt.tzinfo is not None
        assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
        assert event["DTEND"].params["TZID"] == "Europe/Amsterdam"
        assert event["DTSTART"].dt == activity.start
        assert event["DTEND"].dt == activity.end
        assert str(event["URL"]) == (f"https://werkplaats.example.org{activity.get_absolute_url()}")
        assert str(event["STATUS"]) == ("CANCELLED" if activity.is_cancelled else "CONFIRMED")


def test_the_raw_file_has_tzid_and_utc_stamps(client, activities):
    raw = client.get(FEED_A).content.decode()

    assert "BEGIN:VTIMEZONE" in raw
    assert "DTSTART;TZID=Europe/Amsterdam:" in raw
    assert "DTSTAMP:" in raw
    assert "STATUS:CANCELLED" in raw
    assert "\r\n" in raw


def test_a_feed_is_shown_inline_with_a_sensible_name(client, activities):
    national = client.get(NATIONAL)
    workshops = client.get(FEED_A, {"soort": "workshop"})

    assert national["Content-Disposition"] == 'inline; filename="activiteiten-landelijk.ics"'
    assert workshops["Content-Disposition"] == (
        'inline; filename="activiteiten-werkplaats-a-workshop.ics"'
    )
    name = str(parse(workshops)["X-WR-CALNAME"])
    assert "Werkplaats A" in name


def test_the_feed_asks_calendars_to_refresh_every_six_hours(client, activities):
    calendar = parse(client.get(NATIONAL))

    refresh = calendar["REFRESH-INTERVAL"]
    assert refresh.dt == datetime.timedelta(hours=6)
    assert refresh.params["VALUE"] == "DURATION"


def test_the_werkplaats_feed_has_upcoming_and_last_years_activities(client, activities):
    titles = set(events(parse(client.get(FEED_A))))

    assert titles == {
        "Kenniscafé wonen",
        "Workshop schulden",
        "Bijeenkomst van vorige maand",
        "Afgelaste bijeenkomst",
    }


def test_the_national_feed_has_every_werkplaats(client, activities):
    titles = set(events(parse(client.get(NATIONAL))))

    assert "Regiodag B" in titles
    assert "Kenniscafé wonen" in titles
    assert "Bijeenkomst van lang geleden" not in titles


def test_a_joint_activity_is_in_the_feed_of_each_organiser(client, activities, werkplaats_b):
    activities["upcoming"].co_organisers.add(werkplaats_b)

    assert "Kenniscafé wonen" in events(parse(client.get(FEED_B)))


def test_the_kind_feed_has_only_that_kind(client, activities):
    titles = set(events(parse(client.get(NATIONAL, {"soort": "workshop"}))))

    assert titles == {"Workshop schulden"}


def test_an_unknown_kind_is_404(client, activities):
    assert client.get(NATIONAL, {"soort": "feest"}).status_code == 404
    assert client.get(FEED_A, {"soort": "feest"}).status_code == 404


def test_an_unknown_werkplaats_has_no_feed(client, db):
    assert client.get(reverse("activities:feed", args=["nergens"])).status_code == 404


def test_a_cancelled_activity_stays_in_the_feed_as_cancelled(client, activities):
    event = events(parse(client.get(FEED_A)))["Afgelaste bijeenkomst"]

    assert event["STATUS"] == "CANCELLED"


@pytest.mark.parametrize("role", ["anonymous", "member_a", "coordinator_a", "national_admin"])
def test_members_only_activities_are_never_in_a_feed(client_for, role_users, activities, role):
    client = client_for(role_users[role])

    for url in (NATIONAL, FEED_A):
        assert "Ledenavond" not in events(parse(client.get(url))), url
        assert b"Ledenavond" not in client.get(url).content


def test_the_uid_stays_the_same_when_the_activity_changes(client, activities, coordinator_a):
    before = events(parse(client.get(FEED_A)))["Kenniscafé wonen"]
    activity = activities["upcoming"]
    activity.title = "Kenniscafé wonen en zorg"
    activity.start += datetime.timedelta(hours=1)
    activity.end += datetime.timedelta(hours=1)
    services.activity_save(actor=coordinator_a, activity=activity)

    after = events(parse(client.get(FEED_A)))["Kenniscafé wonen en zorg"]

    assert after["UID"] == before["UID"]
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert after["DTSTART"].dt == before["DTSTART"].dt + datetime.timedelta(hours=1)


def test_the_uid_of_an_activity_is_the_same_in_every_feed(client, activities):
    uids = {
        str(events(parse(client.get(url)))["Workshop schulden"]["UID"])
        for url in (
            NATIONAL,
            FEED_A,
            f"{NATIONAL}?soort=workshop",
            reverse("activities:ics", args=["werkplaats-a", activities["workshop"].slug]),
        )
    }

    assert len(uids) == 1


def test_the_activity_file_of_a_cancelled_activity_says_cancelled(client, activities):
    cancelled = activities["cancelled"]

    calendar = parse(client.get(reverse("activities:ics", args=["werkplaats-a", cancelled.slug])))

    assert [str(e["STATUS"]) for e in calendar.walk("VEVENT")] == ["CANCELLED"]


def test_the_online_link_is_not_in_a_public_feed(client, activities):
    activity = activities["upcoming"]
    activity.online_url = "https://meet.example.org/geheim"
    activity.save()

    for url in (FEED_A, reverse("activities:ics", args=["werkplaats-a", activity.slug])):
        response = client.get(url)
        assert "Kenniscafé wonen" in events(parse(response)), url
        assert b"meet.example.org" not in response.content, url
