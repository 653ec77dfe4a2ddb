"""Placeholder: the dashboards (being written)."""

from django.http import HttpResponse


def national(request):
    return HttpResponse(status=501)


def dashboard(request, slug):
    return HttpResponse(status=501)


def counted(request, slug, pk, year=None):
    return HttpResponse(status=501)
