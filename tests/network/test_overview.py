"""The national overview: every werkplaats on the map of the provinces and in the list."""

from datetime import date, timedelta

import lxml.html
import pytest
from django.urls import reverse

from tests.activities.factories import ActivityFactory, in_days
from tests.agenda.factories import AgendaFactory, AgendaThemeFactory
from tests.ateliers.factories import AtelierFactory
from tests.helpers import assert_same_cost
from tests.network.factories import WerkplaatsFactory
from tests.publications.factories import PublicationFactory
from werkplaats.activities.models import Activity
from werkplaats.ateliers.models import Atelier
from werkplaats.network.models import Province, Werkplaats
from werkplaats.publications.models import Publication

URL = reverse("network:overview")


def row_of(response, werkplaats):
    overview = response.context["overview"]
    rows = [row for province in overview.provinces for row in province.rows]
    rows += overview.without_province
    return next(row for row in rows if row.werkplaats == werkplaats)


def titles(items) -> list[str]:
    return [item.title for item in items]


def map_links(response) -> dict[str, str]:
    """{province code: accessible name} of the provinces that are links on the map."""
    tree = lxml.html.fromstring(response.content)
    return {
        link.get("data-province"): link.get("aria-label")
        for link in tree.iter("a")
        if link.get("data-province")
    }


def map_counts(response) -> dict[str, str]:
    """{province code: the number shown on it}."""
    tree = lxml.html.fromstring(response.content)
    return {
        link.get("data-province"): "".join(link.xpath(".//text[@aria-hidden]/text()")).strip()
        for link in tree.iter("a")
        if link.get("data-province")
    }


@pytest.fixture
def zh(werkplaats_a):
    werkplaats_a.province = Province.ZUID_HOLLAND
    werkplaats_a.save()
    return werkplaats_a


def test_everyone_may_see_the_overview(client_for, role_users):
    for user in role_users.values():
        assert client_for(user).get(URL).status_code == 200


def test_map_highlights_provinces_with_werkplaatsen_and_says_how_many(client_for, db):
    WerkplaatsFactory(province=Province.ZUID_HOLLAND)
    WerkplaatsFactory(province=Province.ZUID_HOLLAND)
    WerkplaatsFactory(
        province=Province.NOORD_HOLLAND,
        status=Werkplaats.Status.COMPLETED,
        period_end=date(2022, 12, 31),
    )

    response = client_for(None).get(URL)

    assert map_counts(response) == {"NH": "1", "ZH": "2"}
    names = map_links(response)
    assert "Zuid-Holland" in names["ZH"] and "2" in names["ZH"]
    content = response.content.decode()
    # every province is drawn; those without a werkplaats are images with a name, not links
    assert content.count("werkplaats-map__province") >= len(Province.choices)
    tree = lxml.html.fromstring(response.content)
    plain = {path.get("data-province") for path in tree.xpath("//path[@role='img']")}
    assert plain == set(Province.values) - {"ZH", "NH"}
    assert all(path.get("aria-label") for path in tree.xpath("//path[@role='img']"))
    # the map links lead to the province's part of the list
    assert 'href="#provincie-zh"' in content and 'id="provincie-zh"' in content


def test_werkplaats_without_province_is_listed_but_not_on_the_map(client_for, werkplaats_a):
    response = client_for(None).get(URL)

    assert map_links(response) == {}
    assert row_of(response, werkplaats_a) in response.context["overview"].without_province
    assert 'id="provincie-onbekend"' in response.content.decode()


def test_list_shows_current_agenda_themes(client_for, zh):
    old = AgendaFactory(werkplaats=zh, start_year=2010, end_year=2012)
    AgendaThemeFactory(agenda=old, title="Thema van vroeger")
    current = AgendaFactory(werkplaats=zh)
    AgendaThemeFactory(agenda=current, title="Schulden in de wijk")

    response = client_for(None).get(URL)

    row = row_of(response, zh)
    assert row.agenda == current
    assert titles(row.agenda_themes) == ["Schulden in de wijk"]
    assert "Schulden in de wijk" in response.content.decode()
    assert "Thema van vroeger" not in response.content.decode()


def test_list_shows_only_active_ateliers(client_for, zh):
    AtelierFactory(werkplaats=zh, title="Samen in de wijk")
    AtelierFactory(werkplaats=zh, title="Nog in voorbereiding", status=Atelier.Status.PREPARING)
    AtelierFactory(werkplaats=zh, title="Al afgerond", status=Atelier.Status.COMPLETED)

    response = client_for(None).get(URL)

    assert titles(row_of(response, zh).ateliers) == ["Samen in de wijk"]
    assert "Nog in voorbereiding" not in response.content.decode()


