"""The reports (monitoring.report_views): the yearly progress report and the final report of a
werkplaats, as a page and as PDF, and the national report.

Each PDF takes about a second to make, so only a few are: the yearly report, the final
report and the national report, each once, read back with pdftotext.
"""

import re
import shutil
import subprocess
from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.activities.organisers import answer_of
from tests.agenda.factories import AgendaThemeFactory
from tests.ateliers.factories import AtelierFactory
from tests.conftest import ROLES
from tests.helpers import assert_same_cost, assert_shows, nl
from tests.monitoring.report_data import OWN_TITLE, SECRET, at, make_records, meeting
from tests.network.factories import WerkplaatsFactory
from tests.publications.factories import CourseUseFactory, PublicationFactory
from werkplaats.activities.models import Activity
from werkplaats.lib.pdf import StaticFilesOnly, static_file
from werkplaats.monitoring.models import Target
from werkplaats.monitoring.progress import Status, progress, title_of
from werkplaats.monitoring.services import ensure_standard_targets

A = "werkplaats-a"
# The pages (not the PDFs) of a werkplaats's reports, with their arguments.
PAGES = {
    "monitoring:year_report": {"slug": A, "year": 2022},
    "monitoring:final_report": {"slug": A},
}
PDFS = {
    "monitoring:year_report_pdf": {"slug": A, "year": 2022},
    "monitoring:final_report_pdf": {"slug": A},
    "monitoring:national_report_pdf": {"year": 2022},
}
MANAGERS = {"coordinator_a", "national_admin"}


@pytest.fixture
def records(werkplaats_a):
    return make_records(werkplaats_a)


def pdf_text(response, tmp_path) -> str:
    """The text of a PDF response, as pdftotext reads it, with its words one space apart (a
    line break or a hyphen that splits a word at the end of a line taken out)."""
    assert response["Content-Type"] == "application/pdf"
    path = tmp_path / "report.pdf"
    path.write_bytes(response.content)
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "pdftotext is missing: `make setup` installs poppler-utils"
    command = [pdftotext, str(path), "-"]
    text = subprocess.run(command, check=True, capture_output=True, text=True).stdout  # noqa: S603
    text = re.sub(r"[\u00ad\u2010]\n", "", text).replace("-\n", "-")
    return " ".join(text.split())


def numbers(text: str) -> set[int]:
    return {int(number) for number in re.findall(r"(?<![\d.])\d+(?![\d.])", text)}


def assert_figures_in(text: str, figures) -> None:
    """Every figure is in the text, in this order, with its numbers (required, realised,
    planned) after its target's title, before the next figure's."""
    found, cursor = [], 0
    for figure in figures:
        title = title_of(figure.target)
        assert title in text[cursor:], f"{title!r} is not in the report (after {cursor})"
        cursor = text.index(title, cursor) + len(title)
        found.append((cursor, figure))
    ends = [start for start, __ in found[1:]] + [len(text)]
    for (start, figure), end in zip(found, ends, strict=True):
        shown = numbers(text[start : min(end, start + 300)])
        wanted = {figure.required, figure.realised_count, figure.planned_count}
        assert wanted <= shown, f"{title_of(figure.target)}: {wanted - shown} missing"


# Who may see the reports --------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", PAGES)
def test_only_coordinators_and_national_admins_see_the_reports_of_a_werkplaats(
    client_for, role_users, records, name, role
):
    response = client_for(role_users[role]).get(reverse(name, kwargs=PAGES[name]))
    expected = "login" if role == "anonymous" else 200 if role in MANAGERS else 404
    assert answer_of(response) == expected


@pytest.mark.parametrize("role", ["anonymous", "member_a", "coordinator_b", "coordinator_a"])
def test_only_national_admins_see_the_national_report(client_for, role_users, records, role):
    client = client_for(role_users[role])
    answer = answer_of(client.get(reverse("monitoring:national_report", args=[2022])))
    assert answer == ("login" if role == "anonymous" else 404)


@pytest.mark.parametrize("role", ["anonymous", "member_a", "coordinator_b"])
@pytest.mark.parametrize("name", PDFS)
def test_nobody_else_gets_a_pdf(client_for, role_users, coordinator_a, records, name, role):
    response = client_for(role_users[role]).get(reverse(name, kwargs=PDFS[name]))
    assert answer_of(response) == ("login" if role == "anonymous" else 404)


def test_the_national_report_is_for_national_admins_not_for_coordinators(
    client_for, coordinator_a, records
):
    response = client_for(coordinator_a).get(reverse("monitoring:national_report_pdf", args=[2022]))
    assert response.status_code == 404


@pytest.mark.parametrize("name", [*PAGES, *PDFS, "monitoring:records_xlsx"])
def test_the_reports_only_read(client_for, coordinator_a, national_admin, records, name):
    kwargs = {**PAGES, **PDFS, "monitoring:records_xlsx": {"slug": A, "year": 2022}}[name]
    url = reverse(name, kwargs=kwargs)
    assert answer_of(client_for(None).post(url)) == "login"
    assert client_for(coordinator_a).post(url).status_code == 405
    assert client_for(national_admin).post(url).status_code == 405


