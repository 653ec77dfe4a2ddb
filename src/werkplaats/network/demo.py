"""Demo data for a local run: the two werkplaatsen of the source pages, and a login per role.

Everything here comes from the public programme pages in ``shared/seeds/`` (names of
werkplaatsen, organisations, leerateliers, periods, places, expected results). The pages
also name real people and a phone number; those are left out on purpose. Contact addresses
are role mailboxes on example.org and the demo people have made-up names.

Loading is idempotent: every row is found by its slug or e-mail address and updated, so
running it twice, or on a database that already has data, creates no duplicates and
deletes nothing. The network records are written without audit entries, since loading
them is not something a person did; the demo questions go through the workflow services,
so they get real transitions and audit entries.

Every demo person has the same password. It is random, made once and kept in
``var/demo_password``, so that the logins printed by ``python -m werkplaats demo`` keep
working. The management command refuses to run in production.
"""

import os
import secrets
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db import transaction

from werkplaats.accounts.models import Membership, Role, User
from werkplaats.lib import indexing
from werkplaats.lib.demo_logins import DEMO_PASSWORD_FILE
from werkplaats.network.models import Organisation, Partnership, Theme, Werkplaats

Kind = Organisation.Kind
PartnerRole = Partnership.Role


@dataclass
class DemoResult:
    password: str
    emails: list[str] = field(default_factory=list)


THEMES = {
    "integraal-en-wijkgericht-werken": (
        "Integraal en wijkgericht werken",
        "Samenwerken over de grenzen van organisaties heen, dichtbij bewoners in de wijk.",
    ),
    "toegang-tot-hulp-en-ondersteuning": (
        "Toegang tot hulp en ondersteuning",
        "Hoe bewoners de hulp en ondersteuning vinden en krijgen die zij nodig hebben.",
    ),
    "participatiewet": (
        "Participatiewet",
        "De uitvoering van de Participatiewet: werk, inkomen en meedoen.",
    ),
    "gevolgen-van-covid-19": (
        "Gevolgen van covid-19",
        "Wat de coronacrisis betekende voor bewoners, professionals en organisaties.",
    ),
    "sociale-reflexiviteit": (
        "Sociale reflexiviteit",
        "Het bewust sociaal handelen van sociaal professionals.",
    ),
    "inclusieve-wijk": (
        "Inclusieve wijk",
        "Een wijk waar iedereen mee kan doen, samen gebouwd door bewoners en partijen.",
    ),
    "blended-hulpverlening": (
        "Blended hulpverlening",
        "De goede mix van online en fysieke hulpverlening.",
    ),
    "armoede": ("Armoede", "Leven met weinig geld, en hulp die daarbij past."),
    "invloed-van-professionals": (
        "Invloed van professionals",
        "Hoe sociaal professionals invloed kunnen uitoefenen, en hoe ze dat kunnen leren.",
    ),
    "inclusie-en-participatie": (
        "Inclusie en participatie",
        "Meedoen van bewoners in kwetsbare situaties, vanuit hun leefwereld.",
    ),
    "kenniscoproductie": (
        "Kenniscoproductie",
        "Onderzoekers, professionals, beleid en bewoners maken samen kennis.",
    ),
}

