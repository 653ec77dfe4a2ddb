"""Participants, the waiting list, attendance and the participant list as CSV."""

import csv
import io

import pytest
from django.urls import reverse

from tests.activities.factories import (
    ActivityFactory,
    ProgrammeSessionFactory,
    RegistrationFactory,
    in_days,
)
from tests.activities.organisers import ORGANISERS, answer_of, expected_answer, role_cases
from tests.helpers import assert_same_cost, assert_shows, flashed, form_errors, nl
from tests.network.factories import OrganisationFactory, PartnershipFactory
from werkplaats.activities.models import Activity, Registration

WAITING = Registration.State.WAITING


@pytest.fixture
def held(werkplaats_a, atelier):
    """A kenniscafé of last week, with two people present-to-be and one on the waiting list."""
    activity = ActivityFactory(
        werkplaats=werkplaats_a,
        atelier=atelier,
        slug="gehouden",
        title="Kenniscafé van vorige week",
        start=in_days(-7, 14),
        end=in_days(-7, 16),
        capacity=2,
    )
    RegistrationFactory(activity=activity, name="Anna Bakker", email="anna@example.org")
    RegistrationFactory(activity=activity, name="Bram Visser", email="bram@example.org")
    RegistrationFactory(activity=activity, name="Cor Wachter", state=WAITING)
    return activity


@pytest.fixture
def upcoming(werkplaats_a):
    return ActivityFactory(werkplaats=werkplaats_a, slug="komend", start=in_days(10, 14))


def url(activity, **query):
    address = reverse(
        "activities:participants",
        kwargs={"slug": activity.werkplaats.slug, "activity": activity.slug},
    )
    if query:
        address += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return address


def registered_of(activity):
    return list(activity.registrations.filter(state=Registration.State.REGISTERED))


# Who may -------------------------------------------------------------------------------------

EXPECTED = {"page": 200, "csv": 200, "attendance": 302}


@pytest.mark.parametrize(("name", "role"), role_cases(EXPECTED))
def test_each_role_gets_the_expected_answer(client_for, users, held, name, role):
    client = client_for(users[role])

    if name == "page":
        response = client.get(url(held))
    elif name == "csv":
        response = client.get(url(held), {"formaat": "csv"})
    else:
        response = client.post(url(held), {})  # nobody ticked: everybody absent

    assert answer_of(response) == expected_answer(role, EXPECTED[name])
    if role not in ORGANISERS:
        assert b"anna@example.org" not in response.content
    recorded = name == "attendance" and role in ORGANISERS
    expected = False if recorded else None
    assert [r.attended for r in registered_of(held)] == [expected, expected]


# The page ------------------------------------------------------------------------------------


def test_the_page_shows_the_numbers_the_people_and_the_waiting_list_in_order(
    client_for, coordinator_a, upcoming
):
    session = ProgrammeSessionFactory(activity=upcoming, title="Werksessie wonen")
    first = RegistrationFactory(
        activity=upcoming,
        name="Anna Bakker",
        email="anna@example.org",
        organisation="Gemeente Leiden",
        needs="Vegetarisch",
    )
    first.sessions.add(session)
    RegistrationFactory(activity=upcoming, name="Wachter Een", state=WAITING)
    RegistrationFactory(activity=upcoming, name="Wachter Twee", state=WAITING)
    RegistrationFactory(
        activity=upcoming, name="Afgemeld Persoon", state=Registration.State.CANCELLED
    )

    response = client_for(coordinator_a).get(url(upcoming))

    assert response.status_code == 200
    assert response.context["numbers"] == {"registered": 1, "waiting": 2, "present": 0, "absent": 0}
    content = response.content.decode()
    for text in ("Anna Bakker", "anna@example.org", "Gemeente Leiden", "Vegetarisch"):
        assert text in content
    assert "Werksessie wonen" in content
    assert nl("professional").capitalize() in content
    assert content.index("Wachter Een") < content.index("Wachter Twee")
    assert [p.name for p in response.context["waiting"]] == ["Wachter Een", "Wachter Twee"]
    assert "Afgemeld Persoon" not in content
    assert content.count("<caption") == 2


def test_before_the_start_the_page_says_when_attendance_can_be_recorded(
    client_for, coordinator_a, upcoming
):
    RegistrationFactory(activity=upcoming)

    response = client_for(coordinator_a).get(url(upcoming))

    assert response.context["form"] is None
    assert 'name="present"' not in response.content.decode()
    assert nl("Attendance") in response.content.decode()
    # The start date is in the sentence that says from when.
    assert f"{upcoming.start:%H:%M}" in response.content.decode()


def test_the_form_ticks_everybody_not_recorded_absent(client_for, coordinator_a, held):
    anna, bram = registered_of(held)
    Registration.objects.filter(pk=bram.pk).update(attended=False)

    response = client_for(coordinator_a).get(url(held))

    form = response.context["form"]
    assert form.initial["present"] == [anna.pk]
    assert [p.name for p in form.fields["present"].queryset] == ["Anna Bakker", "Bram Visser"]


# Recording attendance ------------------------------------------------------------------------


def test_an_organiser_records_who_came_and_which_organisations(
    client_for, coordinator_a, werkplaats_a, held
):
    partner = PartnershipFactory(werkplaats=werkplaats_a).organisation
    anna, bram = registered_of(held)

    response = client_for(coordinator_a).post(
        url(held),
        {
            "present": [anna.pk],
            "organisations": [partner.pk],
            "other_organisations": "Buurthuis De Brug\nBibliotheek",
        },
    )

    assert response.status_code == 302
    assert response.url == url(held)
    assert flashed(response) == [nl("The attendance has been saved.")]
    anna.refresh_from_db()
    bram.refresh_from_db()
    assert (anna.attended, bram.attended) == (True, False)
    held.refresh_from_db()
    assert list(held.organisations_present.all()) == [partner]
    assert held.other_organisations == "Buurthuis De Brug\nBibliotheek"
    assert held.status == Activity.Status.HELD
    page = client_for(coordinator_a).get(url(held))
    assert page.context["numbers"] == {"registered": 2, "waiting": 1, "present": 1, "absent": 1}


