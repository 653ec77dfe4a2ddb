"""A question referred to another werkplaats: it appears in that werkplaats's queue, whose
coordinators read it and take it over into their own queue."""

import pytest
from django.core import mail
from django.urls import reverse

from tests.helpers import flashed
from tests.questions.conftest import ASKER
from tests.questions.factories import QuestionFactory
from werkplaats.audit.models import AuditEntry
from werkplaats.questions import services
from werkplaats.questions.models import Question, Status, Transition


@pytest.fixture
def referred(werkplaats_a, werkplaats_b, coordinator_b, django_capture_on_commit_callbacks):
    """A question of B that B's coordinator refers to A, through the workflow."""
    question = QuestionFactory(
        werkplaats=werkplaats_b, status=Status.IN_PROGRESS, title="Schulden bij jongeren", **ASKER
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        return services.question_transition(
            actor=coordinator_b,
            question=question,
            version=question.version,
            to_status=Status.REFERRED,
            note="Werkplaats A heeft hier een leeratelier over.",
            referred_to_werkplaats=werkplaats_a,
        )


def referral_url(werkplaats, question):
    return reverse("questions:referral", kwargs={"slug": werkplaats.slug, "pk": question.pk})


def test_referring_mails_the_mailbox_of_the_werkplaats_it_goes_to(referred, werkplaats_a):
    to_receiver = [m for m in mail.outbox if m.to == [werkplaats_a.contact_email]]
    assert len(to_receiver) == 1
    assert referral_url(werkplaats_a, referred) in to_receiver[0].body
    assert "Werkplaats A heeft hier een leeratelier over." in to_receiver[0].body
    # The mailbox of A learns nothing about the asker before A takes the question over.
    assert ASKER["asker_email"] not in to_receiver[0].body
    assert ASKER["asker_name"] not in to_receiver[0].body


def test_the_queue_of_the_receiving_werkplaats_lists_it(
    client_for, referred, werkplaats_a, coordinator_a
):
    response = client_for(coordinator_a).get(reverse("questions:queue", args=[werkplaats_a.slug]))

    assert list(response.context["referrals"]) == [referred]
    assert referral_url(werkplaats_a, referred) in response.content.decode()


def test_other_queues_do_not_list_it(client_for, referred, werkplaats_b, coordinator_b):
    response = client_for(coordinator_b).get(reverse("questions:queue", args=[werkplaats_b.slug]))

    assert list(response.context["referrals"]) == []


def test_the_referral_page_shows_the_question_and_note_but_not_the_asker(
    client_for, referred, werkplaats_a, coordinator_a
):
    response = client_for(coordinator_a).get(referral_url(werkplaats_a, referred))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Schulden bij jongeren" in page
    assert "Werkplaats A heeft hier een leeratelier over." in page
    for detail in ASKER.values():
        assert detail not in page


def test_taking_over_makes_a_new_question_in_the_own_queue(
    client_for, referred, werkplaats_a, coordinator_a, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(coordinator_a).post(referral_url(werkplaats_a, referred))

    copy = Question.objects.get(referred_from=referred)
    assert response.status_code == 302
    assert response.url == reverse("questions:detail", args=[werkplaats_a.slug, copy.pk])
    assert flashed(response)
    assert copy.werkplaats == werkplaats_a
    assert copy.status == Status.SUBMITTED
    assert (copy.title, copy.situation) == (referred.title, referred.situation)
    assert copy.asker_email == ASKER["asker_email"]
    assert list(copy.themes.all()) == list(referred.themes.all())
    assert Transition.objects.get(question=copy).actor == coordinator_a
    assert AuditEntry.objects.filter(action="question.take_over", object_id=copy.pk).exists()
    # The asker hears from the new werkplaats, with a personal link to the copy.
    to_asker = [m for m in mail.outbox if m.to == [ASKER["asker_email"]]]
    assert len(to_asker) == 1
    assert copy.follow_token in to_asker[0].body
    # The original keeps its history and status, and now says who took it over.
    referred.refresh_from_db()
    assert referred.status == Status.REFERRED
    original_page = client_for(None).get(referred.get_absolute_url()).content.decode()
    assert werkplaats_a.get_absolute_url() in original_page


def test_a_taken_over_question_leaves_the_queue_and_cannot_be_taken_twice(
    client_for, referred, werkplaats_a, coordinator_a
):
    client = client_for(coordinator_a)
    client.post(referral_url(werkplaats_a, referred))

    queue = client.get(reverse("questions:queue", args=[werkplaats_a.slug]))
    assert list(queue.context["referrals"]) == []
    assert client.post(referral_url(werkplaats_a, referred)).status_code == 404
    assert Question.objects.filter(referred_from=referred).count() == 1


def test_the_service_refuses_a_second_take_over(referred, werkplaats_a, coordinator_a):
    services.question_take_over(actor=coordinator_a, question=referred, werkplaats=werkplaats_a)

    with pytest.raises(services.ValidationError):
        services.question_take_over(actor=coordinator_a, question=referred, werkplaats=werkplaats_a)
    assert Question.objects.filter(referred_from=referred).count() == 1


def test_the_service_refuses_a_werkplaats_it_was_not_referred_to(
    referred, werkplaats_b, coordinator_b
):
    with pytest.raises(services.ValidationError):
        services.question_take_over(actor=coordinator_b, question=referred, werkplaats=werkplaats_b)
    assert not Question.objects.filter(referred_from=referred).exists()


@pytest.mark.parametrize("role", ["anonymous", "member_a", "coordinator_b"])
def test_only_coordinators_of_the_receiving_werkplaats_may_see_or_take_it(
    request, client_for, referred, werkplaats_a, role
):
    client = client_for(request.getfixturevalue(role))
    url = referral_url(werkplaats_a, referred)

    assert client.get(url).status_code in (302, 404)
    assert client.post(url).status_code in (302, 404)
    assert not Question.objects.filter(referred_from=referred).exists()


def test_a_question_not_referred_to_this_werkplaats_is_not_found(
    client_for, werkplaats_a, werkplaats_b, coordinator_a
):
    question = QuestionFactory(werkplaats=werkplaats_b, status=Status.IN_PROGRESS)

    assert client_for(coordinator_a).get(referral_url(werkplaats_a, question)).status_code == 404


def test_a_question_referred_to_an_institute_is_in_no_queue(
    client_for, werkplaats_a, werkplaats_b, coordinator_a, coordinator_b
):
    question = QuestionFactory(werkplaats=werkplaats_b, status=Status.IN_PROGRESS)
    services.question_transition(
        actor=coordinator_b,
        question=question,
        version=question.version,
        to_status=Status.REFERRED,
        note="Zie het Verwey-Jonker Instituut.",
        referred_to_institute="Verwey-Jonker Instituut",
    )

    queue = client_for(coordinator_a).get(reverse("questions:queue", args=[werkplaats_a.slug]))
    assert list(queue.context["referrals"]) == []
