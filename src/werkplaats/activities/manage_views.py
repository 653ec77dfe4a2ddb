"""The organiser's pages of an activity: details, cancelling, programme, participants and
attendance, report, presentations and the evaluation summary.

Creating is for the werkplaats's coordinators; everything on an existing activity is for its
organisers (coordinators, national admins and the leads of its atelier). Everybody else gets
404, logged-out visitors the login page.
"""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.accounts.permissions import MANAGE, get_activity_for_user, get_werkplaats_for_user
from werkplaats.activities import selectors, services
from werkplaats.activities.manage_forms import (
    ActivityForm,
    AttendanceForm,
    CancelForm,
    FileForm,
    ReportForm,
    SessionForm,
)
from werkplaats.activities.models import Activity, ActivityFile, ProgrammeSession, Registration
from werkplaats.lib.forms import add_validation_error
from werkplaats.lib.spreadsheets import csv_response

REGISTERED = Registration.State.REGISTERED
WAITING = Registration.State.WAITING
CANCELLED = Registration.State.CANCELLED


def _organised(request, slug, activity):
    return get_activity_for_user(request.user, slug, activity, organise=True)


# Reads of these pages, each a fixed number of queries ----------------------------------------


def _session_of(activity, pk):
    session = ProgrammeSession.objects.filter(activity=activity, pk=pk).first()
    if session is None:
        raise Http404
    return session


def _file_of(activity, pk):
    attached = ActivityFile.objects.filter(activity=activity, pk=pk).select_related(
        "activity__werkplaats"
    )
    attached = attached.first()
    if attached is None:
        raise Http404
    return attached


def _people(activity) -> list[Registration]:
    """Everybody registered or waiting, in the order they registered, with their sessions."""
    return list(
        activity.registrations.exclude(state=CANCELLED)
        .prefetch_related("sessions")
        .order_by("created", "id")
    )


def _registered(activity):
    return activity.registrations.filter(state=REGISTERED).order_by("created", "id")


# The activity ---------------------------------------------------------------------------------


def _activity_form_page(request, werkplaats, form, activity, *, status):
    return render(
        request,
        "activities/manage/activity_form.html",
        {"werkplaats": werkplaats, "form": form, "activity": activity},
        status=status,
    )


