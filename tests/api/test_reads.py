"""The read endpoints: what they show, their filters and pages, and what they never show."""

import json

import pytest

from tests.api.conftest import API
from tests.publications.factories import PublicationFactory

pytestmark = pytest.mark.django_db


def get(client, path, **params):
    response = client.get(f"{API}{path}", params)
    assert response["Content-Type"].startswith("application/json")
    return response


def titles(response, key="title"):
    return [item[key] for item in response.json()["items"]]


def test_werkplaats_list_and_detail(client, records, werkplaats_a, werkplaats_b):
    response = get(client, "/werkplaatsen")
    assert response.status_code == 200
    assert [w["slug"] for w in response.json()["items"]] == ["werkplaats-a", "werkplaats-b"]
    detail = get(client, "/werkplaatsen/werkplaats-a").json()
    assert detail["themes"] == [{"slug": "eenzaamheid", "name": "Eenzaamheid"}]
    assert [p["organisation"] for p in detail["partners"]] == ["gemeente-leiden"]
    assert detail["url"].endswith(werkplaats_a.get_absolute_url())


def test_werkplaats_filters(client, records):
    assert titles(get(client, "/werkplaatsen", theme="eenzaamheid"), "slug") == ["werkplaats-a"]
    assert titles(get(client, "/werkplaatsen", q="Werkplaats B"), "slug") == ["werkplaats-b"]
    assert get(client, "/werkplaatsen", theme="bestaat-niet").json()["count"] == 0


def test_unknown_werkplaats_is_404_with_reason(client, records):
    response = get(client, "/werkplaatsen/bestaat-niet")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert response.json()["detail"]


def test_organisations(client, records):
    response = get(client, "/organisations", werkplaats="werkplaats-a")
    assert titles(response, "slug") == ["gemeente-leiden"]
    detail = get(client, "/organisations/gemeente-leiden").json()
    assert detail["werkplaatsen"] == ["werkplaats-a"]
    assert get(client, "/organisations", kind="hogeschool").json()["count"] == 0


def test_themes_and_national_themes(client, records):
    assert titles(get(client, "/themes"), "slug") == ["eenzaamheid"]
    assert get(client, "/national-themes").status_code == 200


def test_only_public_questions(client, records):
    response = get(client, "/questions", werkplaats="werkplaats-a")
    assert titles(response) == ["Hoe bereiken we eenzame ouderen?"]
    hidden = records["hidden_question"]
    assert get(client, f"/questions/{hidden.pk}").status_code == 404
    shown = get(client, f"/questions/{records['public_question'].pk}").json()
    assert shown["themes"][0]["slug"] == "eenzaamheid"


def test_question_filters(client, records):
    assert get(client, "/questions", status="in_progress").json()["count"] == 1
    assert get(client, "/questions", status="answered").json()["count"] == 0
    assert get(client, "/questions", q="eenzame").json()["count"] == 1
    # A status the public never sees cannot even be asked for.
    assert get(client, "/questions", status="submitted").status_code == 422


def test_agendas_with_themes(client, records):
    response = get(client, "/agendas", werkplaats="werkplaats-a", year=2025)
    agenda = response.json()["items"][0]
    assert agenda["themes"][0]["title"] == "Eenzaamheid onder ouderen"
    assert agenda["themes"][0]["themes"] == [{"slug": "eenzaamheid", "name": "Eenzaamheid"}]
    assert get(client, "/agendas", year=2030).json()["count"] == 0
    assert get(client, f"/agendas/{records['agenda'].pk}").status_code == 200


def test_only_public_ateliers(client, records):
    assert titles(get(client, "/ateliers")) == ["Leeratelier Samen oud"]
    assert get(client, f"/ateliers/{records['preparing'].pk}").status_code == 404
    atelier = get(client, f"/ateliers/{records['atelier'].pk}").json()
    assert atelier["partners"] == [{"slug": "gemeente-leiden", "name": "Gemeente Leiden"}]
    assert get(client, "/ateliers", status="preparing").json()["count"] == 0


