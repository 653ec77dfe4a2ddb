"""The demo's activities (werkplaats.activities.demo)."""

import re
from collections import Counter
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from django_tasks.base import Task

from werkplaats.activities import services, tasks
from werkplaats.activities.demo import MAIL_TASKS, SURNAMES
from werkplaats.activities.models import (
    Activity,
    ActivityFile,
    Evaluation,
    ProgrammeSession,
    Registration,
    RegistrationRole,
)
from werkplaats.audit.models import AuditEntry
from werkplaats.lib.uploads import checked_content_type
from werkplaats.network.demo import MEMBERS, load_demo
from werkplaats.network.models import Werkplaats

pytestmark = pytest.mark.django_db

Kind = Activity.Kind
Status = Activity.Status
REGISTERED = Registration.State.REGISTERED
WAITING = Registration.State.WAITING
# Dutch phone numbers: 0 or +31 and nine more digits, spaces or dashes between.
PHONE = re.compile(r"(?:\+31|(?<!\d)0)(?:[\s-]?\d){9}(?!\d)|\d{10}")


@pytest.fixture(autouse=True)
def var_dir(settings, tmp_path):
    """Keep the demo password of the tests out of the developer's own ./var/."""
    settings.VAR_DIR = tmp_path
    return tmp_path


@pytest.fixture
def demo(db):
    load_demo()
    return {w.slug: w for w in Werkplaats.objects.all()}


def local_date(moment):
    return timezone.localtime(moment).date()


def kinds(activities) -> set[str]:
    return set(activities.values_list("kind", flat=True))


def counts():
    models = (Activity, ProgrammeSession, Registration, Evaluation, ActivityFile, AuditEntry)
    return {model.__name__: model.objects.count() for model in models}


def parallel_rounds(activity) -> list[list[ProgrammeSession]]:
    """Groups of sessions that share their time slot, with more than one session each."""
    slots = {}
    for session in activity.sessions.all():
        slots.setdefault((session.start, session.end), []).append(session)
    return [sessions for sessions in slots.values() if len(sessions) > 1]


def test_every_kind_in_the_past_for_both_and_upcoming_for_den_haag_leiden(demo):
    every_kind = set(Kind.values)
    for werkplaats in demo.values():
        past = (
            Activity.objects.filter(werkplaats=werkplaats).past().exclude(status=Status.CANCELLED)
        )
        assert kinds(past) == every_kind, werkplaats.slug

    upcoming = Activity.objects.filter(werkplaats=demo["den-haag-leiden"]).upcoming()
    assert kinds(upcoming.filter(status=Status.PLANNED)) == every_kind


def test_noord_holland_ended_in_2022_so_all_its_activities_lie_in_its_period(demo):
    noord_holland = demo["noord-holland"]
    assert noord_holland.period_end == date(2022, 12, 31)
    activities = Activity.objects.filter(werkplaats=noord_holland)
    assert activities.count() >= 20
    for activity in activities:
        assert noord_holland.period_start <= local_date(activity.start), activity.slug
        assert local_date(activity.end) <= noord_holland.period_end, activity.slug
    assert not activities.upcoming().exists()


def test_two_regional_and_two_thematic_meetings_every_year(demo):
    years = {"noord-holland": (2020, 2021, 2022), "den-haag-leiden": (2024, 2025, 2026)}
    for slug, werkplaats_years in years.items():
        held = Activity.objects.of_werkplaats(demo[slug]).filter(status=Status.HELD)
        for year in werkplaats_years:
            of_year = held.filter(start__year=year)
            assert of_year.filter(kind=Kind.REGIONAL).count() >= 2, (slug, year)
            assert of_year.filter(kind=Kind.THEMATIC).count() >= 2, (slug, year)


def test_the_closing_congress_of_noord_holland(demo):
    congress = Activity.objects.get(werkplaats=demo["noord-holland"], kind=Kind.CONGRESS)
    start = timezone.localtime(congress.start)
    assert (start.year, start.month) in ((2022, 11), (2022, 12))
    assert congress.status == Status.HELD

    rounds = parallel_rounds(congress)
    assert len(rounds) >= 2
    for sessions in rounds:
        assert 3 <= len(sessions) <= 4
        assert len({s.room for s in sessions}) == len(sessions), "parallel sessions share a room"
    sessions = list(congress.sessions.all())
    assert len(sessions) > sum(len(r) for r in rounds), "there is a plenary part too"
    for session in sessions:
        assert session.room
        assert congress.start <= session.start < session.end <= congress.end

    registered = congress.registrations.filter(state=REGISTERED).prefetch_related("sessions")
    assert registered.count() >= 60
    for registration in registered:
        chosen = list(registration.sessions.all())
        # One session of each parallel round, and never two at the same time.
        for sessions_of_round in rounds:
            assert len(set(chosen) & set(sessions_of_round)) == 1
        for i, first in enumerate(chosen):
            assert not any(first.overlaps(second) for second in chosen[i + 1 :])
    for session in sessions:
        taken = session.registrations.exclude(state=Registration.State.CANCELLED).count()
        assert session.capacity is None or taken <= session.capacity

    present = registered.filter(attended=True).count()
    assert 0 < present < registered.count()
    assert not registered.filter(attended__isnull=True).exists()
    partners = set(demo["noord-holland"].partnerships.values_list("organisation", flat=True))
    present_organisations = set(congress.organisations_present.values_list("pk", flat=True))
    assert len(present_organisations) >= 8
    assert present_organisations <= partners

    assert congress.report.startswith("## ")
    evaluations = list(congress.evaluations.all())
    assert len(evaluations) >= 20
    anonymous = [e for e in evaluations if not e.name]
    assert len(anonymous) > len(evaluations) / 2
    assert len({e.usefulness for e in evaluations}) >= 3
    assert any(e.applied for e in evaluations) and any(e.missed for e in evaluations)
    assert congress.files.filter(content_type="application/pdf").exists()


