"""Changing the targets of a werkplaats (its coordinators and national admins; others 404).

The standard targets of the programme can be changed (title, minimum, first year) and switched
off, not deleted; a werkplaats adds its own. Every change goes through ``services`` (audit trail).
"""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from werkplaats.accounts.permissions import can_manage_targets
from werkplaats.activities.models import Activity
from werkplaats.ateliers.models import Phase
from werkplaats.audit.services import changed_fields
from werkplaats.lib.forms import add_validation_error
from werkplaats.monitoring import services
from werkplaats.monitoring.forms import TargetForm
from werkplaats.monitoring.models import Measure, Target
from werkplaats.monitoring.progress import title_of
from werkplaats.monitoring.standards import STANDARD_TARGETS
from werkplaats.network.models import Werkplaats
from werkplaats.publications.models import Publication


def managed_werkplaats(user, slug) -> Werkplaats:
    werkplaats = get_object_or_404(Werkplaats, slug=slug)
    if not can_manage_targets(user, werkplaats):
        raise Http404
    return werkplaats


def _target_of(werkplaats, pk) -> Target:
    return get_object_or_404(Target.objects.select_related("theme"), pk=pk, werkplaats=werkplaats)


def filters_of(target: Target) -> list[str]:
    """What a target's filters say, in words (empty: it counts every record of its measure)."""
    said = []
    if target.measure == Measure.ACTIVITIES and target.activity_kinds:
        kinds = dict(Activity.Kind.choices)
        said.append(", ".join(str(kinds.get(kind, kind)) for kind in target.activity_kinds))
    if target.measure == Measure.PUBLICATIONS and target.publication_kinds:
        kinds = dict(Publication.Kind.choices)
        said.append(", ".join(str(kinds.get(kind, kind)) for kind in target.publication_kinds))
    if target.measure == Measure.PUBLICATIONS and target.appeared_elsewhere:
        said.append(_("also appeared elsewhere"))
    if target.measure == Measure.ATELIER_PHASES and target.phase:
        said.append(_("phase: %(phase)s") % {"phase": dict(Phase.choices).get(target.phase)})
    if target.theme_id:
        said.append(_("theme: %(theme)s") % {"theme": target.theme.name})
    if target.first_year:
        said.append(_("from %(year)s") % {"year": target.first_year})
    return said


@login_required
def target_list(request, slug):
    werkplaats = managed_werkplaats(request.user, slug)
    services.ensure_standard_targets(werkplaats)
    targets = list(
        Target.objects.filter(werkplaats=werkplaats).select_related("theme").order_by("pk")
    )
    # The standard ones first in the programme's order, then the werkplaats's own.
    order = {standard: index for index, standard in enumerate(STANDARD_TARGETS)}
    targets.sort(key=lambda target: (target.standard == "", order.get(target.standard, 0)))
    rows = [
        {"target": target, "title": title_of(target), "filters": filters_of(target)}
        for target in targets
    ]
    return render(request, "monitoring/targets.html", {"werkplaats": werkplaats, "rows": rows})


def _form_page(request, werkplaats, form, target, *, status):
    return render(
        request,
        "monitoring/target_form.html",
        {
            "werkplaats": werkplaats,
            "form": form,
            "target": target,
            "title": title_of(target) if target.pk else "",
        },
        status=status,
    )


def _save(request, werkplaats, target):
    created = target.pk is None
    # The form changes its instance while it checks; the page keeps showing what is stored.
    form = TargetForm(request.POST, instance=copy.copy(target))
    if form.is_valid():
        try:
            saved = services.target_save(
                actor=request.user, target=form.instance, changed=changed_fields(form)
            )
        except ValidationError as error:
            if created:
                form.instance.pk = None  # rolled back: the form stays a form for a new one
            add_validation_error(form, error)
        else:
            messages.success(
                request,
                (
                    _("The target %(title)s has been added.")
                    if created
                    else _("The target %(title)s has been saved.")
                )
                % {"title": title_of(saved)},
            )
            return redirect("monitoring:targets", slug=werkplaats.slug)
    return _form_page(request, werkplaats, form, target, status=400)


@login_required
def target_create(request, slug):
    werkplaats = managed_werkplaats(request.user, slug)
    target = Target(werkplaats=werkplaats, measure=Measure.ACTIVITIES, minimum=1)
    if request.method == "POST":
        return _save(request, werkplaats, target)
    return _form_page(request, werkplaats, TargetForm(instance=target), target, status=200)


@login_required
def target_edit(request, slug, pk):
    werkplaats = managed_werkplaats(request.user, slug)
    target = _target_of(werkplaats, pk)
    if request.method == "POST":
        return _save(request, werkplaats, target)
    return _form_page(request, werkplaats, TargetForm(instance=target), target, status=200)


@login_required
def target_delete(request, slug, pk):
    """GET asks; POST deletes. A standard target is refused (409): it can be switched off."""
    werkplaats = managed_werkplaats(request.user, slug)
    target = _target_of(werkplaats, pk)
    title = title_of(target)
    if request.method == "POST":
        try:
            services.target_delete(actor=request.user, target=target)
        except ValidationError as error:
            return render(
                request,
                "monitoring/target_delete.html",
                {"werkplaats": werkplaats, "target": target, "title": title, "refused": error},
                status=409,
            )
        messages.success(request, _("The target %(title)s has been deleted.") % {"title": title})
        return redirect("monitoring:targets", slug=werkplaats.slug)
    return render(
        request,
        "monitoring/target_delete.html",
        {"werkplaats": werkplaats, "target": target, "title": title},
    )
