"""Demo activities of both werkplaatsen: what happened, and what is coming.

Called from :func:`werkplaats.network.demo.load_demo` after the ateliers exist. The kinds of
activity are the ones the source pages in ``shared/seeds/`` name: regional meetings with all
partners and thematic meetings (at least two of each a year, the Noord-Holland page says),
workshops, kenniscafés, actualiteitencolleges, sessions of the leerateliers, webinars, and
"aan het eind van de projectperiode een congres": the closing congress of Noord-Holland on
1 December 2022, with a programme of parallel sessions.

**Which werkplaats has what.** Noord-Holland ran from January 2020 to December 2022 and is
completed, so all of its activities are past: every kind, two regional and two thematic
meetings in each of its three years, the closing congress, and one meeting organised
together with Den Haag & Leiden. Den Haag & Leiden is active: every kind in the past (two
regional and two thematic meetings in each of 2024, 2025 and 2026) and every kind upcoming,
on dates counted from today, so that the calendar always has a future.

**People.** Demo logins (``network.demo.MEMBERS``) register with their account; the others
are made up from first names and plainly invented surnames ("Voorbeeld", "Denkbeeld", ...),
with addresses on example.org and the organisations of the werkplaats's partners. Speakers
are demo people or made-up names too. No real people, no phone numbers.

**Through the services.** Activities, programme sessions, attendance, reports, presentations
and evaluations go through ``activities.services``, so they get the checks and the audit
entries the real workflow gives. Upcoming registrations go through ``registration_create``
(and one through ``registration_cancel``, which moves the waiting list up); the cancelled
activity through ``activity_cancel``. Two shortcuts, because the services refuse on time:

* Registrations for past activities are written as ``Registration`` rows directly:
  ``registration_create`` refuses activities that have started, as it should. Attendance,
  reports and evaluations of those activities then do go through the services.
* A past activity that was cancelled (a kenniscafé in the first lockdown of March 2020) is
  saved as cancelled: ``activity_cancel`` refuses activities that took place.

**Mail.** The services enqueue e-mail on commit. As in ``ateliers/demo.py``, the demo holds
it back: for its length the mail task the services look up in ``activities.tasks`` is a
stand-in that enqueues nothing. Past activities get the marks the recurring
``activity_jobs`` command would have left (reminders sent, evaluations asked, needs erased)
and no dietary or accessibility needs, so that the command, which ``make run`` starts, sends
nothing about them. No upcoming activity starts within a day, so no reminder goes out either
(later on, reminders go out the day before, as they would for anyone).

Loading is idempotent: an activity is found by (werkplaats, slug). A new one is made with
everything that belongs to it; an existing one only gets its descriptive fields refreshed
(without an audit entry) and its themes and co-organisers added. Its dates, registrations,
attendance and the rest are never redone, so a second run writes no new rows and no new audit
entries, and dates counted from "today" stay where the first run put them.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import product

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.text import slugify

from werkplaats.accounts.models import Membership, User
from werkplaats.accounts.models import Role as MembershipRole
from werkplaats.activities import services
from werkplaats.activities import tasks as activities_tasks
from werkplaats.activities.models import (
    Activity,
    ProgrammeSession,
    Registration,
    RegistrationRole,
)
from werkplaats.ateliers.models import Atelier
from werkplaats.lib.held_back import tasks_held_back
from werkplaats.network.models import Organisation, Theme, Werkplaats

Kind = Activity.Kind
Role = RegistrationRole
Count = Callable[[str, bool], None]

MAIL_TASKS = ("mail_registrations",)

# Who organises the activities of each werkplaats (network.demo.MEMBERS).
COORDINATORS = {
    "den-haag-leiden": "coordinator@example.org",
    "noord-holland": "coordinator-nh@example.org",
}


def _no_count(label: str, created: bool) -> None:
    pass


# Places. Only the town, as the network demo does: we do not guess street addresses. The
# buurthuis and wijkcentrum are made up.
INHOLLAND_HAARLEM = ("Hogeschool Inholland, locatie Haarlem", "Haarlem")
INHOLLAND_ALKMAAR = ("Hogeschool Inholland, locatie Alkmaar", "Alkmaar")
KOP = ("Gemeentehuis Schagen", "Schagen")
SCHALKWIJK = ("Wijkcentrum De Oefenplaats", "Haarlem-Schalkwijk")
HOGESCHOOL_LEIDEN = ("Hogeschool Leiden", "Leiden")
HAAGSE_HOGESCHOOL = ("De Haagse Hogeschool", "Den Haag")
BUURTHUIS = ("Buurthuis De Voorbeeldhoek", "Leiden")
WIJKCENTRUM_DEN_HAAG = ("Wijkcentrum De Proeftuin", "Den Haag")


def meet(name: str) -> str:
    return f"https://meet.example.org/{name}"


@dataclass(frozen=True)
class Access:
    step_free: bool = True
    hearing_loop: bool = False
    interpreter: bool = False
    notes: str = ""


STEP_FREE = Access(notes="De zaal is op de begane grond. Er is een toilet voor rolstoelgebruikers.")
FULL_ACCESS = Access(
    hearing_loop=True,
    interpreter=True,
    notes="Er is een tolk Nederlandse Gebarentaal en een ringleiding in de zaal. "
    "Er is een toilet voor rolstoelgebruikers.",
)
CONGRESS_ACCESS = Access(
    hearing_loop=True,
    notes="Alle zalen zijn met de lift bereikbaar. In de aula is een ringleiding. "
    "Er is een stille ruimte om even bij te komen.",
)


@dataclass(frozen=True)
class Session:
    """A part of a programme; ``round`` 0 is for everyone, sessions of one round run in parallel."""

    title: str
    start: time
    end: time
    room: str
    speakers: str = ""
    description: str = ""
    round: int = 0
    capacity: int | None = None


@dataclass(frozen=True)
class Presentation:
    name: str
    slides: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class DemoActivity:
    slug: str
    title: str
    kind: str
    on: date | int  # a date, or (upcoming) a number of days from today
    start: time
    end: time
    description: str
    place: tuple[str, str] = ("", "")  # (name, town)
    online: str = ""
    themes: tuple[str, ...] = ()
    atelier: str = ""  # slug of an atelier of the same werkplaats
    capacity: int | None = None
    audience: str = Activity.Audience.PUBLIC
    access: Access | None = None
    co_organisers: tuple[str, ...] = ()  # werkplaats slugs
    demo_people: tuple[str, ...] = ()  # demo logins who register
    people: int = 0  # made-up participants who register
    absent: float = 0.15  # share of those registered who did not come (past)
    cancelled_before: int = 0  # registrations cancelled before the day (past)
    report: str = ""
    evaluations: int = 0
    presentation: Presentation | None = None
    sessions: tuple[Session, ...] = ()
    cancel_reason: str = ""
    registration_opens_in: int | None = None  # days from today (upcoming)
    one_cancels: bool = False  # somebody with a place cancels by their link (upcoming)
    needs: tuple[str, ...] = ()  # needs of the first upcoming registrations


# ---------------------------------------------------------------------------------------------
# Noord-Holland, January 2020 to December 2022: everything is past.
# ---------------------------------------------------------------------------------------------

NH_CONGRESS_SESSIONS = (
    Session(
        "Opening: Doen we het goede? En doen we dat goed genoeg?",
        time(9, 30),
        time(10, 15),
        "Aula",
        "Noor Noordhollander (coördinator van de werkplaats); "
        "Harm Verzinsel (onderzoeker sociaal werk)",
        "Welkom, en een terugblik op drie jaar werkplaats: wat vroeg het werkveld, wat deden "
        "we ermee, en wat weten we nu?",
    ),
    Session(
        "Integraal en wijkgericht werken in de K4: de handreiking",
        time(10, 30),
        time(11, 45),
        "Zaal 1.01",
        "Nadia Noordonderzoeker (onderzoeker, lectoraat Empowerment en Professionalisering); "
        "Gerrit Proefstra (beleidsadviseur sociaal domein)",
        "Hoe Schagen, Den Helder, Hollands Kroon en Texel samen leerden werken over de grenzen "
        "van hun organisaties heen. Met de handreiking en het wijkoverleg op Texel.",
        round=1,
        capacity=30,
    ),
    Session(
        "Wat de lockdown ons leerde",
        time(10, 30),
        time(11, 45),
        "Zaal 1.02",
        "Pieter Praktijk (sociaal werker, DOCK); Fenna Oefenaar (sociaal werker, Haarlem Effect)",
        "Sociaal werkers van DOCK en Haarlem Effect vertellen wat zij in de coronatijd anders "
        "deden, en wat zij willen houden.",
        round=1,
        capacity=30,
    ),
    Session(
        "Meedoen via werk: lessen uit de IJmond",
        time(10, 30),
        time(11, 45),
        "Zaal 1.03",
        "Karim Bedenker (klantmanager, IJmond Werkt!); Saskia Schetsma (docent Social Work)",
        "Wat helpt mensen in de bijstand echt om mee te doen? Verhalen van klantmanagers, "
        "werkzoekenden en werkgevers.",
        round=1,
        capacity=30,
    ),
    Session(
        "Blended hulpverlening: de benchmark",
        time(10, 30),
        time(11, 45),
        "Zaal 1.04",
        "Yara Droomdijk (maatschappelijk werker, MEE & de Wering); Tom Testerink (Adsysco)",
        "Welke gesprekken kunnen online, en welke niet? Een rondleiding door de benchmark "
        "en de klantreizen schoolmaatschappelijk werk en armoede.",
        round=1,
        capacity=30,
    ),
    Session(
        "Eén vast aanspreekpunt: toegang in Hollands Kroon",
        time(12, 45),
        time(14, 0),
        "Zaal 1.01",
        "Ilse Voorbeeld (teamleider sociaal team); Ruud Uitgedacht (adviseur, Movisie)",
        "Het verbetertraject Toegang: de weg van tien bewoners van eerste vraag tot hulp, en "
        "wat er veranderde.",
        round=2,
        capacity=30,
    ),
    Session(
        "Schalkwijk en de Slachthuisbuurt: bouwen aan een inclusieve wijk",
        time(12, 45),
        time(14, 0),
        "Zaal 1.02",
        "Omar Fictiehuis (buurtbewoner); Lieke Probeersma (onderzoeker)",
        "Bewoners, makers en professionals over samen een wijk vormgeven. Met de plannen die "
        "nu ook in andere buurten doorgaan.",
        round=2,
        capacity=30,
    ),
    Session(
        "Sociale reflexiviteit: bewust sociaal handelen",
        time(12, 45),
        time(14, 0),
        "Zaal 1.03",
        "Nadia Noordonderzoeker (onderzoeker); Bram Denkbeeld (sociaal werker)",
        "Werken met casussen waarover je twijfelt: hoe sta je stil bij wat je doet, en waarom?",
        round=2,
        capacity=30,
    ),
    Session(
        "Invloed uitoefenen leer je in de opleiding",
        time(12, 45),
        time(14, 0),
        "Zaal 1.04",
        "Saskia Schetsma (docent Social Work); studenten Social Work van Hogeschool Inholland",
        "Docenten en studenten laten de oefening zien die nu in het lesprogramma staat, op hbo- "
        "en mbo-niveau.",
        round=2,
        capacity=30,
    ),
    Session(
        "Afsluiting: wat nemen we mee?",
        time(14, 15),
        time(15, 0),
        "Aula",
        "Noor Noordhollander (coördinator van de werkplaats); een panel van bewoners, "
        "professionals en studenten",
        "Wat gaat door na de werkplaats, en wie pakt het op? Met een blik vooruit van het "
        "Kennisplatform Sociaal Domein Noord-Holland.",
    ),
    Session(
        "Informatiemarkt en borrel",
        time(15, 0),
        time(16, 30),
        "Foyer",
        "",
        "Alle leerateliers hebben een tafel. Neem de handreikingen en werkvormen mee.",
    ),
)

NH_CONGRESS_REPORT = """\
## Verslag van het slotcongres