# slug: (name, kind, place, description). Websites stay blank: we do not guess addresses.
ORGANISATIONS = {
    "hogeschool-leiden": (
        "Hogeschool Leiden",
        Kind.HOGESCHOOL,
        "Leiden",
        "Hogeschool met opleidingen in onder meer sociaal werk.",
    ),
    "de-haagse-hogeschool": (
        "De Haagse Hogeschool",
        Kind.HOGESCHOOL,
        "Den Haag",
        "Hogeschool met opleidingen in onder meer sociaal werk.",
    ),
    "hogeschool-inholland": (
        "Hogeschool Inholland",
        Kind.HOGESCHOOL,
        "Haarlem",
        "Hogeschool met onder meer de opleiding Social Work.",
    ),
    "lectoraat-sociale-innovatie": (
        "Lectoraat Sociale Innovatie",
        Kind.LECTORAAT,
        "Leiden",
        "Lectoraat van Hogeschool Leiden; werkt met het werkveld aan kenniscoproductie.",
    ),
    "lectoraat-empowerment-en-professionalisering": (
        "Lectoraat Empowerment en Professionalisering",
        Kind.LECTORAAT,
        "Haarlem",
        "Lectoraat van Hogeschool Inholland.",
    ),
    "gemeente-den-haag": (
        "Gemeente Den Haag",
        Kind.GEMEENTE,
        "Den Haag",
        "Gemeente in Zuid-Holland.",
    ),
    "gemeente-leiden": ("Gemeente Leiden", Kind.GEMEENTE, "Leiden", "Gemeente in Zuid-Holland."),
    "gemeente-haarlem": (
        "Gemeente Haarlem",
        Kind.GEMEENTE,
        "Haarlem",
        "Gemeente in Noord-Holland.",
    ),
    "gemeente-alkmaar": (
        "Gemeente Alkmaar",
        Kind.GEMEENTE,
        "Alkmaar",
        "Gemeente in Noord-Holland.",
    ),
    "gemeente-schagen": (
        "Gemeente Schagen",
        Kind.GEMEENTE,
        "Schagen",
        "Gemeente in de Kop van Noord-Holland, een van de K4-gemeenten.",
    ),
    "gemeente-den-helder": (
        "Gemeente Den Helder",
        Kind.GEMEENTE,
        "Den Helder",
        "Gemeente in de Kop van Noord-Holland, een van de K4-gemeenten.",
    ),
    "gemeente-hollands-kroon": (
        "Gemeente Hollands Kroon",
        Kind.GEMEENTE,
        "Hollands Kroon",
        "Gemeente in de Kop van Noord-Holland, een van de K4-gemeenten.",
    ),
    "gemeente-texel": (
        "Gemeente Texel",
        Kind.GEMEENTE,
        "Texel",
        "Gemeente in de Kop van Noord-Holland, een van de K4-gemeenten.",
    ),
    "dock": ("DOCK", Kind.ZORG_WELZIJN, "Haarlem", "Organisatie voor sociaal werk en welzijn."),
    "haarlem-effect": (
        "Haarlem Effect",
        Kind.ZORG_WELZIJN,
        "Haarlem",
        "Organisatie voor sociaal werk en welzijn in Haarlem.",
    ),
    "mee-de-wering": (
        "MEE & de Wering",
        Kind.ZORG_WELZIJN,
        "Alkmaar",
        "Organisatie voor ondersteuning en maatschappelijk werk.",
    ),
    "ijmond-werkt": (
        "IJmond Werkt!",
        Kind.OVERIG,
        "IJmond",
        "Organisatie die de Participatiewet uitvoert in de IJmond.",
    ),
    "adsysco": ("Adsysco", Kind.BEDRIJF, "", "Bedrijf; partner in Blended Effectmeting."),
    "movisie": (
        "Movisie",
        Kind.KENNISINSTITUUT,
        "Utrecht",
        "Landelijk kennisinstituut voor een samenhangende aanpak van sociale vraagstukken.",
    ),
    "kennisplatform-sociaal-domein-noord-holland": (
        "Kennisplatform Sociaal Domein Noord-Holland",
        Kind.NETWERK,
        "Noord-Holland",
        "Regionaal platform voor kennisdeling in het sociaal domein.",
    ),
    "kamzo": (
        "Kennisalliantie Maatschappelijke Zorg en Ondersteuning (KAMZO)",
        Kind.NETWERK,
        "Landelijk",
        "Alliantie van de Werkplaatsen Sociaal Domein en landelijke kennisinstituten; "
        "samen stellen zij het landelijke werkprogramma op.",
    ),
}

