"""The programme of an activity: sessions added, changed and removed by its organisers."""

import datetime
from datetime import timedelta

import pytest

from tests.activities.factories import (
    ActivityFactory,
    ProgrammeSessionFactory,
    RegistrationFactory,
)
from tests.activities.organisers import (
    AMSTERDAM,
    ORGANISERS,
    answer_of,
    expected_answer,
    role_cases,
    url,
)
from tests.helpers import assert_shows, flashed, form_errors, nl
from werkplaats.activities.models import Activity, ProgrammeSession

OUTSIDE = "A session must take place between the start and the end of the activity."


@pytest.fixture
def congress(werkplaats_a, atelier):
    """A congress from 10:00 to 17:00, Amsterdam time, in 2031."""
    return ActivityFactory(
        werkplaats=werkplaats_a,
        atelier=atelier,
        kind=Activity.Kind.CONGRESS,
        title="Slotcongres",
        slug="slotcongres",
        start=datetime.datetime(2031, 11, 20, 10, 0, tzinfo=AMSTERDAM),
        end=datetime.datetime(2031, 11, 20, 17, 0, tzinfo=AMSTERDAM),
        capacity=200,
    )


@pytest.fixture
def session(congress):
    return ProgrammeSessionFactory(
        activity=congress,
        title="Werksessie schulden",
        start=congress.start,
        end=congress.start + timedelta(hours=1),
        room="Zaal 2",
        speakers="Dr. B. Jansen",
        capacity=30,
    )


def session_data(**changes):
    data = {
        "title": "Werksessie wonen",
        "start": "2031-11-20T13:30",
        "end": "2031-11-20T14:30",
        "room": "Zaal 3",
        "speakers": "Fatima el Amrani, Piet de Boer",
        "description": "Over **wonen**.",
        "capacity": "25",
    }
    data.update(changes)
    return data


# Who may -------------------------------------------------------------------------------------

# view -> (method, answer for organisers)
EXPECTED = {
    "programme": ("GET", 200),
    "programme_post": ("POST", 400),
    "session_edit": ("GET", 200),
    "session_edit_post": ("POST", 400),
    "session_delete": ("GET", 200),
    "session_delete_post": ("POST", 302),
}


@pytest.mark.parametrize(("name", "role"), role_cases(EXPECTED))
def test_each_role_gets_the_expected_answer(client_for, users, congress, session, name, role):
    method, answer = EXPECTED[name]
    view = name.removesuffix("_post")
    extra = {} if view == "programme" else {"pk": session.pk}
    address = url(view, congress, **extra)
    client = client_for(users[role])

    response = client.get(address) if method == "GET" else client.post(address, {})

    assert answer_of(response) == expected_answer(role, answer)
    removed = role in ORGANISERS and name == "session_delete_post"
    assert ProgrammeSession.objects.filter(pk=session.pk).exists() is not removed


# The programme page --------------------------------------------------------------------------


def test_the_programme_shows_the_sessions_and_how_many_chose_them(
    client_for, coordinator_a, congress, session
):
    for _ in range(2):
        RegistrationFactory(activity=congress).sessions.add(session)
    ProgrammeSessionFactory(activity=congress, title="Plenaire opening", room="Aula")

    response = client_for(coordinator_a).get(url("programme", congress))

    assert response.status_code == 200
    sessions = list(response.context["sessions"])
    assert [s.title for s in sessions] == ["Plenaire opening", "Werksessie schulden"]
    assert [s.taken for s in sessions] == [0, 2]
    content = response.content.decode()
    for text in ("Werksessie schulden", "Zaal 2", "Dr. B. Jansen", "20-11-2031 10:00 – 11:00"):
        assert text in content
    assert "<caption" in content
    assert 'type="datetime-local"' in content


def test_an_organiser_adds_a_session_in_amsterdam_time(client_for, coordinator_a, congress):
    response = client_for(coordinator_a).post(url("programme", congress), session_data())

    assert response.status_code == 302
    assert response.url == url("programme", congress)
    assert flashed(response) == [nl("The session has been added to the programme.")]
    added = ProgrammeSession.objects.get(activity=congress)
    assert added.title == "Werksessie wonen"
    assert added.start == datetime.datetime(2031, 11, 20, 13, 30, tzinfo=AMSTERDAM)
    assert added.end == datetime.datetime(2031, 11, 20, 14, 30, tzinfo=AMSTERDAM)
    assert (added.room, added.capacity) == ("Zaal 3", 25)


