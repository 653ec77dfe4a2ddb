"""Changes to activities, registrations, attendance, reports and evaluations.

Registration at full capacity is the delicate part: every registration and cancellation locks
the activity's row first (``select_for_update`` on PostgreSQL; SQLite's IMMEDIATE transactions
let one writer in at a time), counts, and only then decides between a place and the waiting
list, so simultaneous requests can never overbook.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkplaats.accounts.permissions import VIEW_MEMBERS, can
from werkplaats.activities.models import (
    RESERVED_SLUGS,
    Activity,
    ActivityFile,
    Evaluation,
    ProgrammeSession,
    Registration,
)
from werkplaats.audit.services import audit_record
from werkplaats.lib.uploads import delete_stored, store_upload
from werkplaats.network.services import unique_slug
from werkplaats.search.registry import index_object

# Fields whose change makes people's calendars and plans out of date.
CHANGES_THAT_MATTER = ("start", "end", "location_name", "address", "online_url")
# Evaluations are asked shortly after the activity; never for old ones (such as imported data).
EVALUATION_WINDOW = timezone.timedelta(days=14)
REMINDER_WINDOW = timezone.timedelta(hours=24)

REGISTRATION_PROBLEMS = {
    "cancelled": gettext_lazy("This activity has been cancelled. You can no longer register."),
    "past": gettext_lazy("This activity has already started. You can no longer register."),
    "not_yet": gettext_lazy("Registration has not opened yet."),
    "closed": gettext_lazy("Registration is closed."),
}
REGISTERED = Registration.State.REGISTERED
WAITING = Registration.State.WAITING
CANCELLED = Registration.State.CANCELLED


def _mail(kind: str, ids) -> None:
    """Send one mail of ``kind`` to each registration, after the transaction commits."""
    from werkplaats.activities.tasks import mail_registrations

    ids = list(ids)
    if ids:
        transaction.on_commit(lambda: mail_registrations.enqueue(ids, kind))


def _locked(activity: Activity) -> Activity:
    return Activity.objects.select_for_update().get(pk=activity.pk)


def registration_problem_message(problem: str) -> str:
    return str(REGISTRATION_PROBLEMS[problem])


@transaction.atomic
def activity_save(*, actor, activity: Activity, relations: dict | None = None) -> Activity:
    """Create or change an activity; ``relations`` maps many-to-many field names to values.

    When time or place change, everybody registered gets a mail and calendars a new sequence
    number. Fewer places than people registered is refused; more places move the waiting list up.
    """
    created = activity.pk is None
    changed = []
    if created:
        if not activity.slug:
            activity.slug = unique_slug(
                Activity.objects.filter(werkplaats=activity.werkplaats),
                activity.title,
                reserved=RESERVED_SLUGS,
            )
    else:
        before = _locked(activity)
        changed = [f for f in CHANGES_THAT_MATTER if getattr(before, f) != getattr(activity, f)]
        registered = before.registrations.filter(state=REGISTERED).count()
        if activity.capacity is not None and activity.capacity < registered:
            raise ValidationError(
                {
                    "capacity": _(
                        "%(count)s people have already registered. "
                        "The number of places cannot be lower than that."
                    )
                    % {"count": registered}
                }
            )
        activity.sequence = before.sequence + (1 if changed else 0)
        activity.status = before.status
    activity.full_clean()
    activity.save()
    for name, values in (relations or {}).items():
        getattr(activity, name).set(values)
    index_object(activity)
    audit_record(
        actor=actor,
        action="activity.create" if created else "activity.update",
        obj=activity,
        werkplaats=activity.werkplaats,
        data={"changed": changed} if changed else None,
    )
    if not created:
        _promote(activity)
        if changed and activity.status == Activity.Status.PLANNED and not activity.is_past:
            _mail(
                "changed",
                activity.registrations.exclude(state=CANCELLED).values_list("pk", flat=True),
            )
    return activity


@transaction.atomic
def activity_cancel(*, actor, activity: Activity, reason: str) -> Activity:
    """Cancel an activity that has not taken place; everybody registered or waiting is told why."""
    activity = _locked(activity)
    if activity.status == Activity.Status.CANCELLED:
        raise ValidationError(_("This activity has already been cancelled."))
    if activity.is_past:
        raise ValidationError(_("An activity that has taken place cannot be cancelled."))
    if not reason.strip():
        raise ValidationError(
            {"reason": _("Write why the activity is cancelled. The people who registered read it.")}
        )
    activity.status = Activity.Status.CANCELLED
    activity.cancel_reason = reason.strip()
    activity.sequence += 1
    activity.save(update_fields=["status", "cancel_reason", "sequence", "updated"])
    audit_record(
        actor=actor, action="activity.cancel", obj=activity, werkplaats=activity.werkplaats
    )
    _mail(
        "activity_cancelled",
        activity.registrations.exclude(state=CANCELLED).values_list("pk", flat=True),
    )
    return activity


def _check_sessions(activity: Activity, sessions) -> list[ProgrammeSession]:
    sessions = list(sessions)
    if any(s.activity_id != activity.pk for s in sessions):
        raise ValidationError({"sessions": _("Choose sessions of this activity.")})
    for i, first in enumerate(sessions):
        for second in sessions[i + 1 :]:
            if first.overlaps(second):
                raise ValidationError(
                    {
                        "sessions": _(
                            "“%(first)s” and “%(second)s” take place at the same time. "
                            "Choose one of them."
                        )
                        % {"first": first.title, "second": second.title}
                    }
                )
    for session in sessions:
        if session.capacity is None:
            continue
        taken = session.registrations.exclude(state=CANCELLED).count()
        if taken >= session.capacity:
            raise ValidationError(
                {
                    "sessions": _("“%(title)s” is full. Choose another session.")
                    % {"title": session.title}
                }
            )
    return sessions


def registration_create(
    *,
    activity: Activity,
    name: str,
    email: str,
    role: str,
    organisation: str = "",
    needs: str = "",
    sessions=(),
    user=None,
) -> Registration:
    """Register someone: a place while there is one, otherwise the waiting list.

    Refused (ValidationError with a code) when registration is not open, the activity is for
    members only, or the address is already registered.
    """
    email = email.strip().lower()
    duplicate = ValidationError(
        _(
            "This e-mail address is already registered for this activity. "
            "The e-mail we sent you has a link to your registration."
        ),
        code="duplicate",
    )
    try:
        with transaction.atomic():
            activity = _locked(activity)
            problem = activity.registration_problem()
            if problem:
                raise ValidationError(REGISTRATION_PROBLEMS[problem], code=problem)
            if activity.audience == Activity.Audience.MEMBERS and not (
                user is not None and can(user, VIEW_MEMBERS, activity.werkplaats)
            ):
                raise ValidationError(
                    _("This activity is for members of the werkplaats only."), code="members_only"
                )
            if activity.registrations.filter(email=email).exclude(state=CANCELLED).exists():
                raise duplicate
            chosen = _check_sessions(activity, sessions)
            registered = activity.registrations.filter(state=REGISTERED).count()
            has_place = activity.capacity is None or registered < activity.capacity
            registration = Registration(
                activity=activity,
                user=user if user is not None and user.is_authenticated else None,
                name=name.strip(),
                email=email,
                organisation=organisation.strip(),
                role=role,
                needs=needs.strip(),
                state=REGISTERED if has_place else WAITING,
            )
            registration.full_clean()
            registration.save()
            registration.sessions.set(chosen)
            audit_record(
                actor=registration.user,
                action="registration.create",
                obj=registration,
                werkplaats=activity.werkplaats,
                data={"state": registration.state},
            )
            _mail("confirmation", [registration.pk])
    except IntegrityError:
        raise duplicate from None
    return registration


def _promote(activity: Activity) -> list[int]:
    """Move people up from the waiting list while there are places; mail each of them.

    Call inside a transaction that holds the activity's lock.
    """
    if activity.status != Activity.Status.PLANNED or activity.start <= timezone.now():
        return []
    waiting = activity.registrations.filter(state=WAITING).order_by("created", "id")
    if activity.capacity is not None:
        free = activity.capacity - activity.registrations.filter(state=REGISTERED).count()
        if free <= 0:
            return []
        waiting = waiting[:free]
    ids = list(waiting.values_list("pk", flat=True))
    if ids:
        Registration.objects.filter(pk__in=ids).update(state=REGISTERED, promoted_at=timezone.now())
        for pk in ids:
            audit_record(
                actor=None,
                action="registration.promote",
                obj=Registration(pk=pk),
                werkplaats=activity.werkplaats,
            )
        _mail("promoted", ids)
    return ids


@transaction.atomic
def registration_cancel(*, registration: Registration, actor=None) -> Registration:
    """Cancel by the personal link (or by an organiser); the first on the waiting list moves up."""
    activity = _locked(registration.activity)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.state == CANCELLED:
        raise ValidationError(
            _("This registration has already been cancelled."), code="already_cancelled"
        )
    if activity.start <= timezone.now():
        raise ValidationError(
            _("The activity has already started. You can no longer cancel."), code="started"
        )
    was_registered = registration.state == REGISTERED
    registration.state = CANCELLED
    registration.cancelled_at = timezone.now()
    registration.needs = ""  # no reason left to keep it
    registration.save(update_fields=["state", "cancelled_at", "needs"])
    registration.sessions.clear()
    audit_record(
        actor=actor,
        action="registration.cancel",
        obj=registration,
        werkplaats=activity.werkplaats,
    )
    _mail("cancelled", [registration.pk])
    if was_registered:
        _promote(activity)
    return registration


@transaction.atomic
def attendance_record(
    *, actor, activity: Activity, present_ids, organisations=(), other_organisations: str = ""
) -> Activity:
    """Who came (everyone registered is present or absent) and which organisations were there."""
    activity = _locked(activity)
    if activity.status == Activity.Status.CANCELLED:
        raise ValidationError(_("This activity was cancelled; there is no attendance to record."))
    if activity.start > timezone.now():
        raise ValidationError(_("You can record attendance once the activity has started."))
    registered = activity.registrations.filter(state=REGISTERED)
    present_ids = set(present_ids)
    unknown = present_ids - set(registered.values_list("pk", flat=True))
    if unknown:
        raise ValidationError(_("Only people who registered can be marked present."))
    registered.filter(pk__in=present_ids).update(attended=True)
    registered.exclude(pk__in=present_ids).update(attended=False)
    activity.organisations_present.set(organisations)
    activity.other_organisations = other_organisations.strip()
    if activity.status == Activity.Status.PLANNED and activity.is_past:
        activity.status = Activity.Status.HELD
    activity.save(update_fields=["other_organisations", "status", "updated"])
    audit_record(
        actor=actor,
        action="activity.attendance",
        obj=activity,
        werkplaats=activity.werkplaats,
        data={"present": len(present_ids), "absent": registered.count() - len(present_ids)},
    )
    return activity


@transaction.atomic
def report_save(*, actor, activity: Activity, report: str) -> Activity:
    activity = _locked(activity)
    activity.report = report.strip()
    activity.save(update_fields=["report", "updated"])
    index_object(activity)
    audit_record(
        actor=actor, action="activity.report", obj=activity, werkplaats=activity.werkplaats
    )
    return activity


@transaction.atomic
def activity_file_add(*, actor, activity: Activity, upload) -> ActivityFile:
    """Attach a presentation; its type is read from the content (see lib.uploads)."""
    attached = store_upload(ActivityFile(activity=activity), upload)
    audit_record(
        actor=actor,
        action="activity.file_add",
        obj=activity,
        werkplaats=activity.werkplaats,
        data={"file": attached.original_name},
    )
    return attached


@transaction.atomic
def activity_file_delete(*, actor, attached: ActivityFile) -> None:
    activity = attached.activity
    name = attached.original_name
    delete_stored(attached)
    audit_record(
        actor=actor,
        action="activity.file_delete",
        obj=activity,
        werkplaats=activity.werkplaats,
        data={"file": name},
    )


@transaction.atomic
def session_save(*, actor, session: ProgrammeSession) -> ProgrammeSession:
    """Add or change a session of the programme (congresses have several at once)."""
    created = session.pk is None
    if not created:
        taken = session.registrations.exclude(state=CANCELLED).count()
        if session.capacity is not None and session.capacity < taken:
            raise ValidationError(
                {
                    "capacity": _(
                        "%(count)s people have already chosen this session. "
                        "The number of places cannot be lower than that."
                    )
                    % {"count": taken}
                }
            )
    session.full_clean()
    session.save()
    index_object(session.activity)
    audit_record(
        actor=actor,
        action="activity.session_create" if created else "activity.session_update",
        obj=session.activity,
        werkplaats=session.activity.werkplaats,
        data={"session": session.title},
    )
    return session


@transaction.atomic
def session_delete(*, actor, session: ProgrammeSession) -> None:
    if session.registrations.exclude(state=CANCELLED).exists():
        raise ValidationError(
            _("People have chosen this session. Change it instead of deleting it.")
        )
    activity = session.activity
    title = session.title
    session.delete()
    index_object(activity)
    audit_record(
        actor=actor,
        action="activity.session_delete",
        obj=activity,
        werkplaats=activity.werkplaats,
        data={"session": title},
    )


def evaluation_problem(registration: Registration) -> ValidationError | None:
    """Why this person cannot give their opinion (yet), or None when they can."""
    activity = registration.activity
    if activity.is_cancelled:
        return ValidationError(_("This activity was cancelled."), code="cancelled")
    if not activity.is_past:
        return ValidationError(
            _("You can give your opinion once the activity is over."), code="not_yet"
        )
    if registration.state != REGISTERED or registration.attended is False:
        return ValidationError(
            _("Only people who took part can give their opinion."), code="not_participant"
        )
    if registration.evaluated:
        return ValidationError(
            _("You have already given your opinion. Thank you!"), code="already_evaluated"
        )
    return None


@transaction.atomic
def evaluation_submit(
    *,
    registration: Registration,
    usefulness: int,
    applied: str = "",
    missed: str = "",
    anonymous: bool = True,
) -> Evaluation:
    """A participant's short evaluation. It is not linked to the registration: only the name
    is kept, and only when the participant chose to give it."""
    registration = (
        Registration.objects.select_for_update().select_related("activity").get(pk=registration.pk)
    )
    problem = evaluation_problem(registration)
    if problem is not None:
        raise problem
    activity = registration.activity
    evaluation = Evaluation(
        activity=activity,
        usefulness=usefulness,
        applied=applied.strip(),
        missed=missed.strip(),
        name="" if anonymous else registration.name,
    )
    evaluation.full_clean()
    evaluation.save()
    registration.evaluated = True
    registration.save(update_fields=["evaluated"])
    return evaluation


# Recurring work (the `activity_jobs` command): idempotent, safe to run every few minutes.


def reminders_send(*, now=None) -> int:
    """Remind everybody with a place, the day before; each activity once."""
    now = now or timezone.now()
    count = 0
    due = Activity.objects.filter(
        status=Activity.Status.PLANNED,
        reminders_sent_at__isnull=True,
        start__gt=now,
        start__lte=now + REMINDER_WINDOW,
    )
    for activity in due:
        with transaction.atomic():
            activity = _locked(activity)
            if activity.reminders_sent_at is not None:
                continue
            activity.reminders_sent_at = now
            activity.save(update_fields=["reminders_sent_at"])
            ids = list(activity.registrations.filter(state=REGISTERED).values_list("pk", flat=True))
            _mail("reminder", ids)
            count += len(ids)
    return count


def after_activities(*, now=None) -> dict[str, int]:
    """After an activity: mark it held, delete dietary and accessibility needs, ask for
    evaluations (only for activities that ended in the last two weeks)."""
    now = now or timezone.now()
    ended = Activity.objects.filter(end__lte=now)
    held = ended.filter(status=Activity.Status.PLANNED).update(status=Activity.Status.HELD)
    needs = Registration.objects.filter(activity__end__lte=now).exclude(needs="").update(needs="")
    ended.filter(needs_erased_at__isnull=True).update(needs_erased_at=now)
    asked = 0
    due = ended.filter(
        status=Activity.Status.HELD,
        evaluations_sent_at__isnull=True,
        end__gt=now - EVALUATION_WINDOW,
    )
    for activity in due:
        with transaction.atomic():
            activity = _locked(activity)
            if activity.evaluations_sent_at is not None:
                continue
            activity.evaluations_sent_at = now
            activity.save(update_fields=["evaluations_sent_at"])
            ids = list(
                activity.registrations.filter(state=REGISTERED, evaluated=False)
                .exclude(attended=False)
                .values_list("pk", flat=True)
            )
            _mail("evaluation", ids)
            asked += len(ids)
    return {"held": held, "needs_erased": needs, "evaluations_asked": asked}
