"""The workflow of a question, through its service: every pair of statuses, valid or not."""

import pytest
from django.core.exceptions import ValidationError

from tests.agenda.factories import AgendaThemeFactory
from tests.helpers import nl
from tests.network.factories import WerkplaatsFactory
from tests.questions.factories import QuestionFactory, ReferenceFactory, ReflectionFactory
from werkplaats.audit.models import AuditEntry
from werkplaats.questions import services
from werkplaats.questions.models import TRANSITIONS, Reflection, Status, Transition
from werkplaats.questions.services import StaleVersion

ALL_PAIRS = [(start, end) for start in Status.values for end in Status.values]
ALLOWED = {(start, end) for start, following in TRANSITIONS.items() for end in following}


def test_the_workflow_is_the_one_of_the_issue():
    expected = {
        (Status.SUBMITTED, Status.IN_PROGRESS),
        (Status.IN_PROGRESS, Status.ON_AGENDA),
        (Status.IN_PROGRESS, Status.REFERRED),
        (Status.IN_PROGRESS, Status.ANSWERED),
        (Status.IN_PROGRESS, Status.REJECTED),
        (Status.ON_AGENDA, Status.ANSWERED),
    }
    assert expected == ALLOWED


def complete_arguments(question, to_status):
    """Everything a step to ``to_status`` needs, so that only the step itself is judged."""
    arguments = {"note": "Zo gaan we verder."}
    if to_status == Status.ON_AGENDA:
        arguments["agenda_theme"] = AgendaThemeFactory(agenda__werkplaats=question.werkplaats)
    if to_status == Status.REFERRED:
        arguments["referred_to_werkplaats"] = WerkplaatsFactory()
    return arguments


def transition(question, to_status, actor, **arguments):
    return services.question_transition(
        actor=actor, question=question, version=question.version, to_status=to_status, **arguments
    )


@pytest.mark.parametrize(("start", "end"), ALL_PAIRS, ids=[f"{s}-{e}" for s, e in ALL_PAIRS])
def test_every_step_is_taken_or_refused_as_the_workflow_says(
    werkplaats_a, coordinator_a, mailoutbox, django_capture_on_commit_callbacks, start, end
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=start)
    arguments = complete_arguments(question, end)

    if (start, end) in ALLOWED:
        with django_capture_on_commit_callbacks(execute=True):
            moved = transition(question, end, coordinator_a, **arguments)

        assert moved.status == end
        assert moved.version == 2
        step = Transition.objects.filter(question=question).latest("id")
        assert (step.from_status, step.to_status) == (start, end)
        assert step.actor == coordinator_a
        assert step.note == "Zo gaan we verder."
        assert step.created is not None
        entry = AuditEntry.objects.get(action="question.transition")
        assert entry.data == {"from": start, "to": end}
        assert entry.actor == coordinator_a
        [mail] = [m for m in mailoutbox if m.to == [question.asker_email]]
        assert "Zo gaan we verder." in mail.body
        # A referral to a werkplaats also tells that werkplaats (tests/questions/test_referral.py).
        assert len(mailoutbox) == (2 if end == Status.REFERRED else 1)
    else:
        with (
            django_capture_on_commit_callbacks(execute=True),
            pytest.raises(ValidationError) as refused,
        ):
            transition(question, end, coordinator_a, **arguments)

        assert list(refused.value.message_dict) == ["to_status"]
        question.refresh_from_db()
        assert (question.status, question.version) == (start, 1)
        assert Transition.objects.filter(question=question).count() == 1
        assert not AuditEntry.objects.exists()
        assert mailoutbox == []


def test_a_refused_step_says_which_statuses_are_involved(werkplaats_a, coordinator_a):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.SUBMITTED)

    with pytest.raises(ValidationError) as refused:
        transition(question, Status.ANSWERED, coordinator_a, note="Klaar")

    [message] = refused.value.message_dict["to_status"]
    assert message == nl('A question with status "%(status)s" cannot move to "%(new)s".') % {
        "status": nl("submitted"),
        "new": nl("answered"),
    }


