"""The pages of questions from practice and of the knowledge agenda, for every role that can see
them: WCAG 2.1 AA by axe-core, one h1, a language, a skip link and a <main> (``check_page``).

As in ``test_accessibility.py``, each test walks the pages of one role in one browser page and
reports every page that fails at the end. The forms are also shown with their errors. Dutch
throughout, and the pages that differ most once more in English.
"""

import pytest

pytestmark = pytest.mark.e2e

SLUG = "den-haag-leiden"
WERKPLAATS = f"/werkplaatsen/{SLUG}/"
MANAGE = f"{WERKPLAATS}beheer/"
ASK = f"{WERKPLAATS}vraag-stellen/"
AGENDA = f"{WERKPLAATS}kennisagenda/"
COORDINATOR = "coordinator@example.org"  # coordinator of den-haag-leiden
RESEARCHER = "onderzoeker@example.org"  # researcher in den-haag-leiden
MEMBER = "professional@example.org"  # professional in den-haag-leiden: no reflecting, no managing

# Demo questions of den-haag-leiden (see werkplaats.questions.demo), by what is on their page.
SUBMITTED = "Hoe houden we jongeren in de buurt betrokken"  # only coordinators see it
DRAFT_REFLECTION = "Hoe maken we het buurthuis een plek"  # being handled, a draft reflection
NO_REFLECTION = "Hoe zetten we ervaringsdeskundigen in ons wijkteam in"  # being handled
ON_AGENDA = "Hoe kunnen we als wijkteam eenzame ouderen beter bereiken?"  # published reflection
NOT_SUPPORTED_THEME = "Armoede en geldzorgen"  # a theme MEMBER does not support yet


def question(title_start):
    from werkplaats.questions.models import Question

    return Question.objects.get(werkplaats__slug=SLUG, title__startswith=title_start)


