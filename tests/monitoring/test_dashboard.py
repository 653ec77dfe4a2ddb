"""The dashboards: who sees them, that they show what ``progress`` counts with the status in
words, the records behind every figure, the choice of year, and a constant number of queries.

The clock stands still at 15 June 2025 (``frozen``), so that what is held, planned and over
does not depend on the day the tests run."""

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.accounts.factories import MembershipFactory, UserFactory
from tests.activities.factories import ActivityFactory, RegistrationFactory
from tests.helpers import assert_same_cost, nl
from tests.network.factories import WerkplaatsFactory
from tests.publications.factories import PublicationFactory
from werkplaats.accounts.models import Role
from werkplaats.activities.models import Activity
from werkplaats.monitoring.dashboard_views import default_year
from werkplaats.monitoring.models import Scope, Standard, Target
from werkplaats.monitoring.progress import Status, progress
from werkplaats.monitoring.services import ensure_standard_targets
from werkplaats.publications.models import Publication

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2025, 6, 15, 12, 0, tzinfo=AMSTERDAM)


def at(year, month, day, hour=14):
    return datetime(year, month, day, hour, tzinfo=AMSTERDAM)


def meeting(werkplaats, start, kind=Activity.Kind.REGIONAL, **fields):
    return ActivityFactory(
        werkplaats=werkplaats, kind=kind, start=start, end=start + timedelta(hours=2), **fields
    )


