"""The whole path of a question from practice, through the browser: a resident brings it in,
the coordinator takes it up, a researcher writes and publishes a reflection, the coordinator
places it on the knowledge agenda, and it shows on the public agenda page. The asker gets an
e-mail at every step; each page on the way is checked with axe.

One test, with a browser context per person: the resident (anonymous), the coordinator and
the researcher of den-haag-leiden. Mail is sent at once (tasks run immediately under pytest,
and the live server runs in this process), so ``mail.outbox`` holds it when the page is back.
"""

import pytest
from django.core import mail
from django.utils import translation

pytestmark = pytest.mark.e2e

SLUG = "den-haag-leiden"
WERKPLAATS = f"/werkplaatsen/{SLUG}/"
COORDINATOR = "coordinator@example.org"  # coordinator of den-haag-leiden
RESEARCHER = "onderzoeker@example.org"  # researcher in den-haag-leiden
AGENDA_THEME = "Eenzaamheid en contact in de wijk"  # a theme of the demo agenda

ASKER_NAME = "Rosa Buurvrouw"
ASKER_EMAIL = "rosa.buurvrouw@example.org"
TITLE = "Hoe bereiken we eenzame ouderen in onze flat die nooit naar buiten komen?"
SITUATION = (
    "In onze flat wonen veel ouderen alleen. Sommigen zie ik bijna nooit in de lift of in de "
    "hal. Ik weet niet of ze hulp willen, en bij wie ik terecht kan als ik me zorgen maak."
)
NOTE = "Dank u wel voor uw vraag. Een onderzoeker zoekt uit wat hierover al bekend is."
KNOWN = "Ouderen die het meest eenzaam zijn, vragen zelf het minst vaak om hulp."
DOI = "10.1371/journal.pmed.1000316"


def nl(message):
    with translation.override("nl"):
        return translation.gettext(message)


def take_mail(to):
    """The one e-mail sent since the last call, to ``to``; the outbox is emptied."""
    messages = list(mail.outbox)
    del mail.outbox[:]
    assert [message.to for message in messages] == [[to]], [m.subject for m in messages]
    return messages[0]


