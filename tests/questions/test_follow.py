"""The asker's personal page, behind the link in the confirmation e-mail."""

import pytest
from django.urls import reverse

from tests.helpers import assert_shows
from tests.questions.factories import QuestionFactory
from werkplaats.questions import services
from werkplaats.questions.models import Status


def follow_url(token):
    return reverse("questions:follow", kwargs={"token": token})


def test_the_asker_follows_the_question_with_its_history(
    client_for, werkplaats_a, coordinator_a, question_a
):
    services.question_transition(
        actor=coordinator_a,
        question=question_a,
        version=question_a.version,
        to_status=Status.ANSWERED,
        note="Lees de handreiking over jonge mantelzorgers.",
    )

    response = client_for(None).get(follow_url(question_a.follow_token))

    assert response.status_code == 200
    content = response.content.decode()
    assert question_a.title in content
    assert question_a.situation in content
    assert "Lees de handreiking over jonge mantelzorgers." in content
    assert coordinator_a.name not in content
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_a_rejected_question_still_shows_the_reason_to_the_asker(client_for, werkplaats_a):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS)
    services.question_transition(
        actor=None,
        question=question,
        version=question.version,
        to_status=Status.REJECTED,
        note="Dit valt buiten het sociaal domein.",
    )

    response = client_for(None).get(follow_url(question.follow_token))

    assert response.status_code == 200
    assert "Dit valt buiten het sociaal domein." in response.content.decode()


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: token.split(":")[0],
        lambda token: "niet-een-sleutel:abc",
        lambda token: "00000000-0000-0000-0000-000000000000:" + token.split(":")[1],
    ],
    ids=["signature", "no-signature", "nonsense", "other-key"],
)
def test_a_tampered_link_answers_404_with_an_explanation(client_for, question_a, tamper):
    response = client_for(None).get(follow_url(tamper(question_a.follow_token)))

    assert response.status_code == 404
    assert_shows(response, "This link does not work")
    assert question_a.title not in response.content.decode()


def test_a_link_to_a_deleted_question_answers_404(client_for, question_a):
    token = question_a.follow_token
    question_a.delete()

    response = client_for(None).get(follow_url(token))

    assert response.status_code == 404
    assert_shows(response, "We cannot find a question with this link.")
