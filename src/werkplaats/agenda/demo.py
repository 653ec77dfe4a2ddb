"""Demo knowledge agendas, the national work programme, and members' support and comments.

Called from :func:`werkplaats.network.demo.load_demo`, after the werkplaatsen, themes and
people exist. The agenda themes follow the leerateliers and themes of the source pages in
``shared/seeds/``; the national themes are a plausible illustration of the KAMZO work
programme, not its actual text.

Loading is idempotent like the rest of the demo: national themes are found by slug, an
agenda by (werkplaats, first year) — the pair its unique constraint guards — and an agenda
theme by (agenda, title). Nothing is deleted, and links to themes are added, never reset,
so what someone added by hand stays. Like the network demo, the agenda itself is written
without audit entries: drawing up an agenda is not something a person did here.
"""

from collections.abc import Callable

from werkplaats.accounts.models import User
from werkplaats.agenda.models import Agenda, AgendaTheme, Comment, NationalTheme, Support
from werkplaats.agenda.services import comment_add, support_toggle
from werkplaats.network.models import Theme, Werkplaats
from werkplaats.questions.models import Question

HIGH, MEDIUM, LOW = AgendaTheme.Priority.HIGH, AgendaTheme.Priority.MEDIUM, AgendaTheme.Priority.LOW

Count = Callable[[str, bool], None]


def _no_count(label: str, created: bool) -> None:
    pass


# slug: (name, description), in the order of the programme.
NATIONAL_THEMES = {
    "bestaanszekerheid-en-armoede": (
        "Bestaanszekerheid en armoede",
        "Genoeg inkomen en zekerheid om mee te kunnen doen, en een aanpak van armoede en "
        "schulden die past bij het leven van mensen.",
    ),
    "toegang-tot-zorg-en-ondersteuning": (
        "Toegang tot zorg en ondersteuning",
        "Hulp en ondersteuning die bewoners kunnen vinden, begrijpen en krijgen.",
    ),
    "participatie-en-inclusie": (
        "Participatie en inclusie",
        "Meedoen in de samenleving, voor iedereen, ook voor mensen in kwetsbare situaties.",
    ),
    "professionalisering-van-het-sociaal-werk": (
        "Professionalisering van het sociaal werk",
        "Vakmanschap, reflectie en invloed van sociaal professionals, en de band tussen "
        "praktijk, onderzoek en onderwijs.",
    ),
    "wijkgericht-en-integraal-werken": (
        "Wijkgericht en integraal werken",
        "Samenwerken over de grenzen van organisaties heen, dichtbij bewoners in de wijk.",
    ),
    "jeugd-en-gezin": (
        "Jeugd en gezin",
        "Gezond en veilig opgroeien, met steun voor kinderen, jongeren, ouders en gezinnen.",
    ),
}

