"""Registering on the activity page: a place or the waiting list, and the refusals."""

import re

import pytest
from django.urls import reverse

from tests.activities.factories import (
    ActivityFactory,
    ProgrammeSessionFactory,
    RegistrationFactory,
    in_days,
)
from tests.helpers import assert_shows, form_errors, messages_of, nl
from werkplaats.activities.forms import RegistrationForm
from werkplaats.activities.models import Activity, Registration
from werkplaats.lib.mail import absolute_url

REGISTERED = Registration.State.REGISTERED
WAITING = Registration.State.WAITING


@pytest.fixture
def activity(werkplaats_a):
    return ActivityFactory(werkplaats=werkplaats_a, title="Kenniscafé over schulden", capacity=2)


def url(activity):
    return reverse(
        "activities:register", kwargs={"slug": activity.werkplaats.slug, "activity": activity.slug}
    )


def data(**extra):
    return {
        "name": "Anna de Boer",
        "email": "anna@example.org",
        "organisation": "Wijkteam Leiden-Noord",
        "role": "professional",
        "needs": "",
        **extra,
    }


def post(client, activity, capture, **extra):
    with capture(execute=True):
        return client.post(url(activity), data(**extra))


def snapshot(activity):
    return sorted(activity.registrations.values_list("pk", "email", "state"))


def test_registering_gives_a_place_and_a_confirmation_with_the_personal_link(
    client, activity, django_capture_on_commit_callbacks, mailoutbox
):
    response = post(
        client,
        activity,
        django_capture_on_commit_callbacks,
        needs="Vegetarisch",
        email="Anna@Example.org",
    )

    registration = Registration.objects.get()
    assert response.status_code == 303
    assert response["Location"] == registration.get_absolute_url()
    assert (registration.activity, registration.state) == (activity, REGISTERED)
    assert (registration.name, registration.email) == ("Anna de Boer", "anna@example.org")
    assert (registration.organisation, registration.role) == (
        "Wijkteam Leiden-Noord",
        "professional",
    )
    assert registration.needs == "Vegetarisch"
    assert registration.user is None
    (message,) = mailoutbox
    assert message.to == ["anna@example.org"]
    assert activity.title in message.body
    assert absolute_url(registration.get_absolute_url()) in message.body
    page = client.get(response["Location"])
    assert messages_of(page) == [nl("You are registered.")]


def test_over_capacity_you_go_on_the_waiting_list_and_are_told_so(
    client, activity, django_capture_on_commit_callbacks, mailoutbox
):
    RegistrationFactory.create_batch(2, activity=activity)

    response = post(client, activity, django_capture_on_commit_callbacks)

    registration = Registration.objects.get(email="anna@example.org")
    assert registration.state == WAITING
    assert response["Location"] == registration.get_absolute_url()
    (message,) = mailoutbox
    assert message.subject == nl("You are on the waiting list: %(title)s") % {
        "title": activity.title
    }
    page = client.get(response["Location"])
    assert messages_of(page) == [
        nl("The activity is full; you are on the waiting list (number %(position)s).")
        % {"position": 1}
    ]
    assert activity.registrations.filter(state=REGISTERED).count() == 2


def test_the_second_on_the_waiting_list_gets_number_two(
    client, activity, django_capture_on_commit_callbacks
):
    RegistrationFactory.create_batch(2, activity=activity)
    RegistrationFactory(activity=activity, state=WAITING)

    response = post(client, activity, django_capture_on_commit_callbacks)

    assert messages_of(client.get(response["Location"])) == [
        nl("The activity is full; you are on the waiting list (number %(position)s).")
        % {"position": 2}
    ]


def test_a_logged_in_member_is_linked_and_finds_the_form_filled_in(
    client_for, member_a, activity, django_capture_on_commit_callbacks
):
    client = client_for(member_a)
    page = client.get(activity.get_absolute_url()).content.decode()
    assert re.search(r'<input[^>]*name="email"[^>]*value="onderzoeker-a@example.org"', page)
    assert re.search(r'<input[^>]*name="name"[^>]*value="Onderzoeker A"', page)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url(activity), data(name="Onderzoeker A", email="onderzoeker-a@example.org"))

    assert Registration.objects.get().user == member_a


