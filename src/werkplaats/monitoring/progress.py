"""Targets against what the records show: one :class:`Figure` per target and year (or per
target for the whole period), with its status.

**Years and the period.** Years run from 1 January to 31 December in Europe/Amsterdam, cut
to the werkplaats's period: in a first or last year that is only partly in the period, a
yearly minimum is asked in proportion, rounded up (two a year, period ending 30 June: one).
A target with a ``first_year`` is not asked before that year, but in that year it counts
every record of the year, also those from before the target was added.

**Status.** Realised at least the minimum: *achieved*. Otherwise, once the stretch of time is
over: *behind*. While it runs: *on track* when what is planned makes up the rest; *behind*
when fewer are realised than the part of the time already passed asks for and not enough is
planned; *at risk* in between. A year that has not begun is *not started*.
"""

import math
from dataclasses import dataclass, field
from datetime import date

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.monitoring import counting
from werkplaats.monitoring.models import Measure, Scope, Target
from werkplaats.monitoring.standards import STANDARD_TARGETS


class Status(models.TextChoices):
    ACHIEVED = "achieved", _("achieved")
    ON_TRACK = "on_track", _("on track")
    AT_RISK = "at_risk", _("at risk")
    BEHIND = "behind", _("behind")
    NOT_STARTED = "not_started", _("not started")
    NO_END = "no_end", _("no end of the period set")


def title_of(target: Target) -> str:
    """A standard target's own title when the coordinators gave none (translated)."""
    if target.title:
        return target.title
    standard = STANDARD_TARGETS.get(target.standard)
    return str(standard["title"]) if standard else ""


def matches(target: Target, record: counting.Record) -> bool:
    if (
        target.measure == Measure.ACTIVITIES
        and target.activity_kinds
        and record.kind not in target.activity_kinds
    ):
        return False
    if target.measure == Measure.PUBLICATIONS:
        if target.publication_kinds and record.kind not in target.publication_kinds:
            return False
        if target.appeared_elsewhere and not record.appeared_elsewhere:
            return False
    if target.measure == Measure.ATELIER_PHASES and record.kind != target.phase:
        return False
    return not (target.theme_id and target.theme_id not in record.themes)


@dataclass
class Stretch:
    """A stretch of time a target is counted over: whole days, both ends included."""

    first: date
    last: date
    year: int | None  # None: the whole period

    def __contains__(self, record: counting.Record) -> bool:
        if record.day is None:  # counts in whole years
            return any(self.first.year <= year <= self.last.year for year in record.years)
        return self.first <= record.day <= self.last

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def passed(self, today: date) -> float:
        """The share of the stretch that has passed by ``today`` (0 to 1)."""
        if today < self.first:
            return 0.0
        if today > self.last:
            return 1.0
        return ((today - self.first).days + 1) / self.days


@dataclass
class Figure:
    target: Target
    stretch: Stretch
    required: int
    realised: list[counting.Record] = field(default_factory=list)
    planned: list[counting.Record] = field(default_factory=list)
    status: str = Status.NOT_STARTED

    @property
    def year(self) -> int | None:
        return self.stretch.year

    @property
    def realised_count(self) -> int:
        return len(self.realised)

    @property
    def planned_count(self) -> int:
        return len(self.planned)

    @property
    def still_needed(self) -> int:
        """How many more must be realised."""
        return max(0, self.required - self.realised_count)

    @property
    def to_plan(self) -> int:
        """How many more must still be planned, beyond what is."""
        return max(0, self.required - self.realised_count - self.planned_count)

    @property
    def percent(self) -> int:
        if not self.required:
            return 100
        return min(100, round(100 * self.realised_count / self.required))

    @property
    def status_label(self) -> str:
        return Status(self.status).label

    @property
    def title(self) -> str:
        return title_of(self.target)


def period_of(werkplaats) -> tuple[date, date | None]:
    return werkplaats.period_start, werkplaats.period_end


