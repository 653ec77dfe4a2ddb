"""The content types of the neighbouring apps, as the search index sees them.

Only what the public may see is indexed: questions a coordinator has taken up
(``PUBLIC_STATUSES``), ateliers that are no longer in preparation, and activities for
everyone. Their services call :func:`~werkplaats.search.registry.index_object` after each
change, so an object that stops being public leaves the index in the same transaction.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone

from werkplaats.activities.models import Activity
from werkplaats.ateliers.models import Atelier
from werkplaats.questions.models import Question
from werkplaats.search.documents import DocumentType, SearchDocument, markdown_text
from werkplaats.search.registry import register


def _ids(manager) -> list[int]:
    # .all() so that a prefetch (when rebuilding) is used; a single object pays one query.
    return [obj.pk for obj in manager.all()]


def question_document(question: Question) -> SearchDocument | None:
    if not question.is_public:
        return None
    body = [question.target_group]
    try:
        reflection = question.reflection
    except ObjectDoesNotExist:
        reflection = None
    if reflection is not None and reflection.is_published:
        body += [
            markdown_text(reflection.known),
            markdown_text(reflection.approaches),
            markdown_text(reflection.open_questions),
        ]
    created = timezone.localdate(question.created)
    return SearchDocument(
        type=DocumentType.QUESTION,
        werkplaatsen=[question.werkplaats_id],
        themes=_ids(question.themes),
        year=created.year,
        title=question.title,
        summary=question.situation,
        body="\n".join(part for part in body if part),
        url=question.get_absolute_url(),
        date=created,
    )


def atelier_document(atelier: Atelier) -> SearchDocument | None:
    if not atelier.is_public:
        return None
    partners = [organisation.name for organisation in atelier.partners.all()]
    return SearchDocument(
        type=DocumentType.ATELIER,
        kind=atelier.kind,
        werkplaatsen=[atelier.werkplaats_id],
        themes=_ids(atelier.themes),
        year=atelier.period_start.year,
        title=atelier.title,
        summary=markdown_text(atelier.description),
        body="\n".join([atelier.places, *partners]),
        url=atelier.get_absolute_url(),
        date=atelier.period_start,
    )


def activity_document(activity: Activity) -> SearchDocument | None:
    if activity.audience != Activity.Audience.PUBLIC:
        return None
    start = timezone.localdate(activity.start)
    body = [activity.location_name, markdown_text(activity.report)]
    for session in activity.sessions.all():
        body += [session.title, session.speakers, markdown_text(session.description)]
    return SearchDocument(
        type=DocumentType.ACTIVITY,
        kind=activity.kind,
        werkplaatsen=[activity.werkplaats_id, *_ids(activity.co_organisers)],
        themes=_ids(activity.themes),
        year=start.year,
        title=activity.title,
        summary=markdown_text(activity.description),
        body="\n".join(part for part in body if part),
        url=activity.get_absolute_url(),
        date=start,
    )


def register_all() -> None:
    register(
        Question,
        question_document,
        queryset=lambda: (
            Question.objects.public()
            .select_related("werkplaats", "reflection")
            .prefetch_related("themes")
        ),
    )
    register(
        Atelier,
        atelier_document,
        queryset=lambda: (
            Atelier.objects.public()
            .select_related("werkplaats")
            .prefetch_related("themes", "partners")
        ),
        kinds=Atelier.Kind.choices,
    )
    register(
        Activity,
        activity_document,
        queryset=lambda: (
            Activity.objects.public()
            .select_related("werkplaats")
            .prefetch_related("themes", "co_organisers", "sessions")
        ),
        kinds=Activity.Kind.choices,
    )
