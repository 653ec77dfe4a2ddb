"""The coordinators' list of all questions of their werkplaats."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.helpers import nl
from tests.questions.conftest import ASKER
from tests.questions.factories import QuestionFactory
from werkplaats.questions.models import Question, Status


def queue_url(werkplaats):
    return reverse("questions:queue", kwargs={"slug": werkplaats.slug})


def question_at(werkplaats, status, days_ago, **fields):
    question = QuestionFactory(werkplaats=werkplaats, status=status, **fields)
    Question.objects.filter(pk=question.pk).update(
        created=timezone.now() - timedelta(days=days_ago)
    )
    return question


def test_open_questions_oldest_first_by_default(client_for, werkplaats_a, coordinator_a):
    newest = question_at(werkplaats_a, Status.SUBMITTED, 1)
    oldest = question_at(werkplaats_a, Status.IN_PROGRESS, 30)
    middle = question_at(werkplaats_a, Status.ON_AGENDA, 10)
    for status in (Status.ANSWERED, Status.REFERRED, Status.REJECTED):
        question_at(werkplaats_a, status, 50)

    response = client_for(coordinator_a).get(queue_url(werkplaats_a))

    assert response.status_code == 200
    assert list(response.context["page"].object_list) == [oldest, middle, newest]


@pytest.mark.parametrize("status", Status.values)
def test_the_queue_filters_on_each_status(client_for, werkplaats_a, coordinator_a, status):
    wanted = question_at(werkplaats_a, status, 3)
    for other in Status.values:
        if other != status:
            question_at(werkplaats_a, other, 3)

    response = client_for(coordinator_a).get(queue_url(werkplaats_a), {"status": status})

    assert list(response.context["page"].object_list) == [wanted]


def test_all_shows_every_question_including_rejected_ones(
    client_for, werkplaats_a, werkplaats_b, coordinator_a
):
    ours = [question_at(werkplaats_a, status, 3) for status in Status.values]
    QuestionFactory(werkplaats=werkplaats_b)

    response = client_for(coordinator_a).get(queue_url(werkplaats_a), {"status": "all"})

    assert set(response.context["page"].object_list) == set(ours)


def test_the_queue_shows_urgency_and_who_asked(client_for, werkplaats_a, coordinator_a):
    QuestionFactory(
        werkplaats=werkplaats_a,
        status=Status.SUBMITTED,
        urgency=Question.Urgency.URGENT,
        **ASKER,
    )

    response = client_for(coordinator_a).get(queue_url(werkplaats_a))

    content = response.content.decode()
    assert nl("Urgent") in content
    assert ASKER["asker_name"] in content
    assert ASKER["asker_organisation"] in content


def test_an_unknown_filter_answers_400(client_for, werkplaats_a, coordinator_a):
    response = client_for(coordinator_a).get(queue_url(werkplaats_a), {"status": "weg"})

    assert response.status_code == 400


@pytest.mark.parametrize("role", ["member_a", "professional_a", "coordinator_b"])
def test_only_coordinators_of_the_werkplaats_see_the_queue(client_for, request, werkplaats_a, role):
    QuestionFactory(werkplaats=werkplaats_a, **ASKER)

    response = client_for(request.getfixturevalue(role)).get(queue_url(werkplaats_a))

    assert response.status_code == 404


def test_anonymous_visitors_are_sent_to_the_login_page(client_for, werkplaats_a):
    response = client_for(None).get(queue_url(werkplaats_a))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
