"""Personal API tokens: the page where people make and revoke them, and using them."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.api.conftest import API, bearer
from tests.helpers import form_errors
from werkplaats.api import services
from werkplaats.api.models import ApiToken, hash_secret
from werkplaats.audit.models import AuditEntry

pytestmark = pytest.mark.django_db
TOKENS = reverse("api:tokens")


def test_anonymous_is_sent_to_login(client_for):
    response = client_for(None).get(TOKENS)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_making_a_token_shows_it_once_and_stores_only_a_hash(client_for, member_a, werkplaats_a):
    client = client_for(member_a)
    response = client.post(TOKENS, {"name": "Onze website", "werkplaats": werkplaats_a.pk})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    plain = response.context["created"].plain
    assert plain in response.content.decode()
    token = ApiToken.objects.get(user=member_a)
    prefix, secret = services.split_token(plain)
    assert token.prefix == prefix
    assert token.secret_hash == hash_secret(secret)
    assert secret not in token.secret_hash
    assert AuditEntry.objects.filter(action="api_token.create", object_id=str(token.pk)).exists()
    # Never again: the list shows the prefix only.
    again = client.get(TOKENS).content.decode()
    assert token.display_prefix in again
    assert plain not in again


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": "", "werkplaats": "A"}, "name"),
        ({"name": "x" * 101, "werkplaats": "A"}, "name"),
        ({"name": "Script", "werkplaats": "B"}, "werkplaats"),
        ({"name": "Script", "werkplaats": "A", "expires_on": "2000-01-01"}, "expires_on"),
        ({"name": "Script", "werkplaats": "A", "expires_on": "morgen"}, "expires_on"),
    ],
)
def test_bad_input_is_400_and_makes_nothing(
    client_for, member_a, werkplaats_a, werkplaats_b, data, field
):
    data = dict(data, werkplaats={"A": werkplaats_a.pk, "B": werkplaats_b.pk}[data["werkplaats"]])
    response = client_for(member_a).post(TOKENS, data)
    assert response.status_code == 400
    assert field in form_errors(response)
    assert not ApiToken.objects.exists()


def test_revoking(client_for, member_a, werkplaats_a, token_for):
    plain = token_for(member_a, werkplaats_a)
    token = ApiToken.objects.get()
    client = client_for(member_a)
    response = client.post(reverse("api:token_revoke", args=[token.pk]))
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    answer = client.get(f"{API}/token", **bearer(plain))
    assert answer.status_code == 401
    assert answer.json()["code"] == "token_revoked"


def test_nobody_revokes_another_persons_token(client_for, member_a, coordinator_a, werkplaats_a):
    services.token_create(user=member_a, werkplaats=werkplaats_a, name="Van A")
    token = ApiToken.objects.get()
    response = client_for(coordinator_a).post(reverse("api:token_revoke", args=[token.pk]))
    assert response.status_code == 404
    assert client_for(member_a).get(reverse("api:token_revoke", args=[token.pk])).status_code == 405
    token.refresh_from_db()
    assert token.revoked_at is None


def test_no_token_for_a_werkplaats_one_is_not_a_member_of(member_a, werkplaats_b):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.token_create(user=member_a, werkplaats=werkplaats_b, name="Niet van mij")


def test_national_admin_may_make_a_token_for_any_werkplaats(national_admin, werkplaats_b):
    assert services.token_create(user=national_admin, werkplaats=werkplaats_b, name="Beheer")


def test_token_info_and_last_used(client, member_a, werkplaats_a, token_for):
    plain = token_for(member_a, werkplaats_a)
    response = client.get(f"{API}/token", **bearer(plain))
    assert response.status_code == 200
    assert response.json() | {"prefix": None} == {
        "name": "Script",
        "prefix": None,
        "werkplaats": "werkplaats-a",
        "role": "researcher",
        "national_admin": False,
        "may_write_publications": True,
        "may_publish": True,
        "may_manage": False,
        "expires_at": None,
    }
    assert ApiToken.objects.get().last_used is not None


@pytest.mark.parametrize(
    ("header", "code"),
    [
        (None, "not_authenticated"),
        ("Bearer wpt_abc_def", "token_invalid"),
        ("Bearer iets-anders", "token_invalid"),
        # PostgreSQL refuses a NUL in a text it compares: a 500 unless the shape is checked.
        ("Bearer wpt_ab\x00cd_ef", "token_invalid"),
        ("Token wpt_abc_def", "bad_scheme"),
        ("Basic dXNlcjpwYXNz", "bad_scheme"),
    ],
)
def test_missing_or_unknown_token_is_401_with_reason(client, header, code):
    extra = {"HTTP_AUTHORIZATION": header} if header else {}
    response = client.get(f"{API}/token", **extra)
    assert response.status_code == 401
    assert response.json()["code"] == code
    assert response.json()["detail"]
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_wrong_secret_with_a_real_prefix_is_refused(client, member_a, werkplaats_a, token_for):
    plain = token_for(member_a, werkplaats_a)
    prefix, _secret = services.split_token(plain)
    response = client.get(f"{API}/token", **bearer(f"wpt_{prefix}_verkeerd"))
    assert response.status_code == 401
    assert response.json()["code"] == "token_invalid"


def test_expired_token_is_401(client, member_a, werkplaats_a, token_for):
    plain = token_for(member_a, werkplaats_a, expires_at=timezone.now() + timedelta(days=1))
    ApiToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    response = client.get(f"{API}/token", **bearer(plain))
    assert response.status_code == 401
    assert response.json()["code"] == "token_expired"


def test_token_of_an_inactive_account_is_401(client, member_a, werkplaats_a, token_for):
    plain = token_for(member_a, werkplaats_a)
    member_a.is_active = False
    member_a.save()
    assert client.get(f"{API}/token", **bearer(plain)).json()["code"] == "user_inactive"


def test_rights_follow_the_role_at_the_moment_of_use(client, member_a, werkplaats_a, token_for):
    plain = token_for(member_a, werkplaats_a)
    assert client.get(f"{API}/token", **bearer(plain)).json()["may_manage"] is False
    member_a.memberships.update(role="coordinator")
    assert client.get(f"{API}/token", **bearer(plain)).json()["may_manage"] is True
    member_a.memberships.all().delete()
    info = client.get(f"{API}/token", **bearer(plain)).json()
    assert info["role"] is None
    assert info["may_write_publications"] is False
