"""The public calendar: upcoming activities as a list and a month, the archive, the activity
page, and the iCalendar files and feeds that calendar programs subscribe to.

Feeds are fetched by calendar programs without a login, so they only ever hold what an
anonymous visitor may see, whoever asks for them.
"""

import datetime
import itertools

from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from werkplaats.accounts.permissions import (
    MANAGE,
    VIEW,
    can,
    can_organise_activity,
    get_activity_for_user,
    get_werkplaats_for_user,
    is_atelier_member,
)
from werkplaats.activities import ical, jsonld, selectors, services
from werkplaats.activities.filters import CalendarFilterForm
from werkplaats.activities.forms import RegistrationForm
from werkplaats.activities.models import Activity
from werkplaats.lib.mail import absolute_url
from werkplaats.lib.uploads import stored_file_response

PAGE_SIZE = 20
# A feed keeps the past year, so a calendar that subscribes still shows recent activities.
FEED_HISTORY = datetime.timedelta(days=365)
FIRST_YEAR, LAST_YEAR = 2000, 2100


# The calendar pages ------------------------------------------------------------------------


def _werkplaats(request, slug):
    return get_werkplaats_for_user(request.user, slug, VIEW) if slug else None


def _url(name: str, werkplaats, **kwargs) -> str:
    """The national page ``national_<name>`` or the werkplaats's ``<name>``."""
    if werkplaats is None:
        return reverse(f"activities:national{'_' + name if name else ''}", kwargs=kwargs or None)
    return reverse(f"activities:{name or 'list'}", kwargs={"slug": werkplaats.slug, **kwargs})


def _calendar(request, werkplaats):
    """The filter form and the activities it selects, with what every calendar page links to."""
    form = CalendarFilterForm(request.GET or None, national=werkplaats is None)
    filters = form.filters()
    activities = selectors.calendar_activities(request.user, werkplaats=werkplaats, **filters)
    query = request.GET.copy()
    query.pop("pagina", None)
    feed = absolute_url(_url("feed", werkplaats))
    if kind := form.chosen_kind:
        feed += "?soort=" + kind
    today = timezone.localdate()
    context = {
        "werkplaats": werkplaats,
        "form": form,
        "filtered": bool(filters),
        "query": query.urlencode(),
        "feed_url": feed,
        "list_url": _url("", werkplaats),
        "archive_url": _url("archive", werkplaats),
        "this_month_url": _url("month", werkplaats, year=today.year, month=today.month),
        "may_manage": werkplaats is not None and can(request.user, MANAGE, werkplaats),
    }
    return activities, context


def _status(form) -> int:
    return 400 if form.is_bound and not form.is_valid() else 200


