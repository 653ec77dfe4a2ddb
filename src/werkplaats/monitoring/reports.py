"""What the reports say: the yearly progress report (voortgangsverslag) and the final report
(eindverslag) of a werkplaats, and the national report over all werkplaatsen.

A werkplaats's report shows its targets against what was counted and the records behind
them: the activities held with the number of people present and the organisations present,
the publications, the ateliers and their phases, the uses in education and the agenda themes
in the national work programme. The records come from ``counting`` and the figures from
``progress``, so a report never says anything else than the dashboard.

No personal data: people are counted, never named.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch, Q
from django.utils.translation import gettext as _

from werkplaats.activities.models import Activity
from werkplaats.agenda.models import AgendaTheme, NationalTheme
from werkplaats.ateliers.models import Atelier, Phase, PhaseStep
from werkplaats.monitoring import charts, counting
from werkplaats.monitoring.models import Measure, Standard
from werkplaats.monitoring.progress import (
    Figure,
    Progress,
    Status,
    Stretch,
    progress,
    year_stretch,
    years_of,
)
from werkplaats.network.models import Organisation, Werkplaats
from werkplaats.publications.models import CourseUse, Publication


def report_years(werkplaats, now) -> list[int]:
    """The years a report can be made for: those of the period, up to this year."""
    return years_of(werkplaats, counting.local_date(now))


# The choices that name a record's ``kind``, by what it counts (also used by the dashboard).
RECORD_KINDS = {
    Measure.ACTIVITIES: Activity.Kind,
    Measure.PUBLICATIONS: Publication.Kind,
    Measure.ATELIER_PHASES: Phase,
}


def kind_label(record: counting.Record) -> str:
    """What kind of record it is, in words (the kind of activity or publication, the phase)."""
    choices = RECORD_KINDS.get(record.measure)
    if choices is None:
        model = CourseUse if record.measure == Measure.COURSE_USES else AgendaTheme
        return str(model._meta.verbose_name)
    try:
        return str(choices(record.kind).label)
    except ValueError:  # a kind that has since been taken out of the choices
        return record.kind


@dataclass
class FigureGroup:
    heading: str
    figures: list[Figure]


@dataclass
class Held:
    """An activity held, with the organisations that were there."""

    record: counting.Record
    kind: str
    organisations: list[str]


@dataclass
class Counted:
    """A publication or use in education, with its kind in words."""

    record: counting.Record
    kind: str


@dataclass
class WerkplaatsReport:
    werkplaats: object
    title: str
    year: int | None  # None: the final report, over the whole period
    progress: Progress
    stretch: Stretch
    groups: list[FigureGroup]
    activities: list[Held]
    publications: list[Counted]
    ateliers: list
    course_uses: list[counting.Record]
    agenda_themes: list
    charts: list

    @property
    def today(self) -> date:
        return self.progress.today

    @property
    def present(self) -> int:
        return sum(held.record.present or 0 for held in self.activities)


def period_stretch(werkplaats, today: date) -> Stretch:
    """The period up to its end, or up to today while it runs."""
    end = werkplaats.period_end
    return Stretch(werkplaats.period_start, min(end, today) if end else today, None)


def year_report(werkplaats, year: int, *, now) -> WerkplaatsReport:
    progressed = progress(werkplaats, now=now)
    groups = [
        FigureGroup(_("Targets in %(year)s") % {"year": year}, progressed.in_year(year)),
    ]
    return _report(
        werkplaats,
        progressed,
        year_stretch(werkplaats, year),
        groups,
        title=_("Progress report %(year)s") % {"year": year},
        now=now,
    )


def final_report(werkplaats, *, now) -> WerkplaatsReport:
    progressed = progress(werkplaats, now=now)
    groups = [
        FigureGroup(_("Over the whole period"), [f for f in progressed.figures if f.year is None]),
        *(
            FigureGroup(str(year), [f for f in progressed.figures if f.year == year])
            for year in progressed.years
        ),
    ]
    return _report(
        werkplaats,
        progressed,
        period_stretch(werkplaats, progressed.today),
        [group for group in groups if group.figures],
        title=_("Final report"),
        now=now,
    )


def _report(werkplaats, progressed, stretch, groups, *, title, now) -> WerkplaatsReport:
    records = dict(progressed.records)
    missing = [measure for measure in Measure.values if measure not in records]
    records.update(counting.records(werkplaats, missing, now))

    def realised(measure):
        return [record for record in records[measure] if record.realised and record in stretch]

    held = realised(Measure.ACTIVITIES)
    organisations = _organisations_present([record.pk for record in held])
    return WerkplaatsReport(
        werkplaats=werkplaats,
        title=title,
        year=stretch.year,
        progress=progressed,
        stretch=stretch,
        groups=groups,
        activities=[
            Held(record, kind_label(record), organisations.get(record.pk, [])) for record in held
        ],
        publications=[
            Counted(record, kind_label(record)) for record in realised(Measure.PUBLICATIONS)
        ],
        ateliers=_ateliers(werkplaats, stretch, progressed.today),
        course_uses=realised(Measure.COURSE_USES),
        agenda_themes=_agenda_themes(werkplaats, stretch),
        charts=charts.charts_for(progressed),
    )


def _organisations_present(activity_ids) -> dict[int, list[str]]:
    """{activity id: the partner organisations present, then the others as typed}."""
    if not activity_ids:
        return {}
    activities = (
        Activity.objects.filter(pk__in=activity_ids)
        .only("pk", "other_organisations")
        .prefetch_related(
            Prefetch(
                "organisations_present",
                queryset=Organisation.objects.only("pk", "name").order_by("name"),
            )
        )
    )
    return {
        activity.pk: [organisation.name for organisation in activity.organisations_present.all()]
        + [line.strip() for line in activity.other_organisations.splitlines() if line.strip()]
        for activity in activities
    }


def _ateliers(werkplaats, stretch: Stretch, today: date) -> list:
    """The ateliers that ran in the stretch (not those still in preparation), each with the
    phases it went through up to the stretch's end as ``steps``."""
    return list(
        Atelier.objects.public()
        .filter(werkplaats=werkplaats, period_start__lte=stretch.last)
        .filter(Q(period_end__isnull=True) | Q(period_end__gte=stretch.first))
        .only("pk", "title", "status", "period_start", "period_end")
        .prefetch_related(
            Prefetch(
                "phase_steps",
                queryset=PhaseStep.objects.filter(started_on__lte=min(stretch.last, today))
                .only("pk", "atelier_id", "phase", "started_on")
                .order_by("started_on", "pk"),
                to_attr="steps",
            )
        )
        .order_by("period_start", "title")
    )


