"""Targets (verwachte resultaten) and the progress counted from the records. Targets hold no
personal data; progress gives numbers only, never the records behind them."""

import datetime

from django.db.models import Prefetch
from ninja import Field, Query, Router, Schema

from werkplaats.api.errors import not_found
from werkplaats.api.pagination import Slug, Year
from werkplaats.api.responses import reads
from werkplaats.monitoring.models import Target
from werkplaats.monitoring.progress import progress, title_of
from werkplaats.network.models import Werkplaats

router = Router(tags=["targets"])


class FigureOut(Schema):
    year: int | None = Field(..., description="None: the whole period.")
    first_day: datetime.date
    last_day: datetime.date
    required: int
    realised: int
    planned: int
    percent: int
    status: str = Field(
        ..., description="achieved, on_track, at_risk, behind, not_started or no_end."
    )


class TargetOut(Schema):
    id: int
    standard: str = Field(..., description="The programme's standard it is, or empty.")
    title: str
    measure: str
    minimum: int
    scope: str
    activity_kinds: list[str]
    publication_kinds: list[str]
    appeared_elsewhere: bool
    phase: str
    theme: str | None = Field(..., description="Slug of the theme it counts only.")
    first_year: int | None
    figures: list[FigureOut]


class ProgressOut(Schema):
    werkplaats: str
    today: datetime.date
    years: list[int]
    targets: list[TargetOut]


class ProgressFilters(Schema):
    year: Year | None = Field(None, description="Only the figures of this year (and the period).")


def _figure(figure) -> dict:
    return {
        "year": figure.year,
        "first_day": figure.stretch.first,
        "last_day": figure.stretch.last,
        "required": figure.required,
        "realised": figure.realised_count,
        "planned": figure.planned_count,
        "percent": figure.percent,
        "status": str(figure.status),
    }


@router.get(
    "/werkplaatsen/{slug}/targets",
    response=reads(ProgressOut),
    summary="The targets of a werkplaats with their progress",
)
def werkplaats_targets(request, filters: Query[ProgressFilters], slug: Slug):
    werkplaats = (
        Werkplaats.objects.prefetch_related(
            Prefetch(
                "targets",
                queryset=Target.objects.filter(active=True).select_related("theme").order_by("id"),
                to_attr="active_targets",
            )
        )
        .filter(slug=slug)
        .first()
    )
    if werkplaats is None:
        raise not_found()
    targets = werkplaats.active_targets
    result = progress(werkplaats, targets=targets)
    figures = result.in_year(filters.year) if filters.year else result.figures
    by_target: dict[int, list] = {}
    for figure in figures:
        by_target.setdefault(figure.target.pk, []).append(_figure(figure))
    return {
        "werkplaats": werkplaats.slug,
        "today": result.today,
        "years": result.years,
        "targets": [
            {
                "id": target.pk,
                "standard": target.standard,
                "title": title_of(target),
                "measure": target.measure,
                "minimum": target.minimum,
                "scope": target.scope,
                "activity_kinds": list(target.activity_kinds or []),
                "publication_kinds": list(target.publication_kinds or []),
                "appeared_elsewhere": target.appeared_elsewhere,
                "phase": target.phase,
                "theme": target.theme.slug if target.theme else None,
                "first_year": target.first_year,
                "figures": by_target.get(target.pk, []),
            }
            for target in targets
        ],
    }
