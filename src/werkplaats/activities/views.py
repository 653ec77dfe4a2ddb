"""Placeholder: being written."""

from django.http import Http404


def calendar_list(request, **kwargs):
    raise Http404


def month(request, **kwargs):
    raise Http404


def archive(request, **kwargs):
    raise Http404


def feed(request, **kwargs):
    raise Http404


def detail(request, **kwargs):
    raise Http404


def activity_ics(request, **kwargs):
    raise Http404


def file_download(request, **kwargs):
    raise Http404