def calendar_list(request, slug=None):
    """Upcoming activities, national or of one werkplaats (its own and joint ones)."""
    werkplaats = _werkplaats(request, slug)
    activities, context = _calendar(request, werkplaats)
    page = Paginator(selectors.with_counts(activities).upcoming(), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    return render(
        request, "activities/list.html", {**context, "page": page}, status=_status(context["form"])
    )


def _month_after(year: int, month: int, step: int) -> tuple[int, int] | None:
    index = year * 12 + month - 1 + step
    year, month = divmod(index, 12)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    return year, month + 1


def month(request, year, month, slug=None):
    """A month as a grid of weeks (Monday first), each day with the activities starting then."""
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        raise Http404
    werkplaats = _werkplaats(request, slug)
    activities, context = _calendar(request, werkplaats)
    first, last = selectors.month_bounds(year, month)
    shown = activities.filter(start__gte=first, start__lt=last).order_by("start", "id")
    weeks = selectors.month_weeks(year, month, shown)
    neighbours = {}
    for name, step in (("previous", -1), ("next", 1)):
        other = _month_after(year, month, step)
        if other is not None:
            neighbours[name] = {
                "url": _url("month", werkplaats, year=other[0], month=other[1]),
                "date": datetime.date(other[0], other[1], 1),
            }
    return render(
        request,
        "activities/month.html",
        {
            **context,
            "month": datetime.date(year, month, 1),
            "weeks": weeks,
            "count": sum(len(day.activities) for week in weeks for day in week if day.in_month),
            **neighbours,
        },
        status=_status(context["form"]),
    )


def archive(request, slug=None):
    """Past activities, newest first, with their reports."""
    werkplaats = _werkplaats(request, slug)
    activities, context = _calendar(request, werkplaats)
    page = Paginator(selectors.with_attendance(activities).past(), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    return render(
        request,
        "activities/archive.html",
        {**context, "page": page},
        status=_status(context["form"]),
    )


# The activity page -------------------------------------------------------------------------


def _time_slots(sessions) -> list[tuple[datetime.datetime, list]]:
    """Sessions grouped by their start: those in one slot run in parallel."""
    return [(start, list(group)) for start, group in itertools.groupby(sessions, lambda s: s.start)]


def detail_page(request, activity, *, register_form=None, status=200):
    """The activity page; the registration view renders it again with its bound form."""
    user = request.user
    activity = selectors.activity_detail(activity)
    organiser = can_organise_activity(user, activity)
    numbers = selectors.attendance_numbers(activity)
    activity.registered_count = numbers["registered"]
    if register_form is not None:
        register_form.activity.registered_count = numbers["registered"]  # for form.is_full
    problem = activity.registration_problem()
    if problem is None and register_form is None:
        register_form = RegistrationForm(activity=activity, user=user)
    atelier = activity.atelier
    show_after = activity.is_past and not activity.is_cancelled
    context = {
        "werkplaats": activity.werkplaats,
        "activity": activity,
        "jsonld": jsonld.event_jsonld(activity),
        "is_organiser": organiser,
        "numbers": numbers,
        "attendance_recorded": numbers["present"] + numbers["absent"] > 0,
        "registration_problem": (
            services.registration_problem_message(problem) if problem is not None else None
        ),
        "register_form": register_form,
        "slots": _time_slots(activity.sessions.all()),
        "show_atelier": atelier is not None
        and (atelier.is_public or is_atelier_member(user, atelier)),
        "show_after": show_after,
        "other_organisations": [
            line.strip() for line in activity.other_organisations.splitlines() if line.strip()
        ],
        "page_url": absolute_url(activity.get_absolute_url()),
    }
    if show_after:
        summary = selectors.evaluation_summary(activity)
        if not organiser:
            summary["evaluations"] = []  # the written answers are for the organisers only
        context["evaluation"] = summary
    return render(request, "activities/detail.html", context, status=status)


def detail(request, slug, activity):
    activity = get_activity_for_user(request.user, slug, activity)
    return detail_page(request, activity)


# Files and feeds ---------------------------------------------------------------------------


def _calendar_response(content: bytes, filename: str, *, as_attachment: bool) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    return response


def feed(request, slug=None):
    """A subscribable calendar: upcoming activities and those of the past year, cancelled ones
    included (so calendars remove them). ``?soort=`` limits it to one kind."""
    werkplaats = _werkplaats(request, slug)
    kind = request.GET.get("soort", "")
    if kind and kind not in Activity.Kind.values:
        raise Http404
    activities = (
        selectors.calendar_activities(AnonymousUser(), werkplaats=werkplaats, kind=kind)
        .filter(end__gt=timezone.now() - FEED_HISTORY)
        .order_by("start", "id")
    )
    place = werkplaats.name if werkplaats is not None else _("all werkplaatsen")
    name = _("Activities – %(place)s") % {"place": place}
    filename = f"activiteiten-{werkplaats.slug if werkplaats is not None else 'landelijk'}"
    if kind:
        name += f" ({Activity.Kind(kind).label})"
        filename += f"-{kind}"
    return _calendar_response(
        ical.calendar_for(activities, name=name), f"{filename}.ics", as_attachment=False
    )


def activity_ics(request, slug, activity):
    """One activity as a file to open in a calendar program."""
    activity = get_activity_for_user(request.user, slug, activity)
    return _calendar_response(
        ical.calendar_for([activity], name=activity.title),
        f"{activity.slug}.ics",
        as_attachment=True,
    )


def file_download(request, slug, activity, pk):
    """A presentation or handout of the activity, as a download."""
    activity = get_activity_for_user(request.user, slug, activity)
    found = activity.files.filter(pk=pk).first()
    if found is None:
        raise Http404
    return stored_file_response(found)
