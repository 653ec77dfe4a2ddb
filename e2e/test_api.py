"""The API's pages through the browser: the demo coordinator makes a personal API token (first
with a mistake), uses it against the live server, and revokes it; the documentation page.
Every page is checked with axe, for structure and for the Content-Security-Policy."""

import json
import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.e2e

COORDINATOR = "coordinator@example.org"  # coordinator of den-haag-leiden
TOKENS = "/mijn/api-sleutels/"


def _token_info(live_server, token):
    request = urllib.request.Request(  # noqa: S310 (our own live server)
        f"{live_server.url}/api/v1/token", headers={"Authorization": f"Bearer {token}"}
    )
    try:
        with urllib.request.urlopen(request) as response:  # noqa: S310 (our own live server)
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_make_use_and_revoke_a_token(demo, live_server, page_checks, login, submit):
    from werkplaats.api.models import ApiToken

    page = page_checks.page
    page_checks.visit("/api/v1/docs/")
    login(COORDINATOR)
    page_checks.visit("/mijn/")
    submit(page, page.locator(f"main a[href='{TOKENS}']"))
    page_checks.check("token list, empty")

    # Without a name: refused, nothing made.
    submit(page, page.locator("main form.werkplaats-form button[type=submit]"), status=400)
    page_checks.check("token form with its errors")
    assert not ApiToken.objects.exists()

    page.fill("#id_name", "Onze website")
    submit(page, page.locator("main form.werkplaats-form button[type=submit]"))
    page_checks.check("the new token, shown once")
    token = page.input_value("#new-token")
    assert token.startswith("wpt_")
    status, info = _token_info(live_server, token)
    assert (status, info["werkplaats"], info["may_manage"]) == (200, "den-haag-leiden", True)

    submit(page, page.locator("main table form button[type=submit]"))
    page_checks.check("token list after revoking")
    status, info = _token_info(live_server, token)
    assert (status, info["code"]) == (401, "token_revoked")
    page_checks.assert_all_passed()
