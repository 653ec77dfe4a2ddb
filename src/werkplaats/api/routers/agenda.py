"""Knowledge agendas with their themes, and the themes of the national work programme."""

from django.db.models import Prefetch
from ninja import Field, Query, Router, Schema

from werkplaats.agenda.models import Agenda, AgendaTheme, NationalTheme
from werkplaats.api.errors import first_or_404
from werkplaats.api.pagination import Id, PageParams, Slug, Year, page_of, paginate
from werkplaats.api.responses import reads
from werkplaats.api.routers.network import ThemeOut
from werkplaats.api.schemas import RecordOut
from werkplaats.network.models import Theme

router = Router(tags=["agendas"])


class NationalThemeOut(Schema):
    slug: str
    name: str
    description: str


class AgendaThemeOut(RecordOut):
    id: int
    title: str
    description: str
    priority: int = Field(..., description="1 high, 2 medium, 3 low.")
    themes: list[ThemeOut]
    national_themes: list[NationalThemeOut]

    @staticmethod
    def resolve_national_themes(obj):
        return list(obj.national_themes.all())


class AgendaOut(RecordOut):
    id: int
    werkplaats: str = Field(..., description="Slug of the werkplaats.")
    title: str
    start_year: int
    end_year: int
    introduction: str
    themes: list[AgendaThemeOut]
    url: str


AgendaPage = page_of(AgendaOut, "AgendaPage")
NationalThemePage = page_of(NationalThemeOut, "NationalThemePage")


class AgendaFilters(PageParams):
    werkplaats: Slug | None = None
    year: Year | None = Field(None, description="Agendas whose years include this one.")
    theme: Slug | None = Field(None, description="Agendas with an agenda theme on this theme.")
    national_theme: Slug | None = None


def _agendas(queryset):
    themes = AgendaTheme.objects.order_by("priority", "title").prefetch_related(
        Prefetch("themes", queryset=Theme.objects.order_by("name")),
        Prefetch("national_themes", queryset=NationalTheme.objects.order_by("order", "name")),
    )
    return queryset.select_related("werkplaats").prefetch_related(
        Prefetch("themes", queryset=themes)
    )


@router.get("/agendas", response=reads(AgendaPage), summary="List knowledge agendas")
def agenda_list(request, filters: Query[AgendaFilters]):
    agendas = Agenda.objects.all()
    if filters.werkplaats:
        agendas = agendas.filter(werkplaats__slug=filters.werkplaats)
    if filters.year:
        agendas = agendas.filter(start_year__lte=filters.year, end_year__gte=filters.year)
    if filters.theme:
        agendas = agendas.filter(themes__themes__slug=filters.theme).distinct()
    if filters.national_theme:
        agendas = agendas.filter(themes__national_themes__slug=filters.national_theme).distinct()
    return paginate(_agendas(agendas).order_by("werkplaats__name", "-start_year", "id"), filters)


@router.get("/agendas/{id}", response=reads(AgendaOut), summary="One knowledge agenda")
def agenda_detail(request, id: Id):
    agenda = first_or_404(_agendas(Agenda.objects.filter(pk=id)))
    return agenda


@router.get(
    "/national-themes",
    response=reads(NationalThemePage),
    summary="List the themes of the national work programme",
)
def national_theme_list(request, filters: Query[PageParams]):
    return paginate(NationalTheme.objects.order_by("order", "name"), filters)
