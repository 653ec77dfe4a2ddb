"""A question referred to another werkplaats, through the browser: Den Haag & Leiden refers a
question to Noord-Holland, whose coordinator finds it in the queue, reads it and takes it
over. Every page on the way is checked with axe, for structure and for the CSP."""

import pytest

pytestmark = pytest.mark.e2e

FROM = "den-haag-leiden"
TO = "noord-holland"
RECEIVER = "coordinator-nh@example.org"  # coordinator of the Noord-Holland werkplaats
TITLE = "Hoe helpen we jongeren met schulden die geen post openen?"


def test_a_referred_question_is_taken_over_from_the_queue(demo, page_checks, login, submit):
    from werkplaats.network.models import Werkplaats
    from werkplaats.questions.models import Question, Status
    from werkplaats.questions.services import question_submit, question_transition

    sender = Werkplaats.objects.get(slug=FROM)
    receiver = Werkplaats.objects.get(slug=TO)
    question = question_submit(
        werkplaats=sender,
        title=TITLE,
        situation="Ze komen pas als de deurwaarder al geweest is.",
        asker_name="Sanne Schuldhulp",
        asker_email="sanne@example.org",
        contact_consent=True,
    )
    question = question_transition(
        actor=None, question=question, version=question.version, to_status=Status.IN_PROGRESS
    )
    question_transition(
        actor=None,
        question=question,
        version=question.version,
        to_status=Status.REFERRED,
        note="In Noord-Holland loopt een leeratelier over jongeren en schulden.",
        referred_to_werkplaats=receiver,
    )

    page = page_checks.page
    login(RECEIVER)
    page_checks.visit(f"/werkplaatsen/{receiver.slug}/beheer/vragen/")
    link = page.locator("#referred-to-us ~ ul a", has_text=TITLE)
    submit(page, link)
    page_checks.check("referred question")
    assert "sanne@example.org" not in page.content()

    submit(page, page.locator("main form button[type=submit]"))
    page_checks.check("taken over question")
    copy = Question.objects.get(referred_from=question)
    assert page.url.endswith(copy.get_absolute_url())
    assert "sanne@example.org" in page.content()
    page_checks.assert_all_passed()
