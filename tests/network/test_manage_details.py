from datetime import date

from django.urls import reverse

from tests.helpers import assert_shows, form_errors
from tests.network.factories import ThemeFactory
from werkplaats.audit.models import AuditEntry
from werkplaats.network.models import Werkplaats


def details_url(werkplaats):
    return reverse("network:manage_details", kwargs={"slug": werkplaats.slug})


def form_data(werkplaats, **changes):
    """The form as the browser sends it back unchanged, with ``changes`` applied."""
    data = {
        "name": werkplaats.name,
        "slug": werkplaats.slug,
        "region": werkplaats.region,
        "tagline": werkplaats.tagline,
        "status": werkplaats.status,
        "period_start": werkplaats.period_start.isoformat(),
        "period_end": werkplaats.period_end.isoformat() if werkplaats.period_end else "",
        "places": werkplaats.places,
        "lectoraten": werkplaats.lectoraten,
        "contact_email": werkplaats.contact_email,
        "goal": werkplaats.goal,
        "approach": werkplaats.approach,
        "education": werkplaats.education,
        "field_involvement": werkplaats.field_involvement,
        "expected_results": werkplaats.expected_results,
    }
    data.update(changes)
    return data


def assert_unchanged(werkplaats):
    stored = Werkplaats.objects.get(pk=werkplaats.pk)
    for field in ("name", "slug", "region", "tagline", "period_start", "period_end"):
        assert getattr(stored, field) == getattr(werkplaats, field), field
    assert not AuditEntry.objects.filter(action="werkplaats.update").exists()


def test_details_form_shows_the_stored_values(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).get(details_url(werkplaats_a))

    assert response.status_code == 200
    assert response.context["form"].instance == werkplaats_a
    assert werkplaats_a.contact_email in response.content.decode()


def test_coordinator_edits_details_and_it_is_audited(client_for, coordinator_a, werkplaats_a):
    theme = ThemeFactory()

    response = client_for(coordinator_a).post(
        details_url(werkplaats_a),
        form_data(werkplaats_a, tagline="Samen leren in de wijk.", themes=[theme.pk]),
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("network:manage", kwargs={"slug": werkplaats_a.slug})
    werkplaats_a.refresh_from_db()
    assert werkplaats_a.tagline == "Samen leren in de wijk."
    assert list(werkplaats_a.themes.all()) == [theme]
    entry = AuditEntry.objects.get(action="werkplaats.update")
    assert entry.actor == coordinator_a
    assert entry.werkplaats == werkplaats_a
    assert entry.object_id == str(werkplaats_a.pk)
    assert entry.data == {"fields": ["tagline", "themes"]}


def test_changing_the_short_name_moves_the_pages(client_for, national_admin, werkplaats_a):
    response = client_for(national_admin).post(
        details_url(werkplaats_a), form_data(werkplaats_a, slug="nieuwe-naam")
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("network:manage", kwargs={"slug": "nieuwe-naam"})
    assert client_for(None).get("/werkplaatsen/nieuwe-naam/").status_code == 200
    assert client_for(None).get("/werkplaatsen/werkplaats-a/").status_code == 404


def test_a_short_name_in_use_by_another_werkplaats_is_refused(
    client_for, coordinator_a, werkplaats_a, werkplaats_b
):
    response = client_for(coordinator_a).post(
        details_url(werkplaats_a), form_data(werkplaats_a, slug=werkplaats_b.slug)
    )

    assert response.status_code == 400
    assert form_errors(response) == {"slug": ["unique"]}
    assert "bestaat al" in response.content.decode()  # Django's "… already exists."
    # The page still works under the stored address.
    assert response.context["werkplaats"].slug == werkplaats_a.slug
    assert_unchanged(werkplaats_a)


def test_a_name_in_use_by_another_werkplaats_is_refused(
    client_for, coordinator_a, werkplaats_a, werkplaats_b
):
    response = client_for(coordinator_a).post(
        details_url(werkplaats_a), form_data(werkplaats_a, name=werkplaats_b.name)
    )

    assert response.status_code == 400
    assert form_errors(response) == {"name": ["unique"]}
    assert response.context["werkplaats"].name == werkplaats_a.name
    assert_unchanged(werkplaats_a)


def test_a_short_name_that_is_no_slug_is_refused(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).post(
        details_url(werkplaats_a), form_data(werkplaats_a, slug="Den Haag & Leiden")
    )

    assert response.status_code == 400
    assert list(form_errors(response)) == ["slug"]
    assert_unchanged(werkplaats_a)


def test_period_ending_before_it_starts_is_refused(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).post(
        details_url(werkplaats_a),
        form_data(werkplaats_a, period_start="2024-01-01", period_end="2023-12-31"),
    )

    assert response.status_code == 400
    assert list(form_errors(response)) == ["period_end"]
    assert_shows(response, "The end of the period cannot be before its start.")
    assert_unchanged(werkplaats_a)


def test_period_may_end_on_the_day_it_starts(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).post(
        details_url(werkplaats_a),
        form_data(werkplaats_a, period_start="2024-01-01", period_end="2024-01-01"),
    )

    assert response.status_code == 302
    werkplaats_a.refresh_from_db()
    assert werkplaats_a.period_end == date(2024, 1, 1)


def test_missing_required_fields_are_refused(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).post(
        details_url(werkplaats_a),
        form_data(werkplaats_a, name="", slug="", region="", period_start="", contact_email=""),
    )

    assert response.status_code == 400
    assert form_errors(response) == {
        "name": ["required"],
        "slug": ["required"],
        "region": ["required"],
        "period_start": ["required"],
        "contact_email": ["required"],
    }
    assert "Dit veld is verplicht." in response.content.decode()
    assert_unchanged(werkplaats_a)


def test_invalid_mailbox_address_is_refused(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).post(
        details_url(werkplaats_a), form_data(werkplaats_a, contact_email="geen adres")
    )

    assert response.status_code == 400
    assert form_errors(response) == {"contact_email": ["invalid"]}
    assert "Voer een geldig e-mailadres in." in response.content.decode()
    assert_unchanged(werkplaats_a)


def test_invalid_date_is_refused(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).post(
        details_url(werkplaats_a), form_data(werkplaats_a, period_start="31-02-2024")
    )

    assert response.status_code == 400
    assert form_errors(response) == {"period_start": ["invalid"]}
    assert_unchanged(werkplaats_a)


def test_coordinator_of_other_werkplaats_cannot_change_details(
    client_for, coordinator_b, werkplaats_a
):
    response = client_for(coordinator_b).post(
        details_url(werkplaats_a), form_data(werkplaats_a, tagline="Overgenomen door B.")
    )

    assert response.status_code == 404
    assert_unchanged(werkplaats_a)
