"""The personal link of a registration: see it, cancel it, add it to a calendar; no account."""

import uuid

import icalendar
import pytest
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from tests.activities.factories import (
    ActivityFactory,
    ProgrammeSessionFactory,
    RegistrationFactory,
    in_days,
)
from tests.helpers import assert_same_cost, assert_shows, messages_of, nl
from werkplaats.activities.models import REGISTRATION_SALT, Activity, Registration
from werkplaats.lib.mail import absolute_url

ONLINE = "https://meet.example.org/kenniscafe-schulden"
REGISTERED = Registration.State.REGISTERED
WAITING = Registration.State.WAITING
CANCELLED = Registration.State.CANCELLED


@pytest.fixture
def activity(werkplaats_a):
    return ActivityFactory(
        werkplaats=werkplaats_a,
        title="Kenniscafé over schulden",
        online_url=ONLINE,
        capacity=1,
    )


def page_url(registration, name="activities:registration"):
    return reverse(name, kwargs={"token": registration.token})


def tampered(registration) -> str:
    token = registration.token
    return token[:-2] + ("AA" if not token.endswith("AA") else "BB")


def bad_tokens(registration):
    return {
        "changed signature": tampered(registration),
        "no signature": str(registration.key),
        "unknown key": signing.Signer(salt=REGISTRATION_SALT).sign(str(uuid.uuid4())),
        "other salt": signing.Signer(salt="something.else").sign(str(registration.key)),
    }


def snapshot(activity):
    return sorted(
        activity.registrations.values_list("pk", "state", "cancelled_at", "promoted_at", "needs")
    )


# The personal page --------------------------------------------------------------------------


def test_the_personal_page_shows_the_activity_and_the_state(client, activity):
    registration = RegistrationFactory(activity=activity, name="Anna de Boer")

    response = client.get(page_url(registration))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Kenniscafé over schulden" in content
    assert "Anna de Boer" in content
    assert "Bibliotheek Leiden" in content
    assert timezone.localtime(activity.start).strftime("%H:%M") in content
    assert_shows(response, "You are registered.")
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_the_online_link_is_shown_to_someone_with_a_place(client, activity):
    registration = RegistrationFactory(activity=activity, state=REGISTERED)

    content = client.get(page_url(registration)).content.decode()

    assert ONLINE in content


@pytest.mark.parametrize("state", [WAITING, CANCELLED])
def test_the_online_link_is_hidden_from_the_waiting_list_and_the_cancelled(client, activity, state):
    registration = RegistrationFactory(activity=activity, state=state)

    response = client.get(page_url(registration))

    assert response.status_code == 200
    assert ONLINE not in response.content.decode()


def test_the_online_link_is_hidden_when_the_activity_is_cancelled(client, activity):
    registration = RegistrationFactory(activity=activity)
    Activity.objects.filter(pk=activity.pk).update(
        status=Activity.Status.CANCELLED, cancel_reason="De spreker is ziek."
    )

    response = client.get(page_url(registration))

    content = response.content.decode()
    assert ONLINE not in content
    assert "De spreker is ziek." in content
    assert_shows(response, "This activity has been cancelled.")
    assert 'action="/aanmelding/' not in content  # nothing left to cancel


def test_the_waiting_list_page_tells_the_number_on_the_list(client, activity):
    RegistrationFactory(activity=activity, state=REGISTERED)
    RegistrationFactory(activity=activity, state=WAITING)
    second = RegistrationFactory(activity=activity, state=WAITING)

    response = client.get(page_url(second))

    assert response.context["waiting_position"] == 2
    assert (
        nl("You are on the waiting list. Your number on the list: %(position)s.") % {"position": 2}
        in response.content.decode()
    )


def test_the_page_shows_no_one_elses_details(client, activity):
    mine = RegistrationFactory(activity=activity, name="Anna de Boer", email="anna@example.org")
    RegistrationFactory(
        activity=activity,
        state=WAITING,
        name="Bram Visser",
        email="bram@example.org",
        organisation="Gemeente Zoetermeer",
        needs="Rolstoel",
    )

    content = client.get(page_url(mine)).content.decode()

    for theirs in ("Bram Visser", "bram@example.org", "Gemeente Zoetermeer", "Rolstoel"):
        assert theirs not in content


def test_the_page_lists_the_chosen_sessions(client, db):
    congress = ActivityFactory(kind=Activity.Kind.CONGRESS)
    chosen = ProgrammeSessionFactory(activity=congress, title="Schulden en gezondheid")
    ProgrammeSessionFactory(activity=congress, title="Jongeren en geld")
    registration = RegistrationFactory(activity=congress)
    registration.sessions.set([chosen])

    content = client.get(page_url(registration)).content.decode()

    assert "Schulden en gezondheid" in content
    assert "Jongeren en geld" not in content


def test_the_page_offers_to_cancel_and_a_calendar_file(client, activity):
    registration = RegistrationFactory(activity=activity)

    content = client.get(page_url(registration)).content.decode()

    assert f'action="{page_url(registration, "activities:registration_cancel")}"' in content
    assert page_url(registration, "activities:registration_ics") in content


def test_after_the_start_cancelling_is_not_offered(client, activity):
    Activity.objects.filter(pk=activity.pk).update(start=in_days(-1), end=in_days(-1, 16))
    registration = RegistrationFactory(activity=activity)

    content = client.get(page_url(registration)).content.decode()

    assert page_url(registration, "activities:registration_cancel") not in content


def test_the_page_costs_the_same_whatever_the_sessions_and_the_waiting_list(client, db):
    congress = ActivityFactory(kind=Activity.Kind.CONGRESS, capacity=1)
    RegistrationFactory(activity=congress)
    mine = RegistrationFactory(activity=congress, state=WAITING)

    def add_rows(count):
        for _ in range(count):
            mine.sessions.add(ProgrammeSessionFactory(activity=congress))
            RegistrationFactory(activity=congress, state=WAITING)

    assert_same_cost(client, page_url(mine), add_rows)


