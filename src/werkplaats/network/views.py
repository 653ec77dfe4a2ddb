from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from werkplaats.accounts.models import Invitation, Membership
from werkplaats.accounts.permissions import MANAGE, get_werkplaats_for_user
from werkplaats.audit.models import AuditEntry
from werkplaats.lib.forms import add_validation_error
from werkplaats.network import selectors, services
from werkplaats.network.forms import (
    OrganisationForm,
    PartnerFilterForm,
    PartnershipForm,
    WerkplaatsForm,
)
from werkplaats.network.models import Organisation, Partnership
from werkplaats.pages.models import ContactMessage

PAGE_SIZE = 30


def organisation_list(request):
    """The partner directory, filtered by name, kind, werkplaats and role."""
    form = PartnerFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    organisations = selectors.organisations_filtered(
        q=filters.get("q", ""),
        kind=filters.get("kind", ""),
        werkplaats=filters.get("werkplaats"),
        role=filters.get("role", ""),
    )
    page = Paginator(organisations, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(
        request,
        "network/organisation_list.html",
        {"form": form, "page": page, "filtered": bool(filters and any(filters.values()))},
        status=200 if not form.is_bound or form.is_valid() else 400,
    )


def organisation_detail(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    partnerships = organisation.partnerships.select_related("werkplaats").order_by(
        "werkplaats__name"
    )
    return render(
        request,
        "network/organisation_detail.html",
        {"organisation": organisation, "partnerships": partnerships},
    )


@login_required
def manage(request, slug):
    """The coordinator's start page for a werkplaats."""
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    return render(
        request,
        "network/manage.html",
        {
            "werkplaats": werkplaats,
            "member_count": Membership.objects.filter(werkplaats=werkplaats).count(),
            "partner_count": werkplaats.partnerships.count(),
            "invitation_count": Invitation.objects.pending().filter(werkplaats=werkplaats).count(),
            "message_count": ContactMessage.objects.filter(werkplaats=werkplaats).count(),
            "audit_entries": AuditEntry.objects.filter(werkplaats=werkplaats).select_related(
                "actor"
            )[:10],
        },
    )


@login_required
def manage_details(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    form = WerkplaatsForm(request.POST if request.method == "POST" else None, instance=werkplaats)
    if request.method == "POST":
        if form.is_valid():
            changes = {name: form.cleaned_data[name] for name in form.changed_data}
            try:
                services.werkplaats_update(
                    actor=request.user, werkplaats=werkplaats, changes=changes
                )
            except ValidationError as error:
                add_validation_error(form, error)
            else:
                messages.success(request, _("The details have been saved."))
                return redirect("network:manage", slug=werkplaats.slug)
        # The form changed the instance in memory; show the page under its stored slug.
        werkplaats.refresh_from_db(fields=["slug", "name"])
    return render(
        request,
        "network/manage_details.html",
        {"werkplaats": werkplaats, "form": form},
        status=400 if form.is_bound else 200,
    )


@login_required
def manage_partners(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    return render(
        request,
        "network/manage_partners.html",
        {"werkplaats": werkplaats, "partnerships": selectors.partnerships_of(werkplaats)},
    )


@login_required
def partner_edit(request, slug, pk=None):
    """Add a partner (pk None) or change the role and period of one."""
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    partnership = (
        get_object_or_404(
            Partnership.objects.select_related("organisation"), pk=pk, werkplaats=werkplaats
        )
        if pk
        else Partnership(werkplaats=werkplaats)
    )
    form = PartnershipForm(
        request.POST if request.method == "POST" else None,
        instance=partnership,
        editing=pk is not None,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.partnership_save(actor=request.user, partnership=form.instance)
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("The partner has been saved."))
            return redirect("network:manage_partners", slug=werkplaats.slug)
    return render(
        request,
        "network/partner_form.html",
        {"werkplaats": werkplaats, "form": form, "partnership": partnership},
        status=400 if form.is_bound else 200,
    )


@login_required
def partner_remove(request, slug, pk):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    partnership = get_object_or_404(
        Partnership.objects.select_related("organisation"), pk=pk, werkplaats=werkplaats
    )
    if request.method == "POST":
        services.partnership_remove(actor=request.user, partnership=partnership)
        messages.success(
            request,
            _("%(organisation)s is no longer a partner.")
            % {"organisation": partnership.organisation},
        )
        return redirect("network:manage_partners", slug=werkplaats.slug)
    return render(
        request,
        "network/partner_remove.html",
        {"werkplaats": werkplaats, "partnership": partnership},
    )


@login_required
def organisation_create(request, slug):
    """A coordinator adds an organisation that is not in the directory yet."""
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    form = OrganisationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.organisation_create(
                actor=request.user, werkplaats=werkplaats, **form.cleaned_data
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(
                request,
                _("%(organisation)s has been added. You can now add it as a partner.")
                % {"organisation": organisation},
            )
            return redirect("network:partner_add", slug=werkplaats.slug)
    return render(
        request,
        "network/organisation_form.html",
        {"werkplaats": werkplaats, "form": form},
        status=400 if form.is_bound else 200,
    )


@login_required
def manage_messages(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    page = Paginator(
        ContactMessage.objects.filter(werkplaats=werkplaats).order_by("-created"), PAGE_SIZE
    ).get_page(request.GET.get("pagina"))
    return render(request, "network/manage_messages.html", {"werkplaats": werkplaats, "page": page})
