"""The activity services against the real database: registration and the waiting list,
changes and cancellation, programme sessions, attendance, evaluation, files and the audit trail.

Mails go through the task queue after the transaction commits; the queue is immediate in
tests, so ``django_capture_on_commit_callbacks(execute=True)`` delivers them to the outbox.
"""

import json
import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tests.accounts.factories import UserFactory
from tests.activities.factories import (
    ActivityFactory,
    ProgrammeSessionFactory,
    RegistrationFactory,
    in_days,
)
from tests.ateliers.factories import PDF
from tests.network.factories import OrganisationFactory
from werkplaats.activities import services
from werkplaats.activities.models import (
    Activity,
    ActivityFile,
    Evaluation,
    ProgrammeSession,
    Registration,
)
from werkplaats.activities.tasks import TEMPLATES
from werkplaats.audit.models import AuditEntry

REGISTERED = Registration.State.REGISTERED
WAITING = Registration.State.WAITING
CANCELLED = Registration.State.CANCELLED

pytestmark = pytest.mark.django_db


def register(activity, email, **fields):
    fields = {"name": "Deelnemer", "role": "professional", **fields}
    return services.registration_create(activity=activity, email=email, **fields)


def state_of(registration) -> str:
    registration.refresh_from_db()
    return registration.state


def fresh(activity) -> Activity:
    return Activity.objects.get(pk=activity.pk)


def started_activity(**fields) -> Activity:
    """An activity that began an hour ago and ends in an hour."""
    now = timezone.now()
    return ActivityFactory(start=now - timedelta(hours=1), end=now + timedelta(hours=1), **fields)


def ended_activity(**fields) -> Activity:
    return ActivityFactory(start=in_days(-2, 14), end=in_days(-2, 16), **fields)


@pytest.fixture
def activity(werkplaats_a):
    """Two places, so the third person waits."""
    return ActivityFactory(werkplaats=werkplaats_a, title="Kenniscafé", capacity=2)


@pytest.fixture
def full(activity, mailoutbox):
    """Two registered and three waiting, in this order; the mails of it already cleared."""
    people = [
        register(activity, f"persoon{n}@example.org", name=f"Persoon {n}") for n in range(1, 6)
    ]
    mailoutbox.clear()
    return people


# Registration: a place or the waiting list.


def test_registrations_get_places_until_full_then_the_waiting_list(
    activity, django_capture_on_commit_callbacks, mails
):
    with django_capture_on_commit_callbacks(execute=True):
        first = register(activity, "een@example.org")
        second = register(activity, "twee@example.org")
        third = register(activity, "drie@example.org")

    assert [first.state, second.state, third.state] == [REGISTERED, REGISTERED, WAITING]
    assert [state_of(r) for r in (first, second, third)] == [REGISTERED, REGISTERED, WAITING]
    assert mails.sent() == mails.of(
        ("confirmation", first), ("confirmation", second), ("confirmation", third)
    )


def test_without_a_capacity_everybody_gets_a_place(werkplaats_a):
    unlimited = ActivityFactory(werkplaats=werkplaats_a, capacity=None)
    states = {register(unlimited, f"p{n}@example.org").state for n in range(30)}
    assert states == {REGISTERED}


def test_the_registration_keeps_what_was_given_with_the_address_in_lower_case(activity):
    registration = register(
        activity,
        "  Fatima.El-Amrani@Example.NET ",
        name="  Fatima El Amrani ",
        organisation=" Buurtteam Zuid ",
        role="bewoner",
        needs=" Vegetarisch ",
    )
    registration.refresh_from_db()
    assert registration.email == "fatima.el-amrani@example.net"
    assert registration.name == "Fatima El Amrani"
    assert registration.organisation == "Buurtteam Zuid"
    assert registration.role == "bewoner"
    assert registration.needs == "Vegetarisch"
    assert registration.user is None
    assert registration.activity == activity


def test_a_logged_in_person_is_linked_to_the_registration(activity, member_a):
    registration = register(activity, member_a.email, user=member_a)
    assert registration.user == member_a


@pytest.mark.parametrize(
    "second_address", ["een@example.org", "Een@Example.org", "EEN@EXAMPLE.ORG", " een@example.org"]
)
def test_an_address_registers_once_whatever_its_capitals(
    activity, second_address, django_capture_on_commit_callbacks, mailoutbox
):
    register(activity, "een@example.org")
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as error:
        register(activity, second_address)

    assert error.value.code == "duplicate"
    assert activity.registrations.count() == 1
    assert mailoutbox == []


def test_the_same_address_may_register_for_another_activity(activity, werkplaats_a):
    register(activity, "een@example.org")
    other = ActivityFactory(werkplaats=werkplaats_a)
    assert register(other, "een@example.org").state == REGISTERED


