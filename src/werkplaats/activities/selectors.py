"""Reads for the calendar, the activity page and the organiser's pages, in a fixed number of
queries whatever the number of activities or registrations."""

import calendar
import datetime
import zoneinfo
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from werkplaats.activities.models import Activity, ProgrammeSession, Registration

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def calendar_activities(user, *, werkplaats=None, kind=None, theme=None, of_werkplaats=None):
    """Activities the user may see, for the lists, month view and feeds; filters are optional.

    ``werkplaats`` is the page's werkplaats (its own and joint activities); ``of_werkplaats``
    is the visitor's filter on the national calendar.
    """
    activities = Activity.objects.visible_to(user)
    for chosen in (werkplaats, of_werkplaats):
        if chosen is not None:
            activities = activities.filter(Q(werkplaats=chosen) | Q(co_organisers=chosen))
    if kind:
        activities = activities.filter(kind=kind)
    if theme is not None:
        activities = activities.filter(themes=theme)
    if werkplaats is not None or of_werkplaats is not None or theme is not None:
        activities = activities.distinct()
    return activities.select_related("werkplaats", "atelier").prefetch_related(
        "themes", "co_organisers"
    )


def with_counts(activities):
    """Annotate places taken, so a list can say how many places are left.

    Distinct, because the werkplaats filter joins the co-organisers and would repeat each
    registration once per co-organiser.
    """
    return activities.annotate(
        registered_count=Count(
            "registrations",
            filter=Q(registrations__state=Registration.State.REGISTERED),
            distinct=True,
        )
    )


def with_attendance(activities):
    """How many came, for the archive; distinct for the same reason as ``with_counts``."""
    return activities.annotate(
        present_count=Count(
            "registrations",
            filter=Q(
                registrations__state=Registration.State.REGISTERED, registrations__attended=True
            ),
            distinct=True,
        )
    )


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    activities: list = field(default_factory=list)


def month_weeks(year: int, month: int, activities) -> list[list[Day]]:
    """Weeks (Monday first) of the month, each day with the activities that start on it."""
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    days = {day: Day(day, day.month == month) for week in weeks for day in week}
    for activity in activities:
        start = timezone.localtime(activity.start, AMSTERDAM).date()
        if start in days:
            days[start].activities.append(activity)
    return [[days[day] for day in week] for week in weeks]


def month_bounds(year: int, month: int) -> tuple[datetime.datetime, datetime.datetime]:
    """The month's first and last moment as shown in the grid (whole weeks), Amsterdam time."""
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    first = datetime.datetime.combine(weeks[0][0], datetime.time.min, AMSTERDAM)
    last = datetime.datetime.combine(
        weeks[-1][-1] + datetime.timedelta(days=1), datetime.time.min, AMSTERDAM
    )
    return first, last


def activity_detail(activity: Activity) -> Activity:
    """The activity with what its page shows: programme, themes, files, organisations."""
    return (
        Activity.objects.filter(pk=activity.pk)
        .select_related("werkplaats", "atelier__werkplaats")
        .prefetch_related(
            "themes",
            "co_organisers",
            "files",
            "organisations_present",
            Prefetch(
                "sessions",
                # Grouping drops the model's ordering, so it is said again here.
                queryset=ProgrammeSession.objects.annotate(
                    taken=Count(
                        "registrations",
                        filter=~Q(registrations__state=Registration.State.CANCELLED),
                    )
                ).order_by("start", "room", "id"),
            ),
        )
        .get()
    )


def attendance_numbers(activity: Activity) -> dict[str, int]:
    """Registered, waiting, present and absent: the figures the results monitoring counts."""
    R = Registration.State
    return activity.registrations.aggregate(
        registered=Count("pk", filter=Q(state=R.REGISTERED)),
        waiting=Count("pk", filter=Q(state=R.WAITING)),
        present=Count("pk", filter=Q(state=R.REGISTERED, attended=True)),
        absent=Count("pk", filter=Q(state=R.REGISTERED, attended=False)),
    )


def evaluation_summary(activity: Activity) -> dict:
    """Number of answers, average usefulness, how often each score was given, and the answers."""
    evaluations = list(activity.evaluations.all())
    counts = dict.fromkeys(range(1, 6), 0)
    for evaluation in evaluations:
        counts[evaluation.usefulness] += 1
    average = sum(e.usefulness for e in evaluations) / len(evaluations) if evaluations else None
    return {
        "count": len(evaluations),
        "average": average,
        "scores": list(counts.items()),
        "evaluations": evaluations,
    }


def registration_by_token(token: str) -> Registration | None:
    """The registration behind a personal link, or None when the link is broken or unknown."""
    key = Registration.key_from_token(token)
    if key is None:
        return None
    return (
        Registration.objects.select_related("activity__werkplaats")
        .prefetch_related("sessions")
        .filter(key=key)
        .first()
    )


def waiting_position(registration: Registration) -> int | None:
    """1 for the first on the waiting list (the order in which services._promote moves up)."""
    if registration.state != Registration.State.WAITING:
        return None
    return (
        Registration.objects.filter(
            activity_id=registration.activity_id, state=Registration.State.WAITING
        )
        .filter(
            Q(created__lt=registration.created)
            | Q(created=registration.created, pk__lte=registration.pk)
        )
        .count()
    )
