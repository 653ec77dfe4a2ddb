"""The dashboards: a werkplaats's targets against its records (its members), every
werkplaats side by side (national admins and coordinators), and the records behind a figure.

Everything shown is counted by ``progress`` from a few queries per werkplaats (see
``counting``), so a dashboard costs the same whatever the number of years and records.
Others get 404, logged-out visitors the login page.
"""

from datetime import date

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.accounts.permissions import (
    can_manage_targets,
    can_see_national_results,
    can_see_results,
    is_national_admin,
)
from werkplaats.monitoring import counting, services
from werkplaats.monitoring.charts import charts_for
from werkplaats.monitoring.forms import YearForm
from werkplaats.monitoring.models import Measure, Scope, Standard, Target
from werkplaats.monitoring.progress import Progress, progress, title_of
from werkplaats.monitoring.reports import RECORD_KINDS
from werkplaats.monitoring.target_views import filters_of
from werkplaats.network.models import Werkplaats
from werkplaats.publications.models import Course


def _werkplaats_for_results(user, slug) -> Werkplaats:
    werkplaats = get_object_or_404(Werkplaats, slug=slug)
    if not can_see_results(user, werkplaats):
        raise Http404
    return werkplaats


def default_year(years: list[int], today: date) -> int:
    """This year when it is in the period; before the period its first year, after it its
    last."""
    return min(max(today.year, years[0]), years[-1])


def _year_table(result: Progress) -> list[dict]:
    """One row per target: its figure in each year of the period (None where the target asks
    nothing that year) and its whole-period figure."""
    found = {(figure.target.pk, figure.year): figure for figure in result.figures}
    return [
        {
            "target": target,
            "title": title_of(target),
            "cells": [found.get((target.pk, year)) for year in result.years],
            "period": found.get((target.pk, None)),
        }
        for target in result.targets
    ]


def _year_form(request, years: list[int], today: date) -> tuple[YearForm, int]:
    """The year asked for by ``?jaar=``, else the default; a year outside ``years`` makes the
    form invalid (the page answers 400 with the message, showing the default year)."""
    default = default_year(years, today)
    data = request.GET if request.GET.get("jaar") else None
    form = YearForm(data, years=years, initial={"jaar": default})
    return form, form.year(default)


@login_required
def dashboard(request, slug):
    werkplaats = _werkplaats_for_results(request.user, slug)
    services.ensure_standard_targets(werkplaats)
    result = progress(werkplaats)
    form, year = _year_form(request, result.years, result.today)
    in_year = [f for f in result.figures if f.year == year and f.target.scope == Scope.YEARLY]
    whole_period = [f for f in result.figures if f.target.scope != Scope.YEARLY]
    coordinator = can_manage_targets(request.user, werkplaats)
    return render(
        request,
        "monitoring/dashboard.html",
        {
            "werkplaats": werkplaats,
            "progress": result,
            "form": form,
            "year": year,
            "in_year": in_year,
            "whole_period": whole_period,
            "year_table": _year_table(result),
            "charts": charts_for(result),
            "is_coordinator": coordinator,
            "sees_national": can_see_national_results(request.user),
        },
        status=400 if form.errors else 200,
    )


def _kind_labels(measure: str) -> dict:
    """The names of the kinds a record of ``measure`` has (its ``kind``); a use in education
    shows its level here."""
    choices = {**RECORD_KINDS, Measure.COURSE_USES: Course.Level}.get(measure)
    return dict(choices.choices) if choices else {}


@login_required
def counted(request, slug, pk, year=None):
    """The records behind one figure: realised and planned, each linked to its page."""
    werkplaats = _werkplaats_for_results(request.user, slug)
    target = get_object_or_404(Target.objects.select_related("theme"), pk=pk, werkplaats=werkplaats)
    result = progress(werkplaats, targets=[target])
    figure = result.figure(target.pk, year)
    if figure is None:  # a year outside the period, or one the target asks nothing of
        raise Http404
    labels = _kind_labels(target.measure)
    return render(
        request,
        "monitoring/counted.html",
        {
            "werkplaats": werkplaats,
            "figure": figure,
            "target": target,
            "filters": filters_of(target),
            "is_activities": target.measure == Measure.ACTIVITIES,
            "lists": [
                (_("Realised"), "realised", _with_kinds(figure.realised, labels)),
                (_("Planned"), "planned", _with_kinds(figure.planned, labels)),
            ],
        },
    )


def _with_kinds(records: list[counting.Record], labels: dict) -> list[dict]:
    return [{"record": record, "kind": labels.get(record.kind, "")} for record in records]


# The national overview -----------------------------------------------------------------------


def _national_years(werkplaatsen, today: date) -> list[int]:
    if not werkplaatsen:
        return [today.year]
    first = min(w.period_start.year for w in werkplaatsen)
    last = max(today.year if w.period_end is None else w.period_end.year for w in werkplaatsen)
    return list(range(first, max(first, last) + 1))


def _national_cell(target, result, year):
    """What one werkplaats shows for one standard target in ``year`` (a dict or None)."""
    if target is None:
        return None
    if not target.active:
        return {"off": True}
    figures = result.of(target)
    if target.scope == Scope.YEARLY:
        figure = next((f for f in figures if f.year == year), None)
    else:  # the whole period, or the last year (shown with its year in every year)
        figure = figures[0] if figures else None
    return {"figure": figure} if figure else None


@login_required
def national(request):
    """Every werkplaats beside the others, per standard target, in one year."""
    if not can_see_national_results(request.user):
        raise Http404
    werkplaatsen = list(Werkplaats.objects.order_by("name"))
    today = counting.local_date(timezone.now())
    form, year = _year_form(request, _national_years(werkplaatsen, today), today)
    for werkplaats in werkplaatsen:
        services.ensure_standard_targets(werkplaats)
    # All standard targets in one query; progress reads each werkplaats's records.
    standards: dict[int, dict[str, Target]] = {w.pk: {} for w in werkplaatsen}
    for target in Target.objects.exclude(standard="").filter(werkplaats__in=werkplaatsen):
        standards[target.werkplaats_id][target.standard] = target
    admin = is_national_admin(request.user)
    rows = []
    for werkplaats in werkplaatsen:
        own = standards[werkplaats.pk]
        active = [target for target in own.values() if target.active]
        in_period = werkplaats.period_start.year <= year and (
            werkplaats.period_end is None or year <= werkplaats.period_end.year
        )
        result = progress(werkplaats, targets=active) if in_period else None
        rows.append(
            {
                "werkplaats": werkplaats,
                "in_period": in_period,
                "link": can_see_results(request.user, werkplaats),
                "cells": [
                    _national_cell(own.get(standard), result, year) if in_period else None
                    for standard in Standard
                ],
            }
        )
    return render(
        request,
        "monitoring/national.html",
        {
            "form": form,
            "year": year,
            "standards": list(Standard),
            "rows": rows,
            "is_national_admin": admin,
        },
        status=400 if form.errors else 200,
    )