def test_after_cancelling_the_address_may_register_again(activity):
    first = register(activity, "een@example.org")
    services.registration_cancel(registration=first)

    again = register(activity, "EEN@example.org")

    assert again.pk != first.pk
    assert again.state == REGISTERED
    assert state_of(first) == CANCELLED


def test_a_cancelled_registration_frees_its_place_for_a_new_one(activity):
    first = register(activity, "een@example.org")
    register(activity, "twee@example.org")
    services.registration_cancel(registration=first)
    assert register(activity, "drie@example.org").state == REGISTERED


def _closed(now):
    return {"registration_closes": now - timedelta(hours=1)}


@pytest.mark.parametrize(
    "make, code",
    [
        (lambda now: ActivityFactory(status=Activity.Status.CANCELLED), "cancelled"),
        (lambda now: started_activity(), "past"),
        (lambda now: ended_activity(), "past"),
        (lambda now: ActivityFactory(status=Activity.Status.HELD), "past"),
        (lambda now: ActivityFactory(**_closed(now)), "closed"),
        (lambda now: ActivityFactory(registration_opens=now + timedelta(days=1)), "not_yet"),
        (lambda now: ActivityFactory(audience=Activity.Audience.MEMBERS), "members_only"),
    ],
    ids=["cancelled", "started", "ended", "held", "closed", "not_yet", "members_only"],
)
def test_registration_is_refused_with_a_code_and_nothing_is_written(
    make, code, django_capture_on_commit_callbacks, mailoutbox
):
    closed = make(timezone.now())
    audit_before = AuditEntry.objects.count()

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as error:
        register(closed, "een@example.org")

    assert error.value.code == code
    assert Registration.objects.count() == 0
    assert AuditEntry.objects.count() == audit_before
    assert mailoutbox == []


def test_registration_in_its_window_is_accepted(werkplaats_a):
    now = timezone.now()
    open_now = ActivityFactory(
        werkplaats=werkplaats_a,
        registration_opens=now - timedelta(days=1),
        registration_closes=now + timedelta(days=1),
    )
    assert register(open_now, "een@example.org").state == REGISTERED


def test_a_members_only_activity_takes_members_of_its_werkplaats_only(
    werkplaats_a, member_a, coordinator_b, national_admin
):
    members_only = ActivityFactory(werkplaats=werkplaats_a, audience=Activity.Audience.MEMBERS)

    for outsider in (coordinator_b, UserFactory()):
        with pytest.raises(ValidationError) as error:
            register(members_only, outsider.email, user=outsider)
        assert error.value.code == "members_only"
    assert not members_only.registrations.exists()

    assert register(members_only, member_a.email, user=member_a).state == REGISTERED
    assert register(members_only, national_admin.email, user=national_admin).state == REGISTERED


# Registration with programme sessions.


@pytest.fixture
def congress(werkplaats_a):
    start = in_days(40, 10)
    return ActivityFactory(
        werkplaats=werkplaats_a,
        kind=Activity.Kind.CONGRESS,
        start=start,
        end=start + timedelta(hours=7),
        capacity=100,
    )


def session_at(activity, hour, minute=0, *, hours=1, **fields):
    start = activity.start.replace(hour=hour, minute=minute)
    return ProgrammeSessionFactory(
        activity=activity, start=start, end=start + timedelta(hours=hours), **fields
    )


def test_sessions_that_follow_each_other_may_both_be_chosen(congress):
    morning = session_at(congress, 10, title="Ochtend")
    next_one = session_at(congress, 11, title="Daarna")

    registration = register(congress, "een@example.org", sessions=[morning, next_one])

    assert set(registration.sessions.all()) == {morning, next_one}


def test_overlapping_sessions_are_refused_and_nothing_is_written(
    congress, django_capture_on_commit_callbacks, mailoutbox
):
    first = session_at(congress, 10, title="Wijkgericht werken")
    overlapping = session_at(congress, 10, 30, title="Armoede")

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as error:
        register(congress, "een@example.org", sessions=[first, overlapping])

    [message] = error.value.message_dict["sessions"]
    assert "Wijkgericht werken" in message and "Armoede" in message
    assert not Registration.objects.exists()
    assert mailoutbox == []


def test_a_full_session_is_refused_and_nothing_is_written(congress):
    small = session_at(congress, 10, title="Kleine zaal", capacity=1)
    register(congress, "een@example.org", sessions=[small])

    with pytest.raises(ValidationError) as error:
        register(congress, "twee@example.org", sessions=[small])

    assert "Kleine zaal" in error.value.message_dict["sessions"][0]
    assert congress.registrations.count() == 1
    assert small.registrations.count() == 1


