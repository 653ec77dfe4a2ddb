"""Demo questions from practice for both werkplaatsen, taken through the real workflow.

Called from :func:`werkplaats.network.demo.load_demo` after the agendas exist. The
questions are written as a professional or resident would write them, in plain Dutch,
about the themes of the source pages. Askers have made-up names and addresses on
example.org (a domain reserved for examples: mail to it is never delivered).

Every question is brought in with ``services.question_submit`` and moved with
``services.question_transition`` by the werkplaats's demo coordinator, so its status
changes, notes and audit entries are the ones a real question gets. Reflections are
written with ``services.reflection_save`` by the demo researcher.

**Mail.** Those services also enqueue e-mails with ``transaction.on_commit``: a
confirmation to the asker, a notice to the werkplaats mailbox, one per status change and
per published reflection; some 80 for the demo. The demo holds them back (see
``tasks_held_back``): nobody asked these questions, ``make run`` would fill ``var/mail/``
and the task log on its first start, and whoever loads the demo in a transaction that
commits (the browser tests do) would find the demo's mail among their own. Nothing in the
services changes for that: for the length of the demo, the three mail tasks the services
look up in ``questions.tasks`` are stand-ins that enqueue nothing. To see the mail an asker
gets, bring in a question through the form of a local run; it is written to ``var/mail/``.

**Dates.** Records get the time they are written; the demo then moves each question and
its status changes back to the dates below, so that the Noord-Holland questions fall in
that werkplaats's period (2020 to 2022) and lists look lived-in. Audit entries keep the real
time: they record when the demo loader did its work.

Loading is idempotent: a question is found by (werkplaats, title). An existing one gets
its descriptive fields updated, but its workflow is never run again, and a reflection is
only written when the question has none.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from werkplaats.accounts.models import User
from werkplaats.agenda.demo import agenda_theme
from werkplaats.lib.held_back import tasks_held_back
from werkplaats.network.models import Theme, Werkplaats
from werkplaats.questions import services
from werkplaats.questions import tasks as questions_tasks
from werkplaats.questions.models import Question, Reflection, Status, Transition

Urgency = Question.Urgency
Count = Callable[[str, bool], None]

# The person who moves the questions of each werkplaats (see network.demo.MEMBERS).
COORDINATORS = {
    "den-haag-leiden": "coordinator@example.org",
    "noord-holland": "coordinator-nh@example.org",
}
RESEARCHER = "onderzoeker@example.org"


def _no_count(label: str, created: bool) -> None:
    pass


@dataclass(frozen=True)
class Step:
    """One status change, taken ``days`` after the previous one."""

    to: str
    note: str = ""
    days: int = 7
    agenda_theme: str = ""  # title of an agenda theme of the question's own werkplaats
    werkplaats: str = ""  # slug of the werkplaats it is referred to
    institute: str = ""  # or the knowledge institute


@dataclass(frozen=True)
class DemoQuestion:
    title: str
    situation: str
    target_group: str
    themes: tuple[str, ...]
    asker: tuple[str, str, str, str]  # name, e-mail, organisation, role
    brought_in: date
    urgency: str = Urgency.MONTHS
    steps: tuple[Step, ...] = ()
    reflection: dict | None = None  # known, approaches, open_questions, references, publish

    @property
    def fields(self) -> dict:
        name, email, organisation, role = self.asker
        return {
            "title": self.title,
            "situation": self.situation,
            "target_group": self.target_group,
            "urgency": self.urgency,
            "asker_name": name,
            "asker_email": email,
            "asker_organisation": organisation,
            "asker_role": role,
            "contact_consent": True,
        }


def handle(note: str = "", days: int = 7) -> Step:
    return Step(Status.IN_PROGRESS, note=note, days=days)


# Reflections cite real, well-known literature; DOIs are left out rather than guessed.
LONELINESS_REFLECTION = {
    "known": """\
Eenzaamheid is meer dan alleen zijn. Onderzoekers maken onderscheid tussen *sociale
eenzaamheid* (te weinig mensen om je heen) en *emotionele eenzaamheid* (niemand die echt
dichtbij is). Langdurige eenzaamheid hangt samen met een slechtere gezondheid. In een groot
overzichtsonderzoek vonden Holt-Lunstad en collega's (2010) dat sociale relaties even sterk
met sterfte samenhangen als bekende risico's zoals roken.

Ouderen die het meest eenzaam zijn, vragen zelf het minst vaak om hulp. Schaamte speelt
mee, en het idee dat niemand er iets aan kan doen. Wachten tot iemand zich meldt, werkt
dus niet.
""",
    "approaches": """\