@pytest.mark.parametrize(
    "name", ["monitoring:year_report", "monitoring:year_report_pdf", "monitoring:records_csv"]
)
@pytest.mark.parametrize("year", [2020, 2023, 1999])
def test_a_year_outside_the_period_is_404(client_for, coordinator_a, records, name, year):
    response = client_for(coordinator_a).get(reverse(name, args=[A, year]))
    assert response.status_code == 404


def test_an_open_period_has_reports_up_to_this_year(client_for, coordinator_a, werkplaats_a):
    werkplaats_a.period_start, werkplaats_a.period_end = date(2024, 1, 1), None
    werkplaats_a.save()
    client = client_for(coordinator_a)
    this_year = timezone.localdate().year
    assert client.get(reverse("monitoring:year_report", args=[A, this_year])).status_code == 200
    assert client.get(reverse("monitoring:year_report", args=[A, this_year + 1])).status_code == 404


def test_a_national_report_of_a_year_no_werkplaats_has_is_404(client_for, national_admin, records):
    # Werkplaats A ran in 2021-2022 and is the only one.
    client = client_for(national_admin)
    assert client.get(reverse("monitoring:national_report", args=[2020])).status_code == 404
    assert client.get(reverse("monitoring:national_report", args=[2021])).status_code == 200


# The yearly report ----------------------------------------------------------------------------