# werkplaats slug: the agenda, with its themes. Theme and national theme slugs refer to
# network.demo.THEMES and NATIONAL_THEMES above.
AGENDAS = {
    "den-haag-leiden": {
        "title": "Regionale kennisagenda Den Haag & Leiden",
        "start_year": 2023,
        "end_year": 2026,
        "introduction": """\
Deze kennisagenda laat zien aan welke vragen de werkplaats van 2023 tot en met 2026 werkt.
De thema's komen uit gesprekken met gemeenten, welzijns- en zorgorganisaties, bewoners,
docenten, studenten en onderzoekers.

Bij elk thema staat waarom het belangrijk is en wat we willen leren. Heeft u een vraag uit
de praktijk die hierbij past? **Breng hem in.** Zo blijft de agenda dicht bij wat er in de
wijk gebeurt.
""",
        "themes": [
            {
                "title": "Eenzaamheid en contact in de wijk",
                "priority": HIGH,
                "themes": ["inclusie-en-participatie", "integraal-en-wijkgericht-werken"],
                "national_themes": ["participatie-en-inclusie", "wijkgericht-en-integraal-werken"],
                "description": """\
Veel bewoners hebben weinig contact met anderen. Dat geldt voor ouderen die alleen wonen,
maar ook voor jongeren en mantelzorgers. Professionals en vrijwilligers zien het vaak wel,
maar weten niet altijd wat ze kunnen doen.

**Wat willen we leren?**

- Hoe bereiken we bewoners die zelf niet om hulp vragen?
- Welke activiteiten helpen echt, en voor wie?
- Hoe werken wijkteam, huisarts, thuiszorg en vrijwilligers hierin samen?
""",
            },
            {
                "title": "Armoede en geldzorgen",
                "priority": HIGH,
                "themes": ["armoede", "inclusie-en-participatie"],
                "national_themes": ["bestaanszekerheid-en-armoede"],
                "description": """\
Steeds meer huishoudens in Den Haag en Leiden komen niet rond. Geldzorgen geven stress, en
stress maakt het moeilijker om overzicht te houden. Veel mensen vragen pas hulp als de
schulden al hoog zijn.

**Wat willen we leren?**

- Hoe zorgen we dat bewoners eerder hulp vragen?
- Hoe praten we over geld zonder dat iemand zich schaamt?
- Hoe komen regelingen terecht bij de gezinnen die ze nodig hebben?
""",
            },
            {
                "title": "Toegang tot hulp en ondersteuning",
                "priority": MEDIUM,
                "themes": ["toegang-tot-hulp-en-ondersteuning"],
                "national_themes": ["toegang-tot-zorg-en-ondersteuning"],
                "description": """\
Bewoners in kwetsbare situaties vinden niet altijd de weg naar hulp. Formulieren zijn
ingewikkeld en brieven moeilijk. Wie meerdere problemen heeft, moet vaak bij verschillende
loketten zijn verhaal doen.

**Wat willen we leren?**

- Wat maakt hulp voor bewoners makkelijk te vinden en te krijgen?
- Hoe schrijven we zo dat iedereen het begrijpt (taalniveau B1)?
""",
            },
            {
                "title": "Samen kennis maken met bewoners en professionals",
                "priority": MEDIUM,
                "themes": ["kenniscoproductie"],
                "national_themes": ["professionalisering-van-het-sociaal-werk"],
                "description": """\
In de werkplaats maken onderzoekers, professionals, beleidsmakers, studenten en bewoners
samen kennis. Dat heet *kenniscoproductie*. Het klinkt goed, maar in de praktijk is het
niet altijd makkelijk.

**Wat willen we leren?**

- Hoe zorgen we dat de stem van bewoners echt meetelt?
- Welke werkvormen werken in leerateliers en kenniscafés?
- Hoe komt wat we leren in het onderwijs aan nieuwe professionals terecht?
""",
            },
            {
                "title": "Jongeren en gezinnen in kwetsbare situaties",
                "priority": LOW,
                "themes": ["inclusie-en-participatie"],
                "national_themes": ["jeugd-en-gezin"],
                "description": """\
Kinderen en jongeren groeien op in gezinnen met weinig geld, met spanningen thuis of met
zorg voor een ziek familielid. School, jongerenwerk en wijkteam zien elk een deel van het
verhaal.

**Wat willen we leren?**

- Hoe werken school, jongerenwerk en wijkteam beter samen?
- Hoe laten we jongeren zelf meepraten over wat zij nodig hebben?
""",
            },
        ],
    },
    "noord-holland": {
        "title": "Regionale kennisagenda Noord-Holland",
        "start_year": 2020,
        "end_year": 2022,
        "introduction": """\
Deze kennisagenda hebben we samen met het werkveld opgesteld: gemeenten, zorg- en
welzijnsorganisaties, cliënten- en burgerorganisaties, studenten, docenten en onderzoekers.
De thema's sluiten aan bij de leerateliers en bij het landelijke werkprogramma van de
Kennisalliantie Maatschappelijke Zorg en Ondersteuning (KAMZO).

Bij elk thema stellen we twee vragen: *Doen we het goede in het sociaal domein? En doen we
dat goed genoeg?*
""",
        "themes": [
            {
                "title": "Integraal en wijkgericht werken in de Kop van Noord-Holland",
                "priority": HIGH,
                "themes": ["integraal-en-wijkgericht-werken", "inclusieve-wijk"],
                "national_themes": ["wijkgericht-en-integraal-werken"],
                "description": """\
De gemeenten Schagen, Den Helder, Hollands Kroon en Texel (de K4) willen dat
professionals in de wijk beter samenwerken. Elke gemeente heeft een eigen manier van
werken, maar de bewoners zijn vaak dezelfden.

**Wat willen we leren?**

- Wat hebben sociale teams, huisartsen en vrijwilligers nodig om samen te werken?
- Hoe houdt elke gemeente daarbij haar eigen karakter?
""",
            },
            {
                "title": "Toegang tot hulp en ondersteuning",
                "priority": HIGH,
                "themes": ["toegang-tot-hulp-en-ondersteuning"],
                "national_themes": ["toegang-tot-zorg-en-ondersteuning"],
                "description": """\
In het verbetertraject *Toegang* werkt de gemeente Hollands Kroon met Movisie aan een
betere toegang tot hulp en ondersteuning. Andere gemeenten in de regio willen daarvan
leren.

**Wat willen we leren?**

- Hoe komen bewoners die niet zelf aankloppen eerder in beeld?
- Wat maakt de eerste stap naar hulp kleiner?
""",
            },
            {
                "title": "Meedoen via werk: de Participatiewet in de praktijk",
                "priority": MEDIUM,
                "themes": ["participatiewet"],
                "national_themes": ["participatie-en-inclusie", "bestaanszekerheid-en-armoede"],
                "description": """\
In het leeratelier met IJmond Werkt! kijken we hoe de Participatiewet in de praktijk
uitpakt: voor de mensen om wie het gaat, en voor de professionals die hen begeleiden.

**Wat willen we leren?**

- Wat is passend werk, en wie bepaalt dat?
- Wat hebben werkgevers en werknemers nodig om het werk vol te houden?
""",
            },
            {
                "title": "Gevolgen van covid-19",
                "priority": MEDIUM,
                "themes": ["gevolgen-van-covid-19"],
                "national_themes": ["jeugd-en-gezin", "professionalisering-van-het-sociaal-werk"],
                "description": """\
Samen met DOCK en Haarlem Effect onderzoeken we wat de coronacrisis betekende voor
bewoners en voor het sociaal werk.

**Wat willen we leren?**

- Wie raakte uit beeld, en hoe bereiken we hen weer?
- Wat hebben we in die tijd geleerd dat we willen houden?
""",
            },
            {
                "title": "Blended hulpverlening: online en fysiek",
                "priority": MEDIUM,
                "themes": ["blended-hulpverlening", "armoede"],
                "national_themes": [
                    "toegang-tot-zorg-en-ondersteuning",
                    "professionalisering-van-het-sociaal-werk",
                ],
                "description": """\
In *Blended Effectmeting en Benchmark* (BEB) zoeken we met MEE & de Wering en Adsysco naar
de goede mix van online en fysieke hulp. We volgen klantreizen, zoals
schoolmaatschappelijk werk en armoede.

**Wat willen we leren?**

- Welke gesprekken kunnen online, en welke niet?
- Wie heeft extra steun nodig om online hulp te kunnen gebruiken?
""",
            },
            {
                "title": "Invloed en reflexiviteit van sociaal professionals",
                "priority": LOW,
                "themes": ["sociale-reflexiviteit", "invloed-van-professionals"],
                "national_themes": ["professionalisering-van-het-sociaal-werk"],
                "description": """\
Sociaal professionals zien in hun werk wat goed gaat en wat schuurt. Hoe gebruiken ze die
kennis om invloed uit te oefenen op beleid? En hoe staan ze bewust stil bij hun eigen
handelen?

Deze vragen komen uit de leerateliers *Sociale reflexiviteit* en *Invloed van
professionals*.
""",
            },
        ],
    },
}

