"""Reads of the knowledge agenda, each a fixed number of queries whatever the number of rows.

Public pages only ever see public questions, and only the fields a public page shows: the
asker's details are not even read.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from werkplaats.agenda.models import Agenda, AgendaTheme, Comment, NationalTheme, Support
from werkplaats.network.models import Werkplaats
from werkplaats.questions.models import Question

# What a public page may read of a question.
PUBLIC_QUESTION_FIELDS = ("pk", "title", "status", "werkplaats_id", "agenda_theme_id", "created")


def _count_of(model, target: str):
    """The number of rows of ``model`` about the outer row, as a subquery (no join blow-up)."""
    rows = (
        model.objects.filter(**{target: OuterRef("pk")})
        .order_by()
        .values(target)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def _with_counts(queryset, target: str):
    return queryset.annotate(
        support_count=_count_of(Support, target), comment_count=_count_of(Comment, target)
    )


def current_agenda(agendas, year: int | None = None):
    """The agenda whose years include ``year`` (this year), else the newest; None if none.

    ``agendas`` come newest first, so of two agendas that both include the year the one that
    started last wins.
    """
    agendas = list(agendas)
    year = year or timezone.localdate().year
    for agenda in agendas:
        if agenda.start_year <= year <= agenda.end_year:
            return agenda
    return agendas[0] if agendas else None


def agenda_start_year_taken(*, werkplaats, start_year: int, exclude_pk=None) -> bool:
    agendas = Agenda.objects.filter(werkplaats=werkplaats, start_year=start_year)
    if exclude_pk is not None:
        agendas = agendas.exclude(pk=exclude_pk)
    return agendas.exists()


def public_questions_of(werkplaats):
    """Public questions of a werkplaats, with their support count, asker fields left unread."""
    return _with_counts(
        Question.objects.public().filter(werkplaats=werkplaats).only(*PUBLIC_QUESTION_FIELDS),
        "question",
    ).order_by("title", "pk")


@dataclass
class AgendaPage:
    agendas: list
    current: Agenda | None
    themes: list = field(default_factory=list)

    @property
    def others(self) -> list:
        return [agenda for agenda in self.agendas if agenda != self.current]


def agenda_page(*, werkplaats, user, can_take_part: bool) -> AgendaPage:
    """The public agenda page: all agendas, the current one with everything under its themes.

    Comments (with names) and the user's own support are read only for those who may take
    part (``can_take_part``: members of the werkplaats); others get counts.
    """
    agendas = list(
        Agenda.objects.filter(werkplaats=werkplaats)
        .order_by("-start_year")
        .prefetch_related(Prefetch("themes", queryset=AgendaTheme.objects.order_by("priority")))
    )
    current = current_agenda(agendas)
    if current is None:
        return AgendaPage(agendas=agendas, current=None)

    prefetches = [
        Prefetch("national_themes", queryset=NationalTheme.objects.all()),
        "themes",
        Prefetch("questions", queryset=public_questions_of(werkplaats)),
    ]
    if can_take_part:
        comments = Comment.objects.select_related("user").order_by("created")
        prefetches.append(Prefetch("comments", queryset=comments))
    themes = list(
        _with_counts(AgendaTheme.objects.filter(agenda=current), "agenda_theme")
        .order_by("priority", "title")
        .prefetch_related(*prefetches)
    )
    supported = set()
    if can_take_part and themes:
        supported = set(
            Support.objects.filter(user=user, agenda_theme__in=themes).values_list(
                "agenda_theme_id", flat=True
            )
        )
    for theme in themes:
        theme.supported_by_me = theme.pk in supported
    return AgendaPage(agendas=agendas, current=current, themes=themes)


def agendas_for_manage(werkplaats):
    """Every agenda of a werkplaats with, per theme, the support, the comments (newest first)
    and all questions placed under it, so that coordinators can weigh them."""
    questions = _with_counts(
        Question.objects.filter(werkplaats=werkplaats).only(*PUBLIC_QUESTION_FIELDS),
        "question",
    ).order_by("-created")
    themes = (
        _with_counts(AgendaTheme.objects.all(), "agenda_theme")
        .order_by("priority", "title")
        .prefetch_related(
            Prefetch("national_themes", queryset=NationalTheme.objects.all()),
            "themes",
            Prefetch(
                "comments", queryset=Comment.objects.select_related("user").order_by("-created")
            ),
            Prefetch("questions", queryset=questions),
        )
    )
    return (
        Agenda.objects.filter(werkplaats=werkplaats)
        .order_by("-start_year")
        .prefetch_related(Prefetch("themes", queryset=themes))
    )


@dataclass
class NationalRow:
    national_theme: NationalTheme | None
    # (werkplaats, [agenda themes]) in the order of the werkplaatsen
    groups: list


@dataclass
class NationalOverview:
    rows: list
    unlinked: NationalRow
    # (werkplaats, its current agenda or None), by name
    werkplaatsen: list


def national_overview(year: int | None = None) -> NationalOverview:
    """Every werkplaats's current agenda against the themes of the national work programme.

    Five queries, whatever the number of werkplaatsen, agendas and themes.
    """
    werkplaatsen = list(Werkplaats.objects.order_by("name"))
    by_werkplaats = defaultdict(list)
    for agenda in Agenda.objects.order_by("-start_year"):
        by_werkplaats[agenda.werkplaats_id].append(agenda)
    current = {
        werkplaats_id: current_agenda(agendas, year)
        for werkplaats_id, agendas in by_werkplaats.items()
    }
    themes = list(
        AgendaTheme.objects.filter(agenda__in=[agenda.pk for agenda in current.values()])
        .order_by("priority", "title")
        .prefetch_related(Prefetch("national_themes", queryset=NationalTheme.objects.all()))
    )
    werkplaats_of_agenda = {agenda.pk: agenda.werkplaats_id for agenda in current.values()}
    linked = defaultdict(lambda: defaultdict(list))  # national theme id -> werkplaats id -> themes
    unlinked = defaultdict(list)
    for theme in themes:
        werkplaats_id = werkplaats_of_agenda[theme.agenda_id]
        national = theme.national_themes.all()
        for national_theme in national:
            linked[national_theme.pk][werkplaats_id].append(theme)
        if not national:
            unlinked[werkplaats_id].append(theme)

    def groups(themes_by_werkplaats):
        return [
            (werkplaats, themes_by_werkplaats[werkplaats.pk])
            for werkplaats in werkplaatsen
            if themes_by_werkplaats.get(werkplaats.pk)
        ]

    return NationalOverview(
        rows=[
            NationalRow(national_theme=national_theme, groups=groups(linked[national_theme.pk]))
            for national_theme in NationalTheme.objects.all()
        ],
        unlinked=NationalRow(national_theme=None, groups=groups(unlinked)),
        werkplaatsen=[(werkplaats, current.get(werkplaats.pk)) for werkplaats in werkplaatsen],
    )


@dataclass
class Participation:
    can_take_part: bool
    support_count: int
    comment_count: int
    supported: bool = False
    comments: list = field(default_factory=list)


def question_participation(*, question, user, can_take_part: bool) -> Participation:
    """Support and comments on one question; comments and own support only for members."""
    support_count = Support.objects.filter(question=question).count()
    comment_count = Comment.objects.filter(question=question).count()
    if not can_take_part:
        return Participation(False, support_count, comment_count)
    return Participation(
        True,
        support_count,
        comment_count,
        supported=Support.objects.filter(question=question, user=user).exists(),
        comments=list(
            Comment.objects.filter(question=question).select_related("user").order_by("created")
        ),
    )