def test_past_activities_were_held_with_attendance_and_marked_done(demo):
    past = Activity.objects.past()
    held = past.filter(status=Status.HELD)
    assert held.count() == past.exclude(status=Status.CANCELLED).count()
    for activity in held.prefetch_related("registrations"):
        registered = [r for r in activity.registrations.all() if r.state == REGISTERED]
        assert registered, activity.slug
        assert all(r.attended is not None for r in registered), activity.slug
        assert any(r.attended for r in registered), activity.slug
        assert activity.organisations_present.exists() or activity.other_organisations
        # What the recurring jobs would have done, so that they leave the demo alone.
        assert activity.reminders_sent_at and activity.evaluations_sent_at
        assert activity.needs_erased_at
        assert all(r.created < activity.start for r in activity.registrations.all())
    assert not Registration.objects.filter(activity__in=past).exclude(needs="").exists()

    with_report = held.exclude(report="")
    assert with_report.count() >= held.count() * 3 / 4
    assert held.filter(evaluations__isnull=False).exclude(report="").exists()
    assert held.filter(files__isnull=False).distinct().count() >= 3
    # Evaluations only from people who came, one each.
    for activity in held.filter(evaluations__isnull=False).distinct():
        came = activity.registrations.filter(state=REGISTERED, attended=True)
        assert activity.evaluations.count() == came.filter(evaluated=True).count()
        assert not activity.registrations.filter(evaluated=True, attended=False).exists()

    cancelled = past.get(status=Status.CANCELLED)
    assert cancelled.cancel_reason
    assert local_date(cancelled.start) == date(2020, 3, 19)
    assert not cancelled.registrations.filter(attended__isnull=False).exists()


def test_upcoming_activities(demo):
    now = timezone.now()
    upcoming = Activity.objects.upcoming()
    assert upcoming.count() >= 8
    for activity in upcoming:
        # Not even tomorrow: the reminders of the day before are not due yet.
        assert activity.start > now + timedelta(days=1), activity.slug
        assert activity.reminders_sent_at is None
        assert not activity.registrations.filter(attended__isnull=False).exists()
        assert not activity.report and not activity.evaluations.exists()

    cancelled = upcoming.get(status=Status.CANCELLED)
    assert cancelled.cancel_reason
    assert cancelled.registrations.exists()
    assert AuditEntry.objects.filter(action="activity.cancel", object_id=str(cancelled.pk))

    full = [a for a in upcoming if a.capacity and a.registrations.filter(state=WAITING).exists()]
    assert len(full) == 1
    assert full[0].registrations.filter(state=REGISTERED).count() == full[0].capacity
    assert full[0].registrations.filter(promoted_at__isnull=False).count() == 1
    assert full[0].registrations.filter(state=Registration.State.CANCELLED).count() == 1

    not_open = [a for a in upcoming if a.registration_problem() == "not_yet"]
    assert len(not_open) == 1
    assert not not_open[0].registrations.exists()
    assert kinds(upcoming.filter(pk__in=[a.pk for a in not_open])) == {Kind.CONGRESS}
    assert len(parallel_rounds(not_open[0])) >= 2

    members_only = Activity.objects.filter(audience=Activity.Audience.MEMBERS)
    assert members_only.count() == 1
    for registration in members_only.get().registrations.all():
        assert registration.user.memberships.filter(werkplaats=members_only.get().werkplaats)

    for webinar in Activity.objects.filter(kind=Kind.WEBINAR):
        assert webinar.online_url.startswith("https://meet.example.org/")
        assert webinar.attendance_mode == "online"

    # The demo logins registered with their account; some told us what they need.
    demo_logins = upcoming.filter(registrations__user__email__in=MEMBERS).distinct()
    assert demo_logins.count() >= 6
    assert Registration.objects.filter(activity__in=upcoming).exclude(needs="").exists()
    assert AuditEntry.objects.filter(action="registration.create").count() == (
        Registration.objects.filter(activity__in=upcoming).count()
    )


