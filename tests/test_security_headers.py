import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.accounts.factories import PASSWORD
from tests.pages.factories import ContactMessageFactory
from werkplaats.pages.models import ContactMessage

PAGES = ["/", "/partners/", "/werkplaatsen/werkplaats-a/", "/account/login/"]


def csp_directives(response) -> dict[str, list[str]]:
    policy = response.headers["Content-Security-Policy"]
    directives = {}
    for part in policy.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.parametrize("path", PAGES)
def test_pages_carry_a_strict_content_security_policy(client_for, werkplaats_a, path):
    response = client_for(None).get(path)

    assert response.status_code == 200
    directives = csp_directives(response)
    script_src = directives.get("script-src", directives["default-src"])
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_carry_the_other_security_headers(client_for, werkplaats_a, path):
    response = client_for(None).get(path)

    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"


def test_management_pages_carry_the_headers_too(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).get(f"/werkplaatsen/{werkplaats_a.slug}/beheer/")

    assert "'unsafe-inline'" not in csp_directives(response).get("script-src", [])
    assert response.headers["X-Frame-Options"] == "DENY"


def test_pages_have_no_inline_script(client_for, coordinator_a, werkplaats_a):
    for path in [*PAGES, "/mijn/", f"/werkplaatsen/{werkplaats_a.slug}/beheer/leden/"]:
        content = client_for(coordinator_a).get(path).content.decode()
        assert "<script>" not in content
        assert " onclick=" not in content


def test_a_post_without_csrf_token_is_refused(werkplaats_a):
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        reverse("pages:contact", kwargs={"slug": werkplaats_a.slug}),
        {"name": "Bot", "email": "bot@example.net", "message": "Hallo"},
    )

    assert response.status_code == 403
    assert not ContactMessage.objects.exists()


def test_a_management_post_without_csrf_token_is_refused(coordinator_a, member_a, werkplaats_a):
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator_a)
    membership = member_a.memberships.get()

    response = client.post(
        reverse("accounts:remove_member", kwargs={"slug": werkplaats_a.slug, "pk": membership.pk})
    )

    assert response.status_code == 403
    assert member_a.memberships.exists()


def test_a_post_with_the_csrf_token_of_the_page_is_accepted(werkplaats_a):
    client = Client(enforce_csrf_checks=True)
    client.get(werkplaats_a.get_absolute_url())
    token = client.cookies[settings.CSRF_COOKIE_NAME].value

    response = client.post(
        reverse("pages:contact", kwargs={"slug": werkplaats_a.slug}),
        {
            "csrfmiddlewaretoken": token,
            "name": "Fatima",
            "email": "fatima@example.net",
            "message": "Hallo",
        },
    )

    assert response.status_code == 302
    assert ContactMessage.objects.count() == 1


def test_session_and_csrf_cookies_are_not_readable_by_scripts(client_for, werkplaats_a):
    client = Client()
    client.get(werkplaats_a.get_absolute_url())

    assert client.cookies[settings.CSRF_COOKIE_NAME]["httponly"]
    assert settings.SESSION_COOKIE_HTTPONLY


def test_messages_are_escaped_on_the_management_page(client_for, coordinator_a, werkplaats_a):
    ContactMessageFactory(werkplaats=werkplaats_a, message='<img src=x onerror="alert(1)">')

    response = client_for(coordinator_a).get(
        reverse("network:manage_messages", kwargs={"slug": werkplaats_a.slug})
    )

    assert '<img src=x onerror="alert(1)">' not in response.content.decode()


# django-axes


def login(client, email, password):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_axes_is_on_in_tests():
    assert settings.AXES_ENABLED


def test_correct_login_works(member_a, verified):
    client = Client()

    response = login(client, member_a.email, PASSWORD)

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == member_a.pk


def test_repeated_failed_logins_lock_the_account_out(member_a, verified):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = login(client, member_a.email, "fout-wachtwoord")
        assert response.status_code == 200  # the form again, with an error

    locked = login(client, member_a.email, "fout-wachtwoord")
    assert locked.status_code == 429
    assert "accounts/locked_out.html" in [t.name for t in locked.templates]

    # Even the right password does not get in now.
    response = login(client, member_a.email, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_also_stops_guessing_other_accounts_from_the_same_address(
    member_a, coordinator_a, verified
):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, member_a.email, "fout-wachtwoord")

    response = login(client, coordinator_a.email, PASSWORD)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_fewer_failures_than_the_limit_do_not_lock_out(member_a, verified):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, member_a.email, "fout-wachtwoord")

    response = login(client, member_a.email, PASSWORD)

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == member_a.pk


@pytest.fixture
def verified(member_a, coordinator_a):
    """allauth lets only people with a verified address log in."""
    from allauth.account.models import EmailAddress

    for user in (member_a, coordinator_a):
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
