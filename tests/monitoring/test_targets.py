"""Changing the targets: coordinators (and national admins) only; the standard targets can be
changed and switched off but not deleted; own targets are added, changed and deleted with
Dutch messages for what is wrong (400, nothing saved) and an entry in the audit trail."""

from datetime import date

import pytest
from django.urls import reverse

from tests.helpers import assert_shows, flashed, form_errors, nl
from tests.network.factories import ThemeFactory
from werkplaats.activities.models import Activity
from werkplaats.ateliers.models import Phase
from werkplaats.audit.models import AuditEntry
from werkplaats.monitoring.models import Measure, Scope, Standard, Target
from werkplaats.monitoring.services import ensure_standard_targets
from werkplaats.monitoring.standards import STANDARD_TARGETS
from werkplaats.publications.models import Publication


@pytest.fixture
def werkplaats(werkplaats_a):
    werkplaats_a.period_start, werkplaats_a.period_end = date(2022, 1, 1), date(2026, 12, 31)
    werkplaats_a.save()
    ensure_standard_targets(werkplaats_a)
    return werkplaats_a


@pytest.fixture
def coordinator(client_for, coordinator_a):
    return client_for(coordinator_a)


@pytest.fixture
def own(werkplaats):
    return Target.objects.create(
        werkplaats=werkplaats,
        title="Twee werkplaatsdagen per jaar",
        measure=Measure.ACTIVITIES,
        activity_kinds=[Activity.Kind.WORKSHOP],
        minimum=2,
    )


def url(name, werkplaats, pk=None):
    kwargs = {"slug": werkplaats.slug}
    if pk is not None:
        kwargs["pk"] = pk
    return reverse(f"monitoring:{name}", kwargs=kwargs)


