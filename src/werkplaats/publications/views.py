"""Placeholder: being written."""

from django.http import Http404


def publication_list(request, **kwargs):
    raise Http404


def detail(request, **kwargs):
    raise Http404


def file_download(request, **kwargs):
    raise Http404
