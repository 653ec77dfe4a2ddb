"""The reports: a werkplaats's yearly progress report and final report, as a page and as PDF
(the same template, printed by WeasyPrint), its counted records as CSV and XLSX, and the
national report over all werkplaatsen.

The werkplaats's reports are for its coordinators and national admins
(``can_manage_targets``), the national report for national admins. Everybody else gets 404,
logged-out visitors the login page; a year outside the werkplaats's period is 404 too. They
only read: a POST is 405.
"""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_safe

from werkplaats.accounts.permissions import can_manage_targets, is_national_admin
from werkplaats.monitoring import exports, reports
from werkplaats.monitoring.progress import progress
from werkplaats.network.models import Werkplaats

WERKPLAATS_REPORT = "monitoring/reports/werkplaats_report.html"
NATIONAL_REPORT = "monitoring/reports/national_report.html"


def _managed(request, slug) -> Werkplaats:
    werkplaats = get_object_or_404(Werkplaats, slug=slug)
    if not can_manage_targets(request.user, werkplaats):
        raise Http404
    return werkplaats


def _check_year(werkplaats, year, now) -> None:
    if year is not None and year not in reports.report_years(werkplaats, now):
        raise Http404


# The reports of a werkplaats ------------------------------------------------------------------


def _year_report(request, slug, year):
    werkplaats = _managed(request, slug)
    now = timezone.now()
    _check_year(werkplaats, year, now)
    return reports.year_report(werkplaats, year, now=now)


def _final_report(request, slug):
    return reports.final_report(_managed(request, slug), now=timezone.now())


@login_required
@require_safe
def year_report(request, slug, year):
    return render(request, WERKPLAATS_REPORT, {"report": _year_report(request, slug, year)})


@login_required
@require_safe
def year_report_pdf(request, slug, year):
    report = _year_report(request, slug, year)
    filename = f"voortgangsverslag-{report.werkplaats.slug}-{year}.pdf"
    return _pdf(request, WERKPLAATS_REPORT, {"report": report}, filename)


@login_required
@require_safe
def final_report(request, slug):
    return render(request, WERKPLAATS_REPORT, {"report": _final_report(request, slug)})


@login_required
@require_safe
def final_report_pdf(request, slug):
    report = _final_report(request, slug)
    filename = f"eindverslag-{report.werkplaats.slug}.pdf"
    return _pdf(request, WERKPLAATS_REPORT, {"report": report}, filename)


# The counted records --------------------------------------------------------------------------


def _counted(request, slug, year):
    """The figures whose records are exported: those of the year (with those of the whole
    period), or all of them; and the file name without its extension."""
    werkplaats = _managed(request, slug)
    now = timezone.now()
    _check_year(werkplaats, year, now)
    progressed = progress(werkplaats, now=now)
    figures = progressed.figures if year is None else progressed.in_year(year)
    return figures, f"tellingen-{werkplaats.slug}-{year or 'periode'}"


@login_required
@require_safe
def records_csv(request, slug, year=None):
    figures, name = _counted(request, slug, year)
    return exports.csv_download(f"{name}.csv", figures, request.build_absolute_uri)


@login_required
@require_safe
def records_xlsx(request, slug, year=None):
    figures, name = _counted(request, slug, year)
    return exports.xlsx_download(f"{name}.xlsx", figures, request.build_absolute_uri)


# The national report --------------------------------------------------------------------------


def _national_report(request, year):
    if not is_national_admin(request.user):
        raise Http404
    report = reports.national_report(year, now=timezone.now())
    if report is None:
        raise Http404
    return report


@login_required
@require_safe
def national_report(request, year):
    return render(request, NATIONAL_REPORT, {"report": _national_report(request, year)})


@login_required
@require_safe
def national_report_pdf(request, year):
    report = _national_report(request, year)
    return _pdf(request, NATIONAL_REPORT, {"report": report}, f"landelijk-verslag-{year}.pdf")


# PDF ------------------------------------------------------------------------------------------


def _pdf(request, template: str, context: dict, filename: str) -> HttpResponse:
    from werkplaats.lib.pdf import html_to_pdf  # here: WeasyPrint is slow to import

    html = render_to_string(template, {**context, "pdf": True}, request=request)
    response = HttpResponse(
        html_to_pdf(html, request.build_absolute_uri("/")), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