def valid(**changes):
    data = {
        "title": "Drie kenniscafés per jaar",
        "measure": Measure.ACTIVITIES,
        "minimum": "3",
        "scope": Scope.YEARLY,
        "activity_kinds": [Activity.Kind.KENNISCAFE],
        "first_year": "2024",
        "active": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def audit(action):
    return AuditEntry.objects.filter(action=action, object_type="monitoring.target")


# Who -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["targets", "target_create"])
def test_only_coordinators_reach_the_targets(client_for, werkplaats, member_a, coordinator_b, name):
    for user in (member_a, coordinator_b):
        assert client_for(user).get(url(name, werkplaats)).status_code == 404
        assert client_for(user).post(url(name, werkplaats), valid()).status_code == 404
    anonymous = client_for(None).get(url(name, werkplaats))
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(reverse("account_login"))
    assert Target.objects.filter(werkplaats=werkplaats, standard="").count() == 0


def test_a_national_admin_may_change_targets(client_for, national_admin, werkplaats):
    assert client_for(national_admin).get(url("targets", werkplaats)).status_code == 200


@pytest.mark.parametrize("name", ["target_edit", "target_delete"])
def test_others_cannot_change_or_delete_a_target(
    client_for, werkplaats, own, member_a, coordinator_b, name
):
    for user in (member_a, coordinator_b):
        assert client_for(user).get(url(name, werkplaats, own.pk)).status_code == 404
        assert client_for(user).post(url(name, werkplaats, own.pk), valid()).status_code == 404
    own.refresh_from_db()
    assert own.title == "Twee werkplaatsdagen per jaar"
    assert not AuditEntry.objects.filter(object_type="monitoring.target").exists()


def test_a_target_of_another_werkplaats_is_404_under_this_one(
    coordinator, werkplaats, werkplaats_b
):
    theirs = Target.objects.create(werkplaats=werkplaats_b, title="Van B", measure="activities")
    for name in ("target_edit", "target_delete"):
        assert coordinator.get(url(name, werkplaats, theirs.pk)).status_code == 404
        assert coordinator.post(url(name, werkplaats, theirs.pk)).status_code == 404
    assert Target.objects.filter(pk=theirs.pk).exists()


# The list ------------------------------------------------------------------------------------


def test_the_list_shows_the_standard_targets_first_and_own_ones_with_delete(
    coordinator, werkplaats, own
):
    response = coordinator.get(url("targets", werkplaats))
    assert response.status_code == 200
    rows = response.context["rows"]
    assert [row["target"].standard for row in rows] == [*STANDARD_TARGETS, ""]
    content = response.content.decode()
    # The standard ones show the programme's wording; only own targets can be deleted.
    assert nl(str(STANDARD_TARGETS[Standard.REGIONAL]["title"])) in content
    assert content.count("/verwijderen/") == 1
    assert url("target_delete", werkplaats, own.pk) in content
    for row in rows:
        assert url("target_edit", werkplaats, row["target"].pk) in content
    assert url("target_create", werkplaats) in content


def test_the_list_makes_missing_standard_targets(coordinator, werkplaats_a):
    coordinator.get(url("targets", werkplaats_a))
    assert Target.objects.filter(werkplaats=werkplaats_a).exclude(standard="").count() == len(
        STANDARD_TARGETS
    )


# Adding --------------------------------------------------------------------------------------


def test_a_coordinator_adds_a_target(coordinator, coordinator_a, werkplaats):
    theme = ThemeFactory()
    response = coordinator.post(url("target_create", werkplaats), valid(theme=theme.pk))
    assert response.status_code == 302
    assert response["Location"] == url("targets", werkplaats)
    target = Target.objects.get(werkplaats=werkplaats, standard="")
    assert (target.title, target.measure, target.minimum, target.scope) == (
        "Drie kenniscafés per jaar",
        Measure.ACTIVITIES,
        3,
        Scope.YEARLY,
    )
    assert (target.activity_kinds, target.first_year, target.theme, target.active) == (
        [Activity.Kind.KENNISCAFE],
        2024,
        theme,
        True,
    )
    [entry] = audit("target.create")
    assert (entry.actor, entry.werkplaats, entry.object_id) == (
        coordinator_a,
        werkplaats,
        str(target.pk),
    )
    assert flashed(response) == [
        nl("The target %(title)s has been added.") % {"title": "Drie kenniscafés per jaar"}
    ]


def test_a_target_of_publications_with_filters(coordinator, werkplaats):
    response = coordinator.post(
        url("target_create", werkplaats),
        valid(
            measure=Measure.PUBLICATIONS,
            activity_kinds=None,
            publication_kinds=[Publication.Kind.ARTIKEL, Publication.Kind.BLOG],
            appeared_elsewhere="on",
            scope=Scope.PERIOD,
            first_year="",
        ),
    )
    assert response.status_code == 302
    target = Target.objects.get(werkplaats=werkplaats, standard="")
    assert target.publication_kinds == [Publication.Kind.ARTIKEL, Publication.Kind.BLOG]
    assert target.appeared_elsewhere is True
    assert target.first_year is None


def test_a_target_of_ateliers_in_a_phase(coordinator, werkplaats):
    response = coordinator.post(
        url("target_create", werkplaats),
        valid(measure=Measure.ATELIER_PHASES, activity_kinds=None, phase=Phase.SPREAD),
    )
    assert response.status_code == 302
    assert Target.objects.get(werkplaats=werkplaats, standard="").phase == Phase.SPREAD


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"minimum": "0"}, "minimum", "Fill in at least 1."),
        ({"minimum": "twee"}, "minimum", "Fill in a whole number, for example 2."),
        ({"title": ""}, "title", "Give the target a title."),
        ({"measure": "bezoekers"}, "measure", "Choose what is counted from the list."),
        (
            {"first_year": "2021"},
            "first_year",
            "Fill in a year of the period, from %(start)s to %(end)s.",
        ),
        (
            {"first_year": "2027"},
            "first_year",
            "Fill in a year of the period, from %(start)s to %(end)s.",
        ),
        (
            {"measure": Measure.PUBLICATIONS},
            "activity_kinds",
            "Kinds of activity only apply to activities.",
        ),
        (
            {"measure": Measure.ATELIER_PHASES, "activity_kinds": None},
            "phase",
            "Choose the phase the ateliers must reach.",
        ),
        (
            {"activity_kinds": None, "publication_kinds": [Publication.Kind.BLOG]},
            "publication_kinds",
            "Kinds of publication only apply to publications.",
        ),
        ({"activity_kinds": ["dansavond"]}, "activity_kinds", "Choose from the list."),
    ],
)
def test_a_wrong_target_is_refused_with_the_reason(
    coordinator, werkplaats, changes, field, message
):
    response = coordinator.post(url("target_create", werkplaats), valid(**changes))
    assert response.status_code == 400
    assert field in form_errors(response)
    expected = nl(message) % {"start": 2022, "end": 2026} if "%(" in message else nl(message)
    assert expected in [str(error) for error in response.context["form"].errors[field]]
    assert nl(
        "Not everything is filled in correctly. Look at the messages next to the fields."
    ) in (response.content.decode())
    assert not Target.objects.filter(werkplaats=werkplaats, standard="").exists()
    assert not audit("target.create").exists()


def test_in_an_open_period_a_first_year_before_its_start_is_refused(coordinator, werkplaats):
    werkplaats.period_end = None
    werkplaats.save()
    response = coordinator.post(url("target_create", werkplaats), valid(first_year="2021"))
    assert response.status_code == 400
    assert form_errors(response) == {"first_year": ["outside_period"]}
    ok = coordinator.post(url("target_create", werkplaats), valid(first_year="2030"))
    assert ok.status_code == 302


# Changing ------------------------------------------------------------------------------------


