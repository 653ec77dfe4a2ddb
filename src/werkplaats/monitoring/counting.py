"""The records that targets count, read from the other apps: one query per kind of record
for a werkplaats's whole period, so a dashboard over any number of years and targets costs
the same few queries (``progress`` sorts them into years and targets).

The rules (tested at their edges in tests/monitoring/test_counting.py):

* **Activities** the werkplaats organised or co-organised: *realised* when not cancelled and
  their end has passed; *planned* when not cancelled and still to come. They count in the
  year of their start in Europe/Amsterdam (an activity at 00:30 on 1 January counts in the
  new year, though it is still the old year in UTC).
* **Publications**: *realised* when published, in the year of their publication date;
  drafts and publications in review with a date are *planned*. One that goes back to draft
  no longer counts.
* **Uses in education**: in the year their academic year starts ("2024-2025" counts in 2024).
* **Ateliers that reached a phase**: in the year the phase started (its ``PhaseStep``).
* **Agenda themes in the national work programme**: an agenda theme linked to at least one
  national theme, in every year of its agenda.

Only what falls within the werkplaats's period counts (see ``progress``).
"""

from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from django.db.models import Count, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone

from werkplaats.monitoring.models import Measure

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True)
class Record:
    """One counted thing, with what the filters of a target look at."""

    measure: str
    pk: int
    title: str
    day: date | None  # the date it counts on (None: it counts in ``years``)
    years: tuple[int, ...]
    kind: str = ""  # activity kind, publication kind or phase
    realised: bool = True  # False: planned
    themes: frozenset[int] = frozenset()
    appeared_elsewhere: bool = False
    url: str = ""
    present: int | None = None  # activities: the number of people present
    extra: dict = field(default_factory=dict, compare=False, hash=False)


def local_date(moment) -> date:
    return timezone.localtime(moment, AMSTERDAM).date()


def _themes(through, column: str, ids) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for owner, theme in through.objects.filter(**{f"{column}__in": ids}).values_list(
        column, "theme_id"
    ):
        found.setdefault(owner, set()).add(theme)
    return found


def activities(werkplaats, now) -> list[Record]:
    from werkplaats.activities.models import Activity, Registration

    present = (
        Registration.objects.filter(activity=OuterRef("pk"), attended=True)
        .values("activity")
        .annotate(n=Count("pk"))
        .values("n")
    )
    rows = list(
        Activity.objects.filter(Q(werkplaats=werkplaats) | Q(co_organisers=werkplaats))
        .exclude(status=Activity.Status.CANCELLED)
        .annotate(present=Subquery(present))
        .values(
            "pk",
            "title",
            "slug",
            "kind",
            "start",
            "end",
            "werkplaats__slug",
            "present",
            "location_name",
        )
        .distinct()
        .order_by("start", "pk")
    )
    themes = _themes(Activity.themes.through, "activity_id", [row["pk"] for row in rows])
    records = []
    for row in rows:
        day = local_date(row["start"])
        records.append(
            Record(
                measure=Measure.ACTIVITIES,
                pk=row["pk"],
                title=row["title"],
                day=day,
                years=(day.year,),
                kind=row["kind"],
                realised=row["end"] <= now,
                themes=frozenset(themes.get(row["pk"], ())),
                url=reverse(
                    "activities:detail",
                    kwargs={"slug": row["werkplaats__slug"], "activity": row["slug"]},
                ),
                present=row["present"] or 0,
                extra={"place": row["location_name"]},
            )
        )
    return records


def publications(werkplaats, now) -> list[Record]:
    from werkplaats.publications.models import Publication

    rows = list(
        Publication.objects.filter(werkplaats=werkplaats)
        .values("pk", "title", "slug", "kind", "status", "date", "appeared_in", "doi")
        .order_by("date", "pk")
    )
    themes = _themes(Publication.themes.through, "publication_id", [row["pk"] for row in rows])
    return [
        Record(
            measure=Measure.PUBLICATIONS,
            pk=row["pk"],
            title=row["title"],
            day=row["date"],
            years=(row["date"].year,),
            kind=row["kind"],
            realised=row["status"] == Publication.Status.PUBLISHED,
            themes=frozenset(themes.get(row["pk"], ())),
            appeared_elsewhere=bool(row["appeared_in"]),
            url=reverse(
                "publications:detail",
                kwargs={"slug": werkplaats.slug, "publication": row["slug"]},
            ),
            extra={"appeared_in": row["appeared_in"]},
        )
        for row in rows
    ]


