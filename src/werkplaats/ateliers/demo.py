"""Demo leerateliers and learning communities for both werkplaatsen.

Called from :func:`werkplaats.network.demo.load_demo` after the agendas and questions
exist. The ten Noord-Holland ateliers are the ones the Inholland page in ``shared/seeds/``
lists (2020 to 2022, all completed); the Den Haag & Leiden learning communities follow the
goal and approach on the Hogeschool Leiden page (inclusie en participatie, kenniscoproductie).
Descriptions and phase accounts are written for the demo, in plain Dutch. People are the
demo people of ``network.demo.MEMBERS``; guests and the student have made-up first names
and addresses on example.org. No real people's names or contact details.

Everything goes through ``ateliers.services`` (``atelier_save``, ``atelier_move_phase``,
``member_add``, ``member_request``, ``log_entry_add``, ``student_place_save``,
``student_apply``), so the ateliers get real phase history and audit entries.

**Mail.** ``member_request`` and ``student_apply`` enqueue e-mail on commit. As in
``questions/demo.py``, the demo holds it back: for the length of the demo the mail tasks
the services look up in ``ateliers.tasks`` are stand-ins that enqueue nothing.

Loading is idempotent: an atelier is found by (werkplaats, slug). An existing one gets its
descriptive fields refreshed (without an audit entry) and its links added, never reset; its
phases, members, logbook and student places are only made when they are missing, so a
second run writes no new rows and no new audit entries.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from werkplaats.accounts.models import User
from werkplaats.agenda.models import AgendaTheme
from werkplaats.ateliers import services
from werkplaats.ateliers import tasks as ateliers_tasks
from werkplaats.ateliers.models import (
    Atelier,
    AtelierMember,
    AtelierRole,
    LogEntry,
    Phase,
    StudentApplication,
    StudentPlace,
)
from werkplaats.lib.held_back import tasks_held_back
from werkplaats.network.models import Organisation, Theme, Werkplaats
from werkplaats.questions.models import Question

Kind = Atelier.Kind
Status = Atelier.Status
Count = Callable[[str, bool], None]

# Who creates the ateliers of each werkplaats and adds their members (network.demo.MEMBERS).
COORDINATORS = {
    "den-haag-leiden": "coordinator@example.org",
    "noord-holland": "coordinator-nh@example.org",
}


def _no_count(label: str, created: bool) -> None:
    pass


@dataclass(frozen=True)
class Move:
    """The atelier enters ``phase`` on ``on``; ``account`` says what happened."""

    phase: str
    on: date
    account: str


@dataclass(frozen=True)
class DemoAtelier:
    slug: str
    title: str
    kind: str
    status: str
    period_start: date
    period_end: date | None
    places: str
    description: str
    themes: tuple[str, ...]
    partners: tuple[str, ...]  # organisation slugs (network.demo.ORGANISATIONS)
    moves: tuple[Move, ...] = ()
    questions: tuple[str, ...] = ()  # titles of questions of the same werkplaats
    agenda_themes: tuple[str, ...] = ()  # titles of agenda themes of the same werkplaats
    members: tuple[tuple[str, str], ...] = ()  # (e-mail, atelier role)


NH_LEAD = ("onderzoeker-nh@example.org", AtelierRole.TREKKER)

NOORD_HOLLAND = [
    DemoAtelier(
        slug="integraal-en-wijkgericht-werken-k4",
        title="Leertraject Integraal en wijkgericht werken in de K4",
        kind=Kind.LEERTRAJECT,
        status=Status.COMPLETED,
        period_start=date(2020, 2, 1),
        period_end=date(2022, 6, 30),
        places="Schagen, Den Helder, Hollands Kroon en Texel",
        description="""\
