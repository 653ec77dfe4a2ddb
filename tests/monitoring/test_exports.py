"""The counted records as CSV and XLSX (monitoring.exports): the same rows as the figures of
the dashboard, safe to open in a spreadsheet, for coordinators and national admins only."""

import csv
import io
from collections import Counter
from datetime import date, datetime

import openpyxl
import pytest
from django.urls import reverse

from tests.activities.organisers import answer_of
from tests.conftest import ROLES
from tests.helpers import nl
from tests.monitoring.report_data import OWN_TITLE, SECRET, make_records
from werkplaats.monitoring.progress import progress, title_of

A = "werkplaats-a"
EXPORTS = {
    "monitoring:records_csv": {"slug": A, "year": 2022},
    "monitoring:records_xlsx": {"slug": A, "year": 2022},
    "monitoring:period_records_csv": {"slug": A},
    "monitoring:period_records_xlsx": {"slug": A},
}
FORMULA = '=HYPERLINK("https://evil.example")'


@pytest.fixture
def records(werkplaats_a):
    return make_records(werkplaats_a)


def csv_rows(response) -> list[list[str]]:
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff"), "spreadsheet programs need the byte order mark"
    return list(csv.reader(io.StringIO(content[1:])))


def xlsx_rows(response) -> list[tuple]:
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert len(workbook.worksheets) == 1
    return [tuple(cell.value for cell in row) for row in workbook.active.iter_rows()]


def counted(rows, realised: str) -> Counter:
    """{(target, year): number of rows} of those realised (or planned)."""
    return Counter((row[0], str(row[1])) for row in rows[1:] if row[2] == realised)


def expected(figures, attribute: str) -> Counter:
    period = nl("period")
    return Counter(
        {
            (title_of(f.target), str(f.year or period)): getattr(f, attribute)
            for f in figures
            if getattr(f, attribute)
        }
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", EXPORTS)
def test_only_coordinators_and_national_admins_export(client_for, role_users, records, name, role):
    response = client_for(role_users[role]).get(reverse(name, kwargs=EXPORTS[name]))
    managers = {"coordinator_a", "national_admin"}
    assert answer_of(response) == (
        "login" if role == "anonymous" else 200 if role in managers else 404
    )


@pytest.mark.parametrize("name", ["monitoring:records_csv", "monitoring:records_xlsx"])
def test_a_year_outside_the_period_has_no_export(client_for, coordinator_a, records, name):
    assert client_for(coordinator_a).get(reverse(name, args=[A, 2023])).status_code == 404


def test_the_csv_of_a_year_has_a_row_for_each_record_the_dashboard_counts(
    client_for, coordinator_a, werkplaats_a, records
):
    response = client_for(coordinator_a).get(reverse("monitoring:records_csv", args=[A, 2022]))
    assert response["Content-Disposition"] == (
        'attachment; filename="tellingen-werkplaats-a-2022.csv"'
    )
    rows = csv_rows(response)
    assert rows[0] == [
        nl("Target"),
        nl("Year"),
        nl("Realised or planned"),
        nl("Kind"),
        nl("Date"),
        nl("Title"),
        nl("Number present"),
        nl("Web address"),
    ]
    figures = progress(werkplaats_a).in_year(2022)
    assert counted(rows, nl("realised")) == expected(figures, "realised_count")
    assert counted(rows, nl("planned")) == expected(figures, "planned_count")
    # Something was planned (the draft blog), so the comparison says something.
    assert sum(counted(rows, nl("planned")).values()) == 1

    spring = next(row for row in rows if row[5] == "Regionale bijeenkomst voorjaar")
    assert spring[1:5] == ["2022", nl("realised"), nl("regional meeting"), "2022-03-10"]
    assert spring[6] == "4"
    assert spring[7].startswith("http://testserver/werkplaatsen/werkplaats-a/activiteiten/")
    article = next(row for row in rows if row[5] == "Artikel over schulden")
    assert article[6] == ""  # nobody is present at a publication
    assert {row[1] for row in rows[1:]} == {"2022", nl("period")}


def test_the_period_csv_has_every_year(client_for, coordinator_a, werkplaats_a, records):
    response = client_for(coordinator_a).get(reverse("monitoring:period_records_csv", args=[A]))
    assert response["Content-Disposition"] == (
        'attachment; filename="tellingen-werkplaats-a-periode.csv"'
    )
    rows = csv_rows(response)
    figures = progress(werkplaats_a).figures
    assert counted(rows, nl("realised")) == expected(figures, "realised_count")
    assert counted(rows, nl("planned")) == expected(figures, "planned_count")
    assert ("2021", "Regionale bijeenkomst 2021") in {(row[1], row[5]) for row in rows}


def test_the_csv_cannot_run_formulas_and_names_nobody(client_for, coordinator_a, records):
    response = client_for(coordinator_a).get(reverse("monitoring:records_csv", args=[A, 2022]))
    rows = csv_rows(response)
    titles = [row[5] for row in rows if row[0] == OWN_TITLE]
    assert f"'{FORMULA}" in titles
    assert FORMULA not in titles
    assert SECRET not in response.content.decode()
    assert "geheim" not in response.content.decode()


def test_the_xlsx_has_the_same_rows_as_the_csv(client_for, coordinator_a, records):
    client = client_for(coordinator_a)
    response = client.get(reverse("monitoring:records_xlsx", args=[A, 2022]))
    assert response["Content-Disposition"] == (
        'attachment; filename="tellingen-werkplaats-a-2022.xlsx"'
    )
    rows = xlsx_rows(response)
    from_csv = csv_rows(client.get(reverse("monitoring:records_csv", args=[A, 2022])))

    def as_csv(value):
        if isinstance(value, datetime):
            return value.date().isoformat()
        if value == FORMULA:
            return f"'{FORMULA}"  # the CSV guards it with an apostrophe; the XLSX needs none
        return "" if value is None else str(value)

    assert [[as_csv(value) for value in row] for row in rows] == from_csv

    spring = next(row for row in rows if row[5] == "Regionale bijeenkomst voorjaar")
    assert spring[1] == 2022
    assert spring[4].date() == date(2022, 3, 10)  # a date the spreadsheet can sort on
    assert spring[6] == 4


def test_the_xlsx_keeps_a_formula_as_text(client_for, coordinator_a, records):
    response = client_for(coordinator_a).get(reverse("monitoring:records_xlsx", args=[A, 2022]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cells = [row[5] for row in sheet.iter_rows(min_row=2) if row[5].value == FORMULA]
    assert len(cells) == 1
    assert cells[0].data_type == "s"  # text, not "f" (a formula)


def test_the_period_xlsx_matches_the_dashboard(client_for, coordinator_a, werkplaats_a, records):
    response = client_for(coordinator_a).get(reverse("monitoring:period_records_xlsx", args=[A]))
    rows = xlsx_rows(response)
    figures = progress(werkplaats_a).figures
    assert counted(rows, nl("realised")) == expected(figures, "realised_count")
    assert counted(rows, nl("planned")) == expected(figures, "planned_count")
