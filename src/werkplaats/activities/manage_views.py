"""Placeholder: being written."""

from django.http import Http404


def create(request, **kwargs):
    raise Http404


def edit(request, **kwargs):
    raise Http404


def cancel(request, **kwargs):
    raise Http404


def programme(request, **kwargs):
    raise Http404


def session_edit(request, **kwargs):
    raise Http404


def session_delete(request, **kwargs):
    raise Http404


def participants(request, **kwargs):
    raise Http404


def report(request, **kwargs):
    raise Http404


def file_delete(request, **kwargs):
    raise Http404