@login_required
def create(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    form = ActivityForm(
        request.POST or None, instance=Activity(werkplaats=werkplaats), werkplaats=werkplaats
    )
    if request.method != "POST":
        return _activity_form_page(request, werkplaats, form, None, status=200)
    if form.is_valid():
        try:
            activity = services.activity_save(
                actor=request.user, activity=form.instance, relations=form.relations()
            )
        except ValidationError as error:
            form.instance.pk = None  # rolled back: the form stays a form for a new one
            add_validation_error(form, error)
        else:
            messages.success(request, _("The activity has been created."))
            return redirect(activity.get_absolute_url())
    return _activity_form_page(request, werkplaats, form, None, status=400)


@login_required
def edit(request, slug, activity):
    activity = _organised(request, slug, activity)
    # The form changes its instance while it checks; the page keeps showing what is stored.
    form = ActivityForm(
        request.POST or None, instance=copy.copy(activity), werkplaats=activity.werkplaats
    )
    if request.method != "POST":
        return _activity_form_page(request, activity.werkplaats, form, activity, status=200)
    if form.is_valid():
        try:
            saved = services.activity_save(
                actor=request.user, activity=form.instance, relations=form.relations()
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("The activity has been saved."))
            return redirect(saved.get_absolute_url())
    return _activity_form_page(request, activity.werkplaats, form, activity, status=400)


@login_required
def cancel(request, slug, activity):
    """Ask for the reason first: everybody registered or waiting reads it in their e-mail."""
    activity = _organised(request, slug, activity)
    problem = None
    if activity.is_cancelled:
        problem = _("This activity has already been cancelled.")
    elif activity.is_past:
        problem = _("An activity that has taken place cannot be cancelled.")
    status = 200
    form = CancelForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                services.activity_cancel(
                    actor=request.user, activity=activity, reason=form.cleaned_data["reason"]
                )
            except ValidationError as error:
                if hasattr(error, "error_dict"):
                    add_validation_error(form, error)
                    status = 400
                else:
                    # Not a mistake in the form: the activity is in a state that refuses it.
                    problem = " ".join(error.messages)
                    status = 409
            else:
                messages.success(
                    request,
                    _("The activity has been cancelled. Everybody who registered gets an e-mail."),
                )
                return redirect(activity.get_absolute_url())
        else:
            status = 409 if problem else 400
    return render(
        request,
        "activities/manage/cancel.html",
        {"werkplaats": activity.werkplaats, "activity": activity, "form": form, "problem": problem},
        status=status,
    )


# The programme --------------------------------------------------------------------------------


def _programme_page(request, activity, form, *, status=200):
    # Sorted here: an annotated (GROUP BY) query does not follow the model's ordering.
    sessions = sorted(
        selectors.activity_detail(activity).sessions.all(),
        key=lambda session: (session.start, session.room, session.pk),
    )
    return render(
        request,
        "activities/manage/programme.html",
        {
            "werkplaats": activity.werkplaats,
            "activity": activity,
            "sessions": sessions,
            "form": form,
        },
        status=status,
    )


@login_required
def programme(request, slug, activity):
    activity = _organised(request, slug, activity)
    session = ProgrammeSession(activity=activity)
    if request.method != "POST":
        form = SessionForm(instance=session)
        return _programme_page(request, activity, form)
    form = SessionForm(request.POST, instance=session)
    if form.is_valid():
        try:
            services.session_save(actor=request.user, session=form.instance)
        except ValidationError as error:
            form.instance.pk = None
            add_validation_error(form, error)
        else:
            messages.success(request, _("The session has been added to the programme."))
            return redirect("activities:programme", slug=slug, activity=activity.slug)
    return _programme_page(request, activity, form, status=400)


@login_required
def session_edit(request, slug, activity, pk):
    activity = _organised(request, slug, activity)
    session = _session_of(activity, pk)
    form = SessionForm(request.POST or None, instance=copy.copy(session))
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.session_save(actor=request.user, session=form.instance)
            except ValidationError as error:
                add_validation_error(form, error)
            else:
                messages.success(request, _("The session has been saved."))
                return redirect("activities:programme", slug=slug, activity=activity.slug)
        status = 400
    return render(
        request,
        "activities/manage/session_form.html",
        {
            "werkplaats": activity.werkplaats,
            "activity": activity,
            "session": session,
            "form": form,
        },
        status=status,
    )


@login_required
def session_delete(request, slug, activity, pk):
    activity = _organised(request, slug, activity)
    session = _session_of(activity, pk)
    problem = None
    if request.method == "POST":
        try:
            services.session_delete(actor=request.user, session=session)
        except ValidationError as error:
            problem = " ".join(error.messages)
        else:
            messages.success(
                request, _("The session %(title)s has been removed.") % {"title": session.title}
            )
            return redirect("activities:programme", slug=slug, activity=activity.slug)
    return render(
        request,
        "activities/manage/session_delete.html",
        {
            "werkplaats": activity.werkplaats,
            "activity": activity,
            "session": session,
            "problem": problem,
        },
        status=409 if problem else 200,
    )


# Participants and attendance ------------------------------------------------------------------


def _participants_csv(activity, people) -> HttpResponse:
    answers = {True: _("yes"), False: _("no"), None: ""}
    rows = (
        [
            person.name,
            person.email,
            person.organisation,
            person.get_role_display(),
            person.get_state_display(),
            "; ".join(session.title for session in person.sessions.all()),
            person.needs,
            answers[person.attended] if person.state == REGISTERED else "",
            timezone.localtime(person.created).strftime("%Y-%m-%d %H:%M"),
        ]
        for person in people
    )
    header = [
        _("Name"),
        _("E-mail address"),
        _("Organisation"),
        _("Role"),
        _("State"),
        _("Sessions"),
        _("Needs"),
        _("Present"),
        _("Registered on"),
    ]
    return csv_response(f"deelnemers-{activity.slug}.csv", header, rows)


def _participants_page(request, activity, *, form=None, problem=None, status=200):
    people = _people(activity)
    registered = [person for person in people if person.state == REGISTERED]
    waiting = [person for person in people if person.state == WAITING]
    started = activity.start <= timezone.now()
    may_record = started and not activity.is_cancelled
    if form is None and may_record:
        form = AttendanceForm(
            activity=activity,
            registered=_registered(activity),
            initial={
                "present": [p.pk for p in registered if p.attended is not False],
                "organisations": list(activity.organisations_present.all()),
                "other_organisations": activity.other_organisations,
            },
        )
    return render(
        request,
        "activities/manage/participants.html",
        {
            "werkplaats": activity.werkplaats,
            "activity": activity,
            "numbers": selectors.attendance_numbers(activity),
            "registered": registered,
            "waiting": waiting,
            "with_sessions": any(person.sessions.all() for person in people),
            "with_needs": any(person.needs for person in people),
            "may_record": may_record,
            "form": form,
            "problem": problem,
        },
        status=status,
    )


@login_required
def participants(request, slug, activity):
    """Who registered and who waits; after the start, who came. Also as a CSV download."""
    activity = _organised(request, slug, activity)
    if request.method != "POST":
        if request.GET.get("formaat") == "csv":
            return _participants_csv(activity, _people(activity))
        return _participants_page(request, activity)
    form = AttendanceForm(request.POST, activity=activity, registered=_registered(activity))
    if not form.is_valid():
        return _participants_page(request, activity, form=form, status=400)
    try:
        services.attendance_record(
            actor=request.user,
            activity=activity,
            present_ids=[person.pk for person in form.cleaned_data["present"]],
            organisations=form.cleaned_data["organisations"],
            other_organisations=form.cleaned_data["other_organisations"],
        )
    except ValidationError as error:
        # Too early, or cancelled: the activity's state refuses it, not the form.
        return _participants_page(
            request, activity, form=form, problem=" ".join(error.messages), status=409
        )
    messages.success(request, _("The attendance has been saved."))
    return redirect("activities:participants", slug=slug, activity=activity.slug)


# Report, presentations and evaluations --------------------------------------------------------

REPORT = "report"
FILE = "file"


def _report_page(request, activity, *, report_form=None, file_form=None, status=200):
    summary = selectors.evaluation_summary(activity)
    return render(
        request,
        "activities/manage/report.html",
        {
            "werkplaats": activity.werkplaats,
            "activity": activity,
            "report_form": report_form or ReportForm(initial={"report": activity.report}),
            "file_form": file_form or FileForm(),
            "files": list(activity.files.all()),
            "summary": summary,
            "applied": [e for e in summary["evaluations"] if e.applied],
            "missed": [e for e in summary["evaluations"] if e.missed],
        },
        status=status,
    )


@login_required
def report(request, slug, activity):
    """The report (verslag), the presentations and what participants thought."""
    activity = _organised(request, slug, activity)
    if request.method != "POST":
        return _report_page(request, activity)
    if request.POST.get("form") == FILE:
        form = FileForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                attached = services.activity_file_add(
                    actor=request.user, activity=activity, upload=form.cleaned_data["file"]
                )
            except ValidationError as error:
                form.add_error("file", error)
            else:
                messages.success(
                    request,
                    _("%(name)s has been added.") % {"name": attached.original_name},
                )
                return redirect("activities:report", slug=slug, activity=activity.slug)
        return _report_page(request, activity, file_form=form, status=400)
    form = ReportForm(request.POST)
    if form.is_valid():
        services.report_save(
            actor=request.user, activity=activity, report=form.cleaned_data["report"]
        )
        messages.success(request, _("The report has been saved."))
        return redirect("activities:report", slug=slug, activity=activity.slug)
    return _report_page(request, activity, report_form=form, status=400)


@login_required
def file_delete(request, slug, activity, pk):
    activity = _organised(request, slug, activity)
    attached = _file_of(activity, pk)
    if request.method != "POST":
        # Only after the access check, so that others cannot learn what exists.
        return HttpResponseNotAllowed(["POST"])
    services.activity_file_delete(actor=request.user, attached=attached)
    messages.success(request, _("%(name)s has been removed.") % {"name": attached.original_name})
    return redirect("activities:report", slug=slug, activity=activity.slug)
