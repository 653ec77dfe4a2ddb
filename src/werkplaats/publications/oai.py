"""Placeholder: being written."""

from django.http import Http404


def endpoint(request, **kwargs):
    raise Http404
