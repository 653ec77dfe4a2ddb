"""Public activities, and making an activity (coordinators)."""

import datetime

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja import Status as HttpStatus

from werkplaats.accounts.permissions import MANAGE
from werkplaats.activities import services
from werkplaats.activities.manage_forms import ActivityForm
from werkplaats.activities.models import Activity
from werkplaats.api.auth import require, token_auth
from werkplaats.api.errors import field_errors_of, first_or_404, form_errors_of, invalid
from werkplaats.api.formdata import form_data, pks_of
from werkplaats.api.pagination import (
    Id,
    Moment,
    PageParams,
    Slug,
    Text,
    Year,
    page_of,
    paginate,
)
from werkplaats.api.responses import choice, reads, writes
from werkplaats.api.routers.network import ThemeOut
from werkplaats.api.schemas import RecordOut
from werkplaats.network.models import Theme, Werkplaats

router = Router(tags=["activities"])


class ActivityOut(RecordOut):
    id: int
    werkplaats: str = Field(..., description="Slug of the organising werkplaats.")
    co_organisers: list[str] = Field(..., description="Slugs of werkplaatsen organising with it.")
    slug: str
    title: str
    kind: str
    audience: str
    status: str = Field(..., description="gepland, geannuleerd or afgelopen (held).")
    start: datetime.datetime
    end: datetime.datetime
    location_name: str
    address: str
    online: bool = Field(..., description="Whether it can be followed online.")
    capacity: int | None
    registration_opens: datetime.datetime | None
    registration_closes: datetime.datetime | None
    description: str
    step_free: bool
    hearing_loop: bool
    interpreter: bool
    accessibility_notes: str
    themes: list[ThemeOut]
    atelier: int | None = Field(..., description="Id of its public learning atelier.")
    url: str

    @staticmethod
    def resolve_co_organisers(obj):
        return [werkplaats.slug for werkplaats in obj.co_organisers.all()]

    @staticmethod
    def resolve_status(obj):
        return obj.current_status

    @staticmethod
    def resolve_online(obj):
        # The link itself is for people who registered only.
        return bool(obj.online_url)

    @staticmethod
    def resolve_atelier(obj):
        atelier = obj.atelier
        return atelier.pk if atelier is not None and atelier.is_public else None


ActivityPage = page_of(ActivityOut, "ActivityPage")


class ActivityFilters(PageParams):
    werkplaats: Slug | None = Field(None, description="Organised (or co-organised) by it.")
    theme: Slug | None = None
    kind: choice(Activity.Kind) | None = None
    year: Year | None = Field(None, description="Starting in this year.")
    upcoming: bool | None = Field(None, description="true: still to come; false: past.")
    q: Text | None = Field(None, description="Words in the title or description.")


def _public(queryset):
    return queryset.select_related("werkplaats", "atelier").prefetch_related(
        "themes", "co_organisers"
    )


@router.get("/activities", response=reads(ActivityPage), summary="List public activities")
def activity_list(request, filters: Query[ActivityFilters]):
    activities = Activity.objects.public()
    if filters.werkplaats:
        activities = activities.filter(
            Q(werkplaats__slug=filters.werkplaats) | Q(co_organisers__slug=filters.werkplaats)
        ).distinct()
    if filters.theme:
        activities = activities.filter(themes__slug=filters.theme).distinct()
    if filters.kind:
        activities = activities.filter(kind=filters.kind)
    if filters.year:
        activities = activities.filter(start__year=filters.year)
    if filters.upcoming is not None:
        now = timezone.now()
        activities = (
            activities.filter(end__gt=now) if filters.upcoming else activities.filter(end__lte=now)
        )
    if filters.q:
        activities = activities.filter(
            Q(title__icontains=filters.q) | Q(description__icontains=filters.q)
        )
    return paginate(_public(activities).order_by("start", "id"), filters)


@router.get("/activities/{id}", response=reads(ActivityOut), summary="One public activity")
def activity_detail(request, id: Id):
    activity = first_or_404(_public(Activity.objects.public().filter(pk=id)))
    return activity


class ActivityIn(Schema):
    title: str = Field(..., max_length=200)
    kind: choice(Activity.Kind)
    start: Moment = Field(..., description="With a time zone, e.g. 2026-03-14T19:30:00+01:00.")
    end: Moment
    location_name: str = Field("", max_length=200)
    address: str = Field("", max_length=300)
    online_url: str = Field("", max_length=200)
    capacity: int | None = Field(None, ge=1, le=100_000)
    registration_opens: Moment | None = None
    registration_closes: Moment | None = None
    audience: choice(Activity.Audience) = "public"
    description: str = Field("", max_length=20_000)
    step_free: bool = False
    hearing_loop: bool = False
    interpreter: bool = False
    accessibility_notes: str = Field("", max_length=5000)
    themes: list[Slug] = Field([], max_length=50)
    co_organisers: list[Slug] = Field([], max_length=50, description="Slugs of werkplaatsen.")
    atelier: int | None = Field(None, ge=1, le=2**62, description="Id of an atelier of yours.")


def _aware(moment):
    if moment is not None and timezone.is_naive(moment):
        return timezone.make_aware(moment)
    return moment


@router.post(
    "/activities",
    response=writes(ActivityOut, status=201),
    auth=token_auth,
    summary="Make an activity of your werkplaats (coordinators)",
)
def activity_create(request, payload: ActivityIn):
    token = require(request, MANAGE)
    werkplaats = token.werkplaats
    values = payload.model_dump()
    for name in ("start", "end", "registration_opens", "registration_closes"):
        values[name] = _aware(values[name])
    values["themes"] = pks_of(Theme.objects.all(), payload.themes, "themes")
    values["co_organisers"] = pks_of(
        Werkplaats.objects.exclude(pk=werkplaats.pk), payload.co_organisers, "co_organisers"
    )
    form = ActivityForm(
        form_data(values), instance=Activity(werkplaats=werkplaats), werkplaats=werkplaats
    )
    if not form.is_valid():
        raise invalid(form_errors_of(form))
    try:
        activity = services.activity_save(
            actor=request.user, activity=form.instance, relations=form.relations()
        )
    except ValidationError as error:
        raise invalid(field_errors_of(error)) from None
    return HttpStatus(201, _public(Activity.objects.filter(pk=activity.pk)).get())