def academic_start_year(academic_year: str) -> int | None:
    head = academic_year.strip()[:4]
    return int(head) if head.isdigit() else None


def course_uses(werkplaats, now) -> list[Record]:
    from werkplaats.publications.models import CourseUse

    rows = CourseUse.objects.filter(werkplaats=werkplaats).values(
        "pk",
        "academic_year",
        "how",
        "course__name",
        "course__institution__name",
        "course__level",
        "publication__title",
        "atelier__title",
    )
    records = []
    for row in rows.order_by("academic_year", "pk"):
        year = academic_start_year(row["academic_year"])
        if year is None:
            continue
        records.append(
            Record(
                measure=Measure.COURSE_USES,
                pk=row["pk"],
                title=row["publication__title"] or row["atelier__title"] or "",
                day=date(year, 9, 1),
                years=(year,),
                kind=row["course__level"],
                url=reverse("publications:education", kwargs={"slug": werkplaats.slug}),
                extra={
                    "course": row["course__name"],
                    "institution": row["course__institution__name"],
                    "academic_year": row["academic_year"],
                    "how": row["how"],
                },
            )
        )
    return records


def atelier_phases(werkplaats, now) -> list[Record]:
    from werkplaats.ateliers.models import Atelier, PhaseStep

    rows = list(
        PhaseStep.objects.filter(atelier__werkplaats=werkplaats)
        .values("pk", "phase", "started_on", "atelier_id", "atelier__title", "atelier__slug")
        .order_by("started_on", "pk")
    )
    themes = _themes(Atelier.themes.through, "atelier_id", {row["atelier_id"] for row in rows})
    return [
        Record(
            measure=Measure.ATELIER_PHASES,
            pk=row["pk"],
            title=row["atelier__title"],
            day=row["started_on"],
            years=(row["started_on"].year,),
            kind=row["phase"],
            realised=row["started_on"] <= local_date(now),
            themes=frozenset(themes.get(row["atelier_id"], ())),
            url=reverse(
                "ateliers:detail", kwargs={"slug": werkplaats.slug, "atelier": row["atelier__slug"]}
            ),
            extra={"atelier": row["atelier_id"]},
        )
        for row in rows
    ]


def national_links(werkplaats, now) -> list[Record]:
    from werkplaats.agenda.models import AgendaTheme

    rows = list(
        AgendaTheme.objects.filter(agenda__werkplaats=werkplaats, national_themes__isnull=False)
        .values("pk", "title", "agenda__start_year", "agenda__end_year")
        .distinct()
        .order_by("agenda__start_year", "pk")
    )
    themes = _themes(AgendaTheme.themes.through, "agendatheme_id", [row["pk"] for row in rows])
    url = reverse("agenda:werkplaats_agenda", kwargs={"slug": werkplaats.slug})
    return [
        Record(
            measure=Measure.NATIONAL_LINKS,
            pk=row["pk"],
            title=row["title"],
            day=None,
            years=tuple(range(row["agenda__start_year"], row["agenda__end_year"] + 1)),
            themes=frozenset(themes.get(row["pk"], ())),
            url=f"{url}#thema-{row['pk']}",
        )
        for row in rows
    ]


READERS = {
    Measure.ACTIVITIES: activities,
    Measure.PUBLICATIONS: publications,
    Measure.COURSE_USES: course_uses,
    Measure.ATELIER_PHASES: atelier_phases,
    Measure.NATIONAL_LINKS: national_links,
}


def records(werkplaats, measures, now) -> dict[str, list[Record]]:
    """The records of the werkplaats for each of ``measures``, one query (or two) each."""
    return {measure: READERS[measure](werkplaats, now) for measure in measures}