def test_organisations_offered_are_partners_and_those_already_chosen(
    client_for, coordinator_a, werkplaats_a, werkplaats_b, held
):
    partner = PartnershipFactory(werkplaats=werkplaats_a).organisation
    earlier = OrganisationFactory(name="Al gekozen")
    held.organisations_present.add(earlier)
    PartnershipFactory(werkplaats=werkplaats_b)

    response = client_for(coordinator_a).get(url(held))

    offered = set(response.context["form"].fields["organisations"].queryset)
    assert offered == {partner, earlier}
    assert response.context["form"].initial["organisations"] == [earlier]


def test_an_organisation_of_another_werkplaats_is_refused(
    client_for, coordinator_a, werkplaats_b, held
):
    stranger = PartnershipFactory(werkplaats=werkplaats_b).organisation
    anna, _bram = registered_of(held)

    response = client_for(coordinator_a).post(
        url(held), {"present": [anna.pk], "organisations": [stranger.pk]}
    )

    assert response.status_code == 400
    assert "organisations" in form_errors(response)
    assert [r.attended for r in registered_of(held)] == [None, None]
    assert not held.organisations_present.exists()


def test_someone_on_the_waiting_list_cannot_be_marked_present(client_for, coordinator_a, held):
    waiting = held.registrations.get(state=WAITING)

    response = client_for(coordinator_a).post(url(held), {"present": [waiting.pk]})

    assert response.status_code == 400
    assert "present" in form_errors(response)
    waiting.refresh_from_db()
    assert waiting.attended is None
    assert [r.attended for r in registered_of(held)] == [None, None]


def test_attendance_before_the_start_is_refused(client_for, coordinator_a, upcoming):
    person = RegistrationFactory(activity=upcoming)

    response = client_for(coordinator_a).post(
        url(upcoming), {"present": [person.pk], "other_organisations": "Buurthuis"}
    )

    assert response.status_code == 409
    assert_shows(response, "You can record attendance once the activity has started.")
    person.refresh_from_db()
    assert person.attended is None
    upcoming.refresh_from_db()
    assert upcoming.other_organisations == ""


def test_attendance_of_a_cancelled_activity_is_refused(client_for, coordinator_a, held):
    Activity.objects.filter(pk=held.pk).update(status=Activity.Status.CANCELLED)
    anna, _bram = registered_of(held)

    response = client_for(coordinator_a).post(url(held), {"present": [anna.pk]})

    assert response.status_code == 409
    assert_shows(response, "This activity was cancelled; there is no attendance to record.")
    assert [r.attended for r in registered_of(held)] == [None, None]
    held.refresh_from_db()
    assert held.status == Activity.Status.CANCELLED


# The CSV download ----------------------------------------------------------------------------


def rows_of(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_csv_lists_everybody_registered_or_waiting_with_a_header(
    client_for, coordinator_a, held
):
    anna = held.registrations.get(name="Anna Bakker")
    Registration.objects.filter(pk=anna.pk).update(attended=True)

    response = client_for(coordinator_a).get(url(held, formaat="csv"))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="deelnemers-gehouden.csv"'
    rows = rows_of(response)
    assert rows[0][:5] == [nl("Name"), nl("E-mail address"), nl("Organisation"), nl("Role"),
                           nl("State")]  # fmt: skip
    assert [row[0] for row in rows[1:]] == ["Anna Bakker", "Bram Visser", "Cor Wachter"]
    assert rows[1][1] == "anna@example.org"
    assert rows[1][4] == nl("registered")
    assert rows[1][7] == nl("yes")
    assert rows[3][4] == nl("on the waiting list")


@pytest.mark.parametrize(
    "dangerous",
    ['=HYPERLINK("https://evil.example")', "+31 6 1234", "-2+3", "@SUM(A1)", "\t=1"],
)
def test_the_csv_cannot_run_formulas(client_for, coordinator_a, upcoming, dangerous):
    RegistrationFactory(activity=upcoming, name=dangerous, organisation=dangerous)

    rows = rows_of(client_for(coordinator_a).get(url(upcoming, formaat="csv")))

    assert rows[1][0] == f"'{dangerous}"
    assert rows[1][2] == f"'{dangerous}"


# Cost ----------------------------------------------------------------------------------------


def test_the_page_costs_the_same_with_3_or_30_registrations(
    client_for, coordinator_a, werkplaats_a, held
):
    session = ProgrammeSessionFactory(activity=held)
    PartnershipFactory(werkplaats=werkplaats_a)
    Activity.objects.filter(pk=held.pk).update(capacity=None)

    def add(count):
        for number in range(count):
            person = RegistrationFactory(activity=held, needs="Rolstoel", attended=number % 2 == 0)
            person.sessions.add(session)
            RegistrationFactory(activity=held, state=WAITING)
            held.organisations_present.add(OrganisationFactory())

    assert_same_cost(client_for(coordinator_a), url(held), add)


def test_the_csv_costs_the_same_with_3_or_30_registrations(client_for, coordinator_a, held):
    session = ProgrammeSessionFactory(activity=held)

    def add(count):
        for _ in range(count):
            RegistrationFactory(activity=held).sessions.add(session)

    assert_same_cost(client_for(coordinator_a), url(held), add, {"formaat": "csv"})