def test_question_from_asking_to_the_public_agenda(
    demo, page, new_context, login, login_with_form, visit, check_page, link_in_mail, submit
):
    from werkplaats.agenda.models import AgendaTheme
    from werkplaats.questions.models import Question, Reflection, Status

    del mail.outbox[:]  # the demo sends none; whatever is here is not this test's

    # 1. An anonymous resident brings in a question, and checks for similar ones first. ------
    asker = page
    visit(asker, f"{WERKPLAATS}vraag-stellen/")
    check_page(asker)
    form = asker.locator("main form.werkplaats-form")
    form.locator("#id_title").fill(TITLE)
    form.locator("#id_situation").fill(SITUATION)
    form.locator("#id_target_group").fill("Ouderen die alleen wonen")
    form.get_by_label("Inclusie en participatie").check()
    form.locator("input[name=urgency][value=months]").check()

    response = submit(asker, form.locator("button[name=action][value=check]"))
    assert response.status == 200
    similar = asker.locator("#similar")
    assert similar.get_attribute("aria-live") == "polite"
    assert similar.locator("h2").inner_text() == nl("Is there already knowledge about this?")
    # The demo question about lonely elderly people and the agenda theme on loneliness.
    assert similar.get_by_role("link", name="eenzame ouderen beter bereiken").count() == 1
    assert similar.get_by_role("link", name=AGENDA_THEME).count() == 1
    assert form.locator("#id_title").input_value() == TITLE  # what was typed is still there
    assert asker.locator("main .utrecht-form-field--invalid").count() == 0
    assert not mail.outbox
    check_page(asker)

    form.locator("#id_asker_name").fill(ASKER_NAME)
    form.locator("#id_asker_email").fill(ASKER_EMAIL)
    form.locator("#id_asker_organisation").fill("Bewonerscommissie De Linde")
    form.locator("#id_contact_consent").check()
    submit(asker, form.locator("button[name=action][value=send]"))
    assert asker.url.endswith(f"{WERKPLAATS}vraag-stellen/bedankt/")
    assert asker.locator("h1").inner_text() == nl("Thank you for your question")
    check_page(asker)

    question = Question.objects.get(title=TITLE)
    assert question.werkplaats.slug == SLUG
    assert question.status == Status.SUBMITTED
    assert question.asker_id is None
    # The confirmation to the asker, and a notice to the werkplaats's mailbox.
    messages = list(mail.outbox)
    del mail.outbox[:]
    assert sorted(message.to[0] for message in messages) == sorted(
        [ASKER_EMAIL, question.werkplaats.contact_email]
    )
    (confirmation,) = (message for message in messages if message.to == [ASKER_EMAIL])
    assert TITLE in confirmation.body
    follow_link = link_in_mail(confirmation, r"^/vraag/[^/]+/$")

    visit(asker, follow_link)
    assert asker.locator("h1").inner_text() == TITLE
    check_page(asker)
    # Not public yet: the question's page is there for coordinators only.
    visit(asker, question.get_absolute_url(), status=404)

    # 2. The coordinator finds it in the queue and takes it up. ------------------------------
    coordinator = new_context().new_page()
    login_with_form(coordinator, COORDINATOR, demo.password)
    visit(coordinator, f"{WERKPLAATS}beheer/vragen/")
    check_page(coordinator)
    queue_row = coordinator.locator("main table tr", has_text=TITLE)
    assert queue_row.count() == 1
    assert ASKER_NAME in queue_row.inner_text()  # coordinators see who asked
    submit(coordinator, queue_row.get_by_role("link", name=TITLE))
    assert coordinator.url.endswith(question.get_absolute_url())
    assert coordinator.locator("main", has_text=ASKER_EMAIL).count() == 1
    check_page(coordinator)

    status_form = coordinator.locator(f"form[action$='/vragen/{question.pk}/status/']")
    status_form.locator(f"input[name=to_status][value={Status.IN_PROGRESS}]").check()
    status_form.locator("#id_note").fill(NOTE)
    submit(coordinator, status_form.locator("button[type=submit]"))
    assert coordinator.url.endswith(question.get_absolute_url())
    assert coordinator.locator("main .utrecht-alert--ok").count() == 1
    check_page(coordinator)
    question.refresh_from_db()
    assert question.status == Status.IN_PROGRESS

    message = take_mail(ASKER_EMAIL)
    assert NOTE in message.body
    assert link_in_mail(message, r"^/vraag/[^/]+/$") == follow_link

    # 3. A researcher writes the reflection with one source, saves, and publishes it. -------
    researcher = new_context().new_page()
    login(RESEARCHER, researcher.context)
    visit(researcher, question.get_absolute_url())
    submit(researcher, researcher.get_by_role("link", name=nl("Write a reflection")))
    assert researcher.url.endswith(f"{question.get_absolute_url()}reflectie/")
    check_page(researcher)

    editor = researcher.locator(f"main form[action$='/vragen/{question.pk}/reflectie/']")
    editor.locator("#id_known").fill(KNOWN)
    editor.locator("#id_references-0-authors").fill(
        "Holt-Lunstad, J., Smith, T. B., & Layton, J. B."
    )
    editor.locator("#id_references-0-year").fill("2010")
    editor.locator("#id_references-0-title").fill(
        "Social relationships and mortality risk: a meta-analytic review"
    )
    editor.locator("#id_references-0-source").fill("PLoS Medicine")
    editor.locator("#id_references-0-doi").fill(f"https://doi.org/{DOI}")  # as it is copied
    submit(researcher, editor.locator("button[type=submit]"))
    assert researcher.url.endswith(f"{question.get_absolute_url()}reflectie/")
    assert researcher.locator("main .utrecht-alert--ok").count() == 1
    assert researcher.locator("#id_references-0-doi").input_value() == DOI
    check_page(researcher)
    assert not mail.outbox  # a draft is not news for the asker

    publish = researcher.locator(f"form[action$='/vragen/{question.pk}/reflectie/publiceren/']")
    submit(researcher, publish.locator("button[type=submit]"))
    assert researcher.url.endswith(question.get_absolute_url())
    check_page(researcher)
    reflection = Reflection.objects.get(question=question)
    assert reflection.is_published
    assert list(reflection.references.values_list("doi", flat=True)) == [DOI]

    message = take_mail(ASKER_EMAIL)
    assert TITLE in message.body
    assert link_in_mail(message, r"^/vraag/[^/]+/$") == follow_link

    # 4. The coordinator places the question on the knowledge agenda, under a theme. --------
    theme = AgendaTheme.objects.get(agenda__werkplaats__slug=SLUG, title=AGENDA_THEME)
    visit(coordinator, question.get_absolute_url())
    status_form.locator(f"input[name=to_status][value={Status.ON_AGENDA}]").check()
    status_form.locator("#id_agenda_theme").select_option(str(theme.pk))
    submit(coordinator, status_form.locator("button[type=submit]"))
    assert coordinator.locator("main .utrecht-alert--ok").count() == 1
    check_page(coordinator)
    question.refresh_from_db()
    assert question.status == Status.ON_AGENDA
    assert question.agenda_theme == theme

    message = take_mail(ASKER_EMAIL)
    assert AGENDA_THEME in message.body

    # 5. Everyone sees it on the agenda, and the question's page with the reflection. -------
    visitor = new_context().new_page()
    visit(visitor, f"{WERKPLAATS}kennisagenda/")
    check_page(visitor)
    theme_section = visitor.locator(f"#thema-{theme.pk}")
    assert theme_section.locator("h3").inner_text() == AGENDA_THEME
    submit(visitor, theme_section.get_by_role("link", name=TITLE))
    assert visitor.url.endswith(question.get_absolute_url())
    check_page(visitor)
    main = visitor.locator("main")
    assert main.get_by_text(KNOWN).count() == 1
    assert main.locator(f"a[href='https://doi.org/{DOI}']").count() == 1
    assert main.get_by_role("link", name=AGENDA_THEME).count() == 1
    content = visitor.content()
    assert ASKER_NAME not in content
    assert ASKER_EMAIL not in content
    assert "Bewonerscommissie" not in content

    # The asker's own page shows it all too, still without anything about the asker.
    visit(asker, follow_link)
    assert asker.locator("main").get_by_text(KNOWN).count() == 1
    assert asker.locator("main").get_by_role("link", name=AGENDA_THEME).count() == 1
    check_page(asker)
    assert not mail.outbox