BAD_SESSIONS = [
    pytest.param({"start": "2031-11-20T09:00"}, None, OUTSIDE, id="before-the-activity"),
    pytest.param({"end": "2031-11-20T17:30"}, None, OUTSIDE, id="after-the-activity"),
    pytest.param(
        {"start": "2031-11-20T14:00", "end": "2031-11-20T13:00"},
        "end",
        "The end must be after the start.",
        id="end-before-start",
    ),
    pytest.param(
        {"capacity": "0"},
        "capacity",
        "The number of places must be at least 1. Leave it empty for no limit.",
        id="no-places",
    ),
    pytest.param({"title": ""}, "title", None, id="no-title"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_SESSIONS)
def test_a_bad_session_is_not_added(client_for, coordinator_a, congress, changes, field, message):
    response = client_for(coordinator_a).post(url("programme", congress), session_data(**changes))

    assert response.status_code == 400
    if field:
        assert field in form_errors(response)
    if message:
        assert_shows(response, message)
    assert not ProgrammeSession.objects.exists()


# Changing a session --------------------------------------------------------------------------


def test_an_atelier_lead_changes_a_session(client_for, users, congress, session):
    response = client_for(users["atelier_lead"]).post(
        url("session_edit", congress, pk=session.pk), session_data(title="Werksessie armoede")
    )

    assert response.status_code == 302
    assert flashed(response) == [nl("The session has been saved.")]
    session.refresh_from_db()
    assert session.title == "Werksessie armoede"
    assert session.start == datetime.datetime(2031, 11, 20, 13, 30, tzinfo=AMSTERDAM)


def test_the_edit_page_shows_the_stored_values(client_for, coordinator_a, congress, session):
    response = client_for(coordinator_a).get(url("session_edit", congress, pk=session.pk))

    content = response.content.decode()
    assert 'value="2031-11-20T10:00"' in content
    assert 'value="Werksessie schulden"' in content


@pytest.mark.parametrize(("changes", "field", "message"), BAD_SESSIONS)
def test_a_bad_change_changes_nothing(
    client_for, coordinator_a, congress, session, changes, field, message
):
    before = ProgrammeSession.objects.filter(pk=session.pk).values().get()

    response = client_for(coordinator_a).post(
        url("session_edit", congress, pk=session.pk), session_data(**changes)
    )

    assert response.status_code == 400
    if message:
        assert_shows(response, message)
    assert ProgrammeSession.objects.filter(pk=session.pk).values().get() == before


def test_fewer_places_than_people_who_chose_the_session_is_refused(
    client_for, coordinator_a, congress, session
):
    for _ in range(3):
        RegistrationFactory(activity=congress).sessions.add(session)

    response = client_for(coordinator_a).post(
        url("session_edit", congress, pk=session.pk), session_data(capacity="2")
    )

    assert response.status_code == 400
    assert "capacity" in form_errors(response)
    session.refresh_from_db()
    assert (session.capacity, session.title) == (30, "Werksessie schulden")


@pytest.mark.parametrize("view", ["session_edit", "session_delete"])
def test_a_session_of_another_activity_is_404(client_for, coordinator_a, werkplaats_a, view):
    mine = ActivityFactory(werkplaats=werkplaats_a, kind=Activity.Kind.CONGRESS)
    other = ProgrammeSessionFactory(activity__werkplaats=werkplaats_a, title="Van een ander")
    address = url(view, mine, pk=other.pk)
    client = client_for(coordinator_a)

    assert client.get(address).status_code == 404
    assert client.post(address, session_data()).status_code == 404
    other.refresh_from_db()
    assert other.title == "Van een ander"


# Removing a session --------------------------------------------------------------------------


def test_removing_asks_first(client_for, coordinator_a, congress, session):
    response = client_for(coordinator_a).get(url("session_delete", congress, pk=session.pk))

    assert response.status_code == 200
    assert_shows(response, "Yes, remove")
    assert "Werksessie schulden" in response.content.decode()
    assert ProgrammeSession.objects.filter(pk=session.pk).exists()


def test_an_organiser_removes_a_session_nobody_chose(client_for, coordinator_a, congress, session):
    response = client_for(coordinator_a).post(url("session_delete", congress, pk=session.pk))

    assert response.status_code == 302
    assert response.url == url("programme", congress)
    assert not ProgrammeSession.objects.filter(pk=session.pk).exists()


def test_a_session_people_chose_is_not_removed(client_for, coordinator_a, congress, session):
    RegistrationFactory(activity=congress).sessions.add(session)

    response = client_for(coordinator_a).post(url("session_delete", congress, pk=session.pk))

    assert response.status_code == 409
    assert_shows(response, "People have chosen this session. Change it instead of deleting it.")
    assert ProgrammeSession.objects.filter(pk=session.pk).exists()
