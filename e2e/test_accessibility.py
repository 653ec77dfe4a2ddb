"""Every page, for every role that can see it, in Dutch and in English: WCAG 2.1 AA by axe-core,
one h1, a language, a skip link and a <main>.

Each test walks through the pages of one role in one browser page and reports every page that
fails at the end, so that one run shows all that is wrong.
"""

import pytest
from django.core import mail

pytestmark = pytest.mark.e2e

COORDINATOR = "coordinator@example.org"  # coordinator of den-haag-leiden
MEMBER = "onderzoeker@example.org"  # researcher in den-haag-leiden
NATIONAL_ADMIN = "admin@example.org"

LANGUAGES = ["nl", "en"]
WERKPLAATS = "/werkplaatsen/den-haag-leiden/"
MANAGE = "/werkplaatsen/den-haag-leiden/beheer/"


@pytest.fixture
def start_in(page_checks, switch_language):
    """Open the first page and, for English, switch with the button in the header."""

    def start(language, path="/"):
        page_checks.visit(path)
        if language != "nl":
            switch_language(page_checks.page, language)
            page_checks.check(f"{path} after switching to {language}")

    return start


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_for_anonymous_visitor(demo, page_checks, start_in, language):
    page = page_checks.page
    start_in(language)
    page_checks.visit(WERKPLAATS)
    page_checks.visit("/werkplaatsen/noord-holland/")
    page_checks.visit("/partners/")
    page_checks.visit("/partners/?q=gemeente&soort=gemeente")
    page_checks.visit("/partners/?werkplaats=den-haag-leiden&rol=trekker")
    page_checks.visit("/partners/hogeschool-leiden/")
    page_checks.visit("/account/login/")
    page_checks.visit("/account/signup/")  # closed without an invitation
    page_checks.visit("/account/password/reset/")
    page_checks.visit("/account/password/reset/done/")
    page_checks.visit("/account/password/reset/key/0-nonsense/")  # a link that does not work
    page_checks.visit("/account/confirm-email/nonsense/")
    page_checks.visit("/uitnodiging/not-a-real-invitation/", status=404)

    # Forms shown again with their errors.
    page.goto(WERKPLAATS)
    with page.expect_navigation() as posted:
        page.locator(".werkplaats-contact button[type=submit]").click()
    assert posted.value.status == 400
    assert page.locator(".werkplaats-contact .utrecht-form-field--invalid").count() >= 1
    page_checks.check("contact form posted empty")

    page.goto("/account/login/")
    page.fill("#id_login", COORDINATOR)
    page.fill("#id_password", "not the password")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator("main .utrecht-alert--error").count() == 1
    page_checks.check("login with a wrong password")
    page_checks.assert_all_passed()


@pytest.mark.parametrize("language", LANGUAGES)
def test_password_reset_pages(demo, page_checks, start_in, link_in_mail, language):
    """The reset form, the mail, the page behind the link in it, and that form with errors."""
    page = page_checks.page
    start_in(language, "/account/password/reset/")
    page.fill("#id_email", MEMBER)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.url.endswith("/account/password/reset/done/")
    page_checks.check("password reset done")

    (message,) = mail.outbox
    page_checks.visit(link_in_mail(message, r"/account/password/reset/key/"))
    page.fill("#id_password1", "een-nieuw-wachtwoord-2026")
    page.fill("#id_password2", "een-ander-wachtwoord-2026")
    with page.expect_navigation():
        page.locator("main form button[name=action]").click()
    assert page.locator("main .utrecht-form-field--invalid").count() >= 1
    page_checks.check("new password that does not match")
    page_checks.assert_all_passed()


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_for_member(demo, page_checks, start_in, login, link_in_mail, visit, language):
    page = page_checks.page
    login(MEMBER)
    start_in(language, "/mijn/")
    page_checks.visit(WERKPLAATS)
    page_checks.visit("/account/password/change/")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator("main .utrecht-form-field--invalid").count() >= 1
    page_checks.check("password change posted empty")
    page_checks.visit("/account/email/")
    page_checks.visit("/account/logout/")
    # Members do not manage: the management pages do not exist for them.
    visit(page, MANAGE, status=404)

    # A second address: the confirmation link from the mail opens allauth's confirm page.
    page.goto("/account/email/")
    page.fill("#id_email", "olaf@example.org")
    with page.expect_navigation():
        page.locator("main form button[name=action_add]").click()
    page_checks.check("e-mail address added")
    (message,) = mail.outbox
    page_checks.visit(link_in_mail(message, r"/account/confirm-email/"))
    page_checks.assert_all_passed()


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_for_coordinator(demo, page_checks, start_in, login, language):
    from werkplaats.accounts.models import Membership
    from werkplaats.network.models import Partnership

    page = page_checks.page
    partnership = Partnership.objects.filter(werkplaats__slug="den-haag-leiden").first()
    membership = Membership.objects.get(user__email=MEMBER, werkplaats__slug="den-haag-leiden")
    login(COORDINATOR)
    start_in(language, "/mijn/")
    page_checks.visit(MANAGE)
    page_checks.visit(f"{MANAGE}gegevens/")
    page_checks.visit(f"{MANAGE}partners/")
    page_checks.visit(f"{MANAGE}partners/nieuw/")
    page_checks.visit(f"{MANAGE}partners/{partnership.pk}/")
    page_checks.visit(f"{MANAGE}partners/{partnership.pk}/verwijderen/")
    page_checks.visit(f"{MANAGE}organisaties/nieuw/")
    page_checks.visit(f"{MANAGE}leden/")
    page_checks.visit(f"{MANAGE}leden/{membership.pk}/verwijderen/")
    page_checks.visit(f"{MANAGE}berichten/")

    # The invitation form posted empty, and a sent invitation in the list.
    page.goto(f"{MANAGE}leden/")
    with page.expect_navigation() as posted:
        page.locator("main form.werkplaats-form button[type=submit]").click()
    assert posted.value.status == 400
    assert page.locator("main .utrecht-form-field--invalid").count() >= 1
    page_checks.check("invitation form posted empty")
    page.fill("#id_email", "nieuw@example.org")
    page.select_option("#id_role", "researcher")
    with page.expect_navigation():
        page.locator("main form.werkplaats-form button[type=submit]").click()
    assert page.locator("main li", has_text="nieuw@example.org").count() == 1
    page_checks.check("members page with an open invitation")

    # The details form with an error in it.
    page.goto(f"{MANAGE}gegevens/")
    page.fill("#id_name", "")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator("main .utrecht-form-field--invalid").count() >= 1
    page_checks.check("details form with an empty name")
    page_checks.assert_all_passed()


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_for_national_admin(demo, page_checks, start_in, login, language):
    login(NATIONAL_ADMIN)
    start_in(language, "/mijn/")
    page_checks.visit("/")
    page_checks.visit("/werkplaatsen/noord-holland/beheer/")
    page_checks.visit("/werkplaatsen/noord-holland/beheer/leden/")
    page_checks.visit("/werkplaatsen/den-haag-leiden/beheer/partners/")
    page_checks.assert_all_passed()