def test_a_place_in_a_session_comes_free_when_its_registration_is_cancelled(congress):
    small = session_at(congress, 10, capacity=1)
    first = register(congress, "een@example.org", sessions=[small])
    services.registration_cancel(registration=first)

    second = register(congress, "twee@example.org", sessions=[small])

    assert list(second.sessions.all()) == [small]
    assert list(small.registrations.all()) == [second]


def test_a_session_of_another_activity_is_refused(congress, werkplaats_a):
    other_congress = ActivityFactory(werkplaats=werkplaats_a, kind=Activity.Kind.CONGRESS)
    foreign = session_at(other_congress, 10)

    with pytest.raises(ValidationError) as error:
        register(congress, "een@example.org", sessions=[foreign])

    assert "sessions" in error.value.message_dict
    assert not Registration.objects.exists()


# Cancelling a registration: the waiting list moves up.


def test_cancelling_a_place_promotes_the_first_on_the_waiting_list(
    activity, full, django_capture_on_commit_callbacks, mails
):
    first, second, waiting_1, waiting_2, _ = full

    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=second)

    assert [state_of(r) for r in full] == [REGISTERED, CANCELLED, REGISTERED, WAITING, WAITING]
    waiting_1.refresh_from_db()
    assert waiting_1.promoted_at is not None
    assert mails.sent() == mails.of(("cancelled", second), ("promoted", waiting_1))

    # The next cancellation promotes the next in line.
    mails.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=first)

    assert [state_of(r) for r in full] == [CANCELLED, CANCELLED, REGISTERED, REGISTERED, WAITING]
    assert mails.sent() == mails.of(("cancelled", first), ("promoted", waiting_2))
    assert activity.registrations.filter(state=REGISTERED).count() == 2


def test_the_waiting_list_moves_up_in_the_order_people_registered(activity, full):
    first, _, waiting_1, waiting_2, waiting_3 = full
    # The earliest registration goes first, even when its row was made later.
    Registration.objects.filter(pk=waiting_3.pk).update(
        created=waiting_1.created - timedelta(minutes=5)
    )

    services.registration_cancel(registration=first)

    assert [state_of(r) for r in (waiting_1, waiting_2, waiting_3)] == [
        WAITING,
        WAITING,
        REGISTERED,
    ]


def test_cancelling_from_the_waiting_list_promotes_nobody(
    activity, full, django_capture_on_commit_callbacks, mails
):
    waiting_1 = full[2]

    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=waiting_1)

    assert [state_of(r) for r in full] == [REGISTERED, REGISTERED, CANCELLED, WAITING, WAITING]
    assert mails.sent() == mails.of(("cancelled", waiting_1))


def test_cancelling_twice_is_refused(activity, full, django_capture_on_commit_callbacks, mails):
    services.registration_cancel(registration=full[0])
    promoted = full[2]
    assert state_of(promoted) == REGISTERED
    mails.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as error:
        services.registration_cancel(registration=full[0])

    assert error.value.code == "already_cancelled"
    assert [state_of(r) for r in full] == [CANCELLED, REGISTERED, REGISTERED, WAITING, WAITING]
    assert mails.outbox == []


def test_cancelling_after_the_start_is_refused(django_capture_on_commit_callbacks, mailoutbox):
    running = started_activity(capacity=1)
    registration = RegistrationFactory(activity=running, needs="Rolstoel")
    waiting = RegistrationFactory(activity=running, state=WAITING)

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as error:
        services.registration_cancel(registration=registration)

    assert error.value.code == "started"
    registration.refresh_from_db()
    assert registration.state == REGISTERED
    assert registration.needs == "Rolstoel"
    assert state_of(waiting) == WAITING
    assert mailoutbox == []


def test_cancelling_erases_the_needs_and_the_sessions(congress):
    session = session_at(congress, 10)
    registration = register(
        congress, "een@example.org", needs="Ringleiding graag", sessions=[session]
    )

    services.registration_cancel(registration=registration)

    registration.refresh_from_db()
    assert registration.needs == ""
    assert registration.cancelled_at is not None
    assert not registration.sessions.exists()


# Changing an activity.


def new_activity(werkplaats, **fields):
    start = fields.pop("start", in_days(20, 19))
    return Activity(
        werkplaats=werkplaats,
        kind=Activity.Kind.WORKSHOP,
        start=start,
        end=start + timedelta(hours=2),
        **fields,
    )


def test_a_new_activity_gets_a_slug_from_its_title(werkplaats_a, coordinator_a):
    created = services.activity_save(
        actor=coordinator_a, activity=new_activity(werkplaats_a, title="Werkvormen voor de wijk")
    )
    assert created.slug == "werkvormen-voor-de-wijk"
    assert AuditEntry.objects.filter(action="activity.create", object_id=str(created.pk)).exists()


