"""Writing publications: the editor, files, the workflow and the readability indication.

The members of a werkplaats write its publications and send them for review; its researchers
and coordinators (``can_publish``) publish them and send them back to draft. Everybody else
gets 404, logged-out visitors the login page.

A member who may not publish does not see the buttons to publish or to send back, and a POST
that tries it anyway gets 404 too: like every refusal of access in this project, it says
nothing about what exists. A step the workflow itself does not allow (publishing what is
already published) is 409, with the reason.
"""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from werkplaats.accounts.permissions import (
    MANAGE,
    VIEW,
    can,
    can_move_publication,
    can_write_publication,
    get_publication_for_user,
    get_werkplaats_for_user,
)
from werkplaats.lib.forms import add_validation_error
from werkplaats.lib.readability import readability as measure_readability
from werkplaats.publications import selectors, services
from werkplaats.publications.forms import (
    FileForm,
    MoveForm,
    PublicationForm,
    author_formset,
    readability_text,
)
from werkplaats.publications.models import Publication
from werkplaats.publications.services import TRANSITIONS

Status = Publication.Status
# The value of the editor's submit button that measures readability instead of saving.
CHECK = "readability"
# What the live indication reads; more says nothing new about how easy a text is.
READABILITY_TEXT_LIMIT = 20000

MOVE_LABELS = {
    Status.REVIEW: gettext_lazy("Send for review"),
    Status.PUBLISHED: gettext_lazy("Publish"),
    Status.CONCEPT: gettext_lazy("Back to draft"),
}
MOVE_MESSAGES = {
    Status.REVIEW: gettext_lazy("The publication has been sent for review."),
    Status.PUBLISHED: gettext_lazy("The publication has been published."),
    Status.CONCEPT: gettext_lazy("The publication is a draft again."),
}


def allowed_moves(user, publication) -> list[tuple[str, str]]:
    """The steps (status, button label) this user can take from the publication's status."""
    return [
        (status, MOVE_LABELS[status])
        for status in TRANSITIONS[publication.status]
        if can_move_publication(user, publication, status)
    ]


# The editor --------------------------------------------------------------------------------


def _members(werkplaats, publication=None) -> dict:
    """{user id: membership} of who can be chosen as an author; authors who left stay."""
    members = {m.user_id: m for m in selectors.author_members(werkplaats)}
    if publication is not None:
        for author in publication.authors.select_related("user"):
            if author.user_id and author.user_id not in members:
                # Not a member any more: kept as a choice (without organisation) so that
                # saving does not quietly drop the link.
                members[author.user_id] = _Former(author.user)
    return members


class _Former:
    """A former member who is an author: the shape of a Membership the author form reads."""

    organisation = None

    def __init__(self, user):
        self.user = user


def _editor_page(request, werkplaats, form, authors, publication, *, status, checked=False):
    text = form.readability_text()
    if text is None and not form.is_bound and publication is not None and publication.for_residents:
        # The stored text, so the indication is there again after saving.
        text = f"{publication.summary}\n\n{publication.body}"
    return render(
        request,
        "publications/editor.html",
        {
            "werkplaats": werkplaats,
            "publication": publication,
            "form": form,
            "authors": authors,
            "readability": measure_readability(text[:READABILITY_TEXT_LIMIT]) if text else None,
            "checked": checked,
        },
        status=status,
    )


def _save(request, werkplaats, instance, publication, members):
    """Check (readability) or save the posted editor; the page again when it is not saved."""
    created = publication is None
    form = PublicationForm(
        request.POST,
        instance=instance,
        werkplaats=werkplaats,
        everything=can(request.user, MANAGE, werkplaats),
    )
    authors = author_formset(request.POST, members=members)
    valid = form.is_valid() & authors.is_valid()  # both, so both show their errors
    if request.POST.get("action") == CHECK:
        return _editor_page(
            request,
            werkplaats,
            form,
            authors,
            publication,
            status=200 if valid else 400,
            checked=True,
        )
    if valid:
        try:
            saved = services.publication_save(
                actor=request.user,
                publication=form.instance,
                relations=form.relations(),
                authors=authors.authors(),
            )
        except ValidationError as error:
            if created:
                form.instance.pk = None  # rolled back: the form stays a form for a new one
            add_validation_error(form, error)
        else:
            messages.success(
                request,
                _("The publication has been created.")
                if created
                else _("The publication has been saved."),
            )
            return redirect(saved.get_absolute_url())
    return _editor_page(request, werkplaats, form, authors, publication, status=400)