def test_question_and_agenda_pages_for_anonymous_visitor(
    demo, page_checks, visit, submit, assert_invalid_fields
):
    page = page_checks.page
    on_agenda = question(ON_AGENDA)
    page_checks.visit("/kennisagenda/")
    page_checks.visit(AGENDA)
    page_checks.visit("/werkplaatsen/noord-holland/kennisagenda/")
    page_checks.visit(f"{WERKPLAATS}vragen/")
    page_checks.visit(f"{WERKPLAATS}vragen/?status=on_agenda&theme=armoede")
    page_checks.visit(f"{WERKPLAATS}vragen/?status=nonsense", status=400)
    page_checks.visit(on_agenda.get_absolute_url())
    assert page.locator("main form").count() == 0  # no support or comment forms
    page_checks.visit(f"/vraag/{on_agenda.follow_token}/")
    page_checks.visit("/vraag/not-a-real-link/", status=404)
    visit(page, question(SUBMITTED).get_absolute_url(), status=404)

    # The ask form, posted empty, checked, and the page after sending.
    page_checks.visit(ASK)
    submit(page, page.locator("main button[name=action][value=send]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("ask form posted empty")
    page.fill("#id_title", "Hoe helpen we mensen met schulden eerder?")
    submit(page, page.locator("main button[name=action][value=check]"), status=400)
    assert page.locator("#similar li").count() >= 1
    page_checks.check("ask form checked, with similar questions and an error")
    page_checks.visit(f"{ASK}bedankt/")
    page_checks.assert_all_passed()


def test_question_and_agenda_pages_for_member(
    demo, page_checks, login, submit, assert_invalid_fields
):
    from werkplaats.agenda.models import AgendaTheme

    page = page_checks.page
    theme = AgendaTheme.objects.get(agenda__werkplaats__slug=SLUG, title=NOT_SUPPORTED_THEME)
    login(MEMBER)
    page_checks.visit(AGENDA)
    theme_section = page.locator(f"#thema-{theme.pk}")
    assert theme_section.locator("form[action$='/steunen/']").count() == 1
    assert theme_section.locator("form[action$='/reageren/'] textarea").count() == 1

    # Support given, and a comment sent empty: the form again on a page of its own.
    submit(page, theme_section.locator("form[action$='/steunen/'] button"))
    assert page.locator("main .utrecht-alert--ok").count() == 1
    page_checks.check("agenda after giving support")
    submit(page, theme_section.locator("form[action$='/reageren/'] button"), status=400)
    assert_invalid_fields(page)
    page_checks.check("comment posted empty")

    page_checks.visit(f"{WERKPLAATS}vragen/")
    page_checks.visit(question(ON_AGENDA).get_absolute_url())
    assert page.locator("main form[action$='/steunen/']").count() == 1
    assert page.locator("main form[action$='/reageren/']").count() == 1
    assert page.locator("main form[action$='/status/']").count() == 0
    page_checks.visit("/kennisagenda/")
    page_checks.assert_all_passed()


def test_question_pages_for_researcher(demo, page_checks, login, visit, submit):
    page = page_checks.page
    draft = question(DRAFT_REFLECTION)
    no_reflection = question(NO_REFLECTION)
    login(RESEARCHER)
    page_checks.visit(draft.get_absolute_url())  # with the draft, for researchers only
    page_checks.visit(f"{draft.get_absolute_url()}reflectie/")
    page_checks.visit(f"{no_reflection.get_absolute_url()}reflectie/")

    # A source without its title and with a DOI that is none.
    page.fill("#id_known", "Wat er bekend is.")
    page.fill("#id_references-0-authors", "Jansen, P.")
    page.fill("#id_references-0-doi", "geen-doi")
    submit(page, page.locator("main form button[type=submit]").first, status=400)
    assert page.locator("main .utrecht-form-field--invalid").count() >= 2
    page_checks.check("reflection with errors in a source")

    # Researchers do not manage: no queue, no status form.
    visit(page, f"{MANAGE}vragen/", status=404)
    visit(page, question(ON_AGENDA).get_absolute_url())
    assert page.locator("main form[action$='/status/']").count() == 0
    page_checks.assert_all_passed()


def test_question_and_agenda_pages_for_coordinator(
    demo, page_checks, login, submit, assert_invalid_fields
):
    from werkplaats.agenda.models import Agenda

    page = page_checks.page
    agenda = Agenda.objects.filter(werkplaats__slug=SLUG).first()
    theme = agenda.themes.first()
    login(COORDINATOR)
    page_checks.visit(f"{MANAGE}vragen/")
    page_checks.visit(f"{MANAGE}vragen/?status=all")
    page_checks.visit(question(ON_AGENDA).get_absolute_url())  # the form to answer it
    page_checks.visit(question(SUBMITTED).get_absolute_url())  # the asker's details, the form
    status_form = page.locator("main form[action$='/status/']")
    assert status_form.count() == 1
    submit(page, status_form.locator("button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("status form posted without a status")

    page_checks.visit(f"{MANAGE}kennisagenda/")
    page_checks.visit(f"{MANAGE}kennisagenda/{agenda.pk}/")
    page_checks.visit(f"{MANAGE}kennisagenda/thema/{theme.pk}/")
    page_checks.visit(f"{MANAGE}kennisagenda/thema/{theme.pk}/verwijderen/")
    page_checks.visit(f"{MANAGE}kennisagenda/{agenda.pk}/thema/nieuw/")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("theme form posted empty")
    page_checks.visit(f"{MANAGE}kennisagenda/nieuw/")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("agenda form posted empty")
    page_checks.assert_all_passed()


def test_question_and_agenda_pages_in_english(
    demo, page_checks, new_context, login, visit, switch_language, submit, assert_invalid_fields
):
    """The pages with the most text, and forms with their errors, once more in English."""
    page = page_checks.page
    visit(page, ASK)
    switch_language(page, "en")
    page_checks.check("ask form in English")
    submit(page, page.locator("main button[name=action][value=send]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("ask form posted empty, in English")
    page_checks.visit(AGENDA)
    page_checks.visit(question(ON_AGENDA).get_absolute_url())
    assert page.locator("html").get_attribute("lang") == "en"  # the choice is remembered

    # A coordinator, in a browser of their own.
    page_checks.page = page = new_context().new_page()
    login(COORDINATOR, page.context)
    visit(page, question(SUBMITTED).get_absolute_url())
    switch_language(page, "en")
    page_checks.check("question with the status form in English")
    page_checks.visit(f"{question(DRAFT_REFLECTION).get_absolute_url()}reflectie/")
    page_checks.visit(f"{MANAGE}kennisagenda/")
    assert page.locator("html").get_attribute("lang") == "en"
    page_checks.assert_all_passed()
