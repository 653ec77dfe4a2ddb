"""Logging in through allauth's form, and a coordinator who reaches for another werkplaats."""

import pytest
from django.utils import translation

pytestmark = pytest.mark.e2e

COORDINATOR = "coordinator@example.org"  # coordinator of den-haag-leiden
COORDINATOR_NH = "coordinator-nh@example.org"  # coordinator of noord-holland


def test_login_with_the_form_leads_to_my_werkplaats(demo, page, login_with_form, check_page):
    login_with_form(page, COORDINATOR, demo.password)

    assert page.url.endswith("/mijn/")
    with translation.override("nl"):
        assert page.locator("h1").inner_text() == translation.gettext("My werkplaats")
        log_out = translation.gettext("Log out")
    assert page.locator("header button", has_text=log_out).count() == 1
    check_page(page)


def test_coordinator_of_other_werkplaats_gets_404_on_management_pages(
    demo, page, login_with_form, visit
):
    login_with_form(page, COORDINATOR_NH, demo.password)
    assert page.url.endswith("/mijn/")

    visit(page, "/werkplaatsen/den-haag-leiden/beheer/", status=404)
    visit(page, "/werkplaatsen/den-haag-leiden/beheer/leden/", status=404)
    visit(page, "/werkplaatsen/noord-holland/beheer/", status=200)


def test_not_found_page_has_the_site_layout(demo, page, visit, check_page):
    visit(page, "/werkplaatsen/bestaat-niet/", status=404)
    check_page(page)
