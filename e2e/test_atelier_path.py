"""The whole path of a member of a learning atelier, through the browser: someone asks to join,
the lead (trekker) accepts with a message, the new member writes a logbook entry with a guest
and an attachment, the lead moves the atelier to the next phase, and the public page shows the
new phase, but not the private entry or the guest's name. Each page on the way is checked
with axe (``check_page``).

One test, with a browser context per person. Mail is sent at once (tasks run immediately under
pytest, and the live server runs in this process), so ``mail.outbox`` holds it when the page is
back.
"""

import pytest
from django.core import mail
from django.utils import translation

pytestmark = pytest.mark.e2e

SLUG = "den-haag-leiden"
ATELIER = "leergemeenschap-kenniscoproductie"  # active, in phase "verzamelen"
LEAD = "onderzoeker@example.org"  # the trekker of ATELIER
JOINER = "student@example.org"  # in den-haag-leiden, not (yet) in ATELIER
PENDING = "Dirk Docent"  # the demo's open request on ATELIER, which stays open here

MOTIVATION = "Ik wil leren hoe je samen met bewoners en professionals kennis maakt."
WELCOME = "Welkom! We zien je graag bij het volgende kenniscafé."
ENTRY_TITLE = "Tweede kenniscafé: wat werkte en wat niet"
ENTRY_TEXT = "We spraken in kleine tafels. Bewoners kwamen meer aan het woord dan de eerste keer."
GUEST = "Fatima"
PDF_NAME = "verslag-kenniscafe.pdf"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ACCOUNT = "We hebben genoeg werkvormen verzameld en gaan ze nu samen verdiepen."


def nl(message):
    with translation.override("nl"):
        return translation.gettext(message)