DEN_HAAG_LEIDEN = {
    "name": "Werkplaats Sociaal Domein Den Haag & Leiden",
    "region": "Zuid-Holland",
    "province": "ZH",
    "tagline": "Gemeenten, hogescholen en partners in welzijn en zorg werken samen aan "
    "meedoen van bewoners in kwetsbare situaties.",
    "period_start": date(2019, 1, 1),
    "period_end": None,
    "status": Werkplaats.Status.ACTIVE,
    "places": "Den Haag / Leiden",
    "lectoraten": "Sociale Innovatie",
    "contact_email": "werkplaats-denhaag-leiden@example.org",
    "goal": """\
De Werkplaats Sociaal Domein Den Haag & Leiden is een samenwerking tussen gemeenten,
lectoraten, opleidingen van Hogeschool Leiden en De Haagse Hogeschool en partners in welzijn
en zorg. Zij werken aan regionale maatschappelijke vraagstukken.

Het uiteindelijke doel van de Werkplaats is het bevorderen van inclusie en de mogelijkheden
tot participatie van bewoners in kwetsbare situaties. Het uitgangspunt is de leefwereld van
bewoners en/of cliënten en hun directe omgeving.
""",
    "approach": """\
In de werkplaats werken onderzoekers en professionals samen aan concrete vraagstukken uit de
werkpraktijk. Deze worden door de betrokkenen uit het werkveld ingebracht en door de
onderzoekers van **wetenschappelijke reflectie** voorzien.

In processen van **kenniscoproductie** wordt samengewerkt aan een aanpak van de ingebrachte
vraagstukken, die recht doet aan de praktijksituatie, maar stevig is ingebed in wat in de
wetenschap al bekend is over het vraagstuk en hoe het kan worden aangepakt.
""",
    "education": """\
De Werkplaats zit dicht op de uitvoeringspraktijk. Ondersteuning, onderzoek, ontwikkeling en
onderwijs in co-creatie zijn belangrijke ingrediënten voor de samenwerking. Dit gebeurt in
leeromgevingen zoals leergemeenschappen en leerateliers, en door activiteiten zoals workshops
en kenniscafés.

De deelnemers willen in de regio van elkaar leren en meerwaarde bieden aan sociaal
professionals, beleidsmakers, docenten en studenten sociaal werk en bewoners. De opgedane
kennis wordt gebruikt voor de opleiding van nieuwe professionals.
""",
    "field_involvement": """\
Zoals bij alle projecten van het lectoraat Sociale Innovatie is het werkveld hier partner:
samen wordt gewerkt aan kenniscoproductie. De Werkplaats is een leer-, werk- en
onderzoeksgemeenschap. De kracht is de combinatie van onderzoek, opleiding, praktijk en beleid.
""",
    "expected_results": """\
De Werkplaats helpt professionals in het sociaal domein beter om te gaan met de uitdagingen
van hun vak, door hen te "empoweren" en inzichten uit de wetenschap aan te bieden die zij, na
een eigen vertaalslag, direct in de praktijk kunnen brengen.

Uit de activiteiten volgen:

- rapporten en adviezen;
- boeken;
- methodieken en werkvormen;
- onderwijsmodules.

Professionals en toekomstige beroepskrachten in het sociaal domein kunnen deze kennis en kunde
gebruiken. De kennis en ervaringen uit de praktijk gaan ook naar het onderwijs en andere
kennisinstellingen.
""",
    "themes": ["inclusie-en-participatie", "kenniscoproductie"],
    # (organisation slug, role, what they contribute)
    "partners": [
        ("hogeschool-leiden", PartnerRole.TREKKER, "Opleidingen en lectoraat Sociale Innovatie."),
        ("de-haagse-hogeschool", PartnerRole.MEDETREKKER, "Opleidingen sociaal werk."),
        (
            "lectoraat-sociale-innovatie",
            PartnerRole.MEDETREKKER,
            "Onderzoek en wetenschappelijke reflectie op vraagstukken uit de praktijk.",
        ),
        ("gemeente-den-haag", PartnerRole.PARTNER, "Vraagstukken uit beleid en uitvoering."),
        ("gemeente-leiden", PartnerRole.PARTNER, "Vraagstukken uit beleid en uitvoering."),
    ],
}