def years_of(werkplaats, today: date) -> list[int]:
    """The years of the period; an open period runs to this year."""
    start, end = period_of(werkplaats)
    last = end.year if end else max(today.year, start.year)
    return list(range(start.year, last + 1))


def status_of(figure: Figure, today: date) -> str:
    stretch = figure.stretch
    if figure.realised_count >= figure.required:
        return Status.ACHIEVED
    if today > stretch.last:
        return Status.BEHIND
    if today < stretch.first:
        return Status.NOT_STARTED
    if figure.realised_count + figure.planned_count >= figure.required:
        return Status.ON_TRACK
    expected = figure.required * stretch.passed(today)
    if figure.realised_count < math.floor(expected):
        return Status.BEHIND
    return Status.AT_RISK


def year_stretch(werkplaats, year: int) -> Stretch:
    """The year, cut to the werkplaats's period."""
    start, end = period_of(werkplaats)
    last = min(end, date(year, 12, 31)) if end else date(year, 12, 31)
    return Stretch(max(start, date(year, 1, 1)), last, year)


def _stretches(target: Target, werkplaats, today: date) -> list[Stretch]:
    start, end = period_of(werkplaats)
    if target.scope == Scope.PERIOD:
        return [Stretch(start, end or date(years_of(werkplaats, today)[-1], 12, 31), None)]
    if target.scope == Scope.FINAL_YEAR:
        return [year_stretch(werkplaats, end.year)] if end else []
    return [
        year_stretch(werkplaats, year)
        for year in years_of(werkplaats, today)
        if not (target.first_year and year < target.first_year)
    ]


def required_in(target: Target, stretch: Stretch) -> int:
    if target.scope != Scope.YEARLY:
        return target.minimum
    year_days = (date(stretch.year + 1, 1, 1) - date(stretch.year, 1, 1)).days
    return math.ceil(target.minimum * stretch.days / year_days)


@dataclass
class Progress:
    werkplaats: object
    today: date
    years: list[int]
    targets: list[Target]
    figures: list[Figure]
    records: dict[str, list[counting.Record]]

    def of(self, target: Target) -> list[Figure]:
        return [figure for figure in self.figures if figure.target.pk == target.pk]

    def in_year(self, year: int) -> list[Figure]:
        """The figures that concern ``year``: those of that year (yearly targets, and the
        final-year ones in the last year) and those of the whole period."""
        return [figure for figure in self.figures if figure.year in (year, None)]

    def figure(self, target_pk: int, year: int | None) -> Figure | None:
        for figure in self.figures:
            if figure.target.pk == target_pk and figure.year == year:
                return figure
        return None


def progress(werkplaats, *, now=None, targets=None) -> Progress:
    """Every active target of the werkplaats against the records, for every year."""
    now = now or timezone.now()
    today = counting.local_date(now)
    if targets is None:
        targets = list(
            Target.objects.filter(werkplaats=werkplaats, active=True).select_related("theme")
        )
    records = counting.records(werkplaats, {target.measure for target in targets}, now)
    figures = []
    for target in targets:
        candidates = [r for r in records[target.measure] if matches(target, r)]
        stretches = _stretches(target, werkplaats, today)
        if not stretches:
            stretch = Stretch(werkplaats.period_start, today, None)
            figures.append(Figure(target, stretch, target.minimum, status=Status.NO_END))
            continue
        for stretch in stretches:
            inside = [record for record in candidates if record in stretch]
            figure = Figure(
                target,
                stretch,
                required_in(target, stretch),
                realised=[record for record in inside if record.realised],
                planned=[record for record in inside if not record.realised],
            )
            figure.status = status_of(figure, today)
            figures.append(figure)
    return Progress(
        werkplaats=werkplaats,
        today=today,
        years=years_of(werkplaats, today),
        targets=targets,
        figures=figures,
        records=records,
    )
