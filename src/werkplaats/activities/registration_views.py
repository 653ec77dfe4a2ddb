"""Registering for an activity, and the personal link of whoever registered.

The personal link (``/aanmelding/<token>/``) works without an account: the token is the
registration's random key, signed. It shows only that person's own registration, and lets
them cancel it, add it to their calendar and, afterwards, give their opinion.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.accounts.permissions import get_activity_for_user
from werkplaats.activities import ical, selectors, services, views
from werkplaats.activities.forms import EvaluationForm, RegistrationForm
from werkplaats.activities.models import Activity, Registration
from werkplaats.lib.forms import add_validation_error

# Refusals that are about the activity, not about what was typed: the form was fine.
CONFLICTS = {"cancelled", "past", "closed", "not_yet", "duplicate"}
EVALUATION_REFUSALS = {"cancelled", "not_yet", "not_participant", "already_evaluated"}
REGISTERED = Registration.State.REGISTERED
WAITING = Registration.State.WAITING
CANCELLED = Registration.State.CANCELLED


def _see_other(url: str) -> HttpResponseRedirect:
    # 303: after a POST the browser fetches the next page with GET.
    return HttpResponseRedirect(url, status=303)


def _private(response):
    # Whoever has the link sees the registration: keep it out of search engines and caches.
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    return response


def _link_problem(request):
    return _private(render(request, "activities/link_problem.html", status=404))


def _can_cancel(registration: Registration) -> bool:
    activity = registration.activity
    return (
        registration.state != CANCELLED
        and not activity.is_cancelled
        and activity.start > timezone.now()
    )


def _registration_page(request, registration: Registration, *, status: int = 200):
    activity = registration.activity
    registered = registration.state == REGISTERED and not activity.is_cancelled
    context = {
        "registration": registration,
        "activity": activity,
        "werkplaats": activity.werkplaats,
        "sessions": list(registration.sessions.all()),
        "waiting_position": selectors.waiting_position(registration),
        # The online link is for people with a place only.
        "online_url": activity.online_url if registered else "",
        "can_cancel": _can_cancel(registration),
        "can_evaluate": services.evaluation_problem(registration) is None,
    }
    return _private(render(request, "activities/registration.html", context, status=status))


def register(request, slug, activity):
    """The registration form on the activity page posts here; GET goes back to that page."""
    activity = get_activity_for_user(request.user, slug, activity)
    if request.method != "POST":
        return HttpResponseRedirect(activity.get_absolute_url())
    form = RegistrationForm(request.POST, activity=activity, user=request.user)
    if not form.is_valid():
        return views.detail_page(request, activity, register_form=form, status=400)
    if form.is_spam:
        # A bot sees the same thanks as a person, so it learns nothing from the answer.
        messages.success(request, _("You are registered."))
        return _see_other(activity.get_absolute_url())
    try:
        registration = services.registration_create(
            activity=activity,
            user=request.user if request.user.is_authenticated else None,
            **form.registration_fields(),
        )
    except ValidationError as error:
        code = getattr(error, "code", None)  # a dict of field errors has none
        if code == "members_only":
            # get_activity_for_user already hides such an activity; never say that it exists.
            raise Http404 from None
        add_validation_error(form, error)
        status = 409 if code in CONFLICTS else 400
        return views.detail_page(request, activity, register_form=form, status=status)
    if registration.state == WAITING:
        messages.success(
            request,
            _("The activity is full; you are on the waiting list (number %(position)s).")
            % {"position": selectors.waiting_position(registration)},
        )
    else:
        messages.success(request, _("You are registered."))
    return _see_other(registration.get_absolute_url())


def registration(request, token):
    """The personal page of one registration, from the link in every e-mail."""
    registration = selectors.registration_by_token(token)
    if registration is None:
        return _link_problem(request)
    return _registration_page(request, registration)


def registration_cancel(request, token):
    """Cancel by the personal link; the first on the waiting list moves up (see services)."""
    registration = selectors.registration_by_token(token)
    if registration is None:
        return _link_problem(request)
    if request.method != "POST":
        if not _can_cancel(registration):
            return HttpResponseRedirect(registration.get_absolute_url())
        return _private(
            render(
                request,
                "activities/registration_cancel.html",
                {"registration": registration, "activity": registration.activity},
            )
        )
    try:
        services.registration_cancel(registration=registration)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        status = 410 if getattr(error, "code", None) == "already_cancelled" else 409
        return _registration_page(request, registration, status=status)
    messages.success(request, _("Your registration is cancelled."))
    return _see_other(registration.get_absolute_url())


def registration_ics(request, token):
    """The activity for the person's own calendar, with the online link when they have a place."""
    registration = selectors.registration_by_token(token)
    if registration is None or registration.state == CANCELLED:
        return _link_problem(request)
    activity: Activity = registration.activity
    online = registration.state == REGISTERED and not activity.is_cancelled
    content = ical.calendar_for(
        [activity],
        name=activity.title,
        online_urls={activity.pk: activity.online_url} if online else None,
    )
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{activity.slug}.ics"'
    return _private(response)


def evaluation(request, token):
    """“Are we doing the right things? And are we doing them well enough?” after the activity."""
    registration = selectors.registration_by_token(token)
    if registration is None:
        return _link_problem(request)
    activity = registration.activity
    context = {"registration": registration, "activity": activity}
    problem = services.evaluation_problem(registration)
    if problem is not None:
        return _evaluation_refused(request, context, problem)
    if request.method != "POST":
        form = EvaluationForm()
        return _private(render(request, "activities/evaluation.html", {**context, "form": form}))
    form = EvaluationForm(request.POST)
    if form.is_valid():
        try:
            services.evaluation_submit(registration=registration, **form.evaluation_fields())
        except ValidationError as error:
            if getattr(error, "code", None) in EVALUATION_REFUSALS:
                return _evaluation_refused(request, context, error)
            add_validation_error(form, error)
        else:
            messages.success(request, _("Thank you for your answers. They help us improve."))
            return _see_other(registration.get_absolute_url())
    return _private(
        render(request, "activities/evaluation.html", {**context, "form": form}, status=400)
    )


def _evaluation_refused(request, context, error: ValidationError):
    return _private(
        render(
            request,
            "activities/evaluation.html",
            {
                **context,
                "form": None,
                "refusal": " ".join(error.messages),
                "thanked": getattr(error, "code", None) == "already_evaluated",
            },
            status=409,
        )
    )