De gemeenten Schagen, Den Helder, Hollands Kroon en Texel (de K4) willen meer integraal en
wijkgericht werken. In dit leertraject leren sociale teams, beleidsmakers en partners van
elkaar: hoe werk je samen over de grenzen van je organisatie heen, dichtbij bewoners?
""",
        themes=("integraal-en-wijkgericht-werken",),
        partners=(
            "gemeente-schagen",
            "gemeente-den-helder",
            "gemeente-hollands-kroon",
            "gemeente-texel",
            "lectoraat-empowerment-en-professionalisering",
        ),
        moves=(
            Move(
                Phase.COLLECT,
                date(2020, 5, 1),
                "We hebben met elk sociaal team gesproken. Ieder team werkt op een eigen manier.",
            ),
            Move(
                Phase.DEEPEN,
                date(2020, 11, 1),
                "We zochten uit wat de teams al samen doen en waar het schuurt.",
            ),
            Move(
                Phase.RENEW,
                date(2021, 6, 1),
                "De teams probeerden een gezamenlijk wijkoverleg uit, eerst op Texel.",
            ),
            Move(
                Phase.SPREAD,
                date(2022, 3, 1),
                "We schreven een handreiking en deelden die op een regionale bijeenkomst.",
            ),
        ),
        questions=(
            "Hoe maken de K4-gemeenten samen afspraken over wijkgericht werken, zonder dat "
            "elke gemeente haar eigen aanpak kwijtraakt?",
            "Hoe kunnen vrijwilligers op Texel beter samenwerken met het sociaal team?",
        ),
        agenda_themes=("Integraal en wijkgericht werken in de Kop van Noord-Holland",),
        members=(NH_LEAD,),
    ),
    DemoAtelier(
        slug="gevolgen-van-covid-19",
        title="Leeratelier Gevolgen van covid-19",
        kind=Kind.LEERATELIER,
        status=Status.COMPLETED,
        period_start=date(2020, 6, 1),
        period_end=date(2021, 12, 31),
        places="Haarlem",
        description="""\
Samen met DOCK en Haarlem Effect onderzochten we wat de coronacrisis betekende voor
bewoners en voor sociaal werkers. Wat deden professionals anders, en wat willen ze houden?
""",
        themes=("gevolgen-van-covid-19",),
        partners=("dock", "haarlem-effect"),
        moves=(
            Move(
                Phase.COLLECT,
                date(2020, 9, 1),
                "Sociaal werkers hielden een logboek bij over hun werk in de lockdown.",
            ),
            Move(
                Phase.DEEPEN,
                date(2021, 2, 1),
                "We bespraken de logboeken in kleine groepen. Eenzaamheid kwam steeds terug.",
            ),
            Move(
                Phase.SPREAD,
                date(2021, 10, 1),
                "We deelden de lessen in een actualiteitencollege en een artikel.",
            ),
        ),
        questions=("Wat heeft de lockdown gedaan met jongeren die al weinig contact hadden?",),
        agenda_themes=("Gevolgen van covid-19",),
        members=(NH_LEAD, ("professional-nh@example.org", AtelierRole.PROFESSIONAL)),
    ),
    DemoAtelier(
        slug="sociale-reflexiviteit",
        title="Leeratelier Sociale reflexiviteit",
        kind=Kind.LEERATELIER,
        status=Status.COMPLETED,
        period_start=date(2020, 3, 1),
        period_end=date(2022, 2, 28),
        places="Haarlem",
        description="""\
Onderzoek naar het bewust sociaal handelen van sociaal professionals. Hoe sta je stil bij
wat je doet, en waarom? En hoe neem je de sociale context van bewoners daarin mee?
""",
        themes=("sociale-reflexiviteit",),
        partners=("lectoraat-empowerment-en-professionalisering", "hogeschool-inholland"),
        moves=(
            Move(
                Phase.COLLECT,
                date(2020, 9, 15),
                "Professionals brachten casussen in waarover ze twijfelden.",
            ),
            Move(
                Phase.DEEPEN,
                date(2021, 3, 1),
                "We legden de casussen naast wat de literatuur zegt over reflexiviteit.",
            ),
        ),
        agenda_themes=("Invloed en reflexiviteit van sociaal professionals",),
        members=(NH_LEAD,),
    ),
    DemoAtelier(
        slug="uitvoering-participatiewet-ijmond-werkt",
        title="Leeratelier Uitvoering van de Participatiewet door IJmond Werkt!",
        kind=Kind.LEERATELIER,
        status=Status.COMPLETED,
        period_start=date(2020, 9, 1),
        period_end=date(2022, 8, 31),
        places="IJmond",
        description="""\
