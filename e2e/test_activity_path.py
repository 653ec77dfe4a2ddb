"""Registering for a full activity and moving up from the waiting list, through the browser.

Two people register for a kenniscafé with one place: the first gets it, the second lands on
the waiting list. Both receive a confirmation. The first cancels with the personal link from
her e-mail, without an account; the second is moved up at once and mailed. Every page on the
way is checked with axe (``check_page``).

Mail is sent at once (tasks run immediately under pytest, and the live server runs in this
process), so ``mail.outbox`` holds it when the page is back.
"""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

pytestmark = pytest.mark.e2e

SLUG = "den-haag-leiden"
FIRST = ("Anna de Boer", "anna.deboer@example.org")
SECOND = ("Bram Visser", "bram.visser@example.org")


def register(page, visit, check_page, submit, url, name, email):
    visit(page, url)
    check_page(page)
    form = page.locator("main form[action$='/aanmelden/']")
    form.locator("#id_name").fill(name)
    form.locator("#id_email").fill(email)
    form.locator("#id_organisation").fill("Wijkteam Leiden-Noord")
    form.locator("#id_role").select_option("professional")
    submit(page, form.locator("button[type=submit]"))
    check_page(page)


def test_register_cancel_and_move_up_from_the_waiting_list(
    demo, new_context, visit, check_page, link_in_mail, submit
):
    from werkplaats.activities.models import Activity, Registration
    from werkplaats.activities.services import activity_save
    from werkplaats.network.models import Werkplaats

    start = (timezone.localtime() + timedelta(days=20)).replace(
        hour=15, minute=0, second=0, microsecond=0
    )
    activity = activity_save(
        actor=None,
        activity=Activity(
            werkplaats=Werkplaats.objects.get(slug=SLUG),
            title="Kenniscafé over schulden en stress",
            kind=Activity.Kind.KENNISCAFE,
            start=start,
            end=start + timedelta(hours=2),
            location_name="Bibliotheek Leiden",
            address="Nieuwstraat 4, Leiden",
            online_url="https://meet.example.org/kenniscafe-schulden",
            capacity=1,
        ),
    )
    url = activity.get_absolute_url()
    del mail.outbox[:]  # the demo holds its mail back; whatever is here is not this test's

    # 1. The first person registers and gets the place. ---------------------------------------
    first = new_context().new_page()
    register(first, visit, check_page, submit, url, *FIRST)
    anna = Registration.objects.get(activity=activity, email=FIRST[1])
    assert anna.state == Registration.State.REGISTERED
    # Her personal page shows the online link: she has a place.
    assert first.locator("main").get_by_text(activity.online_url).count() >= 1
    (confirmation,) = mail.outbox
    assert confirmation.to == [FIRST[1]]
    assert activity.title in confirmation.body
    personal = link_in_mail(confirmation, r"^/aanmelding/")

    # 2. The second person finds the activity full and lands on the waiting list. ------------
    second = new_context().new_page()
    register(second, visit, check_page, submit, url, *SECOND)
    bram = Registration.objects.get(activity=activity, email=SECOND[1])
    assert bram.state == Registration.State.WAITING
    assert second.locator("main").get_by_text(activity.online_url).count() == 0
    assert [message.to for message in mail.outbox] == [[FIRST[1]], [SECOND[1]]]
    del mail.outbox[:]

    # 3. The first person cancels with the link from her e-mail, in a fresh browser. -----------
    canceller = new_context().new_page()
    visit(canceller, personal)
    check_page(canceller)
    cancel_form = canceller.locator("main form[action$='/annuleren/']")
    submit(canceller, cancel_form.locator("button[type=submit]"))
    check_page(canceller)
    if canceller.locator("main form[action$='/annuleren/']").count():
        # A separate confirmation step: confirm once more.
        submit(canceller, canceller.locator("main form[action$='/annuleren/'] button[type=submit]"))
        check_page(canceller)
    anna.refresh_from_db()
    assert anna.state == Registration.State.CANCELLED

    # 4. The second person has moved up and is told by e-mail. --------------------------------
    bram.refresh_from_db()
    assert bram.state == Registration.State.REGISTERED
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == sorted([FIRST[1], SECOND[1]])
    (promoted,) = [message for message in mail.outbox if message.to == [SECOND[1]]]
    assert activity.title in promoted.body
    # His personal page now shows the online link.
    visit(second, link_in_mail(promoted, r"^/aanmelding/"))
    check_page(second)
    assert second.locator("main").get_by_text(activity.online_url).count() >= 1

    # The used link cannot cancel twice: the page says it is cancelled, nothing changes.
    visit(canceller, personal)
    assert canceller.locator("main form[action$='/annuleren/']").count() == 0
    assert Registration.objects.filter(activity=activity, state="registered").count() == 1
