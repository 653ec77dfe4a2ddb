"""The demo's targets (werkplaats.monitoring.demo): Noord-Holland achieved everything, Den Haag
& Leiden is behind on some target in some year and achieved others."""

import pytest
from django.utils import timezone

from werkplaats.activities.models import Activity
from werkplaats.audit.models import AuditEntry
from werkplaats.monitoring.demo import FIRST_RECORDED_YEAR, OWN_TARGET
from werkplaats.monitoring.models import Scope, Standard, Target
from werkplaats.monitoring.progress import Status, progress
from werkplaats.network.demo import load_demo
from werkplaats.network.models import Werkplaats

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def var_dir(settings, tmp_path):
    """Keep the demo password of the tests out of the developer's own ./var/."""
    settings.VAR_DIR = tmp_path
    return tmp_path


@pytest.fixture
def demo(db):
    load_demo()
    return {w.slug: w for w in Werkplaats.objects.all()}


def test_both_have_the_standard_targets_and_noord_holland_achieved_every_one(demo):
    for werkplaats in demo.values():
        standards = Target.objects.filter(werkplaats=werkplaats).exclude(standard="")
        assert sorted(standards.values_list("standard", flat=True)) == sorted(Standard.values)
    figures = progress(demo["noord-holland"]).figures
    assert {figure.year for figure in figures} == {2020, 2021, 2022, None}
    assert {(f.target.standard, f.year): f.status for f in figures} == {
        (f.target.standard, f.year): Status.ACHIEVED for f in figures
    }


def test_den_haag_leiden_is_behind_on_some_and_achieved_others(demo):
    figures = progress(demo["den-haag-leiden"]).figures
    statuses = {figure.status for figure in figures}
    assert Status.BEHIND in statuses
    assert Status.ACHIEVED in statuses
    # The publications of 2024 were none of the kinds the programme asks for.
    publications = next(
        f for f in figures if f.target.standard == Standard.PUBLICATIONS and f.year == 2024
    )
    assert (publications.realised_count, publications.status) == (0, Status.BEHIND)


def test_den_haag_leiden_counts_from_the_year_its_records_start(demo):
    werkplaats = demo["den-haag-leiden"]
    yearly = Target.objects.filter(werkplaats=werkplaats, scope=Scope.YEARLY)
    assert set(yearly.values_list("first_year", flat=True)) == {FIRST_RECORDED_YEAR}
    years = {figure.year for figure in progress(werkplaats).figures} - {None}
    assert min(years) == FIRST_RECORDED_YEAR


def test_the_own_target_of_den_haag_leiden_counts_its_kenniscafes(demo):
    werkplaats = demo["den-haag-leiden"]
    own = Target.objects.get(werkplaats=werkplaats, standard="")
    assert (own.title, own.activity_kinds) == (OWN_TARGET["title"], ["kenniscafe"])
    assert AuditEntry.objects.filter(action="target.create", object_id=str(own.pk)).exists()

    figures = {f.year: f for f in progress(werkplaats).of(own)}
    assert figures[2024].status == Status.ACHIEVED
    assert figures[2025].status == Status.BEHIND
    # This year's kenniscafé is a few days away (activities.demo): on track, unless those few
    # days reach into next year.
    coming = (
        Activity.objects.filter(
            werkplaats=werkplaats, kind=Activity.Kind.KENNISCAFE, start__gt=timezone.now()
        )
        .order_by("start")
        .first()
    )
    assert coming is not None
    this_year = timezone.localdate().year
    if timezone.localdate(coming.start).year == this_year:
        assert figures[this_year].status == Status.ON_TRACK


def test_loading_the_demo_again_changes_no_target(demo):
    regional = Target.objects.get(werkplaats=demo["den-haag-leiden"], standard=Standard.REGIONAL)
    # A coordinator changed a target in the demo.
    Target.objects.filter(pk=regional.pk).update(first_year=2025, minimum=3)
    before = list(Target.objects.order_by("pk").values())
    entries = AuditEntry.objects.count()
    load_demo()
    assert list(Target.objects.order_by("pk").values()) == before
    assert AuditEntry.objects.count() == entries