def test_links_stay_within_the_werkplaats_and_one_activity_is_joint(demo):
    joint = Activity.objects.filter(co_organisers__isnull=False).distinct()
    assert joint.count() == 1
    assert set(joint.get().co_organisers.all()) | {joint.get().werkplaats} == set(demo.values())

    for activity in Activity.objects.prefetch_related("themes", "co_organisers"):
        organisers = [activity.werkplaats, *activity.co_organisers.all()]
        allowed = {t.pk for w in organisers for t in w.themes.all()}
        assert activity.themes.exists(), activity.slug
        assert {t.pk for t in activity.themes.all()} <= allowed, activity.slug
        if activity.atelier is not None:
            assert activity.atelier.werkplaats_id == activity.werkplaats_id

    sessions = Activity.objects.filter(kind=Kind.ATELIER_SESSION)
    for werkplaats in demo.values():
        assert sessions.filter(werkplaats=werkplaats, atelier__isnull=False).exists()
    assert Activity.objects.exclude(accessibility_notes="").count() >= 10
    assert Activity.objects.filter(hearing_loop=True).exists()
    assert Activity.objects.filter(interpreter=True).exists()


def test_made_up_people_only(demo):
    registrations = Registration.objects.all()
    assert all(r.email.endswith("@example.org") for r in registrations)
    made_up = registrations.filter(user__isnull=True)
    assert all(r.name.split()[-1] in SURNAMES for r in made_up)
    assert set(registrations.values_list("role", flat=True)) >= {
        RegistrationRole.PROFESSIONAL,
        RegistrationRole.STUDENT,
        RegistrationRole.RESIDENT,
        RegistrationRole.POLICY_MAKER,
    }
    texts = []
    for activity in Activity.objects.all():
        texts += [activity.description, activity.report, activity.accessibility_notes]
        texts += [activity.cancel_reason, activity.other_organisations]
    for session in ProgrammeSession.objects.all():
        texts += [session.title, session.speakers, session.description]
    for evaluation in Evaluation.objects.all():
        texts += [evaluation.applied, evaluation.missed]
    assert not [text for text in texts if PHONE.search(text)]
    named = Counter(bool(e.name) for e in Evaluation.objects.all())
    assert named[False] > named[True] > 0


def test_presentations_are_small_pdfs_that_pass_the_upload_check(demo):
    files = list(ActivityFile.objects.all())
    assert len(files) >= 3
    for attached in files:
        with attached.file.open("rb") as stored:
            data = stored.read()
        upload = SimpleUploadedFile(attached.original_name, data)
        assert checked_content_type(upload) == "application/pdf"
        assert attached.size == len(data) < 10_000
        assert data.rstrip().endswith(b"%%EOF")
        # Every object is where the cross-reference table says it is.
        xref = int(data[data.rindex(b"startxref") + 9 :].split()[0])
        assert data[xref:].startswith(b"xref")
        rows = data[xref:].split(b"\n")[3:]
        for number, row in enumerate(rows[: int(data[xref:].split(b"\n")[1].split()[1]) - 1]):
            offset = int(row.split()[0])
            assert data[offset:].startswith(b"%d 0 obj" % (number + 1))
        assert AuditEntry.objects.filter(
            action="activity.file_add", object_id=str(attached.activity_id)
        ).exists()


def test_the_demo_sends_no_mail_and_neither_do_the_jobs_after_it(
    django_capture_on_commit_callbacks,
):
    # The services enqueue mail on commit; in tests the tasks run at once.
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    assert mail.outbox == []
    for name in MAIL_TASKS:
        assert isinstance(getattr(tasks, name), Task), name

    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("activity_jobs", stdout=out)
    assert out.getvalue().strip() == (
        "reminders: 0, held: 0, needs erased: 0, evaluations asked: 0"
    )
    assert mail.outbox == []

    # After the demo, the real mail task is back.
    activity = Activity.objects.get(slug="webinar-kenniscoproductie-hoe-doe-je-dat")
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_create(
            activity=activity,
            name="Nieuwe Deelnemer",
            email="nieuwe.deelnemer@example.org",
            role=RegistrationRole.PROFESSIONAL,
        )
    assert [m.to for m in mail.outbox] == [["nieuwe.deelnemer@example.org"]]


def test_loading_twice_creates_no_duplicates(demo):
    before = counts()
    activity = Activity.objects.get(slug="slotcongres-werkplaats-noord-holland")
    Activity.objects.filter(pk=activity.pk).update(description="Oud")

    load_demo()

    assert counts() == before
    assert before["Activity"] >= 45
    activity.refresh_from_db()
    assert activity.description.startswith("Aan het eind van de projectperiode")


def test_demo_records_pass_model_validation(demo):
    for model in (Activity, ProgrammeSession, Registration, Evaluation):
        for obj in model.objects.all():
            obj.full_clean()
    assert AuditEntry.objects.filter(action="activity.create").count() == Activity.objects.count()
    held = Activity.objects.filter(status=Status.HELD).count()
    assert AuditEntry.objects.filter(action="activity.attendance").count() == held
