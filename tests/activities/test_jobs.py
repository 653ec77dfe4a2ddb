"""The recurring jobs: reminders the day before, and after an activity (held, needs erased,
evaluations asked). Cron runs them often, so each must do its work once."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.activities.factories import ActivityFactory, RegistrationFactory
from werkplaats.activities import services
from werkplaats.activities.models import Activity, Registration

REGISTERED = Registration.State.REGISTERED
WAITING = Registration.State.WAITING
CANCELLED = Registration.State.CANCELLED

pytestmark = pytest.mark.django_db


def starting_in(hours: float, **fields) -> Activity:
    start = timezone.now() + timedelta(hours=hours)
    return ActivityFactory(start=start, end=start + timedelta(hours=2), **fields)


def ended_days_ago(days: float, **fields) -> Activity:
    end = timezone.now() - timedelta(days=days)
    return ActivityFactory(start=end - timedelta(hours=2), end=end, **fields)


def everybody(activity, needs=""):
    """One registered, one waiting and one cancelled person."""
    return (
        RegistrationFactory(activity=activity, needs=needs),
        RegistrationFactory(activity=activity, state=WAITING, needs=needs),
        RegistrationFactory(activity=activity, state=CANCELLED, needs=needs),
    )


# Reminders.


def test_reminders_go_once_to_people_with_a_place_of_activities_within_a_day(
    django_capture_on_commit_callbacks, mails
):
    tomorrow = starting_in(12)
    registered, _, _ = everybody(tomorrow)
    also_registered = RegistrationFactory(activity=tomorrow)
    later = starting_in(30)
    everybody(later)
    now = timezone.now()

    with django_capture_on_commit_callbacks(execute=True):
        count = services.reminders_send(now=now)

    assert count == 2
    assert mails.sent() == mails.of(("reminder", registered), ("reminder", also_registered))
    tomorrow.refresh_from_db()
    assert tomorrow.reminders_sent_at == now
    later.refresh_from_db()
    assert later.reminders_sent_at is None

    # A second run sends nothing again.
    mails.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send(now=now + timedelta(minutes=15)) == 0
    assert mails.sent() == []


def test_the_next_activity_is_reminded_when_its_day_comes(
    django_capture_on_commit_callbacks, mails
):
    later = starting_in(30)
    registered, _, _ = everybody(later)
    now = timezone.now()

    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send(now=now) == 0
    assert mails.sent() == []

    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send(now=now + timedelta(hours=7)) == 1
    assert mails.sent() == mails.of(("reminder", registered))


@pytest.mark.parametrize(
    "make",
    [
        lambda: starting_in(12, status=Activity.Status.CANCELLED),
        lambda: starting_in(-1),  # already started
        lambda: ended_days_ago(1),
        lambda: starting_in(12, reminders_sent_at=timezone.now() - timedelta(hours=1)),
    ],
    ids=["cancelled", "started", "ended", "already_reminded"],
)
def test_no_reminders_for_cancelled_started_or_reminded_activities(
    make, django_capture_on_commit_callbacks, mails
):
    everybody(make())
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send(now=timezone.now()) == 0
    assert mails.sent() == []


# After the activity.


@pytest.fixture
def ended():
    """Two days ago: present, absent, not recorded, already evaluated, waiting, cancelled."""
    activity = ended_days_ago(2, capacity=10)
    people = {
        "present": RegistrationFactory(activity=activity, attended=True, needs="Vegetarisch"),
        "absent": RegistrationFactory(activity=activity, attended=False, needs="Rolstoel"),
        "not_recorded": RegistrationFactory(activity=activity, needs="Ringleiding"),
        "evaluated": RegistrationFactory(activity=activity, attended=True, evaluated=True),
        "waiting": RegistrationFactory(activity=activity, state=WAITING, needs="Halal"),
        "cancelled": RegistrationFactory(activity=activity, state=CANCELLED, needs="Tolk"),
    }
    return activity, people


def test_after_an_activity_it_is_held_needs_are_erased_and_participants_asked(
    ended, django_capture_on_commit_callbacks, mails
):
    activity, people = ended
    now = timezone.now()

    with django_capture_on_commit_callbacks(execute=True):
        result = services.after_activities(now=now)

    assert result == {"held": 1, "needs_erased": 5, "evaluations_asked": 2}
    activity.refresh_from_db()
    assert activity.status == Activity.Status.HELD
    assert activity.needs_erased_at == now
    assert activity.evaluations_sent_at == now
    assert set(Registration.objects.values_list("needs", flat=True)) == {""}
    assert mails.sent() == mails.of(
        ("evaluation", people["present"]), ("evaluation", people["not_recorded"])
    )


def test_after_activities_does_its_work_once(ended, django_capture_on_commit_callbacks, mails):
    now = timezone.now()
    services.after_activities(now=now)
    mails.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        result = services.after_activities(now=now + timedelta(minutes=15))

    assert result == {"held": 0, "needs_erased": 0, "evaluations_asked": 0}
    assert mails.sent() == []


@pytest.mark.parametrize(
    "make",
    [
        lambda: ActivityFactory(),  # next month
        lambda: starting_in(-1),  # going on now
    ],
    ids=["upcoming", "running"],
)
def test_activities_that_have_not_ended_are_left_alone(
    make, django_capture_on_commit_callbacks, mails
):
    activity = make()
    everybody(activity, needs="Vegetarisch")

    with django_capture_on_commit_callbacks(execute=True):
        result = services.after_activities(now=timezone.now())

    assert result == {"held": 0, "needs_erased": 0, "evaluations_asked": 0}
    activity.refresh_from_db()
    assert activity.status == Activity.Status.PLANNED
    assert activity.needs_erased_at is None
    assert activity.evaluations_sent_at is None
    assert set(Registration.objects.values_list("needs", flat=True)) == {"Vegetarisch"}
    assert mails.sent() == []


def test_a_cancelled_activity_gets_its_needs_erased_but_no_evaluation(
    django_capture_on_commit_callbacks, mails
):
    cancelled_activity = ended_days_ago(1, status=Activity.Status.CANCELLED)
    everybody(cancelled_activity, needs="Vegetarisch")

    with django_capture_on_commit_callbacks(execute=True):
        result = services.after_activities(now=timezone.now())

    assert result == {"held": 0, "needs_erased": 3, "evaluations_asked": 0}
    cancelled_activity.refresh_from_db()
    assert cancelled_activity.status == Activity.Status.CANCELLED
    assert cancelled_activity.evaluations_sent_at is None
    assert set(Registration.objects.values_list("needs", flat=True)) == {""}
    assert mails.sent() == []


@pytest.mark.parametrize("days, asked", [(13, 1), (15, 0), (400, 0)])
def test_evaluations_are_asked_only_within_two_weeks_after_the_end(
    days, asked, django_capture_on_commit_callbacks, mails
):
    activity = ended_days_ago(days)
    registered, _, _ = everybody(activity, needs="Vegetarisch")

    with django_capture_on_commit_callbacks(execute=True):
        result = services.after_activities(now=timezone.now())

    # Old activities are still closed off; only the question is not asked any more.
    assert result == {"held": 1, "needs_erased": 3, "evaluations_asked": asked}
    activity.refresh_from_db()
    assert activity.status == Activity.Status.HELD
    assert mails.sent() == (mails.of(("evaluation", registered)) if asked else [])


def test_an_activity_already_marked_held_is_still_evaluated(
    django_capture_on_commit_callbacks, mails
):
    activity = ended_days_ago(1, status=Activity.Status.HELD)
    registered = RegistrationFactory(activity=activity, attended=True)

    with django_capture_on_commit_callbacks(execute=True):
        result = services.after_activities(now=timezone.now())

    assert result == {"held": 0, "needs_erased": 0, "evaluations_asked": 1}
    assert mails.sent() == mails.of(("evaluation", registered))


def test_after_activities_with_a_later_now_closes_what_has_ended_by_then(
    django_capture_on_commit_callbacks, mails
):
    tonight = starting_in(2)
    registered, _, _ = everybody(tonight, needs="Vegetarisch")

    with django_capture_on_commit_callbacks(execute=True):
        result = services.after_activities(now=timezone.now() + timedelta(hours=5))

    assert result == {"held": 1, "needs_erased": 3, "evaluations_asked": 1}
    assert mails.sent() == mails.of(("evaluation", registered))


# The management command that cron (and `serve`) runs.


def run_jobs() -> str:
    out = StringIO()
    call_command("activity_jobs", stdout=out)
    return out.getvalue().strip()


def test_the_command_runs_both_jobs_and_prints_what_it_did(
    ended, django_capture_on_commit_callbacks, mails
):
    tomorrow = starting_in(12)
    reminded = RegistrationFactory.create_batch(3, activity=tomorrow, needs="Vegetarisch")
    RegistrationFactory(activity=tomorrow, state=WAITING)
    _, people = ended

    with django_capture_on_commit_callbacks(execute=True):
        printed = run_jobs()

    assert printed == "reminders: 3, held: 1, needs erased: 5, evaluations asked: 2"
    assert mails.sent() == mails.of(
        *(("reminder", r) for r in reminded),
        ("evaluation", people["present"]),
        ("evaluation", people["not_recorded"]),
    )
    # The needs of the coming activity are still needed.
    assert set(tomorrow.registrations.values_list("needs", flat=True)) == {"Vegetarisch", ""}

    mails.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        printed = run_jobs()

    assert printed == "reminders: 0, held: 0, needs erased: 0, evaluations asked: 0"
    assert mails.sent() == []
