"""Placeholder: being written."""

from django.http import Http404


class RssFeed:
    def __call__(self, request, **kwargs):
        raise Http404


class AtomFeed(RssFeed):
    pass
