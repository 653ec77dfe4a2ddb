"""The activity pages, for every role that sees them: WCAG 2.1 AA by axe-core, one h1, a
language, a skip link and a <main> (``check_page``).

As in the other accessibility tests, each test walks the pages of one role in one browser page
and reports every page that fails at the end; forms are also shown with their errors. Dutch
throughout, and the activity page once more in English. Last, registering works without
JavaScript.
"""

import pytest
from django.utils import timezone

pytestmark = pytest.mark.e2e

DHL = "den-haag-leiden"
NH = "noord-holland"
CONGRESS_NH = "slotcongres-werkplaats-noord-holland"  # 1 December 2022, with a programme
FULL = "kenniscafe-eenzaamheid-en-contact"  # upcoming, full, with a waiting list
CONGRESS_DHL = "congres-werkplaats-den-haag-leiden-samen-kennis-maken"  # upcoming programme
COORDINATOR = "coordinator@example.org"  # coordinator of den-haag-leiden


def activity_url(slug, werkplaats=DHL):
    return f"/werkplaatsen/{werkplaats}/activiteiten/{slug}/"


def upcoming(slug):
    from werkplaats.activities.models import Activity

    activity = Activity.objects.get(werkplaats__slug=DHL, slug=slug)
    assert activity.start > timezone.now()
    return activity


def test_activity_pages_for_anonymous_visitor(
    demo, page_checks, switch_language, submit, assert_invalid_fields
):
    from werkplaats.activities.models import Registration

    page = page_checks.page
    now = timezone.localtime()
    page_checks.visit("/activiteiten/")
    assert page.locator("main li.werkplaats-card").count() >= 5
    page_checks.visit("/activiteiten/?kind=congres&werkplaats=den-haag-leiden")
    page_checks.visit(f"/activiteiten/maand/{now.year}/{now.month}/")
    page_checks.visit("/activiteiten/maand/2022/12/")
    assert page.locator("main table a", has_text="Slotcongres").count() == 1
    page_checks.visit("/activiteiten/archief/")
    page_checks.visit("/activiteiten/archief/?werkplaats=noord-holland&kind=themabijeenkomst")
    page_checks.visit("/activiteiten/?kind=nonsense", status=400)
    page_checks.visit(f"/werkplaatsen/{DHL}/activiteiten/")
    page_checks.visit(f"/werkplaatsen/{DHL}/activiteiten/archief/")

    # A past congress: programme, report, presentations, numbers and evaluation summary.
    page_checks.visit(activity_url(CONGRESS_NH, NH))
    assert page.locator("main table").count() >= 1  # the programme
    # An upcoming activity that is full: the form says registering means the waiting list.
    page_checks.visit(activity_url(FULL))
    form = page.locator("main form[action$='/aanmelden/']")
    assert form.count() == 1
    submit(page, form.locator("button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("registration form posted empty")
    page_checks.visit(activity_url(CONGRESS_DHL))

    # A personal page of someone on the waiting list, and an evaluation form of the congress.
    waiting = Registration.objects.filter(activity__slug=FULL, state="waiting").first()
    page_checks.visit(waiting.get_absolute_url())
    present = Registration.objects.filter(
        activity__slug=CONGRESS_NH, attended=True, evaluated=False
    ).first()
    page_checks.visit(f"{present.get_absolute_url()}evaluatie/")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("evaluation posted without a score")
    page_checks.visit("/aanmelding/kapot/", status=404)

    # The activity page in English.
    page_checks.visit(activity_url(FULL))
    switch_language(page, "en")
    page_checks.check("activity page in English")
    switch_language(page, "nl")
    page_checks.assert_all_passed()


def test_activity_pages_for_coordinator(demo, page_checks, login, submit, assert_invalid_fields):
    page = page_checks.page
    login(COORDINATOR)
    congress = upcoming(CONGRESS_DHL)
    base = activity_url(congress.slug)
    page_checks.visit(f"/werkplaatsen/{DHL}/activiteiten/")
    page_checks.visit(base)

    page_checks.visit(f"/werkplaatsen/{DHL}/activiteiten/nieuw/")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("create form posted empty")
    page_checks.visit(f"{base}wijzigen/")
    page.fill("#id_end", "2000-01-01T10:00")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("edit form, end before start")

    page_checks.visit(f"{base}programma/")
    submit(page, page.locator("main form button[type=submit]").last, status=400)
    assert_invalid_fields(page)
    page_checks.check("session form posted empty")
    session = congress.sessions.first()
    page_checks.visit(f"{base}programma/{session.pk}/")
    page_checks.visit(f"{base}deelnemers/")
    page_checks.visit(f"{base}verslag/")
    page_checks.visit(f"{base}annuleren/")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("cancel posted without a reason")

    # A past activity: the attendance form and the report with the evaluations.
    past = "regionale-bijeenkomst-voorjaar-2026"
    page_checks.visit(f"{activity_url(past)}deelnemers/")
    assert page.locator("main input[type=checkbox]").count() >= 1
    page_checks.visit(f"{activity_url(past)}verslag/")
    page_checks.assert_all_passed()


def test_registering_works_without_javascript(demo, new_context, visit, submit):
    from werkplaats.activities.models import Registration

    activity = upcoming("regionale-bijeenkomst-kennisagenda-bijstellen")
    page = new_context(java_script_enabled=False).new_page()
    visit(page, activity.get_absolute_url())
    form = page.locator("main form[action$='/aanmelden/']")
    form.locator("#id_name").fill("Noor Zonderscript")
    form.locator("#id_email").fill("noor.zonderscript@example.org")
    form.locator("#id_role").select_option("bewoner")
    submit(page, form.locator("button[type=submit]"), status=200)
    registration = Registration.objects.get(
        activity=activity, email="noor.zonderscript@example.org"
    )
    assert page.url.endswith(registration.get_absolute_url())