@pytest.mark.parametrize("email", ["anna@example.org", "Anna@Example.ORG", " ANNA@example.org "])
def test_an_address_registers_once_whatever_its_capitals(
    client, activity, email, django_capture_on_commit_callbacks, mailoutbox
):
    RegistrationFactory(activity=activity, email="anna@example.org")
    before = snapshot(activity)

    response = post(client, activity, django_capture_on_commit_callbacks, email=email)

    assert response.status_code == 409
    assert snapshot(activity) == before
    assert mailoutbox == []
    assert_shows(
        response,
        "This e-mail address is already registered for this activity. "
        "The e-mail we sent you has a link to your registration.",
    )


def test_a_cancelled_registration_does_not_block_registering_again(
    client, activity, django_capture_on_commit_callbacks
):
    RegistrationFactory(
        activity=activity, email="anna@example.org", state=Registration.State.CANCELLED
    )

    response = post(client, activity, django_capture_on_commit_callbacks)

    assert response.status_code == 303
    assert activity.registrations.filter(state=REGISTERED).count() == 1


REFUSALS = {
    "closed": (
        {"registration_closes": in_days(-1)},
        "Registration is closed.",
    ),
    "not_yet": (
        {"registration_opens": in_days(3)},
        "Registration has not opened yet.",
    ),
    "cancelled": (
        {"status": Activity.Status.CANCELLED},
        "This activity has been cancelled. You can no longer register.",
    ),
    "started": (
        {"start": in_days(-0.1), "end": in_days(1)},
        "This activity has already started. You can no longer register.",
    ),
    "past": (
        {"start": in_days(-3), "end": in_days(-3, 17), "status": Activity.Status.HELD},
        "This activity has already started. You can no longer register.",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_registering_when_it_is_not_open_is_refused_and_writes_nothing(
    client, activity, case, django_capture_on_commit_callbacks, mailoutbox
):
    changes, message = REFUSALS[case]
    Activity.objects.filter(pk=activity.pk).update(**changes)

    response = post(client, activity, django_capture_on_commit_callbacks)

    assert response.status_code == 409
    assert not Registration.objects.exists()
    assert mailoutbox == []
    if case != "past":  # the page of a past activity shows what happened, not the form
        assert_shows(response, message)


@pytest.mark.parametrize("email", ["anna", "anna@", "anna@example", "anna example@org.nl"])
def test_a_malformed_address_is_refused(
    client, activity, email, django_capture_on_commit_callbacks, mailoutbox
):
    response = post(client, activity, django_capture_on_commit_callbacks, email=email)

    assert response.status_code == 400
    assert form_errors(response, "register_form") == {"email": ["invalid"]}
    assert_shows(response, "Write a complete e-mail address, like name@example.nl.")
    assert not Registration.objects.exists()
    assert mailoutbox == []


def test_missing_fields_are_named(client, activity, django_capture_on_commit_callbacks):
    response = post(client, activity, django_capture_on_commit_callbacks, name="", role="")

    assert response.status_code == 400
    assert set(form_errors(response, "register_form")) == {"name", "role"}
    assert not Registration.objects.exists()


def test_a_filled_in_honeypot_is_thanked_but_not_registered(
    client, activity, django_capture_on_commit_callbacks, mailoutbox
):
    response = post(
        client, activity, django_capture_on_commit_callbacks, website="https://spam.example"
    )

    assert response.status_code == 303
    assert response["Location"] == activity.get_absolute_url()
    assert not Registration.objects.exists()
    assert mailoutbox == []
    assert messages_of(client.get(response["Location"])) == [nl("You are registered.")]


def test_the_honeypot_is_hidden_from_people(client, activity):
    content = client.get(activity.get_absolute_url()).content.decode()

    assert re.search(
        r'<div hidden>\s*<div class="utrecht-form-field">.*?name="website"', content, re.S
    )


def test_a_members_only_activity_is_not_found_for_others(
    client_for, coordinator_b, werkplaats_a, django_capture_on_commit_callbacks
):
    closed_circle = ActivityFactory(werkplaats=werkplaats_a, audience=Activity.Audience.MEMBERS)

    for client in (client_for(None), client_for(coordinator_b)):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url(closed_circle), data())
        assert response.status_code == 404
    assert not Registration.objects.exists()


def test_a_member_registers_for_a_members_only_activity(
    client_for, member_a, werkplaats_a, django_capture_on_commit_callbacks
):
    closed_circle = ActivityFactory(werkplaats=werkplaats_a, audience=Activity.Audience.MEMBERS)

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(member_a).post(url(closed_circle), data())

    assert response.status_code == 303
    assert Registration.objects.get().user == member_a


def test_opening_the_register_address_goes_back_to_the_activity(client, activity):
    response = client.get(url(activity))

    assert response.status_code == 302
    assert response["Location"] == activity.get_absolute_url()
    assert not Registration.objects.exists()


# Sessions of a programme ------------------------------------------------------------------


@pytest.fixture
def congress(werkplaats_a):
    congress = ActivityFactory(
        werkplaats=werkplaats_a,
        kind=Activity.Kind.CONGRESS,
        start=in_days(40, 9),
        end=in_days(40, 17),
        capacity=None,
    )
    morning = {"start": in_days(40, 10), "end": in_days(40, 11)}
    return {
        "activity": congress,
        "debts": ProgrammeSessionFactory(
            activity=congress, title="Schulden", room="Zaal 1", **morning
        ),
        "youth": ProgrammeSessionFactory(
            activity=congress, title="Jongeren", room="Zaal 2", **morning
        ),
        "closing": ProgrammeSessionFactory(
            activity=congress,
            title="Slotdebat",
            room="Aula",
            start=in_days(40, 15),
            end=in_days(40, 16),
        ),
    }


def test_the_form_offers_the_sessions_with_time_room_and_title(congress, anonymous):
    form = RegistrationForm(activity=congress["activity"], user=anonymous)

    labels = [label for _value, label in form.fields["sessions"].choices]
    assert labels == [
        "10:00–11:00 · Zaal 1 · Schulden",
        "10:00–11:00 · Zaal 2 · Jongeren",
        "15:00–16:00 · Aula · Slotdebat",
    ]


def test_a_form_without_a_programme_asks_no_sessions(activity, anonymous):
    assert "sessions" not in RegistrationForm(activity=activity, user=anonymous).fields


def test_registering_for_sessions_that_do_not_overlap(
    client, congress, django_capture_on_commit_callbacks
):
    response = post(
        client,
        congress["activity"],
        django_capture_on_commit_callbacks,
        sessions=[congress["debts"].pk, congress["closing"].pk],
    )

    assert response.status_code == 303
    registration = Registration.objects.get()
    assert set(registration.sessions.all()) == {congress["debts"], congress["closing"]}


def test_two_sessions_at_the_same_time_are_refused(
    client, congress, django_capture_on_commit_callbacks, mailoutbox
):
    response = post(
        client,
        congress["activity"],
        django_capture_on_commit_callbacks,
        sessions=[congress["debts"].pk, congress["youth"].pk],
    )

    assert response.status_code == 400
    assert "sessions" in form_errors(response, "register_form")
    assert not Registration.objects.exists()
    assert mailoutbox == []


def test_a_full_session_is_refused(client, congress, django_capture_on_commit_callbacks):
    debts = congress["debts"]
    debts.capacity = 1
    debts.save()
    RegistrationFactory(activity=congress["activity"]).sessions.set([debts])

    response = post(
        client, congress["activity"], django_capture_on_commit_callbacks, sessions=[debts.pk]
    )

    assert response.status_code == 400
    assert "sessions" in form_errors(response, "register_form")
    assert Registration.objects.count() == 1


def test_a_session_of_another_activity_is_refused(
    client, congress, activity, django_capture_on_commit_callbacks
):
    elsewhere = ProgrammeSessionFactory()

    response = post(
        client, congress["activity"], django_capture_on_commit_callbacks, sessions=[elsewhere.pk]
    )

    assert response.status_code == 400
    assert form_errors(response, "register_form") == {"sessions": ["invalid_choice"]}
    assert not Registration.objects.exists()


def test_a_full_session_says_so_in_its_label(congress, anonymous):
    from werkplaats.activities import selectors

    debts = congress["debts"]
    debts.capacity = 1
    debts.save()
    RegistrationFactory(activity=congress["activity"]).sessions.set([debts])

    form = RegistrationForm(
        activity=selectors.activity_detail(congress["activity"]), user=anonymous
    )

    labels = dict(form.fields["sessions"].choices)
    assert labels[debts.pk] == nl("%(session)s (full)") % {
        "session": "10:00–11:00 · Zaal 1 · Schulden"
    }
    assert labels[congress["youth"].pk] == "10:00–11:00 · Zaal 2 · Jongeren"
