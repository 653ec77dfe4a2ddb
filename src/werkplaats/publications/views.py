"""The kennisbank: the lists of publications (national and per werkplaats), the publication
page and its files.

Everybody reads what is published. Drafts and publications in review are for the members of
their werkplaats; everybody else gets 404. Views and downloads of published publications are
counted per month, without anything about who (see ``services.usage_count``).
"""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse

from werkplaats.accounts.permissions import (
    VIEW,
    can_edit_publication,
    can_publish,
    can_write_publication,
    get_publication_for_user,
    get_werkplaats_for_user,
)
from werkplaats.lib.readability import readability
from werkplaats.lib.uploads import stored_file_response
from werkplaats.publications import selectors, services
from werkplaats.publications.editor_views import allowed_moves
from werkplaats.publications.forms import PublicationFilterForm

PAGE_SIZE = 20


def publication_list(request, slug=None):
    """Published publications, newest first, with filters; on a werkplaats's list its members
    also see the drafts and the publications in review."""
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW) if slug else None
    form = PublicationFilterForm(
        request.GET or None, national=werkplaats is None, years=selectors.published_years()
    )
    filters = form.filters()
    publications = selectors.published_publications(werkplaats=werkplaats, **filters)
    page = Paginator(publications, PAGE_SIZE).get_page(request.GET.get("pagina"))
    member = werkplaats is not None and can_write_publication(request.user, werkplaats)
    context = {
        "werkplaats": werkplaats,
        "form": form,
        "filtered": bool(filters),
        "page": page,
        "may_write": member,
        "unpublished": list(selectors.unpublished_of(werkplaats)) if member else [],
        "national_url": reverse("publications:national"),
    }
    status = 400 if form.is_bound and not form.is_valid() else 200
    return render(request, "publications/list.html", context, status=status)


def detail(request, slug, publication):
    publication = get_publication_for_user(request.user, slug, publication)
    if publication.is_published and request.method == "GET":
        services.usage_count(publication=publication)
    publication = selectors.publication_detail(publication)
    werkplaats = publication.werkplaats
    member = can_write_publication(request.user, werkplaats)
    context = {
        "werkplaats": werkplaats,
        "publication": publication,
        "is_member": member,
        "may_edit": can_edit_publication(request.user, publication),
        "may_publish": member and can_publish(request.user, werkplaats),
        "moves": allowed_moves(request.user, publication) if member else [],
    }
    if member:
        context["usage"] = selectors.usage_by_month(publication)
        if publication.for_residents:
            context["readability"] = readability(f"{publication.summary}\n\n{publication.body}")
    return render(request, "publications/detail.html", context)


def file_download(request, slug, publication, pk):
    """A file of the publication, as a download; counted when the publication is published."""
    publication = get_publication_for_user(request.user, slug, publication)
    stored = selectors.file_of(publication, pk)
    if stored is None:
        raise Http404
    response = stored_file_response(stored)
    if publication.is_published and request.method == "GET":
        services.usage_count(publication=publication, download=True)
    return response
