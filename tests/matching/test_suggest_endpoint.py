"""matching:suggest: the while-typing suggestions across the network, as JSON."""

import pytest
from django.urls import reverse

from tests.conftest import ROLES
from werkplaats.matching.models import MatchItem

pytestmark = pytest.mark.django_db
URL = reverse("matching:suggest")


@pytest.mark.parametrize("role", ROLES)
def test_everyone_gets_public_suggestions(request, client_for, topics, role):
    user = request.getfixturevalue(role)
    response = client_for(user).get(URL, {"tekst": "geldzorgen", "werkplaats": "werkplaats-a"})

    assert response.status_code == 200
    found = response.json()["suggestions"]
    assert {s["title"] for s in found} == {topics["debts_b"].title, topics["debts_c"].title}
    assert {s["werkplaats"] for s in found} <= {"Werkplaats B", "Werkplaats C"}
    assert all(s["url"].startswith("http") for s in found)
    assert all(s["kind"] in {"question", "publication"} for s in found)


def test_without_werkplaats_every_werkplaats_counts(client_for, topics):
    response = client_for(None).get(URL, {"tekst": "eenzame ouderen", "aantal": 10})
    names = {s["werkplaats"] for s in response.json()["suggestions"]}
    assert "Werkplaats A" in names


def test_empty_text_gives_an_empty_list(client_for, topics):
    response = client_for(None).get(URL)
    assert response.status_code == 200
    assert response.json() == {"suggestions": []}


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"tekst": "x", "werkplaats": "bestaat-niet"}, "werkplaats"),
        ({"tekst": "x", "werkplaats": "geen slug!"}, "werkplaats"),
        ({"tekst": "x", "aantal": "0"}, "aantal"),
        ({"tekst": "x", "aantal": "21"}, "aantal"),
        ({"tekst": "x", "aantal": "veel"}, "aantal"),
        ({"tekst": "a" * 6001}, "tekst"),
    ],
)
def test_bad_input_is_a_400_with_the_reason(client_for, topics, query, field):
    before = MatchItem.objects.count()
    response = client_for(None).get(URL, query)
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert response.json()["errors"][field][0]
    assert MatchItem.objects.count() == before


def test_only_get_is_allowed(client_for, topics, coordinator_a):
    before = MatchItem.objects.count()
    assert client_for(coordinator_a).post(URL, {"tekst": "x"}).status_code == 405
    assert MatchItem.objects.count() == before