def test_atelier_from_joining_to_the_next_phase(
    demo, new_context, login, visit, check_page, submit
):
    from werkplaats.ateliers.models import Atelier, AtelierMember, LogEntry, Phase

    atelier = Atelier.objects.get(werkplaats__slug=SLUG, slug=ATELIER)
    assert atelier.phase == Phase.COLLECT
    url = atelier.get_absolute_url()
    del mail.outbox[:]  # the demo holds its mail back; whatever is here is not this test's

    # 1. A member of the werkplaats asks to join, with the form on the atelier's page. -------
    joiner = new_context().new_page()
    login(JOINER, joiner.context)
    visit(joiner, url)
    check_page(joiner)
    join_form = joiner.locator("main form[action$='/aanmelden/']")
    join_form.locator("#id_role").select_option("student")
    join_form.locator("#id_motivation").fill(MOTIVATION)
    submit(joiner, join_form.locator("button[type=submit]"))
    assert joiner.url.endswith(url)
    assert joiner.locator("main .utrecht-alert--ok").count() == 1
    assert joiner.locator("main form[action$='/aanmelden/']").count() == 0
    assert (
        joiner.locator("section[aria-labelledby=logbook]")
        .get_by_text(nl("Write in the logbook"))
        .count()
        == 0
    )
    check_page(joiner)
    request = AtelierMember.objects.get(atelier=atelier, user__email=JOINER)
    assert request.state == AtelierMember.State.REQUESTED

    # The leads and the werkplaats's mailbox hear of it.
    (notice,) = mail.outbox
    del mail.outbox[:]
    assert sorted(notice.to) == sorted([LEAD, atelier.werkplaats.contact_email])
    assert MOTIVATION in notice.body

    # 2. The lead accepts, with a message; the new member gets it by e-mail. -----------------
    lead = new_context().new_page()
    login(LEAD, lead.context)
    visit(lead, url)
    check_page(lead)
    requests = lead.locator(
        "main .werkplaats-card", has=lead.locator("form[action*='/aanmeldingen/']")
    )
    assert requests.count() == 2  # the demo's open request and this one
    assert requests.filter(has_text=PENDING).count() == 1
    card = requests.filter(has_text=demo_name(JOINER))
    assert MOTIVATION in card.inner_text()
    card.locator(f"#request-{request.pk}-accept").check()
    card.locator(f"#request-{request.pk}-message").fill(WELCOME)
    submit(lead, card.locator("button[type=submit]"))
    assert lead.url.endswith(url)
    assert lead.locator("main .utrecht-alert--ok").count() == 1
    assert lead.locator("main form[action*='/aanmeldingen/']").count() == 1  # only the docent
    check_page(lead)
    request.refresh_from_db()
    assert request.state == AtelierMember.State.ACCEPTED

    (decision,) = mail.outbox
    del mail.outbox[:]
    assert decision.to == [JOINER]
    assert WELCOME in decision.body
    assert url in decision.body

    # 3. The new member writes a private logbook entry, with a guest and an attachment. -------
    visit(joiner, url)
    check_page(joiner)
    submit(
        joiner,
        joiner.locator("section[aria-labelledby=logbook]").get_by_role(
            "link", name=nl("Write in the logbook")
        ),
    )
    assert joiner.url.endswith(f"{url}logboek/nieuw/")
    check_page(joiner)
    form = joiner.locator("main form.werkplaats-form")
    form.locator("#id_kind").select_option(LogEntry.Kind.SESSION)
    form.locator("#id_title").fill(ENTRY_TITLE)
    form.locator("#id_text").fill(ENTRY_TEXT)
    form.locator("#id_guests").fill(GUEST)
    form.locator("#id_attachments").set_input_files(
        {"name": PDF_NAME, "mimeType": "application/pdf", "buffer": PDF}
    )
    assert not form.locator("#id_public").is_checked()  # members only, unless one says so
    submit(joiner, form.locator("button[type=submit]"))
    assert joiner.url.endswith(f"{url}#logbook")
    assert joiner.locator("main .utrecht-alert--ok").count() == 1
    entry = LogEntry.objects.get(atelier=atelier, title=ENTRY_TITLE)
    assert not entry.public
    assert list(entry.guests.values_list("name", flat=True)) == [GUEST]
    (attachment,) = entry.attachments.all()
    assert attachment.original_name == PDF_NAME
    article = joiner.locator(f"article[aria-labelledby='entry-{entry.pk}']")
    assert article.locator("h3").inner_text() == ENTRY_TITLE
    assert GUEST in article.inner_text()
    assert article.get_by_role("link", name=PDF_NAME).count() == 1
    check_page(joiner)
    # The member can download it.
    download = joiner.request.get(article.get_by_role("link", name=PDF_NAME).get_attribute("href"))
    assert download.status == 200
    assert download.body() == PDF
    assert not mail.outbox

    # 4. The lead moves the atelier to the next phase, with an account. ----------------------
    visit(lead, url)
    assert lead.locator(f"article[aria-labelledby='entry-{entry.pk}']").count() == 1
    phase_form = lead.locator("main form[action*='/fase/']")
    phase_form.locator("#id_phase").select_option(Phase.DEEPEN)
    phase_form.locator("#id_account").fill(ACCOUNT)
    submit(lead, phase_form.locator("button[type=submit]"))
    assert lead.url.endswith(f"{url}#phase")
    assert lead.locator("main .utrecht-alert--ok").count() == 1
    check_page(lead)
    atelier.refresh_from_db()
    assert atelier.phase == Phase.DEEPEN

    # 5. An anonymous visitor sees the new phase, and nothing of the private entry. ----------
    visitor = new_context().new_page()
    visit(visitor, url)
    check_page(visitor)
    current = visitor.locator("section[aria-labelledby=phase] li[aria-current=step]")
    assert current.count() == 1
    assert current.locator("strong").inner_text() == nl("deepening").capitalize()
    assert visitor.locator("main").get_by_text(ACCOUNT).count() == 1
    content = visitor.content()
    assert ENTRY_TITLE not in content
    assert ENTRY_TEXT not in content
    assert GUEST not in content
    assert PDF_NAME not in content
    # Nor can the attachment be fetched without being a member.
    visit(visitor, f"{url}bijlagen/{attachment.pk}/", status=404)
    # The overview shows the new phase too.
    visit(visitor, f"/werkplaatsen/{SLUG}/leerateliers/")
    check_page(visitor)
    card = visitor.locator("main li.werkplaats-card", has_text=atelier.title)
    assert card.locator("li[aria-current=step] strong").inner_text() == (
        nl("deepening").capitalize()
    )
    assert not mail.outbox


def demo_name(email):
    from werkplaats.accounts.models import User

    return User.objects.get(email=email).name