@login_required
def create(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW)
    if not can_write_publication(request.user, werkplaats):
        raise Http404
    members = _members(werkplaats)
    instance = Publication(werkplaats=werkplaats, date=timezone.localdate())
    if request.method == "POST":
        return _save(request, werkplaats, instance, None, members)
    # The writer is the first author, as a member when they are one.
    me = request.user
    first = {"member": me.pk} if me.pk in members else {"name": me.name}
    form = PublicationForm(
        instance=instance, werkplaats=werkplaats, everything=can(me, MANAGE, werkplaats)
    )
    authors = author_formset(members=members, initial=[first])
    return _editor_page(request, werkplaats, form, authors, None, status=200)


@login_required
def edit(request, slug, publication):
    publication = get_publication_for_user(request.user, slug, publication, write=True)
    werkplaats = publication.werkplaats
    members = _members(werkplaats, publication)
    # The form changes its instance while it checks; the page keeps showing what is stored.
    instance = copy.copy(publication)
    if request.method == "POST":
        return _save(request, werkplaats, instance, publication, members)
    form = PublicationForm(
        instance=instance,
        werkplaats=werkplaats,
        everything=can(request.user, MANAGE, werkplaats),
    )
    initial = [
        {"member": author.user_id, "name": author.name, "affiliation": author.affiliation}
        for author in publication.authors.order_by("position", "id")
    ]
    authors = author_formset(members=members, initial=initial)
    return _editor_page(request, werkplaats, form, authors, publication, status=200)


@require_POST
@login_required
def readability(request):
    """The readability indication of the editor, for htmx while someone types."""
    text = readability_text(request.POST)
    # Not for residents: the region stays empty, as it is on the page.
    return render(
        request,
        "publications/includes/readability.html",
        {"readability": measure_readability(text[:READABILITY_TEXT_LIMIT]) if text else None},
    )


# The workflow ------------------------------------------------------------------------------


def _problem(request, publication, problem, *, status):
    return render(
        request,
        "publications/problem.html",
        {"werkplaats": publication.werkplaats, "publication": publication, "problem": problem},
        status=status,
    )


@login_required
def move(request, slug, publication):
    """One step in the workflow: send for review, publish, or back to draft."""
    publication = get_publication_for_user(request.user, slug, publication, write=True)
    if request.method != "POST":
        # Only after the access check, so that others cannot learn what exists.
        return HttpResponseNotAllowed(["POST"])
    form = MoveForm(request.POST)
    if not form.is_valid():
        return _problem(request, publication, _("Choose a step in the workflow."), status=400)
    status = form.cleaned_data["status"]
    if not can_move_publication(request.user, publication, status):
        raise Http404
    try:
        services.publication_move(actor=request.user, publication=publication, status=status)
    except ValidationError as error:
        return _problem(request, publication, " ".join(error.messages), status=409)
    messages.success(request, MOVE_MESSAGES[status])
    return redirect(publication.get_absolute_url())


# Files -------------------------------------------------------------------------------------


def _files_page(request, publication, form, *, status=200):
    return render(
        request,
        "publications/files.html",
        {
            "werkplaats": publication.werkplaats,
            "publication": publication,
            "files": selectors.files_of(publication),
            "form": form,
        },
        status=status,
    )


@login_required
def files(request, slug, publication):
    """The files of a publication: the list, and a form to add one."""
    publication = get_publication_for_user(request.user, slug, publication, write=True)
    if request.method != "POST":
        return _files_page(request, publication, FileForm())
    form = FileForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            stored = services.publication_file_add(
                actor=request.user, publication=publication, upload=form.cleaned_data["file"]
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(
                request, _("%(name)s has been added.") % {"name": stored.original_name}
            )
            return redirect("publications:files", slug=slug, publication=publication.slug)
    return _files_page(request, publication, form, status=400)


@login_required
def file_delete(request, slug, publication, pk):
    publication = get_publication_for_user(request.user, slug, publication, write=True)
    stored = selectors.file_of(publication, pk)
    if stored is None:
        raise Http404
    if request.method != "POST":
        # Only after the access check, so that others cannot learn what exists.
        return HttpResponseNotAllowed(["POST"])
    services.publication_file_delete(actor=request.user, stored=stored)
    messages.success(request, _("%(name)s has been removed.") % {"name": stored.original_name})
    return redirect("publications:files", slug=slug, publication=publication.slug)
