"""Learning ateliers (leerateliers and the like) that are public: not in preparation."""

import datetime

from django.db.models import Q
from ninja import Field, Query, Router, Schema

from werkplaats.api.errors import first_or_404
from werkplaats.api.pagination import Id, PageParams, Slug, Text, Year, page_of, paginate
from werkplaats.api.responses import choice, reads
from werkplaats.api.routers.network import ThemeOut
from werkplaats.api.schemas import RecordOut
from werkplaats.ateliers.models import Atelier, Phase
from werkplaats.ateliers.selectors import public_ateliers

router = Router(tags=["ateliers"])


class OrganisationRef(Schema):
    slug: str
    name: str


class AtelierOut(RecordOut):
    id: int
    werkplaats: str = Field(..., description="Slug of the werkplaats.")
    slug: str
    title: str
    kind: str
    status: str
    phase: str
    description: str
    period_start: datetime.date
    period_end: datetime.date | None
    places: str
    themes: list[ThemeOut]
    partners: list[OrganisationRef]
    url: str

    @staticmethod
    def resolve_partners(obj):
        return list(obj.partners.all())


AtelierPage = page_of(AtelierOut, "AtelierPage")


class AtelierFilters(PageParams):
    werkplaats: Slug | None = None
    theme: Slug | None = None
    kind: choice(Atelier.Kind) | None = None
    status: choice(Atelier.Status) | None = None
    phase: choice(Phase) | None = None
    year: Year | None = Field(None, description="Ateliers running in this year.")
    q: Text | None = Field(None, description="Words in the title or description.")


@router.get("/ateliers", response=reads(AtelierPage), summary="List public learning ateliers")
def atelier_list(request, filters: Query[AtelierFilters]):
    ateliers = public_ateliers(
        phase=filters.phase or "", kind=filters.kind or "", status=filters.status or ""
    )
    if filters.werkplaats:
        ateliers = ateliers.filter(werkplaats__slug=filters.werkplaats)
    if filters.theme:
        ateliers = ateliers.filter(themes__slug=filters.theme)
    if filters.year:
        ateliers = ateliers.filter(period_start__year__lte=filters.year).filter(
            Q(period_end__isnull=True) | Q(period_end__year__gte=filters.year)
        )
    if filters.q:
        ateliers = ateliers.filter(
            Q(title__icontains=filters.q) | Q(description__icontains=filters.q)
        )
    return paginate(ateliers, filters)


@router.get("/ateliers/{id}", response=reads(AtelierOut), summary="One public learning atelier")
def atelier_detail(request, id: Id):
    atelier = first_or_404(public_ateliers().filter(pk=id))
    return atelier
