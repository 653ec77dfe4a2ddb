"""Placeholder: being written."""

from django.http import Http404


def overview(request, **kwargs):
    raise Http404


def use_add(request, **kwargs):
    raise Http404


def course_add(request, **kwargs):
    raise Http404


def use_delete(request, **kwargs):
    raise Http404