def test_a_slug_from_a_title_is_unique_within_the_werkplaats(
    werkplaats_a, werkplaats_b, coordinator_a
):
    first = services.activity_save(
        actor=coordinator_a, activity=new_activity(werkplaats_a, title="Kenniscafé armoede")
    )
    second = services.activity_save(
        actor=coordinator_a, activity=new_activity(werkplaats_a, title="Kenniscafé armoede")
    )
    elsewhere = services.activity_save(
        actor=None, activity=new_activity(werkplaats_b, title="Kenniscafé armoede")
    )
    assert first.slug == "kenniscafe-armoede"
    assert second.slug == "kenniscafe-armoede-2"
    assert elsewhere.slug == "kenniscafe-armoede"


@pytest.mark.parametrize("title", ["Nieuw", "Archief", "Maand"])
def test_a_title_that_is_a_page_name_gets_another_slug(werkplaats_a, coordinator_a, title):
    created = services.activity_save(
        actor=coordinator_a, activity=new_activity(werkplaats_a, title=title)
    )
    assert created.slug == f"{title.lower()}-2"


def test_a_slug_taken_in_the_werkplaats_is_refused(werkplaats_a, coordinator_a):
    ActivityFactory(werkplaats=werkplaats_a, slug="congres")
    with pytest.raises(ValidationError):
        services.activity_save(
            actor=coordinator_a,
            activity=new_activity(werkplaats_a, title="Slotcongres", slug="congres"),
        )
    assert Activity.objects.filter(werkplaats=werkplaats_a).count() == 1


@pytest.mark.parametrize("slug", ["nieuw", "archief", "maand"])
def test_a_slug_that_is_a_page_name_is_refused(werkplaats_a, coordinator_a, slug):
    with pytest.raises(ValidationError) as error:
        services.activity_save(
            actor=coordinator_a, activity=new_activity(werkplaats_a, title="Iets", slug=slug)
        )
    assert "slug" in error.value.message_dict
    assert not Activity.objects.exists()

    existing = ActivityFactory(werkplaats=werkplaats_a, slug="bestaand")
    existing.slug = slug
    with pytest.raises(ValidationError):
        services.activity_save(actor=coordinator_a, activity=existing)
    assert fresh(existing).slug == "bestaand"


def test_an_end_before_the_start_is_refused(werkplaats_a, coordinator_a, activity):
    backwards = new_activity(werkplaats_a, title="Achterstevoren")
    backwards.end = backwards.start - timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        services.activity_save(actor=coordinator_a, activity=backwards)
    assert "end" in error.value.message_dict
    assert not Activity.objects.filter(title="Achterstevoren").exists()

    changed = fresh(activity)
    changed.end = changed.start
    with pytest.raises(ValidationError) as error:
        services.activity_save(actor=coordinator_a, activity=changed)
    assert "end" in error.value.message_dict
    assert fresh(activity).end == activity.end


@pytest.mark.parametrize(
    "change",
    [
        {"start": timedelta(hours=1), "end": timedelta(hours=1)},
        {"end": timedelta(minutes=30)},
        {"location_name": "Stadhuis"},
        {"address": "Stationsplein 1, Leiden"},
        {"online_url": "https://meet.example.org/kenniscafe"},
    ],
    ids=["start", "end", "place", "address", "online"],
)
def test_a_change_of_time_or_place_raises_the_sequence_and_tells_everybody_not_cancelled(
    activity, full, coordinator_a, change, django_capture_on_commit_callbacks, mails
):
    services.registration_cancel(registration=full[0])  # full[2] moves up
    mails.outbox.clear()
    changed = fresh(activity)
    for name, value in change.items():
        setattr(
            changed, name, getattr(changed, name) + value if name in ("start", "end") else value
        )

    with django_capture_on_commit_callbacks(execute=True):
        services.activity_save(actor=coordinator_a, activity=changed)

    assert fresh(activity).sequence == activity.sequence + 1
    assert mails.sent() == mails.of(*(("changed", r) for r in full[1:]))
    assert full[0].email not in mails.recipients()
    entry = AuditEntry.objects.get(action="activity.update", object_id=str(activity.pk))
    assert entry.data == {"changed": list(change)}


def test_a_change_of_title_or_description_tells_nobody(
    activity, full, coordinator_a, django_capture_on_commit_callbacks, mails
):
    changed = fresh(activity)
    changed.title = "Kenniscafé over eenzaamheid"
    changed.description = "Een andere tekst."

    with django_capture_on_commit_callbacks(execute=True):
        services.activity_save(actor=coordinator_a, activity=changed)

    saved = fresh(activity)
    assert saved.title == "Kenniscafé over eenzaamheid"
    assert saved.sequence == activity.sequence
    assert mails.sent() == []


