"""The national overview and the theme pages, through the browser with the demo: the map links
each province with a werkplaats to its part of the list and can be used with the keyboard, a
theme page gathers the work of both werkplaatsen. Every page is checked with axe, for
structure and for the Content-Security-Policy (``page_checks``).
"""

import pytest

pytestmark = pytest.mark.e2e


def test_network_map_list_and_theme_pages(demo, page_checks):
    from werkplaats.network.models import Theme

    page = page_checks.page
    main = page.locator("main")

    # 1. The map: the two demo provinces are links with their number on them.
    page_checks.visit("/netwerk/")
    links = main.locator("svg a[data-province]")
    assert sorted(links.nth(i).get_attribute("data-province") for i in range(links.count())) == [
        "NH",
        "ZH",
    ]
    assert main.locator("svg path.werkplaats-map__province").count() == 12
    assert main.locator("svg path[role=img]").count() == 10
    zh = main.locator("svg a[data-province=ZH]")
    assert zh.locator("text").text_content().strip() == "1"

    # Reached with the keyboard, it shows a focus ring; followed, it lands on the province.
    zh.focus()
    stroke = zh.locator("path").evaluate("path => getComputedStyle(path).strokeWidth")
    assert stroke == "4px"
    page.keyboard.press("Enter")
    page.wait_for_url("**/netwerk/#provincie-zh")
    section = main.locator("#provincie-zh")
    assert section.locator("article h4 a").count() == 1
    assert section.locator("article li").count() >= 3  # agenda themes, publications, …

    # 2. The themes, and one theme from both werkplaatsen.
    page_checks.visit("/themas/")
    assert main.locator("tbody tr").count() == Theme.objects.count()
    theme = Theme.objects.filter(publications__isnull=False).order_by("name").first()
    page_checks.visit(f"/themas/{theme.slug}/")
    assert main.locator("h1").inner_text().strip() == theme.name
    assert main.locator("#publicaties ~ ul li, section[aria-labelledby=publicaties] li").count()

    # 3. An unknown theme is a page that says so.
    page_checks.visit("/themas/bestaat-niet/", status=404)

    page_checks.assert_all_passed()
