"""Placeholder: the reports and exports (being written)."""

from django.http import HttpResponse


def year_report(request, slug, year):
    return HttpResponse(status=501)


def year_report_pdf(request, slug, year):
    return HttpResponse(status=501)


def final_report(request, slug):
    return HttpResponse(status=501)


def final_report_pdf(request, slug):
    return HttpResponse(status=501)


def records_csv(request, slug, year=None):
    return HttpResponse(status=501)


def records_xlsx(request, slug, year=None):
    return HttpResponse(status=501)


def national_report(request, year):
    return HttpResponse(status=501)


def national_report_pdf(request, year):
    return HttpResponse(status=501)
