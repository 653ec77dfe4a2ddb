"""Reads of the national overview and the national theme pages.

Both pages cost a fixed number of queries whatever the number of werkplaatsen, themes or
records. "The latest three per werkplaats" is one query with a window function (ROW_NUMBER
over each werkplaats), not one query per werkplaats. They show only what anyone may see:
published publications, public questions, ateliers past preparation, and public activities
that are not cancelled.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Subquery, Value, Window
from django.db.models.functions import Coalesce, RowNumber
from django.utils import timezone

from werkplaats.activities.models import Activity
from werkplaats.agenda.models import Agenda, AgendaTheme, NationalTheme
from werkplaats.agenda.selectors import PUBLIC_QUESTION_FIELDS, current_agenda
from werkplaats.ateliers.models import Atelier
from werkplaats.network.models import Province, Theme, Werkplaats
from werkplaats.network.overview_map import PROVINCE_SHAPES, VIEWBOX
from werkplaats.publications.models import Publication
from werkplaats.questions.models import Question

UPCOMING_PER_WERKPLAATS = 3  # the calendar of the werkplaats has the rest
LATEST_PER_WERKPLAATS = 3  # its kennisbank has the rest
THEME_PAGE_ROWS = 20  # per section of a theme page; the national lists filtered by theme have more


def shown_activities(now=None):
    """Public, not cancelled, not yet over: what a national page lists as coming up."""
    return (
        Activity.objects.public()
        .exclude(status=Activity.Status.CANCELLED)
        .filter(end__gt=now or timezone.now())
    )


def _first_per_werkplaats(queryset, *, partition: str, order: list, limit: int):
    """The first ``limit`` rows per werkplaats in one query (ROW_NUMBER per partition)."""
    return (
        queryset.annotate(position=Window(RowNumber(), partition_by=[F(partition)], order_by=order))
        .filter(position__lte=limit)
        .order_by(partition, "position")
    )


# The national overview ---------------------------------------------------------------------


@dataclass
class WerkplaatsRow:
    werkplaats: Werkplaats
    agenda: Agenda | None = None
    agenda_themes: list = field(default_factory=list)
    ateliers: list = field(default_factory=list)
    activities: list = field(default_factory=list)
    publications: list = field(default_factory=list)


@dataclass
class ProvinceOnMap:
    code: str
    name: str
    path: str
    label_x: int
    label_y: int
    rows: list = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def anchor(self) -> str:
        return f"provincie-{self.code.lower()}"


@dataclass
class NetworkOverview:
    viewbox: str
    provinces: list  # every province, in the order of the choices (north to south)
    without_province: list  # rows whose werkplaats has no province yet
    count: int
    active_count: int

    @property
    def provinces_with_werkplaatsen(self) -> list:
        return [province for province in self.provinces if province.rows]

    @property
    def provinces_without_werkplaatsen(self) -> list:
        return [province for province in self.provinces if not province.rows]


def network_overview(*, now=None, year: int | None = None) -> NetworkOverview:
    """Every werkplaats on the map and in the list, with its current agenda's themes, active
    ateliers, next public activities and latest publications. Seven queries."""
    now = now or timezone.now()
    werkplaatsen = list(Werkplaats.objects.order_by("name"))
    rows = {werkplaats.pk: WerkplaatsRow(werkplaats) for werkplaats in werkplaatsen}

    agendas = defaultdict(list)
    for agenda in Agenda.objects.order_by("-start_year"):
        agendas[agenda.werkplaats_id].append(agenda)
    current = {pk: current_agenda(found, year) for pk, found in agendas.items()}
    for pk, agenda in current.items():
        rows[pk].agenda = agenda
    werkplaats_of_agenda = {agenda.pk: pk for pk, agenda in current.items()}
    for theme in AgendaTheme.objects.filter(agenda__in=list(werkplaats_of_agenda)).order_by(
        "priority", "title"
    ):
        rows[werkplaats_of_agenda[theme.agenda_id]].agenda_themes.append(theme)

    for atelier in (
        Atelier.objects.filter(status=Atelier.Status.ACTIVE)
        .select_related("werkplaats")
        .order_by("werkplaats_id", "-period_start", "title")
    ):
        rows[atelier.werkplaats_id].ateliers.append(atelier)

    # Activities a werkplaats organises, alone or with others: two windowed queries.
    upcoming = defaultdict(list)
    own = _first_per_werkplaats(
        shown_activities(now),
        partition="werkplaats_id",
        order=[F("start").asc(), F("id").asc()],
        limit=UPCOMING_PER_WERKPLAATS,
    ).select_related("werkplaats")
    for activity in own:
        upcoming[activity.werkplaats_id].append(activity)
    joint = _first_per_werkplaats(
        Activity.co_organisers.through.objects.filter(
            activity__in=shown_activities(now).values("pk")
        ),
        partition="werkplaats_id",
        order=[F("activity__start").asc(), F("activity__id").asc()],
        limit=UPCOMING_PER_WERKPLAATS,
    ).select_related("activity__werkplaats")
    for link in joint:
        upcoming[link.werkplaats_id].append(link.activity)
    for pk, activities in upcoming.items():
        rows[pk].activities = sorted(activities, key=lambda a: (a.start, a.pk))[
            :UPCOMING_PER_WERKPLAATS
        ]

    publications = _first_per_werkplaats(
        Publication.objects.published(),
        partition="werkplaats_id",
        order=[F("date").desc(), F("id").desc()],
        limit=LATEST_PER_WERKPLAATS,
    ).select_related("werkplaats")
    for publication in publications:
        rows[publication.werkplaats_id].publications.append(publication)

    provinces = {
        code: ProvinceOnMap(code, str(name), *PROVINCE_SHAPES[code])
        for code, name in Province.choices
    }
    without_province = []
    for werkplaats in werkplaatsen:
        row = rows[werkplaats.pk]
        if werkplaats.province in provinces:
            provinces[werkplaats.province].rows.append(row)
        else:
            without_province.append(row)
    return NetworkOverview(
        viewbox=VIEWBOX,
        provinces=list(provinces.values()),
        without_province=without_province,
        count=len(werkplaatsen),
        active_count=sum(w.status == Werkplaats.Status.ACTIVE for w in werkplaatsen),
    )


# The national theme pages ------------------------------------------------------------------


def _count(model, relation: str, queryset=None):
    """How many rows of ``model`` (or of ``queryset``) carry the outer theme, as a subquery."""
    rows = (
        (queryset if queryset is not None else model.objects.all())
        .filter(**{relation: OuterRef("pk")})
        .order_by()
        .values(relation)
        .annotate(n=Count("pk", distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def themes_with_counts(*, now=None):
    """Every theme with how many public records carry it, for the list of themes. One query."""
    now = now or timezone.now()
    return Theme.objects.annotate(
        question_count=_count(Question, "themes", Question.objects.public()),
        atelier_count=_count(Atelier, "themes", Atelier.objects.public()),
        activity_count=_count(Activity, "themes", shown_activities(now)),
        publication_count=_count(Publication, "themes", Publication.objects.published()),
        agenda_theme_count=_count(AgendaTheme, "themes"),
    ).order_by("name")


@dataclass
class ThemePage:
    theme: Theme
    agenda_themes: list
    national_themes: list  # national work programme themes its agenda themes connect to
    questions: list
    ateliers: list
    activities: list
    publications: list
    more: dict  # section -> whether there is more than shown


def _limited(queryset, limit: int) -> tuple[list, bool]:
    rows = list(queryset[: limit + 1])
    return rows[:limit], len(rows) > limit


def theme_page(theme: Theme, *, now=None) -> ThemePage:
    """Everything public on one theme across all werkplaatsen. Six queries."""
    now = now or timezone.now()
    agenda_themes = list(
        AgendaTheme.objects.filter(themes=theme)
        .select_related("agenda__werkplaats")
        .prefetch_related(Prefetch("national_themes", queryset=NationalTheme.objects.all()))
        .order_by("agenda__werkplaats__name", "-agenda__start_year", "priority", "title")
    )
    national = {}
    for agenda_theme in agenda_themes:
        for national_theme in agenda_theme.national_themes.all():
            national[national_theme.pk] = national_theme
    questions, more_questions = _limited(
        Question.objects.public()
        .filter(themes=theme)
        .select_related("werkplaats")
        .only(*PUBLIC_QUESTION_FIELDS, "werkplaats__name", "werkplaats__slug")
        .order_by("-created", "-pk"),
        THEME_PAGE_ROWS,
    )
    ateliers, more_ateliers = _limited(
        Atelier.objects.public()
        .filter(themes=theme)
        .select_related("werkplaats")
        .order_by("-period_start", "title", "id"),
        THEME_PAGE_ROWS,
    )
    activities, more_activities = _limited(
        shown_activities(now)
        .filter(themes=theme)
        .select_related("werkplaats")
        .order_by("start", "id"),
        THEME_PAGE_ROWS,
    )
    publications, more_publications = _limited(
        Publication.objects.published()
        .filter(themes=theme)
        .select_related("werkplaats")
        .order_by("-date", "-id"),
        THEME_PAGE_ROWS,
    )
    return ThemePage(
        theme=theme,
        agenda_themes=agenda_themes,
        national_themes=sorted(national.values(), key=lambda n: (n.order, n.name)),
        questions=questions,
        ateliers=ateliers,
        activities=activities,
        publications=publications,
        more={
            "questions": more_questions,
            "ateliers": more_ateliers,
            "activities": more_activities,
            "publications": more_publications,
        },
    )
