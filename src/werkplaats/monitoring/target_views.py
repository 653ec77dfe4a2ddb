"""Placeholder: changing targets (being written)."""

from django.http import HttpResponse


def target_list(request, slug):
    return HttpResponse(status=501)


def target_create(request, slug):
    return HttpResponse(status=501)


def target_edit(request, slug, pk):
    return HttpResponse(status=501)


def target_delete(request, slug, pk):
    return HttpResponse(status=501)
