"""Bringing in a question works without JavaScript: the check for similar questions and
sending are plain form posts, and nothing of what was typed is lost in between."""

import pytest
from django.core import mail
from django.utils import translation

pytestmark = pytest.mark.e2e

ASK = "/werkplaatsen/den-haag-leiden/vraag-stellen/"
TITLE = "Hoe praten we met bewoners over geldzorgen zonder dat ze zich schamen?"


def test_ask_form_check_and_send_without_javascript(demo, new_context, visit, link_in_mail):
    from werkplaats.questions.models import Question, Status

    page = new_context(java_script_enabled=False).new_page()
    del mail.outbox[:]
    visit(page, ASK)
    form = page.locator("main form.werkplaats-form")
    form.locator("#id_title").fill(TITLE)
    form.locator("#id_situation").fill(
        "Veel bewoners in onze wijk hebben schulden, maar ze zeggen het pas als het te laat is."
    )

    with page.expect_navigation() as checked:
        form.locator("button[name=action][value=check]").click()
    assert checked.value.status == 200
    with translation.override("nl"):
        heading = translation.gettext("Is there already knowledge about this?")
    assert page.locator("#similar h2").inner_text() == heading
    assert page.locator("#similar").get_by_role("link", name="schulden").count() >= 1
    assert form.locator("#id_title").input_value() == TITLE

    form.locator("#id_asker_name").fill("Bea Bewoner")
    form.locator("#id_asker_email").fill("bea.bewoner@example.org")
    form.locator("#id_contact_consent").check()
    with page.expect_navigation():
        form.locator("button[name=action][value=send]").click()

    assert page.url.endswith(f"{ASK}bedankt/")
    question = Question.objects.get(title=TITLE)
    assert question.status == Status.SUBMITTED
    (confirmation,) = (m for m in mail.outbox if m.to == ["bea.bewoner@example.org"])
    visit(page, link_in_mail(confirmation, r"^/vraag/[^/]+/$"))
    assert page.locator("h1").inner_text() == TITLE