def test_list_shows_next_three_public_activities_never_members_only_cancelled_or_past(
    client_for, zh, member_a
):
    for days in (40, 10, 30, 20):
        ActivityFactory(werkplaats=zh, title=f"Kenniscafé over {days} dagen", start=in_days(days))
    ActivityFactory(
        werkplaats=zh, title="Alleen leden", start=in_days(1), audience=Activity.Audience.MEMBERS
    )
    ActivityFactory(
        werkplaats=zh, title="Gaat niet door", start=in_days(2), status=Activity.Status.CANCELLED
    )
    ActivityFactory(werkplaats=zh, title="Al geweest", start=in_days(-5))

    # a member of the werkplaats sees the same national page: members-only stays off it
    response = client_for(member_a).get(URL)

    assert titles(row_of(response, zh).activities) == [
        "Kenniscafé over 10 dagen",
        "Kenniscafé over 20 dagen",
        "Kenniscafé over 30 dagen",
    ]
    content = response.content.decode()
    for hidden in ("Alleen leden", "Gaat niet door", "Al geweest", "over 40 dagen"):
        assert hidden not in content


def test_joint_activity_counts_for_the_co_organiser(client_for, zh, werkplaats_b):
    joint = ActivityFactory(werkplaats=werkplaats_b, title="Samen georganiseerd", start=in_days(3))
    joint.co_organisers.add(zh)
    ActivityFactory(werkplaats=zh, title="Eigen activiteit", start=in_days(5))

    response = client_for(None).get(URL)

    assert titles(row_of(response, zh).activities) == ["Samen georganiseerd", "Eigen activiteit"]
    assert titles(row_of(response, werkplaats_b).activities) == ["Samen georganiseerd"]


def test_list_shows_latest_three_published_publications_never_drafts(client_for, zh):
    for month in (1, 4, 2, 3):
        PublicationFactory(
            werkplaats=zh, title=f"Handreiking maand {month}", date=date(2025, month, 1)
        )
    PublicationFactory(
        werkplaats=zh,
        title="Concepttekst",
        status=Publication.Status.CONCEPT,
        date=date(2025, 12, 1),
    )
    PublicationFactory(
        werkplaats=zh, title="In review", status=Publication.Status.REVIEW, date=date(2025, 12, 1)
    )

    response = client_for(None).get(URL)

    assert titles(row_of(response, zh).publications) == [
        "Handreiking maand 4",
        "Handreiking maand 3",
        "Handreiking maand 2",
    ]
    content = response.content.decode()
    assert "Concepttekst" not in content and "In review" not in content


def test_rows_of_one_werkplaats_never_show_up_under_another(client_for, zh, werkplaats_b):
    PublicationFactory(werkplaats=werkplaats_b, title="Van B")
    AtelierFactory(werkplaats=werkplaats_b, title="Atelier van B")

    response = client_for(None).get(URL)

    assert row_of(response, zh).publications == []
    assert row_of(response, zh).ateliers == []
    assert titles(row_of(response, werkplaats_b).publications) == ["Van B"]


def test_overview_costs_the_same_whatever_the_number_of_werkplaatsen(client_for, db):
    provinces = list(Province.values)

    def add_rows(count):
        for n in range(count):
            werkplaats = WerkplaatsFactory(province=provinces[n % len(provinces)])
            agenda = AgendaFactory(werkplaats=werkplaats)
            AgendaThemeFactory(agenda=agenda)
            AtelierFactory(werkplaats=werkplaats)
            for days in range(1, 5):
                ActivityFactory(werkplaats=werkplaats, start=in_days(days))
            joint = ActivityFactory(werkplaats=werkplaats, start=in_days(6))
            joint.co_organisers.add(WerkplaatsFactory())
            for _ in range(4):
                PublicationFactory(werkplaats=werkplaats)

    assert_same_cost(client_for(None), URL, add_rows, small=2, large=8)


def test_overview_has_a_fixed_number_of_queries(client_for, zh, django_assert_max_num_queries):
    AtelierFactory(werkplaats=zh)
    ActivityFactory(werkplaats=zh, start=in_days(1) + timedelta(hours=1))
    PublicationFactory(werkplaats=zh)
    AgendaThemeFactory(agenda=AgendaFactory(werkplaats=zh))

    with django_assert_max_num_queries(10):
        assert client_for(None).get(URL).status_code == 200


def test_home_page_links_to_the_overview_and_the_themes(client_for, db):
    content = client_for(None).get(reverse("pages:home")).content.decode()

    assert URL in content
    assert reverse("network:theme_list") in content


def test_overview_without_werkplaatsen_still_draws_the_map(client_for, db):
    response = client_for(None).get(URL)

    assert response.status_code == 200
    assert map_links(response) == {}
    tree = lxml.html.fromstring(response.content)
    assert len(tree.xpath("//path[@role='img']")) == len(Province.choices)
