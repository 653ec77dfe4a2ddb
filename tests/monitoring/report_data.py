"""Records of werkplaats A for the tests of the reports and exports (test_reports.py,
test_exports.py): a period of 2021 and 2022 that is over, so that every activity has taken
place whatever day the tests run, with something of every kind that a report shows.

Participants get names and addresses with "Geheim" in them, so that the tests can prove
none of them reaches a report or an export.
"""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.activities.factories import ActivityFactory, RegistrationFactory
from tests.agenda.factories import AgendaFactory, AgendaThemeFactory, NationalThemeFactory
from tests.ateliers.factories import AtelierFactory
from tests.network.factories import OrganisationFactory
from tests.publications.factories import CourseFactory, CourseUseFactory, PublicationFactory
from werkplaats.activities.models import Activity
from werkplaats.ateliers.models import Atelier, Phase, PhaseStep
from werkplaats.monitoring.models import Measure, Target
from werkplaats.monitoring.services import ensure_standard_targets
from werkplaats.publications.models import Publication

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PERIOD = (date(2021, 1, 1), date(2022, 12, 31))
OWN_TITLE = "Minstens drie kenniscafés per jaar"
SECRET = "Geheim"


def at(year, month, day, hour=14):
    return datetime(year, month, day, hour, tzinfo=AMSTERDAM)


def meeting(werkplaats, start, kind, title, *, present=0, **fields):
    activity = ActivityFactory(
        werkplaats=werkplaats,
        kind=kind,
        title=title,
        start=start,
        end=start + timedelta(hours=2),
        status=fields.pop("status", Activity.Status.HELD),
        **fields,
    )
    for number in range(present):
        RegistrationFactory(
            activity=activity,
            name=f"{SECRET} Deelnemer {activity.pk}-{number}",
            email=f"geheim{activity.pk}-{number}@example.org",
            attended=True,
        )
    return activity


def make_records(werkplaats) -> dict:
    """Targets (the standard ones and one of the werkplaats's own) and records in 2021-2022."""
    werkplaats.period_start, werkplaats.period_end = PERIOD
    werkplaats.save()
    ensure_standard_targets(werkplaats)
    Target.objects.create(
        werkplaats=werkplaats,
        title=OWN_TITLE,
        measure=Measure.ACTIVITIES,
        activity_kinds=[Activity.Kind.KENNISCAFE],
        minimum=3,
    )

    Kind = Activity.Kind
    partner = OrganisationFactory(name="Wijkteam Zuidwest")
    regional = meeting(
        werkplaats,
        at(2022, 3, 10),
        Kind.REGIONAL,
        "Regionale bijeenkomst voorjaar",
        present=4,
        other_organisations="Buurthuis De Linde\nBewonersraad Oost",
    )
    regional.organisations_present.add(partner)
    meeting(werkplaats, at(2022, 10, 6), Kind.REGIONAL, "Regionale bijeenkomst najaar", present=3)
    meeting(werkplaats, at(2021, 10, 7), Kind.REGIONAL, "Regionale bijeenkomst 2021", present=2)
    meeting(werkplaats, at(2022, 5, 12), Kind.THEMATIC, "Themabijeenkomst armoede", present=5)
    meeting(
        werkplaats,
        at(2022, 6, 9),
        Kind.THEMATIC,
        "Afgelaste themabijeenkomst",
        status=Activity.Status.CANCELLED,
    )
    meeting(werkplaats, at(2022, 4, 7), Kind.KENNISCAFE, "Kenniscafé eenzaamheid", present=1)
    meeting(werkplaats, at(2022, 12, 1), Kind.CONGRESS, "Slotcongres", present=6)
    # A title that a spreadsheet would run as a formula.
    meeting(werkplaats, at(2022, 2, 3), Kind.KENNISCAFE, '=HYPERLINK("https://evil.example")')

    guide = PublicationFactory(
        werkplaats=werkplaats, title="Handreiking wijkteams", date=date(2022, 2, 1)
    )
    PublicationFactory(werkplaats=werkplaats, title="Tweede handreiking", date=date(2022, 9, 1))
    PublicationFactory(
        werkplaats=werkplaats,
        title="Artikel over schulden",
        kind=Publication.Kind.ARTIKEL,
        appeared_in="Vakblad Sociaal Werk, 2022, nr. 3",
        date=date(2022, 11, 1),
    )
    PublicationFactory(
        werkplaats=werkplaats,
        title="Blog in de maak",
        kind=Publication.Kind.BLOG,
        status=Publication.Status.CONCEPT,
        date=date(2022, 12, 15),
    )
    course = CourseFactory(name="Minor Wijkgericht werken")
    CourseUseFactory(publication=guide, course=course, academic_year="2022-2023")

    atelier = AtelierFactory(
        werkplaats=werkplaats,
        title="Leeratelier Samen rond",
        period_start=date(2021, 3, 1),
        status=Atelier.Status.ACTIVE,
    )
    # The factory has it start in its first phase (exploring) on its first day.
    PhaseStep.objects.create(atelier=atelier, phase=Phase.DEEPEN, started_on=date(2022, 5, 1))

    agenda = AgendaFactory(werkplaats=werkplaats, start_year=2021, end_year=2022)
    theme = AgendaThemeFactory(agenda=agenda, title="Armoede en schulden")
    national = NationalThemeFactory(name="Bestaanszekerheid en armoede")
    theme.national_themes.add(national)
    return {
        "partner": partner,
        "course": course,
        "atelier": atelier,
        "agenda_theme": theme,
        "national_theme": national,
    }