Op 1 december 2022 sloot de Werkplaats Sociaal Domein Noord-Holland drie jaar samenwerken af
met een congres in Haarlem. Zo'n tachtig professionals, beleidsmakers, studenten, docenten,
onderzoekers en bewoners deelden wat de leerateliers hebben opgeleverd.

### Opening

De dag begon met de twee vragen van de werkplaats: *Doen we het goede in het sociaal domein? En
doen we dat goed genoeg?* In drie jaar kwamen ruim veertig vragen uit de praktijk binnen. Tien
leerateliers werkten eraan, van de Kop van Noord-Holland tot Haarlem-Schalkwijk.

### Werksessies

In twee rondes van vier werksessies lieten de leerateliers zien wat ze leerden:

- **K4**: de handreiking integraal en wijkgericht werken wordt nu in alle vier gemeenten
  gebruikt.
- **Gevolgen van covid-19**: een appje of een wandeling hielp jongeren vaak meer dan een
  videogesprek.
- **Participatiewet**: een goede match tussen persoon en werk begint bij het verhaal van de
  werkzoekende, en van de werkgever.
- **Blended hulpverlening**: de benchmark staat online en andere organisaties kunnen hem
  gebruiken.
- **Toegang in Hollands Kroon**: één vast aanspreekpunt per bewoner geldt nu voor de hele
  gemeente.
- **Inclusieve wijk**: in Schalkwijk gaan twee plannen door in andere buurten.
- **Sociale reflexiviteit** en **invloed van professionals**: de oefeningen staan in het
  lesprogramma Social Work.

### Wat nemen we mee?

- Blijf vragen uit de praktijk ophalen, ook nu de werkplaats stopt.
- Houd bewoners aan tafel, niet alleen als er iets te vragen is.
- Deel wat werkt: de handreikingen en werkvormen staan op de website.

### Hoe verder

Het Kennisplatform Sociaal Domein Noord-Holland neemt de kennisdeling over. De presentatie van
de opening staat hieronder.
"""

NOORD_HOLLAND = [
    # 2020
    DemoActivity(
        slug="startbijeenkomst-werkplaats-noord-holland",
        title="Startbijeenkomst Werkplaats Sociaal Domein Noord-Holland",
        kind=Kind.REGIONAL,
        on=date(2020, 2, 13),
        start=time(14, 0),
        end=time(17, 0),
        description="""\
De Werkplaats Sociaal Domein Noord-Holland begint. Gemeenten, zorg- en welzijnsorganisaties,
cliënten- en burgerorganisaties en Hogeschool Inholland maken kennis en kiezen samen de eerste
vragen voor de regionale kennisagenda.
""",
        place=INHOLLAND_HAARLEM,
        themes=("integraal-en-wijkgericht-werken", "toegang-tot-hulp-en-ondersteuning"),
        capacity=80,
        access=STEP_FREE,
        demo_people=("onderzoeker-nh@example.org", "professional-nh@example.org"),
        people=42,
        cancelled_before=2,
        report="""\
## Verslag

Ruim dertig partners kwamen naar Haarlem voor de start van de werkplaats. In kleine groepen
haalden we vragen op uit de praktijk. Drie vragen kwamen steeds terug:

- Hoe werken we beter samen in de wijk?
- Hoe vinden bewoners sneller de hulp die past?
- Wat helpt mensen in de bijstand om mee te doen?

Deze vragen staan nu op de eerste kennisagenda. De presentatie staat hieronder.
""",
        evaluations=8,
        presentation=Presentation(
            "startbijeenkomst-werkplaats-noord-holland.pdf",
            (
                (
                    "Werkplaats Sociaal Domein Noord-Holland",
                    ("Startbijeenkomst, 13 februari 2020",),
                ),
                (
                    "Wat is een werkplaats?",
                    (
                        "Hogeschool, gemeenten, zorg en welzijn werken samen",
                        "Vragen uit de praktijk krijgen wetenschappelijke reflectie",
                        "Samen verkennen, verzamelen, verdiepen, vernieuwen",
                    ),
                ),
                (
                    "Wat gaan we doen?",
                    (
                        "Een regionale kennisagenda, samen met het werkveld",
                        "Leerateliers over vragen uit de regio",
                        "Minimaal twee regionale en twee thema-bijeenkomsten per jaar",
                    ),
                ),
            ),
        ),
    ),
    DemoActivity(
        slug="kenniscafe-toegang-maart-2020",
        title="Kenniscafé Toegang tot hulp",
        kind=Kind.KENNISCAFE,
        on=date(2020, 3, 19),
        start=time(15, 30),
        end=time(17, 30),
        description="""\
Hoe vinden bewoners de weg naar hulp en ondersteuning? Een kenniscafé voor sociaal werkers en
medewerkers van de gemeente, met koffie en korte verhalen uit de praktijk.
""",
        place=INHOLLAND_ALKMAAR,
        themes=("toegang-tot-hulp-en-ondersteuning",),
        capacity=25,
        people=11,
        cancel_reason="Door de coronamaatregelen kan het kenniscafé niet doorgaan. "
        "We plannen het opnieuw als dat weer kan.",
    ),
    DemoActivity(
        slug="webinar-sociaal-werk-op-afstand",
        title="Webinar: sociaal werk op afstand",
        kind=Kind.WEBINAR,
        on=date(2020, 5, 28),
        start=time(15, 0),
        end=time(16, 30),
        description="""\
Sinds maart werken veel sociaal werkers op afstand. Wat lukt er wel en wat niet? In dit webinar
delen professionals hun eerste ervaringen, en vertellen onderzoekers wat al bekend is over
hulp via beeldbellen en telefoon.
""",
        online=meet("wsd-nh-sociaal-werk-op-afstand"),
        themes=("gevolgen-van-covid-19", "blended-hulpverlening"),
        demo_people=("professional-nh@example.org",),
        people=38,
        absent=0.25,
        report="""\
## Verslag

Bijna dertig deelnemers keken mee. Beeldbellen werkt goed voor korte afspraken, maar niet
voor een eerste gesprek of bij zorgen over veiligheid. Veel bewoners hebben geen goede laptop
of geen rustige plek om te praten. Deze vragen gaan mee naar het leeratelier over de gevolgen
van covid-19.
""",
    ),
    DemoActivity(
        slug="themabijeenkomst-gevolgen-covid-19-bewoners",
        title="Themabijeenkomst: gevolgen van covid-19 voor bewoners",
        kind=Kind.THEMATIC,
        on=date(2020, 6, 25),
        start=time(14, 0),
        end=time(16, 0),
        description="""\
Wat betekent de coronacrisis voor bewoners in kwetsbare situaties? Samen met DOCK en Haarlem
Effect kijken we naar eenzaamheid, geldzorgen en de weg naar hulp.
""",
        online=meet("wsd-nh-themabijeenkomst-covid-19"),
        themes=("gevolgen-van-covid-19",),
        demo_people=("professional-nh@example.org",),
        people=30,
        report="""\
## Verslag