@pytest.mark.parametrize("kind", ["changed signature", "no signature", "unknown key", "other salt"])
def test_a_broken_or_unknown_link_is_not_found(client, activity, kind):
    registration = RegistrationFactory(activity=activity)
    token = bad_tokens(registration)[kind]

    response = client.get(reverse("activities:registration", kwargs={"token": token}))

    assert response.status_code == 404
    assert_shows(response, "We cannot find a registration with this link.")
    assert registration.name not in response.content.decode()


# Cancelling by the link -----------------------------------------------------------------------


def test_cancelling_by_the_link_moves_up_the_first_on_the_waiting_list(
    client, activity, django_capture_on_commit_callbacks, mailoutbox
):
    anna = RegistrationFactory(activity=activity, email="anna@example.org")
    bram = RegistrationFactory(activity=activity, state=WAITING, email="bram@example.org")
    carla = RegistrationFactory(activity=activity, state=WAITING, email="carla@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page_url(anna, "activities:registration_cancel"))

    assert response.status_code == 303
    assert response["Location"] == page_url(anna)
    anna.refresh_from_db()
    bram.refresh_from_db()
    carla.refresh_from_db()
    assert (anna.state, bram.state, carla.state) == (CANCELLED, REGISTERED, WAITING)
    assert anna.cancelled_at is not None
    by_address = {message.to[0]: message for message in mailoutbox}
    assert sorted(by_address) == ["anna@example.org", "bram@example.org"]
    assert absolute_url(page_url(anna)) in by_address["anna@example.org"].body
    assert absolute_url(page_url(bram)) in by_address["bram@example.org"].body
    assert activity.title in by_address["bram@example.org"].body

    page = client.get(response["Location"])
    assert messages_of(page) == [nl("Your registration is cancelled.")]
    assert page_url(anna, "activities:registration_cancel") not in page.content.decode()


def test_a_second_cancel_is_gone_and_changes_nothing(
    client, activity, django_capture_on_commit_callbacks, mailoutbox
):
    anna = RegistrationFactory(activity=activity)
    RegistrationFactory(activity=activity, state=WAITING)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(page_url(anna, "activities:registration_cancel"))
    client.get(first["Location"])  # reads the message of the first cancel
    before = snapshot(activity)
    del mailoutbox[:]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page_url(anna, "activities:registration_cancel"))

    assert response.status_code == 410
    assert messages_of(response) == [nl("This registration has already been cancelled.")]
    assert snapshot(activity) == before
    assert mailoutbox == []


def test_cancelling_after_the_start_is_refused(client, activity, mailoutbox):
    Activity.objects.filter(pk=activity.pk).update(start=in_days(-1), end=in_days(1))
    anna = RegistrationFactory(activity=activity)
    before = snapshot(activity)

    response = client.post(page_url(anna, "activities:registration_cancel"))

    assert response.status_code == 409
    assert messages_of(response) == [
        nl("The activity has already started. You can no longer cancel.")
    ]
    assert snapshot(activity) == before
    assert mailoutbox == []


@pytest.mark.parametrize("kind", ["changed signature", "no signature", "unknown key", "other salt"])
def test_a_tampered_link_cancels_nothing(client, activity, kind, mailoutbox):
    anna = RegistrationFactory(activity=activity)
    before = snapshot(activity)
    token = bad_tokens(anna)[kind]

    response = client.post(reverse("activities:registration_cancel", kwargs={"token": token}))

    assert response.status_code == 404
    assert snapshot(activity) == before
    assert mailoutbox == []


def test_opening_the_cancel_address_asks_to_confirm(client, activity):
    anna = RegistrationFactory(activity=activity)

    response = client.get(page_url(anna, "activities:registration_cancel"))

    assert response.status_code == 200
    assert_shows(response, "Yes, cancel my registration")
    assert anna.activity.registrations.get().state == REGISTERED


def test_opening_the_cancel_address_of_a_cancelled_registration_goes_to_the_page(client, activity):
    anna = RegistrationFactory(activity=activity, state=CANCELLED)

    response = client.get(page_url(anna, "activities:registration_cancel"))

    assert response.status_code == 302
    assert response["Location"] == page_url(anna)


# The calendar file --------------------------------------------------------------------------


def ics_event(response):
    calendar = icalendar.Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    return event


def test_the_calendar_file_has_the_online_link_for_someone_with_a_place(client, activity):
    anna = RegistrationFactory(activity=activity)

    response = client.get(page_url(anna, "activities:registration_ics"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"].startswith("attachment;")
    event = ics_event(response)
    assert str(event["summary"]) == activity.title
    assert ONLINE in str(event["description"])
    assert event.decoded("dtstart") == activity.start


def test_the_calendar_file_of_the_waiting_list_has_no_online_link(client, activity):
    waiting = RegistrationFactory(activity=activity, state=WAITING)

    response = client.get(page_url(waiting, "activities:registration_ics"))

    assert response.status_code == 200
    assert ONLINE not in response.content.decode()


def test_there_is_no_calendar_file_for_a_cancelled_registration(client, activity):
    anna = RegistrationFactory(activity=activity, state=CANCELLED)

    response = client.get(page_url(anna, "activities:registration_ics"))

    assert response.status_code == 404


def test_there_is_no_calendar_file_for_a_tampered_link(client, activity):
    anna = RegistrationFactory(activity=activity)

    response = client.get(reverse("activities:registration_ics", kwargs={"token": tampered(anna)}))

    assert response.status_code == 404
    assert ONLINE not in response.content.decode()
