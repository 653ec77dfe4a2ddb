"""The pages of the learning ateliers and the student places, for every role that sees them:
WCAG 2.1 AA by axe-core, one h1, a language, a skip link and a <main> (``check_page``).

As in ``test_accessibility_questions.py``, each test walks the pages of one role in one
browser page and reports every page that fails at the end. The forms are also shown with
their errors. Dutch throughout, and the atelier page once more in English. Last, asking to
join an atelier works without JavaScript.
"""

import pytest
from django.core import mail
from django.utils import translation

pytestmark = pytest.mark.e2e

SLUG = "den-haag-leiden"
LIST = f"/werkplaatsen/{SLUG}/leerateliers/"
INCLUSION = "leergemeenschap-inclusie-en-participatie"  # led by COORDINATOR; student places
COPRODUCTION = "leergemeenschap-kenniscoproductie"  # led by RESEARCHER; an open request
PREPARING = "leergemeenschap-jongeren-en-gezinnen"  # in preparation: members only
COMPLETED_NH = "gevolgen-van-covid-19"  # a completed Noord-Holland atelier, a public entry
COORDINATOR = "coordinator@example.org"  # coordinator of den-haag-leiden, lead of INCLUSION
RESEARCHER = "onderzoeker@example.org"  # lead of COPRODUCTION
MEMBER = "bewoner@example.org"  # a resident in INCLUSION, nothing more
OUTSIDER = "vrijwilliger@example.org"  # in den-haag-leiden, in no atelier


def atelier_url(slug, werkplaats=SLUG):
    return f"/werkplaatsen/{werkplaats}/leerateliers/{slug}/"


def place(level):
    from werkplaats.ateliers.models import StudentPlace

    return StudentPlace.objects.get(atelier__slug=INCLUSION, level=level)


def test_atelier_pages_for_anonymous_visitor(
    demo, page_checks, visit, submit, assert_invalid_fields
):
    page = page_checks.page
    page_checks.visit("/leerateliers/")
    assert page.locator("main li.werkplaats-card").count() >= 12  # 2 + 10 public ateliers
    page_checks.visit("/leerateliers/?werkplaats=noord-holland&status=completed&phase=verspreiden")
    assert page.locator("main li.werkplaats-card").count() >= 1
    page_checks.visit("/leerateliers/?kind=leergemeenschap&theme=kenniscoproductie&place=Leiden")
    page_checks.visit("/leerateliers/?status=nonsense", status=400)
    page_checks.visit(LIST)
    page_checks.visit(f"{LIST}?phase=vernieuwen")
    page_checks.visit(atelier_url(INCLUSION))
    # Not a member: no logbook form, no members' list, no lead forms, no guests' names.
    assert page.locator("main form[method=post]").count() == 0
    assert "Samira" not in page.content()
    page_checks.visit(atelier_url(COMPLETED_NH, "noord-holland"))
    assert page.locator("section[aria-labelledby=logbook] article").count() == 1  # public
    visit(page, atelier_url(PREPARING), status=404)

    # Student places, and applying for one: empty first, then with the errors.
    page_checks.visit("/stageplaatsen/")
    page_checks.visit("/stageplaatsen/?level=hbo&werkplaats=den-haag-leiden")
    hbo = place("hbo")
    page_checks.visit(f"{atelier_url(INCLUSION)}stageplaatsen/{hbo.pk}/solliciteren/")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("apply form posted empty")
    page_checks.assert_all_passed()


def test_atelier_pages_for_member(demo, page_checks, login, submit, assert_invalid_fields):
    page = page_checks.page
    login(MEMBER)
    page_checks.visit(atelier_url(INCLUSION))
    logbook = page.locator("section[aria-labelledby=logbook]")
    assert "Samira" in logbook.inner_text()  # members see the guests' names
    assert page.locator("main form[action*='/fase/']").count() == 0  # not a lead
    page_checks.visit(atelier_url(COPRODUCTION))  # not a member here: the join form
    assert page.locator("main form[action$='/aanmelden/']").count() == 1

    page_checks.visit(f"{atelier_url(INCLUSION)}logboek/nieuw/")
    page.fill("#id_date", "")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("logbook form posted empty")
    page_checks.assert_all_passed()


