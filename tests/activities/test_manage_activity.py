"""Creating, changing and cancelling an activity: who may, what is stored, who is told."""

import datetime
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse

from tests.activities.factories import ActivityFactory, RegistrationFactory, in_days
from tests.activities.organisers import (
    AMSTERDAM,
    ORGANISERS,
    answer_of,
    expected_answer,
    local,
    role_cases,
    url,
)
from tests.ateliers.factories import AtelierFactory
from tests.helpers import assert_shows, flashed, form_errors, nl
from tests.network.factories import ThemeFactory
from werkplaats.activities.models import Activity, Registration
from werkplaats.audit.models import AuditEntry


@pytest.fixture
def activity(werkplaats_a, atelier):
    return ActivityFactory(
        werkplaats=werkplaats_a, atelier=atelier, title="Kenniscafé eenzaamheid", slug="kenniscafe"
    )


def activity_data(**changes):
    start = in_days(40, 19)
    data = {
        "title": "Actualiteitencollege armoede",
        "kind": Activity.Kind.LECTURE,
        "start": local(start),
        "end": local(start + timedelta(hours=2)),
        "location_name": "Hogeschool Leiden",
        "address": "Zernikedreef 11, Leiden",
        "online_url": "",
        "capacity": "40",
        "registration_opens": "",
        "registration_closes": "",
        "audience": Activity.Audience.PUBLIC,
        "description": "Over **armoede**.",
        "accessibility_notes": "",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def data_of(activity, **changes):
    """The form as the edit page sends it for ``activity``, with some fields changed."""
    stored = {
        "title": activity.title,
        "kind": activity.kind,
        "start": local(activity.start),
        "end": local(activity.end),
        "location_name": activity.location_name,
        "address": activity.address,
        "online_url": activity.online_url,
        "capacity": str(activity.capacity or ""),
        "audience": activity.audience,
        "description": activity.description,
        "atelier": activity.atelier_id or "",
    }
    return activity_data(**{**stored, **changes})


# Who may -------------------------------------------------------------------------------------

MANAGERS = {"coordinator_a", "national_admin"}

# view -> (method, who gets the page, the answer they get)
EXPECTED = {
    "create": ("GET", MANAGERS, 200),
    "create_post": ("POST", MANAGERS, 400),
    "edit": ("GET", ORGANISERS, 200),
    "edit_post": ("POST", ORGANISERS, 400),
    "cancel": ("GET", ORGANISERS, 200),
    "cancel_post": ("POST", ORGANISERS, 400),
}


@pytest.mark.parametrize(("name", "role"), role_cases(EXPECTED))
def test_each_role_gets_the_expected_answer(client_for, users, activity, name, role):
    method, allowed, answer = EXPECTED[name]
    view = name.removesuffix("_post")
    address = url(view) if view == "create" else url(view, activity)
    client = client_for(users[role])

    response = client.get(address) if method == "GET" else client.post(address, {})

    assert answer_of(response) == expected_answer(role, answer, allowed)
    activity.refresh_from_db()
    assert activity.status == Activity.Status.PLANNED


def test_an_activity_of_b_under_the_address_of_a_is_404(client_for, coordinator_a, werkplaats_b):
    other = ActivityFactory(werkplaats=werkplaats_b)
    address = reverse("activities:edit", kwargs={"slug": "werkplaats-a", "activity": other.slug})

    assert client_for(coordinator_a).get(address).status_code == 404


def test_an_atelier_lead_cannot_organise_an_activity_without_their_atelier(
    client_for, atelier_lead, werkplaats_a
):
    unlinked = ActivityFactory(werkplaats=werkplaats_a)

    response = client_for(atelier_lead).post(url("edit", unlinked), data_of(unlinked, title="X"))

    assert response.status_code == 404
    unlinked.refresh_from_db()
    assert unlinked.title != "X"


def test_coordinator_of_b_cannot_change_an_activity_of_a(client_for, coordinator_b, activity):
    response = client_for(coordinator_b).post(url("edit", activity), data_of(activity, title="X"))

    assert response.status_code == 404
    activity.refresh_from_db()
    assert activity.title == "Kenniscafé eenzaamheid"


# Creating ------------------------------------------------------------------------------------


def test_a_coordinator_creates_an_activity_in_amsterdam_time(
    client_for, coordinator_a, werkplaats_a, werkplaats_b, atelier
):
    theme = ThemeFactory()

    response = client_for(coordinator_a).post(
        url("create"),
        activity_data(
            start="2031-03-14T19:30",
            end="2031-03-14T21:30",
            themes=[theme.pk],
            co_organisers=[werkplaats_b.pk],
            atelier=atelier.pk,
            step_free="on",
            interpreter="on",
        ),
    )

    activity = Activity.objects.get()
    assert response.status_code == 302
    assert response.url == activity.get_absolute_url()
    assert flashed(response) == [nl("The activity has been created.")]
    assert activity.werkplaats == werkplaats_a
    assert activity.slug == "actualiteitencollege-armoede"
    assert activity.start == datetime.datetime(2031, 3, 14, 19, 30, tzinfo=AMSTERDAM)
    assert activity.end == datetime.datetime(2031, 3, 14, 21, 30, tzinfo=AMSTERDAM)
    assert activity.status == Activity.Status.PLANNED
    assert activity.capacity == 40
    assert (activity.step_free, activity.hearing_loop, activity.interpreter) == (True, False, True)
    assert list(activity.themes.all()) == [theme]
    assert list(activity.co_organisers.all()) == [werkplaats_b]
    assert activity.atelier == atelier
    assert AuditEntry.objects.filter(action="activity.create", actor=coordinator_a).exists()


def test_an_online_activity_needs_no_place(client_for, coordinator_a):
    response = client_for(coordinator_a).post(
        url("create"),
        activity_data(location_name="", address="", online_url="https://meet.example.org/abc"),
    )

    assert response.status_code == 302
    assert Activity.objects.get().attendance_mode == "online"


def test_the_form_offers_only_ateliers_of_this_werkplaats_and_other_werkplaatsen(
    client_for, coordinator_a, werkplaats_a, werkplaats_b, atelier
):
    AtelierFactory(werkplaats=werkplaats_b, title="Atelier van B")

    response = client_for(coordinator_a).get(url("create"))

    form = response.context["form"]
    assert list(form.fields["atelier"].queryset) == [atelier]
    assert list(form.fields["co_organisers"].queryset) == [werkplaats_b]
    content = response.content.decode()
    assert 'type="datetime-local"' in content
    assert "Atelier van B" not in content
    assert_shows(response, "You can use Markdown: *italic*, **bold**, lists with - at the start.")


BAD_INPUT = [
    pytest.param({"title": ""}, "title", None, id="no-title"),
    pytest.param(
        {"start": "2031-03-14T19:30", "end": "2031-03-14T18:00"},
        "end",
        "The end must be after the start.",
        id="end-before-start",
    ),
    pytest.param(
        {"registration_opens": "2030-03-10T09:00", "registration_closes": "2030-03-01T09:00"},
        "registration_closes",
        "Registration cannot close before it opens.",
        id="registration-closes-before-it-opens",
    ),
    pytest.param(
        {"capacity": "0"},
        "capacity",
        "The number of places must be at least 1. Leave it empty for no limit.",
        id="no-places",
    ),
    pytest.param(
        {"location_name": "", "address": "", "online_url": ""},
        "location_name",
        "Fill in a place or an online link.",
        id="no-place-and-no-link",
    ),
    pytest.param({"start": "morgen"}, "start", None, id="malformed-start"),
    pytest.param({"kind": "feest"}, "kind", None, id="unknown-kind"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUT)
def test_bad_input_creates_nothing(client_for, coordinator_a, changes, field, message):
    response = client_for(coordinator_a).post(url("create"), activity_data(**changes))

    assert response.status_code == 400
    assert field in form_errors(response)
    if message:
        assert_shows(response, message)
    assert not Activity.objects.exists()


def test_an_atelier_of_another_werkplaats_is_refused(client_for, coordinator_a, werkplaats_b):
    other = AtelierFactory(werkplaats=werkplaats_b)

    response = client_for(coordinator_a).post(url("create"), activity_data(atelier=other.pk))

    assert response.status_code == 400
    assert "atelier" in form_errors(response)
    assert not Activity.objects.exists()


def test_the_own_werkplaats_is_no_co_organiser(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).post(
        url("create"), activity_data(co_organisers=[werkplaats_a.pk])
    )

    assert response.status_code == 400
    assert "co_organisers" in form_errors(response)
    assert not Activity.objects.exists()


# Changing ------------------------------------------------------------------------------------


def test_the_edit_page_shows_the_times_in_amsterdam_time(client_for, coordinator_a, activity):
    Activity.objects.filter(pk=activity.pk).update(
        start=datetime.datetime(2031, 7, 1, 8, 0, tzinfo=datetime.UTC),
        end=datetime.datetime(2031, 7, 1, 10, 0, tzinfo=datetime.UTC),
    )

    response = client_for(coordinator_a).get(url("edit", activity))

    # Summer time: 08:00 UTC is 10:00 in Amsterdam.
    assert 'value="2031-07-01T10:00"' in response.content.decode()
    assert 'value="2031-07-01T12:00"' in response.content.decode()


def test_an_atelier_lead_changes_the_activity_and_the_address_stays(
    client_for, atelier_lead, activity
):
    response = client_for(atelier_lead).post(
        url("edit", activity), data_of(activity, title="Kenniscafé over eenzaamheid")
    )

    assert response.status_code == 302
    assert flashed(response) == [nl("The activity has been saved.")]
    activity.refresh_from_db()
    assert activity.title == "Kenniscafé over eenzaamheid"
    assert activity.slug == "kenniscafe"
    assert activity.sequence == 0  # neither time nor place changed


def test_fewer_places_than_people_registered_is_refused(client_for, coordinator_a, activity):
    RegistrationFactory.create_batch(3, activity=activity)

    response = client_for(coordinator_a).post(
        url("edit", activity), data_of(activity, capacity="2", title="Ander kenniscafé")
    )

    assert response.status_code == 400
    assert "capacity" in form_errors(response)
    assert "3" in " ".join(response.context["form"].errors["capacity"])
    activity.refresh_from_db()
    assert (activity.capacity, activity.title) == (20, "Kenniscafé eenzaamheid")
    # The page still shows the stored title in its navigation, not the refused one.
    assert response.context["activity"].title == "Kenniscafé eenzaamheid"


@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUT)
def test_bad_input_changes_nothing(client_for, coordinator_a, activity, changes, field, message):
    before = Activity.objects.filter(pk=activity.pk).values().get()

    response = client_for(coordinator_a).post(url("edit", activity), data_of(activity, **changes))

    assert response.status_code == 400
    assert field in form_errors(response)
    if message:
        assert_shows(response, message)
    assert Activity.objects.filter(pk=activity.pk).values().get() == before


def test_changing_the_time_mails_everybody_registered_or_waiting(
    client_for, coordinator_a, activity, django_capture_on_commit_callbacks
):
    Activity.objects.filter(pk=activity.pk).update(capacity=1)  # so the waiting list stays
    activity.refresh_from_db()
    registered = RegistrationFactory(activity=activity, email="ingeschreven@example.org")
    waiting = RegistrationFactory(
        activity=activity, email="wacht@example.org", state=Registration.State.WAITING
    )
    RegistrationFactory(
        activity=activity, email="afgemeld@example.org", state=Registration.State.CANCELLED
    )
    later = activity.start + timedelta(hours=1)

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(coordinator_a).post(
            url("edit", activity),
            data_of(activity, start=local(later), end=local(later + timedelta(hours=2))),
        )

    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.start == later
    assert activity.sequence == 1
    assert sorted(address for message in mail.outbox for address in message.to) == sorted(
        [registered.email, waiting.email]
    )


def test_changing_the_place_mails_and_changing_the_text_does_not(
    client_for, coordinator_a, activity, django_capture_on_commit_callbacks
):
    RegistrationFactory(activity=activity, email="ingeschreven@example.org")
    client = client_for(coordinator_a)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("edit", activity), data_of(activity, description="Nieuwe tekst."))
    assert mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("edit", activity), data_of(activity, location_name="Stadhuis Leiden"))
    assert [message.to for message in mail.outbox] == [["ingeschreven@example.org"]]


