""" "In het onderwijs": where the knowledge of the werkplaatsen went into courses.

The overview is public, national and per werkplaats. A use only shows when its source does:
a publication once it is published and an atelier once it is out of preparation, except for
those who may see the draft (the werkplaats's members for publications, its coordinators for
ateliers). Adding and removing uses and adding courses is for the werkplaats's coordinators.
"""

import itertools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from werkplaats.accounts.permissions import (
    MANAGE,
    VIEW,
    can,
    get_werkplaats_for_user,
    managed_werkplaats_ids,
)
from werkplaats.lib.forms import add_validation_error
from werkplaats.publications import services
from werkplaats.publications.education_forms import (
    CourseForm,
    CourseUseForm,
    EducationFilterForm,
)
from werkplaats.publications.models import CourseUse


def _years(uses) -> list[str]:
    return list(uses.order_by("-academic_year").values_list("academic_year", flat=True).distinct())


def overview(request, slug=None):
    """The uses grouped by academic year (newest first), with the filters and a summary."""
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW) if slug else None
    uses = CourseUse.objects.visible_to(request.user)
    if werkplaats is not None:
        uses = uses.filter(werkplaats=werkplaats)
    form = EducationFilterForm(request.GET or None, years=_years(uses), national=werkplaats is None)
    filters = form.filters()
    if level := filters.get("level"):
        uses = uses.filter(course__level=level)
    if year := filters.get("year"):
        uses = uses.filter(academic_year=year)
    if chosen := filters.get("werkplaats"):
        uses = uses.filter(werkplaats=chosen)
    rows = list(
        uses.select_related(
            "werkplaats",
            "course__institution",
            "publication__werkplaats",
            "atelier__werkplaats",
        ).order_by("-academic_year", "course__name", "course__institution__name", "id")
    )
    managed = managed_werkplaats_ids(request.user)
    for row in rows:
        row.may_remove = managed is None or row.werkplaats_id in managed
    return render(
        request,
        "publications/education.html",
        {
            "werkplaats": werkplaats,
            "form": form,
            "filtered": bool(filters),
            "years": [
                (year, list(group))
                for year, group in itertools.groupby(rows, key=lambda row: row.academic_year)
            ],
            "summary": {
                "courses": len({row.course_id for row in rows}),
                "institutions": len({row.course.institution_id for row in rows}),
                "uses": len(rows),
            },
            "with_actions": any(row.may_remove for row in rows),
            "may_manage": werkplaats is not None and can(request.user, MANAGE, werkplaats),
        },
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


def _use_form_page(request, werkplaats, form, *, status):
    return render(
        request,
        "publications/education_use_form.html",
        {"werkplaats": werkplaats, "form": form},
        status=status,
    )


@login_required
def use_add(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    instance = CourseUse(werkplaats=werkplaats)
    if request.method != "POST":
        # Coming back from adding a course, that course is chosen already.
        initial = {"course": request.GET["opleiding"]} if "opleiding" in request.GET else {}
        form = CourseUseForm(instance=instance, werkplaats=werkplaats, initial=initial)
        return _use_form_page(request, werkplaats, form, status=200)
    form = CourseUseForm(request.POST, instance=instance, werkplaats=werkplaats)
    if form.is_valid():
        try:
            services.course_use_save(actor=request.user, use=form.instance)
        except ValidationError as error:
            form.instance.pk = None  # rolled back: the form stays a form for a new one
            add_validation_error(form, error)
        else:
            messages.success(request, _("The use in education has been added."))
            return redirect("publications:education", slug=werkplaats.slug)
    return _use_form_page(request, werkplaats, form, status=400)


@transaction.atomic
@login_required
def course_add(request, slug):
    """Add a course that is not in the list yet, then go back to adding the use."""
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    form = CourseForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            course = services.course_save(
                actor=request.user, werkplaats=werkplaats, course=form.instance
            )
        except ValidationError as error:
            form.instance.pk = None
            add_validation_error(form, error)
        except IntegrityError:
            # Added by somebody else at the same moment.
            form.instance.pk = None
            form.add_error("name", _("This institution already has this course."))
        else:
            messages.success(
                request, _("The course %(course)s has been added.") % {"course": course.name}
            )
            address = reverse("publications:course_use_add", kwargs={"slug": werkplaats.slug})
            return redirect(f"{address}?opleiding={course.pk}")
    return render(
        request,
        "publications/education_course_form.html",
        {"werkplaats": werkplaats, "form": form},
        status=400 if form.is_bound else 200,
    )


@login_required
def use_delete(request, slug, pk):
    """Ask first (GET), remove on POST."""
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    use = get_object_or_404(
        CourseUse.objects.select_related("course__institution", "publication", "atelier"),
        werkplaats=werkplaats,
        pk=pk,
    )
    if request.method == "POST":
        services.course_use_delete(actor=request.user, use=use)
        messages.success(request, _("The use in education has been removed."))
        return redirect("publications:education", slug=werkplaats.slug)
    return render(
        request,
        "publications/education_use_delete.html",
        {"werkplaats": werkplaats, "use": use},
    )
