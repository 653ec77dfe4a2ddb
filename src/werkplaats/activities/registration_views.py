"""Placeholder: being written."""

from django.http import Http404


def register(request, **kwargs):
    raise Http404


def registration(request, **kwargs):
    raise Http404


def registration_cancel(request, **kwargs):
    raise Http404


def registration_ics(request, **kwargs):
    raise Http404


def evaluation(request, **kwargs):
    raise Http404
