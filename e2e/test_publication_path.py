"""From writing to finding, through the browser: a coordinator writes a publication, adds a
PDF and publishes it; a visitor finds it by searching a Dutch word form that the text does
not literally contain ("wijkgerichte" for "wijkgericht werken") and downloads the file. Each
page on the way is checked with axe (``check_page``).
"""

from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

SLUG = "den-haag-leiden"
COORDINATOR = "coordinator@example.org"
TITLE = "Wijkgericht werken met bewoners: wat wij leerden in Leiden-Noord"
SUMMARY = (
    "Sociaal werkers en bewoners werkten twee jaar samen in de wijk. Deze handreiking "
    "beschrijft wat werkt en wat niet."
)
BODY = "## Wat werkt\n\nKleine stappen, samen met bewoners en het wijkteam."
PDF_NAME = "handreiking-wijkgericht-werken.pdf"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_write_publish_find_and_download(
    demo, tmp_path, page, new_context, login, visit, check_page, submit
):
    from werkplaats.publications.models import Publication

    # 1. The coordinator writes the publication. ----------------------------------------------
    login(COORDINATOR)
    visit(page, f"/werkplaatsen/{SLUG}/publicaties/nieuw/")
    check_page(page)
    page.fill("#id_title", TITLE)
    page.select_option("#id_kind", "handreiking")
    page.fill("#id_summary", SUMMARY)
    page.fill("#id_body", BODY)
    page.fill("#id_date", "2026-11-01")
    page.locator("input[name=audiences][value=professionals]").check()
    submit(page, page.locator("main form button[name=action][value=save]"))
    check_page(page)
    publication = Publication.objects.get(werkplaats__slug=SLUG, title=TITLE)
    assert publication.status == Publication.Status.CONCEPT

    # 2. … adds the PDF … ----------------------------------------------------------------------
    visit(page, f"{publication.get_absolute_url()}bestanden/")
    check_page(page)
    pdf = tmp_path / PDF_NAME
    pdf.write_bytes(PDF)
    page.set_input_files("#id_file", str(pdf))
    submit(page, page.locator("main form[enctype] button[type=submit]"))
    check_page(page)
    assert publication.files.count() == 1

    # 3. … and publishes it. -------------------------------------------------------------------
    visit(page, publication.get_absolute_url())
    submit(page, page.locator("main form[action$='/status/'] button[value=published]"))
    check_page(page)
    publication.refresh_from_db()
    assert publication.status == Publication.Status.PUBLISHED

    # 4. A visitor searches for another form of the words, finds it and downloads the file. ----
    visitor = new_context().new_page()
    visit(visitor, "/zoeken/?q=wijkgerichte")
    check_page(visitor)
    result = visitor.locator("main").get_by_role("link", name=TITLE)
    assert result.count() == 1
    submit(visitor, result)
    check_page(visitor)
    with visitor.expect_download() as download_info:
        visitor.locator("main").get_by_role("link", name=PDF_NAME).click()
    download = download_info.value
    assert download.suggested_filename == PDF_NAME
    assert Path(download.path()).read_bytes() == PDF
