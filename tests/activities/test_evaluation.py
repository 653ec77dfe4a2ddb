"""The evaluation after an activity: by the personal link, once, anonymous unless chosen."""

import re

import pytest
from django.urls import reverse

from tests.activities.factories import ActivityFactory, RegistrationFactory, in_days
from tests.helpers import assert_shows, form_errors, messages_of, nl
from werkplaats.activities.models import Activity, Evaluation, Registration

ANSWERS = {
    "usefulness": "4",
    "applied": "De gesprekskaart in huisbezoeken.",
    "missed": "Meer tijd voor vragen.",
}


@pytest.fixture
def past(werkplaats_a):
    return ActivityFactory(
        werkplaats=werkplaats_a,
        title="Kenniscafé over schulden",
        start=in_days(-2, 14),
        end=in_days(-2, 16),
        status=Activity.Status.HELD,
    )


@pytest.fixture
def participant(past):
    return RegistrationFactory(activity=past, name="Anna de Boer")


def url(registration):
    return reverse("activities:evaluation", kwargs={"token": registration.token})


def test_the_form_asks_the_werkplaats_question_with_an_accessible_scale(client, participant):
    response = client.get(url(participant))

    assert response.status_code == 200
    assert_shows(response, "Are we doing the right things? And are we doing them well enough?")
    content = response.content.decode()
    # The scale is one group with its question as legend and the meaning of 1 and 5 with it.
    assert "<fieldset" in content and "<legend" in content
    assert_shows(response, "How useful was the activity for you?")
    assert_shows(response, "1 = not useful, 5 = very useful")
    assert content.count('type="radio"') == 5
    (show_name,) = re.findall(r'<input[^>]*name="show_name"[^>]*>', content)
    assert "checked" not in show_name  # anonymous unless they tick it


def test_an_evaluation_is_anonymous_by_default(client, participant):
    response = client.post(url(participant), ANSWERS)

    assert response.status_code == 303
    assert response["Location"] == participant.get_absolute_url()
    evaluation = Evaluation.objects.get()
    assert (evaluation.activity, evaluation.usefulness) == (participant.activity, 4)
    assert evaluation.applied == "De gesprekskaart in huisbezoeken."
    assert evaluation.missed == "Meer tijd voor vragen."
    assert evaluation.name == ""
    participant.refresh_from_db()
    assert participant.evaluated
    page = client.get(response["Location"])
    assert messages_of(page) == [nl("Thank you for your answers. They help us improve.")]
    assert url(participant) not in page.content.decode()  # nothing left to fill in


def test_who_chooses_to_show_their_name_is_named(client, participant):
    client.post(url(participant), {**ANSWERS, "show_name": "on"})

    assert Evaluation.objects.get().name == "Anna de Boer"


def test_a_second_evaluation_is_refused_with_thanks(client, participant):
    client.post(url(participant), ANSWERS)

    response = client.post(url(participant), {**ANSWERS, "usefulness": "1"})

    assert response.status_code == 409
    assert_shows(response, "You have already given your opinion. Thank you!")
    assert list(Evaluation.objects.values_list("usefulness", flat=True)) == [4]


def test_the_personal_page_links_to_the_evaluation_after_the_activity(client, participant):
    content = client.get(participant.get_absolute_url()).content.decode()

    assert url(participant) in content


def test_before_the_end_there_is_no_evaluation(client, werkplaats_a):
    upcoming = RegistrationFactory(activity__werkplaats=werkplaats_a)

    page = client.get(url(upcoming))
    response = client.post(url(upcoming), ANSWERS)

    assert page.status_code == 409
    assert response.status_code == 409
    assert_shows(response, "You can give your opinion once the activity is over.")
    assert not Evaluation.objects.exists()
    assert url(upcoming) not in client.get(upcoming.get_absolute_url()).content.decode()


def test_someone_marked_absent_cannot_evaluate(client, past):
    absent = RegistrationFactory(activity=past, attended=False)

    response = client.post(url(absent), ANSWERS)

    assert response.status_code == 409
    assert_shows(response, "Only people who took part can give their opinion.")
    assert not Evaluation.objects.exists()
    absent.refresh_from_db()
    assert not absent.evaluated


def test_someone_marked_present_can_evaluate(client, past):
    present = RegistrationFactory(activity=past, attended=True)

    assert client.post(url(present), ANSWERS).status_code == 303
    assert Evaluation.objects.count() == 1


@pytest.mark.parametrize(
    "state", [Registration.State.WAITING, Registration.State.CANCELLED], ids=str
)
def test_without_a_place_there_is_no_evaluation(client, past, state):
    registration = RegistrationFactory(activity=past, state=state)

    response = client.post(url(registration), ANSWERS)

    assert response.status_code == 409
    assert not Evaluation.objects.exists()


def test_a_cancelled_activity_has_no_evaluation(client, past, participant):
    Activity.objects.filter(pk=past.pk).update(status=Activity.Status.CANCELLED)

    response = client.post(url(participant), ANSWERS)

    assert response.status_code == 409
    assert_shows(response, "This activity was cancelled.")
    assert not Evaluation.objects.exists()


@pytest.mark.parametrize("score", ["", "0", "7", "veel"])
def test_a_missing_or_impossible_score_is_refused(client, participant, score):
    response = client.post(url(participant), {**ANSWERS, "usefulness": score})

    assert response.status_code == 400
    assert "usefulness" in form_errors(response)
    assert not Evaluation.objects.exists()
    participant.refresh_from_db()
    assert not participant.evaluated


def test_a_tampered_link_gives_no_evaluation(client, participant):
    token = participant.token[:-2] + "xx"

    response = client.post(reverse("activities:evaluation", kwargs={"token": token}), ANSWERS)

    assert response.status_code == 404
    assert not Evaluation.objects.exists()