NOORD_HOLLAND = {
    "name": "Werkplaats Sociaal Domein Noord-Holland",
    "region": "Noord-Holland",
    "province": "NH",
    "tagline": "Hogeschool Inholland en het werkveld onderzochten van 2020 tot en met 2022 "
    "samen vragen uit het sociaal domein in Noord-Holland.",
    "period_start": date(2020, 1, 1),
    "period_end": date(2022, 12, 31),
    "status": Werkplaats.Status.COMPLETED,
    "places": "Haarlem / Alkmaar",
    "lectoraten": "Empowerment en Professionalisering",
    "contact_email": "werkplaats-noord-holland@example.org",
    "goal": """\
In 15 regio's in Nederland zijn Werkplaatsen Sociaal Domein actief: regionale
samenwerkingsverbanden van hogescholen en lectoraten, zorg- en welzijnsorganisaties en
gemeenten, gericht op praktijkonderzoek, beroepsinnovatie en deskundigheidsbevordering. Samen
verkennen, verzamelen, verdiepen, vernieuwen, verbreden en verspreiden ze kennis en proberen
ze antwoord te geven op de vragen: *Doen we het goede in het sociaal domein? En doen we dat
goed genoeg?*

In Noord-Holland valt de Werkplaats onder de noemer van het Kennisplatform Sociaal Domein
Noord-Holland. Binnen het platform en de werkplaats werken gemeenten, instellingen, netwerken,
cliënten- en burgerorganisaties en andere betrokkenen in het sociaal domein samen, met als
doelen:

- de regionale kennisdeling versterken;
- bijdragen aan het landelijke werkprogramma dat de werkplaatsen en de kennisinstituten van de
  Kennisalliantie Maatschappelijke Zorg en Ondersteuning (KAMZO) samen opstelden;
- kwaliteitsverbetering;
- kennisdeling binnen het sociaal domein.
""",
    "approach": """\
Samen met het werkveld stellen we de regionale kennisagenda op en richten we leerateliers in.
In de leerateliers onderzoeken we specifieke vraagstukken, zoals:

- Leertraject *Integraal en wijkgericht werken* in de gemeenten Schagen, Den Helder, Hollands
  Kroon en Texel (de K4).
- Leeratelier met DOCK en Haarlem Effect naar de gevolgen van covid-19.
- Leeratelier *Sociale reflexiviteit*: onderzoek naar het bewust sociaal handelen van sociaal
  professionals.
- Leeratelier over de uitvoering van de Participatiewet door IJmond Werkt!.
- Verbetertraject *Toegang*: de gemeente Hollands Kroon werkt met Movisie aan een betere
  toegang tot hulp en ondersteuning in het sociaal domein.
- Blended Effectmeting en Benchmark (BEB): wat is een goede mix van online en fysieke
  hulpverlening? We volgen klantreizen zoals "schoolmaatschappelijk werk" en "armoede", onder
  meer met MEE & de Wering en Adsysco.
- Een innovatie-aanpak in de Haarlemse wijk Schalkwijk, waar partijen samenwerken aan een
  inclusieve wijk; het lectoraat begeleidt het leerproces.
- Vitale Stadsontwikkeling in Alkmaar: buurtbewoners en studenten Bouwkunde en Social Work
  bouwen samen aan een nieuwe stadswijk op het voormalige gasfabriekterrein.
- Wat maakt de Slachthuisbuurt in Haarlem tot een "crafting community"?
- Hoe kunnen sociaal professionals invloed uitoefenen, en hoe kunnen ze dat leren?
""",
    "education": """\
De resultaten van de leerateliers komen in het lesprogramma van de opleidingen Social Work, op
hbo- en mbo-niveau. De onderzoekers in de Werkplaats zijn allemaal ook docent, dus zij zetten de
kennis en ervaring uit de leerateliers direct in hun onderwijs in. Studenten kunnen in de
leerateliers ervaring opdoen met praktijkonderzoek.
""",
    "field_involvement": """\
Het werkveld is breed: burgers, vrijwilligers, vertegenwoordigers van de doelgroepen, leden van
participatieraden, gemeenten, zorginstellingen, sociaal professionals, studenten, docenten en
onderzoekers.

De regionale kennisagenda en de leerateliers maken we samen met het werkveld. Via
actualiteitencolleges en publicaties (artikelen, boeken, website, nieuwsbrieven) delen we de
uitkomsten met ons publiek.
""",
    "expected_results": """\
- Minimaal twee bijeenkomsten per jaar waar op regionaal niveau met alle samenwerkingspartners
  kennis wordt gedeeld.
- Minimaal twee thema-georiënteerde bijeenkomsten per jaar voor alle samenwerkingspartners in de
  regio.
- Minimaal twee handreikingen, artikelen, adviezen, columns, blogs of casuïstiekbundels per jaar
  via de eigen website en die van de landelijke Werkplaatsen Sociaal Domein.
- De resultaten publiceren in eigen publicaties en zo mogelijk in vaktijdschriften.
- Aan het eind van de projectperiode een congres waar alle kennis wordt gedeeld.
- De kennis uit de activiteiten van de werkplaats inbrengen in de curricula van de hogeschool.
- Bijdragen aan het landelijke werkprogramma om de kennisdeling te versterken.
""",
    "themes": [
        "integraal-en-wijkgericht-werken",
        "toegang-tot-hulp-en-ondersteuning",
        "participatiewet",
        "gevolgen-van-covid-19",
        "sociale-reflexiviteit",
        "inclusieve-wijk",
        "blended-hulpverlening",
        "armoede",
        "invloed-van-professionals",
    ],
    "partners": [
        ("hogeschool-inholland", PartnerRole.TREKKER, "Opleidingen Social Work, hbo."),
        (
            "lectoraat-empowerment-en-professionalisering",
            PartnerRole.MEDETREKKER,
            "Onderzoek; begeleidt de leerateliers.",
        ),
        (
            "kennisplatform-sociaal-domein-noord-holland",
            PartnerRole.PARTNER,
            "De werkplaats valt onder de noemer van dit kennisplatform.",
        ),
        ("kamzo", PartnerRole.PARTNER, "Het landelijke werkprogramma."),
        ("movisie", PartnerRole.PARTNER, "Verbetertraject Toegang met gemeente Hollands Kroon."),
        ("gemeente-haarlem", PartnerRole.PARTNER, "Inclusieve wijk Schalkwijk; Slachthuisbuurt."),
        ("gemeente-alkmaar", PartnerRole.PARTNER, "Vitale Stadsontwikkeling."),
        ("gemeente-schagen", PartnerRole.PARTNER, "Leertraject Integraal en wijkgericht werken."),
        (
            "gemeente-den-helder",
            PartnerRole.PARTNER,
            "Leertraject Integraal en wijkgericht werken.",
        ),
        (
            "gemeente-hollands-kroon",
            PartnerRole.PARTNER,
            "Leertraject Integraal en wijkgericht werken; Verbetertraject Toegang.",
        ),
        ("gemeente-texel", PartnerRole.PARTNER, "Leertraject Integraal en wijkgericht werken."),
        ("dock", PartnerRole.PARTNER, "Leeratelier gevolgen van covid-19."),
        ("haarlem-effect", PartnerRole.PARTNER, "Leeratelier gevolgen van covid-19."),
        ("ijmond-werkt", PartnerRole.PARTNER, "Leeratelier uitvoering van de Participatiewet."),
        ("mee-de-wering", PartnerRole.PARTNER, "Blended Effectmeting en Benchmark."),
        ("adsysco", PartnerRole.PARTNER, "Blended Effectmeting en Benchmark."),
    ],
}