IJmond Werkt! voert de Participatiewet uit. In dit leeratelier keken we samen naar de
begeleiding naar werk: wat helpt mensen echt om mee te doen?
""",
        themes=("participatiewet",),
        partners=("ijmond-werkt",),
        moves=(
            Move(
                Phase.COLLECT,
                date(2021, 1, 1),
                "We spraken met klantmanagers en met mensen in de bijstand.",
            ),
            Move(
                Phase.DEEPEN,
                date(2021, 9, 1),
                "We zochten uit wat een goede match tussen persoon en werk maakt.",
            ),
            Move(
                Phase.COLLECT,
                date(2022, 1, 15),
                "Terug naar verzamelen: we hadden te weinig verhalen van werkgevers.",
            ),
        ),
        questions=("Hoe begeleiden we mensen in de bijstand naar werk dat echt bij hen past?",),
        agenda_themes=("Meedoen via werk: de Participatiewet in de praktijk",),
        members=(NH_LEAD,),
    ),
    DemoAtelier(
        slug="verbetertraject-toegang-hollands-kroon",
        title="Verbetertraject Toegang Hollands Kroon",
        kind=Kind.VERBETERTRAJECT,
        status=Status.COMPLETED,
        period_start=date(2021, 1, 1),
        period_end=date(2022, 12, 31),
        places="Hollands Kroon",
        description="""\
De gemeente Hollands Kroon werkt met Movisie aan een betere toegang tot hulp en
ondersteuning in het sociaal domein. Hoe vinden bewoners sneller de hulp die past?
""",
        themes=("toegang-tot-hulp-en-ondersteuning",),
        partners=("gemeente-hollands-kroon", "movisie"),
        moves=(
            Move(
                Phase.COLLECT,
                date(2021, 4, 1),
                "We volgden de weg van tien bewoners van eerste vraag tot hulp.",
            ),
            Move(
                Phase.RENEW,
                date(2021, 11, 1),
                "Het team probeerde één vast aanspreekpunt per bewoner uit.",
            ),
            Move(
                Phase.BROADEN,
                date(2022, 6, 1),
                "De nieuwe werkwijze geldt nu voor de hele gemeente.",
            ),
        ),
        questions=(
            "Hoe merken we als sociaal team sneller dat iemand hulp nodig heeft, maar niet "
            "zelf aanklopt?",
        ),
        agenda_themes=("Toegang tot hulp en ondersteuning",),
        members=(NH_LEAD,),
    ),
    DemoAtelier(
        slug="blended-effectmeting-en-benchmark",
        title="Blended Effectmeting en Benchmark (BEB)",
        kind=Kind.LEERATELIER,
        status=Status.COMPLETED,
        period_start=date(2020, 10, 1),
        period_end=date(2022, 9, 30),
        places="Alkmaar",
        description="""\
Wat is een goede mix van online en fysieke hulpverlening? We volgden klantreizen zoals
"schoolmaatschappelijk werk" en "armoede", onder meer met MEE & de Wering en Adsysco.
""",
        themes=("blended-hulpverlening", "armoede"),
        partners=("mee-de-wering", "adsysco"),
        moves=(
            Move(
                Phase.COLLECT,
                date(2021, 1, 15),
                "We brachten de klantreizen in kaart, stap voor stap.",
            ),
            Move(
                Phase.DEEPEN,
                date(2021, 8, 1),
                "We vergeleken online en fysieke contacten: wat werkt voor wie?",
            ),
            Move(
                Phase.SPREAD,
                date(2022, 5, 1),
                "De benchmark staat online. Andere organisaties kunnen hem gebruiken.",
            ),
        ),
        questions=(
            "Welke gesprekken kunnen online en welke moeten we echt face-to-face voeren?",
            "Hoe helpen we cliënten met geldzorgen die niet digitaal vaardig zijn?",
        ),
        agenda_themes=("Blended hulpverlening: online en fysiek",),
        members=(NH_LEAD,),
    ),
    DemoAtelier(
        slug="inclusieve-wijk-schalkwijk",
        title="Innovatie-aanpak Inclusieve wijk Schalkwijk",
        kind=Kind.INNOVATIE,
        status=Status.COMPLETED,
        period_start=date(2020, 4, 1),
        period_end=date(2022, 12, 31),
        places="Haarlem-Schalkwijk",
        description="""\