def test_fewer_places_than_registered_is_refused_and_nothing_changes(
    activity, full, coordinator_a, django_capture_on_commit_callbacks, mails
):
    changed = fresh(activity)
    changed.capacity = 1
    changed.title = "Andere titel"
    changed.start += timedelta(hours=1)
    changed.end += timedelta(hours=1)

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as error:
        services.activity_save(actor=coordinator_a, activity=changed)

    assert list(error.value.message_dict) == ["capacity"]
    saved = fresh(activity)
    assert (saved.capacity, saved.title, saved.start, saved.sequence) == (
        2,
        "Kenniscafé",
        activity.start,
        activity.sequence,
    )
    assert [state_of(r) for r in full] == [REGISTERED, REGISTERED, WAITING, WAITING, WAITING]
    assert mails.sent() == []
    assert not AuditEntry.objects.filter(action="activity.update").exists()


def test_as_many_places_as_registered_is_allowed(activity, full, coordinator_a):
    changed = fresh(activity)
    changed.capacity = 2
    changed.title = "Zelfde aantal"
    services.activity_save(actor=coordinator_a, activity=changed)
    assert fresh(activity).title == "Zelfde aantal"


def test_more_places_move_the_waiting_list_up_in_order(
    activity, full, coordinator_a, django_capture_on_commit_callbacks, mails
):
    changed = fresh(activity)
    changed.capacity = 4

    with django_capture_on_commit_callbacks(execute=True):
        services.activity_save(actor=coordinator_a, activity=changed)

    assert [state_of(r) for r in full] == [REGISTERED, REGISTERED, REGISTERED, REGISTERED, WAITING]
    assert mails.sent() == mails.of(("promoted", full[2]), ("promoted", full[3]))


def test_no_limit_moves_everybody_up(
    activity, full, coordinator_a, django_capture_on_commit_callbacks, mails
):
    changed = fresh(activity)
    changed.capacity = None

    with django_capture_on_commit_callbacks(execute=True):
        services.activity_save(actor=coordinator_a, activity=changed)

    assert {state_of(r) for r in full} == {REGISTERED}
    assert mails.sent() == mails.of(*(("promoted", r) for r in full[2:]))


def test_saving_does_not_undo_a_cancellation(activity, coordinator_a):
    services.activity_cancel(actor=coordinator_a, activity=activity, reason="Ziek")
    stale = fresh(activity)
    stale.status = Activity.Status.PLANNED
    stale.title = "Toch wel?"
    services.activity_save(actor=coordinator_a, activity=stale)
    assert fresh(activity).status == Activity.Status.CANCELLED


def test_related_werkplaatsen_are_saved(werkplaats_a, werkplaats_b, coordinator_a):
    joint = services.activity_save(
        actor=coordinator_a,
        activity=new_activity(werkplaats_a, title="Samen"),
        relations={"co_organisers": [werkplaats_b]},
    )
    assert list(joint.co_organisers.all()) == [werkplaats_b]
    assert list(Activity.objects.of_werkplaats(werkplaats_b)) == [joint]


# Cancelling an activity.


def test_cancelling_an_activity_tells_everybody_registered_or_waiting(
    activity, full, coordinator_a, django_capture_on_commit_callbacks, mails
):
    services.registration_cancel(registration=full[4])
    mails.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.activity_cancel(
            actor=coordinator_a, activity=activity, reason="  De zaal is dicht. "
        )

    saved = fresh(activity)
    assert saved.status == Activity.Status.CANCELLED
    assert saved.cancel_reason == "De zaal is dicht."
    assert saved.sequence == activity.sequence + 1
    assert mails.sent() == mails.of(*(("activity_cancelled", r) for r in full[:4]))
    assert AuditEntry.objects.filter(action="activity.cancel", object_id=str(activity.pk)).exists()
    # Nobody moves up on a cancelled activity.
    assert [state_of(r) for r in full] == [REGISTERED, REGISTERED, WAITING, WAITING, CANCELLED]


@pytest.mark.parametrize("reason", ["", "   \n "])
def test_cancelling_an_activity_needs_a_reason(
    activity, full, coordinator_a, reason, django_capture_on_commit_callbacks, mails
):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as error:
        services.activity_cancel(actor=coordinator_a, activity=activity, reason=reason)
    assert list(error.value.message_dict) == ["reason"]
    saved = fresh(activity)
    assert (saved.status, saved.sequence) == (Activity.Status.PLANNED, activity.sequence)
    assert mails.sent() == []


def test_cancelling_an_activity_twice_is_refused(
    activity, full, coordinator_a, django_capture_on_commit_callbacks, mails
):
    services.activity_cancel(actor=coordinator_a, activity=activity, reason="Ziek")
    mails.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        services.activity_cancel(actor=coordinator_a, activity=activity, reason="Nog eens")

    saved = fresh(activity)
    assert (saved.cancel_reason, saved.sequence) == ("Ziek", activity.sequence + 1)
    assert mails.sent() == []


