"""Placeholder: being written."""

from django.http import Http404


def create(request, **kwargs):
    raise Http404


def edit(request, **kwargs):
    raise Http404


def move(request, **kwargs):
    raise Http404


def files(request, **kwargs):
    raise Http404


def file_delete(request, **kwargs):
    raise Http404


def readability(request, **kwargs):
    raise Http404
