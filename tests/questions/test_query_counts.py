"""The question pages cost a fixed number of queries whatever their size (3 rows or 30)."""

from tests.agenda.factories import AgendaFactory, AgendaThemeFactory
from tests.helpers import assert_same_cost
from tests.network.factories import ThemeFactory
from tests.questions.factories import QuestionFactory, ReferenceFactory, ReflectionFactory
from werkplaats.questions.models import Status, Transition


def add_questions(werkplaats, statuses):
    theme = AgendaThemeFactory(agenda__werkplaats=werkplaats)
    themes = ThemeFactory.create_batch(2)

    def add(n):
        for index in range(n):
            question = QuestionFactory(
                werkplaats=werkplaats,
                status=statuses[index % len(statuses)],
                agenda_theme=theme,
            )
            question.themes.add(*themes)

    return add


def test_the_public_list_costs_the_same_for_3_or_30_questions(client_for, werkplaats_a):
    add = add_questions(werkplaats_a, [Status.IN_PROGRESS, Status.ON_AGENDA, Status.ANSWERED])

    assert_same_cost(client_for(None), f"/werkplaatsen/{werkplaats_a.slug}/vragen/", add)


def test_the_filtered_list_costs_the_same_for_3_or_30_questions(client_for, werkplaats_a):
    add = add_questions(werkplaats_a, [Status.ANSWERED])

    assert_same_cost(
        client_for(None),
        f"/werkplaatsen/{werkplaats_a.slug}/vragen/",
        add,
        {"status": Status.ANSWERED},
    )


def test_the_queue_costs_the_same_for_3_or_30_questions(client_for, werkplaats_a, coordinator_a):
    add = add_questions(werkplaats_a, list(Status.values))

    assert_same_cost(
        client_for(coordinator_a),
        f"/werkplaatsen/{werkplaats_a.slug}/beheer/vragen/",
        add,
        {"status": "all"},
    )


def test_the_question_page_costs_the_same_for_3_or_30_steps_and_sources(
    client_for, werkplaats_a, coordinator_a, question_a
):
    reflection = ReflectionFactory(question=question_a)

    def add(n):
        for _ in range(n):
            Transition.objects.create(
                question=question_a,
                from_status=Status.IN_PROGRESS,
                to_status=Status.IN_PROGRESS,
                actor=coordinator_a,
                note="Nog bezig.",
            )
        ReferenceFactory.create_batch(n, reflection=reflection)
        question_a.themes.add(*ThemeFactory.create_batch(n))
        AgendaThemeFactory.create_batch(n, agenda=AgendaFactory(werkplaats=werkplaats_a))

    assert_same_cost(client_for(coordinator_a), question_a.get_absolute_url(), add)
