"""Demo targets for both werkplaatsen: the standard targets, and one of Den Haag & Leiden's own.

Called from :func:`werkplaats.network.demo.load_demo` after all the other apps, because the
targets count what they made. Nothing is counted here: the dashboards count the demo's
activities, publications, uses in education, ateliers and agendas as they would real ones.
What they show:

* **Noord-Holland** (2020 to 2022, completed) achieved everything it promised: two regional
  and two thematic meetings and two publications of the programme's kinds in each year, the
  closing congress of 1 December 2022, knowledge in the curricula every year, agenda themes
  in the national work programme and an article in a professional journal.
* **Den Haag & Leiden** (since 2019, still running) is on track on most targets, not all:

  - Its standard yearly targets count from 2024 (``first_year``). The werkplaats started in
    2019 but began recording its work on the platform in 2024 (the demo's activities start
    there); what it did before is in its earlier reports. Counted from 2019, the dashboard
    would show five empty years, all "behind", which says nothing about the werkplaats.
  - In 2024 it published a factsheet, a video and a working method, none of the kinds the
    programme asks for (guides, articles, advices, columns, blogs, case collections): behind.
  - Its own target, a kenniscafé every year: one in 2024, none in 2025 (behind), and this
    year's comes in a few days (``activities.demo`` plans it six days after the day the demo
    is loaded), so this year it is on track until that day has passed.
  - The congress at the end of the period cannot be counted yet: the period has no end.

Loading is idempotent: the standard targets are added when missing
(``ensure_standard_targets``), ``first_year`` is only set while it is empty and the own target
is found by its title, so what someone changed in the demo stays. The standard targets and
their first year are part of setting the werkplaats up and are written without audit
entries, like the network records; the own target is a coordinator's work and goes through
``target_save``, with its audit entry.
"""

from collections.abc import Callable

from werkplaats.accounts.models import User
from werkplaats.activities.models import Activity
from werkplaats.monitoring.models import Measure, Scope, Target
from werkplaats.monitoring.services import ensure_standard_targets, target_save
from werkplaats.monitoring.standards import STANDARD_TARGETS
from werkplaats.network.models import Werkplaats

Count = Callable[[str, bool], None]

DEN_HAAG_LEIDEN = "den-haag-leiden"
NOORD_HOLLAND = "noord-holland"
COORDINATOR = "coordinator@example.org"  # of Den Haag & Leiden (network.demo.MEMBERS)
# The first year Den Haag & Leiden recorded its work on the platform (see above).
FIRST_RECORDED_YEAR = 2024
OWN_TARGET = {
    "title": "Elk jaar een kenniscafé",
    "measure": Measure.ACTIVITIES,
    "activity_kinds": [Activity.Kind.KENNISCAFE.value],
    "minimum": 1,
    "scope": Scope.YEARLY,
    "first_year": FIRST_RECORDED_YEAR,
}


def _no_count(label: str, created: bool) -> None:
    pass


def load_monitoring_demo(*, count: Count = _no_count) -> None:
    werkplaatsen = {
        w.slug: w for w in Werkplaats.objects.filter(slug__in=(DEN_HAAG_LEIDEN, NOORD_HOLLAND))
    }
    for werkplaats in werkplaatsen.values():
        added = len(ensure_standard_targets(werkplaats))
        for number in range(len(STANDARD_TARGETS)):
            count("targets", number < added)

    den_haag_leiden = werkplaatsen[DEN_HAAG_LEIDEN]
    coordinator = User.objects.get(email=COORDINATOR)
    # Part of setting the werkplaats up, like ensure_standard_targets itself: no audit entry.
    Target.objects.filter(
        werkplaats=den_haag_leiden, scope=Scope.YEARLY, first_year__isnull=True
    ).exclude(standard="").update(first_year=FIRST_RECORDED_YEAR)

    exists = Target.objects.filter(werkplaats=den_haag_leiden, title=OWN_TARGET["title"]).exists()
    if not exists:
        target_save(actor=coordinator, target=Target(werkplaats=den_haag_leiden, **OWN_TARGET))
    count("targets", not exists)
