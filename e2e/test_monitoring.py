"""Results against targets, through the browser: the demo coordinator opens the dashboard of
Den Haag & Leiden and the national overview, adds a target of their own (first with a mistake,
then right) and follows a figure to the records it counted. Every page on the way is checked
with axe, for structure and for the Content-Security-Policy (``page_checks``).
"""

import pytest

pytestmark = pytest.mark.e2e

DHL = "den-haag-leiden"
COORDINATOR = "coordinator@example.org"  # coordinator of den-haag-leiden
RESULTS = f"/werkplaatsen/{DHL}/resultaten/"
TITLE = "Twee blogs per jaar"


def test_dashboard_targets_and_counted_records(demo, page_checks, login, submit):
    from werkplaats.monitoring.models import Target

    page = page_checks.page
    login(COORDINATOR)

    # 1. The dashboard: targets with their status in words, the table of years, the charts.
    page_checks.visit(RESULTS)
    main = page.locator("main")
    assert main.locator("progress").count() >= 3
    assert main.locator("svg[role=img]").count() == 2
    assert main.locator(".werkplaats-chart table caption").count() == 2
    page_checks.visit(f"{RESULTS}?jaar=2024")
    page_checks.visit(f"{RESULTS}?jaar=1990", status=400)
    assert main.locator(".utrecht-form-field--invalid").count() == 1

    # 2. All werkplaatsen side by side.
    page_checks.visit("/resultaten/")
    assert page.locator("main tbody tr").count() == 2

    # 3. The targets: add one of their own, first with a mistake.
    page_checks.visit(f"{RESULTS}doelen/")
    submit(page, page.locator(f"main a[href='{RESULTS}doelen/nieuw/']"))
    page_checks.check("new target form")
    page.fill("#id_title", TITLE)
    page.select_option("#id_measure", "publications")
    page.fill("#id_minimum", "2")
    page.locator("input[name=activity_kinds][value=webinar]").check()  # not for publications
    submit(page, page.locator("main form button[type=submit]"), status=400)
    assert page.locator("main .utrecht-form-field--invalid").count() >= 1
    page_checks.check("new target form with its errors")
    assert not Target.objects.filter(title=TITLE).exists()

    page.locator("input[name=activity_kinds][value=webinar]").uncheck()
    page.locator("input[name=publication_kinds][value=blog]").check()
    submit(page, page.locator("main form button[type=submit]"))
    page_checks.check("targets after adding one")
    assert main.locator("tbody th[scope=row]", has_text=TITLE).count() == 1
    target = Target.objects.get(werkplaats__slug=DHL, title=TITLE)
    assert target.publication_kinds == ["blog"]

    # 4. The new target on the dashboard, and the records behind a figure.
    page_checks.visit(RESULTS)
    row = main.locator("table.werkplaats-targets tr", has_text=TITLE)
    assert row.count() == 1
    submit(page, row.locator("a").first)
    page_checks.check("counted records of the new target")
    assert page.locator("h1").inner_text().endswith(TITLE)

    regional = Target.objects.get(werkplaats__slug=DHL, standard="regional")
    page_checks.visit(f"{RESULTS}geteld/{regional.pk}/2024/")
    assert main.locator("tbody tr").count() >= 1  # the regional meetings of 2024
    page_checks.visit(f"{RESULTS}doelen/{target.pk}/wijzigen/")
    page_checks.visit(f"{RESULTS}doelen/{target.pk}/verwijderen/")
    page_checks.visit(f"{RESULTS}doelen/{regional.pk}/verwijderen/")  # refused: a standard one

    # 5. The reports as pages (the PDFs are made from the same templates).
    page_checks.visit(f"{RESULTS}2025/verslag/")
    assert main.locator("table").count() >= 3
    page_checks.visit(f"{RESULTS}eindverslag/")
    page_checks.assert_all_passed()


def test_national_report_for_a_national_admin(demo, page_checks, login):
    login("admin@example.org")
    page_checks.visit("/resultaten/verslag/2022/")
    assert page_checks.page.locator("main tbody tr").count() >= 2
    page_checks.assert_all_passed()
