"""Student places: offering them, the public list, applying and deciding."""

import pytest
from django.urls import reverse

from tests.ateliers.factories import StudentApplicationFactory, StudentPlaceFactory
from tests.helpers import assert_shows, form_errors
from werkplaats.ateliers.models import Atelier, StudentApplication, StudentPlace


def kwargs(atelier, **extra):
    return {"slug": atelier.werkplaats.slug, "atelier": atelier.slug, **extra}


def place_data(**extra):
    return {
        "number": "3",
        "level": "mbo",
        "period_start": "2024-09-01",
        "period_end": "2025-01-31",
        "tasks": "Gesprekken voeren met bewoners.",
        "open": "on",
        **extra,
    }


def test_a_lead_offers_places(client_for, atelier_lead, atelier):
    response = client_for(atelier_lead).post(
        reverse("ateliers:place_add", kwargs=kwargs(atelier)), place_data()
    )

    assert response.status_code == 302
    place = StudentPlace.objects.get(atelier=atelier)
    assert (place.number, place.level, place.open) == (3, "mbo", True)


def test_a_place_ending_before_it_starts_is_refused(client_for, atelier_lead, atelier):
    response = client_for(atelier_lead).post(
        reverse("ateliers:place_add", kwargs=kwargs(atelier)),
        place_data(period_start="2025-01-01", period_end="2024-01-01"),
    )

    assert response.status_code == 400
    assert "period_end" in form_errors(response)
    assert not StudentPlace.objects.exists()


def test_a_lead_closes_a_place(client_for, atelier_lead, atelier):
    place = StudentPlaceFactory(atelier=atelier)
    data = place_data()
    del data["open"]

    response = client_for(atelier_lead).post(
        reverse("ateliers:place_edit", kwargs=kwargs(atelier, pk=place.pk)), data
    )

    assert response.status_code == 302
    place.refresh_from_db()
    assert not place.open


def test_the_public_list_shows_open_places_of_active_public_ateliers(client, werkplaats_b):
    open_place = StudentPlaceFactory(tasks="Open plek taken")
    StudentPlaceFactory(open=False, tasks="Gesloten plek taken")
    StudentPlaceFactory(atelier__status=Atelier.Status.PREPARING, tasks="Voorbereiding taken")
    StudentPlaceFactory(atelier__status=Atelier.Status.COMPLETED, tasks="Afgerond taken")

    content = client.get(reverse("ateliers:places")).content.decode()

    assert "Open plek taken" in content
    for hidden in ("Gesloten plek", "Voorbereiding taken", "Afgerond taken"):
        assert hidden not in content
    assert open_place.atelier.title in content


def test_the_public_list_filters_by_level_and_werkplaats(client, werkplaats_a, werkplaats_b):
    StudentPlaceFactory(atelier__werkplaats=werkplaats_a, level="hbo", tasks="Taak hbo A")
    StudentPlaceFactory(atelier__werkplaats=werkplaats_b, level="mbo", tasks="Taak mbo B")

    content = client.get(reverse("ateliers:places"), {"level": "mbo"}).content.decode()
    assert "Taak mbo B" in content
    assert "Taak hbo A" not in content

    content = client.get(reverse("ateliers:places"), {"werkplaats": "werkplaats-a"}).content
    assert "Taak hbo A" in content.decode()
    assert "Taak mbo B" not in content.decode()


def apply_data(**extra):
    return {
        "name": "Sanne Student",
        "email": "sanne@example.net",
        "education": "Social Work, Hogeschool Leiden",
        "motivation": "Ik wil onderzoek doen in de wijk.",
        **extra,
    }


@pytest.fixture
def place(atelier):
    return StudentPlaceFactory(atelier=atelier)


def apply_url(atelier, place):
    return reverse("ateliers:apply", kwargs=kwargs(atelier, pk=place.pk))


def test_a_student_applies_without_an_account(
    client, atelier, atelier_lead, place, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(apply_url(atelier, place), apply_data())

    assert response.status_code == 302
    assert StudentApplication.objects.get().name == "Sanne Student"
    recipients = {address for mail in mailoutbox for address in mail.to}
    assert {"sanne@example.net", "trekker@example.org"} <= recipients


def test_applying_twice_is_refused(client, atelier, place):
    client.post(apply_url(atelier, place), apply_data())

    response = client.post(apply_url(atelier, place), apply_data(name="Nog eens"))

    assert response.status_code == 400
    assert_shows(response, "You have already applied for this place.")
    assert StudentApplication.objects.count() == 1


def test_applying_for_a_closed_place_is_refused(client, atelier):
    place = StudentPlaceFactory(atelier=atelier, open=False)

    response = client.post(apply_url(atelier, place), apply_data())

    assert response.status_code == 400
    assert_shows(response, "This place is no longer open for applications.")
    assert not StudentApplication.objects.exists()


def test_the_honeypot_saves_nothing(client, atelier, place, mailoutbox):
    response = client.post(apply_url(atelier, place), apply_data(website="http://spam.example"))

    assert response.status_code == 302
    assert not StudentApplication.objects.exists()
    assert not mailoutbox


def test_a_bad_e_mail_address_is_refused(client, atelier, place):
    response = client.post(apply_url(atelier, place), apply_data(email="geen-adres"))

    assert response.status_code == 400
    assert "email" in form_errors(response)


def test_only_leads_see_the_applicants(client_for, atelier_users, atelier, place):
    StudentApplicationFactory(place=place, email="geheim-student@example.net")

    for role, sees in {
        "anonymous": False,
        "member_a": False,
        "atelier_member": False,
        "coordinator_b": False,
        "atelier_lead": True,
        "coordinator_a": True,
        "national_admin": True,
    }.items():
        content = client_for(atelier_users[role]).get(atelier.get_absolute_url()).content.decode()
        assert ("geheim-student@example.net" in content) is sees, role


def test_a_lead_decides_on_an_application(
    client_for, atelier_lead, atelier, place, django_capture_on_commit_callbacks, mailoutbox
):
    application = StudentApplicationFactory(place=place, email="kandidaat@example.net")
    url = reverse("ateliers:application_decide", kwargs=kwargs(atelier, pk=application.pk))

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(atelier_lead).post(url, {"decision": "accept", "message": "Welkom!"})

    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.state, application.decided_by) == ("accepted", atelier_lead)
    assert [mail.to for mail in mailoutbox] == [["kandidaat@example.net"]]
