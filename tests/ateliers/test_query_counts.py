"""The overviews cost as many queries with 30 ateliers as with 3."""

from django.urls import reverse

from tests.ateliers.factories import AtelierFactory, StudentPlaceFactory
from tests.helpers import assert_same_cost
from tests.network.factories import OrganisationFactory, ThemeFactory


def add_ateliers(werkplaats):
    def add(count):
        for _ in range(count):
            atelier = AtelierFactory(werkplaats=werkplaats)
            atelier.partners.add(OrganisationFactory(), OrganisationFactory())
            atelier.themes.add(ThemeFactory())
            StudentPlaceFactory(atelier=atelier)

    return add


def test_the_national_overview_has_a_constant_cost(client, werkplaats_a, werkplaats_b):
    assert_same_cost(client, reverse("ateliers:national"), add_ateliers(werkplaats_b))


def test_the_national_overview_filtered_has_a_constant_cost(client, werkplaats_a):
    assert_same_cost(
        client,
        reverse("ateliers:national"),
        add_ateliers(werkplaats_a),
        {"phase": "verkennen", "kind": "leeratelier", "status": "active", "place": "Leid"},
    )


def test_the_werkplaats_overview_has_a_constant_cost(client, werkplaats_a):
    assert_same_cost(
        client, reverse("ateliers:list", args=["werkplaats-a"]), add_ateliers(werkplaats_a)
    )


def test_the_places_list_has_a_constant_cost(client, werkplaats_a):
    assert_same_cost(client, reverse("ateliers:places"), add_ateliers(werkplaats_a))


def test_the_overview_filters(client, werkplaats_a, werkplaats_b):
    theme = ThemeFactory(slug="armoede")
    wanted = AtelierFactory(werkplaats=werkplaats_a, title="Gezocht atelier", places="Delft")
    wanted.themes.add(theme)
    AtelierFactory(werkplaats=werkplaats_b, title="Ander atelier", places="Leiden")

    for data in ({"theme": "armoede"}, {"place": "delf"}, {"werkplaats": "werkplaats-a"}):
        content = client.get(reverse("ateliers:national"), data).content.decode()
        assert "Gezocht atelier" in content, data
        assert "Ander atelier" not in content, data


def test_a_card_shows_phase_and_partners(client, werkplaats_a):
    atelier = AtelierFactory(werkplaats=werkplaats_a, phase="verdiepen")
    atelier.partners.add(OrganisationFactory(name="Gemeente Leiden"))

    content = client.get(reverse("ateliers:list", args=["werkplaats-a"])).content.decode()

    assert "Gemeente Leiden" in content
    assert 'aria-current="step"' in content
