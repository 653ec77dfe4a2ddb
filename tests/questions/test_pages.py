"""The public question pages: what everyone sees, and what only coordinators see."""

import pytest
from django.urls import reverse

from tests.agenda.factories import AgendaThemeFactory
from tests.helpers import assert_shows
from tests.network.factories import ThemeFactory
from tests.questions.conftest import ASKER
from tests.questions.factories import QuestionFactory, ReflectionFactory
from werkplaats.questions import services
from werkplaats.questions.models import PUBLIC_STATUSES, Status

NOT_PUBLIC = [Status.SUBMITTED, Status.REJECTED]
OUTSIDERS = ["anonymous", "professional_a", "member_a", "coordinator_b"]


def list_url(werkplaats):
    return reverse("questions:list", kwargs={"slug": werkplaats.slug})


def user_for(request, role):
    return None if role == "anonymous" else request.getfixturevalue(role)


def assert_no_asker_details(response):
    content = response.content.decode()
    for value in ASKER.values():
        assert value not in content, f"{value!r} is on a public page"


# Privacy of the asker -----------------------------------------------------------------------


@pytest.mark.parametrize("role", OUTSIDERS)
def test_public_pages_never_show_who_asked(client_for, request, werkplaats_a, question_a, role):
    client = client_for(user_for(request, role))
    # The asker's own account may be the actor of the first step: still not shown.
    ReflectionFactory(question=question_a, state="published", known="Veel is bekend.")

    pages = [
        client.get(list_url(werkplaats_a)),
        client.get(question_a.get_absolute_url()),
        client.get(
            reverse("questions:similar", args=[werkplaats_a.slug]),
            {"text": "jonge mantelzorgers op school"},
        ),
    ]

    for response in pages:
        assert response.status_code == 200
        assert question_a.title in response.content.decode()
        assert_no_asker_details(response)


def test_the_coordinator_sees_who_asked(client_for, werkplaats_a, question_a, coordinator_a):
    response = client_for(coordinator_a).get(question_a.get_absolute_url())

    content = response.content.decode()
    for value in ASKER.values():
        assert value in content
    assert f'href="mailto:{ASKER["asker_email"]}"' in content


def test_the_name_of_a_logged_in_asker_is_not_shown_with_the_first_step(
    client_for, werkplaats_a, professional_a, member_a
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS)
    step = question.transitions.get()
    step.actor = professional_a
    step.save()

    response = client_for(member_a).get(question.get_absolute_url())

    assert professional_a.name not in response.content.decode()


# Who sees which question --------------------------------------------------------------------


@pytest.mark.parametrize("status", NOT_PUBLIC)
@pytest.mark.parametrize("role", OUTSIDERS)
def test_a_question_that_is_not_public_is_404_for_all_but_its_coordinators(
    client_for, request, werkplaats_a, status, role
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=status)

    response = client_for(user_for(request, role)).get(question.get_absolute_url())

    assert response.status_code == 404


@pytest.mark.parametrize("status", NOT_PUBLIC)
@pytest.mark.parametrize("role", ["coordinator_a", "national_admin"])
def test_coordinators_see_questions_that_are_not_public(
    client_for, request, werkplaats_a, status, role
):
    question = QuestionFactory(werkplaats=werkplaats_a, status=status)

    response = client_for(request.getfixturevalue(role)).get(question.get_absolute_url())

    assert response.status_code == 200
    assert_shows(
        response,
        "Only coordinators see this question. It is shown to others once it is being handled.",
    )


def test_a_question_of_another_werkplaats_under_this_slug_is_404(
    client_for, werkplaats_a, werkplaats_b, coordinator_a
):
    theirs = QuestionFactory(werkplaats=werkplaats_b, status=Status.IN_PROGRESS)

    response = client_for(coordinator_a).get(
        reverse("questions:detail", kwargs={"slug": werkplaats_a.slug, "pk": theirs.pk})
    )

    assert response.status_code == 404


def test_an_unknown_question_is_404(client_for, werkplaats_a):
    response = client_for(None).get(
        reverse("questions:detail", kwargs={"slug": werkplaats_a.slug, "pk": 999})
    )

    assert response.status_code == 404


# The question page --------------------------------------------------------------------------


