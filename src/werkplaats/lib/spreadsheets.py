"""Downloads that people open in a spreadsheet program.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, so a
title or name someone typed could run in the program of whoever opens the export (CSV
injection). :func:`spreadsheet_safe` puts an apostrophe in front of such a cell, which the
program shows as text; :func:`csv_response` does so for every cell.
"""

import csv
from collections.abc import Iterable

from django.http import HttpResponse

# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value) -> str:
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def csv_response(filename: str, header: list, rows: Iterable[list]) -> HttpResponse:
    """A CSV download in UTF-8 with a byte order mark, so that spreadsheet programs read the
    accents right; ``None`` becomes an empty cell."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([spreadsheet_safe(cell) for cell in header])
    for row in rows:
        writer.writerow(["" if cell is None else spreadsheet_safe(cell) for cell in row])
    return response