def test_a_past_activity_cannot_be_cancelled(coordinator_a, django_capture_on_commit_callbacks):
    past = ended_activity()
    RegistrationFactory(activity=past)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        services.activity_cancel(actor=coordinator_a, activity=past, reason="Te laat")
    assert fresh(past).status == Activity.Status.PLANNED


# Attendance.


def test_attendance_is_refused_before_the_start(activity, full, coordinator_a):
    with pytest.raises(ValidationError):
        services.attendance_record(actor=coordinator_a, activity=activity, present_ids=[full[0].pk])
    assert {r.attended for r in Registration.objects.all()} == {None}


def test_attendance_is_refused_for_a_cancelled_activity(coordinator_a):
    cancelled = ended_activity(status=Activity.Status.CANCELLED)
    registration = RegistrationFactory(activity=cancelled)
    with pytest.raises(ValidationError):
        services.attendance_record(
            actor=coordinator_a, activity=cancelled, present_ids=[registration.pk]
        )
    assert state_of(registration) == REGISTERED
    registration.refresh_from_db()
    assert registration.attended is None


@pytest.fixture
def held():
    """An activity of two days ago: three came, one waited, one cancelled."""
    past = ended_activity(capacity=3)
    return SimpleNamespace(
        activity=past,
        people=RegistrationFactory.create_batch(3, activity=past),
        waiting=RegistrationFactory(activity=past, state=WAITING),
        cancelled=RegistrationFactory(activity=past, state=CANCELLED),
    )


def test_attendance_stores_present_absent_and_organisations(held, coordinator_a):
    past, waiting, cancelled = held.activity, held.waiting, held.cancelled
    came, also_came, stayed_away = held.people
    gemeente, hogeschool = OrganisationFactory.create_batch(2)

    services.attendance_record(
        actor=coordinator_a,
        activity=past,
        present_ids=[came.pk, also_came.pk],
        organisations=[gemeente, hogeschool],
        other_organisations="  Bibliotheek Leiden\nBuurthuis De Kans ",
    )

    attended = dict(Registration.objects.values_list("pk", "attended"))
    assert attended == {
        came.pk: True,
        also_came.pk: True,
        stayed_away.pk: False,
        waiting.pk: None,
        cancelled.pk: None,
    }
    saved = fresh(past)
    assert set(saved.organisations_present.all()) == {gemeente, hogeschool}
    assert saved.other_organisations == "Bibliotheek Leiden\nBuurthuis De Kans"
    assert saved.status == Activity.Status.HELD
    entry = AuditEntry.objects.get(action="activity.attendance")
    assert entry.data == {"present": 2, "absent": 1}


def test_attendance_can_be_corrected(held, coordinator_a):
    past = held.activity
    came, also_came, stayed_away = held.people
    services.attendance_record(actor=coordinator_a, activity=past, present_ids=[came.pk])
    services.attendance_record(
        actor=coordinator_a, activity=past, present_ids=[also_came.pk, stayed_away.pk]
    )
    attended = dict(Registration.objects.filter(state=REGISTERED).values_list("pk", "attended"))
    assert attended == {came.pk: False, also_came.pk: True, stayed_away.pk: True}


def test_attendance_during_the_activity_keeps_it_planned(coordinator_a):
    running = started_activity()
    registration = RegistrationFactory(activity=running)
    services.attendance_record(actor=coordinator_a, activity=running, present_ids=[registration.pk])
    registration.refresh_from_db()
    assert registration.attended is True
    assert fresh(running).status == Activity.Status.PLANNED


@pytest.mark.parametrize("who", ["unknown", "waiting", "cancelled", "other_activity"])
def test_attendance_of_someone_not_registered_is_refused_and_nothing_changes(
    held, coordinator_a, who
):
    past, people = held.activity, held.people
    outsider = {
        "unknown": 987654,
        "waiting": held.waiting.pk,
        "cancelled": held.cancelled.pk,
        "other_activity": RegistrationFactory(activity=ended_activity()).pk,
    }[who]

    with pytest.raises(ValidationError):
        services.attendance_record(
            actor=coordinator_a,
            activity=past,
            present_ids=[people[0].pk, outsider],
            organisations=[OrganisationFactory()],
        )

    assert set(Registration.objects.values_list("attended", flat=True)) == {None}
    saved = fresh(past)
    assert not saved.organisations_present.exists()
    assert saved.status == Activity.Status.PLANNED
    assert not AuditEntry.objects.filter(action="activity.attendance").exists()


# Evaluation.