# Cancelling ----------------------------------------------------------------------------------


def test_the_cancel_page_asks_for_a_reason(client_for, coordinator_a, activity):
    response = client_for(coordinator_a).get(url("cancel", activity))

    assert response.status_code == 200
    assert 'name="reason"' in response.content.decode()
    assert_shows(
        response, "Everybody who registered or is on the waiting list gets this in an e-mail."
    )


def test_cancelling_tells_everybody_registered_or_waiting(
    client_for, coordinator_a, activity, django_capture_on_commit_callbacks
):
    RegistrationFactory(activity=activity, email="ingeschreven@example.org")
    RegistrationFactory(
        activity=activity, email="wacht@example.org", state=Registration.State.WAITING
    )
    RegistrationFactory(
        activity=activity, email="afgemeld@example.org", state=Registration.State.CANCELLED
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(coordinator_a).post(
            url("cancel", activity), {"reason": "  De spreker is ziek.  "}
        )

    assert response.status_code == 302
    assert response.url == activity.get_absolute_url()
    assert flashed(response) == [
        nl("The activity has been cancelled. Everybody who registered gets an e-mail.")
    ]
    activity.refresh_from_db()
    assert activity.status == Activity.Status.CANCELLED
    assert activity.cancel_reason == "De spreker is ziek."
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "ingeschreven@example.org",
        "wacht@example.org",
    ]