In de Haarlemse wijk Schalkwijk werken bewoners en partijen samen aan een inclusieve wijk.
Het lectoraat begeleidt het leerproces.
""",
        themes=("inclusieve-wijk",),
        partners=("gemeente-haarlem", "lectoraat-empowerment-en-professionalisering"),
        moves=(
            Move(
                Phase.RENEW,
                date(2021, 3, 1),
                "Bewoners en partijen kozen samen drie plannen om uit te proberen.",
            ),
            Move(
                Phase.BROADEN,
                date(2022, 4, 1),
                "Twee plannen gaan door in andere buurten van Schalkwijk.",
            ),
        ),
        members=(NH_LEAD,),
    ),
    DemoAtelier(
        slug="vitale-stadsontwikkeling-alkmaar",
        title="Leeratelier Vitale Stadsontwikkeling Alkmaar",
        kind=Kind.LEERATELIER,
        status=Status.COMPLETED,
        period_start=date(2021, 2, 1),
        period_end=date(2022, 12, 31),
        places="Alkmaar",
        description="""\
Buurtbewoners en studenten Bouwkunde en Social Work bouwen samen aan een nieuwe stadswijk op
het voormalige gasfabriekterrein in Alkmaar.
""",
        themes=("inclusieve-wijk", "integraal-en-wijkgericht-werken"),
        partners=("gemeente-alkmaar", "hogeschool-inholland"),
        moves=(
            Move(
                Phase.COLLECT,
                date(2021, 5, 1),
                "Studenten vroegen buurtbewoners wat zij in de nieuwe wijk willen.",
            ),
        ),
        members=(NH_LEAD,),
    ),
    DemoAtelier(
        slug="slachthuisbuurt-crafting-community",
        title="Leeratelier Slachthuisbuurt als crafting community",
        kind=Kind.LEERATELIER,
        status=Status.COMPLETED,
        period_start=date(2021, 9, 1),
        period_end=date(2022, 12, 31),
        places="Haarlem, Slachthuisbuurt",
        description="""\
Wat maakt de Slachthuisbuurt in Haarlem tot een "crafting community"? We keken hoe
bewoners, makers en professionals samen hun buurt vormgeven.
""",
        themes=("inclusieve-wijk",),
        partners=("gemeente-haarlem",),
        moves=(
            Move(
                Phase.COLLECT,
                date(2021, 12, 1),
                "We liepen mee met makers en bewoners en schreven hun verhalen op.",
            ),
            Move(
                Phase.DEEPEN,
                date(2022, 6, 1),
                "We zochten wat de verhalen gemeen hebben: samen maken verbindt.",
            ),
        ),
        members=(NH_LEAD,),
    ),
    DemoAtelier(
        slug="invloed-van-professionals-sociaal-werk",
        title="Leeratelier Invloed van professionals sociaal werk",
        kind=Kind.LEERATELIER,
        status=Status.COMPLETED,
        period_start=date(2020, 1, 15),
        period_end=date(2021, 12, 31),
        places="Haarlem / Alkmaar",
        description="""\
Hoe kunnen professionals sociaal werk invloed uitoefenen, bijvoorbeeld op beleid? En hoe
kunnen ze dat leren, in de praktijk en in de opleiding?
""",
        themes=("invloed-van-professionals",),
        partners=("lectoraat-empowerment-en-professionalisering", "hogeschool-inholland"),
        moves=(
            Move(
                Phase.COLLECT,
                date(2020, 4, 1),
                "Sociaal werkers vertelden wanneer ze wel en geen invloed hadden.",
            ),
            Move(
                Phase.DEEPEN,
                date(2020, 10, 1),
                "We maakten een overzicht van manieren om invloed uit te oefenen.",
            ),
            Move(
                Phase.RENEW,
                date(2021, 3, 1),
                "Docenten maakten er een oefening van voor de opleiding Social Work.",
            ),
            Move(
                Phase.SPREAD,
                date(2021, 9, 1),
                "De oefening staat in het lesprogramma, op hbo- en mbo-niveau.",
            ),
        ),
        questions=(
            "Hoe kan ik als sociaal werker invloed uitoefenen op het beleid van de gemeente?",
        ),
        agenda_themes=("Invloed en reflexiviteit van sociaal professionals",),
        members=(NH_LEAD,),
    ),
]

DEN_HAAG_LEIDEN = [
    DemoAtelier(
        slug="leergemeenschap-inclusie-en-participatie",
        title="Leergemeenschap Inclusie en participatie van bewoners in kwetsbare situaties",
        kind=Kind.LEERGEMEENSCHAP,
        status=Status.ACTIVE,
        period_start=date(2023, 3, 1),
        period_end=date(2026, 12, 31),
        places="Den Haag / Leiden",
        description="""\
