"""The demo's knowledge agendas, questions, reflections, support and comments."""

import itertools
from datetime import date

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks.base import Task

from werkplaats.accounts.models import User
from werkplaats.agenda.demo import AGENDAS
from werkplaats.agenda.models import Agenda, AgendaTheme, Comment, NationalTheme, Support
from werkplaats.audit.models import AuditEntry
from werkplaats.network.demo import load_demo
from werkplaats.network.models import Werkplaats
from werkplaats.questions import services, tasks
from werkplaats.questions.demo import MAIL_TASKS
from werkplaats.questions.models import (
    PUBLIC_STATUSES,
    TRANSITIONS,
    Question,
    Reference,
    Reflection,
    Status,
    Transition,
)
from werkplaats.questions.services import NOTE_REQUIRED

pytestmark = pytest.mark.django_db

COORDINATORS = {
    "den-haag-leiden": "coordinator@example.org",
    "noord-holland": "coordinator-nh@example.org",
}


@pytest.fixture(autouse=True)
def var_dir(settings, tmp_path):
    """Keep the demo password of the tests out of the developer's own ./var/."""
    settings.VAR_DIR = tmp_path
    return tmp_path


@pytest.fixture
def demo(db):
    load_demo()


def counts():
    models = (
        NationalTheme, Agenda, AgendaTheme, Question, Transition, Reflection, Reference,
        Support, Comment, AuditEntry,
    )  # fmt: skip
    return {model.__name__: model.objects.count() for model in models}


def test_every_status_is_present_in_each_werkplaats(demo):
    for werkplaats in Werkplaats.objects.all():
        statuses = set(werkplaats.questions.values_list("status", flat=True))
        assert statuses == set(Status.values), werkplaats.slug
        assert 8 <= werkplaats.questions.count() <= 12


def test_loading_twice_creates_no_duplicates(demo):
    before = counts()
    load_demo()
    assert counts() == before
    assert before["Question"] >= 16
    assert before["Reflection"] >= 3


def test_loading_twice_keeps_the_support_it_gave():
    # support_toggle takes support back when given twice; the demo must not.
    load_demo()
    supports = set(Support.objects.values_list("user_id", "agenda_theme_id", "question_id"))
    load_demo()
    assert supports
    assert set(Support.objects.values_list("user_id", "agenda_theme_id", "question_id")) == (
        supports
    )


def test_a_question_changed_by_hand_keeps_its_status_on_reload(demo):
    question = Question.objects.filter(status=Status.SUBMITTED).first()
    Question.objects.filter(pk=question.pk).update(status=Status.IN_PROGRESS)
    load_demo()
    question.refresh_from_db()
    assert question.status == Status.IN_PROGRESS


def test_askers_have_example_org_addresses_and_gave_consent(demo):
    assert Question.objects.exists()
    for question in Question.objects.all():
        assert question.asker_email.endswith("@example.org"), question.title
        assert question.contact_consent is True
        if question.asker is not None:
            assert question.asker.email == question.asker_email


def test_on_agenda_questions_have_an_agenda_theme_of_their_own_werkplaats(demo):
    on_agenda = Question.objects.filter(status=Status.ON_AGENDA).select_related(
        "agenda_theme__agenda"
    )
    assert on_agenda.count() >= 2
    for question in on_agenda:
        assert question.agenda_theme is not None, question.title
        assert question.agenda_theme.agenda.werkplaats_id == question.werkplaats_id
    # Questions answered after being on the agenda keep their theme, of their own werkplaats.
    for question in Question.objects.filter(agenda_theme__isnull=False):
        assert question.agenda_theme.agenda.werkplaats_id == question.werkplaats_id


def test_referrals_go_to_the_other_werkplaats_and_to_movisie(demo):
    referred = Question.objects.filter(status=Status.REFERRED)
    to_werkplaats = referred.filter(referred_to_werkplaats__isnull=False)
    assert to_werkplaats.exists()
    for question in to_werkplaats:
        assert question.referred_to_werkplaats_id != question.werkplaats_id
    assert referred.filter(referred_to_institute="Movisie").exists()


