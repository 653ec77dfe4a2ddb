"""The counting rules of ``monitoring.counting`` and ``monitoring.progress``, at their edges:
cancelled and future activities, the turn of the year in Amsterdam time, a publication taken
back after it was counted, a target added mid-year, a period that ends mid-year."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from tests.activities.factories import ActivityFactory
from tests.agenda.factories import AgendaFactory, AgendaThemeFactory, NationalThemeFactory
from tests.ateliers.factories import AtelierFactory
from tests.network.factories import ThemeFactory, WerkplaatsFactory
from tests.publications.factories import CourseUseFactory, PublicationFactory
from werkplaats.activities.models import Activity
from werkplaats.ateliers.models import Phase, PhaseStep
from werkplaats.monitoring.models import Measure, Scope, Standard, Target
from werkplaats.monitoring.progress import Status, progress
from werkplaats.monitoring.services import ensure_standard_targets, target_delete
from werkplaats.publications.models import Publication

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2025, 6, 15, 12, 0, tzinfo=AMSTERDAM)


def at(year, month, day, hour=14, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=AMSTERDAM)


def meeting(werkplaats, start, kind=Activity.Kind.REGIONAL, **fields):
    return ActivityFactory(
        werkplaats=werkplaats, kind=kind, start=start, end=start + timedelta(hours=2), **fields
    )


def target(werkplaats, **fields):
    fields.setdefault("measure", Measure.ACTIVITIES)
    fields.setdefault("activity_kinds", [Activity.Kind.REGIONAL])
    fields.setdefault("minimum", 2)
    fields.setdefault("title", "Regionale bijeenkomsten")
    return Target.objects.create(werkplaats=werkplaats, **fields)


def figure(werkplaats, goal, year, now=NOW):
    found = progress(werkplaats, now=now).figure(goal.pk, year)
    assert found is not None, f"no figure for {year}"
    return found


@pytest.fixture
def werkplaats(db):
    return WerkplaatsFactory(period_start=date(2023, 1, 1), period_end=None)


# Activities ----------------------------------------------------------------------------------


def test_a_held_activity_counts_a_cancelled_one_never_and_a_future_one_as_planned(werkplaats):
    goal = target(werkplaats)
    held = meeting(werkplaats, at(2025, 3, 1))
    meeting(werkplaats, at(2025, 4, 1), status=Activity.Status.CANCELLED)
    meeting(werkplaats, at(2025, 12, 1), status=Activity.Status.CANCELLED)
    coming = meeting(werkplaats, at(2025, 10, 1))
    result = figure(werkplaats, goal, 2025)
    assert [r.pk for r in result.realised] == [held.pk]
    assert [r.pk for r in result.planned] == [coming.pk]
    assert result.status == Status.ON_TRACK
    # After the planned one has taken place, it counts as realised.
    later = figure(werkplaats, goal, 2025, now=at(2025, 10, 2))
    assert (later.realised_count, later.planned_count, later.status) == (2, 0, Status.ACHIEVED)


def test_an_activity_that_has_begun_but_not_ended_is_still_planned(werkplaats):
    goal = target(werkplaats)
    meeting(werkplaats, NOW - timedelta(hours=1))
    result = figure(werkplaats, goal, 2025)
    assert (result.realised_count, result.planned_count) == (0, 1)


def test_the_year_turns_at_midnight_in_amsterdam_not_in_utc(werkplaats):
    goal = target(werkplaats)
    # 23:30 on 31 December in Amsterdam is 22:30 UTC: the old year.
    old = meeting(werkplaats, at(2024, 12, 31, 23, 30))
    # 00:30 on 1 January in Amsterdam is still 23:30 on 31 December in UTC: the new year.
    new = meeting(werkplaats, at(2025, 1, 1, 0, 30))
    assert new.start.astimezone(ZoneInfo("UTC")).year == 2024
    assert [r.pk for r in figure(werkplaats, goal, 2024).realised] == [old.pk]
    assert [r.pk for r in figure(werkplaats, goal, 2025).realised] == [new.pk]


def test_only_activities_of_the_target_kinds_and_theme_count(werkplaats):
    theme = ThemeFactory()
    goal = target(werkplaats, theme=theme)
    on_theme = meeting(werkplaats, at(2025, 2, 1))
    on_theme.themes.add(theme)
    meeting(werkplaats, at(2025, 2, 2))  # no theme
    other_kind = meeting(werkplaats, at(2025, 2, 3), kind=Activity.Kind.WEBINAR)
    other_kind.themes.add(theme)
    assert [r.pk for r in figure(werkplaats, goal, 2025).realised] == [on_theme.pk]


def test_a_joint_activity_counts_for_every_organiser_once(werkplaats):
    other = WerkplaatsFactory(period_start=date(2023, 1, 1))
    joint = meeting(other, at(2025, 5, 1))
    joint.co_organisers.add(werkplaats)
    mine, theirs = target(werkplaats), target(other)
    assert [r.pk for r in figure(werkplaats, mine, 2025).realised] == [joint.pk]
    assert [r.pk for r in figure(other, theirs, 2025).realised] == [joint.pk]


def test_the_number_present_comes_with_the_activity(werkplaats):
    from tests.activities.factories import RegistrationFactory

    goal = target(werkplaats)
    held = meeting(werkplaats, at(2025, 3, 1))
    RegistrationFactory.create_batch(3, activity=held, attended=True)
    RegistrationFactory(activity=held, attended=False)
    [record] = figure(werkplaats, goal, 2025).realised
    assert record.present == 3


# Publications --------------------------------------------------------------------------------


def test_a_publication_counts_in_the_year_of_its_date_while_it_is_published(werkplaats):
    goal = target(
        werkplaats,
        measure=Measure.PUBLICATIONS,
        activity_kinds=[],
        publication_kinds=[Publication.Kind.HANDREIKING],
    )
    counted = PublicationFactory(werkplaats=werkplaats, date=date(2025, 2, 1))
    PublicationFactory(werkplaats=werkplaats, date=date(2024, 12, 31))
    PublicationFactory(werkplaats=werkplaats, date=date(2025, 3, 1), kind=Publication.Kind.BLOG)
    draft = PublicationFactory(
        werkplaats=werkplaats, date=date(2025, 9, 1), status=Publication.Status.CONCEPT
    )
    result = figure(werkplaats, goal, 2025)
    assert [r.pk for r in result.realised] == [counted.pk]
    assert [r.pk for r in result.planned] == [draft.pk]

    # Taken back to draft after it was counted: it no longer counts, it is planned again.
    counted.status = Publication.Status.CONCEPT
    counted.save()
    result = figure(werkplaats, goal, 2025)
    assert result.realised == []
    assert {r.pk for r in result.planned} == {counted.pk, draft.pk}


def test_results_in_journals_are_publications_that_appeared_elsewhere(werkplaats):
    ensure_standard_targets(werkplaats)
    journals = Target.objects.get(werkplaats=werkplaats, standard=Standard.JOURNALS)
    PublicationFactory(werkplaats=werkplaats, date=date(2024, 5, 1))
    article = PublicationFactory(
        werkplaats=werkplaats,
        date=date(2024, 6, 1),
        kind=Publication.Kind.ARTIKEL,
        appeared_in="Tijdschrift voor Sociale Vraagstukken 2024/3",
    )
    result = figure(werkplaats, journals, None)
    assert [r.pk for r in result.realised] == [article.pk]
    assert result.status == Status.ACHIEVED


# Education, ateliers, national work programme -------------------------------------------------


def test_a_use_in_education_counts_in_the_year_its_academic_year_starts(werkplaats):
    goal = target(werkplaats, measure=Measure.COURSE_USES, activity_kinds=[], minimum=1)
    publication = PublicationFactory(werkplaats=werkplaats)
    use = CourseUseFactory(publication=publication, academic_year="2024-2025")
    assert [r.pk for r in figure(werkplaats, goal, 2024).realised] == [use.pk]
    assert figure(werkplaats, goal, 2025).realised == []


def test_an_atelier_counts_in_the_year_it_reached_the_phase(werkplaats):
    goal = target(
        werkplaats, measure=Measure.ATELIER_PHASES, activity_kinds=[], phase=Phase.SPREAD, minimum=1
    )
    atelier = AtelierFactory(werkplaats=werkplaats, period_start=date(2024, 1, 1))
    PhaseStep.objects.create(atelier=atelier, phase=Phase.DEEPEN, started_on=date(2024, 6, 1))
    PhaseStep.objects.create(atelier=atelier, phase=Phase.SPREAD, started_on=date(2025, 2, 1))
    assert figure(werkplaats, goal, 2024).realised == []
    [record] = figure(werkplaats, goal, 2025).realised
    assert record.title == atelier.title


def test_an_agenda_theme_in_the_national_programme_counts_in_every_year_of_its_agenda(werkplaats):
    goal = target(werkplaats, measure=Measure.NATIONAL_LINKS, activity_kinds=[], minimum=1)
    agenda = AgendaFactory(werkplaats=werkplaats, start_year=2023, end_year=2024)
    linked = AgendaThemeFactory(agenda=agenda)
    linked.national_themes.add(NationalThemeFactory(), NationalThemeFactory())
    AgendaThemeFactory(agenda=agenda)  # not in the national programme
    assert [r.pk for r in figure(werkplaats, goal, 2023).realised] == [linked.pk]
    assert [r.pk for r in figure(werkplaats, goal, 2024).realised] == [linked.pk]
    assert figure(werkplaats, goal, 2025).realised == []


# Targets and periods -------------------------------------------------------------------------


def test_a_target_added_mid_year_counts_the_whole_year_and_not_the_years_before(werkplaats):
    meeting(werkplaats, at(2024, 3, 1))
    march = meeting(werkplaats, at(2025, 3, 1))
    goal = target(werkplaats, first_year=2025)  # added now, in June
    assert goal.created > march.start
    result = progress(werkplaats, now=NOW)
    assert [f.year for f in result.of(goal)] == [2025]
    assert [r.pk for r in result.figure(goal.pk, 2025).realised] == [march.pk]


def test_a_period_that_ends_mid_year_asks_part_of_the_yearly_minimum_and_stops_counting(db):
    werkplaats = WerkplaatsFactory(period_start=date(2020, 1, 1), period_end=date(2022, 6, 30))
    goal = target(werkplaats)
    ensure_standard_targets(werkplaats)
    congress_target = Target.objects.get(werkplaats=werkplaats, standard=Standard.CONGRESS)
    inside = meeting(werkplaats, at(2022, 5, 1))
    meeting(werkplaats, at(2022, 9, 1))  # after the period
    congress = meeting(werkplaats, at(2022, 6, 30, 10), kind=Activity.Kind.CONGRESS)
    result = progress(werkplaats, now=at(2023, 1, 10))
    assert result.years == [2020, 2021, 2022]
    last = result.figure(goal.pk, 2022)
    assert (last.required, [r.pk for r in last.realised]) == (1, [inside.pk])
    assert last.status == Status.ACHIEVED
    assert result.figure(goal.pk, 2021).required == 2
    final = result.figure(congress_target.pk, 2022)
    assert [r.pk for r in final.realised] == [congress.pk]
    assert [f.year for f in result.of(congress_target)] == [2022]


def test_a_final_year_target_without_an_end_of_the_period_says_so(werkplaats):
    ensure_standard_targets(werkplaats)
    congress_target = Target.objects.get(werkplaats=werkplaats, standard=Standard.CONGRESS)
    [only] = progress(werkplaats, now=NOW).of(congress_target)
    assert only.status == Status.NO_END


def test_a_switched_off_target_is_not_counted(werkplaats):
    goal = target(werkplaats, active=False)
    assert progress(werkplaats, now=NOW).of(goal) == []


# Status --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("held", "planned", "now", "status"),
    [
        (2, 0, NOW, Status.ACHIEVED),
        (1, 1, NOW, Status.ON_TRACK),
        # Half the year has passed and half the minimum is there, nothing more planned.
        (1, 0, NOW, Status.AT_RISK),
        # In mid-June one of two would be early: nothing there yet is a risk, not behind.
        (0, 0, NOW, Status.AT_RISK),
        # More than half the year has passed and nothing is there or planned.
        (0, 0, at(2025, 8, 1), Status.BEHIND),
        # Early in the year nothing is expected yet.
        (0, 0, at(2025, 1, 20), Status.AT_RISK),
        # The year is over.
        (1, 0, at(2026, 1, 2), Status.BEHIND),
    ],
)
def test_the_status_of_a_year(werkplaats, held, planned, now, status):
    goal = target(werkplaats)
    for number in range(held):
        meeting(werkplaats, at(2025, 1, 10 + number))
    for number in range(planned):
        meeting(werkplaats, at(2025, 11, 10 + number))
    assert figure(werkplaats, goal, 2025, now=now).status == status


def test_a_year_to_come_has_not_started(werkplaats):
    goal = target(werkplaats)
    meeting(werkplaats, at(2026, 3, 1))
    result = progress(werkplaats, now=at(2026, 1, 1, 0, 0) - timedelta(minutes=1))
    assert result.years == [2023, 2024, 2025]
    werkplaats.period_end = date(2027, 12, 31)
    result = progress(werkplaats, now=NOW)
    figure_2026 = result.figure(goal.pk, 2026)
    assert (figure_2026.status, figure_2026.planned_count) == (Status.NOT_STARTED, 1)


def test_what_is_still_needed(werkplaats):
    goal = target(werkplaats, minimum=4)
    meeting(werkplaats, at(2025, 2, 1))
    meeting(werkplaats, at(2025, 9, 1))
    result = figure(werkplaats, goal, 2025)
    assert (result.still_needed, result.to_plan, result.percent) == (3, 2, 25)


# Standard targets ----------------------------------------------------------------------------


def test_the_standard_targets_are_made_once(werkplaats):
    assert len(ensure_standard_targets(werkplaats)) == len(Standard)
    assert ensure_standard_targets(werkplaats) == []
    assert Target.objects.filter(werkplaats=werkplaats).count() == len(Standard)
    regional = Target.objects.get(werkplaats=werkplaats, standard=Standard.REGIONAL)
    assert (regional.minimum, regional.scope) == (2, Scope.YEARLY)


def test_a_standard_target_cannot_be_deleted(werkplaats, coordinator_a):
    ensure_standard_targets(werkplaats)
    regional = Target.objects.get(werkplaats=werkplaats, standard=Standard.REGIONAL)
    with pytest.raises(ValidationError):
        target_delete(actor=coordinator_a, target=regional)
    assert Target.objects.filter(pk=regional.pk).exists()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"measure": Measure.ATELIER_PHASES, "activity_kinds": []}, "phase"),
        ({"measure": Measure.PUBLICATIONS}, "activity_kinds"),
        ({"measure": Measure.COURSE_USES, "activity_kinds": [], "theme": "theme"}, "theme"),
        ({"minimum": 0}, "minimum"),
    ],
)
def test_a_target_that_cannot_be_counted_is_refused(werkplaats, fields, field):
    if fields.get("theme") == "theme":
        fields["theme"] = ThemeFactory()
    values = {"measure": Measure.ACTIVITIES, "activity_kinds": ["congres"], "minimum": 1}
    goal = Target(werkplaats=werkplaats, title="Eigen doel", **{**values, **fields})
    with pytest.raises(ValidationError) as error:
        goal.full_clean()
    assert field in error.value.message_dict