def test_the_page_shows_the_question_its_history_and_agenda_theme(
    client_for, werkplaats_a, coordinator_a, question_a
):
    theme = ThemeFactory(name="Mantelzorg")
    question_a.themes.add(theme)
    agenda_theme = AgendaThemeFactory(agenda__werkplaats=werkplaats_a, title="Jonge zorgers")
    services.question_transition(
        actor=coordinator_a,
        question=question_a,
        version=question_a.version,
        to_status=Status.ON_AGENDA,
        agenda_theme=agenda_theme,
        note="We nemen dit op in de kennisagenda.",
    )

    response = client_for(None).get(question_a.get_absolute_url())

    content = response.content.decode()
    assert question_a.situation in content
    assert question_a.target_group in content
    assert "Mantelzorg" in content
    assert "Jonge zorgers" in content
    assert "We nemen dit op in de kennisagenda." in content
    assert coordinator_a.name not in content
    assert "<time datetime=" in content


def test_coordinators_see_who_took_each_step(client_for, werkplaats_a, coordinator_a, question_a):
    services.question_transition(
        actor=coordinator_a,
        question=question_a,
        version=question_a.version,
        to_status=Status.ANSWERED,
        note="Zie de handreiking.",
    )

    response = client_for(coordinator_a).get(question_a.get_absolute_url())

    assert coordinator_a.name in response.content.decode()


def test_a_referral_to_another_werkplaats_is_shown_with_a_link(
    client_for, werkplaats_a, werkplaats_b, coordinator_a, question_a
):
    services.question_transition(
        actor=coordinator_a,
        question=question_a,
        version=question_a.version,
        to_status=Status.REFERRED,
        referred_to_werkplaats=werkplaats_b,
        note="Zij werken hier al aan.",
    )

    response = client_for(None).get(question_a.get_absolute_url())

    content = response.content.decode()
    assert f'href="{werkplaats_b.get_absolute_url()}"' in content
    assert "Zij werken hier al aan." in content


def test_the_agenda_app_adds_its_part_when_it_has_one(
    client_for, settings, tmp_path, werkplaats_a, question_a
):
    include = tmp_path / "agenda" / "includes" / "participation.html"
    include.parent.mkdir(parents=True)
    include.write_text("<p>Meedoen aan {{ question.title }}</p>")
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    ]

    response = client_for(None).get(question_a.get_absolute_url())

    assert f"<p>Meedoen aan {question_a.title}</p>" in response.content.decode()


# The list -----------------------------------------------------------------------------------


def test_the_list_shows_public_questions_of_this_werkplaats_only(
    client_for, werkplaats_a, werkplaats_b
):
    public = [QuestionFactory(werkplaats=werkplaats_a, status=s) for s in PUBLIC_STATUSES]
    hidden = [QuestionFactory(werkplaats=werkplaats_a, status=s) for s in NOT_PUBLIC]
    elsewhere = QuestionFactory(werkplaats=werkplaats_b, status=Status.IN_PROGRESS)

    response = client_for(None).get(list_url(werkplaats_a))

    assert response.status_code == 200
    assert set(response.context["page"].object_list) == set(public)
    content = response.content.decode()
    for question in [*hidden, elsewhere]:
        assert question.title not in content


def test_the_list_filters_by_status_and_theme(client_for, werkplaats_a):
    theme = ThemeFactory(slug="armoede")
    answered = QuestionFactory(werkplaats=werkplaats_a, status=Status.ANSWERED)
    answered.themes.add(theme)
    QuestionFactory(werkplaats=werkplaats_a, status=Status.ANSWERED)
    QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS).themes.add(theme)

    response = client_for(None).get(
        list_url(werkplaats_a), {"status": Status.ANSWERED, "theme": "armoede"}
    )

    assert response.status_code == 200
    assert list(response.context["page"].object_list) == [answered]


def test_the_list_offers_only_public_statuses_to_filter_on(client_for, werkplaats_a):
    response = client_for(None).get(list_url(werkplaats_a), {"status": Status.REJECTED})

    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["status"]


def test_the_list_is_paginated(client_for, werkplaats_a):
    QuestionFactory.create_batch(25, werkplaats=werkplaats_a)

    first = client_for(None).get(list_url(werkplaats_a))
    second = client_for(None).get(list_url(werkplaats_a), {"pagina": 2})

    assert len(first.context["page"].object_list) == 20
    assert len(second.context["page"].object_list) == 5


def test_the_list_of_an_unknown_werkplaats_is_404(client_for, db):
    assert client_for(None).get("/werkplaatsen/bestaat-niet/vragen/").status_code == 404