Online, vanwege de maatregelen. Sociaal werkers zien dat jongeren en ouderen met weinig contact
verder uit beeld raken. Afgesproken: een leeratelier met DOCK en Haarlem Effect, waarin sociaal
werkers een logboek bijhouden over hun werk in de lockdown.
""",
    ),
    DemoActivity(
        slug="regionale-bijeenkomst-kennisagenda-2020",
        title="Regionale bijeenkomst: de kennisagenda 2020–2022",
        kind=Kind.REGIONAL,
        on=date(2020, 10, 8),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Alle partners van de werkplaats bespreken de regionale kennisagenda: welke thema's gaan voor,
en welke leerateliers gaan aan de slag?
""",
        online=meet("wsd-nh-regionale-bijeenkomst-najaar-2020"),
        themes=("integraal-en-wijkgericht-werken", "participatiewet", "sociale-reflexiviteit"),
        demo_people=("onderzoeker-nh@example.org",),
        people=35,
        report="""\
## Verslag

De partners stelden de kennisagenda vast. Voorrang krijgen: integraal en wijkgericht werken in
de Kop van Noord-Holland, de gevolgen van covid-19, en meedoen via werk. Vijf leerateliers zijn
al begonnen; de Participatiewet en blended hulpverlening volgen dit najaar.
""",
    ),
    DemoActivity(
        slug="themabijeenkomst-wijkgericht-werken-kop",
        title="Themabijeenkomst: wijkgericht werken in de Kop van Noord-Holland",
        kind=Kind.THEMATIC,
        on=date(2020, 11, 26),
        start=time(13, 30),
        end=time(16, 0),
        description="""\
Sociale teams, beleidsmakers en vrijwilligers uit Schagen, Den Helder, Hollands Kroon en Texel
vertellen hoe zij in de wijk samenwerken, en waar het schuurt.
""",
        online=meet("wsd-nh-wijkgericht-werken-kop"),
        themes=("integraal-en-wijkgericht-werken",),
        atelier="integraal-en-wijkgericht-werken-k4",
        people=26,
        report="""\
## Verslag

Elk sociaal team werkt op een eigen manier, en dat is ook goed. Maar bewoners merken het als
teams langs elkaar heen werken. De teams willen een gezamenlijk wijkoverleg uitproberen,
eerst op Texel.
""",
        evaluations=6,
    ),
    # 2021
    DemoActivity(
        slug="regionale-bijeenkomst-voorjaar-2021",
        title="Regionale bijeenkomst voorjaar 2021",
        kind=Kind.REGIONAL,
        on=date(2021, 3, 11),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Een jaar werkplaats: de leerateliers vertellen waar ze staan, en de partners kiezen wat de
komende maanden voorgaat.
""",
        online=meet("wsd-nh-regionale-bijeenkomst-voorjaar-2021"),
        themes=("integraal-en-wijkgericht-werken", "gevolgen-van-covid-19"),
        demo_people=("onderzoeker-nh@example.org", "professional-nh@example.org"),
        people=40,
        report="""\
## Verslag

Zeven leerateliers lieten in vijf minuten zien wat ze doen. De partners vroegen om meer
aandacht voor armoede en geldzorgen; dat thema gaat mee in het leeratelier over blended
hulpverlening.
""",
    ),
    DemoActivity(
        slug="themabijeenkomst-participatiewet-meedoen-via-werk",
        title="Themabijeenkomst Participatiewet: meedoen via werk",
        kind=Kind.THEMATIC,
        on=date(2021, 4, 22),
        start=time(14, 0),
        end=time(16, 0),
        description="""\
Klantmanagers, werkzoekenden en onderzoekers praten over begeleiding naar werk. Wat helpt
mensen echt om mee te doen?
""",
        online=meet("wsd-nh-participatiewet"),
        themes=("participatiewet",),
        people=24,
        report="""\
## Verslag

Werkzoekenden vertelden wat hen hielp: een klantmanager die tijd neemt, en werk dat past bij
wat je kunt en wilt. Klantmanagers willen meer weten over wat werkgevers nodig hebben. Dat
onderzoekt het leeratelier met IJmond Werkt!.
""",
    ),
    DemoActivity(
        slug="leeratelier-sociale-reflexiviteit-casusbespreking",
        title="Leeratelier Sociale reflexiviteit: casusbespreking",
        kind=Kind.ATELIER_SESSION,
        on=date(2021, 6, 10),
        start=time(15, 0),
        end=time(17, 0),
        description="""\
Professionals brengen een casus in waarover ze twijfelen. Samen leggen we die naast wat de
literatuur zegt over reflexiviteit.
""",
        place=INHOLLAND_HAARLEM,
        themes=("sociale-reflexiviteit",),
        atelier="sociale-reflexiviteit",
        capacity=16,
        access=STEP_FREE,
        demo_people=("onderzoeker-nh@example.org",),
        people=12,
        report="""\
## Verslag

Vier casussen, vier keer dezelfde vraag: wiens belang weegt het zwaarst? De deelnemers
oefenden met drie reflectievragen. Die gebruiken ze nu in hun teamoverleg.
""",
        evaluations=5,
    ),
    DemoActivity(
        slug="workshop-invloed-uitoefenen-als-sociaal-werker",
        title="Workshop: invloed uitoefenen als sociaal werker",
        kind=Kind.WORKSHOP,
        on=date(2021, 9, 16),
        start=time(13, 30),
        end=time(16, 30),
        description="""\
Hoe kun je als sociaal werker invloed uitoefenen op beleid? In deze workshop oefen je met
situaties uit je eigen werk.
""",
        place=INHOLLAND_HAARLEM,
        themes=("invloed-van-professionals",),
        atelier="invloed-van-professionals-sociaal-werk",
        capacity=24,
        access=STEP_FREE,
        people=20,
        report="""\
## Verslag

Deelnemers oefenden in tweetallen een gesprek met een wethouder. Wat werkt: een concreet
verhaal uit de wijk, en een voorstel dat de gemeente kan uitvoeren. De oefening komt in het
lesprogramma Social Work.
""",
        evaluations=7,
    ),
    DemoActivity(
        slug="regionale-bijeenkomst-najaar-2021",
        title="Regionale bijeenkomst najaar 2021",
        kind=Kind.REGIONAL,
        on=date(2021, 10, 14),
        start=time(14, 0),
        end=time(17, 0),
        description="""\
Eindelijk weer samen in één zaal. Wat hebben de leerateliers dit jaar geleerd, en hoe delen we
dat met de regio?
""",
        place=INHOLLAND_ALKMAAR,
        themes=("blended-hulpverlening", "toegang-tot-hulp-en-ondersteuning"),
        capacity=80,
        access=STEP_FREE,
        demo_people=(
            "coordinator-nh@example.org",
            "onderzoeker-nh@example.org",
            "professional-nh@example.org",
        ),
        people=45,
        cancelled_before=3,
        report="""\
## Verslag

De eerste bijeenkomst in een zaal sinds de start van de coronacrisis. Hollands Kroon vertelde
over één vast aanspreekpunt per bewoner; MEE & de Wering over de klantreizen van blended
hulpverlening. Afgesproken: de werkplaats maakt een congres aan het eind van 2022.
""",
        evaluations=9,
    ),
    DemoActivity(
        slug="actualiteitencollege-wat-leerden-we-van-de-lockdown",
        title="Actualiteitencollege: wat leerden we van de lockdown?",
        kind=Kind.LECTURE,
        on=date(2021, 10, 28),
        start=time(16, 0),
        end=time(17, 30),
        description="""\
Wat deden sociaal werkers anders in de coronatijd, en wat willen ze houden? Een college over
de uitkomsten van het leeratelier met DOCK en Haarlem Effect, met ruimte voor vragen.
""",
        place=INHOLLAND_HAARLEM,
        online=meet("wsd-nh-actualiteitencollege-lockdown"),
        themes=("gevolgen-van-covid-19",),
        atelier="gevolgen-van-covid-19",
        capacity=60,
        access=Access(hearing_loop=True, notes="In de collegezaal is een ringleiding."),
        demo_people=("professional-nh@example.org",),
        people=36,
        report="""\
## Verslag

Het college ging over de logboeken van sociaal werkers. Eenzaamheid onder jongeren werd groter,
en een wandeling hielp vaak meer dan een videogesprek. Studenten Social Work vroegen hoe ze dit
in hun stage kunnen gebruiken; de docenten nemen het mee in het lesprogramma.
""",
        presentation=Presentation(
            "actualiteitencollege-lockdown.pdf",
            (
                ("Wat leerden we van de lockdown?", ("Actualiteitencollege, 28 oktober 2021",)),
                (
                    "Wat we zagen",
                    (
                        "Jongeren met weinig contact raakten verder uit beeld",
                        "Een appje of wandeling hielp vaak meer dan beeldbellen",
                        "Sociaal werkers vonden nieuwe wegen, buiten kantoor",
                    ),
                ),
                (
                    "Wat we houden",
                    (
                        "Buiten afspreken als dat beter past",
                        "Korte contacten tussendoor, ook online",
                    ),
                ),
            ),
        ),
    ),
    DemoActivity(
        slug="themabijeenkomst-blended-hulpverlening",
        title="Themabijeenkomst Blended hulpverlening: online én fysiek",
        kind=Kind.THEMATIC,
        on=date(2021, 11, 18),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Welke gesprekken kunnen online en welke moeten echt face-to-face? Met de eerste uitkomsten van
Blended Effectmeting en Benchmark, en aandacht voor cliënten met geldzorgen.
""",
        place=INHOLLAND_ALKMAAR,
        themes=("blended-hulpverlening", "armoede"),
        capacity=50,
        access=STEP_FREE,
        people=28,
        report="""\
## Verslag

Online hulp werkt goed voor korte vragen en afspraken. Voor moeilijke gesprekken, en voor
cliënten die niet digitaal vaardig zijn, blijft een gesprek aan tafel nodig. De deelnemers
vroegen om een overzicht per soort gesprek; dat komt in de benchmark.
""",
    ),
    # 2022
    DemoActivity(
        slug="leeratelier-participatiewet-verhalen-van-werkgevers",
        title="Leeratelier Participatiewet: verhalen van werkgevers",
        kind=Kind.ATELIER_SESSION,
        on=date(2022, 2, 10),
        start=time(14, 0),
        end=time(16, 0),
        description="""\
Het leeratelier met IJmond Werkt! heeft te weinig verhalen van werkgevers. Vandaag vertellen
drie werkgevers wat zij nodig hebben om iemand uit de bijstand een plek te geven.
""",
        online=meet("wsd-nh-leeratelier-participatiewet"),
        themes=("participatiewet",),
        atelier="uitvoering-participatiewet-ijmond-werkt",
        capacity=20,
        people=14,
        report="""\
## Verslag

Werkgevers willen één vast contactpersoon en eerlijke informatie vooraf. Een proefplaatsing van
een paar weken helpt beide kanten. Het leeratelier verwerkt de verhalen in een korte
handreiking voor klantmanagers.
""",
    ),
    DemoActivity(
        slug="regionale-bijeenkomst-voorjaar-2022",
        title="Regionale bijeenkomst voorjaar 2022: de handreiking wijkgericht werken",
        kind=Kind.REGIONAL,
        on=date(2022, 3, 17),
        start=time(14, 0),
        end=time(17, 0),
        description="""\
Het leertraject in de K4 is klaar. We presenteren de handreiking integraal en wijkgericht
werken en bespreken met alle partners hoe die in de regio gebruikt kan worden.
""",
        place=KOP,
        themes=("integraal-en-wijkgericht-werken",),
        atelier="integraal-en-wijkgericht-werken-k4",
        capacity=70,
        access=STEP_FREE,
        demo_people=("coordinator-nh@example.org", "onderzoeker-nh@example.org"),
        people=44,
        cancelled_before=2,
        report="""\
## Verslag

De handreiking is klaar. Texel vertelde over het maandelijkse wijkoverleg van het sociaal team
en de vrijwilligers. De andere gemeenten nemen het overleg over. Gemeenten buiten de Kop willen
de handreiking ook gebruiken.
""",
        evaluations=10,
        presentation=Presentation(
            "handreiking-wijkgericht-werken-k4.pdf",
            (
                (
                    "Integraal en wijkgericht werken in de K4",
                    ("Regionale bijeenkomst, 17 maart 2022",),
                ),
                (
                    "Wat we leerden",
                    (
                        "Elk sociaal team werkt anders, en dat mag",
                        "Bewoners merken het als teams langs elkaar werken",
                        "Een vast wijkoverleg helpt: eerst op Texel",
                    ),
                ),
                (
                    "De handreiking",
                    (
                        "Vijf afspraken voor samenwerken in de wijk",
                        "Voorbeelden uit Schagen, Den Helder, Hollands Kroon en Texel",
                    ),
                ),
            ),
        ),
    ),
    DemoActivity(
        slug="kenniscafe-slachthuisbuurt-samen-maken",
        title="Kenniscafé Slachthuisbuurt: samen maken verbindt",
        kind=Kind.KENNISCAFE,
        on=date(2022, 4, 7),
        start=time(19, 30),
        end=time(21, 30),
        description="""\
Wat maakt de Slachthuisbuurt tot een crafting community? Bewoners, makers en professionals
vertellen, en we praten verder bij een kop koffie.
""",
        place=SCHALKWIJK,
        themes=("inclusieve-wijk",),
        atelier="slachthuisbuurt-crafting-community",
        capacity=30,
        access=STEP_FREE,
        people=21,
        report="""\
## Verslag

Een volle zaal met buurtbewoners. Samen iets maken, een bankje of een moestuin, brengt mensen
bij elkaar die elkaar anders niet spreken. Professionals willen minder organiseren en meer
aansluiten bij wat bewoners al doen.
""",
    ),
    DemoActivity(
        slug="themabijeenkomst-toegang-een-vast-aanspreekpunt",
        title="Themabijeenkomst Toegang tot hulp: één vast aanspreekpunt",
        kind=Kind.THEMATIC,
        on=date(2022, 5, 19),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Hollands Kroon en Movisie vertellen over het verbetertraject Toegang. Hoe vinden bewoners
sneller de hulp die past, en wat vraagt dat van het sociaal team?
""",
        place=INHOLLAND_ALKMAAR,
        themes=("toegang-tot-hulp-en-ondersteuning",),
        capacity=60,
        access=FULL_ACCESS,
        demo_people=("professional-nh@example.org",),
        people=33,
        report="""\
## Verslag

Eén vast aanspreekpunt per bewoner werkt: bewoners hoeven hun verhaal minder vaak te vertellen.
Het vraagt wel dat medewerkers meer zelf mogen beslissen. De werkwijze geldt vanaf juni voor de
hele gemeente Hollands Kroon.
""",
        evaluations=6,
    ),
    DemoActivity(
        slug="workshop-klantreizen-in-kaart-brengen",
        title="Workshop: klantreizen in kaart brengen",
        kind=Kind.WORKSHOP,
        on=date(2022, 6, 16),
        start=time(13, 0),
        end=time(16, 0),
        description="""\
Hoe volg je de weg van een cliënt langs online en fysieke contacten? In deze workshop breng je
een klantreis uit je eigen organisatie in kaart, met de methode van Blended Effectmeting en
Benchmark.
""",
        place=INHOLLAND_ALKMAAR,
        themes=("blended-hulpverlening",),
        atelier="blended-effectmeting-en-benchmark",
        capacity=20,
        access=STEP_FREE,
        people=18,
        report="""\
## Verslag

Iedere deelnemer tekende een klantreis, van schoolmaatschappelijk werk tot schuldhulp. Het
moment waarop een cliënt afhaakt, ligt vaak tussen twee contacten in. Het werkblad staat
hieronder.
""",
        evaluations=8,
        presentation=Presentation(
            "werkblad-klantreis.pdf",
            (
                (
                    "Werkblad: een klantreis in kaart",
                    ("Workshop Blended Effectmeting en Benchmark",),
                ),
                (
                    "Stap voor stap",
                    (
                        "1. Kies één cliënt en één vraag",
                        "2. Schrijf elk contact op: online of fysiek?",
                        "3. Waar haakte de cliënt bijna af?",
                        "4. Wat had daar geholpen?",
                    ),
                ),
            ),
        ),
    ),
    DemoActivity(
        slug="regionale-bijeenkomst-najaar-2022",
        title="Regionale bijeenkomst najaar 2022: op weg naar het slotcongres",
        kind=Kind.REGIONAL,
        on=date(2022, 9, 29),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
De werkplaats stopt eind 2022. Wat willen we op het slotcongres delen, en wat moet doorgaan na
de werkplaats?
""",
        place=INHOLLAND_HAARLEM,
        themes=("integraal-en-wijkgericht-werken", "inclusieve-wijk"),
        capacity=80,
        access=STEP_FREE,
        demo_people=("coordinator-nh@example.org", "professional-nh@example.org"),
        people=39,
        report="""\
## Verslag

Alle leerateliers krijgen een werksessie op het congres. De partners willen dat de
kennisdeling doorgaat; het Kennisplatform Sociaal Domein Noord-Holland neemt die over.
""",
    ),
    DemoActivity(
        slug="themabijeenkomst-inclusieve-wijk-haarlem-leiden",
        title="Themabijeenkomst Inclusieve wijk: leren van Haarlem en Leiden",
        kind=Kind.THEMATIC,
        on=date(2022, 10, 13),
        start=time(13, 30),
        end=time(16, 30),
        description="""\
Samen met de Werkplaats Sociaal Domein Den Haag & Leiden. Hoe werk je met bewoners aan een wijk
waar iedereen mee kan doen? Voorbeelden uit Haarlem-Schalkwijk en uit Leiden.
""",
        place=INHOLLAND_HAARLEM,
        themes=("inclusieve-wijk", "inclusie-en-participatie"),
        capacity=60,
        access=STEP_FREE,
        co_organisers=("den-haag-leiden",),
        demo_people=(
            "onderzoeker-nh@example.org",
            "coordinator@example.org",
            "onderzoeker@example.org",
        ),
        people=34,
        report="""\
## Verslag

De eerste bijeenkomst van de twee werkplaatsen samen. In Schalkwijk kozen bewoners en partijen
samen drie plannen; in Leiden begint het bij de leefwereld van bewoners. Beide werkplaatsen
zagen hetzelfde: bewoners doen mee als ze vanaf het begin aan tafel zitten.
""",
        evaluations=7,
    ),
    DemoActivity(
        slug="webinar-benchmark-blended-hulpverlening",
        title="Webinar: de benchmark blended hulpverlening",
        kind=Kind.WEBINAR,
        on=date(2022, 11, 3),
        start=time(12, 0),
        end=time(13, 0),
        description="""\
Een rondleiding door de benchmark van Blended Effectmeting en Benchmark. Voor organisaties die
willen weten welke mix van online en fysieke hulp bij hen past.
""",
        online=meet("wsd-nh-webinar-benchmark"),
        themes=("blended-hulpverlening",),
        atelier="blended-effectmeting-en-benchmark",
        people=32,
        absent=0.3,
        report="""\
## Verslag

Een lunchwebinar. De meeste vragen gingen over cliënten die niet digitaal vaardig zijn: de
benchmark laat zien dat zij vaker afhaken bij alleen online contact.
""",
    ),
    DemoActivity(
        slug="slotcongres-werkplaats-noord-holland",
        title="Slotcongres Werkplaats Sociaal Domein Noord-Holland: "
        "Doen we het goede? En doen we dat goed genoeg?",
        kind=Kind.CONGRESS,
        on=date(2022, 12, 1),
        start=time(9, 30),
        end=time(16, 30),
        description="""\
Aan het eind van de projectperiode delen we op een congres alle kennis van de werkplaats. Tien
leerateliers laten in werksessies zien wat zij leerden, samen met de gemeenten, zorg- en
welzijnsorganisaties, bewoners, studenten en docenten die eraan meewerkten.

Kies bij je aanmelding een werksessie in de ochtend en een in de middag.
""",
        place=INHOLLAND_HAARLEM,
        themes=(
            "integraal-en-wijkgericht-werken",
            "toegang-tot-hulp-en-ondersteuning",
            "participatiewet",
            "gevolgen-van-covid-19",
            "sociale-reflexiviteit",
            "inclusieve-wijk",
            "blended-hulpverlening",
            "invloed-van-professionals",
        ),
        capacity=150,
        access=CONGRESS_ACCESS,
        demo_people=(
            "coordinator-nh@example.org",
            "onderzoeker-nh@example.org",
            "professional-nh@example.org",
        ),
        people=92,
        cancelled_before=3,
        absent=0.13,
        report=NH_CONGRESS_REPORT,
        evaluations=34,
        sessions=NH_CONGRESS_SESSIONS,
        presentation=Presentation(
            "slotcongres-opening.pdf",
            (
                (
                    "Doen we het goede? En doen we dat goed genoeg?",
                    ("Slotcongres, 1 december 2022",),
                ),
                (
                    "Drie jaar werkplaats",
                    (
                        "Ruim veertig vragen uit de praktijk",
                        "Tien leerateliers, van de Kop tot Schalkwijk",
                        "Handreikingen, werkvormen en lesmateriaal",
                    ),
                ),
                (
                    "Wat gaat door?",
                    (
                        "Kennisdeling via het Kennisplatform Sociaal Domein Noord-Holland",
                        "De kennis zit in het lesprogramma Social Work",
                    ),
                ),
            ),
        ),
    ),
]


