"""Every error of the API has the same shape: {"detail", "code", "errors"}."""

import pytest

from tests.api.conftest import API, bearer
from werkplaats.api.auth import ApiThrottle

pytestmark = pytest.mark.django_db


def assert_error(response, status, code):
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"detail", "code", "errors"}
    assert body["code"] == code
    assert body["detail"].strip()
    return body


def test_unknown_address_below_the_api(client):
    assert_error(client.get(f"{API}/bestaat-niet"), 404, "not_found")
    assert_error(client.get("/api/v2/werkplaatsen"), 404, "not_found")
    assert_error(client.get("/api/"), 404, "not_found")


def test_the_root_says_where_the_documentation_is(client):
    response = client.get(f"{API}/")
    assert response.status_code == 200
    assert response.json()["openapi"].endswith("/api/v1/openapi.json")
    assert response.json()["docs"].endswith("/api/v1/docs/")


def test_wrong_method(client):
    response = client.delete(f"{API}/werkplaatsen")
    assert_error(response, 405, "method_not_allowed")
    assert response["Allow"] == "GET"
    assert_error(client.put(f"{API}/publications/1"), 405, "method_not_allowed")


def test_malformed_json_body(client, member_a, werkplaats_a, token_for):
    response = client.post(
        f"{API}/publications",
        "{niet json",
        content_type="application/json",
        **bearer(token_for(member_a, werkplaats_a)),
    )
    assert_error(response, 400, "bad_request")


def test_missing_fields_are_named(client, member_a, werkplaats_a, token_for):
    response = client.post(
        f"{API}/publications",
        {},
        content_type="application/json",
        **bearer(token_for(member_a, werkplaats_a)),
    )
    body = assert_error(response, 422, "validation_error")
    assert {"title", "kind", "summary"} <= {error["field"] for error in body["errors"]}


def test_too_many_requests(client, monkeypatch):
    monkeypatch.setattr(ApiThrottle, "rate", "2/m")
    from werkplaats.api.api import api

    throttle = api.throttle[0]
    monkeypatch.setattr(throttle, "num_requests", 2)
    assert client.get(f"{API}/themes").status_code == 200
    assert client.get(f"{API}/themes").status_code == 200
    response = client.get(f"{API}/themes")
    assert_error(response, 429, "throttled")
    assert int(response["Retry-After"]) >= 1


def test_a_made_up_forwarded_address_does_not_start_a_new_count(client, monkeypatch):
    from werkplaats.api.api import api

    monkeypatch.setattr(api.throttle[0], "num_requests", 2)
    for n in range(2):
        response = client.get(f"{API}/themes", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
        assert response.status_code == 200
    response = client.get(f"{API}/themes", HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert_error(response, 429, "throttled")
