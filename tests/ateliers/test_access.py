"""Who gets what on every atelier view: the access decisions, role by role."""

import pytest
from django.urls import reverse

from tests.ateliers.conftest import ATELIER_ROLES
from tests.ateliers.factories import (
    AtelierFactory,
    AtelierMemberFactory,
    AttachmentFactory,
    StudentApplicationFactory,
    StudentPlaceFactory,
)
from werkplaats.ateliers.models import Atelier, AtelierMember

LOGIN = "login"


def everyone(outcome):
    return dict.fromkeys(ATELIER_ROLES, outcome)


def logged_in(outcome):
    return {**everyone(outcome), "anonymous": LOGIN}


def leads(outcome):
    """Leads of the atelier, coordinators of A and national admins."""
    return {
        "anonymous": LOGIN,
        "member_a": 404,
        "atelier_member": 404,
        "atelier_lead": outcome,
        "coordinator_a": outcome,
        "coordinator_b": 404,
        "national_admin": outcome,
    }


def atelier_members(outcome, anonymous=LOGIN):
    return {**leads(outcome), "atelier_member": outcome, "anonymous": anonymous}


def managers(outcome):
    return {**leads(outcome), "atelier_lead": 404}


# URL name -> (method, expected by role)
EXPECTED = {
    "national": ("GET", everyone(200)),
    "list": ("GET", everyone(200)),
    "detail": ("GET", everyone(200)),
    "join": ("POST", logged_in(400)),
    "decide": ("POST", leads(400)),
    "phase": ("POST", leads(400)),
    "log_add": ("GET", atelier_members(200)),
    "log_add_post": ("POST", atelier_members(400)),
    "attachment": ("GET", atelier_members(200, anonymous=404)),
    "create": ("GET", managers(200)),
    "create_post": ("POST", managers(400)),
    "edit": ("GET", leads(200)),
    "edit_post": ("POST", leads(400)),
    "place_add": ("GET", leads(200)),
    "place_edit": ("GET", leads(200)),
    "places": ("GET", everyone(200)),
    "apply": ("GET", everyone(200)),
    "apply_post": ("POST", everyone(400)),
    "application_decide": ("POST", leads(400)),
}


@pytest.fixture
def objects(atelier, werkplaats_a):
    requester = AtelierMemberFactory(atelier=atelier, state=AtelierMember.State.REQUESTED)
    place = StudentPlaceFactory(atelier=atelier)
    return {
        "request": requester,
        "attachment": AttachmentFactory(entry__atelier=atelier),
        "place": place,
        "application": StudentApplicationFactory(place=place),
    }


def url_for(name, atelier, o):
    a = {"slug": atelier.werkplaats.slug}
    at = {**a, "atelier": atelier.slug}
    name = name.removesuffix("_post")
    kwargs = {
        "national": {},
        "places": {},
        "list": a,
        "create": a,
        "detail": at,
        "join": at,
        "phase": at,
        "log_add": at,
        "edit": at,
        "place_add": at,
        "decide": {**at, "pk": o["request"].pk},
        "attachment": {**at, "pk": o["attachment"].pk},
        "place_edit": {**at, "pk": o["place"].pk},
        "apply": {**at, "pk": o["place"].pk},
        "application_decide": {**at, "pk": o["application"].pk},
    }[name]
    return reverse(f"ateliers:{name}", kwargs=kwargs)


CASES = [
    pytest.param(name, role, id=f"{name}-{role}") for name in EXPECTED for role in ATELIER_ROLES
]


@pytest.mark.parametrize(("name", "role"), CASES)
def test_each_role_gets_the_expected_answer(
    client_for, atelier_users, atelier, objects, name, role
):
    method, by_role = EXPECTED[name]
    expected = by_role[role]
    url = url_for(name, atelier, objects)
    client = client_for(atelier_users[role])

    response = client.get(url) if method == "GET" else client.post(url, {"matrix": "1"})

    if expected == LOGIN:
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
    else:
        assert response.status_code == expected


PREPARING = {
    "anonymous": 404,
    "member_a": 404,
    "atelier_member": 200,
    "atelier_lead": 200,
    "coordinator_a": 200,
    "coordinator_b": 404,
    "national_admin": 200,
}


@pytest.mark.parametrize("role", ATELIER_ROLES)
def test_an_atelier_in_preparation_is_only_for_its_members(
    client_for, atelier_users, atelier, role
):
    Atelier.objects.filter(pk=atelier.pk).update(status=Atelier.Status.PREPARING)

    response = client_for(atelier_users[role]).get(atelier.get_absolute_url())

    assert response.status_code == PREPARING[role]


def test_an_atelier_in_preparation_is_not_in_the_overviews(client, atelier):
    Atelier.objects.filter(pk=atelier.pk).update(status=Atelier.Status.PREPARING)

    for url in (reverse("ateliers:national"), reverse("ateliers:list", args=["werkplaats-a"])):
        assert atelier.title not in client.get(url).content.decode()


@pytest.mark.parametrize("name", ["detail", "edit", "log_add"])
def test_an_atelier_of_b_under_the_slug_of_a_is_404(client_for, coordinator_a, werkplaats_b, name):
    other = AtelierFactory(werkplaats=werkplaats_b)
    url = reverse(f"ateliers:{name}", kwargs={"slug": "werkplaats-a", "atelier": other.slug})

    assert client_for(coordinator_a).get(url).status_code == 404


def test_a_place_of_another_atelier_is_404(client_for, coordinator_a, atelier, werkplaats_b):
    place = StudentPlaceFactory(atelier__werkplaats=werkplaats_b)
    url = reverse(
        "ateliers:place_edit",
        kwargs={"slug": "werkplaats-a", "atelier": atelier.slug, "pk": place.pk},
    )

    assert client_for(coordinator_a).get(url).status_code == 404


def test_coordinator_of_b_cannot_decide_on_a_request_in_a(client_for, coordinator_b, atelier):
    request = AtelierMemberFactory(atelier=atelier, state=AtelierMember.State.REQUESTED)
    url = reverse(
        "ateliers:decide",
        kwargs={"slug": "werkplaats-a", "atelier": atelier.slug, "pk": request.pk},
    )

    response = client_for(coordinator_b).post(url, {"decision": "accept"})

    assert response.status_code == 404
    request.refresh_from_db()
    assert request.state == AtelierMember.State.REQUESTED