# ---------------------------------------------------------------------------------------------
# Den Haag & Leiden: 2024 to today, and what is coming (days from today).
# ---------------------------------------------------------------------------------------------

DHL_2024_CONGRESS_SESSIONS = (
    Session(
        "Opening: vijf jaar samen kennis maken",
        time(13, 0),
        time(13, 45),
        "Aula",
        "Coby Coördinator (coördinator van de werkplaats); Olaf Onderzoeker (onderzoeker, "
        "lectoraat Sociale Innovatie)",
        "Wat leverde vijf jaar kenniscoproductie op voor bewoners, professionals en het onderwijs?",
    ),
    Session(
        "Eenzaamheid en contact in de wijk",
        time(14, 0),
        time(15, 15),
        "Zaal A",
        "Priya Professional (sociaal werker); Anouk Verbeelding (ervaringsdeskundige)",
        "Wat helpt bewoners om contact te maken? Met voorbeelden uit twee buurthuizen.",
        round=1,
        capacity=40,
    ),
    Session(
        "Samen onderzoek doen met bewoners",
        time(14, 0),
        time(15, 15),
        "Zaal B",
        "Olaf Onderzoeker (onderzoeker); Henk Naamloos (bewoner en mede-onderzoeker)",
        "Hoe maak je bewoners mede-onderzoeker, zonder dat het een verplichting wordt?",
        round=1,
        capacity=40,
    ),
    Session(
        "Van de werkplaats naar de opleiding",
        time(14, 0),
        time(15, 15),
        "Zaal C",
        "Dirk Docent (docent sociaal werk); Sanne Student (student sociaal werk)",
        "Hoe komt wat de werkplaats leert in de lessen sociaal werk terecht?",
        round=1,
        capacity=40,
    ),
    Session(
        "Afsluiting en vooruitblik",
        time(15, 30),
        time(16, 15),
        "Aula",
        "Coby Coördinator; Bas Beleidsmaker (beleidsadviseur)",
        "Welke vragen pakken we de komende jaren op?",
    ),
)

DHL_UPCOMING_CONGRESS_SESSIONS = (
    Session(
        "Opening: samen kennis maken",
        time(9, 30),
        time(10, 15),
        "Aula",
        "Coby Coördinator (coördinator van de werkplaats)",
        "Wat hebben de leergemeenschappen opgeleverd, en wat willen we nog weten?",
    ),
    Session(
        "Het buurthuis als plek voor iedereen",
        time(10, 30),
        time(11, 45),
        "Zaal A",
        "Priya Professional (sociaal werker); Bea Bewoner (bewoner)",
        "Een vast gezicht bij de deur en koffie zonder afspraak: wat we leerden over welkom zijn.",
        round=1,
        capacity=40,
    ),
    Session(
        "Ervaringsdeskundigen in het wijkteam",
        time(10, 30),
        time(11, 45),
        "Zaal B",
        "Fleur Ontwerp (ervaringsdeskundige); Jeroen Bedenker (teamleider wijkteam)",
        "Hoe zet je ervaringsdeskundigheid in zonder dat mensen overbelast raken?",
        round=1,
        capacity=40,
    ),
    Session(
        "Kenniscafé als werkvorm",
        time(10, 30),
        time(11, 45),
        "Zaal C",
        "Olaf Onderzoeker (onderzoeker, lectoraat Sociale Innovatie)",
        "Zelf een kenniscafé organiseren: een draaiboek, en wat je beter niet kunt doen.",
        round=1,
        capacity=40,
    ),
    Session(
        "Jongeren en gezinnen in kwetsbare situaties",
        time(13, 0),
        time(14, 15),
        "Zaal A",
        "Esra Schetsma (jongerenwerker); Dirk Docent (docent sociaal werk)",
        "De eerste vragen van de nieuwe leergemeenschap.",
        round=2,
        capacity=40,
    ),
    Session(
        "Meedoen met een smalle beurs",
        time(13, 0),
        time(14, 15),
        "Zaal B",
        "Bas Beleidsmaker (beleidsadviseur); Mohamed Proefstra (schuldhulpverlener)",
        "Wat bewoners met weinig geld nodig hebben om mee te kunnen doen.",
        round=2,
        capacity=40,
    ),
    Session(
        "Onderzoek doen in je stage",
        time(13, 0),
        time(14, 15),
        "Zaal C",
        "Sanne Student (student sociaal werk); Lotte Voorbeeld (student sociaal werk)",
        "Studenten vertellen over praktijkonderzoek in de leergemeenschappen.",
        round=2,
        capacity=40,
    ),
    Session(
        "Afsluiting",
        time(14, 30),
        time(15, 15),
        "Aula",
        "Coby Coördinator",
        "Wat nemen we mee naar de nieuwe kennisagenda?",
    ),
)

