"""The API's own pages for each role, as the central access matrix lists them."""

import pytest
from django.urls import reverse

from tests.conftest import ROLES
from werkplaats.api import services

pytestmark = pytest.mark.django_db


def expected(url_name, method, role):
    table = {
        ("tokens", "GET"): 302 if role == "anonymous" else 200,
        ("tokens", "POST"): 302 if role == "anonymous" else 400,
        ("token_revoke", "GET"): 302 if role == "anonymous" else 405,
        ("token_revoke", "POST"): {"anonymous": 302, "member_a": 302}.get(role, 404),
        ("docs", "GET"): 200,
        ("docs", "POST"): 405,
        ("not_found", "GET"): 404,
        ("not_found", "POST"): 404,
        ("not_found_root", "GET"): 404,
        ("not_found_root", "POST"): 404,
        ("api-v1:api-root", "GET"): 200,
        ("api-v1:api-root", "POST"): 405,
    }
    return table[(url_name, method)]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize(
    "url_name",
    ["tokens", "token_revoke", "docs", "not_found", "not_found_root", "api-v1:api-root"],
)
def test_who_gets_what(role, method, url_name, role_users, client_for, member_a, werkplaats_a):
    token = services.token_create(user=member_a, werkplaats=werkplaats_a, name="Van A").token
    kwargs = {"token_revoke": {"pk": token.pk}, "not_found": {"rest": "v1/niets"}}
    url = reverse(f"api:{url_name}", kwargs=kwargs.get(url_name))
    client = client_for(role_users[role])
    response = client.get(url) if method == "GET" else client.post(url, {"x": "1"})
    assert response.status_code == expected(url_name, method, role)
