"""Placeholder: being written."""

from django.http import Http404


def news_list(request, **kwargs):
    raise Http404


def create(request, **kwargs):
    raise Http404


def detail(request, **kwargs):
    raise Http404


def edit(request, **kwargs):
    raise Http404


def publish(request, **kwargs):
    raise Http404