WERKPLAATSEN = {"den-haag-leiden": DEN_HAAG_LEIDEN, "noord-holland": NOORD_HOLLAND}

# email: (made-up name, werkplaats slug, role, organisation slug, listed on the public page)
MEMBERS = {
    "coordinator@example.org": (
        "Coby Coördinator",
        "den-haag-leiden",
        Role.COORDINATOR,
        "hogeschool-leiden",
        True,
    ),
    "onderzoeker@example.org": (
        "Olaf Onderzoeker",
        "den-haag-leiden",
        Role.RESEARCHER,
        "lectoraat-sociale-innovatie",
        True,
    ),
    "docent@example.org": (
        "Dirk Docent",
        "den-haag-leiden",
        Role.LECTURER,
        "de-haagse-hogeschool",
        True,
    ),
    "student@example.org": (
        "Sanne Student",
        "den-haag-leiden",
        Role.STUDENT,
        "hogeschool-leiden",
        False,
    ),
    "professional@example.org": (
        "Priya Professional",
        "den-haag-leiden",
        Role.PROFESSIONAL,
        "gemeente-leiden",
        True,
    ),
    "beleidsmaker@example.org": (
        "Bas Beleidsmaker",
        "den-haag-leiden",
        Role.POLICY_MAKER,
        "gemeente-den-haag",
        False,
    ),
    "bewoner@example.org": ("Bea Bewoner", "den-haag-leiden", Role.RESIDENT, None, False),
    "vrijwilliger@example.org": (
        "Vera Vrijwilliger",
        "den-haag-leiden",
        Role.VOLUNTEER,
        None,
        False,
    ),
    "coordinator-nh@example.org": (
        "Noor Noordhollander",
        "noord-holland",
        Role.COORDINATOR,
        "hogeschool-inholland",
        True,
    ),
    "onderzoeker-nh@example.org": (
        "Nadia Noordonderzoeker",
        "noord-holland",
        Role.RESEARCHER,
        "lectoraat-empowerment-en-professionalisering",
        True,
    ),
    "professional-nh@example.org": (
        "Pieter Praktijk",
        "noord-holland",
        Role.PROFESSIONAL,
        "dock",
        False,
    ),
}
ADMIN_EMAIL = "admin@example.org"
ADMIN_NAME = "Ada Admin"


def demo_password() -> str:
    """The shared demo password: random the first time, then read from ``var/``."""
    path = settings.VAR_DIR / DEMO_PASSWORD_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL with mode 0600: the file is never readable by others, not even briefly.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as file:
            file.write(secrets.token_urlsafe(12))
    return path.read_text().strip()


