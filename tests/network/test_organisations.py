import pytest
from django.urls import reverse

from tests.helpers import form_errors
from tests.network.factories import OrganisationFactory, PartnershipFactory
from werkplaats.audit.models import AuditEntry
from werkplaats.network.models import Organisation, Partnership

DIRECTORY = "/partners/"


def create_url(werkplaats):
    return reverse("network:organisation_create", kwargs={"slug": werkplaats.slug})


# The public directory


def test_directory_lists_organisations_with_the_werkplaatsen_they_work_in(client_for, werkplaats_a):
    partnership = PartnershipFactory(werkplaats=werkplaats_a, organisation__name="Gemeente Leiden")
    OrganisationFactory(name="Adsysco", kind=Organisation.Kind.BEDRIJF)

    response = client_for(None).get(DIRECTORY)

    assert response.status_code == 200
    names = [o.name for o in response.context["page"].object_list]
    assert names == ["Adsysco", "Gemeente Leiden"]
    content = response.content.decode()
    assert partnership.organisation.get_absolute_url() in content
    assert werkplaats_a.get_absolute_url() in content


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "leiden"}, ["Gemeente Leiden", "Hogeschool Leiden"]),
        ({"q": "Haarlem"}, ["DOCK"]),  # matches the place too
        ({"kind": Organisation.Kind.HOGESCHOOL}, ["Hogeschool Leiden"]),
        ({"werkplaats": "werkplaats-b"}, ["DOCK"]),
        ({"role": Partnership.Role.TREKKER}, ["Hogeschool Leiden"]),
        ({"werkplaats": "werkplaats-a", "role": Partnership.Role.PARTNER}, ["Gemeente Leiden"]),
        (
            {"q": "", "kind": "", "werkplaats": "", "role": ""},
            ["DOCK", "Gemeente Leiden", "Hogeschool Leiden", "Movisie"],
        ),
    ],
)
def test_directory_filters(client_for, werkplaats_a, werkplaats_b, query, expected):
    leiden = OrganisationFactory(name="Gemeente Leiden", place="Leiden")
    hogeschool = OrganisationFactory(
        name="Hogeschool Leiden", kind=Organisation.Kind.HOGESCHOOL, place="Leiden"
    )
    dock = OrganisationFactory(name="DOCK", kind=Organisation.Kind.ZORG_WELZIJN, place="Haarlem")
    OrganisationFactory(name="Movisie", kind=Organisation.Kind.KENNISINSTITUUT, place="Utrecht")
    PartnershipFactory(werkplaats=werkplaats_a, organisation=leiden)
    PartnershipFactory(
        werkplaats=werkplaats_a, organisation=hogeschool, role=Partnership.Role.TREKKER
    )
    PartnershipFactory(werkplaats=werkplaats_b, organisation=dock)

    response = client_for(None).get(DIRECTORY, query)

    assert response.status_code == 200
    assert [o.name for o in response.context["page"].object_list] == expected


@pytest.mark.parametrize(
    "query", [{"kind": "bogus"}, {"role": "king"}, {"werkplaats": "bestaat-niet"}]
)
def test_directory_with_an_unknown_filter_value_answers_400(client_for, db, query):
    OrganisationFactory()

    response = client_for(None).get(DIRECTORY, query)

    assert response.status_code == 400
    assert list(form_errors(response)) == list(query)
    assert "Selecteer een geldige keuze." in response.content.decode()


def test_directory_is_paginated(client_for, db):
    OrganisationFactory.create_batch(31)

    first = client_for(None).get(DIRECTORY)
    second = client_for(None).get(DIRECTORY, {"pagina": 2})

    assert len(first.context["page"].object_list) == 30
    assert len(second.context["page"].object_list) == 1


def test_organisation_page_shows_its_werkplaatsen(client_for, werkplaats_a, werkplaats_b):
    organisation = OrganisationFactory(description="Werkt aan *armoede*.")
    PartnershipFactory(werkplaats=werkplaats_a, organisation=organisation)
    PartnershipFactory(werkplaats=werkplaats_b, organisation=organisation)

    response = client_for(None).get(organisation.get_absolute_url())

    assert response.status_code == 200
    assert [p.werkplaats for p in response.context["partnerships"]] == [
        werkplaats_a,
        werkplaats_b,
    ]
    assert "<em>armoede</em>" in response.content.decode()


def test_unknown_organisation_answers_404(client_for, db):
    assert client_for(None).get("/partners/bestaat-niet/").status_code == 404


# Adding an organisation to the directory


def test_coordinator_adds_an_organisation_and_it_is_audited(
    client_for, coordinator_a, werkplaats_a
):
    response = client_for(coordinator_a).post(
        create_url(werkplaats_a),
        {
            "name": "Wijkteam Zuid & Oost",
            "kind": Organisation.Kind.ZORG_WELZIJN,
            "place": "Leiden",
            "website": "https://wijkteam.example.org/",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == reverse(
        "network:partner_add", kwargs={"slug": werkplaats_a.slug}
    )
    organisation = Organisation.objects.get(name="Wijkteam Zuid & Oost")
    assert organisation.slug == "wijkteam-zuid-oost"
    entry = AuditEntry.objects.get(action="organisation.create")
    assert entry.actor == coordinator_a
    assert entry.werkplaats == werkplaats_a


def test_a_new_organisation_gets_a_free_short_name(client_for, coordinator_a, werkplaats_a):
    OrganisationFactory(name="Gemeente Leiden", slug="gemeente-leiden")

    client_for(coordinator_a).post(
        create_url(werkplaats_a), {"name": "Gemeente Leiden!", "kind": Organisation.Kind.GEMEENTE}
    )

    assert Organisation.objects.get(name="Gemeente Leiden!").slug == "gemeente-leiden-2"


def test_a_duplicate_organisation_name_is_refused(client_for, coordinator_a, werkplaats_a):
    OrganisationFactory(name="Gemeente Leiden")

    response = client_for(coordinator_a).post(
        create_url(werkplaats_a), {"name": "Gemeente Leiden", "kind": Organisation.Kind.GEMEENTE}
    )

    assert response.status_code == 400
    assert form_errors(response) == {"name": ["unique"]}
    assert "bestaat al" in response.content.decode()  # Django's "… already exists."
    assert Organisation.objects.count() == 1
    assert not AuditEntry.objects.exists()


def test_an_organisation_without_name_and_kind_is_refused(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).post(create_url(werkplaats_a), {"name": "", "kind": ""})

    assert response.status_code == 400
    assert form_errors(response) == {"name": ["required"], "kind": ["required"]}
    assert "Dit veld is verplicht." in response.content.decode()
    assert not Organisation.objects.exists()


def test_an_organisation_with_an_invalid_website_is_refused(
    client_for, coordinator_a, werkplaats_a
):
    response = client_for(coordinator_a).post(
        create_url(werkplaats_a),
        {"name": "Wijkteam", "kind": Organisation.Kind.OVERIG, "website": "geen website"},
    )

    assert response.status_code == 400
    assert form_errors(response) == {"website": ["invalid"]}
    assert "Voer een geldige URL in." in response.content.decode()
    assert not Organisation.objects.exists()