DEN_HAAG_LEIDEN = [
    # 2024
    DemoActivity(
        slug="regionale-bijeenkomst-voorjaar-2024",
        title="Regionale bijeenkomst voorjaar 2024: de kennisagenda",
        kind=Kind.REGIONAL,
        on=date(2024, 3, 14),
        start=time(14, 0),
        end=time(17, 0),
        description="""\
Gemeenten, lectoraten, opleidingen en partners in welzijn en zorg bespreken de regionale
kennisagenda. Welke vragen uit de praktijk pakken we dit jaar op?
""",
        place=HOGESCHOOL_LEIDEN,
        themes=("inclusie-en-participatie", "kenniscoproductie"),
        capacity=80,
        access=STEP_FREE,
        demo_people=(
            "coordinator@example.org",
            "onderzoeker@example.org",
            "beleidsmaker@example.org",
            "professional@example.org",
        ),
        people=38,
        cancelled_before=2,
        report="""\
## Verslag

De partners kozen vijf thema's voor de kennisagenda, met eenzaamheid en contact in de wijk
voorop. Een nieuwe leergemeenschap over kenniscoproductie begint in januari. De presentatie
staat hieronder.
""",
        evaluations=9,
        presentation=Presentation(
            "kennisagenda-den-haag-leiden-2024.pdf",
            (
                (
                    "Regionale kennisagenda Den Haag & Leiden",
                    ("Regionale bijeenkomst, maart 2024",),
                ),
                (
                    "De thema's",
                    (
                        "Eenzaamheid en contact in de wijk",
                        "Armoede en geldzorgen",
                        "Toegang tot hulp en ondersteuning",
                        "Samen kennis maken met bewoners en professionals",
                        "Jongeren en gezinnen in kwetsbare situaties",
                    ),
                ),
            ),
        ),
    ),
    DemoActivity(
        slug="themabijeenkomst-eenzaamheid-en-contact-in-de-wijk",
        title="Themabijeenkomst Eenzaamheid en contact in de wijk",
        kind=Kind.THEMATIC,
        on=date(2024, 5, 23),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Hoe maken bewoners die weinig mensen zien weer contact? Professionals, vrijwilligers en bewoners
delen wat werkt in hun buurt.
""",
        place=WIJKCENTRUM_DEN_HAAG,
        themes=("inclusie-en-participatie",),
        capacity=50,
        access=FULL_ACCESS,
        demo_people=("professional@example.org", "vrijwilliger@example.org"),
        people=30,
        report="""\
## Verslag

Vrijwilligers zijn vaak de eersten die merken dat iemand eenzaam is. Zij willen weten bij wie
ze terechtkunnen. Afgesproken: een overzicht van wie wat doet in de wijk, gemaakt door de
buurthuizen.
""",
        evaluations=6,
    ),
    DemoActivity(
        slug="congres-vijf-jaar-werkplaats-den-haag-leiden",
        title="Congres: vijf jaar Werkplaats Sociaal Domein Den Haag & Leiden",
        kind=Kind.CONGRESS,
        on=date(2024, 6, 20),
        start=time(13, 0),
        end=time(17, 0),
        description="""\
De werkplaats bestaat vijf jaar. Op dit congres kijken we terug op vijf jaar kenniscoproductie
en vooruit naar de vragen van morgen. Kies bij je aanmelding een werksessie.
""",
        place=HAAGSE_HOGESCHOOL,
        themes=("inclusie-en-participatie", "kenniscoproductie"),
        capacity=120,
        access=CONGRESS_ACCESS,
        demo_people=(
            "coordinator@example.org",
            "onderzoeker@example.org",
            "docent@example.org",
            "student@example.org",
            "beleidsmaker@example.org",
            "professional@example.org",
        ),
        people=64,
        cancelled_before=3,
        report="""\
## Verslag van het congres

Zo'n zestig deelnemers vierden vijf jaar werkplaats. In de opening bleek hoeveel er in vijf jaar
is gebeurd: leergemeenschappen, kenniscafés en lesmateriaal voor de opleidingen sociaal werk.

### Werksessies

- **Eenzaamheid en contact**: een vast gezicht bij de deur maakt verschil.
- **Samen onderzoek doen**: bewoners willen meedoen, maar in hun eigen tempo.
- **Van werkplaats naar opleiding**: studenten leren het meest in de praktijk.

### Hoe verder

De komende jaren staan inclusie en kenniscoproductie voorop. Een leergemeenschap over jongeren
en gezinnen is in voorbereiding.
""",
        evaluations=20,
        sessions=DHL_2024_CONGRESS_SESSIONS,
    ),
    DemoActivity(
        slug="eerste-kenniscafe-leiden",
        title="Kenniscafé in Leiden: samen kennis maken",
        kind=Kind.KENNISCAFE,
        on=date(2024, 9, 18),
        start=time(19, 30),
        end=time(21, 30),
        description="""\
Het eerste kenniscafé van de leergemeenschap Kenniscoproductie. Professionals en bewoners
praten in kleine groepen over één vraag uit de praktijk. Koffie en thee staan klaar.
""",
        place=BUURTHUIS,
        themes=("kenniscoproductie",),
        atelier="leergemeenschap-kenniscoproductie",
        capacity=25,
        access=STEP_FREE,
        demo_people=("onderzoeker@example.org", "professional@example.org", "bewoner@example.org"),
        people=18,
        report="""\
## Verslag

Drie tafels, drie gesprekken over de vraag hoe bewoners en professionals echt met elkaar in
gesprek gaan. Wat hielp: geen presentatie vooraf, een gespreksleider per tafel, en bewoners die
zelf een vraag mochten inbrengen.
""",
        evaluations=8,
    ),
    DemoActivity(
        slug="regionale-bijeenkomst-najaar-2024",
        title="Regionale bijeenkomst najaar 2024",
        kind=Kind.REGIONAL,
        on=date(2024, 10, 10),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Hoe staan de leergemeenschappen ervoor? En wat vragen gemeenten en partners van de werkplaats
voor volgend jaar?
""",
        place=HAAGSE_HOGESCHOOL,
        themes=("inclusie-en-participatie",),
        capacity=80,
        access=STEP_FREE,
        demo_people=("coordinator@example.org", "beleidsmaker@example.org"),
        people=34,
        report="""\
## Verslag

De gemeenten Den Haag en Leiden vroegen om meer aandacht voor jongeren en gezinnen. De werkplaats
onderzoekt of daar een nieuwe leergemeenschap voor kan komen.
""",
    ),
    DemoActivity(
        slug="themabijeenkomst-samen-kennis-maken",
        title="Themabijeenkomst Samen kennis maken met bewoners en professionals",
        kind=Kind.THEMATIC,
        on=date(2024, 11, 21),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Kenniscoproductie klinkt ingewikkeld, maar het gaat om samen leren. Hoe doe je dat met bewoners,
professionals, beleidsmakers en onderzoekers aan één tafel?
""",
        place=HOGESCHOOL_LEIDEN,
        themes=("kenniscoproductie",),
        capacity=50,
        access=STEP_FREE,
        demo_people=("onderzoeker@example.org", "docent@example.org"),
        people=26,
        report="""\
## Verslag

Deelnemers probeerden drie werkvormen uit: het kenniscafé, de casustafel en de wijkwandeling.
De wijkwandeling kreeg de meeste stemmen: je ziet en hoort meer dan in een zaal.
""",
    ),
    # 2025
    DemoActivity(
        slug="leergemeenschap-inclusie-welkom-in-het-buurthuis",
        title="Leergemeenschap Inclusie: wat maakt dat je je welkom voelt?",
        kind=Kind.ATELIER_SESSION,
        on=date(2025, 3, 12),
        start=time(10, 0),
        end=time(12, 0),
        description="""\
Een bijeenkomst van de leergemeenschap in het buurthuis. Bewoners zijn welkom als gast: wat
maakt dat jij je welkom voelt, en wat juist niet?
""",
        place=BUURTHUIS,
        themes=("inclusie-en-participatie",),
        atelier="leergemeenschap-inclusie-en-participatie",
        capacity=20,
        access=Access(notes="Het buurthuis is gelijkvloers. Neem gerust iemand mee."),
        demo_people=(
            "coordinator@example.org",
            "onderzoeker@example.org",
            "professional@example.org",
            "bewoner@example.org",
        ),
        people=10,
        absent=0.1,
        report="""\
## Verslag

Drie bewoners deden mee als gast. Een vast gezicht bij de deur en koffie zonder afspraak maken
veel verschil. Twee buurthuizen gaan een nieuwe manier van welkom heten uitproberen.
""",
    ),
    DemoActivity(
        slug="regionale-bijeenkomst-voorjaar-2025",
        title="Regionale bijeenkomst voorjaar 2025",
        kind=Kind.REGIONAL,
        on=date(2025, 3, 20),
        start=time(14, 0),
        end=time(17, 0),
        description="""\
Alle partners bespreken wat de werkplaats vorig jaar opleverde en wat dit jaar voorgaat.
""",
        place=HOGESCHOOL_LEIDEN,
        themes=("inclusie-en-participatie", "kenniscoproductie"),
        capacity=80,
        access=STEP_FREE,
        demo_people=("coordinator@example.org", "beleidsmaker@example.org", "docent@example.org"),
        people=41,
        cancelled_before=2,
        report="""\
## Verslag

Vorig jaar: twee leergemeenschappen, vier kenniscafés en een nieuwe module voor de opleiding
sociaal werk. Dit jaar gaan ervaringsdeskundigheid en de rol van het buurthuis voor.
""",
        evaluations=7,
    ),
    DemoActivity(
        slug="themabijeenkomst-ervaringsdeskundigen-in-het-wijkteam",
        title="Themabijeenkomst Ervaringsdeskundigen in het wijkteam",
        kind=Kind.THEMATIC,
        on=date(2025, 6, 5),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Steeds meer wijkteams werken met ervaringsdeskundigen. Wat levert dat op, en hoe voorkom je dat
zij overbelast raken?
""",
        place=WIJKCENTRUM_DEN_HAAG,
        themes=("inclusie-en-participatie",),
        capacity=50,
        access=FULL_ACCESS,
        demo_people=("bewoner@example.org", "professional@example.org"),
        people=29,
        report="""\
## Verslag

Ervaringsdeskundigen maken contact waar professionals dat niet lukt. Zij hebben wel een vaste
plek in het team nodig, een eigen begeleider en de ruimte om nee te zeggen.
""",
        evaluations=6,
    ),
    DemoActivity(
        slug="workshop-gesprekken-in-gewone-taal",
        title="Workshop: gesprekken in gewone taal",
        kind=Kind.WORKSHOP,
        on=date(2025, 9, 25),
        start=time(13, 30),
        end=time(16, 30),
        description="""\
Veel bewoners begrijpen brieven en gesprekken van instanties niet goed. In deze workshop oefen
je met uitleggen in gewone taal.
""",
        place=HAAGSE_HOGESCHOOL,
        themes=("inclusie-en-participatie",),
        capacity=20,
        access=STEP_FREE,
        demo_people=("professional@example.org", "student@example.org"),
        people=17,
        report="""\
## Verslag

Deelnemers herschreven een echte brief van de gemeente (zonder namen) in gewone taal. Korte
zinnen, één boodschap per alinea, en zeggen wat de bewoner moet doen.
""",
        evaluations=6,
    ),
    DemoActivity(
        slug="regionale-bijeenkomst-najaar-2025",
        title="Regionale bijeenkomst najaar 2025",
        kind=Kind.REGIONAL,
        on=date(2025, 10, 9),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
De partners kijken samen naar de kennisagenda: wat is klaar, wat loopt, wat komt erbij?
""",
        place=HAAGSE_HOGESCHOOL,
        themes=("kenniscoproductie",),
        capacity=80,
        access=STEP_FREE,
        demo_people=("coordinator@example.org", "onderzoeker@example.org"),
        people=36,
        report="""\
## Verslag

Jongeren en gezinnen komen als nieuw thema op de kennisagenda. De leergemeenschap daarover
begint eind 2026.
""",
    ),
    DemoActivity(
        slug="themabijeenkomst-jongeren-en-gezinnen",
        title="Themabijeenkomst Jongeren en gezinnen in kwetsbare situaties",
        kind=Kind.THEMATIC,
        on=date(2025, 11, 13),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Jongerenwerkers, wijkteams en ouders vertellen wat jongeren en gezinnen nodig hebben om mee te
doen. Wat weten we al, en wat willen we onderzoeken?
""",
        place=WIJKCENTRUM_DEN_HAAG,
        themes=("inclusie-en-participatie",),
        capacity=50,
        access=STEP_FREE,
        demo_people=("vrijwilliger@example.org",),
        people=27,
        report="""\
## Verslag

Ouders vroegen om één plek waar ze terechtkunnen. Jongerenwerkers zien jongeren afhaken als het
jongerenwerk in de zomer stopt. Beide vragen gaan naar de nieuwe leergemeenschap.
""",
    ),
    # 2026
    DemoActivity(
        slug="webinar-wetenschappelijke-reflectie",
        title="Webinar: wetenschappelijke reflectie op vragen uit de praktijk",
        kind=Kind.WEBINAR,
        on=date(2026, 2, 5),
        start=time(12, 0),
        end=time(13, 0),
        description="""\
Wat gebeurt er met een vraag die je inbrengt bij de werkplaats? Onderzoekers laten zien hoe zij
uitzoeken wat de wetenschap al weet, en wat je daaraan hebt in je werk.
""",
        online=meet("wsd-dhl-webinar-wetenschappelijke-reflectie"),
        themes=("kenniscoproductie",),
        demo_people=("onderzoeker@example.org", "docent@example.org"),
        people=35,
        absent=0.3,
        report="""\
## Verslag

Een lunchwebinar. Onderzoekers lieten aan de hand van één vraag zien hoe een reflectie tot stand
komt. Veel kijkers wisten niet dat ze zelf een vraag kunnen inbrengen.
""",
    ),
    DemoActivity(
        slug="regionale-bijeenkomst-voorjaar-2026",
        title="Regionale bijeenkomst voorjaar 2026",
        kind=Kind.REGIONAL,
        on=date(2026, 3, 19),
        start=time(14, 0),
        end=time(17, 0),
        description="""\
Alle partners komen samen. Wat deden de leergemeenschappen vorig jaar, en wat vraagt de regio
dit jaar van de werkplaats?
""",
        place=HOGESCHOOL_LEIDEN,
        themes=("inclusie-en-participatie", "kenniscoproductie"),
        capacity=80,
        access=STEP_FREE,
        demo_people=("coordinator@example.org", "beleidsmaker@example.org"),
        people=40,
        cancelled_before=2,
        report="""\
## Verslag

De partners zijn tevreden over de kenniscafés en willen er meer, ook in Den Haag. De
leergemeenschap over jongeren en gezinnen begint in december.
""",
        evaluations=6,
    ),
    DemoActivity(
        slug="actualiteitencollege-bestaanszekerheid-en-meedoen",
        title="Actualiteitencollege: bestaanszekerheid en meedoen",
        kind=Kind.LECTURE,
        on=date(2026, 4, 16),
        start=time(16, 0),
        end=time(17, 30),
        description="""\
Steeds meer bewoners hebben moeite om rond te komen. Wat betekent dat voor meedoen in de wijk,
en wat kunnen sociaal werkers doen? Een college met ruimte voor vragen.
""",
        place=HAAGSE_HOGESCHOOL,
        online=meet("wsd-dhl-actualiteitencollege-bestaanszekerheid"),
        themes=("inclusie-en-participatie",),
        capacity=100,
        access=Access(hearing_loop=True, notes="In de collegezaal is een ringleiding."),
        demo_people=("student@example.org", "docent@example.org"),
        people=48,
        report="""\
## Verslag

Geldzorgen maken dat mensen zich terugtrekken, ook uit het buurthuis. Sociaal werkers kunnen
helpen door drempels weg te nemen: gratis koffie, geen contributie, en vragen naar geld zonder
oordeel. Studenten nemen de vragen mee in hun afstudeeronderzoek.
""",
        presentation=Presentation(
            "actualiteitencollege-bestaanszekerheid.pdf",
            (
                ("Bestaanszekerheid en meedoen", ("Actualiteitencollege, april 2026",)),
                (
                    "Wat we weten",
                    (
                        "Geldzorgen kosten aandacht en energie",
                        "Wie weinig geld heeft, doet minder mee",
                        "Schaamte houdt mensen weg bij hulp",
                    ),
                ),
                (
                    "Wat je kunt doen",
                    (
                        "Drempels weghalen: gratis en zonder aanmelden",
                        "Vragen naar geld, zonder oordeel",
                    ),
                ),
            ),
        ),
    ),
    DemoActivity(
        slug="themabijeenkomst-het-buurthuis-als-plek-voor-iedereen",
        title="Themabijeenkomst Het buurthuis als plek voor iedereen",
        kind=Kind.THEMATIC,
        on=date(2026, 5, 21),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Hoe maken we het buurthuis een plek waar ook mensen met psychische kwetsbaarheid zich welkom
voelen? Met de uitkomsten van de leergemeenschap Inclusie en participatie.
""",
        place=BUURTHUIS,
        themes=("inclusie-en-participatie",),
        capacity=40,
        access=FULL_ACCESS,
        demo_people=("bewoner@example.org", "vrijwilliger@example.org", "professional@example.org"),
        people=26,
        report="""\
## Verslag

Twee buurthuizen vertelden over hun nieuwe manier van welkom heten. Een vast gezicht bij de
deur, een rustige hoek en activiteiten zonder aanmelding maken dat meer bewoners blijven
terugkomen.
""",
        evaluations=7,
    ),
    DemoActivity(
        slug="regionale-bijeenkomst-najaar-2026",
        title="Regionale bijeenkomst najaar 2026",
        kind=Kind.REGIONAL,
        on=date(2026, 10, 8),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
De partners bespreken de plannen voor volgend jaar en het congres van de werkplaats.
""",
        place=HAAGSE_HOGESCHOOL,
        themes=("inclusie-en-participatie", "kenniscoproductie"),
        capacity=80,
        access=STEP_FREE,
        demo_people=("coordinator@example.org", "onderzoeker@example.org"),
        people=37,
        report="""\
## Verslag

Afgesproken: een congres van de werkplaats in het voorjaar, en meer kenniscafés in Den Haag. Het
verslag van de werksessies volgt.
""",
    ),
    DemoActivity(
        slug="themabijeenkomst-kenniscoproductie-in-het-onderwijs",
        title="Themabijeenkomst Kenniscoproductie in het onderwijs",
        kind=Kind.THEMATIC,
        on=date(2026, 11, 12),
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Docenten en studenten sociaal werk vertellen hoe zij werken met vragen uit de praktijk. Hoe komt
wat de werkplaats leert in de lessen terecht?
""",
        place=HOGESCHOOL_LEIDEN,
        themes=("kenniscoproductie",),
        capacity=50,
        access=STEP_FREE,
        demo_people=("docent@example.org", "student@example.org"),
        people=24,
        # No report yet: the organiser is still writing it.
    ),
    # Upcoming: days from today.
    DemoActivity(
        slug="kenniscafe-eenzaamheid-en-contact",
        title="Kenniscafé: eenzaamheid en contact in de wijk",
        kind=Kind.KENNISCAFE,
        on=6,
        start=time(19, 30),
        end=time(21, 30),
        description="""\
Een avond in het buurthuis over eenzaamheid. Bewoners, vrijwilligers en professionals praten in
kleine groepen: wat helpt om contact te maken? Koffie en thee staan klaar.
""",
        place=BUURTHUIS,
        themes=("inclusie-en-participatie",),
        capacity=15,
        access=Access(notes="Het buurthuis is gelijkvloers. Neem gerust iemand mee."),
        demo_people=(
            "bewoner@example.org",
            "vrijwilliger@example.org",
            "professional@example.org",
        ),
        people=16,  # more than the places: the last ones are on the waiting list
        one_cancels=True,
        needs=("Ik gebruik een rollator.", "Vegetarisch, graag."),
    ),
    DemoActivity(
        slug="startbijeenkomst-leergemeenschap-jongeren-en-gezinnen",
        title="Startbijeenkomst leergemeenschap Jongeren en gezinnen",
        kind=Kind.ATELIER_SESSION,
        on=9,
        start=time(15, 0),
        end=time(17, 0),
        description="""\
De nieuwe leergemeenschap begint. Jongerenwerkers, wijkteams, ouders, docenten en studenten
kiezen samen de eerste vragen.
""",
        place=WIJKCENTRUM_DEN_HAAG,
        themes=("inclusie-en-participatie",),
        atelier="leergemeenschap-jongeren-en-gezinnen",
        capacity=25,
        access=STEP_FREE,
        demo_people=("docent@example.org", "student@example.org"),
        people=9,
    ),
    DemoActivity(
        slug="webinar-kenniscoproductie-hoe-doe-je-dat",
        title="Webinar: kenniscoproductie, hoe doe je dat?",
        kind=Kind.WEBINAR,
        on=13,
        start=time(12, 0),
        end=time(13, 0),
        description="""\
In een uur: wat is kenniscoproductie, en hoe begin je ermee in je eigen organisatie? Met
voorbeelden uit de leergemeenschap Kenniscoproductie. Je krijgt de link na je aanmelding.
""",
        online=meet("wsd-dhl-webinar-kenniscoproductie"),
        themes=("kenniscoproductie",),
        demo_people=("beleidsmaker@example.org", "docent@example.org"),
        people=22,
    ),
    DemoActivity(
        slug="workshop-schrijven-in-gewone-taal",
        title="Workshop: schrijven in gewone taal",
        kind=Kind.WORKSHOP,
        on=20,
        start=time(13, 30),
        end=time(16, 30),
        description="""\
Een vervolg op de workshop gesprekken in gewone taal: nu oefen je met brieven en berichten
aan bewoners.
""",
        place=HAAGSE_HOGESCHOOL,
        themes=("inclusie-en-participatie",),
        capacity=20,
        access=STEP_FREE,
        demo_people=("professional@example.org",),
        people=7,
        cancel_reason="De trainer is ziek geworden. We zoeken een nieuwe datum en laten het je "
        "weten. Je hoeft niets te doen.",
    ),
    DemoActivity(
        slug="workshop-voor-leden-van-praktijkvraag-naar-onderzoeksvraag",
        title="Workshop voor leden: van praktijkvraag naar onderzoeksvraag",
        kind=Kind.WORKSHOP,
        on=27,
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Alleen voor leden van de werkplaats. Je neemt een vraag uit je eigen werk mee, en samen met een
onderzoeker maak je er een vraag van die de werkplaats kan oppakken.
""",
        place=HOGESCHOOL_LEIDEN,
        themes=("kenniscoproductie",),
        capacity=12,
        audience=Activity.Audience.MEMBERS,
        access=STEP_FREE,
        demo_people=(
            "professional@example.org",
            "docent@example.org",
            "student@example.org",
            "beleidsmaker@example.org",
        ),
    ),
    DemoActivity(
        slug="regionale-bijeenkomst-kennisagenda-bijstellen",
        title="Regionale bijeenkomst: samen de kennisagenda bijstellen",
        kind=Kind.REGIONAL,
        on=35,
        start=time(14, 0),
        end=time(17, 0),
        description="""\
Alle partners van de werkplaats komen samen. Welke vragen uit de praktijk zijn er bijgekomen, en
welke thema's gaan het komende jaar voor?
""",
        place=HOGESCHOOL_LEIDEN,
        themes=("inclusie-en-participatie", "kenniscoproductie"),
        capacity=80,
        access=Access(
            hearing_loop=True,
            notes="De zaal is met de lift bereikbaar en heeft een ringleiding.",
        ),
        demo_people=(
            "beleidsmaker@example.org",
            "onderzoeker@example.org",
            "professional@example.org",
        ),
        people=26,
        needs=("Ik hoor slecht; graag een plek vooraan.",),
    ),
    DemoActivity(
        slug="themabijeenkomst-meedoen-in-de-wijk-wat-werkt-voor-wie",
        title="Themabijeenkomst Meedoen in de wijk: wat werkt voor wie?",
        kind=Kind.THEMATIC,
        on=48,
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Wat helpt bewoners in kwetsbare situaties om mee te doen in hun wijk? Bewoners,
ervaringsdeskundigen en professionals delen wat werkt, en wat niet.
""",
        place=WIJKCENTRUM_DEN_HAAG,
        themes=("inclusie-en-participatie",),
        capacity=50,
        access=FULL_ACCESS,
        demo_people=("bewoner@example.org", "vrijwilliger@example.org"),
        people=18,
        needs=("Ik kom met mijn hulphond.",),
    ),
    DemoActivity(
        slug="actualiteitencollege-zorgen-om-bestaanszekerheid",
        title="Actualiteitencollege: zorgen om bestaanszekerheid in de regio",
        kind=Kind.LECTURE,
        on=62,
        start=time(16, 0),
        end=time(17, 30),
        description="""\
Een vervolg op het college van april: wat zien wijkteams en schuldhulp nu in Den Haag en Leiden,
en wat zegt het onderzoek? Met ruimte voor vragen.
""",
        place=HAAGSE_HOGESCHOOL,
        online=meet("wsd-dhl-actualiteitencollege-bestaanszekerheid-2"),
        themes=("inclusie-en-participatie",),
        capacity=100,
        access=Access(hearing_loop=True, notes="In de collegezaal is een ringleiding."),
        demo_people=("student@example.org",),
        people=15,
    ),
    DemoActivity(
        slug="themabijeenkomst-bewoners-als-mede-onderzoekers",
        title="Themabijeenkomst Kenniscoproductie: bewoners als mede-onderzoekers",
        kind=Kind.THEMATIC,
        on=76,
        start=time(14, 0),
        end=time(16, 30),
        description="""\
Bewoners die meedoen aan onderzoek over hun eigen wijk: hoe regel je dat goed? Over tijd,
vergoeding, privacy en wie de uitkomsten mag gebruiken.
""",
        place=HOGESCHOOL_LEIDEN,
        themes=("kenniscoproductie",),
        capacity=50,
        access=STEP_FREE,
        demo_people=("onderzoeker@example.org",),
        people=12,
    ),
    DemoActivity(
        slug="regionale-bijeenkomst-wat-hebben-we-geleerd",
        title="Regionale bijeenkomst: wat hebben we dit halfjaar geleerd?",
        kind=Kind.REGIONAL,
        on=97,
        start=time(14, 0),
        end=time(16, 30),
        description="""\
De leergemeenschappen vertellen wat zij het afgelopen halfjaar leerden. Daarna bespreken we wat
dat betekent voor het werk van de partners.
""",
        place=HAAGSE_HOGESCHOOL,
        themes=("inclusie-en-participatie", "kenniscoproductie"),
        capacity=80,
        access=STEP_FREE,
        people=8,
    ),
    DemoActivity(
        slug="congres-werkplaats-den-haag-leiden-samen-kennis-maken",
        title="Congres Werkplaats Sociaal Domein Den Haag & Leiden: samen kennis maken",
        kind=Kind.CONGRESS,
        on=125,
        start=time(9, 30),
        end=time(15, 30),
        description="""\
Het congres van de werkplaats: de leergemeenschappen delen wat zij leerden over inclusie,
participatie en samen kennis maken. Kies bij je aanmelding een werksessie in de ochtend en een
in de middag. Aanmelden kan binnenkort.
""",
        place=HAAGSE_HOGESCHOOL,
        themes=("inclusie-en-participatie", "kenniscoproductie"),
        capacity=150,
        access=CONGRESS_ACCESS,
        sessions=DHL_UPCOMING_CONGRESS_SESSIONS,
        registration_opens_in=21,
    ),
]

ACTIVITIES = {"noord-holland": NOORD_HOLLAND, "den-haag-leiden": DEN_HAAG_LEIDEN}


# ---------------------------------------------------------------------------------------------
# Made-up participants
# ---------------------------------------------------------------------------------------------

FIRST_NAMES = (
    "Anouk", "Bram", "Chantal", "Daan", "Esra", "Fleur", "Gijs", "Hanneke", "Ilse", "Jeroen",
    "Karim", "Lotte", "Marloes", "Omar", "Petra", "Quinten", "Rachida", "Sander", "Tess", "Umut",
    "Willem", "Yara", "Zeynep", "Ahmed", "Bianca", "Coen", "Dewi", "Emre", "Femke", "Guus",
    "Hatice", "Ivo", "Joyce", "Kees", "Lieke", "Mohamed", "Nienke", "Ruben", "Saskia", "Thijs",
)  # fmt: skip
# Plainly invented, so nobody mistakes a demo participant for a real person.
SURNAMES = (
    "Voorbeeld", "Proefstra", "Oefenaar", "Denkbeeld", "Verzinsel", "Bedenker", "Fictiehuis",
    "Schetsma", "Droomdijk", "Uitgedacht", "Probeersma", "Testerink", "Demokamp", "Naamloos",
    "Verbeelding", "Ontwerp",
)  # fmt: skip
POOL_SIZE = 110  # per werkplaats; the two pools do not overlap

# What the made-up participants of each werkplaats do: (organisation slug or name, role),
# given out in turn. Slugs are the werkplaats's partners (network.demo.ORGANISATIONS), so
# attendance can name the partner organisations that were present; names are organisations
# that are not partners, made up.
PROFILES = {
    "noord-holland": (
        ("gemeente-haarlem", Role.POLICY_MAKER),
        ("dock", Role.PROFESSIONAL),
        ("haarlem-effect", Role.PROFESSIONAL),
        ("hogeschool-inholland", Role.STUDENT),
        ("lectoraat-empowerment-en-professionalisering", Role.RESEARCHER),
        ("gemeente-alkmaar", Role.POLICY_MAKER),
        ("mee-de-wering", Role.PROFESSIONAL),
        ("", Role.RESIDENT),
        ("ijmond-werkt", Role.PROFESSIONAL),
        ("gemeente-hollands-kroon", Role.PROFESSIONAL),
        ("hogeschool-inholland", Role.LECTURER),
        ("gemeente-schagen", Role.POLICY_MAKER),
        ("Buurtvereniging De Oefenhoek", Role.VOLUNTEER),
        ("gemeente-den-helder", Role.PROFESSIONAL),
        ("gemeente-texel", Role.PROFESSIONAL),
        ("movisie", Role.RESEARCHER),
        ("kennisplatform-sociaal-domein-noord-holland", Role.OTHER),
        ("hogeschool-inholland", Role.STUDENT),
        ("Stichting Welzijn Voorbeeldstad", Role.PROFESSIONAL),
        ("dock", Role.PROFESSIONAL),
        ("adsysco", Role.OTHER),
        ("", Role.VOLUNTEER),
    ),
    "den-haag-leiden": (
        ("gemeente-den-haag", Role.POLICY_MAKER),
        ("gemeente-leiden", Role.PROFESSIONAL),
        ("hogeschool-leiden", Role.STUDENT),
        ("de-haagse-hogeschool", Role.LECTURER),
        ("lectoraat-sociale-innovatie", Role.RESEARCHER),
        ("", Role.RESIDENT),
        ("Stichting Welzijn Voorbeeldstad", Role.PROFESSIONAL),
        ("gemeente-leiden", Role.POLICY_MAKER),
        ("de-haagse-hogeschool", Role.STUDENT),
        ("Buurthuis De Voorbeeldhoek", Role.VOLUNTEER),
        ("gemeente-den-haag", Role.PROFESSIONAL),
        ("Zorgcoöperatie De Proeftuin", Role.PROFESSIONAL),
        ("hogeschool-leiden", Role.LECTURER),
        ("", Role.VOLUNTEER),
    ),
}

USEFULNESS = (2, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5)  # drawn from, so most say useful
APPLIED = (
    "Ik ga vaker vragen wat bewoners zelf willen, voordat ik iets voorstel.",
    "De werkvorm van vandaag gebruik ik in ons teamoverleg.",
    "Ik neem contact op met het wijkteam om samen op te trekken.",
    "De literatuur die genoemd werd ga ik lezen en delen met mijn collega's.",
    "Meer buiten afspreken, niet alleen op kantoor.",
    "Ik ga de handreiking gebruiken bij nieuwe collega's.",
    "Bewoners eerder aan tafel vragen, niet pas aan het eind.",
    "De vragen uit mijn groep neem ik mee naar mijn team.",
    "",
)
MISSED = (
    "Meer tijd voor vragen.",
    "Ik had graag meer bewoners aan tafel gehad.",
    "",
    "De presentatie vooraf, dan had ik me beter kunnen voorbereiden.",
    "Voorbeelden uit kleine gemeenten.",
    "",
    "Een pauze tussendoor.",
    "",
)


def _pool(werkplaats_slug: str) -> list[tuple[str, str]]:
    """(name, e-mail) of the made-up people of a werkplaats, the same on every run."""
    people = list(product(FIRST_NAMES, SURNAMES))
    random.Random("werkplaats demo people").shuffle(people)
    offset = 0 if werkplaats_slug == "noord-holland" else POOL_SIZE
    return [
        (f"{first} {last}", f"{slugify(first)}.{slugify(last)}@example.org")
        for first, last in people[offset : offset + POOL_SIZE]
    ]


@dataclass
class Person:
    name: str
    email: str
    organisation: str
    role: str
    user: User | None = None


# ---------------------------------------------------------------------------------------------
# A small PDF for the presentations
# ---------------------------------------------------------------------------------------------


def presentation_pdf(title: str, slides) -> bytes:
    """A PDF with one landscape page per slide (heading and bullets), in Helvetica.

    Small and made here, so the demo needs no PDF library and no files of its own.
    """

    def text(value: str) -> bytes:
        encoded = value.encode("cp1252", "replace")
        return encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    pages = len(slides)
    first_page = 5  # objects 1-4: catalog, page tree, font, document information
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + text(title) + b") /Producer (Werkplaats demo) >>",
    ]
    for number, (heading, bullets) in enumerate(slides):
        lines = [b"BT /F1 26 Tf 60 500 Td (" + text(heading) + b") Tj ET"]
        for row, line in enumerate(bullets):
            shown = line if number == 0 else f"• {line}"  # the title slide has a subtitle
            lines.append(b"BT /F1 18 Tf 80 %d Td (" % (430 - 40 * row) + text(shown) + b") Tj ET")
        stream = b"\n".join(lines)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % (first_page + 2 * number + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n" % xref + b"%%EOF\n"
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def load_activities_demo(*, count: Count = _no_count) -> None:
    """Create the demo activities with their programmes, registrations and aftermath."""
    with tasks_held_back(activities_tasks, MAIL_TASKS):
        _Loader(count).load()


def _moment(on: date | int, at: time) -> datetime:
    day = on if isinstance(on, date) else timezone.localdate() + timedelta(days=on)
    return timezone.make_aware(datetime.combine(day, at))


def _fields(spec: DemoActivity) -> dict:
    """What an existing activity gets refreshed on a second run: text, not time or place."""
    access = spec.access or Access(step_free=False)
    return {
        "title": spec.title,
        "description": spec.description,
        "step_free": access.step_free,
        "hearing_loop": access.hearing_loop,
        "interpreter": access.interpreter,
        "accessibility_notes": access.notes,
    }


class _Loader:
    def __init__(self, count: Count):
        self.count = count
        self.now = timezone.now()
        self.users = {
            user.email: user for user in User.objects.filter(email__endswith="@example.org")
        }
        self.werkplaatsen = {w.slug: w for w in Werkplaats.objects.filter(slug__in=ACTIVITIES)}
        self.themes = {theme.slug: theme for theme in Theme.objects.all()}
        self.organisations = {o.slug: o for o in Organisation.objects.all()}
        self.organisations_by_name = {o.name: o for o in self.organisations.values()}
        self.people = {slug: self._people(slug) for slug in ACTIVITIES}
        self.demo_people = self._demo_people()

    def _people(self, werkplaats_slug: str) -> list[Person]:
        profiles = PROFILES[werkplaats_slug]
        people = []
        for number, (name, email) in enumerate(_pool(werkplaats_slug)):
            organisation, role = profiles[number % len(profiles)]
            if organisation in self.organisations:
                organisation = self.organisations[organisation].name
            people.append(Person(name, email, organisation, role))
        return people

    def _demo_people(self) -> dict[str, Person]:
        """The demo logins as participants, with the organisation and role of their membership."""
        people = {}
        memberships = Membership.objects.filter(user__email__endswith="@example.org")
        for membership in memberships.select_related("user", "organisation"):
            user = membership.user
            organisation = membership.organisation.name if membership.organisation else ""
            # The same names in both lists, except the coordinator, who takes part as "other".
            role = getattr(Role, MembershipRole(membership.role).name, Role.OTHER)
            people[user.email] = Person(user.name, user.email, organisation, role, user)
        return people

    def load(self) -> None:
        for werkplaats_slug, specs in ACTIVITIES.items():
            werkplaats = self.werkplaatsen[werkplaats_slug]
            organiser = self.users[COORDINATORS[werkplaats_slug]]
            for spec in specs:
                self._load_one(werkplaats, organiser, spec)

    def _relations(self, werkplaats: Werkplaats, spec: DemoActivity) -> dict:
        return {
            "themes": [self.themes[slug] for slug in spec.themes],
            "co_organisers": [self.werkplaatsen[slug] for slug in spec.co_organisers],
        }

    def _load_one(self, werkplaats: Werkplaats, organiser, spec: DemoActivity) -> None:
        relations = self._relations(werkplaats, spec)
        activity = Activity.objects.filter(werkplaats=werkplaats, slug=spec.slug).first()
        self.count("activities", activity is None)
        if activity is not None:
            # Keep the text current; dates, people and what happened are left as they are.
            Activity.objects.filter(pk=activity.pk).update(**_fields(spec))
            for name, values in relations.items():
                getattr(activity, name).add(*values)
            return

        start, end = _moment(spec.on, spec.start), _moment(spec.on, spec.end)
        past = end <= self.now
        if past != isinstance(spec.on, date):
            raise ValueError(f"{spec.slug}: give past activities a date, upcoming ones days.")
        activity = Activity(
            werkplaats=werkplaats,
            slug=spec.slug,
            kind=spec.kind,
            start=start,
            end=end,
            location_name=spec.place[0],
            address=spec.place[1],
            online_url=spec.online,
            capacity=spec.capacity,
            audience=spec.audience,
            atelier=(
                Atelier.objects.get(werkplaats=werkplaats, slug=spec.atelier)
                if spec.atelier
                else None
            ),
            registration_opens=(
                _moment(spec.registration_opens_in, time(9, 0))
                if spec.registration_opens_in is not None
                else None
            ),
            **_fields(spec),
        )
        if past and spec.cancel_reason:
            # activity_cancel refuses what has taken place; this one was cancelled back then.
            activity.status = Activity.Status.CANCELLED
            activity.cancel_reason = spec.cancel_reason
        activity = services.activity_save(actor=organiser, activity=activity, relations=relations)

        sessions = []
        for session in spec.sessions:
            sessions.append(
                services.session_save(
                    actor=organiser,
                    session=ProgrammeSession(
                        activity=activity,
                        title=session.title,
                        start=_moment(spec.on, session.start),
                        end=_moment(spec.on, session.end),
                        room=session.room,
                        speakers=session.speakers,
                        description=session.description,
                        capacity=session.capacity,
                    ),
                )
            )
            self.count("programme sessions", True)

        rng = random.Random(spec.slug)
        people = [self.demo_people[email] for email in spec.demo_people]
        pool = [p for slug in (werkplaats.slug, *spec.co_organisers) for p in self.people[slug]]
        people += rng.sample(pool, spec.people)
        if past:
            self._past(activity, organiser, spec, people, sessions, rng)
        else:
            self._upcoming(activity, organiser, spec, people)

    # Past activities -----------------------------------------------------------------------

    def _past(self, activity, organiser, spec, people, sessions, rng) -> None:
        # registration_create refuses activities that have started, so the registrations of
        # past activities are written as rows: what registration_create would have left.
        rows = [
            Registration(
                activity=activity,
                user=person.user,
                name=person.name,
                email=person.email,
                organisation=person.organisation,
                role=person.role,
                state=Registration.State.REGISTERED,
            )
            for person in people
        ]
        # Some cancelled before the day (never a demo login, who came).
        for row in rng.sample(rows[len(spec.demo_people) :], spec.cancelled_before):
            row.state = Registration.State.CANCELLED
            row.cancelled_at = activity.start - timedelta(days=rng.randint(1, 6))
        Registration.objects.bulk_create(rows)
        for _ in rows:
            self.count("registrations", True)
        registered = [r for r in rows if r.state == Registration.State.REGISTERED]
        self._choose_sessions(registered, sessions, spec, rng)

        if activity.status != Activity.Status.CANCELLED:
            # Attendance, report, presentation and evaluations as the organiser records them.
            others = registered[len(spec.demo_people) :]
            absent = set(rng.sample(others, round(len(registered) * spec.absent)))
            present = [r for r in registered if r not in absent]
            organisations = {r.organisation for r in present if r.organisation}
            partners = [
                self.organisations_by_name[name]
                for name in organisations
                if name in self.organisations_by_name
            ]
            not_partners = sorted(organisations - set(self.organisations_by_name))
            activity = services.attendance_record(
                actor=organiser,
                activity=activity,
                present_ids=[r.pk for r in present],
                organisations=partners,
                other_organisations="\n".join(not_partners),
            )
            if spec.report:
                services.report_save(actor=organiser, activity=activity, report=spec.report)
            if spec.presentation:
                self._add_presentation(activity, organiser, spec.presentation)
            for number, registration in enumerate(rng.sample(present, spec.evaluations)):
                services.evaluation_submit(
                    registration=registration,
                    usefulness=rng.choice(USEFULNESS),
                    applied=rng.choice(APPLIED),
                    missed=rng.choice(MISSED),
                    anonymous=number % 5 != 4,  # one in five gives their name
                )
                self.count("evaluations", True)

        # Back-date the records, and leave the marks of the recurring jobs (activity_jobs),
        # which would otherwise remind, ask for evaluations and erase needs now.
        Registration.objects.filter(activity=activity).update(
            created=activity.start - timedelta(days=21)
        )
        activity.evaluations.update(created=activity.end + timedelta(days=2))
        held = activity.status == Activity.Status.HELD
        Activity.objects.filter(pk=activity.pk).update(
            created=activity.start - timedelta(days=42),
            reminders_sent_at=activity.start - timedelta(days=1) if held else None,
            evaluations_sent_at=activity.end + timedelta(hours=1) if held else None,
            needs_erased_at=activity.end + timedelta(hours=1),
        )

    def _choose_sessions(self, registered, sessions, spec: DemoActivity, rng) -> None:
        """Everyone follows the plenary parts and one parallel session in each round."""
        if not sessions:
            return
        Through = Registration.sessions.through
        parts = list(zip(sessions, spec.sessions, strict=True))
        plenary = [session for session, part in parts if part.round == 0]
        rounds = {}
        for session, part in parts:
            if part.round:
                rounds.setdefault(part.round, []).append(session)
        taken = dict.fromkeys((session.pk for session in sessions), 0)
        links = []
        for registration in registered:
            chosen = list(plenary)
            for parallel in rounds.values():
                free = [s for s in parallel if s.capacity is None or taken[s.pk] < s.capacity]
                chosen.append(rng.choice(free))
            for session in chosen:
                taken[session.pk] += 1
                links.append(Through(registration_id=registration.pk, programmesession=session))
        Through.objects.bulk_create(links)

    def _add_presentation(self, activity, organiser, presentation: Presentation) -> None:
        upload = SimpleUploadedFile(
            presentation.name,
            presentation_pdf(presentation.slides[0][0], presentation.slides),
            content_type="application/pdf",
        )
        services.activity_file_add(actor=organiser, activity=activity, upload=upload)
        self.count("presentations", True)

    # Upcoming activities -------------------------------------------------------------------

    def _upcoming(self, activity, organiser, spec, people) -> None:
        if spec.registration_opens_in is None:
            registrations = []
            for number, person in enumerate(people):
                registrations.append(
                    services.registration_create(
                        activity=activity,
                        name=person.name,
                        email=person.email,
                        role=person.role,
                        organisation=person.organisation,
                        needs=spec.needs[number] if number < len(spec.needs) else "",
                        user=person.user,
                    )
                )
                self.count("registrations", True)
            if spec.one_cancels:
                # Somebody with a place cancels by their link; the first waiting moves up.
                services.registration_cancel(registration=registrations[-spec.people])
        if spec.cancel_reason:
            services.activity_cancel(actor=organiser, activity=activity, reason=spec.cancel_reason)