Professionals, bewoners, docenten en onderzoekers leren samen: hoe kunnen bewoners in
kwetsbare situaties meer meedoen? We beginnen bij de leefwereld van bewoners en hun directe
omgeving.
""",
        themes=("inclusie-en-participatie",),
        partners=("gemeente-den-haag", "gemeente-leiden", "hogeschool-leiden"),
        moves=(
            Move(
                Phase.COLLECT,
                date(2023, 9, 1),
                "Bewoners en professionals vertelden wat meedoen voor hen betekent.",
            ),
            Move(
                Phase.DEEPEN,
                date(2024, 4, 1),
                "We legden de verhalen naast wat de wetenschap weet over inclusie.",
            ),
            Move(
                Phase.RENEW,
                date(2025, 2, 1),
                "Twee buurthuizen proberen een nieuwe manier van welkom heten uit.",
            ),
        ),
        questions=(
            "Hoe maken we het buurthuis een plek waar ook mensen met psychische kwetsbaarheid "
            "zich welkom voelen?",
            "Hoe zetten we ervaringsdeskundigen in ons wijkteam in zonder dat zij overbelast "
            "raken?",
        ),
        agenda_themes=("Eenzaamheid en contact in de wijk",),
        members=(
            ("coordinator@example.org", AtelierRole.TREKKER),
            ("onderzoeker@example.org", AtelierRole.RESEARCHER),
            ("professional@example.org", AtelierRole.PROFESSIONAL),
            ("bewoner@example.org", AtelierRole.RESIDENT),
        ),
    ),
    DemoAtelier(
        slug="leergemeenschap-kenniscoproductie",
        title="Leergemeenschap Kenniscoproductie: samen kennis maken",
        kind=Kind.LEERGEMEENSCHAP,
        status=Status.ACTIVE,
        period_start=date(2024, 1, 15),
        period_end=date(2026, 12, 31),
        places="Leiden",
        description="""\
Hoe maken onderzoekers, professionals, beleidsmakers en bewoners samen kennis die werkt in
de praktijk? We proberen werkvormen uit, zoals het kenniscafé, en delen wat we leren.
""",
        themes=("kenniscoproductie",),
        partners=("lectoraat-sociale-innovatie", "de-haagse-hogeschool", "gemeente-leiden"),
        moves=(
            Move(
                Phase.COLLECT,
                date(2024, 6, 1),
                "We verzamelden werkvormen die al in de regio gebruikt worden.",
            ),
        ),
        questions=(
            "Hoe organiseren we een kenniscafé waar bewoners en professionals echt met elkaar "
            "in gesprek gaan?",
        ),
        agenda_themes=("Samen kennis maken met bewoners en professionals",),
        members=(
            ("onderzoeker@example.org", AtelierRole.TREKKER),
            ("coordinator@example.org", AtelierRole.POLICY_MAKER),
            ("professional@example.org", AtelierRole.PROFESSIONAL),
        ),
    ),
    DemoAtelier(
        slug="leergemeenschap-jongeren-en-gezinnen",
        title="Leergemeenschap Jongeren en gezinnen in kwetsbare situaties",
        kind=Kind.LEERGEMEENSCHAP,
        status=Status.PREPARING,
        period_start=date(2026, 12, 1),
        period_end=None,
        places="Den Haag",
        description="""\