def test_an_unknown_status_is_refused(werkplaats_a, coordinator_a):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS)

    with pytest.raises(ValidationError) as refused:
        transition(question, "vergeten", coordinator_a)

    assert list(refused.value.message_dict) == ["to_status"]


@pytest.mark.parametrize("end", [Status.REFERRED, Status.ANSWERED, Status.REJECTED])
@pytest.mark.parametrize("note", ["", "   "])
def test_referring_answering_and_rejecting_need_a_note(werkplaats_a, coordinator_a, end, note):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS)
    arguments = {**complete_arguments(question, end), "note": note}

    with pytest.raises(ValidationError) as refused:
        transition(question, end, coordinator_a, **arguments)

    assert list(refused.value.message_dict) == ["note"]
    question.refresh_from_db()
    assert question.status == Status.IN_PROGRESS


def test_taking_up_and_putting_on_the_agenda_need_no_note(werkplaats_a, coordinator_a):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.SUBMITTED)
    theme = AgendaThemeFactory(agenda__werkplaats=werkplaats_a)

    question = transition(question, Status.IN_PROGRESS, coordinator_a)
    question = transition(question, Status.ON_AGENDA, coordinator_a, agenda_theme=theme)

    assert question.status == Status.ON_AGENDA
    assert question.agenda_theme == theme
    assert question.version == 3
    assert list(question.transitions.values_list("to_status", flat=True)) == [
        Status.SUBMITTED,
        Status.IN_PROGRESS,
        Status.ON_AGENDA,
    ]


def test_the_agenda_needs_a_theme_of_this_werkplaats(werkplaats_a, werkplaats_b, coordinator_a):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS)
    theirs = AgendaThemeFactory(agenda__werkplaats=werkplaats_b)

    with pytest.raises(ValidationError) as without:
        transition(question, Status.ON_AGENDA, coordinator_a)
    with pytest.raises(ValidationError) as elsewhere:
        transition(question, Status.ON_AGENDA, coordinator_a, agenda_theme=theirs)

    assert list(without.value.message_dict) == ["agenda_theme"]
    assert list(elsewhere.value.message_dict) == ["agenda_theme"]


@pytest.mark.parametrize(
    ("to_other_werkplaats", "institute"),
    [(False, ""), (False, "   "), (True, "Movisie")],
    ids=["neither", "blank-institute", "both"],
)
def test_a_referral_names_exactly_one_target(
    werkplaats_a, coordinator_a, to_other_werkplaats, institute
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS)

    with pytest.raises(ValidationError) as refused:
        transition(
            question,
            Status.REFERRED,
            coordinator_a,
            note="Past beter elders.",
            referred_to_werkplaats=WerkplaatsFactory() if to_other_werkplaats else None,
            referred_to_institute=institute,
        )

    assert list(refused.value.message_dict) == ["referred_to_werkplaats"]


def test_a_referral_to_the_same_werkplaats_is_refused(werkplaats_a, coordinator_a):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS)

    with pytest.raises(ValidationError) as refused:
        transition(
            question,
            Status.REFERRED,
            coordinator_a,
            note="Hier.",
            referred_to_werkplaats=werkplaats_a,
        )

    assert list(refused.value.message_dict) == ["referred_to_werkplaats"]


def test_a_referral_to_an_institute_is_stored_with_its_reason(
    werkplaats_a, coordinator_a, mailoutbox, django_capture_on_commit_callbacks
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS)

    with django_capture_on_commit_callbacks(execute=True):
        question = transition(
            question,
            Status.REFERRED,
            coordinator_a,
            note="Movisie weet hier meer van.",
            referred_to_institute="  Movisie ",
        )

    assert question.referred_to_institute == "Movisie"
    assert question.referred_to_werkplaats is None
    [mail] = mailoutbox
    assert "Movisie" in mail.body
    assert "Movisie weet hier meer van." in mail.body