@pytest.mark.parametrize("reason", ["", "   "])
def test_cancelling_without_a_reason_is_refused(
    client_for, coordinator_a, activity, django_capture_on_commit_callbacks, reason
):
    RegistrationFactory(activity=activity)

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(coordinator_a).post(url("cancel", activity), {"reason": reason})

    assert response.status_code == 400
    assert "reason" in form_errors(response)
    assert_shows(
        response, "Write why the activity is cancelled. The people who registered read it."
    )
    activity.refresh_from_db()
    assert activity.status == Activity.Status.PLANNED
    assert mail.outbox == []


def test_an_activity_cannot_be_cancelled_twice(client_for, coordinator_a, activity):
    Activity.objects.filter(pk=activity.pk).update(
        status=Activity.Status.CANCELLED, cancel_reason="Eerste reden"
    )

    response = client_for(coordinator_a).post(url("cancel", activity), {"reason": "Nog eens"})

    assert response.status_code == 409
    assert_shows(response, "This activity has already been cancelled.")
    activity.refresh_from_db()
    assert activity.cancel_reason == "Eerste reden"


def test_an_activity_that_took_place_cannot_be_cancelled(client_for, coordinator_a, werkplaats_a):
    past = ActivityFactory(werkplaats=werkplaats_a, start=in_days(-3), end=in_days(-3, 16))

    response = client_for(coordinator_a).post(url("cancel", past), {"reason": "Te laat"})

    assert response.status_code == 409
    assert_shows(response, "An activity that has taken place cannot be cancelled.")
    past.refresh_from_db()
    assert past.status == Activity.Status.PLANNED
    assert past.cancel_reason == ""


def test_the_cancel_page_of_a_cancelled_activity_says_so_without_a_form(
    client_for, coordinator_a, activity
):
    Activity.objects.filter(pk=activity.pk).update(status=Activity.Status.CANCELLED)

    response = client_for(coordinator_a).get(url("cancel", activity))

    assert response.status_code == 200
    assert_shows(response, "This activity has already been cancelled.")
    assert 'name="reason"' not in response.content.decode()


def test_the_management_menu_links_to_the_activities(client_for, coordinator_a):
    response = client_for(coordinator_a).get(reverse("network:manage", args=["werkplaats-a"]))

    assert reverse("activities:list", args=["werkplaats-a"]) in response.content.decode()
