"""The content types of the neighbouring apps, as the matching index sees them.

Public questions (``PUBLIC_STATUSES``), agenda themes (every agenda is public), ateliers that
are no longer in preparation, and published publications. Each is described by its title,
its text (a publication's summary and the start of its body) and the names of its themes.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.agenda.models import AgendaTheme
from werkplaats.ateliers.models import Atelier
from werkplaats.matching.registry import MatchDocument, register
from werkplaats.publications.models import Publication
from werkplaats.questions.models import Question
from werkplaats.search.documents import markdown_text

# A long text says no more about its topic than its first part, and would weigh its
# title down: a publication's body is read up to here.
BODY_LIMIT = 3000

QUESTION, AGENDA_THEME, ATELIER, PUBLICATION = "question", "agenda_theme", "atelier", "publication"
KINDS = {
    QUESTION: _("question"),
    AGENDA_THEME: _("agenda theme"),
    ATELIER: _("atelier"),
    PUBLICATION: _("publication"),
}


def _names(manager) -> list[str]:
    # .all() so that a prefetch (when rebuilding) is used.
    return [theme.name for theme in manager.all()]


def question_item(question: Question) -> MatchDocument:
    return MatchDocument(
        kind=QUESTION,
        title=question.title,
        body=f"{question.situation}\n{question.target_group}",
        themes=_names(question.themes),
        werkplaats_id=question.werkplaats_id,
        url=question.get_absolute_url(),
        public=question.is_public,
    )


def agenda_theme_item(theme: AgendaTheme) -> MatchDocument:
    agenda = theme.agenda
    url = reverse("agenda:werkplaats_agenda", kwargs={"slug": agenda.werkplaats.slug})
    return MatchDocument(
        kind=AGENDA_THEME,
        title=theme.title,
        body=markdown_text(theme.description),
        themes=_names(theme.themes),
        werkplaats_id=agenda.werkplaats_id,
        url=f"{url}#thema-{theme.pk}",
    )


def atelier_item(atelier: Atelier) -> MatchDocument:
    return MatchDocument(
        kind=ATELIER,
        title=atelier.title,
        body=markdown_text(atelier.description),
        themes=_names(atelier.themes),
        werkplaats_id=atelier.werkplaats_id,
        url=atelier.get_absolute_url(),
        public=atelier.is_public,
    )


def publication_item(publication: Publication) -> MatchDocument:
    body = markdown_text(publication.body)[:BODY_LIMIT]
    return MatchDocument(
        kind=PUBLICATION,
        title=publication.title,
        body=f"{publication.summary}\n{body}",
        themes=_names(publication.themes),
        werkplaats_id=publication.werkplaats_id,
        url=publication.get_absolute_url(),
        public=publication.is_published,
    )


def register_all() -> None:
    register(
        Question,
        question_item,
        queryset=lambda: (
            Question.objects.public().select_related("werkplaats").prefetch_related("themes")
        ),
        kinds={QUESTION: KINDS[QUESTION]},
        related=("werkplaats", "themes"),
    )
    register(
        AgendaTheme,
        agenda_theme_item,
        queryset=lambda: AgendaTheme.objects.select_related("agenda__werkplaats").prefetch_related(
            "themes"
        ),
        kinds={AGENDA_THEME: KINDS[AGENDA_THEME]},
        related=("agenda__werkplaats", "themes"),
    )
    register(
        Atelier,
        atelier_item,
        queryset=lambda: (
            Atelier.objects.public().select_related("werkplaats").prefetch_related("themes")
        ),
        kinds={ATELIER: KINDS[ATELIER]},
        related=("werkplaats", "themes"),
    )
    register(
        Publication,
        publication_item,
        queryset=lambda: (
            Publication.objects.published().select_related("werkplaats").prefetch_related("themes")
        ),
        kinds={PUBLICATION: KINDS[PUBLICATION]},
        related=("werkplaats", "themes"),
    )
