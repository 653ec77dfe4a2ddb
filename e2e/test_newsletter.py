"""Subscribing to the newsletter through the browser, with the demo werkplaatsen.

A visitor follows the newsletter link on the page of Den Haag & Leiden, first forgets to
write a valid address, then subscribes; the confirmation e-mail's link (from ``mail.outbox``:
tasks run at once under pytest, in this process) leads to a page with one button that
confirms. On the personal page she changes how often she gets it, and then unsubscribes with
the link from the e-mail. Every page on the way is checked with axe, for structure and for
the Content-Security-Policy (``page_checks``).
"""

import pytest
from django.core import mail

pytestmark = pytest.mark.e2e

DHL = "den-haag-leiden"
EMAIL = "lezer@example.org"


def test_subscribe_confirm_change_and_unsubscribe(demo, page_checks, submit, link_in_mail):
    from werkplaats.newsletter.models import Subscription

    page = page_checks.page
    main = page.locator("main")

    # 1. From the werkplaats page to the form, which has the werkplaats chosen already.
    page_checks.visit(f"/werkplaatsen/{DHL}/")
    submit(page, main.locator(f"a[href='/werkplaatsen/{DHL}/nieuwsbrief/']"))
    page_checks.check("the form of a werkplaats")
    assert page.locator("#id_werkplaats").input_value() == DHL

    # 2. A mistake first: the form comes back with the field marked, and nothing is stored.
    form = main.locator("form.werkplaats-form")
    page.fill("#id_email", "lezer@")
    submit(page, form.locator("button[type=submit]"), status=400)
    page_checks.check("the form with its errors")
    assert main.locator(".utrecht-form-field--invalid #id_email").count() == 1
    assert not Subscription.objects.exists()
    assert mail.outbox == []

    # 3. Right: monthly, on one theme, and the page says to look in the mailbox.
    page.fill("#id_email", EMAIL)
    main.locator("input[name=themes]").first.check()
    main.locator("input[name=frequency][value=monthly]").check()
    submit(page, form.locator("button[type=submit]"))
    page_checks.check("check your e-mail")
    subscription = Subscription.objects.get(email=EMAIL)
    assert subscription.confirmed is None
    (message,) = mail.outbox
    assert message.to == [EMAIL]

    # 4. The link in the e-mail shows a button; only pressing it confirms.
    page_checks.visit(link_in_mail(message, r"/bevestigen/$"))
    subscription.refresh_from_db()
    assert subscription.confirmed is None
    submit(page, main.locator("form button[type=submit]"))
    page_checks.check("the personal page after confirming")
    subscription.refresh_from_db()
    assert subscription.confirmed is not None

    # 5. The personal page: weekly instead of monthly.
    main.locator("input[name=frequency][value=weekly]").check()
    submit(page, main.locator("form.werkplaats-form button[type=submit]"))
    page_checks.check("the personal page after a change")
    subscription.refresh_from_db()
    assert subscription.frequency == "weekly"
    assert subscription.werkplaats.slug == DHL

    # 6. Unsubscribe with the link from the e-mail: a page with one button, then gone.
    page_checks.visit(link_in_mail(message, r"/afmelden/$"))
    assert Subscription.objects.filter(pk=subscription.pk).exists()
    submit(page, main.locator("form button[type=submit]"))
    page_checks.check("unsubscribed")
    assert not Subscription.objects.filter(pk=subscription.pk).exists()

    # 7. The form on its own, and a broken link.
    page_checks.visit("/nieuwsbrief/")
    page_checks.visit("/nieuwsbrief/kapot/", status=404)
    page_checks.assert_all_passed()
