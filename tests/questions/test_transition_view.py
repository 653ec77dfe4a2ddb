"""Coordinators change the status of a question on its page."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from tests.agenda.factories import AgendaThemeFactory
from tests.helpers import assert_shows, messages_of, nl
from tests.network.factories import WerkplaatsFactory
from tests.questions.factories import QuestionFactory
from werkplaats.questions import services
from werkplaats.questions.models import TRANSITIONS, Status, Transition

ALL_PAIRS = [(start, end) for start in Status.values for end in Status.values]
ALLOWED = {(start, end) for start, following in TRANSITIONS.items() for end in following}
STALE = (
    "Someone else changed this question while you were looking at it. "
    "Look at the new status; what you typed is still in the form."
)


def transition_url(question, werkplaats=None):
    return reverse(
        "questions:transition",
        kwargs={"slug": (werkplaats or question.werkplaats).slug, "pk": question.pk},
    )


def form_data(question, to_status, **changes):
    data = {"to_status": to_status, "note": "Zo gaan we verder.", "version": question.version}
    if to_status == Status.ON_AGENDA:
        data["agenda_theme"] = AgendaThemeFactory(agenda__werkplaats=question.werkplaats).pk
    if to_status == Status.REFERRED:
        data["referred_to_werkplaats"] = WerkplaatsFactory().pk
    data.update(changes)
    return data


@pytest.mark.parametrize(("start", "end"), ALL_PAIRS, ids=[f"{s}-{e}" for s, e in ALL_PAIRS])
def test_every_step_through_the_page(
    client_for,
    werkplaats_a,
    coordinator_a,
    mailoutbox,
    django_capture_on_commit_callbacks,
    start,
    end,
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=start)
    client = client_for(coordinator_a)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(transition_url(question), form_data(question, end))

    question.refresh_from_db()
    if (start, end) in ALLOWED:
        assert response.status_code == 302
        assert response["Location"] == question.get_absolute_url()
        assert question.status == end
        assert question.transitions.latest("id").actor == coordinator_a
        # The asker hears of it; a werkplaats a question is referred to as well.
        assert len(mailoutbox) == (2 if end == Status.REFERRED else 1)
        assert mailoutbox[0].to == [question.asker_email]
        assert len(messages_of(client.get(response["Location"]))) == 1
    else:
        assert response.status_code == 400
        assert list(response.context["transition_form"].errors) == ["to_status"]
        assert (
            escape(
                nl('A question with status "%(status)s" cannot move to "%(new)s".')
                % {
                    "status": nl(Status(start).label),
                    "new": nl(Status(end).label),
                }
            )
            in response.content.decode()
        )
        assert question.status == start
        assert question.transitions.count() == 1
        assert mailoutbox == []


def test_the_form_offers_only_the_next_steps(client_for, werkplaats_a, coordinator_a):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS)

    response = client_for(coordinator_a).get(question.get_absolute_url())

    form = response.context["transition_form"]
    assert [value for value, _label in form.fields["to_status"].choices] == list(
        TRANSITIONS[Status.IN_PROGRESS]
    )
    assert 'name="version"' in response.content.decode()


def test_a_question_with_its_final_status_has_no_form(client_for, werkplaats_a, coordinator_a):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.ANSWERED)

    response = client_for(coordinator_a).get(question.get_absolute_url())

    assert response.context["transition_form"] is None
    assert transition_url(question) not in response.content.decode()


@pytest.mark.parametrize(
    ("end", "changes", "field"),
    [
        (Status.REJECTED, {"note": ""}, "note"),
        (Status.ANSWERED, {"note": "  "}, "note"),
        (Status.REFERRED, {"note": ""}, "note"),
        (Status.REFERRED, {"referred_to_werkplaats": ""}, "referred_to_werkplaats"),
        (Status.ON_AGENDA, {"agenda_theme": ""}, "agenda_theme"),
    ],
    ids=["reject-note", "answer-note", "refer-note", "refer-target", "agenda-theme"],
)
def test_what_a_step_needs_is_asked_for_next_to_its_field(
    client_for, werkplaats_a, coordinator_a, mailoutbox, end, changes, field
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS)

    response = client_for(coordinator_a).post(
        transition_url(question), form_data(question, end, **changes)
    )

    assert response.status_code == 400
    form = response.context["transition_form"]
    assert list(form.errors) == [field]
    assert f'id="id_{field}_error"' in response.content.decode()
    question.refresh_from_db()
    assert question.status == Status.IN_PROGRESS
    assert mailoutbox == []


def test_an_agenda_theme_of_another_werkplaats_cannot_be_chosen(
    client_for, werkplaats_a, werkplaats_b, coordinator_a
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS)
    theirs = AgendaThemeFactory(agenda__werkplaats=werkplaats_b)

    response = client_for(coordinator_a).post(
        transition_url(question), form_data(question, Status.ON_AGENDA, agenda_theme=theirs.pk)
    )

    assert response.status_code == 400
    assert list(response.context["transition_form"].errors) == ["agenda_theme"]
    assert theirs.title not in response.content.decode()


def test_someone_else_changing_the_question_first_answers_409_and_keeps_the_typed_note(
    client_for, werkplaats_a, coordinator_a, national_admin, mailoutbox
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS)
    seen = client_for(coordinator_a).get(question.get_absolute_url())
    version_seen = seen.context["transition_form"].initial["version"]
    services.question_transition(
        actor=national_admin,
        question=question,
        version=question.version,
        to_status=Status.ANSWERED,
        note="Het antwoord staat in de handreiking.",
    )
    mailoutbox.clear()

    response = client_for(coordinator_a).post(
        transition_url(question),
        form_data(
            question,
            Status.REJECTED,
            note="Mijn zorgvuldig getypte reden",
            version=version_seen,
        ),
    )

    assert response.status_code == 409
    assert_shows(response, STALE)
    content = response.content.decode()
    assert "Mijn zorgvuldig getypte reden" in content
    assert response.context["question"].status == Status.ANSWERED
    assert "Het antwoord staat in de handreiking." in content
    form = response.context["transition_form"]
    assert form.data["version"] == "2"
    assert 'name="version" value="2"' in content
    assert Transition.objects.filter(question=question).count() == 2
    question.refresh_from_db()
    assert question.status == Status.ANSWERED
    assert mailoutbox == []


def test_the_stale_form_can_be_sent_again_with_the_new_version(
    client_for, werkplaats_a, coordinator_a, national_admin
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.SUBMITTED)
    services.question_transition(
        actor=national_admin, question=question, version=1, to_status=Status.IN_PROGRESS
    )
    client = client_for(coordinator_a)
    first = client.post(
        transition_url(question),
        form_data(question, Status.REJECTED, note="Buiten ons werkveld.", version=1),
    )
    assert first.status_code == 409

    again = client.post(transition_url(question), dict(first.context["transition_form"].data))

    assert again.status_code == 302
    question.refresh_from_db()
    assert question.status == Status.REJECTED
    assert question.transitions.latest("id").note == "Buiten ons werkveld."


@pytest.mark.parametrize("role", ["member_a", "coordinator_b", "professional_a"])
def test_only_coordinators_of_the_werkplaats_may_change_the_status(
    client_for, request, werkplaats_a, role
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.SUBMITTED)
    user = request.getfixturevalue(role)

    response = client_for(user).post(
        transition_url(question), form_data(question, Status.IN_PROGRESS)
    )

    assert response.status_code == 404
    question.refresh_from_db()
    assert question.status == Status.SUBMITTED


def test_anonymous_visitors_are_sent_to_the_login_page(client_for, werkplaats_a):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.SUBMITTED)

    response = client_for(None).post(
        transition_url(question), form_data(question, Status.IN_PROGRESS)
    )

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    question.refresh_from_db()
    assert question.status == Status.SUBMITTED


def test_a_national_admin_may_change_the_status(client_for, werkplaats_a, national_admin):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.SUBMITTED)

    response = client_for(national_admin).post(
        transition_url(question), form_data(question, Status.IN_PROGRESS)
    )

    assert response.status_code == 302


def test_a_question_of_another_werkplaats_under_this_slug_answers_404(
    client_for, werkplaats_a, werkplaats_b, coordinator_a
):
    theirs = QuestionFactory(werkplaats=werkplaats_b, status=Status.SUBMITTED)

    response = client_for(coordinator_a).post(
        transition_url(theirs, werkplaats=werkplaats_a), form_data(theirs, Status.IN_PROGRESS)
    )

    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == Status.SUBMITTED


def test_the_status_page_answers_405_to_a_get(client_for, werkplaats_a, coordinator_a):
    question = QuestionFactory(werkplaats=werkplaats_a)

    assert client_for(coordinator_a).get(transition_url(question)).status_code == 405