# Support by demo members: (e-mail, werkplaats slug, "theme" or "question", title).
# Only members of the werkplaats itself: the Noord-Holland demo has no members but its
# coordinator, so all of this is in Den Haag & Leiden.
SUPPORT = [
    ("professional@example.org", "den-haag-leiden", "theme", "Eenzaamheid en contact in de wijk"),
    ("bewoner@example.org", "den-haag-leiden", "theme", "Eenzaamheid en contact in de wijk"),
    ("vrijwilliger@example.org", "den-haag-leiden", "theme", "Eenzaamheid en contact in de wijk"),
    ("beleidsmaker@example.org", "den-haag-leiden", "theme", "Eenzaamheid en contact in de wijk"),
    ("bewoner@example.org", "den-haag-leiden", "theme", "Armoede en geldzorgen"),
    ("student@example.org", "den-haag-leiden", "theme", "Armoede en geldzorgen"),
    ("beleidsmaker@example.org", "den-haag-leiden", "theme", "Toegang tot hulp en ondersteuning"),
    (
        "vrijwilliger@example.org",
        "den-haag-leiden",
        "question",
        "Hoe kunnen we als wijkteam eenzame ouderen beter bereiken?",
    ),
    (
        "docent@example.org",
        "den-haag-leiden",
        "question",
        "Hoe kunnen we als wijkteam eenzame ouderen beter bereiken?",
    ),
    (
        "professional@example.org",
        "den-haag-leiden",
        "question",
        "Wat helpt gezinnen met een laag inkomen om hun kinderen mee te laten doen aan sport "
        "en cultuur?",
    ),
]