def _agenda_themes(werkplaats, stretch: Stretch) -> list:
    """The themes of the agendas that ran in the stretch, with their national themes."""
    return list(
        AgendaTheme.objects.filter(
            agenda__werkplaats=werkplaats,
            agenda__start_year__lte=stretch.last.year,
            agenda__end_year__gte=stretch.first.year,
        )
        .select_related("agenda")
        .prefetch_related(
            Prefetch("national_themes", queryset=NationalTheme.objects.order_by("order", "name"))
        )
        .order_by("agenda__start_year", "priority", "title")
    )


# The national report --------------------------------------------------------------------------


@dataclass
class NationalRow:
    werkplaats: object
    progress: Progress
    figures: list[Figure]  # of the year, and of the whole period
    standards: list[Figure | None]  # one per standard target, in the order of ``Standard``

    def count(self, status: str) -> int:
        return sum(figure.status == status for figure in self.figures)

    @property
    def achieved(self) -> int:
        return self.count(Status.ACHIEVED)

    @property
    def behind(self) -> int:
        return self.count(Status.BEHIND)


@dataclass
class NationalReport:
    year: int
    today: date
    standards: list[str]  # the names of the standard targets, as column headings
    rows: list[NationalRow]


def national_report(year: int, *, now) -> NationalReport | None:
    """Every werkplaats whose period has ``year``, with its figures of that year; None when
    no werkplaats has it."""
    today = counting.local_date(now)
    rows = []
    for werkplaats in Werkplaats.objects.order_by("name"):
        if year not in years_of(werkplaats, today):
            continue
        # One progress per werkplaats: a report made now and then, not a page to keep cheap.
        progressed = progress(werkplaats, now=now)
        figures = progressed.in_year(year)
        rows.append(
            NationalRow(
                werkplaats=werkplaats,
                progress=progressed,
                figures=figures,
                standards=[
                    next((f for f in figures if f.target.standard == standard), None)
                    for standard in Standard.values
                ],
            )
        )
    if not rows:
        return None
    return NationalReport(
        year=year, today=today, standards=[str(label) for label in Standard.labels], rows=rows
    )
