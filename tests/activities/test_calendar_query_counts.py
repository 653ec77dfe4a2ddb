"""The calendar pages and the activity page cost as many queries with 30 rows as with 3."""

import datetime
import itertools
import zoneinfo

import pytest
from django.urls import reverse

from tests.activities.factories import (
    ActivityFactory,
    ActivityFileFactory,
    EvaluationFactory,
    ProgrammeSessionFactory,
    RegistrationFactory,
    in_days,
)
from tests.ateliers.factories import AtelierFactory
from tests.helpers import assert_same_cost
from tests.network.factories import OrganisationFactory, ThemeFactory, WerkplaatsFactory

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
counter = itertools.count(1)


def add_activities(werkplaats, *, days=None, **fields):
    """Activities with what their cards show: themes, co-organisers, registrations."""

    def add(count):
        for _ in range(count):
            number = next(counter)
            if days is not None:
                start = days(number)
                fields.update(start=start, end=start + datetime.timedelta(hours=2))
            activity = ActivityFactory(werkplaats=werkplaats, **fields)
            activity.themes.add(ThemeFactory(), ThemeFactory())
            activity.co_organisers.add(WerkplaatsFactory())
            RegistrationFactory.create_batch(2, activity=activity, attended=True)

    return add


def in_march_2030(number):
    return datetime.datetime(2030, 3, 1 + number % 28, 10 + number % 8, tzinfo=AMSTERDAM)


def upcoming(number):
    return in_days(1 + number % 300)


def past(number):
    return in_days(-1 - number % 300)


@pytest.mark.parametrize("role", ["anonymous", "member_a"])
def test_the_national_list_has_a_constant_cost(client_for, role_users, werkplaats_a, role):
    client = client_for(role_users[role])
    assert_same_cost(
        client, reverse("activities:national"), add_activities(werkplaats_a, days=upcoming)
    )


def test_the_werkplaats_list_has_a_constant_cost(client, werkplaats_a):
    assert_same_cost(
        client,
        reverse("activities:list", args=["werkplaats-a"]),
        add_activities(werkplaats_a, days=upcoming),
    )


def test_the_filtered_list_has_a_constant_cost(client, werkplaats_a):
    theme = ThemeFactory(slug="armoede")
    add = add_activities(werkplaats_a, days=upcoming, kind="workshop")

    def add_with_theme(count):
        add(count)
        for activity in werkplaats_a.activities.all():
            activity.themes.add(theme)

    assert_same_cost(
        client,
        reverse("activities:national"),
        add_with_theme,
        {"kind": "workshop", "theme": "armoede", "werkplaats": "werkplaats-a"},
    )


@pytest.mark.parametrize("slug", [None, "werkplaats-a"])
def test_the_month_view_has_a_constant_cost(client, werkplaats_a, slug):
    if slug is None:
        url = reverse("activities:national_month", args=[2030, 3])
    else:
        url = reverse("activities:month", args=[slug, 2030, 3])
    assert_same_cost(client, url, add_activities(werkplaats_a, days=in_march_2030))


@pytest.mark.parametrize("slug", [None, "werkplaats-a"])
def test_the_archive_has_a_constant_cost(client, werkplaats_a, slug):
    if slug is None:
        url = reverse("activities:national_archive")
    else:
        url = reverse("activities:archive", args=[slug])
    assert_same_cost(client, url, add_activities(werkplaats_a, days=past, report="Verslag"))


def add_to_activity(activity):
    """Everything the activity page lists: sessions, registrations, files, organisations,
    co-organisers, themes and evaluations."""

    def add(count):
        for _ in range(count):
            session = ProgrammeSessionFactory(activity=activity, capacity=50)
            RegistrationFactory(activity=activity, attended=True).sessions.add(session)
            ActivityFileFactory(activity=activity)
            activity.organisations_present.add(OrganisationFactory())
            activity.co_organisers.add(WerkplaatsFactory())
            activity.themes.add(ThemeFactory())
            EvaluationFactory(activity=activity)

    return add


@pytest.mark.parametrize("role", ["anonymous", "coordinator_a"])
def test_the_page_of_an_upcoming_activity_has_a_constant_cost(
    client_for, role_users, werkplaats_a, role
):
    activity = ActivityFactory(werkplaats=werkplaats_a, kind="congres", capacity=500)
    activity.atelier = AtelierFactory(werkplaats=werkplaats_a)
    activity.save()

    assert_same_cost(
        client_for(role_users[role]), activity.get_absolute_url(), add_to_activity(activity)
    )


@pytest.mark.parametrize("role", ["anonymous", "coordinator_a"])
def test_the_page_of_a_past_activity_has_a_constant_cost(
    client_for, role_users, werkplaats_a, role
):
    activity = ActivityFactory(
        werkplaats=werkplaats_a,
        start=in_days(-2, 10),
        end=in_days(-2, 17),
        report="Het verslag",
        capacity=500,
    )

    assert_same_cost(
        client_for(role_users[role]), activity.get_absolute_url(), add_to_activity(activity)
    )


def test_the_feeds_have_a_constant_cost(client, werkplaats_a):
    for url in (
        reverse("activities:national_feed"),
        reverse("activities:feed", args=["werkplaats-a"]),
    ):
        assert_same_cost(client, url, add_activities(werkplaats_a, days=upcoming))


def test_the_werkplaats_page_has_a_constant_cost(client, werkplaats_a):
    assert_same_cost(
        client, werkplaats_a.get_absolute_url(), add_activities(werkplaats_a, days=upcoming)
    )


def test_the_atelier_page_has_a_constant_cost(client, werkplaats_a):
    atelier = AtelierFactory(werkplaats=werkplaats_a)

    def add(count):
        for number in range(count):
            ActivityFactory(werkplaats=werkplaats_a, atelier=atelier, start=in_days(number + 1))
            ActivityFactory(werkplaats=werkplaats_a, atelier=atelier, start=in_days(-number - 1))

    assert_same_cost(client, atelier.get_absolute_url(), add)