- **Outreachend werken:** op huisbezoek gaan, bijvoorbeeld rond een verjaardag of na een
  ingrijpende gebeurtenis zoals het overlijden van een partner.
- **Signalen bundelen:** afspraken met huisarts, thuiszorg, woningcorporatie en apotheek
  over wie wat ziet, en bij wie ze dat melden.
- **Aansluiten bij wat iemand wil:** niet iedereen wil naar een activiteit. Soms helpt één
  vast contact meer dan een groep.
""",
    "open_questions": """\
- Welke signalen zien buren en vrijwilligers het eerst?
- Hoe voorkom je dat een huisbezoek voelt als controle?
""",
    "references": [
        {
            "authors": "Holt-Lunstad, J., Smith, T. B., & Layton, J. B.",
            "year": 2010,
            "title": "Social relationships and mortality risk: a meta-analytic review",
            "source": "PLoS Medicine",
        },
        {
            "authors": "Cacioppo, J. T., & Patrick, W.",
            "year": 2008,
            "title": "Loneliness: Human nature and the need for social connection",
            "source": "W. W. Norton",
        },
    ],
    "publish": True,
}

DEBT_REFLECTION = {
    "known": """\
Geldzorgen kosten denkkracht. Wie lang te weinig geld heeft, is vooral bezig met de
rekening van vandaag. Mullainathan en Shafir (2013) noemen dit het effect van *schaarste*:
er blijft minder ruimte over voor plannen en overzicht. Dat verklaart voor een deel
waarom mensen brieven niet openen en laat om hulp vragen.

De WRR (2017) laat zien dat de overheid veel verwacht van de *redzaamheid* van burgers.
Weten wat je moet doen is nog niet hetzelfde als het kunnen doen, zeker niet onder
stress. Daarnaast speelt schaamte: schulden voelen voor veel mensen als persoonlijk
falen.
""",
    "approaches": """\
- **Vroegsignalering:** afspraken met woningcorporaties, energieleveranciers en
  zorgverzekeraars, zodat een betalingsachterstand vroeg gemeld wordt en de gemeente
  contact kan opnemen.
- **De drempel verlagen:** spreekuren op plekken waar mensen al komen, zoals de
  bibliotheek of het buurthuis.
- **Eerst rust:** eerst de stress verminderen, bijvoorbeeld met een afspraak met
  schuldeisers om even niet te innen, en dan pas een plan maken.
""",
    "open_questions": """\
- Wat werkt bij bewoners die al eerder slechte ervaringen hadden met schuldhulp?
""",
    "references": [
        {
            "authors": "Wetenschappelijke Raad voor het Regeringsbeleid",
            "year": 2017,
            "title": "Weten is nog geen doen. Een realistisch perspectief op redzaamheid",
            "source": "WRR, Den Haag",
        },
        {
            "authors": "Mullainathan, S., & Shafir, E.",
            "year": 2013,
            "title": "Scarcity: Why having too little means so much",
            "source": "Times Books",
        },
    ],
    "publish": True,
}

WELCOME_REFLECTION = {
    "known": """\
Kal (2001) beschrijft *kwartiermaken*: werken aan ruimte in de samenleving voor mensen
met een psychiatrische achtergrond. Het gaat dan niet alleen om steun aan de persoon, maar
ook om de omgeving: de buurt, het buurthuis en de vrijwilligers. Gastvrijheid moet je
organiseren; ze ontstaat niet vanzelf.

Van Regenmortel (2008) legt bij *empowerment* de nadruk op wat mensen zelf kunnen en
willen, en op hun verbinding met anderen.
""",
    "approaches": """\
- Vrijwilligers leren hoe ze reageren als iemand onrustig wordt.
- Ervaringsdeskundigen betrekken als gastheer of gastvrouw.
""",
    "open_questions": """\