def test_an_evaluation_is_anonymous_by_default(held):
    past, people = held.activity, held.people
    people[0].name = "Fatima El Amrani"
    people[0].save()

    evaluation = services.evaluation_submit(
        registration=people[0], usefulness=4, applied="  De gesprekskaart ", missed=" Tijd "
    )

    evaluation.refresh_from_db()
    assert evaluation.activity == past
    assert (evaluation.usefulness, evaluation.applied, evaluation.missed) == (
        4,
        "De gesprekskaart",
        "Tijd",
    )
    assert evaluation.name == ""
    assert "Fatima" not in json.dumps(list(Evaluation.objects.values()), default=str)
    people[0].refresh_from_db()
    assert people[0].evaluated is True


def test_an_evaluation_keeps_the_name_when_asked(held):
    people = held.people
    evaluation = services.evaluation_submit(registration=people[0], usefulness=5, anonymous=False)
    assert evaluation.name == people[0].name


def test_an_evaluation_is_given_once(held):
    people = held.people
    services.evaluation_submit(registration=people[0], usefulness=5)
    with pytest.raises(ValidationError) as error:
        services.evaluation_submit(registration=people[0], usefulness=1)
    assert error.value.code == "already_evaluated"
    assert list(Evaluation.objects.values_list("usefulness", flat=True)) == [5]


def test_people_present_or_not_recorded_may_evaluate_but_not_those_absent(held, coordinator_a):
    came, not_recorded, stayed_away = held.people
    Registration.objects.filter(pk=came.pk).update(attended=True)
    Registration.objects.filter(pk=stayed_away.pk).update(attended=False)

    services.evaluation_submit(registration=came, usefulness=4)
    services.evaluation_submit(registration=not_recorded, usefulness=3)
    for outsider in (stayed_away, held.waiting, held.cancelled):
        with pytest.raises(ValidationError) as error:
            services.evaluation_submit(registration=outsider, usefulness=1)
        assert error.value.code == "not_participant"

    assert sorted(Evaluation.objects.values_list("usefulness", flat=True)) == [3, 4]


@pytest.mark.parametrize("make", [lambda: ActivityFactory(), started_activity])
def test_an_evaluation_waits_until_the_end(make):
    registration = RegistrationFactory(activity=make())
    with pytest.raises(ValidationError) as error:
        services.evaluation_submit(registration=registration, usefulness=4)
    assert error.value.code == "not_yet"
    assert not Evaluation.objects.exists()


def test_a_cancelled_activity_gets_no_evaluation():
    registration = RegistrationFactory(activity=ended_activity(status=Activity.Status.CANCELLED))
    with pytest.raises(ValidationError) as error:
        services.evaluation_submit(registration=registration, usefulness=4)
    assert error.value.code == "cancelled"
    assert not Evaluation.objects.exists()


@pytest.mark.parametrize("usefulness", [0, 6, -1])
def test_usefulness_outside_1_to_5_is_refused(held, usefulness):
    people = held.people
    with pytest.raises(ValidationError) as error:
        services.evaluation_submit(registration=people[0], usefulness=usefulness)
    assert "usefulness" in error.value.message_dict
    assert not Evaluation.objects.exists()
    people[0].refresh_from_db()
    assert people[0].evaluated is False


# Programme sessions.


def test_a_session_is_added_within_the_activity(congress, coordinator_a):
    session = services.session_save(
        actor=coordinator_a,
        session=ProgrammeSession(
            activity=congress,
            title="Werksessie armoede",
            start=congress.start,
            end=congress.start + timedelta(hours=1),
            room="Zaal 2",
        ),
    )
    assert list(congress.sessions.all()) == [session]
    entry = AuditEntry.objects.get(action="activity.session_create")
    assert entry.data == {"session": "Werksessie armoede"}


@pytest.mark.parametrize(
    "start, hours",
    [
        (timedelta(hours=-1), 2),  # begins before the activity
        (timedelta(hours=6), 2),  # ends after it
        (timedelta(hours=1), 0),  # ends when it begins
        (timedelta(hours=2), -1),  # ends before it begins
    ],
)
def test_a_session_outside_the_activity_or_ending_before_it_begins_is_refused(
    congress, coordinator_a, start, hours
):
    with pytest.raises(ValidationError):
        services.session_save(
            actor=coordinator_a,
            session=ProgrammeSession(
                activity=congress,
                title="Scheef",
                start=congress.start + start,
                end=congress.start + start + timedelta(hours=hours),
            ),
        )
    assert not congress.sessions.exists()


def test_a_session_cannot_get_fewer_places_than_chosen(congress, coordinator_a):
    session = session_at(congress, 10, capacity=5)
    register(congress, "een@example.org", sessions=[session])
    register(congress, "twee@example.org", sessions=[session])

    changed = ProgrammeSession.objects.get(pk=session.pk)
    changed.capacity = 1
    changed.title = "Nieuwe titel"
    with pytest.raises(ValidationError) as error:
        services.session_save(actor=coordinator_a, session=changed)

    assert list(error.value.message_dict) == ["capacity"]
    title = session.title
    session.refresh_from_db()
    assert (session.capacity, session.title) == (5, title)

    changed.capacity = 2
    services.session_save(actor=coordinator_a, session=changed)
    session.refresh_from_db()
    assert (session.capacity, session.title) == (2, "Nieuwe titel")


