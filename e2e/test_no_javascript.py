"""Every page works without JavaScript: the contact form and logging in, with scripts off."""

import pytest
from django.utils import translation

pytestmark = pytest.mark.e2e


@pytest.fixture
def page_without_javascript(new_context):
    return new_context(java_script_enabled=False).new_page()


def test_contact_form_without_javascript(demo, page_without_javascript, visit):
    page = page_without_javascript
    visit(page, "/werkplaatsen/den-haag-leiden/")
    contact = page.locator(".werkplaats-contact")
    contact.locator("#id_name").fill("Bea Bewoner")
    contact.locator("#id_email").fill("bea@example.org")
    contact.locator("#id_subject").fill("Vraag over de leerateliers")
    contact.locator("#id_message").fill("Kan ik als bewoner meedoen aan een leeratelier?")
    with page.expect_navigation():
        contact.locator("button[type=submit]").click()

    from werkplaats.pages.models import ContactMessage

    assert page.url.endswith("/werkplaatsen/den-haag-leiden/#contact")
    with translation.override("nl"):
        thanks = translation.gettext("Thank you for your message. We will answer you by e-mail.")
    assert page.locator("main .werkplaats-messages .utrecht-alert--ok").inner_text() == thanks
    message = ContactMessage.objects.get()
    assert message.name == "Bea Bewoner"
    assert message.werkplaats.slug == "den-haag-leiden"


def test_login_without_javascript(demo, page_without_javascript, login_with_form):
    page = page_without_javascript
    login_with_form(page, "onderzoeker@example.org", demo.password)

    assert page.url.endswith("/mijn/")
    assert page.locator("h1").count() == 1
    assert page.locator("header form[action='/account/logout/'] button").count() == 1
