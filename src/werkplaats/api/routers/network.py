"""Werkplaatsen, partner organisations and themes."""

import datetime

from django.db.models import Prefetch, Q
from ninja import Field, Query, Router, Schema

from werkplaats.api.errors import first_or_404, not_found
from werkplaats.api.pagination import PageParams, Slug, Text, page_of, paginate
from werkplaats.api.responses import choice, reads
from werkplaats.api.schemas import RecordOut
from werkplaats.network.models import Organisation, Partnership, Theme, Werkplaats

router = Router(tags=["werkplaatsen"])


class ThemeOut(Schema):
    slug: str
    name: str


class PartnerOut(Schema):
    organisation: str = Field(..., description="Slug of the organisation.")
    name: str
    kind: str
    role: str
    start: datetime.date | None
    end: datetime.date | None

    @staticmethod
    def resolve_organisation(obj):
        return obj.organisation.slug

    @staticmethod
    def resolve_name(obj):
        return obj.organisation.name

    @staticmethod
    def resolve_kind(obj):
        return obj.organisation.kind


class WerkplaatsOut(RecordOut):
    slug: str
    name: str
    region: str
    province: str
    tagline: str
    status: str
    period_start: datetime.date
    period_end: datetime.date | None
    places: str
    lectoraten: list[str]
    contact_email: str
    themes: list[ThemeOut]
    url: str

    @staticmethod
    def resolve_lectoraten(obj):
        return obj.lectoraat_list


class WerkplaatsDetailOut(WerkplaatsOut):
    goal: str
    approach: str
    education: str
    field_involvement: str
    expected_results: str
    partners: list[PartnerOut]

    @staticmethod
    def resolve_partners(obj):
        return list(obj.partnerships.all())


class OrganisationOut(RecordOut):
    slug: str
    name: str
    kind: str
    website: str
    place: str
    description: str
    werkplaatsen: list[str] = Field(..., description="Slugs of the werkplaatsen it is partner in.")
    url: str

    @staticmethod
    def resolve_werkplaatsen(obj):
        return [partnership.werkplaats.slug for partnership in obj.partnerships.all()]


WerkplaatsPage = page_of(WerkplaatsOut, "WerkplaatsPage")
OrganisationPage = page_of(OrganisationOut, "OrganisationPage")
ThemePage = page_of(ThemeOut, "ThemePage")


class WerkplaatsFilters(PageParams):
    status: choice(Werkplaats.Status) | None = None
    province: str | None = Field(None, max_length=2, pattern=r"^[A-Z]{2}$")
    theme: Slug | None = None
    q: Text | None = Field(None, description="Words in the name, region or places.")


class OrganisationFilters(PageParams):
    kind: choice(Organisation.Kind) | None = None
    werkplaats: Slug | None = Field(None, description="Partners of this werkplaats.")
    q: Text | None = None


def werkplaatsen_with_details():
    return Werkplaats.objects.prefetch_related(
        Prefetch("themes", queryset=Theme.objects.order_by("name"))
    ).order_by("name")


@router.get("/werkplaatsen", response=reads(WerkplaatsPage), summary="List werkplaatsen")
def werkplaats_list(request, filters: Query[WerkplaatsFilters]):
    werkplaatsen = werkplaatsen_with_details()
    if filters.status:
        werkplaatsen = werkplaatsen.filter(status=filters.status)
    if filters.province:
        werkplaatsen = werkplaatsen.filter(province=filters.province)
    if filters.theme:
        werkplaatsen = werkplaatsen.filter(themes__slug=filters.theme)
    if filters.q:
        werkplaatsen = werkplaatsen.filter(
            Q(name__icontains=filters.q)
            | Q(region__icontains=filters.q)
            | Q(places__icontains=filters.q)
        )
    return paginate(werkplaatsen, filters)


@router.get("/werkplaatsen/{slug}", response=reads(WerkplaatsDetailOut), summary="One werkplaats")
def werkplaats_detail(request, slug: Slug):
    werkplaats = (
        werkplaatsen_with_details()
        .prefetch_related(
            Prefetch(
                "partnerships",
                queryset=Partnership.objects.select_related("organisation").order_by(
                    "role", "organisation__name"
                ),
            )
        )
        .filter(slug=slug)
        .first()
    )
    if werkplaats is None:
        raise not_found()
    return werkplaats


def organisations_with_details():
    return Organisation.objects.prefetch_related(
        Prefetch(
            "partnerships",
            queryset=Partnership.objects.select_related("werkplaats").order_by("werkplaats__name"),
        )
    ).order_by("name")


@router.get(
    "/organisations",
    response=reads(OrganisationPage),
    tags=["organisations"],
    summary="List partner organisations",
)
def organisation_list(request, filters: Query[OrganisationFilters]):
    organisations = organisations_with_details()
    if filters.kind:
        organisations = organisations.filter(kind=filters.kind)
    if filters.werkplaats:
        organisations = organisations.filter(partnerships__werkplaats__slug=filters.werkplaats)
    if filters.q:
        organisations = organisations.filter(
            Q(name__icontains=filters.q) | Q(place__icontains=filters.q)
        )
    return paginate(organisations, filters)


@router.get(
    "/organisations/{slug}",
    response=reads(OrganisationOut),
    tags=["organisations"],
    summary="One partner organisation",
)
def organisation_detail(request, slug: Slug):
    organisation = first_or_404(organisations_with_details().filter(slug=slug))
    return organisation


@router.get("/themes", response=reads(ThemePage), tags=["themes"], summary="List themes")
def theme_list(request, filters: Query[PageParams]):
    return paginate(Theme.objects.order_by("name"), filters)
