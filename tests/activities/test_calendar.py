"""The calendar pages: upcoming activities, the month view and the archive."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests.activities.factories import ActivityFactory, RegistrationFactory, in_days
from tests.helpers import assert_shows
from tests.network.factories import ThemeFactory, WerkplaatsFactory
from werkplaats.activities.models import Activity, Registration

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
NATIONAL = reverse("activities:national")
LIST_A = reverse("activities:list", args=["werkplaats-a"])
ARCHIVE_A = reverse("activities:archive", args=["werkplaats-a"])


def amsterdam(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=AMSTERDAM)


def nl_count(singular: str, plural: str, count: int, **values) -> str:
    """A counted message of ours (``{% blocktranslate count %}``) as the Dutch site shows it."""
    with translation.override("nl"):
        return translation.ngettext(singular, plural, count) % {"counter": count, **values}


def month_url(year, month, slug=None):
    if slug is None:
        return reverse("activities:national_month", args=[year, month])
    return reverse("activities:month", args=[slug, year, month])


def places_left(count: int) -> str:
    return nl_count("%(counter)s place left", "%(counter)s places left", count)


def content(response) -> str:
    return response.content.decode()


@pytest.fixture
def calendar(werkplaats_a, werkplaats_b):
    """Upcoming, past and members-only activities of A, and one of B."""
    return {
        "upcoming": ActivityFactory(werkplaats=werkplaats_a, title="Kenniscafé wonen"),
        "past": ActivityFactory(
            werkplaats=werkplaats_a,
            title="Oude bijeenkomst",
            start=in_days(-20),
            end=in_days(-20, 16),
        ),
        "members": ActivityFactory(
            werkplaats=werkplaats_a,
            title="Ledenavond A",
            audience=Activity.Audience.MEMBERS,
        ),
        "other": ActivityFactory(
            werkplaats=werkplaats_b,
            title="Workshop in B",
            kind=Activity.Kind.WORKSHOP,
            start=in_days(40),
            end=in_days(40, 17),
        ),
    }


# The list of upcoming activities -----------------------------------------------------------


def test_the_national_list_shows_upcoming_activities_of_every_werkplaats(client, calendar):
    page = content(client.get(NATIONAL))

    assert "Kenniscafé wonen" in page
    assert "Workshop in B" in page
    assert "Oude bijeenkomst" not in page


def test_the_werkplaats_list_shows_only_its_own_upcoming_activities(client, calendar):
    page = content(client.get(LIST_A))

    assert "Kenniscafé wonen" in page
    assert "Workshop in B" not in page
    assert "Oude bijeenkomst" not in page


def test_an_activity_that_started_but_has_not_ended_is_still_upcoming(client, werkplaats_a):
    now = timezone.now()
    ActivityFactory(
        werkplaats=werkplaats_a,
        title="Loopt nu",
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=1),
    )

    assert "Loopt nu" in content(client.get(LIST_A))


def test_the_list_is_in_order_of_start(client, werkplaats_a):
    ActivityFactory(werkplaats=werkplaats_a, title="Later", start=in_days(50), end=in_days(50, 16))
    ActivityFactory(werkplaats=werkplaats_a, title="Eerder", start=in_days(5), end=in_days(5, 16))

    page = content(client.get(LIST_A))

    assert page.index("Eerder") < page.index("Later")


def test_a_joint_activity_is_on_the_list_of_every_organiser(client, werkplaats_a, werkplaats_b):
    joint = ActivityFactory(werkplaats=werkplaats_a, title="Samen met B")
    joint.co_organisers.add(werkplaats_b)

    page = content(client.get(reverse("activities:list", args=["werkplaats-b"])))

    assert "Samen met B" in page
    assert "Werkplaats A, Werkplaats B" in page


def test_an_unknown_werkplaats_is_404(client, db):
    assert client.get(reverse("activities:list", args=["nergens"])).status_code == 404


@pytest.mark.parametrize(
    ("role", "sees"),
    [
        ("anonymous", False),
        ("coordinator_b", False),
        ("member_a", True),
        ("coordinator_a", True),
        ("national_admin", True),
    ],
)
def test_a_members_only_activity_is_listed_only_for_members(
    client_for, role_users, calendar, role, sees
):
    client = client_for(role_users[role])
    year, month = calendar["members"].start.astimezone(AMSTERDAM).timetuple()[:2]

    for url in (NATIONAL, LIST_A, month_url(year, month), month_url(year, month, "werkplaats-a")):
        page = content(client.get(url))
        assert ("Ledenavond A" in page) is sees, url
        assert "Kenniscafé wonen" in page, url


def test_a_members_only_activity_is_marked_for_members(client_for, member_a, calendar):
    page = client_for(member_a).get(LIST_A)

    assert_shows(page, "For members")


def test_the_kind_filter(client, calendar):
    page = content(client.get(NATIONAL, {"kind": "workshop"}))

    assert "Workshop in B" in page
    assert "Kenniscafé wonen" not in page


def test_the_theme_filter(client, calendar):
    theme = ThemeFactory(name="Armoede", slug="armoede")
    calendar["other"].themes.add(theme)

    page = content(client.get(NATIONAL, {"theme": "armoede"}))

    assert "Workshop in B" in page
    assert "Kenniscafé wonen" not in page


def test_the_werkplaats_filter_of_the_national_list(client, calendar):
    page = content(client.get(NATIONAL, {"werkplaats": "werkplaats-b"}))

    assert "Workshop in B" in page
    assert "Kenniscafé wonen" not in page


def test_the_werkplaats_filter_includes_joint_activities(client, calendar, werkplaats_b):
    calendar["upcoming"].co_organisers.add(werkplaats_b)

    page = content(client.get(NATIONAL, {"werkplaats": "werkplaats-b"}))

    assert "Kenniscafé wonen" in page


def test_a_werkplaats_list_has_no_werkplaats_filter(client, calendar):
    response = client.get(LIST_A)

    assert "werkplaats" not in response.context["form"].fields


def test_an_unknown_filter_value_is_a_400_with_the_error_on_the_page(client, calendar):
    response = client.get(NATIONAL, {"kind": "feest"})

    assert response.status_code == 400
    assert response.context["form"].errors["kind"]
    # The page still works: nothing is filtered.
    assert "Kenniscafé wonen" in content(response)


def test_the_list_is_paginated(client, werkplaats_a):
    for day in range(1, 23):
        ActivityFactory(
            werkplaats=werkplaats_a, title=f"Bijeenkomst nummer {day:02}", start=in_days(day)
        )

    first = content(client.get(LIST_A))
    second = content(client.get(LIST_A, {"pagina": 2}))

    assert "Bijeenkomst nummer 20" in first
    assert "Bijeenkomst nummer 21" not in first
    assert "Bijeenkomst nummer 21" in second
    assert "Bijeenkomst nummer 22" in second


def test_a_cancelled_activity_is_marked_in_words(client, werkplaats_a):
    ActivityFactory(werkplaats=werkplaats_a, title="Gaat niet door", status="geannuleerd")

    response = client.get(LIST_A)

    assert "Gaat niet door" in content(response)
    assert_shows(response, "Cancelled")


def test_a_card_shows_places_left(client, werkplaats_a):
    activity = ActivityFactory(werkplaats=werkplaats_a, capacity=5)
    RegistrationFactory.create_batch(2, activity=activity)
    RegistrationFactory(activity=activity, state=Registration.State.CANCELLED)

    assert places_left(3) in content(client.get(LIST_A))


def test_a_full_card_says_there_is_a_waiting_list(client, werkplaats_a):
    activity = ActivityFactory(werkplaats=werkplaats_a, capacity=2)
    RegistrationFactory.create_batch(2, activity=activity)

    response = client.get(LIST_A)

    assert_shows(response, "Full: you can join the waiting list")


def test_a_full_card_with_registration_closed_says_full(client, werkplaats_a):
    activity = ActivityFactory(
        werkplaats=werkplaats_a, capacity=1, registration_closes=timezone.now()
    )
    RegistrationFactory(activity=activity)

    response = client.get(LIST_A)

    assert_shows(response, "Full")
    assert "waiting list" not in content(response)


def test_places_left_are_counted_once_for_a_joint_activity(client, werkplaats_a, werkplaats_b):
    activity = ActivityFactory(werkplaats=werkplaats_a, capacity=10)
    activity.co_organisers.add(werkplaats_b, WerkplaatsFactory())
    RegistrationFactory(activity=activity)

    for url in (LIST_A, reverse("activities:list", args=["werkplaats-b"])):
        assert places_left(9) in content(client.get(url)), url


def test_the_card_shows_the_date_and_time_in_dutch_amsterdam_time(client, werkplaats_a):
    ActivityFactory(
        werkplaats=werkplaats_a,
        start=amsterdam(2030, 12, 31, 23, 30),
        end=amsterdam(2031, 1, 1, 1, 30),
    )
    ActivityFactory(
        werkplaats=werkplaats_a, start=amsterdam(2030, 6, 3, 9, 0), end=amsterdam(2030, 6, 3, 12)
    )

    page = content(client.get(LIST_A))

    assert "dinsdag 31 december 2030, 23:30" in page
    assert "woensdag 1 januari 2031, 01:30" in page
    assert "maandag 3 juni 2030, 09:00</time>–<time" in page


def test_an_online_activity_says_online_and_never_shows_its_link(client, werkplaats_a):
    ActivityFactory(
        werkplaats=werkplaats_a,
        location_name="",
        address="",
        online_url="https://meet.example.org/geheim",
    )

    response = client.get(LIST_A)

    assert_shows(response, "Online")
    assert "meet.example.org" not in content(response)


def test_the_new_activity_link_is_for_those_who_manage_the_werkplaats(
    client_for, role_users, werkplaats_a
):
    create = reverse("activities:create", args=["werkplaats-a"])
    for role, shown in (
        ("anonymous", False),
        ("member_a", False),
        ("coordinator_b", False),
        ("coordinator_a", True),
        ("national_admin", True),
    ):
        assert (create in content(client_for(role_users[role]).get(LIST_A))) is shown, role


def test_the_list_links_to_this_month_and_the_archive(client, werkplaats_a):
    today = timezone.localdate()

    page = content(client.get(LIST_A, {"kind": "workshop"}))

    assert f'href="{month_url(today.year, today.month, "werkplaats-a")}?kind=workshop"' in page
    assert f'href="{ARCHIVE_A}?kind=workshop"' in page


def test_the_list_offers_the_feed_with_the_kind_filter(client, werkplaats_a, settings):
    settings.SITE_URL = "https://werkplaats.example.org"

    page = content(client.get(LIST_A, {"kind": "workshop"}))

    feed = "werkplaats.example.org/werkplaatsen/werkplaats-a/activiteiten/agenda.ics?soort=workshop"
    assert f'href="https://{feed}"' in page
    assert f'href="webcal://{feed}"' in page


def test_the_national_list_offers_the_national_feed(client, db, settings):
    settings.SITE_URL = "https://werkplaats.example.org"

    page = content(client.get(NATIONAL))

    assert 'href="webcal://werkplaats.example.org/activiteiten/agenda.ics"' in page


def test_the_main_menu_links_to_the_calendar(client, db):
    response = client.get(reverse("pages:home"))

    assert f'href="{NATIONAL}"' in content(response)
    assert_shows(response, "Activities")


# The month view ----------------------------------------------------------------------------


def test_the_month_is_an_accessible_grid_starting_on_monday(client, db):
    response = client.get(month_url(2030, 12))

    page = content(response)
    assert response.status_code == 200
    assert '<caption class="utrecht-table__caption">december 2030</caption>' in page
    headers = [part.split("</th>")[0] for part in page.split('scope="col">')[1:]]
    assert headers[0] == "Maandag"
    assert headers[-1] == "Zondag"
    assert len(headers) == 7


def test_an_activity_late_on_new_years_eve_is_on_the_31st(client, werkplaats_a):
    ActivityFactory(
        werkplaats=werkplaats_a,
        title="Oudejaarsavond",
        start=amsterdam(2030, 12, 31, 23, 30),
        end=amsterdam(2031, 1, 1, 1, 0),
    )

    response = client.get(month_url(2030, 12, "werkplaats-a"))

    days = {
        day.date: [a.title for a in day.activities]
        for week in response.context["weeks"]
        for day in week
    }
    assert days[datetime.date(2030, 12, 31)] == ["Oudejaarsavond"]
    assert days[datetime.date(2031, 1, 1)] == []
    page = content(response)
    # On the page: in the cell of the 31st, before the cell of 1 January.
    assert page.index("Oudejaarsavond") < page.index("1 januari")
    assert "23:30 Oudejaarsavond" in page


def test_january_does_not_show_the_activity_of_new_years_eve_on_the_first(client, werkplaats_a):
    ActivityFactory(
        werkplaats=werkplaats_a,
        title="Oudejaarsavond",
        start=amsterdam(2030, 12, 31, 23, 30),
        end=amsterdam(2031, 1, 1, 1, 0),
    )

    response = client.get(month_url(2031, 1))

    days = {day.date: day.activities for week in response.context["weeks"] for day in week}
    assert days[datetime.date(2031, 1, 1)] == []
    # The grid of January starts on Monday 30 December, outside the month.
    assert [a.title for a in days[datetime.date(2030, 12, 31)]] == ["Oudejaarsavond"]
    assert response.context["count"] == 0


def test_the_month_view_shows_past_and_cancelled_activities_of_that_month(client, werkplaats_a):
    ActivityFactory(
        werkplaats=werkplaats_a,
        title="Geweest",
        start=amsterdam(2025, 3, 4, 10),
        end=amsterdam(2025, 3, 4, 12),
    )
    ActivityFactory(
        werkplaats=werkplaats_a,
        title="Afgelast",
        status="geannuleerd",
        start=amsterdam(2025, 3, 5, 10),
        end=amsterdam(2025, 3, 5, 12),
    )

    response = client.get(month_url(2025, 3))

    assert "Geweest" in content(response)
    assert "Afgelast" in content(response)
    assert_shows(response, "cancelled")
    assert response.context["count"] == 2


def test_the_month_view_filters(client, werkplaats_a, werkplaats_b):
    ActivityFactory(
        werkplaats=werkplaats_a,
        title="Kenniscafé maart",
        start=amsterdam(2030, 3, 4, 10),
        end=amsterdam(2030, 3, 4, 12),
    )
    ActivityFactory(
        werkplaats=werkplaats_b,
        title="Workshop maart",
        kind="workshop",
        start=amsterdam(2030, 3, 5, 10),
        end=amsterdam(2030, 3, 5, 12),
    )

    by_kind = content(client.get(month_url(2030, 3), {"kind": "workshop"}))
    by_werkplaats = content(client.get(month_url(2030, 3), {"werkplaats": "werkplaats-a"}))

    assert "Workshop maart" in by_kind
    assert "Kenniscafé maart" not in by_kind
    assert "Kenniscafé maart" in by_werkplaats
    assert "Workshop maart" not in by_werkplaats


def test_the_month_view_links_to_the_months_around_it_keeping_the_filters(client, db):
    page = content(client.get(month_url(2030, 1), {"kind": "workshop", "pagina": "3"}))

    assert f'href="{month_url(2029, 12)}?kind=workshop"' in page
    assert f'href="{month_url(2030, 2)}?kind=workshop"' in page
    assert "december 2029" in page


def test_the_first_and_last_month_have_no_link_beyond(client, db):
    first = content(client.get(month_url(2000, 1)))
    last = content(client.get(month_url(2100, 12)))

    assert month_url(2000, 2) in first
    assert "/maand/1999/12/" not in first
    assert month_url(2100, 11) in last
    assert "/maand/2101/1/" not in last


@pytest.mark.parametrize(("year", "month"), [(2030, 13), (2030, 0), (1999, 12), (2101, 1)])
def test_an_impossible_month_is_404(client, werkplaats_a, year, month):
    assert client.get(month_url(year, month)).status_code == 404
    assert client.get(month_url(year, month, "werkplaats-a")).status_code == 404


def test_the_month_view_of_a_werkplaats_shows_only_its_activities(client, werkplaats_a, calendar):
    other = calendar["other"].start.astimezone(AMSTERDAM)

    page = content(client.get(month_url(other.year, other.month, "werkplaats-a")))

    assert "Workshop in B" not in page


# The archive -------------------------------------------------------------------------------


def test_the_archive_shows_past_activities_newest_first(client, calendar, werkplaats_a):
    ActivityFactory(
        werkplaats=werkplaats_a, title="Heel oud", start=in_days(-400), end=in_days(-400, 16)
    )

    page = content(client.get(ARCHIVE_A))

    assert "Kenniscafé wonen" not in page
    assert page.index("Oude bijeenkomst") < page.index("Heel oud")


def test_the_archive_says_whether_there_is_a_report_and_how_many_came(
    client, werkplaats_a, werkplaats_b
):
    with_report = ActivityFactory(
        werkplaats=werkplaats_a,
        title="Met verslag",
        report="Het was goed.",
        start=in_days(-10),
        end=in_days(-10, 16),
    )
    with_report.co_organisers.add(werkplaats_b)  # joined tables must not double the count
    RegistrationFactory.create_batch(3, activity=with_report, attended=True)
    RegistrationFactory(activity=with_report, attended=False)
    ActivityFactory(
        werkplaats=werkplaats_a, title="Zonder verslag", start=in_days(-5), end=in_days(-5, 16)
    )

    response = client.get(ARCHIVE_A)

    assert_shows(response, "Report available")
    assert_shows(response, "No report yet")
    present = nl_count("%(counter)s person present", "%(counter)s people present", 3)
    assert present in content(response)


def test_the_archive_filters(client, werkplaats_a, werkplaats_b):
    ActivityFactory(
        werkplaats=werkplaats_a,
        title="Oud kenniscafé",
        start=in_days(-10),
        end=in_days(-10, 16),
    )
    ActivityFactory(
        werkplaats=werkplaats_b,
        title="Oude workshop",
        kind="workshop",
        start=in_days(-10),
        end=in_days(-10, 16),
    )
    archive = reverse("activities:national_archive")

    by_kind = content(client.get(archive, {"kind": "workshop"}))
    by_werkplaats = content(client.get(archive, {"werkplaats": "werkplaats-a"}))

    assert "Oude workshop" in by_kind
    assert "Oud kenniscafé" not in by_kind
    assert "Oud kenniscafé" in by_werkplaats
    assert "Oude workshop" not in by_werkplaats


def test_the_archive_hides_members_only_activities_from_others(
    client_for, coordinator_b, member_a, werkplaats_a
):
    ActivityFactory(
        werkplaats=werkplaats_a,
        title="Oude ledenavond",
        audience="members",
        start=in_days(-10),
        end=in_days(-10, 16),
    )

    assert "Oude ledenavond" not in content(client_for(None).get(ARCHIVE_A))
    assert "Oude ledenavond" not in content(client_for(coordinator_b).get(ARCHIVE_A))
    assert "Oude ledenavond" in content(client_for(member_a).get(ARCHIVE_A))


# The werkplaats page and the atelier page --------------------------------------------------


def test_the_werkplaats_page_shows_the_next_three_activities(client, werkplaats_a):
    for day in (4, 1, 3, 2):
        ActivityFactory(
            werkplaats=werkplaats_a, title=f"Activiteit op dag {day}", start=in_days(day)
        )
    ActivityFactory(
        werkplaats=werkplaats_a, title="Ledenactiviteit", start=in_days(0.5), audience="members"
    )

    page = content(client.get(werkplaats_a.get_absolute_url()))

    assert "Activiteit op dag 1" in page
    assert "Activiteit op dag 3" in page
    assert "Activiteit op dag 4" not in page
    assert "Ledenactiviteit" not in page
    assert f'href="{LIST_A}"' in page


def test_the_atelier_page_shows_its_upcoming_and_past_activities(client, werkplaats_a):
    from tests.ateliers.factories import AtelierFactory

    atelier = AtelierFactory(werkplaats=werkplaats_a)
    ActivityFactory(werkplaats=werkplaats_a, atelier=atelier, title="Volgende sessie")
    ActivityFactory(
        werkplaats=werkplaats_a,
        atelier=atelier,
        title="Vorige sessie",
        start=in_days(-7),
        end=in_days(-7, 16),
    )
    ActivityFactory(
        werkplaats=werkplaats_a, atelier=atelier, title="Sessie voor leden", audience="members"
    )
    ActivityFactory(werkplaats=werkplaats_a, title="Andere activiteit")

    response = client.get(atelier.get_absolute_url())

    page = content(response)
    assert "Volgende sessie" in page
    assert "Vorige sessie" in page
    assert "Sessie voor leden" not in page
    assert "Andere activiteit" not in page
    assert_shows(response, "Past activities")
