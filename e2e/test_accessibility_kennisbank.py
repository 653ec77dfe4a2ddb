"""The kennisbank, news, education and search pages, for the roles that see them: WCAG 2.1 AA by
axe-core, one h1, a language, a skip link and a <main> (``check_page``). Forms are also shown
with their errors; the search page once in English.
"""

import pytest

pytestmark = pytest.mark.e2e

DHL = "den-haag-leiden"
NH = "noord-holland"
PUBLISHED = "handreiking-integraal-en-wijkgericht-werken-k4"  # Noord-Holland
FOR_RESIDENTS = "een-buurthuis-waar-iedereen-welkom-is"  # Den Haag & Leiden, B1
DRAFT = "handreiking-brieven-over-de-wmo"  # Den Haag & Leiden, concept
COORDINATOR = "coordinator@example.org"  # coordinator of den-haag-leiden


def publication_url(slug, werkplaats=DHL):
    return f"/werkplaatsen/{werkplaats}/publicaties/{slug}/"


def test_kennisbank_pages_for_anonymous_visitor(demo, page_checks, switch_language, visit):
    page = page_checks.page
    page_checks.visit("/publicaties/")
    assert page.locator("main li.werkplaats-card").count() >= 10
    page_checks.visit("/publicaties/?kind=handreiking&werkplaats=noord-holland")
    page_checks.visit(f"/werkplaatsen/{DHL}/publicaties/")
    page_checks.visit(publication_url(PUBLISHED, NH))
    page_checks.visit(publication_url(FOR_RESIDENTS))
    visit(page, publication_url(DRAFT), status=404)
    page_checks.visit(f"/werkplaatsen/{DHL}/nieuws/")
    page_checks.visit("/in-het-onderwijs/")
    page_checks.visit(f"/werkplaatsen/{NH}/in-het-onderwijs/")
    page_checks.visit(f"/werkplaatsen/{DHL}/")  # the werkplaats page with its news

    page_checks.visit("/zoeken/")
    page_checks.visit("/zoeken/?q=wijkgerichte")
    assert page.locator("main mark").count() >= 1  # highlighted snippets
    page_checks.visit("/zoeken/?q=eenzaamheid&type=publication")
    page_checks.visit("/zoeken/?q=xyzzyqwerty")  # no results
    page_checks.visit("/zoeken/?q=%22wijk", status=400)  # an unclosed quotation mark
    switch_language(page, "en")
    page_checks.check("search page in English")
    switch_language(page, "nl")
    page_checks.assert_all_passed()


def test_kennisbank_pages_for_coordinator(demo, page_checks, login, submit, assert_invalid_fields):
    page = page_checks.page
    login(COORDINATOR)
    page_checks.visit(f"/werkplaatsen/{DHL}/publicaties/")  # with the drafts
    page_checks.visit(publication_url(DRAFT))
    page_checks.visit(f"{publication_url(DRAFT)}wijzigen/")
    page_checks.visit(f"{publication_url(DRAFT)}bestanden/")
    submit(page, page.locator("main form[enctype] button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("file form posted empty")

    page_checks.visit(f"/werkplaatsen/{DHL}/publicaties/nieuw/")
    page.locator("input[name=audiences][value=residents]").check()
    page.fill("#id_summary", "Wij helpen u. Bel ons als u vragen hebt over geld of werk.")
    submit(page, page.locator("main form button[name=action][value=readability]"), status=400)
    page_checks.check("editor with the readability indication")
    submit(page, page.locator("main form button[name=action][value=save]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("editor posted without a title")

    page_checks.visit(f"/werkplaatsen/{DHL}/nieuws/nieuw/")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("news form posted empty")
    page_checks.visit(f"/werkplaatsen/{DHL}/in-het-onderwijs/")
    page_checks.visit(f"/werkplaatsen/{DHL}/in-het-onderwijs/nieuw/")
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert_invalid_fields(page)
    page_checks.check("course use form posted empty")
    page_checks.visit(f"/werkplaatsen/{DHL}/in-het-onderwijs/opleidingen/nieuw/")
    page_checks.assert_all_passed()