# Comments by demo members: (e-mail, werkplaats slug, "theme" or "question", title, text).
COMMENTS = [
    (
        "vrijwilliger@example.org",
        "den-haag-leiden",
        "theme",
        "Eenzaamheid en contact in de wijk",
        "Als vrijwilliger bij de boodschappendienst zie ik veel mensen die bijna nooit bezoek "
        "krijgen. Ik wil graag weten bij wie ik terecht kan als ik me zorgen maak.",
    ),
    (
        "bewoner@example.org",
        "den-haag-leiden",
        "theme",
        "Armoede en geldzorgen",
        "In mijn buurt zeggen mensen liever niet dat ze geldzorgen hebben. Kan de werkplaats "
        "ook kijken hoe je daar makkelijker over praat, bijvoorbeeld op school of bij de "
        "sportclub?",
    ),
    (
        "beleidsmaker@example.org",
        "den-haag-leiden",
        "theme",
        "Toegang tot hulp en ondersteuning",
        "Bij de gemeente werken we aan eenvoudigere brieven. We sluiten graag aan bij dit "
        "thema en delen wat we tot nu toe geleerd hebben.",
    ),
    (
        "student@example.org",
        "den-haag-leiden",
        "question",
        "Wat helpt gezinnen met een laag inkomen om hun kinderen mee te laten doen aan sport "
        "en cultuur?",
        "Voor mijn afstudeeropdracht interview ik ouders over regelingen voor sport en "
        "cultuur. Ik deel graag wat ik hoor.",
    ),
    (
        "professional@example.org",
        "den-haag-leiden",
        "question",
        "Hoe kunnen we als wijkteam eenzame ouderen beter bereiken?",
        "Bij ons werkt een vast telefoonrondje op zondag goed. Ouderen weten dan: er belt "
        "iemand. Ik vertel er graag meer over in het leeratelier.",
    ),
]


def load_agenda_demo(*, count: Count = _no_count) -> None:
    """Create or update the national themes and an agenda with themes per demo werkplaats."""
    national = {}
    for order, (slug, (name, description)) in enumerate(NATIONAL_THEMES.items(), start=1):
        national[slug], new = NationalTheme.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "order": order}
        )
        count("national themes", new)

    themes = {theme.slug: theme for theme in Theme.objects.all()}
    for werkplaats_slug, data in AGENDAS.items():
        werkplaats = Werkplaats.objects.get(slug=werkplaats_slug)
        agenda, new = Agenda.objects.update_or_create(
            werkplaats=werkplaats,
            start_year=data["start_year"],
            defaults={
                "title": data["title"],
                "end_year": data["end_year"],
                "introduction": data["introduction"],
            },
        )
        count("agendas", new)
        for theme_data in data["themes"]:
            agenda_theme, new = AgendaTheme.objects.update_or_create(
                agenda=agenda,
                title=theme_data["title"],
                defaults={
                    "description": theme_data["description"],
                    "priority": theme_data["priority"],
                },
            )
            count("agenda themes", new)
            agenda_theme.themes.add(*(themes[slug] for slug in theme_data["themes"]))
            agenda_theme.national_themes.add(
                *(national[slug] for slug in theme_data["national_themes"])
            )


def agenda_theme(werkplaats_slug: str, title: str) -> AgendaTheme:
    """A demo agenda theme by its werkplaats and title (titles repeat across werkplaatsen)."""
    return AgendaTheme.objects.get(agenda__werkplaats__slug=werkplaats_slug, title=title)


def _target(werkplaats_slug: str, kind: str, title: str) -> dict:
    if kind == "theme":
        return {"agenda_theme": agenda_theme(werkplaats_slug, title)}
    return {"question": Question.objects.get(werkplaats__slug=werkplaats_slug, title=title)}


def load_support_demo(*, count: Count = _no_count) -> None:
    """Members' support and comments on demo agenda themes and questions.

    Runs after the questions exist. Goes through the agenda services; since
    ``support_toggle`` takes support back when it is given already, it is only called
    for support that is not there yet.
    """
    users = {user.email: user for user in User.objects.filter(email__endswith="@example.org")}
    for email, werkplaats_slug, kind, title in SUPPORT:
        target = _target(werkplaats_slug, kind, title)
        exists = Support.objects.filter(user=users[email], **target).exists()
        if not exists:
            support_toggle(user=users[email], **target)
        count("support", not exists)
    for email, werkplaats_slug, kind, title, text in COMMENTS:
        target = _target(werkplaats_slug, kind, title)
        exists = Comment.objects.filter(user=users[email], text=text, **target).exists()
        if not exists:
            comment_add(user=users[email], text=text, **target)
        count("comments", not exists)
