"""Public questions, and moving a question in its workflow (coordinators)."""

import datetime
from typing import Literal

from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Q
from django.http import QueryDict
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema

from werkplaats.accounts.permissions import MANAGE
from werkplaats.api.auth import require, token_auth
from werkplaats.api.errors import (
    ApiError,
    field_errors_of,
    first_or_404,
    form_errors_of,
    invalid,
)
from werkplaats.api.pagination import Id, PageParams, Slug, Text, Year, page_of, paginate
from werkplaats.api.responses import choice, reads, writes
from werkplaats.api.routers.network import ThemeOut
from werkplaats.api.schemas import RecordOut
from werkplaats.network.models import Theme
from werkplaats.questions import services
from werkplaats.questions.forms import TransitionForm
from werkplaats.questions.models import PUBLIC_STATUSES, Question, Status

router = Router(tags=["questions"])

PublicStatus = Literal[tuple(str(status) for status in PUBLIC_STATUSES)]
# What may be read of a question: never the asker (name, e-mail, organisation, role).
PUBLIC_FIELDS = (
    "pk",
    "werkplaats_id",
    "werkplaats__slug",
    "title",
    "situation",
    "target_group",
    "status",
    "agenda_theme_id",
    "agenda_theme__title",
    "referred_to_werkplaats_id",
    "referred_to_werkplaats__slug",
    "referred_to_institute",
    "version",
    "created",
    "updated",
)


class AgendaThemeRef(Schema):
    id: int
    title: str


class QuestionOut(RecordOut):
    id: int
    werkplaats: str = Field(..., description="Slug of the werkplaats.")
    title: str
    situation: str
    target_group: str
    status: str
    themes: list[ThemeOut]
    agenda_theme: AgendaThemeRef | None
    referred_to_werkplaats: str | None
    referred_to_institute: str
    version: int = Field(..., description="Send it back when you change the status.")
    created: datetime.datetime
    updated: datetime.datetime
    url: str

    @staticmethod
    def resolve_agenda_theme(obj):
        theme = obj.agenda_theme
        return {"id": theme.pk, "title": theme.title} if theme else None

    @staticmethod
    def resolve_referred_to_werkplaats(obj):
        target = obj.referred_to_werkplaats
        return target.slug if target else None


QuestionPage = page_of(QuestionOut, "QuestionPage")


class QuestionFilters(PageParams):
    werkplaats: Slug | None = None
    theme: Slug | None = None
    status: PublicStatus | None = None
    year: Year | None = Field(None, description="The year it was brought in.")
    q: Text | None = Field(None, description="Words in the title or the situation.")


def _questions(queryset):
    return (
        queryset.select_related("werkplaats", "agenda_theme", "referred_to_werkplaats")
        .only(*[f for f in PUBLIC_FIELDS if f != "pk"])
        .prefetch_related(Prefetch("themes", queryset=Theme.objects.order_by("name")))
    )


@router.get("/questions", response=reads(QuestionPage), summary="List public questions")
def question_list(request, filters: Query[QuestionFilters]):
    questions = Question.objects.public()
    if filters.werkplaats:
        questions = questions.filter(werkplaats__slug=filters.werkplaats)
    if filters.theme:
        questions = questions.filter(themes__slug=filters.theme)
    if filters.status:
        questions = questions.filter(status=filters.status)
    if filters.year:
        questions = questions.filter(created__year=filters.year)
    if filters.q:
        questions = questions.filter(
            Q(title__icontains=filters.q) | Q(situation__icontains=filters.q)
        )
    return paginate(_questions(questions).order_by("-created", "-id"), filters)


@router.get("/questions/{id}", response=reads(QuestionOut), summary="One public question")
def question_detail(request, id: Id):
    question = first_or_404(_questions(Question.objects.public().filter(pk=id)))
    return question


class TransitionIn(Schema):
    to_status: choice(Status) = Field(..., description="The next status in the workflow.")
    note: str = Field(
        "", max_length=5000, description="For the asker; needed to refer, answer or reject."
    )
    version: int | None = Field(
        None, ge=1, le=2**31, description="The version you saw; a newer one gives 409."
    )
    agenda_theme: int | None = Field(None, ge=1, le=2**62, description="Id, for on_agenda.")
    referred_to_werkplaats: Slug | None = Field(None, description="For referred.")
    referred_to_institute: str = Field("", max_length=200, description="For referred.")


@router.post(
    "/questions/{id}/transition",
    response=writes(QuestionOut),
    auth=token_auth,
    summary="Move a question of your werkplaats to its next status (coordinators)",
)
def question_transition(request, payload: TransitionIn, id: Id):
    token = request.auth
    # Another werkplaats's question is not found, like on the site.
    question = first_or_404(Question.objects.filter(pk=id, werkplaats=token.werkplaats))
    require(request, MANAGE)
    data = QueryDict(mutable=True)
    data.update(
        {
            "to_status": payload.to_status,
            "note": payload.note,
            "version": str(payload.version or question.version),
            "agenda_theme": str(payload.agenda_theme or ""),
            "referred_to_institute": payload.referred_to_institute,
        }
    )
    form = TransitionForm(data, question=question)
    if payload.referred_to_werkplaats:
        choices = form.fields["referred_to_werkplaats"].queryset
        target = choices.filter(slug=payload.referred_to_werkplaats).first()
        data["referred_to_werkplaats"] = str(target.pk) if target else "0"
    if not form.is_valid():
        raise invalid(form_errors_of(form))
    values = form.cleaned_data
    try:
        services.question_transition(
            actor=request.user,
            question=question,
            version=values["version"],
            to_status=values["to_status"],
            note=values["note"],
            agenda_theme=values["agenda_theme"],
            referred_to_werkplaats=values["referred_to_werkplaats"],
            referred_to_institute=values["referred_to_institute"],
        )
    except services.StaleVersion:
        raise ApiError(
            409,
            "stale_version",
            _("Someone else changed this question in the meantime. Read it again."),
        ) from None
    except ValidationError as error:
        raise invalid(field_errors_of(error)) from None
    return _questions(Question.objects.filter(pk=question.pk)).get()