def test_the_year_report_pdf_holds_every_target_with_its_numbers(
    client_for, coordinator_a, werkplaats_a, records, tmp_path
):
    response = client_for(coordinator_a).get(reverse("monitoring:year_report_pdf", args=[A, 2022]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="voortgangsverslag-werkplaats-a-2022.pdf"'
    )
    text = pdf_text(response, tmp_path)

    figures = progress(werkplaats_a).in_year(2022)
    # The yearly targets of 2022, the congress of the last year and those of the whole period.
    assert len(figures) == Target.objects.filter(werkplaats=werkplaats_a).count()
    assert_figures_in(text, figures)
    own = next(figure for figure in figures if figure.target.title == OWN_TITLE)
    assert (own.required, own.realised_count, own.status) == (3, 2, Status.BEHIND)

    # What was held, published, used and linked in 2022, and nothing of 2021.
    for shown in (
        nl("Progress report %(year)s") % {"year": 2022},
        werkplaats_a.name,
        "Regionale bijeenkomst voorjaar",
        "Wijkteam Zuidwest",  # a partner present
        "Buurthuis De Linde",  # an organisation present that is no partner
        "Artikel over schulden",
        "Vakblad Sociaal Werk, 2022, nr. 3",
        "Leeratelier Samen rond",
        "Minor Wijkgericht werken",
        "Armoede en schulden",
        "Bestaanszekerheid en armoede",
    ):
        assert shown in text, shown
    assert "Regionale bijeenkomst 2021" not in text
    assert "Afgelaste themabijeenkomst" not in text
    assert "Blog in de maak" not in text  # a draft: planned, not published
    assert SECRET not in text


def test_the_year_report_page_shows_what_was_held_with_the_people_present(
    client_for, coordinator_a, werkplaats_a, records
):
    response = client_for(coordinator_a).get(reverse("monitoring:year_report", args=[A, 2022]))
    report = response.context["report"]
    assert [group.figures for group in report.groups] == [progress(werkplaats_a).in_year(2022)]

    held = {held.record.title: held for held in report.activities}
    assert set(held) == {
        "Regionale bijeenkomst voorjaar",
        "Regionale bijeenkomst najaar",
        "Themabijeenkomst armoede",
        "Kenniscafé eenzaamheid",
        "Slotcongres",
        '=HYPERLINK("https://evil.example")',
    }
    spring = held["Regionale bijeenkomst voorjaar"]
    assert spring.record.present == 4
    assert spring.organisations == ["Wijkteam Zuidwest", "Buurthuis De Linde", "Bewonersraad Oost"]
    assert report.present == 4 + 3 + 5 + 1 + 6
    assert [p.record.title for p in report.publications] == [
        "Handreiking wijkteams",
        "Tweede handreiking",
        "Artikel over schulden",
    ]
    assert [use.extra["course"] for use in report.course_uses] == ["Minor Wijkgericht werken"]
    assert [step.phase for step in report.ateliers[0].steps] == ["verkennen", "verdiepen"]
    assert [t.title for t in report.agenda_themes] == ["Armoede en schulden"]

    content = response.content.decode()
    assert_shows(response, "Activities held")
    assert "Buurthuis De Linde" in content
    assert "Bestaanszekerheid en armoede" in content
    assert reverse("monitoring:year_report_pdf", args=[A, 2022]) in content
    assert reverse("monitoring:records_xlsx", args=[A, 2022]) in content
    assert SECRET not in content
    assert "geheim" not in content


def test_the_year_report_of_a_year_without_records_says_so(
    client_for, coordinator_a, werkplaats_a, records
):
    response = client_for(coordinator_a).get(reverse("monitoring:year_report", args=[A, 2021]))
    report = response.context["report"]
    assert [held.record.title for held in report.activities] == ["Regionale bijeenkomst 2021"]
    assert report.publications == []
    assert_shows(response, "Nothing was published in this time.")


# The final report ------------------------------------------------------------------------------


def test_the_final_report_pdf_holds_every_figure_of_every_year(
    client_for, coordinator_a, werkplaats_a, records, tmp_path
):
    response = client_for(coordinator_a).get(reverse("monitoring:final_report_pdf", args=[A]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="eindverslag-werkplaats-a.pdf"'
    text = pdf_text(response, tmp_path)

    progressed = progress(werkplaats_a)
    assert nl("Final report") in text
    for target in progressed.targets:
        title = title_of(target)
        assert text.count(title) == len(progressed.of(target)), title
    # First the targets over the whole period, then those of each year.
    assert_figures_in(
        text,
        [f for f in progressed.figures if f.year is None]
        + [f for year in (2021, 2022) for f in progressed.figures if f.year == year],
    )
    # The records of both years.
    assert "Regionale bijeenkomst 2021" in text
    assert "Slotcongres" in text
    assert SECRET not in text


def test_the_final_report_groups_the_figures_by_year(
    client_for, coordinator_a, werkplaats_a, records
):
    response = client_for(coordinator_a).get(reverse("monitoring:final_report", args=[A]))
    report = response.context["report"]
    figures = progress(werkplaats_a).figures
    assert [group.heading for group in report.groups] == [
        nl("Over the whole period"),
        "2021",
        "2022",
    ]
    assert sorted(f.year or 0 for group in report.groups for f in group.figures) == sorted(
        f.year or 0 for f in figures
    )
    assert (report.stretch.first, report.stretch.last) == (date(2021, 1, 1), date(2022, 12, 31))
    assert len(report.activities) == 7  # both years, not the cancelled one
    assert reverse("monitoring:period_records_csv", args=[A]) in response.content.decode()


# The national report ---------------------------------------------------------------------------


def test_the_national_report_puts_every_werkplaats_side_by_side(
    client_for, national_admin, werkplaats_a, records, tmp_path
):
    other = WerkplaatsFactory(name="Werkplaats Zeeland", period_start=date(2022, 7, 1))
    later = WerkplaatsFactory(name="Werkplaats Later", period_start=date(2024, 1, 1))
    for werkplaats in (other, later):
        ensure_standard_targets(werkplaats)
    client = client_for(national_admin)

    page = client.get(reverse("monitoring:national_report", args=[2022]))
    rows = page.context["report"].rows
    assert [row.werkplaats for row in rows] == [werkplaats_a, other]  # not the later one
    assert rows[0].figures == progress(werkplaats_a).in_year(2022)
    assert all(len(row.standards) == 7 for row in rows)

    response = client.get(reverse("monitoring:national_report_pdf", args=[2022]))
    assert response["Content-Disposition"] == 'attachment; filename="landelijk-verslag-2022.pdf"'
    text = pdf_text(response, tmp_path)
    assert werkplaats_a.name in text
    assert "Werkplaats Zeeland" in text
    assert "Werkplaats Later" not in text
    # After the table side by side, each werkplaats with its targets.
    section = text[text.rindex(werkplaats_a.name) : text.rindex("Werkplaats Zeeland")]
    assert_figures_in(section, rows[0].figures)


# The PDF reads only our own static files -------------------------------------------------------


def test_the_pdf_reads_our_stylesheets_and_nothing_else(settings):
    fetcher = StaticFilesOnly("https://werkplaats.example/")
    fetched = fetcher("https://werkplaats.example/static/monitoring/report.css")
    assert b".werkplaats-report" in fetched.read()
    assert fetched.content_type == "text/css"
    for address in (
        "https://elsewhere.example/static/monitoring/report.css",
        "https://werkplaats.example/media/secret.pdf",
        "https://werkplaats.example/static/../settings.py",
        "file:///etc/passwd",
        "http://169.254.169.254/latest/meta-data/",
    ):
        with pytest.raises(ValueError):
            fetcher(address)
    assert static_file("../../settings.py") is None
    assert static_file("/etc/passwd") is None


def test_a_report_costs_the_same_queries_whatever_the_number_of_records(
    client_for, coordinator_a, werkplaats_a, records
):
    def add_rows(number):
        for day in range(1, number + 1):
            activity = meeting(
                werkplaats_a, at(2022, 8, day % 28 + 1), Activity.Kind.WORKSHOP, f"Workshop {day}"
            )
            activity.organisations_present.add(records["partner"])
            PublicationFactory(werkplaats=werkplaats_a, date=date(2022, 8, day % 28 + 1))
            atelier = AtelierFactory(werkplaats=werkplaats_a, period_start=date(2022, 1, 1))
            CourseUseFactory(werkplaats=werkplaats_a, atelier=atelier, publication=None)
            AgendaThemeFactory(agenda=records["agenda_theme"].agenda).national_themes.add(
                records["national_theme"]
            )

    client = client_for(coordinator_a)
    assert_same_cost(client, reverse("monitoring:year_report", args=[A, 2022]), add_rows)
    assert_same_cost(client, reverse("monitoring:final_report", args=[A]), add_rows)