def test_a_session_people_chose_cannot_be_deleted(congress, coordinator_a):
    session = session_at(congress, 10)
    registration = register(congress, "een@example.org", sessions=[session])

    with pytest.raises(ValidationError):
        services.session_delete(actor=coordinator_a, session=session)
    assert ProgrammeSession.objects.filter(pk=session.pk).exists()

    services.registration_cancel(registration=registration)
    services.session_delete(actor=coordinator_a, session=session)
    assert not ProgrammeSession.objects.filter(pk=session.pk).exists()
    assert AuditEntry.objects.filter(
        action="activity.session_delete", object_id=str(congress.pk)
    ).exists()


# Presentations.


def test_a_presentation_is_stored_under_a_random_name(activity, coordinator_a, media):
    attached = services.activity_file_add(
        actor=coordinator_a,
        activity=activity,
        upload=SimpleUploadedFile("Mijn presentatie.pdf", PDF, content_type="text/plain"),
    )

    attached.refresh_from_db()
    assert attached.original_name == "Mijn presentatie.pdf"
    assert attached.content_type == "application/pdf"
    assert attached.size == len(PDF)
    assert re.fullmatch(rf"activities/{activity.pk}/[0-9a-f]{{32}}", attached.file.name)
    assert "presentatie" not in attached.file.name
    with attached.file.open("rb") as stored:
        assert stored.read() == PDF
    entry = AuditEntry.objects.get(action="activity.file_add")
    assert entry.data == {"file": "Mijn presentatie.pdf"}


@pytest.mark.parametrize(
    "name, content",
    [
        ("presentatie.pdf", b"<html><script>alert(1)</script></html>"),
        ("presentatie.docx", PDF),
        ("programma.exe", b"MZ\x90\x00\x03\x00\x00\x00"),
    ],
)
def test_a_file_of_the_wrong_type_is_refused_and_not_stored(
    activity, coordinator_a, media, name, content
):
    with pytest.raises(ValidationError) as error:
        services.activity_file_add(
            actor=coordinator_a,
            activity=activity,
            upload=SimpleUploadedFile(name, content, content_type="application/pdf"),
        )
    assert name in error.value.messages[0]
    assert not ActivityFile.objects.exists()
    assert not media.exists() or not [path for path in media.rglob("*") if path.is_file()]


def test_deleting_a_presentation_removes_the_file(activity, coordinator_a, media):
    attached = services.activity_file_add(
        actor=coordinator_a,
        activity=activity,
        upload=SimpleUploadedFile("dia.pdf", PDF),
    )
    path = media / attached.file.name
    assert path.is_file()

    services.activity_file_delete(actor=coordinator_a, attached=attached)

    assert not path.exists()
    assert not ActivityFile.objects.exists()


# The audit trail.


def test_the_audit_trail_records_registrations_without_personal_data(
    activity, coordinator_a, django_capture_on_commit_callbacks
):
    personal = {
        "name": "Fatima El Amrani",
        "organisation": "Buurtteam Zuid",
        "needs": "Vegetarisch",
    }
    first = register(activity, "fatima@example.net", **personal)
    register(activity, "jan@example.net", name="Jan de Boer")
    waiting = register(activity, "kees@example.net", name="Kees Smit", needs="Rolstoel")
    services.registration_cancel(registration=first)

    actions = list(
        AuditEntry.objects.filter(object_type="activities.registration")
        .order_by("id")
        .values_list("action", "object_id")
    )
    assert ("registration.create", str(first.pk)) in actions
    assert ("registration.cancel", str(first.pk)) in actions
    assert ("registration.promote", str(waiting.pk)) in actions
    everything = json.dumps(list(AuditEntry.objects.values_list("data", flat=True)))
    for word in [
        *personal.values(),
        "fatima",
        "Jan de Boer",
        "jan@example.net",
        "Kees",
        "kees@",
        "Rolstoel",
    ]:
        assert word.lower() not in everything.lower()
    assert AuditEntry.objects.filter(werkplaats=activity.werkplaats).count() == len(
        AuditEntry.objects.all()
    )


def test_each_kind_of_mail_has_its_own_subject(activity, mails):
    registration = register(activity, "een@example.org")
    subjects = {kind: mails.subject(kind, registration) for kind in TEMPLATES}
    assert all(subjects.values())
    assert len(set(subjects.values())) == len(subjects), subjects
