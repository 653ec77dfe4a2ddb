"""The national overview (every werkplaats on a map and in a list) and the theme pages.

Public pages: everyone sees the same, and only what is public.
"""

from django.shortcuts import get_object_or_404, render

from werkplaats.network import overview_selectors as selectors
from werkplaats.network.models import Theme


def overview(request):
    """All werkplaatsen on a map of the provinces and as a list, with what they work on."""
    return render(request, "network/overview.html", {"overview": selectors.network_overview()})


def theme_list(request):
    """The themes the werkplaatsen tag their work with, each with how much is public on it."""
    return render(request, "network/theme_list.html", {"themes": selectors.themes_with_counts()})


def theme_detail(request, slug):
    """Everything public on one theme, from all werkplaatsen."""
    theme = get_object_or_404(Theme, slug=slug)
    return render(request, "network/theme_detail.html", {"page": selectors.theme_page(theme)})