def test_only_public_activities(client, records):
    response = get(client, "/activities")
    assert titles(response) == ["Kenniscafé ouderen"]
    assert get(client, f"/activities/{records['members_only'].pk}").status_code == 404
    activity = get(client, f"/activities/{records['activity'].pk}").json()
    assert activity["co_organisers"] == ["werkplaats-b"]
    # Co-organised activities are in the other werkplaats's list too.
    assert get(client, "/activities", werkplaats="werkplaats-b").json()["count"] == 1
    assert get(client, "/activities", upcoming="false").json()["count"] == 0
    assert get(client, "/activities", kind="congres").json()["count"] == 0


def test_only_published_publications(client, records):
    assert titles(get(client, "/publications", werkplaats="werkplaats-a")) == [
        "Handreiking ouderen"
    ]
    assert get(client, f"/publications/{records['concept'].pk}").status_code == 404
    publication = get(client, f"/publications/{records['publication'].pk}").json()
    assert publication["authors"] == [{"name": "Auteur Een", "affiliation": "Hogeschool Leiden"}]
    assert publication["audiences"] == ["professionals"]
    filtered = get(client, "/publications", theme="eenzaamheid", year=2025, kind="handreiking")
    assert filtered.json()["count"] == 1
    assert get(client, "/publications", audience="residents").json()["count"] == 0


def test_targets_with_progress(client, records):
    response = get(client, "/werkplaatsen/werkplaats-a/targets", year=2025)
    assert response.status_code == 200
    data = response.json()
    regional = next(t for t in data["targets"] if t["standard"] == "regional")
    assert regional["minimum"] == 2
    assert [f["year"] for f in regional["figures"]] == [2025]
    assert {"required", "realised", "planned", "status"} <= set(regional["figures"][0])
    assert get(client, "/werkplaatsen/bestaat-niet/targets").status_code == 404


def test_nothing_personal_or_unpublished_anywhere(client, records):
    """Every list, in full: no asker, no registration, no draft, nothing in preparation."""
    text = ""
    for path in (
        "/werkplaatsen",
        "/werkplaatsen/werkplaats-a",
        "/organisations",
        "/questions",
        f"/questions/{records['public_question'].pk}",
        "/agendas",
        "/ateliers",
        "/activities",
        f"/activities/{records['activity'].pk}",
        "/publications",
        "/werkplaatsen/werkplaats-a/targets",
    ):
        text += json.dumps(get(client, path, limit=100).json())
    public = records["public_question"]
    for secret in (
        public.asker_email,
        public.asker_name,
        "asker",
        "geheim@example.net",
        "Een vraag die nog niemand bekeek",
        "deelnemer-geheim@example.net",
        "Geheim concept",
        "Atelier in voorbereiding",
        "Ledenbijeenkomst",
        "online_url",
    ):
        assert secret not in text


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 101}, "limit"),
        ({"offset": -1}, "offset"),
        ({"offset": 100_001}, "offset"),
        ({"year": 1800}, "year"),
        ({"kind": "roman"}, "kind"),
        ({"theme": "geen slug!"}, "theme"),
        ({"q": "a" * 201}, "q"),
        ({"q": "nul\x00byte"}, "q"),
    ],
)
def test_bad_list_parameters_are_422_with_the_field(client, records, params, field):
    response = get(client, "/publications", **params)
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "validation_error"
    assert field in body["detail"]
    assert [error["field"] for error in body["errors"]] == [field]


def test_pages(client, werkplaats_a):
    for number in range(25):
        PublicationFactory(werkplaats=werkplaats_a, title=f"Publicatie {number:02d}")
    first = get(client, "/publications").json()
    assert (first["count"], first["limit"], first["offset"], len(first["items"])) == (25, 20, 0, 20)
    rest = get(client, "/publications", offset=20, limit=100).json()
    assert len(rest["items"]) == 5
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in rest["items"]}
    assert get(client, "/publications", offset=500).json()["items"] == []


def test_huge_id_is_refused_not_a_server_error(client):
    assert get(client, f"/publications/{2**63}").status_code == 422
    assert get(client, "/publications/0").status_code == 422
