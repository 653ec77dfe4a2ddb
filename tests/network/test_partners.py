from datetime import date

from django.urls import reverse

from tests.helpers import assert_shows, form_errors
from tests.network.factories import OrganisationFactory, PartnershipFactory
from werkplaats.audit.models import AuditEntry
from werkplaats.network.models import Organisation, Partnership


def add_url(werkplaats):
    return reverse("network:partner_add", kwargs={"slug": werkplaats.slug})


def edit_url(partnership, werkplaats=None):
    return reverse(
        "network:partner_edit",
        kwargs={"slug": (werkplaats or partnership.werkplaats).slug, "pk": partnership.pk},
    )


def remove_url(partnership, werkplaats=None):
    return reverse(
        "network:partner_remove",
        kwargs={"slug": (werkplaats or partnership.werkplaats).slug, "pk": partnership.pk},
    )


def test_partners_page_lists_the_partners_of_this_werkplaats_only(
    client_for, coordinator_a, werkplaats_a, werkplaats_b
):
    ours = PartnershipFactory(werkplaats=werkplaats_a)
    theirs = PartnershipFactory(werkplaats=werkplaats_b)

    response = client_for(coordinator_a).get(
        reverse("network:manage_partners", kwargs={"slug": werkplaats_a.slug})
    )

    assert response.status_code == 200
    assert list(response.context["partnerships"]) == [ours]
    assert theirs.organisation.name not in response.content.decode()


def test_coordinator_adds_a_partner_and_it_is_audited(client_for, coordinator_a, werkplaats_a):
    organisation = OrganisationFactory()

    response = client_for(coordinator_a).post(
        add_url(werkplaats_a),
        {
            "organisation": organisation.pk,
            "role": Partnership.Role.TREKKER,
            "start": "2024-01-01",
            "end": "2027-12-31",
            "description": "Trekt het leeratelier armoede.",
        },
    )

    assert response.status_code == 302
    partnership = Partnership.objects.get(werkplaats=werkplaats_a)
    assert partnership.organisation == organisation
    assert partnership.role == Partnership.Role.TREKKER
    assert partnership.end == date(2027, 12, 31)
    entry = AuditEntry.objects.get(action="partnership.create")
    assert entry.actor == coordinator_a
    assert entry.werkplaats == werkplaats_a
    assert entry.data == {"organisation": organisation.name, "role": Partnership.Role.TREKKER}


def test_adding_the_same_partner_twice_is_refused(client_for, coordinator_a, werkplaats_a):
    existing = PartnershipFactory(werkplaats=werkplaats_a)

    response = client_for(coordinator_a).post(
        add_url(werkplaats_a),
        {"organisation": existing.organisation.pk, "role": Partnership.Role.PARTNER},
    )

    assert response.status_code == 400
    assert list(form_errors(response)) == ["__all__"]
    assert_shows(response, "This organisation is already a partner here.")
    assert Partnership.objects.count() == 1
    assert not AuditEntry.objects.exists()


def test_an_organisation_may_be_partner_in_two_werkplaatsen(
    client_for, coordinator_a, werkplaats_a, werkplaats_b
):
    theirs = PartnershipFactory(werkplaats=werkplaats_b)

    response = client_for(coordinator_a).post(
        add_url(werkplaats_a),
        {"organisation": theirs.organisation.pk, "role": Partnership.Role.PARTNER},
    )

    assert response.status_code == 302
    assert theirs.organisation.partnerships.count() == 2


def test_a_partnership_ending_before_it_starts_is_refused(client_for, coordinator_a, werkplaats_a):
    organisation = OrganisationFactory()

    response = client_for(coordinator_a).post(
        add_url(werkplaats_a),
        {
            "organisation": organisation.pk,
            "role": Partnership.Role.PARTNER,
            "start": "2024-06-01",
            "end": "2024-05-31",
        },
    )

    assert response.status_code == 400
    assert list(form_errors(response)) == ["end"]
    assert_shows(response, "The end date cannot be before the start date.")
    assert not Partnership.objects.exists()


def test_a_partner_without_organisation_and_role_is_refused(
    client_for, coordinator_a, werkplaats_a
):
    response = client_for(coordinator_a).post(
        add_url(werkplaats_a), {"organisation": "", "role": "", "start": "2024-01-01"}
    )

    assert response.status_code == 400
    assert form_errors(response) == {"organisation": ["required"], "role": ["required"]}
    assert "Dit veld is verplicht." in response.content.decode()
    assert not Partnership.objects.exists()


def test_a_partner_with_an_unknown_organisation_is_refused(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).post(
        add_url(werkplaats_a), {"organisation": "999999", "role": Partnership.Role.PARTNER}
    )

    assert response.status_code == 400
    assert form_errors(response) == {"organisation": ["invalid_choice"]}
    assert not Partnership.objects.exists()


def test_coordinator_changes_role_and_period_but_not_the_organisation(
    client_for, coordinator_a, werkplaats_a
):
    partnership = PartnershipFactory(werkplaats=werkplaats_a)
    original = partnership.organisation
    other = OrganisationFactory()

    response = client_for(coordinator_a).post(
        edit_url(partnership),
        {
            "organisation": other.pk,
            "role": Partnership.Role.MEDETREKKER,
            "start": "2020-01-01",
            "end": "2025-12-31",
        },
    )

    assert response.status_code == 302
    partnership.refresh_from_db()
    assert partnership.organisation == original
    assert partnership.role == Partnership.Role.MEDETREKKER
    assert partnership.end == date(2025, 12, 31)
    assert AuditEntry.objects.get(action="partnership.update").actor == coordinator_a


def test_editing_to_an_end_before_the_start_is_refused(client_for, coordinator_a, werkplaats_a):
    partnership = PartnershipFactory(werkplaats=werkplaats_a, start=date(2022, 1, 1))

    response = client_for(coordinator_a).post(
        edit_url(partnership),
        {"role": Partnership.Role.PARTNER, "start": "2022-01-01", "end": "2021-01-01"},
    )

    assert response.status_code == 400
    assert list(form_errors(response)) == ["end"]
    assert_shows(response, "The end date cannot be before the start date.")
    partnership.refresh_from_db()
    assert partnership.end is None
    assert not AuditEntry.objects.exists()


def test_coordinator_removes_a_partner_and_the_organisation_stays(
    client_for, coordinator_a, werkplaats_a
):
    partnership = PartnershipFactory(werkplaats=werkplaats_a)
    client = client_for(coordinator_a)

    confirm = client.get(remove_url(partnership))
    assert confirm.status_code == 200
    assert Partnership.objects.filter(pk=partnership.pk).exists()

    response = client.post(remove_url(partnership))

    assert response.status_code == 302
    assert not Partnership.objects.filter(pk=partnership.pk).exists()
    assert Organisation.objects.filter(pk=partnership.organisation_id).exists()
    entry = AuditEntry.objects.get(action="partnership.remove")
    assert entry.actor == coordinator_a
    assert entry.werkplaats == werkplaats_a


def test_coordinator_of_other_werkplaats_cannot_edit_a_partner_through_own_address(
    client_for, coordinator_b, werkplaats_a, werkplaats_b
):
    partnership = PartnershipFactory(werkplaats=werkplaats_a)
    client = client_for(coordinator_b)

    edit = client.post(
        edit_url(partnership, werkplaats=werkplaats_b), {"role": Partnership.Role.TREKKER}
    )
    remove = client.post(remove_url(partnership, werkplaats=werkplaats_b))

    assert edit.status_code == 404
    assert remove.status_code == 404
    partnership.refresh_from_db()
    assert partnership.role == Partnership.Role.PARTNER
