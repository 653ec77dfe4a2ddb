"""Reads of the kennisbank pages, each a fixed number of queries whatever the number of rows."""

import datetime

from django.db.models import Prefetch
from django.utils import timezone

from werkplaats.accounts.models import Membership
from werkplaats.agenda.models import AgendaTheme
from werkplaats.ateliers.models import Atelier
from werkplaats.network.models import Theme
from werkplaats.publications.models import (
    AUDIENCE_FIELDS,
    Author,
    CourseUse,
    Publication,
    PublicationFile,
    UsageCount,
)
from werkplaats.questions.models import Question

USAGE_MONTHS = 12


def _for_cards(publications):
    """What a card shows: the werkplaats and the authors in their order."""
    return publications.select_related("werkplaats").prefetch_related(
        Prefetch("authors", queryset=Author.objects.order_by("position", "id"))
    )


def published_publications(
    *, werkplaats=None, kind="", theme=None, audience="", year=None, of_werkplaats=None, language=""
):
    """Published publications for the lists, newest first; every filter is optional.

    ``werkplaats`` is the page's werkplaats; ``of_werkplaats`` the visitor's filter on the
    national list.
    """
    publications = Publication.objects.published()
    for chosen in (werkplaats, of_werkplaats):
        if chosen is not None:
            publications = publications.filter(werkplaats=chosen)
    if kind:
        publications = publications.filter(kind=kind)
    if theme is not None:
        publications = publications.filter(themes=theme)
    if audience:
        publications = publications.filter(**{AUDIENCE_FIELDS[audience]: True})
    if year:
        publications = publications.filter(date__year=year)
    if language:
        publications = publications.filter(language=language)
    return _for_cards(publications).order_by("-date", "-id")


def unpublished_of(werkplaats):
    """Drafts and publications in review of a werkplaats, for its members; latest change first."""
    return _for_cards(
        Publication.objects.filter(werkplaats=werkplaats).exclude(
            status=Publication.Status.PUBLISHED
        )
    ).order_by("-updated", "-id")


def published_years() -> list[int]:
    """The years in which something was published, newest first, for the year filter."""
    return [day.year for day in Publication.objects.published().dates("date", "year", "DESC")]


def publication_detail(publication: Publication) -> Publication:
    """The publication with what its page shows; links to what outsiders may not see are left
    out (questions that are not public, ateliers in preparation)."""
    return (
        Publication.objects.filter(pk=publication.pk)
        .select_related("werkplaats")
        .prefetch_related(
            Prefetch(
                "authors",
                queryset=Author.objects.select_related("user").order_by("position", "id"),
            ),
            Prefetch("themes", queryset=Theme.objects.order_by("name")),
            Prefetch(
                "questions",
                queryset=Question.objects.public().select_related("werkplaats").order_by("title"),
                to_attr="public_questions",
            ),
            Prefetch(
                "agenda_themes",
                queryset=AgendaTheme.objects.select_related("agenda__werkplaats"),
            ),
            Prefetch(
                "ateliers",
                queryset=Atelier.objects.public().select_related("werkplaats").order_by("title"),
                to_attr="public_ateliers",
            ),
            Prefetch("files", queryset=PublicationFile.objects.order_by("id")),
            Prefetch(
                "course_uses",
                queryset=CourseUse.objects.select_related("course__institution").order_by(
                    "-academic_year", "course__name", "id"
                ),
            ),
        )
        .get()
    )


def usage_by_month(publication: Publication, *, today=None) -> list[dict]:
    """Views and downloads in each of the last twelve months (this one first), zeros included."""
    today = today or timezone.localdate()
    months = []
    year, month = today.year, today.month
    for _step in range(USAGE_MONTHS):
        months.append(datetime.date(year, month, 1))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    counted = {
        row.month: row
        for row in UsageCount.objects.filter(publication=publication, month__gte=months[-1])
    }
    return [
        {
            "month": first,
            "views": counted[first].views if first in counted else 0,
            "downloads": counted[first].downloads if first in counted else 0,
        }
        for first in months
    ]


def file_of(publication: Publication, pk: int) -> PublicationFile | None:
    return PublicationFile.objects.filter(publication=publication, pk=pk).first()


def files_of(publication: Publication) -> list[PublicationFile]:
    return list(PublicationFile.objects.filter(publication=publication).order_by("id"))


def author_members(werkplaats) -> list[Membership]:
    """Who can be chosen as an author: the werkplaats's members, with their organisation."""
    return list(
        Membership.objects.filter(werkplaats=werkplaats)
        .select_related("user", "organisation")
        .order_by("user__name", "user__email")
    )


def offered_questions(werkplaats, *, everything: bool):
    """Questions a publication can be linked to: public ones, or all for those who may see
    all of the werkplaats's questions (its coordinators)."""
    questions = Question.objects.filter(werkplaats=werkplaats)
    if not everything:
        questions = questions.public()
    return questions.order_by("title")


def offered_agenda_themes(werkplaats):
    return (
        AgendaTheme.objects.filter(agenda__werkplaats=werkplaats)
        .select_related("agenda")
        .order_by("-agenda__start_year", "priority", "title")
    )


def offered_ateliers(werkplaats, *, everything: bool):
    """Ateliers a publication can be linked to: public ones, or all for coordinators."""
    ateliers = Atelier.objects.filter(werkplaats=werkplaats)
    if not everything:
        ateliers = ateliers.public()
    return ateliers.order_by("title")


def published_of_atelier(atelier):
    """The atelier's published publications, for the atelier page."""
    return atelier.publications.published().select_related("werkplaats").order_by("-date", "-id")