- Wat hebben vaste bezoekers nodig om zich ook veilig te blijven voelen?
""",
    "references": [
        {
            "authors": "Kal, D.",
            "year": 2001,
            "title": "Kwartiermaken. Werken aan ruimte voor mensen met een psychiatrische "
            "achtergrond",
            "source": "Boom",
        },
        {
            "authors": "Van Regenmortel, T.",
            "year": 2008,
            "title": "Zwanger van empowerment. Een uitdagend kader voor sociale inclusie en "
            "moderne zorg",
            "source": "Fontys Hogescholen (openbare les)",
        },
    ],
    "publish": False,
}


QUESTIONS: dict[str, list[DemoQuestion]] = {
    "den-haag-leiden": [
        DemoQuestion(
            title="Hoe houden we jongeren in de buurt betrokken als het jongerenwerk in de "
            "zomer stopt?",
            situation="In de zomervakantie is ons jongerenwerk zes weken dicht. Jongeren "
            "hangen dan meer op straat en buurtbewoners klagen over overlast. Na de zomer "
            "moeten we het contact met een deel van de jongeren weer helemaal opbouwen. We "
            "willen weten hoe andere wijken dit oplossen, en wat jongeren zelf willen.",
            target_group="Jongeren van 12 tot 18 jaar in Den Haag",
            themes=("inclusie-en-participatie",),
            asker=(
                "Youssef Amrani",
                "y.amrani@example.org",
                "Welzijnsorganisatie in Den Haag",
                "jongerenwerker",
            ),
            brought_in=date(2026, 10, 28),
        ),
        DemoQuestion(
            title="Welke woorden gebruiken we in brieven over de Wmo, zodat bewoners ze begrijpen?",
            situation="Onze brieven over de Wmo kloppen juridisch, maar veel bewoners bellen "
            "ons omdat ze niet snappen wat er staat. Sommigen reageren helemaal niet en "
            "missen dan een termijn. We willen brieven schrijven op taalniveau B1, zonder "
            "dat ze juridisch fout worden.",
            target_group="Inwoners die Wmo-ondersteuning aanvragen",
            themes=("toegang-tot-hulp-en-ondersteuning",),
            asker=(
                "Priya Professional",
                "professional@example.org",
                "Gemeente Leiden",
                "Wmo-consulent",
            ),
            brought_in=date(2026, 11, 9),
            urgency=Urgency.CAN_WAIT,
        ),
        DemoQuestion(
            title="Hoe maken we het buurthuis een plek waar ook mensen met psychische "
            "kwetsbaarheid zich welkom voelen?",
            situation="In ons buurthuis komen steeds meer bewoners met psychische problemen. "
            "Sommige vaste bezoekers voelen zich daar ongemakkelijk bij. Onze vrijwilligers "
            "weten niet goed hoe ze moeten reageren als iemand onrustig wordt. We willen dat "
            "iedereen zich welkom voelt, ook de vrijwilligers zelf.",
            target_group="Bezoekers en vrijwilligers van een buurthuis in Leiden",
            themes=("inclusie-en-participatie",),
            asker=(
                "Vera Vrijwilliger",
                "vrijwilliger@example.org",
                "Buurthuis in Leiden",
                "vrijwilliger",
            ),
            brought_in=date(2026, 6, 2),
            steps=(
                handle(
                    "We bespreken uw vraag met de onderzoekers van het lectoraat Sociale "
                    "Innovatie. U hoort binnen een maand van ons."
                ),
            ),
            reflection=WELCOME_REFLECTION,
        ),
        DemoQuestion(
            title="Hoe zetten we ervaringsdeskundigen in ons wijkteam in zonder dat zij "
            "overbelast raken?",
            situation="Ons wijkteam heeft sinds dit jaar twee ervaringsdeskundigen. Zij "
            "maken snel contact met bewoners die hulpverleners wantrouwen. Maar ze krijgen "
            "ook de zwaarste situaties, en een van hen is al een tijd ziek. We willen weten "
            "hoe andere teams de rol en de begeleiding van ervaringsdeskundigen regelen.",
            target_group="Ervaringsdeskundigen en wijkteams",
            themes=("kenniscoproductie", "inclusie-en-participatie"),
            asker=(
                "Marieke de Boer",
                "m.deboer@example.org",
                "Wijkteam in Leiden",
                "teamleider",
            ),
            brought_in=date(2026, 8, 19),
            steps=(handle(days=12),),
        ),
        DemoQuestion(
            title="Hoe kunnen we als wijkteam eenzame ouderen beter bereiken?",
            situation="In onze wijk wonen veel ouderen alleen. Een deel van hen komt bijna "
            "niet buiten en meldt zich nooit zelf bij het wijkteam. We horen pas van hen als "
            "er al veel mis is, bijvoorbeeld na een val of als de buren zich zorgen maken. "
            "Hoe komen we eerder in contact, zonder dat het voelt als bemoeienis?",
            target_group="Ouderen van 75 jaar en ouder die alleen wonen",
            themes=("inclusie-en-participatie", "integraal-en-wijkgericht-werken"),
            asker=(
                "Fatima Ouali",
                "f.ouali@example.org",
                "Wijkteam in Den Haag",
                "ouderenadviseur",
            ),
            brought_in=date(2025, 2, 11),
            urgency=Urgency.URGENT,
            steps=(
                handle("Dank u wel. Een onderzoeker kijkt wat hier al over bekend is."),
                Step(
                    Status.ON_AGENDA,
                    note="Uw vraag past bij het thema Eenzaamheid en contact in de wijk. We "
                    "nemen hem mee in het leeratelier dat in september begint.",
                    days=30,
                    agenda_theme="Eenzaamheid en contact in de wijk",
                ),
            ),
            reflection=LONELINESS_REFLECTION,
        ),
        DemoQuestion(
            title="Wat helpt gezinnen met een laag inkomen om hun kinderen mee te laten doen "
            "aan sport en cultuur?",
            situation="Er zijn regelingen die de contributie van de sportclub of de "
            "muziekles betalen. Toch gebruiken veel gezinnen ze niet. Ouders weten niet dat "
            "de regeling bestaat, vinden de aanvraag ingewikkeld, of schamen zich. De "
            "kinderen doen daardoor minder mee dan hun klasgenoten.",
            target_group="Kinderen van 4 tot 18 jaar in gezinnen met een laag inkomen",
            themes=("armoede", "inclusie-en-participatie"),
            asker=(
                "Bea Bewoner",
                "bewoner@example.org",
                "",
                "bewoner en moeder van twee kinderen",
            ),
            brought_in=date(2025, 9, 3),
            steps=(
                handle(days=5),
                Step(
                    Status.ON_AGENDA,
                    days=21,
                    agenda_theme="Armoede en geldzorgen",
                ),
            ),
        ),
        DemoQuestion(
            title="Hoe voorkomen we dat bewoners van loket naar loket worden gestuurd?",
            situation="Een bewoner met vragen over zorg, schulden en werk moet nu bij drie "
            "organisaties zijn verhaal doen. Iedereen verwijst door, en niemand houdt het "
            "overzicht. Bewoners haken af en komen later terug met grotere problemen.",
            target_group="Inwoners met vragen op meer terreinen tegelijk",
            themes=("toegang-tot-hulp-en-ondersteuning", "integraal-en-wijkgericht-werken"),
            asker=(
                "Bas Beleidsmaker",
                "beleidsmaker@example.org",
                "Gemeente Den Haag",
                "beleidsadviseur sociaal domein",
            ),
            brought_in=date(2024, 6, 4),
            steps=(
                handle(days=3),
                Step(
                    Status.ON_AGENDA,
                    note="Deze vraag hoort bij het thema Toegang tot hulp en ondersteuning.",
                    days=14,
                    agenda_theme="Toegang tot hulp en ondersteuning",
                ),
            ),
        ),
        DemoQuestion(
            title="Waarom vragen mensen met schulden pas zo laat om hulp?",
            situation="Bij de schuldhulpverlening komen mensen vaak pas als de deurwaarder "
            "al langs is geweest. De schulden zijn dan hoog, de stress is groot en er is "
            "weinig ruimte om samen een plan te maken. We willen begrijpen waarom mensen zo "
            "lang wachten, en wat wij anders kunnen doen.",
            target_group="Inwoners met problematische schulden",
            themes=("armoede",),
            asker=(
                "Sander Vermeulen",
                "s.vermeulen@example.org",
                "Schuldhulpverlening in Den Haag",
                "schuldhulpverlener",
            ),
            brought_in=date(2024, 1, 16),
            steps=(
                handle(days=4),
                Step(
                    Status.ANSWERED,
                    note="Onderzoekers van het lectoraat hebben op een rij gezet wat hier "
                    "over bekend is. Kort gezegd: schaamte, het idee het zelf te moeten "
                    "oplossen en de stress van geldzorgen zelf maken dat mensen laat hulp "
                    "vragen. Lees de wetenschappelijke reflectie bij deze vraag. In het "
                    "kenniscafé van april bespreken we wat dit betekent voor het werk.",
                    days=60,
                ),
            ),
            reflection=DEBT_REFLECTION,
        ),
        DemoQuestion(
            title="Hoe organiseren we een kenniscafé waar bewoners en professionals echt met "
            "elkaar in gesprek gaan?",
            situation="Bij onze bijeenkomsten praten vooral professionals met elkaar. "
            "Bewoners zitten erbij, maar komen weinig aan het woord. We willen een "
            "kenniscafé organiseren waar hun ervaring net zo zwaar weegt als die van de "
            "onderzoekers.",
            target_group="Bewoners, professionals en studenten",
            themes=("kenniscoproductie",),
            asker=(
                "Dirk Docent",
                "docent@example.org",
                "De Haagse Hogeschool",
                "docent sociaal werk",
            ),
            brought_in=date(2023, 5, 10),
            urgency=Urgency.CAN_WAIT,
            steps=(
                handle(days=6),
                Step(
                    Status.ON_AGENDA,
                    days=20,
                    agenda_theme="Samen kennis maken met bewoners en professionals",
                ),
                Step(
                    Status.ANSWERED,
                    note="In het leeratelier hebben bewoners, studenten en professionals "
                    "samen een werkvorm voor het kenniscafé gemaakt. De handreiking staat "
                    "bij de producten van de werkplaats. Het eerste kenniscafé met deze "
                    "werkvorm was in november.",
                    days=180,
                ),
            ),
        ),
        DemoQuestion(
            title="Welke aanpak werkt om mantelzorgers van mensen met dementie te ontlasten?",
            situation="Steeds meer mantelzorgers van mensen met dementie raken overbelast. "
            "Ze vragen pas hulp als ze zelf ziek worden. We zoeken een aanpak die bewezen "
            "werkt, zodat we die in onze gemeente kunnen invoeren.",
            target_group="Mantelzorgers van thuiswonende mensen met dementie",
            themes=("toegang-tot-hulp-en-ondersteuning",),
            asker=(
                "Henk Jansen",
                "h.jansen@example.org",
                "Steunpunt mantelzorg in Leiden",
                "consulent mantelzorg",
            ),
            brought_in=date(2024, 10, 8),
            steps=(
                handle(days=5),
                Step(
                    Status.REFERRED,
                    note="Movisie houdt overzichten bij van onderzochte aanpakken voor "
                    "mantelzorgers en kan u daar beter bij helpen. We hebben uw vraag aan "
                    "hen doorgegeven. Wilt u daarna uw ervaringen in de werkplaats delen? "
                    "Dan horen we dat graag.",
                    days=10,
                    institute="Movisie",
                ),
            ),
        ),
        DemoQuestion(
            title="Kunnen jullie een klanttevredenheidsonderzoek voor onze organisatie uitvoeren?",
            situation="We willen weten hoe tevreden onze cliënten zijn over onze "
            "dienstverlening. We zoeken een partij die een vragenlijst maakt, afneemt en de "
            "uitkomsten voor ons op een rij zet.",
            target_group="Cliënten van onze organisatie",
            themes=(),
            asker=(
                "Ellen Visser",
                "e.visser@example.org",
                "Zorgorganisatie in Leiden",
                "kwaliteitsmedewerker",
            ),
            brought_in=date(2025, 3, 20),
            urgency=Urgency.URGENT,
            steps=(
                handle(days=2),
                Step(
                    Status.REJECTED,
                    note="Dank u voor uw vraag. De werkplaats onderzoekt vragen uit de "
                    "praktijk samen met het werkveld, zodat ook anderen ervan leren. Een "
                    "tevredenheidsonderzoek voor één organisatie past daar niet bij. "
                    "Studenten sociaal werk doen zulke onderzoeken soms als "
                    "afstudeeropdracht; we sturen u de gegevens van het stagebureau.",
                    days=5,
                ),
            ),
        ),
    ],
    "noord-holland": [
        DemoQuestion(
            title="Hoe kunnen vrijwilligers op Texel beter samenwerken met het sociaal team?",
            situation="Op Texel doen vrijwilligers veel: ze rijden mensen naar het "
            "ziekenhuis, helpen bij formulieren en gaan op bezoek. Ze zien vaak als eerste "
            "dat het met iemand slechter gaat. Maar ze weten niet wanneer en hoe ze het "
            "sociaal team kunnen inschakelen, en ze willen het vertrouwen van de bewoner "
            "niet beschamen.",
            target_group="Vrijwilligers en het sociaal team op Texel",
            themes=("integraal-en-wijkgericht-werken",),
            asker=(
                "Joke Bakker",
                "j.bakker@example.org",
                "Vrijwilligerswerk op Texel",
                "coördinator vrijwilligers",
            ),
            brought_in=date(2022, 11, 14),
        ),
        DemoQuestion(
            title="Hoe bereiken we statushouders in Den Helder voor onze taalcafés?",
            situation="We organiseren taalcafés waar nieuwkomers Nederlands oefenen met "
            "vrijwilligers. Er komen vooral mensen die al goed Nederlands spreken. "
            "Statushouders die net in Den Helder wonen, zien we bijna niet.",
            target_group="Statushouders in Den Helder",
            themes=("inclusieve-wijk",),
            asker=(
                "Ahmad Haddad",
                "a.haddad@example.org",
                "Welzijnsorganisatie in Den Helder",
                "opbouwwerker",
            ),
            brought_in=date(2022, 12, 5),
            urgency=Urgency.CAN_WAIT,
        ),
        DemoQuestion(
            title="Hoe merken we als sociaal team sneller dat iemand hulp nodig heeft, maar "
            "niet zelf aanklopt?",
            situation="Bewoners met meerdere problemen vinden de weg naar hulp vaak niet. "
            "Ze komen pas in beeld als het escaleert, bijvoorbeeld bij een dreigende "
            "huisuitzetting. Woningcorporatie, huisarts en sociaal team zien elk een stukje, "
            "maar niemand heeft het hele beeld.",
            target_group="Inwoners van Hollands Kroon met meerdere problemen",
            themes=("toegang-tot-hulp-en-ondersteuning",),
            asker=(
                "Linda Smit",
                "l.smit@example.org",
                "Sociaal team in Hollands Kroon",
                "medewerker sociaal team",
            ),
            brought_in=date(2022, 3, 8),
            steps=(handle("We nemen uw vraag mee naar het verbetertraject Toegang."),),
        ),
        DemoQuestion(
            title="Welke gesprekken kunnen online en welke moeten we echt face-to-face voeren?",
            situation="Sinds corona voeren we veel gesprekken via beeldbellen. Voor sommige "
            "cliënten werkt dat goed: ze hoeven niet te reizen en voelen zich thuis meer op "
            "hun gemak. Bij anderen missen we juist veel, zoals hoe het huis eruitziet of "
            "hoe iemand erbij zit. We zoeken houvast voor die keuze.",
            target_group="Cliënten van het maatschappelijk werk",
            themes=("blended-hulpverlening",),
            asker=(
                "Rob de Vries",
                "r.devries@example.org",
                "Maatschappelijk werk in Alkmaar",
                "maatschappelijk werker",
            ),
            brought_in=date(2022, 5, 17),
            steps=(handle(days=9),),
        ),
        DemoQuestion(
            title="Hoe maken de K4-gemeenten samen afspraken over wijkgericht werken, zonder "
            "dat elke gemeente haar eigen aanpak kwijtraakt?",
            situation="Schagen, Den Helder, Hollands Kroon en Texel werken steeds meer "
            "samen. Professionals werken soms in meer dan één gemeente, maar elke gemeente "
            "heeft eigen afspraken en systemen. Dat kost tijd, en bewoners merken het.",
            target_group="Professionals en beleidsmakers in de K4-gemeenten",
            themes=("integraal-en-wijkgericht-werken",),
            asker=(
                "Kees Mulder",
                "k.mulder@example.org",
                "Gemeente in de Kop van Noord-Holland",
                "beleidsadviseur sociaal domein",
            ),
            brought_in=date(2020, 3, 2),
            steps=(
                handle(days=3),
                Step(
                    Status.ON_AGENDA,
                    note="Deze vraag is het startpunt van het leertraject Integraal en "
                    "wijkgericht werken.",
                    days=28,
                    agenda_theme="Integraal en wijkgericht werken in de Kop van Noord-Holland",
                ),
            ),
        ),
        DemoQuestion(
            title="Hoe begeleiden we mensen in de bijstand naar werk dat echt bij hen past?",
            situation="Klantmanagers moeten veel mensen in korte tijd naar een baan helpen. "
            "Soms past die baan niet bij wat iemand kan of wil. Dan valt iemand na een paar "
            "maanden weer uit en begint alles opnieuw. Hoe kijken we breder dan alleen 'aan "
            "het werk'?",
            target_group="Mensen met een bijstandsuitkering in de IJmond",
            themes=("participatiewet",),
            asker=(
                "Sandra Koster",
                "s.koster@example.org",
                "IJmond Werkt!",
                "klantmanager",
            ),
            brought_in=date(2020, 9, 15),
            steps=(
                handle(days=7),
                Step(
                    Status.ON_AGENDA,
                    days=21,
                    agenda_theme="Meedoen via werk: de Participatiewet in de praktijk",
                ),
            ),
        ),
        DemoQuestion(
            title="Hoe helpen we cliënten met geldzorgen die niet digitaal vaardig zijn?",
            situation="Steeds meer hulp bij geldzaken gaat via apps en websites: "
            "toeslagen aanvragen, een betalingsregeling treffen, post van instanties lezen. "
            "Cliënten zonder computer of met weinig digitale vaardigheden raken achter. Hoe "
            "combineren we online hulp met hulp aan de keukentafel?",
            target_group="Cliënten van de klantreis armoede",
            themes=("blended-hulpverlening", "armoede"),
            asker=(
                "Esther Brouwer",
                "e.brouwer@example.org",
                "Ondersteuning in Alkmaar",
                "cliëntondersteuner",
            ),
            brought_in=date(2021, 4, 6),
            steps=(
                handle(days=4),
                Step(
                    Status.ON_AGENDA,
                    note="We volgen deze vraag in de klantreis armoede van Blended "
                    "Effectmeting en Benchmark.",
                    days=14,
                    agenda_theme="Blended hulpverlening: online en fysiek",
                ),
            ),
        ),
        DemoQuestion(
            title="Wat heeft de lockdown gedaan met jongeren die al weinig contact hadden?",
            situation="Tijdens de lockdown waren scholen, sportclubs en het jongerenwerk "
            "dicht. Jongeren die al kwetsbaar waren, zagen we nog maar af en toe. We willen "
            "weten wat dat met hen heeft gedaan, en hoe we hen nu weer bereiken.",
            target_group="Jongeren van 14 tot 23 jaar in Haarlem",
            themes=("gevolgen-van-covid-19",),
            asker=(
                "Daan Hendriks",
                "d.hendriks@example.org",
                "Jongerenwerk in Haarlem",
                "jongerenwerker",
            ),
            brought_in=date(2020, 11, 23),
            urgency=Urgency.URGENT,
            steps=(
                handle(days=2),
                Step(Status.ON_AGENDA, days=14, agenda_theme="Gevolgen van covid-19"),
                Step(
                    Status.ANSWERED,
                    note="In het leeratelier met DOCK en Haarlem Effect hebben "
                    "jongerenwerkers en onderzoekers gesprekken met jongeren samen "
                    "besproken. De uitkomsten staan in een casuïstiekbundel bij de "
                    "producten van de werkplaats. Kort gezegd: jongeren misten vooral vaste "
                    "plekken en vaste gezichten. Outreachend werken en samenwerken met "
                    "scholen hielpen om het contact te herstellen.",
                    days=240,
                ),
            ),
        ),
        DemoQuestion(
            title="Hoe kan ik als sociaal werker invloed uitoefenen op het beleid van de gemeente?",
            situation="In mijn werk zie ik vaak dat regels niet passen bij wat bewoners "
            "nodig hebben. Ik geef dat door aan mijn leidinggevende, maar daarna hoor ik er "
            "niets meer over. Hoe zorg ik dat signalen uit de praktijk bij de beleidsmakers "
            "aankomen?",
            target_group="Sociaal werkers",
            themes=("invloed-van-professionals", "sociale-reflexiviteit"),
            asker=(
                "Ingrid Peters",
                "i.peters@example.org",
                "Welzijnsorganisatie in Alkmaar",
                "sociaal werker",
            ),
            brought_in=date(2021, 2, 9),
            steps=(
                handle(days=6),
                Step(
                    Status.ANSWERED,
                    note="Deze vraag is besproken in het leeratelier over de invloed van "
                    "sociaal professionals. Daar is een werkvorm gemaakt om signalen uit de "
                    "praktijk te bundelen en samen met bewoners aan de gemeenteraad voor te "
                    "leggen. U vindt de werkvorm bij de producten van de werkplaats.",
                    days=150,
                ),
            ),
        ),
        DemoQuestion(
            title="Hoe laten we bewoners van Leiden-Noord meedenken over onderzoek in hun "
            "eigen wijk?",
            situation="Ik werk als opbouwwerker in Leiden-Noord. Er wordt veel onderzoek "
            "gedaan in onze wijk, maar bewoners horen zelden wat er met hun verhalen "
            "gebeurt. We willen dat bewoners vanaf het begin meedenken. Ik vond jullie "
            "werkplaats via internet.",
            target_group="Bewoners van Leiden-Noord",
            themes=("kenniscoproductie",),
            asker=(
                "Tim van Dijk",
                "t.vandijk@example.org",
                "Welzijnsorganisatie in Leiden",
                "opbouwwerker",
            ),
            brought_in=date(2022, 6, 21),
            steps=(
                handle(days=3),
                Step(
                    Status.REFERRED,
                    note="Uw vraag gaat over Leiden. De Werkplaats Sociaal Domein Den Haag & "
                    "Leiden werkt in uw regio samen met bewoners aan onderzoek. We hebben "
                    "uw vraag aan hen doorgestuurd; zij nemen contact met u op.",
                    days=4,
                    werkplaats="den-haag-leiden",
                ),
            ),
        ),
        DemoQuestion(
            title="Kunnen studenten voor ons de jaarlijkse buurtbarbecue organiseren?",
            situation="Elk jaar organiseren we een barbecue voor de buurt. Dit jaar hebben "
            "we te weinig vrijwilligers. Misschien kunnen studenten Social Work helpen met "
            "de organisatie.",
            target_group="Buurtbewoners in Haarlem",
            themes=("inclusieve-wijk",),
            asker=(
                "Gerda Bos",
                "g.bos@example.org",
                "Bewonersgroep in Haarlem",
                "vrijwilliger",
            ),
            brought_in=date(2021, 5, 11),
            steps=(
                handle(days=3),
                Step(
                    Status.REJECTED,
                    note="Wat fijn dat u zich inzet voor de buurt. De werkplaats onderzoekt "
                    "vragen uit de praktijk samen met het werkveld. Een activiteit "
                    "organiseren hoort daar niet bij. De opleiding Social Work zoekt wel "
                    "vaker plekken waar studenten vrijwilligerswerk kunnen doen; we sturen "
                    "u de contactgegevens.",
                    days=4,
                ),
            ),
        ),
    ],
}


MAIL_TASKS = ("mail_question_received", "mail_question_transition", "mail_reflection_published")


def _at(day: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _run_workflow(question: Question, spec: DemoQuestion, actor) -> Question:
    for step in spec.steps:
        question = services.question_transition(
            actor=actor,
            question=question,
            version=question.version,
            to_status=step.to,
            note=step.note,
            agenda_theme=(
                agenda_theme(question.werkplaats.slug, step.agenda_theme)
                if step.agenda_theme
                else None
            ),
            referred_to_werkplaats=(
                Werkplaats.objects.get(slug=step.werkplaats) if step.werkplaats else None
            ),
            referred_to_institute=step.institute,
        )
    return question


def _backdate(question: Question, spec: DemoQuestion) -> None:
    """Move the question and its status changes back to the dates of ``spec``."""
    moment = _at(spec.brought_in)
    transitions = list(question.transitions.order_by("id"))
    # The first transition is the submission itself; each step follows its own.
    days = [0, *(step.days for step in spec.steps)]
    for transition, offset in zip(transitions, days, strict=True):
        moment += timedelta(days=offset)
        Transition.objects.filter(pk=transition.pk).update(created=moment)
    Question.objects.filter(pk=question.pk).update(created=_at(spec.brought_in), updated=moment)
    Reflection.objects.filter(question=question).update(created=moment, updated=moment)
    Reflection.objects.filter(question=question, published_at__isnull=False).update(
        published_at=moment
    )


def _save_reflection(question: Question, data: dict, researcher) -> bool:
    """Write the reflection unless the question has one; True when it was written."""
    if Reflection.objects.filter(question=question).exists():
        return False
    reflection = services.reflection_save(
        actor=researcher,
        question=question,
        version=None,
        references=data["references"],
        known=data["known"],
        approaches=data["approaches"],
        open_questions=data["open_questions"],
    )
    if data["publish"] and question.is_public:
        services.reflection_publish(actor=researcher, reflection=reflection)
    return True


def load_questions_demo(*, count: Count = _no_count) -> None:
    """Create the demo questions and take each through its steps of the workflow."""
    with tasks_held_back(questions_tasks, MAIL_TASKS):
        _load_questions(count)


def _load_questions(count: Count) -> None:
    users = {user.email: user for user in User.objects.filter(email__endswith="@example.org")}
    researcher = users[RESEARCHER]
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    for werkplaats_slug, specs in QUESTIONS.items():
        werkplaats = Werkplaats.objects.get(slug=werkplaats_slug)
        coordinator = users[COORDINATORS[werkplaats_slug]]
        for spec in specs:
            question_themes = [themes[slug] for slug in spec.themes]
            question = Question.objects.filter(werkplaats=werkplaats, title=spec.title).first()
            new = question is None
            if new:
                question = services.question_submit(
                    werkplaats=werkplaats,
                    themes=question_themes,
                    # A demo person who asks is linked, so the question shows on their page.
                    asker=users.get(spec.asker[1]),
                    **spec.fields,
                )
                question = _run_workflow(question, spec, coordinator)
            else:
                # Keep the text current, but leave the workflow to whoever uses the demo.
                Question.objects.filter(pk=question.pk).update(**spec.fields)
                question.themes.add(*question_themes)
            count("questions", new)
            if spec.reflection:
                count("reflections", _save_reflection(question, spec.reflection, researcher))
            if new:
                _backdate(question, spec)