In voorbereiding. Jongerenwerkers, wijkteams en ouders willen samen leren hoe jongeren en
gezinnen in kwetsbare situaties beter mee kunnen doen.
""",
        themes=("inclusie-en-participatie",),
        partners=("gemeente-den-haag", "de-haagse-hogeschool"),
        questions=(
            "Hoe houden we jongeren in de buurt betrokken als het jongerenwerk in de zomer stopt?",
        ),
        agenda_themes=("Jongeren en gezinnen in kwetsbare situaties",),
        members=(("coordinator@example.org", AtelierRole.TREKKER),),
    ),
]

ATELIERS = {"noord-holland": NOORD_HOLLAND, "den-haag-leiden": DEN_HAAG_LEIDEN}

# A request that waits for a lead: (e-mail, werkplaats, atelier slug, role, motivation).
REQUESTS = [
    (
        "docent@example.org",
        "den-haag-leiden",
        "leergemeenschap-kenniscoproductie",
        AtelierRole.LECTURER,
        "Ik wil de werkvormen graag gebruiken in mijn lessen sociaal werk.",
    ),
]

# Logbook: (werkplaats, atelier slug, author e-mail, fields, guest first names).
LOG_ENTRIES = [
    (
        "noord-holland",
        "gevolgen-van-covid-19",
        "onderzoeker-nh@example.org",
        {
            "date": date(2021, 3, 10),
            "kind": LogEntry.Kind.FINDING,
            "title": "Eenzaamheid onder jongeren werd groter",
            "text": "Sociaal werkers zagen dat jongeren met weinig contact nog verder "
            "uit beeld raakten. Een appje of een wandeling hielp vaak meer dan een "
            "videogesprek.",
            "public": True,
        },
        (),
    ),
    (
        "noord-holland",
        "integraal-en-wijkgericht-werken-k4",
        "onderzoeker-nh@example.org",
        {
            "date": date(2021, 6, 15),
            "kind": LogEntry.Kind.DECISION,
            "title": "Texel begint met een gezamenlijk wijkoverleg",
            "text": "Het sociaal team en de vrijwilligers overleggen voortaan elke maand.",
        },
        (),
    ),
    (
        "den-haag-leiden",
        "leergemeenschap-inclusie-en-participatie",
        "coordinator@example.org",
        {
            "date": date(2025, 3, 12),
            "kind": LogEntry.Kind.SESSION,
            "title": "Bijeenkomst in het buurthuis: wat maakt dat je je welkom voelt?",
            "text": "Drie bewoners deden mee als gast. Een vast gezicht bij de deur en koffie "
            "zonder afspraak maken veel verschil.",
        },
        ("Anouk", "Henk", "Samira"),
    ),
    (
        "den-haag-leiden",
        "leergemeenschap-kenniscoproductie",
        "onderzoeker@example.org",
        {
            "date": date(2024, 9, 18),
            "kind": LogEntry.Kind.SESSION,
            "title": "Eerste kenniscafé in Leiden",
            "text": "We probeerden het kenniscafé uit met professionals en bewoners.",
        },
        (),
    ),
]

# Student places: (werkplaats, atelier slug, level, number, start, end, tasks).
STUDENT_PLACES = [
    (
        "den-haag-leiden",
        "leergemeenschap-inclusie-en-participatie",
        StudentPlace.Level.HBO,
        2,
        date(2026, 9, 1),
        date(2026, 12, 18),
        "Je interviewt bewoners over meedoen in hun buurt en helpt de bijeenkomsten voorbereiden.",
    ),
    (
        "den-haag-leiden",
        "leergemeenschap-inclusie-en-participatie",
        StudentPlace.Level.MBO,
        1,
        date(2026, 11, 2),
        date(2026, 12, 18),
        "Je helpt in het buurthuis bij de bijeenkomsten en schrijft op wat bewoners vertellen.",
    ),
]

# An application: (werkplaats, atelier slug, level, fields).
APPLICATIONS = [
    (
        "den-haag-leiden",
        "leergemeenschap-inclusie-en-participatie",
        StudentPlace.Level.HBO,
        {
            "name": "Lotte Voorbeeld",
            "email": "lotte.voorbeeld@example.org",
            "education": "Social Work, Hogeschool Leiden",
            "motivation": "Ik wil graag leren hoe je samen met bewoners onderzoek doet.",
        },
    ),
]


MAIL_TASKS = (
    "mail_join_request",
    "mail_join_decision",
    "mail_application_received",
    "mail_application_decision",
)


def load_ateliers_demo(*, count: Count = _no_count) -> None:
    """Create the demo ateliers with their phases, members, logbook and student places."""
    with tasks_held_back(ateliers_tasks, MAIL_TASKS):
        _load_ateliers(count)


def _relations(werkplaats: Werkplaats, spec: DemoAtelier) -> dict:
    return {
        "themes": list(Theme.objects.filter(slug__in=spec.themes)),
        "partners": list(Organisation.objects.filter(slug__in=spec.partners)),
        "questions": list(Question.objects.filter(werkplaats=werkplaats, title__in=spec.questions)),
        "agenda_themes": list(
            AgendaTheme.objects.filter(agenda__werkplaats=werkplaats, title__in=spec.agenda_themes)
        ),
    }


def _fields(spec: DemoAtelier) -> dict:
    return {
        "title": spec.title,
        "kind": spec.kind,
        "description": spec.description,
        "places": spec.places,
    }


def _load_ateliers(count: Count) -> None:
    users = {user.email: user for user in User.objects.filter(email__endswith="@example.org")}
    ateliers = {}
    for werkplaats_slug, specs in ATELIERS.items():
        werkplaats = Werkplaats.objects.get(slug=werkplaats_slug)
        coordinator = users[COORDINATORS[werkplaats_slug]]
        for spec in specs:
            relations = _relations(werkplaats, spec)
            atelier = Atelier.objects.filter(werkplaats=werkplaats, slug=spec.slug).first()
            new = atelier is None
            if new:
                # Created in the first phase; the moves below make its phase history.
                atelier = services.atelier_save(
                    actor=coordinator,
                    atelier=Atelier(
                        werkplaats=werkplaats,
                        slug=spec.slug,
                        status=spec.status,
                        phase=Phase.EXPLORE,
                        period_start=spec.period_start,
                        period_end=spec.period_end,
                        **_fields(spec),
                    ),
                    relations=relations,
                )
                for move in spec.moves:
                    atelier = services.atelier_move_phase(
                        actor=users[spec.members[0][0]] if spec.members else coordinator,
                        atelier=atelier,
                        phase=move.phase,
                        started_on=move.on,
                        account=move.account,
                    )
            else:
                # Keep the text current; phases and status are left to whoever uses the demo.
                Atelier.objects.filter(pk=atelier.pk).update(**_fields(spec))
                for name, values in relations.items():
                    getattr(atelier, name).add(*values)
            count("ateliers", new)
            ateliers[werkplaats_slug, spec.slug] = atelier

            for email, role in spec.members:
                user = users[email]
                exists = AtelierMember.objects.filter(atelier=atelier, user=user).exists()
                if not exists:
                    services.member_add(actor=coordinator, atelier=atelier, user=user, role=role)
                count("atelier members", not exists)

    for email, werkplaats_slug, slug, role, motivation in REQUESTS:
        atelier, user = ateliers[werkplaats_slug, slug], users[email]
        exists = AtelierMember.objects.filter(atelier=atelier, user=user).exists()
        if not exists:
            services.member_request(user=user, atelier=atelier, role=role, motivation=motivation)
        count("atelier members", not exists)

    for werkplaats_slug, slug, email, fields, guests in LOG_ENTRIES:
        atelier = ateliers[werkplaats_slug, slug]
        exists = LogEntry.objects.filter(atelier=atelier, title=fields["title"]).exists()
        if not exists:
            services.log_entry_add(
                actor=users[email], atelier=atelier, guests=list(guests), **fields
            )
        count("logbook entries", not exists)

    places = {}
    for werkplaats_slug, slug, level, number, start, end, tasks in STUDENT_PLACES:
        atelier = ateliers[werkplaats_slug, slug]
        place = StudentPlace.objects.filter(atelier=atelier, level=level).first()
        new = place is None
        if new:
            place = services.student_place_save(
                actor=users[COORDINATORS[werkplaats_slug]],
                place=StudentPlace(
                    atelier=atelier,
                    level=level,
                    number=number,
                    period_start=start,
                    period_end=end,
                    tasks=tasks,
                ),
            )
        count("student places", new)
        places[werkplaats_slug, slug, level] = place

    for werkplaats_slug, slug, level, fields in APPLICATIONS:
        place = places[werkplaats_slug, slug, level]
        exists = StudentApplication.objects.filter(place=place, email=fields["email"]).exists()
        if not exists:
            services.student_apply(place=place, **fields)
        count("student applications", not exists)