def test_atelier_pages_for_lead(demo, page_checks, login, submit, assert_invalid_fields):
    page = page_checks.page
    login(RESEARCHER)
    page_checks.visit(atelier_url(COPRODUCTION))
    assert page.locator("main form[action*='/aanmeldingen/']").count() == 1  # the docent
    assert page.locator("main form[action*='/fase/']").count() == 1

    # The decision posted without a choice, and the phase posted without a phase: errors.
    submit(page, page.locator("main form[action*='/aanmeldingen/'] button[type=submit]"), 400)
    assert_invalid_fields(page)
    page_checks.check("decision posted empty")
    page.locator("main form[action*='/fase/'] #id_started_on").fill("")
    submit(page, page.locator("main form[action*='/fase/'] button[type=submit]"), 400)
    assert_invalid_fields(page)
    page_checks.check("phase posted without a date")

    page_checks.visit(f"{atelier_url(COPRODUCTION)}wijzigen/")
    page.fill("#id_period_start", "2026-06-01")
    page.fill("#id_period_end", "2026-01-01")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("edit form, end before start")
    page_checks.assert_all_passed()


def test_atelier_pages_for_coordinator(demo, page_checks, login, submit, assert_invalid_fields):
    page = page_checks.page
    login(COORDINATOR)
    page_checks.visit(LIST)
    page_checks.visit(atelier_url(INCLUSION))
    assert page.locator("main form[action*='/sollicitaties/']").count() == 1  # Lotte applied
    page_checks.visit(atelier_url(PREPARING))  # in preparation, shown to its lead

    page_checks.visit(f"{LIST}nieuw/")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("create form posted empty")
    page.fill("#id_title", "Leergemeenschap Schulden en geldzorgen")
    page.fill("#id_period_start", "2026-06-01")
    page.fill("#id_period_end", "2026-01-01")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("create form, end before start")
    page_checks.visit(f"{atelier_url(INCLUSION)}wijzigen/")

    page_checks.visit(f"{atelier_url(INCLUSION)}stageplaatsen/nieuw/")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("place form posted empty")
    page_checks.visit(f"{atelier_url(INCLUSION)}stageplaatsen/{place('mbo').pk}/")
    page_checks.assert_all_passed()


def test_atelier_page_in_english(demo, page_checks, login, switch_language):
    page = page_checks.page
    login(COORDINATOR)
    page_checks.visit(atelier_url(INCLUSION))
    switch_language(page, "en")
    assert page.locator("section[aria-labelledby=phase] h2").inner_text() == (
        "Phase in the knowledge cycle"
    )
    page_checks.check("atelier page in English")
    page_checks.visit("/leerateliers/")
    page_checks.assert_all_passed()


def test_ask_to_join_without_javascript(demo, new_context, login, visit, submit):
    from werkplaats.ateliers.models import AtelierMember

    page = new_context(java_script_enabled=False).new_page()
    login(OUTSIDER, page.context)
    del mail.outbox[:]
    visit(page, atelier_url(INCLUSION))
    form = page.locator("main form[action$='/aanmelden/']")
    form.locator("#id_role").select_option("bewoner")
    form.locator("#id_motivation").fill("Ik help in het buurthuis en wil graag meedenken.")
    submit(page, form.locator("button[type=submit]"), status=200)

    assert page.url.endswith(atelier_url(INCLUSION))
    with translation.override("nl"):
        waiting = translation.gettext("You asked to join. The leads have not decided yet.")
    assert page.locator("main").get_by_text(waiting).count() == 1
    assert page.locator("main form[action$='/aanmelden/']").count() == 0
    member = AtelierMember.objects.get(atelier__slug=INCLUSION, user__email=OUTSIDER)
    assert member.state == AtelierMember.State.REQUESTED
    assert [sorted(message.to) for message in mail.outbox] == [
        sorted([COORDINATOR, member.atelier.werkplaats.contact_email])
    ]
