"""The counted records as CSV and XLSX: one row per record per target, for a year or for the
whole period, exactly what the figures of the dashboard count (so the rows of a target and
year add up to its numbers there).

No personal data: titles, dates and the number of people present, never who they were.
"""

from collections.abc import Iterator
from io import BytesIO

from django.http import HttpResponse
from django.utils.translation import gettext as _

from werkplaats.lib.spreadsheets import csv_response
from werkplaats.monitoring.progress import Figure, title_of
from werkplaats.monitoring.reports import kind_label

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Column widths in the XLSX, in characters.
WIDTHS = (50, 10, 14, 24, 12, 60, 10, 60)


def header() -> list[str]:
    return [
        _("Target"),
        _("Year"),
        _("Realised or planned"),
        _("Kind"),
        _("Date"),
        _("Title"),
        _("Number present"),
        _("Web address"),
    ]


def rows(figures: list[Figure], absolute_url) -> Iterator[list]:
    """The records of each figure: first those realised, then those planned. ``absolute_url``
    turns a path into a full web address (``request.build_absolute_uri``)."""
    realised, planned, period = _("realised"), _("planned"), _("period")
    for figure in figures:
        title = title_of(figure.target)
        year = period if figure.year is None else figure.year
        for state, records in ((realised, figure.realised), (planned, figure.planned)):
            for record in records:
                yield [
                    title,
                    year,
                    state,
                    kind_label(record),
                    record.day,
                    record.title,
                    record.present,
                    absolute_url(record.url) if record.url else "",
                ]


def csv_download(filename: str, figures: list[Figure], absolute_url) -> HttpResponse:
    return csv_response(
        filename,
        header(),
        ([_text(cell) for cell in row] for row in rows(figures, absolute_url)),
    )


def _text(cell):
    return cell.isoformat() if hasattr(cell, "isoformat") else cell


def xlsx_download(filename: str, figures: list[Figure], absolute_url) -> HttpResponse:
    # Imported here, not on every start of the site: openpyxl is slow to import.
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Counted records")[:31]  # the most a sheet's name may have
    sheet.append(header())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for row in rows(figures, absolute_url):
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            # openpyxl takes a text that starts with "=" for a formula; ours are never one.
            if isinstance(cell.value, str):
                cell.data_type = TYPE_STRING
    for column, width in zip(sheet.iter_cols(max_row=1), WIDTHS, strict=True):
        sheet.column_dimensions[column[0].column_letter].width = width
    content = BytesIO()
    workbook.save(content)
    response = HttpResponse(content.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