@pytest.fixture
def frozen(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    return NOW


@pytest.fixture
def records(werkplaats_a, frozen):
    """Werkplaats A over 2023-2025 with regional meetings and publications."""
    werkplaats_a.period_start, werkplaats_a.period_end = date(2023, 1, 1), date(2025, 12, 31)
    werkplaats_a.save()
    made = {
        "2023": [meeting(werkplaats_a, at(2023, 3, 1)), meeting(werkplaats_a, at(2023, 9, 1))],
        "2024": [meeting(werkplaats_a, at(2024, 5, 1))],
        "held": meeting(werkplaats_a, at(2025, 2, 1), title="Regiodag februari"),
        "coming": meeting(werkplaats_a, at(2025, 10, 1), title="Regiodag oktober"),
        "cancelled": meeting(
            werkplaats_a,
            at(2025, 3, 1),
            title="Afgelaste regiodag",
            status=Activity.Status.CANCELLED,
        ),
        "webinar": meeting(
            werkplaats_a, at(2025, 3, 2), kind=Activity.Kind.WEBINAR, title="Webinar maart"
        ),
        "guide": PublicationFactory(werkplaats=werkplaats_a, date=date(2025, 3, 1)),
        "draft": PublicationFactory(
            werkplaats=werkplaats_a,
            date=date(2025, 9, 1),
            kind=Publication.Kind.ARTIKEL,
            status=Publication.Status.CONCEPT,
        ),
    }
    RegistrationFactory.create_batch(3, activity=made["held"], attended=True)
    RegistrationFactory(activity=made["held"], attended=False)
    ensure_standard_targets(werkplaats_a)
    return made


def dashboard_url(werkplaats, **query):
    url = reverse("monitoring:dashboard", kwargs={"slug": werkplaats.slug})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def standard(werkplaats, which) -> Target:
    return Target.objects.get(werkplaats=werkplaats, standard=which)


def counted_url(target, year=None):
    kwargs = {"slug": target.werkplaats.slug, "pk": target.pk}
    if year is None:
        return reverse("monitoring:counted_period", kwargs=kwargs)
    return reverse("monitoring:counted", kwargs={**kwargs, "year": year})


# Who sees what -------------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login_page(client_for, werkplaats_a):
    client = client_for(None)
    target = Target.objects.create(
        werkplaats=werkplaats_a, title="Eigen doel", measure="activities"
    )
    for url in (
        dashboard_url(werkplaats_a),
        counted_url(target, 2024),
        counted_url(target),
        reverse("monitoring:national"),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_a_coordinator_of_another_werkplaats_gets_404(client_for, coordinator_b, werkplaats_a):
    client = client_for(coordinator_b)
    assert client.get(dashboard_url(werkplaats_a)).status_code == 404
    target = Target.objects.create(
        werkplaats=werkplaats_a, title="Eigen doel", measure="activities"
    )
    assert client.get(counted_url(target, 2024)).status_code == 404
    assert client.get(counted_url(target)).status_code == 404


def test_someone_without_a_membership_gets_404(client_for, werkplaats_a):
    client = client_for(UserFactory())
    assert client.get(dashboard_url(werkplaats_a)).status_code == 404
    assert client.get(reverse("monitoring:national")).status_code == 404


def test_a_target_of_another_werkplaats_is_not_counted_under_this_one(
    client_for, member_a, werkplaats_a, werkplaats_b
):
    theirs = Target.objects.create(werkplaats=werkplaats_b, title="Van B", measure="activities")
    url = reverse(
        "monitoring:counted", kwargs={"slug": werkplaats_a.slug, "pk": theirs.pk, "year": 2024}
    )
    assert client_for(member_a).get(url).status_code == 404


def test_a_member_sees_the_dashboard_without_the_coordinators_links(
    client_for, member_a, werkplaats_a
):
    response = client_for(member_a).get(dashboard_url(werkplaats_a))
    assert response.status_code == 200
    content = response.content.decode()
    assert reverse("monitoring:targets", kwargs={"slug": werkplaats_a.slug}) not in content
    assert "tellingen.csv" not in content
    assert "verslag" not in content


def test_the_coordinator_finds_the_targets_reports_and_exports(
    client_for, coordinator_a, werkplaats_a, frozen
):
    response = client_for(coordinator_a).get(dashboard_url(werkplaats_a))
    assert response.status_code == 200
    year = response.context["year"]
    slug = {"slug": werkplaats_a.slug}
    for name, kwargs in [
        ("targets", slug),
        ("year_report", {**slug, "year": year}),
        ("year_report_pdf", {**slug, "year": year}),
        ("final_report", slug),
        ("final_report_pdf", slug),
        ("records_csv", {**slug, "year": year}),
        ("records_xlsx", {**slug, "year": year}),
        ("period_records_csv", slug),
        ("period_records_xlsx", slug),
        ("national", {}),
    ]:
        assert f'href="{reverse(f"monitoring:{name}", kwargs=kwargs)}"' in response.content.decode()


def test_the_dashboard_gives_the_werkplaats_the_standard_targets(
    client_for, member_a, werkplaats_a
):
    assert not Target.objects.filter(werkplaats=werkplaats_a).exists()
    client_for(member_a).get(dashboard_url(werkplaats_a))
    assert set(
        Target.objects.filter(werkplaats=werkplaats_a).values_list("standard", flat=True)
    ) == {choice.value for choice in Standard}


# What it shows -------------------------------------------------------------------------------


def test_the_dashboard_shows_what_progress_counts(client_for, member_a, werkplaats_a, records):
    response = client_for(member_a).get(dashboard_url(werkplaats_a, jaar=2025))
    assert response.status_code == 200
    content = response.content.decode()
    expected = progress(werkplaats_a)
    shown = response.context["in_year"] + response.context["whole_period"]
    # This year's figures of the yearly targets, then those of the whole period and last year.
    assert [(f.target.pk, f.year) for f in shown] == [
        (f.target.pk, f.year)
        for f in expected.figures
        if f.year == 2025 and f.target.scope == Scope.YEARLY
    ] + [(f.target.pk, f.year) for f in expected.figures if f.target.scope != Scope.YEARLY]
    for figure in shown:
        counted = expected.figure(figure.target.pk, figure.year)
        assert (figure.realised_count, figure.planned_count, figure.required, figure.status) == (
            counted.realised_count,
            counted.planned_count,
            counted.required,
            counted.status,
        )
        # The realised number links to the records it counted.
        link = re.escape(counted_url(figure.target, figure.year))
        assert re.search(f'href="{link}">{counted.realised_count}<', content), figure.title


def test_the_status_and_what_is_still_needed_are_said_in_words(
    client_for, member_a, werkplaats_a, records
):
    response = client_for(member_a).get(dashboard_url(werkplaats_a, jaar=2025))
    figures = {f.target.standard: f for f in response.context["in_year"]}
    # Regional: one held and one planned of two: on track, one still to realise.
    regional = figures[Standard.REGIONAL]
    assert (regional.realised_count, regional.planned_count, regional.status) == (
        1,
        1,
        Status.ON_TRACK,
    )
    # Thematic: nothing yet, but less than half the year has passed: at risk.
    assert figures[Standard.THEMATIC].status == Status.AT_RISK
    # Publications: one published guide, one article in draft: on track.
    assert figures[Standard.PUBLICATIONS].status == Status.ON_TRACK
    content = response.content.decode()
    for label in ("on track", "at risk"):
        assert nl(label) in content
    # Regional: one still to realise, none to plan; thematic: two of each.
    assert nl("%(number)s still to realise") % {"number": 1} in content
    assert (
        nl("%(number)s still to realise") % {"number": 2}
        + ", "
        + nl("%(number)s still to plan") % {"number": 2}
    ) in content
    # A progress bar with its numbers in text for everyone.
    assert '<progress class="werkplaats-progress" max="2" value="1"' in content


def test_the_table_of_years_gives_every_year_its_status(
    client_for, member_a, werkplaats_a, records
):
    response = client_for(member_a).get(dashboard_url(werkplaats_a, jaar=2025))
    regional = standard(werkplaats_a, Standard.REGIONAL)
    [row] = [r for r in response.context["year_table"] if r["target"] == regional]
    assert [(c.year, c.realised_count, c.status) for c in row["cells"]] == [
        (2023, 2, Status.ACHIEVED),
        (2024, 1, Status.BEHIND),
        (2025, 1, Status.ON_TRACK),
    ]
    content = response.content.decode()
    assert nl("achieved") in content and nl("behind") in content
    for year in (2023, 2024, 2025):
        assert f'href="{counted_url(regional, year)}"' in content


def test_the_charts_are_on_the_dashboard_with_their_tables(
    client_for, member_a, werkplaats_a, records
):
    response = client_for(member_a).get(dashboard_url(werkplaats_a))
    content = response.content.decode()
    assert [chart.id for chart in response.context["charts"]] == [
        "chart-attendance",
        "chart-output",
    ]
    assert content.count('role="img"') >= 2
    assert content.count('<caption class="utrecht-table__caption">') >= 2


# The records behind a figure -----------------------------------------------------------------


def test_the_counted_page_lists_exactly_the_counted_records(
    client_for, member_a, werkplaats_a, records
):
    regional = standard(werkplaats_a, Standard.REGIONAL)
    response = client_for(member_a).get(counted_url(regional, 2025))
    assert response.status_code == 200
    (_, realised_key, realised), (_, planned_key, planned) = response.context["lists"]
    assert (realised_key, planned_key) == ("realised", "planned")
    assert [row["record"].pk for row in realised] == [records["held"].pk]
    assert [row["record"].pk for row in planned] == [records["coming"].pk]
    content = response.content.decode()
    assert f'href="{records["held"].get_absolute_url()}">Regiodag februari</a>' in content
    assert "Regiodag oktober" in content
    # The number present is shown for an activity held.
    assert realised[0]["record"].present == 3
    assert re.search(r'utrecht-table__cell--numeric">3</td>', content)
    for left_out in ("Afgelaste regiodag", "Webinar maart", "Regiodag" + " mei"):
        assert left_out not in content


def test_the_counted_page_of_a_whole_period_target(client_for, member_a, werkplaats_a, records):
    records["guide"].appeared_in = "Vakblad Sociaal Werk 2025/2"
    records["guide"].save()
    journals = standard(werkplaats_a, Standard.JOURNALS)
    response = client_for(member_a).get(counted_url(journals))
    assert response.status_code == 200
    (_, _, realised), (_, _, planned) = response.context["lists"]
    assert [row["record"].pk for row in realised] == [records["guide"].pk]
    assert planned == []


def test_a_year_the_target_asks_nothing_of_is_404(client_for, member_a, werkplaats_a, records):
    regional = standard(werkplaats_a, Standard.REGIONAL)
    assert client_for(member_a).get(counted_url(regional, 2022)).status_code == 404
    assert client_for(member_a).get(counted_url(regional, 2026)).status_code == 404
    # A yearly target has no figure for the whole period.
    assert client_for(member_a).get(counted_url(regional)).status_code == 404


# The year ------------------------------------------------------------------------------------


def test_the_default_year_is_this_year_within_the_period():
    assert default_year([2023, 2024, 2025], date(2025, 6, 15)) == 2025
    assert default_year([2019, 2020, 2021], date(2025, 6, 15)) == 2021
    assert default_year([2027, 2028], date(2025, 6, 15)) == 2027


def test_the_dashboard_opens_on_the_default_year(client_for, member_a, werkplaats_a, records):
    assert client_for(member_a).get(dashboard_url(werkplaats_a)).context["year"] == 2025
    werkplaats_a.period_end = date(2024, 12, 31)
    werkplaats_a.save()
    response = client_for(member_a).get(dashboard_url(werkplaats_a))
    assert response.context["year"] == 2024
    assert {f.year for f in response.context["in_year"]} == {2024}


def test_a_chosen_year_shows_that_year(client_for, member_a, werkplaats_a, records):
    response = client_for(member_a).get(dashboard_url(werkplaats_a, jaar=2023))
    assert response.status_code == 200
    assert response.context["year"] == 2023
    regional = next(
        f for f in response.context["in_year"] if f.target.standard == Standard.REGIONAL
    )
    assert (regional.year, regional.realised_count, regional.status) == (
        2023,
        2,
        Status.ACHIEVED,
    )


@pytest.mark.parametrize("bad", ["1999", "2026", "twintig", "2024.5"])
def test_a_year_outside_the_period_answers_400_with_the_default_year(
    client_for, member_a, werkplaats_a, records, bad
):
    response = client_for(member_a).get(dashboard_url(werkplaats_a, jaar=bad))
    assert response.status_code == 400
    assert response.context["year"] == 2025
    assert nl("Choose a year of the period of the werkplaats.") in response.content.decode()
    # The list of years shows the year the page shows.
    assert '<option value="2025" selected>' in response.content.decode()


# The national overview -----------------------------------------------------------------------


def test_the_national_overview_shows_every_werkplaats_per_standard_target(
    client_for, coordinator_b, werkplaats_a, werkplaats_b, records
):
    response = client_for(coordinator_b).get(reverse("monitoring:national"), {"jaar": 2025})
    assert response.status_code == 200
    rows = {row["werkplaats"].pk: row for row in response.context["rows"]}
    assert set(rows) == {werkplaats_a.pk, werkplaats_b.pk}
    regional = rows[werkplaats_a.pk]["cells"][list(Standard).index(Standard.REGIONAL)]
    assert (regional["figure"].realised_count, regional["figure"].status) == (1, Status.ON_TRACK)
    content = response.content.decode()
    assert nl("on track") in content
    # A coordinator of B sees A's figures, not A's records or dashboard.
    assert dashboard_url(werkplaats_a) not in content
    assert "/geteld/" not in content
    assert dashboard_url(werkplaats_b) in content
    # The national report is for national admins.
    assert "/resultaten/verslag/" not in content


def test_a_switched_off_target_shows_as_switched_off(
    client_for, national_admin, werkplaats_a, records
):
    Target.objects.filter(werkplaats=werkplaats_a, standard=Standard.THEMATIC).update(active=False)
    response = client_for(national_admin).get(reverse("monitoring:national"), {"jaar": 2025})
    [row] = [r for r in response.context["rows"] if r["werkplaats"] == werkplaats_a]
    assert row["cells"][list(Standard).index(Standard.THEMATIC)] == {"off": True}
    content = response.content.decode()
    assert nl("switched off") in content
    report = reverse("monitoring:national_report", kwargs={"year": 2025})
    assert f'href="{report}"' in content
    assert f'href="{dashboard_url(werkplaats_a)}?jaar=2025"' in content


def test_a_year_outside_a_werkplaats_period_says_so(
    client_for, national_admin, werkplaats_a, records
):
    WerkplaatsFactory(period_start=date(2024, 1, 1), period_end=date(2024, 12, 31))
    response = client_for(national_admin).get(reverse("monitoring:national"), {"jaar": 2025})
    assert response.status_code == 200
    assert [row["in_period"] for row in response.context["rows"]].count(False) == 1
    bad = client_for(national_admin).get(reverse("monitoring:national"), {"jaar": "1900"})
    assert bad.status_code == 400


def test_a_member_who_coordinates_nothing_does_not_see_the_national_overview(client_for, member_a):
    assert client_for(member_a).get(reverse("monitoring:national")).status_code == 404


# Queries -------------------------------------------------------------------------------------


def _spread(werkplaats, n, years):
    """n activities (with people present) and n publications, spread over ``years``."""
    for i in range(n):
        year = years[i % len(years)]
        held = meeting(werkplaats, at(year, 1 + i % 12, 1 + i % 28), kind=Activity.Kind.REGIONAL)
        RegistrationFactory(activity=held, attended=True)
        PublicationFactory(werkplaats=werkplaats, date=date(year, 1 + i % 12, 1))


def test_the_dashboard_costs_the_same_whatever_the_number_of_records(
    client_for, coordinator_a, werkplaats_a, frozen
):
    werkplaats_a.period_start, werkplaats_a.period_end = date(2021, 1, 1), date(2025, 12, 31)
    werkplaats_a.save()
    years = [2021, 2022, 2023, 2024, 2025]
    assert_same_cost(
        client_for(coordinator_a),
        dashboard_url(werkplaats_a),
        lambda n: _spread(werkplaats_a, n, years),
    )


def _cost(client, url):
    client.get(url)  # the standard targets are made on the first visit
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_five_years_of_many_records_cost_what_one_year_of_a_few_costs(client_for, frozen):
    one = WerkplaatsFactory(period_start=date(2025, 1, 1), period_end=date(2025, 12, 31))
    five = WerkplaatsFactory(period_start=date(2021, 1, 1), period_end=date(2025, 12, 31))
    _spread(one, 2, [2025])
    _spread(five, 40, [2021, 2022, 2023, 2024, 2025])
    user = UserFactory()
    MembershipFactory(user=user, werkplaats=one, role=Role.COORDINATOR)
    MembershipFactory(user=user, werkplaats=five, role=Role.COORDINATOR)
    client = client_for(user)
    assert _cost(client, dashboard_url(one)) == _cost(client, dashboard_url(five))


def test_the_national_overview_costs_a_fixed_number_of_queries_per_werkplaats(
    client_for, national_admin, frozen
):
    client = client_for(national_admin)
    url = reverse("monitoring:national")
    costs = []
    for n in range(3):
        werkplaats = WerkplaatsFactory(period_start=date(2021, 1, 1))
        _spread(werkplaats, 5 * (n + 1), [2024, 2025])
        costs.append(_cost(client, url))
    assert costs[2] - costs[1] == costs[1] - costs[0] <= 12
