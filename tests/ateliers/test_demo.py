"""The demo's leerateliers and learning communities (werkplaats.ateliers.demo)."""

from datetime import date

import pytest
from django.core import mail
from django_tasks.base import Task

from werkplaats.accounts.models import User
from werkplaats.ateliers import services, tasks
from werkplaats.ateliers.demo import MAIL_TASKS
from werkplaats.ateliers.models import (
    Atelier,
    AtelierMember,
    AtelierRole,
    LogEntry,
    PhaseStep,
    SessionGuest,
    StudentApplication,
    StudentPlace,
)
from werkplaats.audit.models import AuditEntry
from werkplaats.network.demo import load_demo

pytestmark = pytest.mark.django_db

Kind = Atelier.Kind


@pytest.fixture(autouse=True)
def var_dir(settings, tmp_path):
    """Keep the demo password of the tests out of the developer's own ./var/."""
    settings.VAR_DIR = tmp_path
    return tmp_path


@pytest.fixture
def demo(db):
    load_demo()


def partners(atelier):
    return set(atelier.partners.values_list("slug", flat=True))


def counts():
    models = (
        Atelier, PhaseStep, AtelierMember, LogEntry, SessionGuest, StudentPlace,
        StudentApplication, AuditEntry,
    )  # fmt: skip
    return {model.__name__: model.objects.count() for model in models}


def test_the_ten_noord_holland_ateliers_with_their_partners(demo):
    ateliers = {a.slug: a for a in Atelier.objects.filter(werkplaats__slug="noord-holland")}
    assert len(ateliers) == 10
    assert partners(ateliers["gevolgen-van-covid-19"]) == {"dock", "haarlem-effect"}
    assert partners(ateliers["blended-effectmeting-en-benchmark"]) == {
        "mee-de-wering",
        "adsysco",
    }
    assert partners(ateliers["verbetertraject-toegang-hollands-kroon"]) == {
        "gemeente-hollands-kroon",
        "movisie",
    }
    assert partners(ateliers["uitvoering-participatiewet-ijmond-werkt"]) == {"ijmond-werkt"}
    assert {
        "gemeente-schagen",
        "gemeente-den-helder",
        "gemeente-hollands-kroon",
        "gemeente-texel",
    } <= partners(ateliers["integraal-en-wijkgericht-werken-k4"])

    assert ateliers["integraal-en-wijkgericht-werken-k4"].kind == Kind.LEERTRAJECT
    assert ateliers["verbetertraject-toegang-hollands-kroon"].kind == Kind.VERBETERTRAJECT
    assert ateliers["inclusieve-wijk-schalkwijk"].kind == Kind.INNOVATIE
    assert sum(a.kind == Kind.LEERATELIER for a in ateliers.values()) == 7
    for atelier in ateliers.values():
        assert atelier.status == Atelier.Status.COMPLETED, atelier.slug
        assert date(2020, 1, 1) <= atelier.period_start
        assert atelier.period_end <= date(2022, 12, 31)
        assert atelier.themes.exists(), atelier.slug
        assert atelier.partners.exists(), atelier.slug
    # The phases are spread over the cycle.
    assert len({a.phase for a in ateliers.values()}) >= 4


def test_den_haag_leiden_has_learning_communities(demo):
    ateliers = Atelier.objects.filter(werkplaats__slug="den-haag-leiden")
    communities = ateliers.filter(kind=Kind.LEERGEMEENSCHAP)
    assert 2 <= communities.count() <= 3
    assert communities.filter(status=Atelier.Status.ACTIVE).exists()
    for atelier in ateliers:
        assert atelier.status in (Atelier.Status.ACTIVE, Atelier.Status.PREPARING)
        assert date(2023, 1, 1) <= atelier.period_start <= date(2026, 12, 31)
        assert atelier.period_end is None or atelier.period_end <= date(2026, 12, 31)
        assert partners(atelier) <= {
            "hogeschool-leiden",
            "de-haagse-hogeschool",
            "lectoraat-sociale-innovatie",
            "gemeente-den-haag",
            "gemeente-leiden",
        }


def test_loading_twice_creates_no_duplicates(demo):
    before = counts()
    load_demo()
    assert counts() == before
    assert before["Atelier"] == 13


def test_phase_history_lies_within_the_period(demo):
    with_history = 0
    for atelier in Atelier.objects.all():
        steps = list(atelier.phase_steps.order_by("started_on", "id"))
        assert steps[0].started_on == atelier.period_start
        assert steps[-1].phase == atelier.phase, atelier.slug
        for step in steps:
            assert atelier.period_start <= step.started_on, atelier.slug
            if atelier.period_end:
                assert step.started_on <= atelier.period_end, atelier.slug
        if len(steps) > 1:
            with_history += 1
            assert all(step.account for step in steps[1:]), atelier.slug
    assert with_history >= 5


def test_links_stay_within_the_werkplaats(demo):
    linked = 0
    for atelier in Atelier.objects.all():
        for question in atelier.questions.all():
            assert question.werkplaats_id == atelier.werkplaats_id
            linked += 1
        for theme in atelier.agenda_themes.all():
            assert theme.agenda.werkplaats_id == atelier.werkplaats_id
    assert linked >= 8
    covid = Atelier.objects.get(slug="gevolgen-van-covid-19")
    assert covid.agenda_themes.exists() and covid.questions.exists()


def test_members_logbook_and_student_places(demo):
    lead = User.objects.get(email="onderzoeker-nh@example.org")
    for atelier in Atelier.objects.filter(werkplaats__slug="noord-holland"):
        assert atelier.members.filter(
            user=lead, role=AtelierRole.TREKKER, state=AtelierMember.State.ACCEPTED
        ).exists()
    dhl = AtelierMember.objects.filter(atelier__werkplaats__slug="den-haag-leiden")
    assert {"coordinator", "onderzoeker", "professional", "bewoner"} <= {
        email.split("@")[0] for email in dhl.values_list("user__email", flat=True)
    }
    pending = AtelierMember.objects.filter(state=AtelierMember.State.REQUESTED)
    assert pending.count() == 1

    assert LogEntry.objects.filter(public=True).exists()
    assert SessionGuest.objects.exists()
    assert not LogEntry.objects.filter(attachments__isnull=False).exists()

    places = StudentPlace.objects.all()
    assert set(places.values_list("level", flat=True)) == {"hbo", "mbo"}
    application = StudentApplication.objects.get()
    assert application.email.endswith("@example.org")
    assert application.place.atelier.status == Atelier.Status.ACTIVE

    for model in (Atelier, PhaseStep, AtelierMember, LogEntry, SessionGuest, StudentPlace):
        for obj in model.objects.all():
            obj.full_clean()
    application.full_clean()


def test_the_demo_sends_no_mail_but_the_services_still_do(django_capture_on_commit_callbacks):
    # The services enqueue mail on commit; in tests the tasks run at once.
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    assert mail.outbox == []
    for name in MAIL_TASKS:
        assert isinstance(getattr(tasks, name), Task), name

    # After the demo, the real mail tasks are back.
    atelier = Atelier.objects.get(slug="leergemeenschap-inclusie-en-participatie")
    user = User.objects.get(email="vrijwilliger@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        services.member_request(user=user, atelier=atelier, role=AtelierRole.RESIDENT)
    assert len(mail.outbox) == 1
    assert "coordinator@example.org" in mail.outbox[0].to