@transaction.atomic
def load_demo(*, stdout=None) -> DemoResult:
    """Create or update the demo werkplaatsen, partners, themes and people.

    ``stdout`` (a file or a command's OutputWrapper) gets one line per kind of record.
    """
    from allauth.account.models import EmailAddress

    created: dict[str, list[bool]] = {}

    def count(label, obj_created):
        created.setdefault(label, []).append(obj_created)

    themes = {}
    for slug, (name, description) in THEMES.items():
        themes[slug], new = Theme.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )
        count("themes", new)

    organisations = {}
    for slug, (name, kind, place, description) in ORGANISATIONS.items():
        organisations[slug], new = Organisation.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "kind": kind, "place": place, "description": description},
        )
        count("organisations", new)

    werkplaatsen = {}
    for slug, data in WERKPLAATSEN.items():
        fields = {k: v for k, v in data.items() if k not in ("themes", "partners")}
        werkplaats, new = Werkplaats.objects.update_or_create(slug=slug, defaults=fields)
        count("werkplaatsen", new)
        # add(), not set(): themes someone linked by hand stay.
        werkplaats.themes.add(*(themes[theme] for theme in data["themes"]))
        for organisation, role, description in data["partners"]:
            _, new = Partnership.objects.update_or_create(
                werkplaats=werkplaats,
                organisation=organisations[organisation],
                defaults={
                    "role": role,
                    "start": data["period_start"],
                    "end": data["period_end"],
                    "description": description,
                },
            )
            count("partnerships", new)
        werkplaatsen[slug] = werkplaats

    password = demo_password()
    people = {ADMIN_EMAIL: (ADMIN_NAME, None, None, None, False), **MEMBERS}
    for email, (name, werkplaats, role, organisation, listed) in people.items():
        is_admin = email == ADMIN_EMAIL
        user, new = User.objects.update_or_create(
            email=email,
            defaults={
                "name": name,
                "is_active": True,
                "is_staff": is_admin,
                "is_superuser": is_admin,
            },
        )
        # Set on every run, so the printed logins work even after someone changed one.
        user.set_password(password)
        user.save(update_fields=["password"])
        count("people", new)
        # allauth requires a verified address before it lets anyone log in.
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if werkplaats:
            _, new = Membership.objects.update_or_create(
                user=user,
                werkplaats=werkplaatsen[werkplaats],
                defaults={
                    "role": role,
                    "organisation": organisations.get(organisation),
                    "listed": listed,
                },
            )
            count("memberships", new)

    # Hook: the demo content of the apps built on the network, idempotent like the above.
    # The agenda comes first (questions are put on its themes), then the questions, then
    # members' support and comments on both. Unlike the records above, questions go
    # through the workflow services, so they get real transitions and audit entries (but
    # no e-mail to their made-up askers: see questions/demo.py).
    # The search and matching indexes are built once at the end, not record by record (that
    # took a third of the load time), which also covers records written without services.
    from werkplaats.matching.registry import rebuild as rebuild_matching_index
    from werkplaats.search.registry import rebuild as rebuild_search_index

    with indexing.paused():
        from werkplaats.agenda.demo import load_agenda_demo, load_support_demo
        from werkplaats.questions.demo import load_questions_demo

        load_agenda_demo(count=count)
        load_questions_demo(count=count)
        # Ateliers link to the questions and agenda themes above; no mail: see ateliers/demo.py.
        from werkplaats.ateliers.demo import load_ateliers_demo

        load_ateliers_demo(count=count)
        load_support_demo(count=count)
        # Activities link to the ateliers; no mail either: see activities/demo.py.
        from werkplaats.activities.demo import load_activities_demo

        load_activities_demo(count=count)
        # Publications link to the ateliers, questions and agenda themes; news and uses in
        # education come with them. No mail: see publications/demo.py.
        from werkplaats.publications.demo import load_publications_demo

        load_publications_demo(count=count)
        # Targets last: they count what all of the above made. See monitoring/demo.py.
        from werkplaats.monitoring.demo import load_monitoring_demo

        load_monitoring_demo(count=count)
    rebuild_search_index()
    rebuild_matching_index()

    if stdout is not None:
        for label, flags in created.items():
            stdout.write(f"{label}: {len(flags)} ({sum(flags)} new)\n")
    return DemoResult(password=password, emails=list(people))
