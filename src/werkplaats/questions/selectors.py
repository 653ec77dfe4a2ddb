"""Reads of questions, each a fixed number of queries whatever the number of rows."""

from django.db.models import Case, IntegerField, Prefetch, Value, When

from werkplaats.accounts.models import Membership
from werkplaats.network.models import Theme
from werkplaats.questions.models import (
    PUBLIC_STATUSES,
    Question,
    Reference,
    Reflection,
    Status,
    Transition,
)


def _with_list_details(questions):
    return questions.select_related("agenda_theme").prefetch_related(
        Prefetch("themes", queryset=Theme.objects.order_by("name"))
    )


def public_questions(werkplaats, *, status: str = "", theme=None):
    """The public questions of a werkplaats, newest first, for the public list."""
    questions = Question.objects.public().filter(werkplaats=werkplaats)
    if status:
        questions = questions.filter(status=status)
    if theme is not None:
        questions = questions.filter(themes=theme)
    return _with_list_details(questions).order_by("-created", "-id")


def themes_of_public_questions(werkplaats):
    """The themes that public questions of this werkplaats have, for the list's filter."""
    return Theme.objects.filter(
        questions__werkplaats=werkplaats, questions__status__in=PUBLIC_STATUSES
    ).distinct()


def question_queue(werkplaats, *, statuses=None):
    """All questions of a werkplaats for its coordinators, oldest first: first in, first seen."""
    questions = Question.objects.filter(werkplaats=werkplaats)
    if statuses is not None:
        questions = questions.filter(status__in=statuses)
    return _with_list_details(questions).order_by("created", "id")


def incoming_referrals(werkplaats):
    """Questions other werkplaatsen referred to this one that it has not taken over yet."""
    return (
        Question.objects.filter(
            referred_to_werkplaats=werkplaats,
            status=Status.REFERRED,
            taken_over_as__isnull=True,
        )
        .select_related("werkplaats")
        .order_by("updated", "id")
    )


def incoming_referral(werkplaats, pk):
    """One question referred to this werkplaats and not yet taken over, or None."""
    return (
        incoming_referrals(werkplaats)
        .prefetch_related(Prefetch("themes", queryset=Theme.objects.order_by("name")))
        .filter(pk=pk)
        .first()
    )


def referral_note(question) -> str:
    """What the referring coordinator wrote when they referred the question."""
    transition = (
        Transition.objects.filter(question=question, to_status=Status.REFERRED)
        .order_by("-created")
        .first()
    )
    return transition.note if transition else ""


def _with_page_details(questions):
    """What a question's page shows besides the question: where it came from and went."""
    return questions.select_related(
        "werkplaats",
        "agenda_theme__agenda",
        "referred_to_werkplaats",
        "referred_from__werkplaats",
        "taken_over_as__werkplaats",
    ).prefetch_related(Prefetch("themes", queryset=Theme.objects.order_by("name")))


def question_of(werkplaats, pk):
    """A question of this werkplaats with what its page shows, or None."""
    return _with_page_details(Question.objects.filter(werkplaats=werkplaats, pk=pk)).first()


def question_by_follow_key(key):
    return _with_page_details(Question.objects.filter(follow_key=key)).first()


def transitions_of(question):
    return Transition.objects.filter(question=question).select_related("actor")


def reflection_of(question) -> Reflection | None:
    """The reflection on ``question`` with its references and authors, or None."""
    return (
        Reflection.objects.filter(question=question)
        .prefetch_related(
            Prefetch("references", queryset=Reference.objects.order_by("order", "id")),
            "authors",
        )
        .first()
    )


def asker_initial(user, werkplaats) -> dict:
    """What the intake form can fill in for a logged-in person."""
    initial = {"asker_name": user.name, "asker_email": user.email}
    membership = (
        Membership.objects.filter(user=user, organisation__isnull=False)
        .select_related("organisation")
        .annotate(
            here=Case(
                When(werkplaats=werkplaats, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("here", "created")
        .first()
    )
    if membership is not None:
        initial["asker_organisation"] = membership.organisation.name
    return initial