def test_a_stale_version_is_refused_and_nothing_is_written(werkplaats_a, coordinator_a):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.SUBMITTED)
    seen = question.version
    transition(question, Status.IN_PROGRESS, coordinator_a)

    with pytest.raises(StaleVersion) as stale:
        services.question_transition(
            actor=coordinator_a,
            question=question,
            version=seen,
            to_status=Status.REJECTED,
            note="Te laat gezien.",
        )

    assert stale.value.current.status == Status.IN_PROGRESS
    assert stale.value.current.version == 2
    assert question.transitions.count() == 2


# Reflections --------------------------------------------------------------------------------


def test_a_reflection_is_created_with_its_references_and_author(werkplaats_a, member_a):
    question = QuestionFactory(werkplaats=werkplaats_a)

    reflection = services.reflection_save(
        actor=member_a,
        question=question,
        version=None,
        references=[
            {"authors": "Jansen, P.", "year": 2020, "title": "Eerste", "doi": "10.1/a"},
            {"authors": "De Vries, A.", "title": "Tweede", "url": "https://example.org/b"},
        ],
        known="Veel.",
        approaches="",
        open_questions="",
    )

    assert reflection.state == Reflection.State.DRAFT
    assert reflection.version == 1
    assert list(reflection.authors.all()) == [member_a]
    assert [r.title for r in reflection.references.all()] == ["Eerste", "Tweede"]
    assert AuditEntry.objects.filter(action="reflection.create").exists()


def test_saving_again_replaces_the_references_and_raises_the_version(werkplaats_a, member_a):
    reflection = ReflectionFactory(question__werkplaats=werkplaats_a)
    ReferenceFactory.create_batch(2, reflection=reflection)

    saved = services.reflection_save(
        actor=member_a,
        question=reflection.question,
        version=1,
        references=[{"authors": "Ali, S.", "title": "Alleen deze"}],
        known="Nieuw.",
    )

    assert saved.version == 2
    assert saved.known == "Nieuw."
    assert [r.title for r in saved.references.all()] == ["Alleen deze"]


def test_saving_an_old_version_of_a_reflection_is_refused(werkplaats_a, member_a):
    reflection = ReflectionFactory(question__werkplaats=werkplaats_a, version=3)

    with pytest.raises(StaleVersion):
        services.reflection_save(
            actor=member_a, question=reflection.question, version=2, references=[], known="x"
        )
    with pytest.raises(StaleVersion):
        services.reflection_save(
            actor=member_a, question=reflection.question, version=None, references=[], known="x"
        )

    reflection.refresh_from_db()
    assert reflection.known != "x"


def test_publishing_needs_what_is_known_and_a_public_question(werkplaats_a, member_a):
    empty = ReflectionFactory(question__werkplaats=werkplaats_a, known="  ")
    hidden = ReflectionFactory(
        question=QuestionFactory(werkplaats=werkplaats_a, status=Status.SUBMITTED)
    )

    with pytest.raises(ValidationError) as without_known:
        services.reflection_publish(actor=member_a, reflection=empty)
    with pytest.raises(ValidationError):
        services.reflection_publish(actor=member_a, reflection=hidden)

    assert list(without_known.value.message_dict) == ["known"]
    assert not Reflection.objects.filter(state=Reflection.State.PUBLISHED).exists()


def test_publishing_mails_the_asker(
    werkplaats_a, member_a, mailoutbox, django_capture_on_commit_callbacks
):
    reflection = ReflectionFactory(question__werkplaats=werkplaats_a)

    with django_capture_on_commit_callbacks(execute=True):
        services.reflection_publish(actor=member_a, reflection=reflection)

    reflection.refresh_from_db()
    assert reflection.is_published
    assert reflection.published_at is not None
    [mail] = mailoutbox
    assert mail.to == [reflection.question.asker_email]
