""" "Nieuws vanuit de werkplaats": the news list, a news item, and the coordinators' editor.

Everybody reads published news. Drafts exist only for the werkplaats's coordinators (and
national admins): anybody else gets 404, as if the draft were not there.
"""

import copy

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from werkplaats.accounts.permissions import MANAGE, VIEW, can, get_werkplaats_for_user
from werkplaats.lib.forms import add_validation_error
from werkplaats.pages.forms import NewsForm
from werkplaats.pages.models import NewsItem
from werkplaats.pages.services import news_publish, news_save

PAGE_SIZE = 20


def _news_item(user, slug: str, news: str, *, manage: bool = False) -> NewsItem:
    """A news item of the werkplaats; a draft (or ``manage``) only for its coordinators."""
    item = get_object_or_404(
        NewsItem.objects.select_related("werkplaats", "author"), werkplaats__slug=slug, slug=news
    )
    if (manage or not item.is_published) and not can(user, MANAGE, item.werkplaats):
        raise Http404
    return item


def news_list(request, slug):
    """Published news, newest first; coordinators also see the drafts, above it."""
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW)
    may_manage = can(request.user, MANAGE, werkplaats)
    news = NewsItem.objects.filter(werkplaats=werkplaats)
    page = Paginator(news.published().order_by("-published_at", "-id"), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    drafts = (
        list(news.filter(status=NewsItem.Status.CONCEPT).order_by("-updated", "-id"))
        if may_manage
        else []
    )
    return render(
        request,
        "pages/news_list.html",
        {"werkplaats": werkplaats, "page": page, "drafts": drafts, "may_manage": may_manage},
    )


def detail(request, slug, news):
    item = _news_item(request.user, slug, news)
    return render(
        request,
        "pages/news_detail.html",
        {
            "werkplaats": item.werkplaats,
            "item": item,
            "may_manage": can(request.user, MANAGE, item.werkplaats),
        },
    )


def _form_page(request, werkplaats, form, item, *, status):
    return render(
        request,
        "pages/news_form.html",
        {"werkplaats": werkplaats, "form": form, "item": item},
        status=status,
    )


@login_required
def create(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    form = NewsForm(
        request.POST if request.method == "POST" else None,
        instance=NewsItem(werkplaats=werkplaats),
    )
    if request.method != "POST":
        return _form_page(request, werkplaats, form, None, status=200)
    if form.is_valid():
        try:
            item = news_save(actor=request.user, item=form.instance)
        except ValidationError as error:
            form.instance.pk = None  # rolled back: the form stays a form for a new item
            add_validation_error(form, error)
        else:
            messages.success(
                request,
                _("The news item has been saved as a draft. Publish it when it is ready."),
            )
            return redirect(item.get_absolute_url())
    return _form_page(request, werkplaats, form, None, status=400)


@login_required
def edit(request, slug, news):
    item = _news_item(request.user, slug, news, manage=True)
    # The form changes its instance while it checks; the page keeps showing what is stored.
    form = NewsForm(request.POST if request.method == "POST" else None, instance=copy.copy(item))
    if request.method != "POST":
        return _form_page(request, item.werkplaats, form, item, status=200)
    if form.is_valid():
        try:
            saved = news_save(actor=request.user, item=form.instance)
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("The news item has been saved."))
            return redirect(saved.get_absolute_url())
    return _form_page(request, item.werkplaats, form, item, status=400)


class PublishForm(forms.Form):
    """The hidden field of the publish and take-back buttons."""

    publish = forms.TypedChoiceField(
        choices=[("1", "publish"), ("0", "take back")], coerce=lambda value: value == "1"
    )


@login_required
def publish(request, slug, news):
    """Publish a draft, or take a published item back (it becomes a draft again)."""
    item = _news_item(request.user, slug, news, manage=True)
    if request.method != "POST":
        # Only after the access check, so that others cannot learn what exists.
        return HttpResponseNotAllowed(["POST"])
    form = PublishForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "pages/news_detail.html",
            {"werkplaats": item.werkplaats, "item": item, "may_manage": True, "problem": True},
            status=400,
        )
    if form.cleaned_data["publish"]:
        item = news_publish(actor=request.user, item=item, publish=True)
        messages.success(request, _("The news item has been published."))
    else:
        item = news_publish(actor=request.user, item=item, publish=False)
        messages.success(
            request, _("The news item is no longer published. Only coordinators can see it.")
        )
    return redirect(item.get_absolute_url())
