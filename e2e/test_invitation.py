"""The invitation flow: a coordinator invites a new address, the person signs up through the
link in the mail and lands in "Mijn werkplaats" as a member; the link works only once."""

import pytest
from django.core import mail
from django.utils import translation

pytestmark = pytest.mark.e2e

COORDINATOR = "coordinator@example.org"  # coordinator of den-haag-leiden
NEW_PERSON = "nieuw.lid@example.org"


def test_invited_person_signs_up_and_becomes_member(
    demo, page, new_context, login_with_form, link_in_mail, visit, check_page
):
    from werkplaats.accounts.models import Membership, Role

    # The coordinator invites someone on the members page.
    login_with_form(page, COORDINATOR, demo.password)
    visit(page, "/werkplaatsen/den-haag-leiden/beheer/leden/")
    invite = page.locator("main form.werkplaats-form")
    invite.locator("#id_email").fill(NEW_PERSON)
    invite.locator("#id_role").select_option(Role.RESEARCHER)
    with page.expect_navigation():
        invite.locator("button[type=submit]").click()
    with translation.override("nl"):
        sent = translation.gettext("An invitation has been sent to %(email)s.")
    assert page.locator("main .utrecht-alert--ok").inner_text() == sent % {"email": NEW_PERSON}
    assert page.locator("main", has_text=NEW_PERSON).count() == 1

    # The mail went out at once (tasks run immediately under pytest).
    (message,) = mail.outbox
    assert message.to == [NEW_PERSON]
    link = link_in_mail(message, r"^/uitnodiging/[^/]+/$")

    # The invited person opens the link in their own browser and signs up.
    invited = new_context().new_page()
    visit(invited, link, status=200)  # after the redirect to the sign-up form
    assert "/account/signup/" in invited.url
    check_page(invited)
    email = invited.locator("#id_email")
    if not email.input_value():
        email.fill(NEW_PERSON)
    assert email.input_value() == NEW_PERSON
    invited.locator("#id_name").fill("Nina Nieuw")
    invited.locator("#id_password1").fill("een-goed-wachtwoord-2026")
    invited.locator("#id_password2").fill("een-goed-wachtwoord-2026")
    with invited.expect_navigation():
        invited.locator("main form button[type=submit]").click()

    assert invited.url.endswith("/mijn/")
    assert invited.locator("main", has_text="Nina Nieuw").count() == 1
    check_page(invited)
    membership = Membership.objects.get(user__email=NEW_PERSON)
    assert membership.werkplaats.slug == "den-haag-leiden"
    assert membership.role == Role.RESEARCHER

    # The link works once: opened again it says it has been used.
    visit(invited, link, status=410)
    with translation.override("nl"):
        used = translation.gettext(
            "This invitation has already been used. Log in with your e-mail address."
        )
    assert invited.locator("main .utrecht-alert--warning").inner_text() == used
    check_page(invited)
