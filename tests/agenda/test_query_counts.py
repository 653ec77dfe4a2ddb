"""The agenda pages cost a fixed number of queries whatever their size (2 rows or 20)."""

from django.urls import reverse

from tests.accounts.factories import MembershipFactory
from tests.agenda.factories import (
    AgendaFactory,
    AgendaThemeFactory,
    CommentFactory,
    NationalThemeFactory,
    QuestionFactory,
    SupportFactory,
)
from tests.helpers import assert_same_cost
from tests.network.factories import ThemeFactory, WerkplaatsFactory


def assert_same_cost_2_20(client, url, add_rows):
    assert_same_cost(client, url, add_rows, small=2, large=20)


def full_themes(agenda, n, people):
    """n themes with everything a page shows: links, questions, support and comments."""
    national = NationalThemeFactory()
    social = ThemeFactory()
    for theme in AgendaThemeFactory.create_batch(n, agenda=agenda):
        theme.national_themes.add(national)
        theme.themes.add(social)
        questions = QuestionFactory.create_batch(
            2, werkplaats=agenda.werkplaats, agenda_theme=theme
        )
        for person in people:
            SupportFactory(agenda_theme=theme, user=person)
            SupportFactory(question=questions[0], user=person)
            CommentFactory(agenda_theme=theme, user=person)


def test_national_page_query_count_does_not_grow(client_for, db):
    def add(n):
        for werkplaats in WerkplaatsFactory.create_batch(n):
            AgendaFactory(werkplaats=werkplaats, start_year=2010, end_year=2012)
            full_themes(AgendaFactory(werkplaats=werkplaats), 2, [])

    assert_same_cost_2_20(client_for(None), reverse("agenda:national"), add)


def test_national_page_query_count_does_not_grow_with_themes(client_for, agenda_a):
    def add(n):
        full_themes(agenda_a, n, [])

    assert_same_cost_2_20(client_for(None), reverse("agenda:national"), add)


def agenda_url(werkplaats):
    return reverse("agenda:werkplaats_agenda", args=[werkplaats.slug])


def test_agenda_page_query_count_does_not_grow_for_visitors(client_for, werkplaats_a, agenda_a):
    def add(n):
        full_themes(agenda_a, n, [MembershipFactory(werkplaats=werkplaats_a).user])
        AgendaThemeFactory.create_batch(
            n, agenda=AgendaFactory(werkplaats=werkplaats_a, start_year=1990 + n, end_year=2009)
        )

    assert_same_cost_2_20(client_for(None), agenda_url(werkplaats_a), add)


def test_agenda_page_query_count_does_not_grow_for_members(
    client_for, member_a, werkplaats_a, agenda_a
):
    def add(n):
        people = [
            member_a,
            *(m.user for m in MembershipFactory.create_batch(2, werkplaats=werkplaats_a)),
        ]
        full_themes(agenda_a, n, people)

    assert_same_cost_2_20(client_for(member_a), agenda_url(werkplaats_a), add)


def test_manage_page_query_count_does_not_grow(client_for, coordinator_a, werkplaats_a):
    def add(n):
        people = [m.user for m in MembershipFactory.create_batch(2, werkplaats=werkplaats_a)]
        full_themes(AgendaFactory(werkplaats=werkplaats_a, start_year=1990 + n), n, people)

    assert_same_cost_2_20(
        client_for(coordinator_a), reverse("agenda:manage", args=[werkplaats_a.slug]), add
    )