def test_the_workflow_was_taken_step_by_step_by_the_coordinator(demo):
    for question in Question.objects.select_related("werkplaats").prefetch_related(
        "transitions__actor"
    ):
        steps = list(question.transitions.all())
        assert steps[0].from_status == "" and steps[0].to_status == Status.SUBMITTED
        for before, after in itertools.pairwise(steps):
            assert after.from_status == before.to_status
            assert after.to_status in TRANSITIONS[before.to_status]
            assert before.created < after.created
            assert after.actor.email == COORDINATORS[question.werkplaats.slug]
            if after.to_status in NOTE_REQUIRED:
                assert after.note.strip(), question.title
        assert steps[-1].to_status == question.status
        assert question.version == len(steps)
        audited = AuditEntry.objects.filter(
            object_type="questions.question", object_id=str(question.pk)
        )
        assert audited.count() == len(steps)


def test_questions_are_dated_in_their_werkplaats_period_and_not_in_the_future(demo):
    now = timezone.now()
    for question in Question.objects.select_related("werkplaats"):
        start = question.werkplaats.period_start
        end = question.werkplaats.period_end or date.max
        assert start <= timezone.localdate(question.created) <= end, question.title
        assert question.transitions.order_by("-id").first().created <= now


def test_reflections_are_by_the_researcher_with_real_looking_references(demo):
    reflections = Reflection.objects.select_related("question").prefetch_related(
        "authors", "references"
    )
    assert reflections.count() >= 3
    assert reflections.filter(state=Reflection.State.PUBLISHED).count() >= 2
    for reflection in reflections:
        assert [a.email for a in reflection.authors.all()] == ["onderzoeker@example.org"]
        assert reflection.known.strip()
        assert 2 <= reflection.references.count() <= 3
        for reference in reflection.references.all():
            assert reference.year and reference.title and reference.authors
            # No invented identifiers: DOIs stay empty unless someone checked them.
            assert reference.doi == ""
        if reflection.is_published:
            assert reflection.question.status in PUBLIC_STATUSES
            assert reflection.published_at is not None


def test_agendas_have_mixed_priorities_and_linked_themes(demo):
    assert NationalTheme.objects.count() >= 4
    periods = {a.werkplaats.slug: (a.start_year, a.end_year) for a in Agenda.objects.all()}
    assert periods == {"den-haag-leiden": (2023, 2026), "noord-holland": (2020, 2022)}
    for agenda in Agenda.objects.prefetch_related("themes__themes", "themes__national_themes"):
        themes = list(agenda.themes.all())
        assert 4 <= len(themes) <= 6
        assert len({theme.priority for theme in themes}) >= 2
        for theme in themes:
            assert theme.description.strip()
            assert theme.themes.exists(), theme.title
            assert theme.national_themes.exists(), theme.title


def test_every_agenda_theme_title_the_questions_use_exists(demo):
    # AGENDAS is the data the questions refer to by title; a renamed theme must fail here.
    for slug, data in AGENDAS.items():
        titles = set(
            AgendaTheme.objects.filter(agenda__werkplaats__slug=slug).values_list(
                "title", flat=True
            )
        )
        assert titles == {theme["title"] for theme in data["themes"]}


def test_members_support_and_comment_on_themes_and_questions(demo):
    assert Support.objects.filter(agenda_theme__isnull=False).exists()
    assert Support.objects.filter(question__isnull=False).exists()
    assert Comment.objects.filter(agenda_theme__isnull=False).exists()
    assert Comment.objects.filter(question__isnull=False).exists()
    for row in [*Support.objects.all(), *Comment.objects.all()]:
        target = row.agenda_theme or row.question
        assert row.user.memberships.filter(werkplaats=target.werkplaats).exists()
        if row.question is not None:
            assert row.question.is_public


def test_demo_records_pass_model_validation(demo):
    # SQLite does not enforce max_length; full_clean does.
    for model in (NationalTheme, Agenda, AgendaTheme, Question, Reflection, Comment):
        for obj in model.objects.all():
            obj.full_clean()
    for reference in Reference.objects.all():
        reference.full_clean(exclude=["reflection"])


def test_the_demo_sends_no_mail_but_the_services_still_do(django_capture_on_commit_callbacks):
    # The services enqueue mail on commit; in tests the tasks run at once.
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    assert mail.outbox == []

    # The real mail tasks are back after the demo.
    question = Question.objects.filter(status=Status.SUBMITTED).first()
    coordinator = User.objects.get(email=COORDINATORS[question.werkplaats.slug])
    with django_capture_on_commit_callbacks(execute=True):
        services.question_transition(
            actor=coordinator,
            question=question,
            version=question.version,
            to_status=Status.IN_PROGRESS,
        )
    assert [message.to for message in mail.outbox] == [[question.asker_email]]
    for name in MAIL_TASKS:
        assert isinstance(getattr(tasks, name), Task), name
