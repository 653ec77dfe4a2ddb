from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkplaats.accounts.permissions import (
    MANAGE,
    VIEW,
    VIEW_MEMBERS,
    can,
    get_werkplaats_for_user,
)
from werkplaats.agenda import selectors, services
from werkplaats.agenda.forms import AgendaForm, AgendaThemeForm, CommentForm
from werkplaats.agenda.models import Agenda, AgendaTheme
from werkplaats.lib.forms import add_validation_error
from werkplaats.questions.models import Question

# The kinds of things members can support and comment on, as they appear in the web address.
THEME, QUESTION = "thema", "vraag"


def national(request):
    """All werkplaatsen's current agendas against the themes of the national work programme."""
    return render(request, "agenda/national.html", {"overview": selectors.national_overview()})


def werkplaats_agenda(request, slug):
    """The public, printable agenda of a werkplaats; members can support and comment."""
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW)
    can_take_part = can(request.user, VIEW_MEMBERS, werkplaats)
    page = selectors.agenda_page(
        werkplaats=werkplaats, user=request.user, can_take_part=can_take_part
    )
    return render(
        request,
        "agenda/werkplaats_agenda.html",
        {
            "werkplaats": werkplaats,
            "page": page,
            "can_take_part": can_take_part,
            "can_manage": can(request.user, MANAGE, werkplaats),
        },
    )


def _target(werkplaats, kind: str, pk: int) -> dict:
    """The theme or public question of this werkplaats the member reacts to, or 404."""
    if kind == THEME:
        theme = get_object_or_404(
            AgendaTheme.objects.select_related("agenda"), pk=pk, agenda__werkplaats=werkplaats
        )
        return {"agenda_theme": theme}
    if kind == QUESTION:
        question = get_object_or_404(
            Question.objects.public().only(*selectors.PUBLIC_QUESTION_FIELDS),
            pk=pk,
            werkplaats=werkplaats,
        )
        return {"question": question}
    raise Http404


def _safe_next(request) -> str:
    """The ``next`` page the form was sent from, if it is a page of this site; else ""."""
    target = request.POST.get("next", "")
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


def _back(request, werkplaats):
    """Back to where the member came from, else to the agenda of the werkplaats."""
    return redirect(
        _safe_next(request) or reverse("agenda:werkplaats_agenda", kwargs={"slug": werkplaats.slug})
    )


@login_required
@require_POST
def support(request, slug, kind, pk):
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW_MEMBERS)
    target = _target(werkplaats, kind, pk)
    if services.support_toggle(user=request.user, **target):
        messages.success(request, _("Thank you. Your support has been counted."))
    else:
        messages.success(request, _("Your support has been taken back."))
    return _back(request, werkplaats)


@login_required
@require_POST
def comment(request, slug, kind, pk):
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW_MEMBERS)
    target = _target(werkplaats, kind, pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            services.comment_add(user=request.user, text=form.cleaned_data["text"], **target)
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("Thank you. Your comment has been added."))
            return _back(request, werkplaats)
    # The form again, on its own page: it may have come from the agenda or a question page.
    next_url = _safe_next(request)
    return render(
        request,
        "agenda/comment_form.html",
        {
            "werkplaats": werkplaats,
            "form": form,
            "subject": next(iter(target.values())),
            "action": request.path,
            "next": next_url,
            "cancel_url": next_url
            or reverse("agenda:werkplaats_agenda", kwargs={"slug": werkplaats.slug}),
        },
        status=400,
    )


@login_required
def manage(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    return render(
        request,
        "agenda/manage.html",
        {"werkplaats": werkplaats, "agendas": selectors.agendas_for_manage(werkplaats)},
    )


@login_required
def agenda_edit(request, slug, pk=None):
    """Add an agenda (pk None) or change its title, years and introduction."""
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    agenda = (
        get_object_or_404(Agenda, pk=pk, werkplaats=werkplaats)
        if pk
        else Agenda(werkplaats=werkplaats)
    )
    form = AgendaForm(request.POST if request.method == "POST" else None, instance=agenda)
    if request.method == "POST" and form.is_valid():
        try:
            services.agenda_save(actor=request.user, agenda=form.instance)
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("The agenda has been saved."))
            return redirect("agenda:manage", slug=werkplaats.slug)
    return render(
        request,
        "agenda/agenda_form.html",
        {"werkplaats": werkplaats, "form": form, "agenda": agenda, "editing": pk is not None},
        status=400 if form.is_bound else 200,
    )


def _theme_of(werkplaats, pk):
    return get_object_or_404(
        AgendaTheme.objects.select_related("agenda"), pk=pk, agenda__werkplaats=werkplaats
    )


@login_required
def theme_edit(request, slug, pk=None, agenda_pk=None):
    """Add a theme to an agenda (agenda_pk) or change one (pk)."""
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    if pk:
        theme = _theme_of(werkplaats, pk)
    else:
        theme = AgendaTheme(agenda=get_object_or_404(Agenda, pk=agenda_pk, werkplaats=werkplaats))
    form = AgendaThemeForm(request.POST if request.method == "POST" else None, instance=theme)
    if request.method == "POST" and form.is_valid():
        try:
            services.agenda_theme_save(
                actor=request.user,
                theme=form.instance,
                themes=form.cleaned_data["themes"],
                national_themes=form.cleaned_data["national_themes"],
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("The theme has been saved."))
            manage_url = reverse("agenda:manage", kwargs={"slug": werkplaats.slug})
            return redirect(f"{manage_url}#thema-{theme.pk}")
    return render(
        request,
        "agenda/theme_form.html",
        {"werkplaats": werkplaats, "form": form, "theme": theme, "editing": pk is not None},
        status=400 if form.is_bound else 200,
    )


@login_required
def theme_delete(request, slug, pk):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    theme = _theme_of(werkplaats, pk)
    if request.method == "POST":
        services.agenda_theme_delete(actor=request.user, theme=theme)
        messages.success(request, _("The theme %(title)s has been removed.") % {"title": theme})
        return redirect("agenda:manage", slug=werkplaats.slug)
    return render(request, "agenda/theme_delete.html", {"werkplaats": werkplaats, "theme": theme})