def test_a_coordinator_changes_an_own_target(coordinator, werkplaats, own):
    page = coordinator.get(url("target_edit", werkplaats, own.pk))
    assert page.status_code == 200
    assert page.context["form"]["title"].value() == "Twee werkplaatsdagen per jaar"
    response = coordinator.post(
        url("target_edit", werkplaats, own.pk),
        valid(title=own.title, activity_kinds=[Activity.Kind.WORKSHOP], minimum="4", first_year=""),
    )
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.minimum == 4
    [entry] = audit("target.update")
    assert entry.data == {"minimum": "4"}


def test_a_wrong_change_keeps_the_stored_target(coordinator, werkplaats, own):
    response = coordinator.post(
        url("target_edit", werkplaats, own.pk), valid(title="", minimum="0")
    )
    assert response.status_code == 400
    assert set(form_errors(response)) == {"title", "minimum"}
    # The page still names the target as it is stored.
    assert "Twee werkplaatsdagen per jaar" in response.content.decode()
    own.refresh_from_db()
    assert (own.title, own.minimum) == ("Twee werkplaatsdagen per jaar", 2)
    assert not audit("target.update").exists()


def test_a_standard_target_changes_title_minimum_and_can_be_switched_off(coordinator, werkplaats):
    regional = Target.objects.get(werkplaats=werkplaats, standard=Standard.REGIONAL)
    page = coordinator.get(url("target_edit", werkplaats, regional.pk))
    form = page.context["form"]
    assert set(form.fields) == {"title", "minimum", "first_year", "active"}
    # Left empty, the title is the programme's wording, which the help text shows.
    assert not form["title"].value()
    assert not form.fields["title"].required
    assert nl(str(STANDARD_TARGETS[Standard.REGIONAL]["title"])) in str(
        form.fields["title"].help_text
    )
    # What it counts cannot be changed, whatever is posted.
    response = coordinator.post(
        url("target_edit", werkplaats, regional.pk),
        {
            "title": "Drie regiodagen",
            "minimum": "3",
            "first_year": "2024",
            "measure": Measure.COURSE_USES,
        },
    )
    assert response.status_code == 302
    regional.refresh_from_db()
    assert (regional.title, regional.minimum, regional.first_year, regional.active) == (
        "Drie regiodagen",
        3,
        2024,
        False,
    )
    assert (regional.measure, regional.activity_kinds) == (
        Measure.ACTIVITIES,
        [Activity.Kind.REGIONAL],
    )
    assert audit("target.update").count() == 1


def test_a_standard_target_saved_without_a_title_keeps_the_programme_wording(
    coordinator, werkplaats
):
    regional = Target.objects.get(werkplaats=werkplaats, standard=Standard.REGIONAL)
    response = coordinator.post(
        url("target_edit", werkplaats, regional.pk), {"title": "", "minimum": "3", "active": "on"}
    )
    assert response.status_code == 302
    regional.refresh_from_db()
    assert (regional.title, regional.minimum) == ("", 3)
    dashboard = coordinator.get(url("dashboard", werkplaats))
    assert_shows(dashboard, str(STANDARD_TARGETS[Standard.REGIONAL]["title"]))


def test_an_own_target_needs_a_title(coordinator, werkplaats):
    response = coordinator.post(
        url("target_create", werkplaats),
        {"title": " ", "measure": Measure.COURSE_USES, "minimum": "1", "scope": "yearly"},
    )
    assert response.status_code == 400
    assert "title" in form_errors(response)
    assert not Target.objects.filter(werkplaats=werkplaats, standard="").exists()


# Deleting ------------------------------------------------------------------------------------


def test_deleting_an_own_target_asks_first_then_deletes(coordinator, werkplaats, own):
    page = coordinator.get(url("target_delete", werkplaats, own.pk))
    assert page.status_code == 200
    assert 'method="post"' in page.content.decode()
    assert Target.objects.filter(pk=own.pk).exists()
    response = coordinator.post(url("target_delete", werkplaats, own.pk))
    assert response.status_code == 302
    assert response["Location"] == url("targets", werkplaats)
    assert not Target.objects.filter(pk=own.pk).exists()
    [entry] = audit("target.delete")
    assert entry.data == {"title": "Twee werkplaatsdagen per jaar"}
    assert flashed(response) == [
        nl("The target %(title)s has been deleted.") % {"title": "Twee werkplaatsdagen per jaar"}
    ]


def test_a_standard_target_cannot_be_deleted(coordinator, werkplaats):
    congress = Target.objects.get(werkplaats=werkplaats, standard=Standard.CONGRESS)
    page = coordinator.get(url("target_delete", werkplaats, congress.pk))
    assert page.status_code == 200
    assert 'method="post"' not in page.content.decode().split("<main", 1)[1]
    assert nl("A standard target cannot be deleted. Switch it off instead.") in (
        page.content.decode()
    )
    response = coordinator.post(url("target_delete", werkplaats, congress.pk))
    assert response.status_code == 409
    assert nl("A standard target cannot be deleted. Switch it off instead.") in (
        response.content.decode()
    )
    assert Target.objects.filter(pk=congress.pk, active=True).exists()
    assert not audit("target.delete").exists()
