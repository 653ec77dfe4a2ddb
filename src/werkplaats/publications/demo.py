"""Demo publications, news and uses in education for both werkplaatsen.

Called from :func:`werkplaats.network.demo.load_demo` after the ateliers and activities
exist. The kinds are the products the source pages in ``shared/seeds/`` name: "rapporten,
adviezen, boeken, methodieken, werkvormen en onderwijsmodules" (Den Haag & Leiden),
"handreikingen, artikelen, adviezen, columns, blogs, of casuïstiekbundels", publishing "in
vaktijdschriften" and knowledge brought "in de verschillende curricula van de hogeschool"
(Noord-Holland). Each werkplaats has every kind of ``Publication.Kind`` at least once,
published, dated within its period (Noord-Holland 2020 to 2022, Den Haag & Leiden from 2019
to now), tied to its own ateliers, public questions, agenda themes and themes. Noord-Holland
has at least two handreikingen, artikelen, adviezen, columns, blogs or casuïstiekbundels in
each of its three years, as its page promised. Den Haag & Leiden also has drafts, in concept
and in review, so that the members' view has work in progress.

**Texts and people.** Titles, summaries and bodies are written for the demo. Texts for
residents are in plain Dutch that ``lib.readability`` rates B1 (the tests check it). Authors
are demo logins (``network.demo.MEMBERS``) with the organisation of their membership, and
made-up people with the plainly invented surnames of ``activities.demo`` (several of them
speak at the demo activities too). Journals and numbers are left out where they would make
a claim about the real world: **no DOI** is given (``questions/demo.py`` cites its literature
without DOIs, and we do not invent identifiers that could resolve to real papers), and **no
ISBN** either (no ISBN range is reserved for examples, so any valid-looking number could be
a real book). The one journal named is "Vakblad Sociaal Werk" for the two vakpublicaties;
one blog points at the root of the real national site (https://www.werkplaatsensociaaldomein.nl/),
and the videos at addresses on ``video.example.org``, a domain reserved for examples.

**Through the services.** Publications go through ``publications.services``
(``publication_save``, ``publication_move`` concept → ter review → gepubliceerd, and
``publication_file_add`` with a small PDF made by ``activities.demo.presentation_pdf``), news
through ``pages.services`` (``news_save``, ``news_publish``) and uses in education through
``course_use_save``, so they get the checks, the audit entries and the search index the real
workflow gives. Three shortcuts:

* The moment a publication or news item was published (``published_at``) and made
  (``created``) are moved back to its date, as ``questions/demo.py`` does with questions;
  the services stamp "now", which would put a 2020 blog at the top of the feeds.
* Courses (one row each, no workflow) are written with ``get_or_create``: there is no
  service for them.
* Usage (views and downloads per month) is written as ``UsageCount`` rows: counting them
  one request at a time through ``usage_count`` would take thousands of writes. They cover
  the first months after each publication, downloads only where there is a file.

**Mail.** None of these services sends mail today; the test of this module loads the demo
with on-commit callbacks run and checks that none went out, so whoever adds mail to them
must hold it back here (``lib.held_back``) as the other demo modules do.

Loading is idempotent: a publication and a news item are found by (werkplaats, slug), a
course by (institution, name), a use in education by everything it says. An existing
publication or news item whose text differs is saved again through its service (one audit
entry, as for any edit); its links are added, never reset; its status, authors, files and
usage are left as the first run (or whoever used the demo since) made them. A second run
writes nothing.
"""

import random
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from werkplaats.accounts.models import Membership, User
from werkplaats.activities.demo import presentation_pdf
from werkplaats.agenda.models import AgendaTheme
from werkplaats.ateliers.models import Atelier
from werkplaats.network.models import Organisation, Theme, Werkplaats
from werkplaats.pages import services as pages_services
from werkplaats.pages.models import NewsItem
from werkplaats.publications import services
from werkplaats.publications.models import (
    AUDIENCE_FIELDS,
    Audience,
    Course,
    CourseUse,
    Publication,
    UsageCount,
)
from werkplaats.questions.models import Question

Kind = Publication.Kind
Status = Publication.Status
Licence = Publication.Licence
Count = Callable[[str, bool], None]

PROFESSIONALS = Audience.PROFESSIONALS
POLICY = Audience.POLICY
EDUCATION = Audience.EDUCATION
RESIDENTS = Audience.RESIDENTS

# Who publishes for each werkplaats (network.demo.MEMBERS).
COORDINATORS = {
    "den-haag-leiden": "coordinator@example.org",
    "noord-holland": "coordinator-nh@example.org",
}
NATIONAL_SITE = "https://www.werkplaatsensociaaldomein.nl/"


def _no_count(label: str, created: bool) -> None:
    pass


@dataclass(frozen=True)
class Writer:
    """An author: a demo login by e-mail address, or a made-up person by name."""

    email: str = ""
    name: str = ""
    affiliation: str = ""


def member(email: str) -> Writer:
    return Writer(email=email)


def person(name: str, affiliation: str = "") -> Writer:
    return Writer(name=name, affiliation=affiliation)


@dataclass(frozen=True)
class DemoPublication:
    slug: str
    title: str
    kind: str
    on: date
    summary: str
    body: str
    authors: tuple[Writer, ...]
    themes: tuple[str, ...]
    audiences: tuple[str, ...]
    ateliers: tuple[str, ...] = ()  # slugs of ateliers of the same werkplaats
    questions: tuple[str, ...] = ()  # titles of public questions of the same werkplaats
    agenda_themes: tuple[str, ...] = ()  # titles of agenda themes of the same werkplaats
    status: str = Status.PUBLISHED
    licence: str = Licence.CC_BY
    language: str = Publication.Language.DUTCH
    appeared_in: str = ""
    external_url: str = ""
    national_site_url: str = ""
    pdf: bool = False

    @property
    def fields(self) -> dict:
        audiences = {field: code in self.audiences for code, field in AUDIENCE_FIELDS.items()}
        return {
            "title": self.title,
            "kind": self.kind,
            "summary": _flow(self.summary),
            "body": self.body,
            "date": self.on,
            "language": self.language,
            "licence": self.licence,
            "appeared_in": self.appeared_in,
            "external_url": self.external_url,
            "national_site_url": self.national_site_url,
            **audiences,
        }


@dataclass(frozen=True)
class DemoNews:
    slug: str
    title: str
    on: date
    summary: str
    body: str
    published: bool = True

    @property
    def fields(self) -> dict:
        return {"title": self.title, "summary": _flow(self.summary), "body": self.body}


def _flow(text: str) -> str:
    """A summary written over several source lines, as one paragraph."""
    return " ".join(text.split())


# Members of Den Haag & Leiden and Noord-Holland who write (network.demo.MEMBERS).
COBY = member("coordinator@example.org")
OLAF = member("onderzoeker@example.org")
DIRK = member("docent@example.org")
SANNE = member("student@example.org")
PRIYA = member("professional@example.org")
BAS = member("beleidsmaker@example.org")
BEA = member("bewoner@example.org")
VERA = member("vrijwilliger@example.org")
NOOR = member("coordinator-nh@example.org")
NADIA = member("onderzoeker-nh@example.org")
PIETER = member("professional-nh@example.org")

# Den Haag & Leiden: agenda themes, questions and ateliers (agenda/, questions/, ateliers/demo.py).
LONELINESS = "Eenzaamheid en contact in de wijk"
POVERTY = "Armoede en geldzorgen"
ACCESS_DHL = "Toegang tot hulp en ondersteuning"
CO_PRODUCTION = "Samen kennis maken met bewoners en professionals"
YOUTH = "Jongeren en gezinnen in kwetsbare situaties"
INCLUSION_ATELIER = "leergemeenschap-inclusie-en-participatie"
CO_PRODUCTION_ATELIER = "leergemeenschap-kenniscoproductie"
YOUTH_ATELIER = "leergemeenschap-jongeren-en-gezinnen"
Q_KENNISCAFE = (
    "Hoe organiseren we een kenniscafé waar bewoners en professionals echt met elkaar in "
    "gesprek gaan?"
)
Q_LONELY_ELDERLY = "Hoe kunnen we als wijkteam eenzame ouderen beter bereiken?"
Q_DEBTS = "Waarom vragen mensen met schulden pas zo laat om hulp?"
Q_LOKET = "Hoe voorkomen we dat bewoners van loket naar loket worden gestuurd?"
Q_EXPERTS = "Hoe zetten we ervaringsdeskundigen in ons wijkteam in zonder dat zij overbelast raken?"
Q_WELCOME = (
    "Hoe maken we het buurthuis een plek waar ook mensen met psychische kwetsbaarheid zich "
    "welkom voelen?"
)
Q_CHILDREN = (
    "Wat helpt gezinnen met een laag inkomen om hun kinderen mee te laten doen aan sport en "
    "cultuur?"
)

# ---------------------------------------------------------------------------------------------
# Den Haag & Leiden, from 2019 to now
# ---------------------------------------------------------------------------------------------

DEN_HAAG_LEIDEN = [
    DemoPublication(
        slug="verkenning-meedoen-vanuit-de-leefwereld",
        title="Meedoen vanuit de leefwereld. Een verkenning van inclusie en participatie in "
        "Den Haag en Leiden",
        kind=Kind.RAPPORT,
        on=date(2019, 11, 28),
        summary="""
In het eerste jaar van de werkplaats spraken we met bewoners, sociaal professionals,
beleidsmakers en docenten in Den Haag en Leiden. Wat betekent meedoen voor bewoners in
kwetsbare situaties, en wat houdt hen tegen? Dit rapport brengt hun verhalen samen en legt ze
naast wat de wetenschap weet over inclusie en participatie. Drie dingen vallen op: meedoen
begint bij contact in de eigen buurt, regels en loketten staan bewoners vaak in de weg, en
professionals willen meer ruimte om aan te sluiten bij de leefwereld. Het rapport eindigt met
vragen voor de regionale kennisagenda.
""",
        body="""\
## Waarom deze verkenning

De Werkplaats Sociaal Domein Den Haag & Leiden wil de inclusie en de mogelijkheden tot
participatie van bewoners in kwetsbare situaties bevorderen. Om te weten waar we moesten
beginnen, vroegen we eerst aan de mensen om wie het gaat wat meedoen voor hen betekent.

## Hoe we te werk gingen

- 24 gesprekken met bewoners, in buurthuizen en bij mensen thuis;
- vier groepsgesprekken met sociaal professionals van gemeenten en welzijnsorganisaties;
- twee bijeenkomsten met docenten en studenten sociaal werk;
- een verkenning van de literatuur over inclusie, participatie en leefwereldgericht werken.

## Wat we vonden

### Meedoen begint dichtbij

Bewoners noemen vooral kleine dingen: een groet van de buren, een plek waar je zonder afspraak
binnen kunt lopen, iemand die je naam kent.

### Regels staan in de weg

Wie hulp nodig heeft, moet vaak bij meerdere loketten zijn verhaal doen. Brieven zijn moeilijk
te lezen, en wie een termijn mist, raakt ondersteuning kwijt.

### Professionals zoeken ruimte

Professionals willen aansluiten bij wat bewoners zelf belangrijk vinden, maar voelen zich
beperkt door productieafspraken en registratie.

## Vragen voor de kennisagenda

1. Hoe maken we voorzieningen in de wijk toegankelijk voor iedereen?
2. Hoe zorgen we dat de stem van bewoners meetelt in onderzoek en beleid?
3. Hoe leren studenten sociaal werk leefwereldgericht te werken?
""",
        authors=(OLAF, COBY, person("Hanneke Denkbeeld", "Hogeschool Leiden")),
        themes=("inclusie-en-participatie",),
        audiences=(PROFESSIONALS, POLICY),
        pdf=True,
    ),
    DemoPublication(
        slug="samen-kennis-maken",
        title="Samen kennis maken. Kenniscoproductie in het sociaal domein van Den Haag en Leiden",
        kind=Kind.BOEK,
        on=date(2023, 10, 12),
        summary="""
Hoe maken onderzoekers, professionals, beleidsmakers, studenten en bewoners samen kennis die
werkt in de praktijk? In dit boek beschrijven medewerkers van de werkplaats en hun partners
vier jaar kenniscoproductie in Den Haag en Leiden. Ze laten zien hoe vragen uit de praktijk
worden ingebracht, hoe onderzoekers die van wetenschappelijke reflectie voorzien, en hoe daar
samen een aanpak uit groeit. Elk hoofdstuk sluit af met werkvormen en vragen om zelf mee aan
de slag te gaan. Het boek is bedoeld voor sociaal professionals, docenten en studenten sociaal
werk, en voor iedereen die onderzoek wil doen mét in plaats van óver bewoners.
""",
        body="""\
## Over dit boek

De werkplaats is een leer-, werk- en onderzoeksgemeenschap. Dit boek laat zien wat dat in de
praktijk betekent, met voorbeelden uit wijken in Den Haag en Leiden.

## Inhoud

1. **Wat is kenniscoproductie?** Een korte geschiedenis en de belangrijkste begrippen.
2. **Van praktijkvraag naar onderzoeksvraag.** Hoe een vraag uit de wijk een gedeelde vraag
   wordt.
3. **Wetenschappelijke reflectie.** Wat weten we al, en hoe maak je dat bruikbaar?
4. **Bewoners aan tafel.** Over macht, taal en vertrouwen.
5. **Leren in de leergemeenschap.** Werkvormen voor bijeenkomsten, waaronder het kenniscafé.
6. **Naar het onderwijs.** Hoe studenten meedoen en wat docenten ermee doen.

## Voor wie

- sociaal professionals en hun teamleiders;
- docenten en studenten sociaal werk;
- beleidsmakers die met bewoners willen samenwerken.

## Open toegang

Het boek is vrij te downloaden. U mag het delen met bronvermelding, zonder het te bewerken en
niet voor commerciële doeleinden (CC BY-NC-ND 4.0).
""",
        authors=(
            OLAF,
            DIRK,
            COBY,
            person("Henk Naamloos"),
            person("Jeroen Bedenker", "Gemeente Leiden"),
        ),
        themes=("kenniscoproductie",),
        audiences=(PROFESSIONALS, EDUCATION),
        questions=(Q_KENNISCAFE,),
        agenda_themes=(CO_PRODUCTION,),
        licence=Licence.CC_BY_NC_ND,
        pdf=True,
    ),
    DemoPublication(
        slug="factsheet-geldzorgen-op-tijd-hulp",
        title="Geldzorgen? Zo vraagt u op tijd hulp",
        kind=Kind.FACTSHEET,
        on=date(2024, 5, 16),
        summary="""
Veel mensen wachten lang voordat ze hulp vragen bij geldzorgen. Ze schamen zich. Of ze denken
dat het vanzelf beter wordt. Maar hoe eerder u hulp vraagt, hoe meer er kan. Op deze
factsheet staat wat u zelf kunt doen. U leest ook waar u in Den Haag en Leiden terecht kunt.
De tekst is samen met bewoners geschreven. Zij vertellen wat hen hielp om de eerste stap te
zetten.
""",
        body="""\
## Herkent u dit?

- U maakt brieven niet meer open.
- U betaalt de ene rekening met het geld van de andere.
- U slaapt slecht door zorgen over geld.

Dan is het tijd om hulp te vragen. U bent niet de enige. Veel mensen hebben weleens zorgen
over geld.

## Wat kunt u zelf doen?

1. Pak alle brieven en rekeningen bij elkaar.
2. Maak een lijst. Aan wie moet u geld betalen?
3. Bel of mail naar wie u het eerst moet betalen. Vraag of u in delen mag betalen.

## Waar kunt u terecht?

- Bij het wijkteam van uw gemeente.
- Bij de schuldhulp van de gemeente. Die hulp is gratis.
- Bij een maatje die met u meekijkt naar uw post.

Weet u niet waar u moet beginnen? Ga naar het buurthuis. Daar helpen ze u verder.

## Wat bewoners zeggen

"Ik schaamde me heel erg. Maar de vrouw van het wijkteam keek niet raar op. Dat hielp."

"Ik had veel eerder moeten gaan. Nu weet ik dat."
""",
        authors=(PRIYA, VERA, person("Mohamed Proefstra", "Gemeente Den Haag")),
        themes=("armoede", "inclusie-en-participatie"),
        audiences=(RESIDENTS, PROFESSIONALS),
        questions=(Q_DEBTS,),
        agenda_themes=(POVERTY,),
    ),
    DemoPublication(
        slug="video-een-kenniscafe-in-leiden",
        title="Video: een kenniscafé in Leiden",
        kind=Kind.VIDEO,
        on=date(2024, 10, 4),
        summary="""
In september 2024 hield de leergemeenschap Kenniscoproductie haar eerste kenniscafé in
Leiden. Professionals, bewoners, studenten en onderzoekers praatten een avond lang over de
vraag wat samen kennis maken eigenlijk is. In deze video van twaalf minuten zie je hoe de
avond verliep: de opening met een korte stelling, de gesprekken aan kleine tafels en het
gezamenlijke slot. Deelnemers vertellen wat het hun opleverde en wat zij de volgende keer
anders zouden doen. De video is ondertiteld en bruikbaar als voorbeeld voor wie zelf een
kenniscafé wil organiseren.
""",
        body="""\
## Wat je ziet

- 0:00 Welkom en de stelling van de avond
- 2:30 Gesprekken aan tafel
- 7:45 Wat deelnemers meenemen
- 10:30 Tips voor een eigen kenniscafé

## Gebruik in het onderwijs

De video is geschikt om met studenten sociaal werk te bespreken. Vragen voor de nabespreking:

1. Wie kwam er aan het woord, en wie niet?
2. Wat deed de gespreksleider om iedereen te betrekken?
3. Hoe zou jij dit aanpakken in je eigen stageorganisatie?

## Toegankelijkheid

De video heeft Nederlandse ondertitels. Een uitgeschreven tekst is op te vragen bij de
werkplaats.
""",
        authors=(OLAF, person("Lotte Voorbeeld", "Hogeschool Leiden")),
        themes=("kenniscoproductie",),
        audiences=(PROFESSIONALS, EDUCATION),
        ateliers=(CO_PRODUCTION_ATELIER,),
        agenda_themes=(CO_PRODUCTION,),
        licence=Licence.CC_BY_NC,
        external_url="https://video.example.org/werkplaats-den-haag-leiden/kenniscafe-leiden",
    ),
    DemoPublication(
        slug="werkvorm-het-kenniscafe",
        title="Werkvorm Het kenniscafé: bewoners en professionals in gesprek",
        kind=Kind.WERKVORM,
        on=date(2024, 11, 21),
        summary="""
Een kenniscafé brengt bewoners, professionals, studenten en onderzoekers bij elkaar rond één
vraag uit de praktijk. Deze werkvorm beschrijft stap voor stap hoe je zo'n avond voorbereidt,
leidt en afsluit, zodat iedereen aan het woord komt en de opbrengst niet verloren gaat. De
werkvorm is ontwikkeld en uitgeprobeerd in de leergemeenschap Kenniscoproductie in Leiden. Je
vindt er een draaiboek, voorbeelden van stellingen, tips voor een toegankelijke plek en een
formulier om de opbrengst vast te leggen. Gebruik en bewerk de werkvorm gerust, als je de
bron noemt en je eigen versie ook deelt.
""",
        body="""\
## Doel

Bewoners en professionals gaan als gelijken met elkaar in gesprek over een vraag uit de
praktijk. De opbrengst is kennis die iedereen kan gebruiken.

## Voorbereiding

- Kies samen met bewoners een vraag die echt speelt.
- Zoek een plek waar bewoners al komen, zoals een buurthuis of bibliotheek.
- Nodig gericht uit: evenveel bewoners als professionals.
- Zorg voor koffie, thee en iets te eten.

## Draaiboek voor twee uur

1. **Welkom** (15 minuten): kennismaken in tweetallen.
2. **Aftrap** (10 minuten): een korte stelling of een verhaal uit de wijk.
3. **Tafelgesprekken** (50 minuten): tafels van zes, elk met een tafelhost.
4. **Opbrengst** (30 minuten): elke tafel deelt één inzicht en één vraag.
5. **Afsluiting** (15 minuten): wat doen we ermee, en wie doet wat?

## Tips

- Een tafelhost praat niet zelf, maar stelt vragen.
- Schrijf de opbrengst op in de woorden van de deelnemers.
- Laat binnen een maand weten wat er met de opbrengst is gebeurd.
""",
        authors=(OLAF, PRIYA, person("Anouk Verbeelding")),
        themes=("kenniscoproductie",),
        audiences=(PROFESSIONALS, EDUCATION),
        ateliers=(CO_PRODUCTION_ATELIER,),
        questions=(Q_KENNISCAFE,),
        agenda_themes=(CO_PRODUCTION,),
        licence=Licence.CC_BY_SA,
        pdf=True,
    ),
    DemoPublication(
        slug="column-koffie-zonder-afspraak",
        title="Column: koffie zonder afspraak",
        kind=Kind.COLUMN,
        on=date(2025, 4, 8),
        summary="""
Bea woont al dertig jaar in dezelfde wijk. Na de dood van haar man kwam ze bijna de deur niet
meer uit. In deze column vertelt ze wat haar weer op weg hielp. Dat was een buurthuis waar ze
zonder afspraak koffie kon drinken. Niemand vroeg waarom ze kwam. Er stond gewoon elke week
dezelfde vrouw bij de deur. Bea schreef de column samen met Priya. Priya is sociaal werker in
Leiden.
""",
        body="""\
Na de dood van mijn man was het stil in huis. Heel stil. Ik zag dagen niemand. Mijn kinderen
wonen ver weg. Ze belden wel, maar dat is anders.

## Een briefje in de bus

Op een dag lag er een briefje in de bus. Er stond op: "Koffie in het buurthuis. Elke dinsdag.
U hoeft niets te zeggen." Ik heb het briefje drie weken op tafel laten liggen.

## De eerste keer

Toen ben ik toch gegaan. Bij de deur stond een vrouw. Ze gaf me een hand en zei haar naam. Ze
vroeg niet waarom ik kwam. Ze zette koffie voor me neer. Dat was alles.

## Wat het verschil maakte

- Ik hoefde geen afspraak te maken.
- Ik hoefde niet te vertellen wat er mis was.
- De week erna stond dezelfde vrouw bij de deur. Ze wist mijn naam nog.

Nu ga ik elke week. Soms help ik met de koffie. En ik praat mee in de groep van de
werkplaats. Daar vertel ik wat bewoners nodig hebben. Het is eigenlijk heel simpel: zie
mensen staan.
""",
        authors=(BEA, PRIYA),
        themes=("inclusie-en-participatie",),
        audiences=(RESIDENTS, PROFESSIONALS),
        ateliers=(INCLUSION_ATELIER,),
        questions=(Q_LONELY_ELDERLY,),
        agenda_themes=(LONELINESS,),
    ),
    DemoPublication(
        slug="advies-een-vast-gezicht-in-het-buurthuis",
        title="Advies: geef elk buurthuis een vast gezicht bij de deur",
        kind=Kind.ADVIES,
        on=date(2025, 6, 17),
        summary="""
Bewoners die weinig contact hebben, stappen niet snel een buurthuis binnen. De leergemeenschap
Inclusie en participatie zocht uit wat hen daarbij helpt. Het antwoord is eenvoudig: een vast
gezicht bij de deur, koffie zonder afspraak en niemand die vraagt waarom je komt. In dit
advies aan de gemeenten Den Haag en Leiden en de welzijnsorganisaties staan vijf
aanbevelingen. Ze gaan over vaste gastvrouwen en gastheren, ruimere openingstijden,
samenwerking met huisartsen en wijkteams, en over het meten van wat telt: ontmoeting, niet
alleen het aantal activiteiten.
""",
        body="""\
## Aanleiding

Een wijkteam vroeg in 2025 hoe het eenzame ouderen beter kon bereiken. De leergemeenschap
legde die vraag naast verhalen van bewoners en naast wat bekend is uit onderzoek naar
eenzaamheid en kwartiermaken.

## Wat we zagen

In twee buurthuizen probeerden we een half jaar een vaste gastvrouw of gastheer uit. Er kwamen
meer bewoners voor het eerst binnen. Zij noemden vooral het gevoel welkom te zijn zonder iets
te hoeven uitleggen.

## Aanbevelingen

1. **Een vast gezicht.** Zorg dat elk buurthuis op vaste momenten een gastvrouw of gastheer
   heeft.
2. **Koffie zonder afspraak.** Houd de inloop vrij: geen aanmelding, geen intake.
3. **Ruimere openingstijden.** Open ook 's avonds en in het weekend, als eenzaamheid het
   grootst is.
4. **Samen met huisarts en wijkteam.** Maak afspraken over wie bewoners naar de inloop kan
   verwijzen.
5. **Meet wat telt.** Vraag naar ontmoeting en welkom, niet alleen naar het aantal
   activiteiten.

## Wat het vraagt

Een vaste gastvrouw of gastheer kan een betaalde kracht zijn of een getrainde vrijwilliger.
Vrijwilligers hebben begeleiding nodig: reken op een paar uur per week van een sociaal werker.
""",
        authors=(COBY, OLAF, PRIYA, person("Jeroen Bedenker", "Gemeente Leiden")),
        themes=("inclusie-en-participatie",),
        audiences=(POLICY, PROFESSIONALS),
        ateliers=(INCLUSION_ATELIER,),
        questions=(Q_LONELY_ELDERLY,),
        agenda_themes=(LONELINESS,),
    ),
    DemoPublication(
        slug="onderwijsmodule-kenniscoproductie-in-de-wijk",
        title="Onderwijsmodule Kenniscoproductie in de wijk",
        kind=Kind.ONDERWIJSMODULE,
        on=date(2025, 8, 28),
        summary="""
In deze module voor het derde jaar van de opleiding sociaal werk leren studenten samen met
bewoners en professionals onderzoek doen in een wijk. De module duurt tien weken en is
ontwikkeld door docenten van Hogeschool Leiden en De Haagse Hogeschool met de leergemeenschap
Kenniscoproductie. Studenten brengen een vraag uit de wijk in kaart, zoeken wat er al bekend
is, organiseren een kenniscafé en schrijven een kort advies voor de praktijk. De module bevat
een studiehandleiding, lesopzetten, opdrachten en beoordelingscriteria. Docenten kunnen haar
vrij gebruiken en aanpassen aan hun eigen opleiding.
""",
        body="""\
## Leerdoelen

Na de module kan de student:

- een vraag uit de praktijk samen met betrokkenen formuleren;
- literatuur zoeken en beoordelen op bruikbaarheid voor de praktijk;
- een bijeenkomst leiden waarin bewoners en professionals als gelijken meepraten;
- een advies schrijven in de taal van de wijk.

## Opbouw

1. Week 1 en 2: kennismaken met de wijk en de vraag
2. Week 3 en 4: wetenschappelijke reflectie
3. Week 5 tot en met 7: het kenniscafé voorbereiden en houden
4. Week 8 tot en met 10: het advies schrijven en presenteren

## Toetsing

Studenten schrijven een advies van hooguit vijf pagina's en presenteren het aan de partners
uit de wijk. Bewoners geven feedback op de begrijpelijkheid.

## Ervaringen met de pilot

In het studiejaar 2024-2025 volgden 28 studenten de module als pilot. Zij waardeerden vooral
het contact met bewoners. Op hun verzoek komt het kenniscafé nu een week eerder.
""",
        authors=(DIRK, OLAF, person("Chantal Schetsma", "Hogeschool Leiden")),
        themes=("kenniscoproductie",),
        audiences=(EDUCATION,),
        ateliers=(CO_PRODUCTION_ATELIER,),
        agenda_themes=(CO_PRODUCTION,),
        pdf=True,
    ),
    DemoPublication(
        slug="methodiek-welkom-in-de-buurt",
        title="Methodiek Welkom in de buurt: gastvrijheid als vak",
        kind=Kind.METHODIEK,
        on=date(2025, 9, 25),
        summary="""
Welkom in de buurt is een methodiek voor sociaal werkers en vrijwilligers die bewoners in
kwetsbare situaties een plek willen geven in het buurthuis. De methodiek beschrijft vier
bouwstenen: er zijn, herkennen, verbinden en terugkijken. Bij elke bouwsteen staan het doel,
wat je concreet doet, valkuilen en voorbeelden uit Den Haag en Leiden. De methodiek is
ontwikkeld in de leergemeenschap Inclusie en participatie, samen met bewoners, en bouwt voort
op het gedachtegoed van kwartiermaken. Een training van twee dagdelen voor nieuwe gastvrouwen
en gastheren hoort erbij.
""",
        body="""\
## Uitgangspunten

- De leefwereld van bewoners is het vertrekpunt.
- Welkom zijn vraagt geen reden en geen afspraak.
- Professionals en vrijwilligers werken als gelijken.

## Vier bouwstenen

### 1. Er zijn

Op vaste tijden dezelfde mensen bij de deur. Bewoners weten wie ze kunnen verwachten.

### 2. Herkennen

Onthoud namen en verhalen. Let op wie wegblijft, en vraag daar voorzichtig naar.

### 3. Verbinden

Breng bewoners eerst met elkaar in contact, en pas later met hulp of activiteiten. Vraag wat
iemand zelf wil.

### 4. Terugkijken

Bespreek elke maand met het team wat goed ging en wat schuurde. Nodig daar ook bewoners bij
uit.

## Valkuilen

- Te snel doorverwijzen naar hulp.
- De inloop volplannen met activiteiten.
- Alleen tellen hoeveel mensen er kwamen.

## Training

De training duurt twee dagdelen en wordt gegeven door een sociaal werker en een
ervaringsdeskundige samen.
""",
        authors=(PRIYA, OLAF, person("Anouk Verbeelding")),
        themes=("inclusie-en-participatie",),
        audiences=(PROFESSIONALS,),
        ateliers=(INCLUSION_ATELIER,),
        agenda_themes=(LONELINESS,),
        pdf=True,
    ),
    DemoPublication(
        slug="een-buurthuis-waar-iedereen-welkom-is",
        title="Een buurthuis waar iedereen welkom is",
        kind=Kind.VAKPUBLICATIE,
        on=date(2025, 10, 15),
        summary="""
Hoe maak je een buurthuis een plek waar ook bewoners met psychische kwetsbaarheid of weinig
contacten zich welkom voelen? In dit artikel in Vakblad Sociaal Werk beschrijven onderzoekers
en sociaal werkers van de Werkplaats Sociaal Domein Den Haag & Leiden wat zij leerden in twee
jaar leergemeenschap. Ze laten zien hoe een vaste gastvrouw, inloop zonder afspraak en
maandelijkse terugkijkmomenten het verschil maken. Ook gaan ze in op de spanning tussen
gastvrijheid en de druk om resultaten te tellen. Het artikel sluit af met lessen voor andere
gemeenten en welzijnsorganisaties.
""",
        body="""\
Het artikel verscheen in Vakblad Sociaal Werk. Hier staan de belangrijkste punten.

## De vraag

Welzijnsorganisaties in Den Haag en Leiden zagen dat juist de bewoners die het meest baat
hebben bij contact, het buurthuis niet binnenkomen.

## Wat werkte

- een vaste gastvrouw of gastheer, elke week op hetzelfde moment;
- inloop zonder aanmelding of intake;
- een maandelijks terugkijkmoment met bewoners en professionals.

## De spanning

Financiers vragen om aantallen. Maar wie alleen telt hoeveel mensen er komen, ziet niet wie er
voor het eerst durfde. De auteurs pleiten voor verhalen naast cijfers.

## Lessen voor anderen

Begin klein, met één buurthuis en één vast gezicht. Betrek bewoners vanaf de eerste dag.
""",
        authors=(OLAF, PRIYA, person("Fleur Ontwerp")),
        themes=("inclusie-en-participatie",),
        audiences=(PROFESSIONALS,),
        ateliers=(INCLUSION_ATELIER,),
        agenda_themes=(LONELINESS,),
        appeared_in="Vakblad Sociaal Werk, 2025, nr. 5",
    ),
    DemoPublication(
        slug="casuistiekbundel-van-loket-naar-loket",
        title="Casuïstiekbundel: van loket naar loket",
        kind=Kind.CASUISTIEK,
        on=date(2025, 11, 20),
        summary="""
Wie meerdere problemen tegelijk heeft, moet vaak bij verschillende loketten steeds opnieuw
zijn verhaal doen. Deze bundel bevat acht casussen uit Den Haag en Leiden, geanonimiseerd en
samen met de betrokken bewoners en professionals beschreven. Elke casus laat zien waar de weg
naar hulp vastliep en wat er uiteindelijk hielp. Bij iedere casus horen reflectievragen en een
korte verwijzing naar wat onderzoek zegt over integrale toegang. De bundel is bedoeld voor
intervisie in wijkteams en voor het onderwijs sociaal werk, en is gemaakt naar aanleiding van
een vraag uit de praktijk.
""",
        body="""\
## Waarom deze bundel

In 2024 kwam bij de werkplaats de vraag binnen hoe we voorkomen dat bewoners van loket naar
loket worden gestuurd. Verhalen zeggen vaak meer dan cijfers. Daarom verzamelden we casussen.

## De casussen

1. **Mevrouw A.** heeft schulden, een zieke zoon en een huurachterstand. Ze belt vijf keer
   voor ze iemand spreekt die alles overziet.
2. **Meneer B.** krijgt een brief over zijn uitkering die hij niet begrijpt, en mist een
   termijn.
3. **Familie C.** heeft drie hulpverleners die elkaar niet kennen.
4. **Jongere D.** wordt achttien en valt tussen jeugdhulp en zorg voor volwassenen.
5. **Mevrouw E.** vraagt om hulp in het huishouden en krijgt een keukentafelgesprek van twee
   uur.
6. **Meneer F.** spreekt weinig Nederlands en komt alleen via zijn buurvrouw binnen.
7. **Mevrouw G.** is mantelzorger en vraagt nooit iets voor zichzelf.
8. **Meneer H.** wil werken, maar de regels rond zijn uitkering maken dat ingewikkeld.

## Zo gebruikt u de bundel

- Lees een casus voor in het teamoverleg.
- Bespreek de reflectievragen in kleine groepen.
- Kies één ding dat u in uw eigen werk anders gaat doen.

## Privacy

Namen en details zijn veranderd. Alle bewoners gaven toestemming.
""",
        authors=(COBY, DIRK, BAS, person("Ilse Demokamp", "Gemeente Den Haag")),
        themes=("toegang-tot-hulp-en-ondersteuning",),
        audiences=(PROFESSIONALS, EDUCATION),
        questions=(Q_LOKET,),
        agenda_themes=(ACCESS_DHL,),
        pdf=True,
    ),
    DemoPublication(
        slug="blog-student-in-de-leergemeenschap",
        title="Blog: wat ik leerde als student in de leergemeenschap",
        kind=Kind.BLOG,
        on=date(2026, 1, 22),
        summary="""
Sanne studeert sociaal werk aan Hogeschool Leiden en deed een half jaar mee in de
leergemeenschap Inclusie en participatie. In deze blog vertelt ze hoe het was om als student
aan tafel te zitten met bewoners, sociaal werkers, beleidsmakers en onderzoekers. Ze schrijft
over haar zenuwen bij het eerste interview, over wat een bewoner haar leerde over luisteren,
en over het verschil tussen onderzoek óver en onderzoek mét bewoners. Ze sluit af met drie
tips voor studenten die ook mee willen doen aan een leergemeenschap of leeratelier.
""",
        body="""\
Toen ik hoorde dat ik mijn praktijkonderzoek in een leergemeenschap mocht doen, wist ik
eerlijk gezegd niet wat dat was. Een half jaar later weet ik het wel.

## Het eerste interview

Mijn eerste interview was met een bewoner die al jaren in het buurthuis komt. Ik had een lijst
met twintig vragen. Na de tweede vraag legde hij mijn lijst opzij. "Vraag maar wat je echt
wilt weten," zei hij. Dat was het beste advies van mijn stage.

## Onderzoek mét bewoners

Op school leren we onderzoek doen volgens een vast stappenplan. In de leergemeenschap ging het
anders. Bewoners bepaalden mee welke vragen we stelden. Soms was dat lastig, want het paste
niet in mijn planning. Maar de antwoorden waren veel beter.

## Drie tips voor studenten

- Laat je vragenlijst thuis bij het eerste gesprek.
- Ga naar de bijeenkomsten, ook als je er niets hoeft te doen.
- Vraag bewoners om feedback op je verslag. Ze lezen het echt.
""",
        authors=(SANNE,),
        themes=("inclusie-en-participatie",),
        audiences=(EDUCATION,),
        ateliers=(INCLUSION_ATELIER,),
    ),
    DemoPublication(
        slug="onderzoek-doen-met-bewoners-zo-werkt-het",
        title="Onderzoek doen met bewoners: zo werkt het",
        kind=Kind.ARTIKEL,
        on=date(2026, 4, 9),
        summary="""
In de werkplaats doen we onderzoek samen met bewoners. Maar hoe gaat dat eigenlijk? In dit
artikel leest u wat er gebeurt als u meedoet. We vertellen wie er aan tafel zitten. En wat u
kunt verwachten. U leest ook wat er met uw verhaal gebeurt. Drie bewoners vertellen waarom
zij meedoen. Ze zeggen ook wat beter kan. Wilt u ook meedoen? Onderaan staat hoe u zich kunt
melden.
""",
        body="""\
## Waarom met bewoners?

Bewoners weten het best wat er in hun buurt speelt. Onderzoekers en sociaal werkers weten
veel, maar niet alles. Samen weten we meer. Daarom doen we onderzoek met bewoners. En niet
alleen over bewoners.

## Wat gebeurt er als u meedoet?

- U praat mee in een groep. Dat is ongeveer één keer per maand.
- In de groep zitten bewoners, sociaal werkers, studenten en een onderzoeker.
- U vertelt wat u ziet en meemaakt. U hoeft niets voor te bereiden.
- U krijgt een kleine vergoeding voor uw tijd.

## Wat gebeurt er met uw verhaal?

Uw verhaal is van u. We schrijven niets op zonder dat u het weet. U leest alles wat we over
uw verhaal schrijven. Uw naam staat er alleen in als u dat wilt.

## Drie bewoners vertellen

"Ik dacht eerst: wat heb ik te zeggen? Nu weet ik dat mijn ervaring telt." (Henk)

"Het fijnste vind ik dat ik hoor wat er met ons werk gebeurt." (Samira)

"Soms gaat het te snel. Dan zeg ik dat ook." (Anouk)

## Wilt u meedoen?

Stuur een mail naar de werkplaats. Of vraag het aan de sociaal werker in uw buurthuis. We
bellen u dan terug.
""",
        authors=(OLAF, BEA, person("Henk Naamloos")),
        themes=("kenniscoproductie",),
        audiences=(RESIDENTS,),
        ateliers=(CO_PRODUCTION_ATELIER,),
        agenda_themes=(CO_PRODUCTION,),
    ),
    DemoPublication(
        slug="knowledge-co-production-with-residents",
        title="Knowledge co-production with residents in vulnerable situations: lessons from "
        "a regional learning community",
        kind=Kind.ARTIKEL,
        on=date(2026, 6, 18),
        language=Publication.Language.ENGLISH,
        summary="""
This article describes three years of knowledge co-production in the Werkplaats Sociaal
Domein Den Haag & Leiden, a regional partnership of municipalities, universities of applied
sciences and social work organisations in the Netherlands. Residents, social workers, policy
makers, students and researchers met monthly in two learning communities. We describe how
practice questions became shared research questions, how scientific reflection was made
usable, and what it took for residents' voices to count. We discuss three tensions: between
hospitality and accountability, between research planning and residents' pace, and between
local knowledge and findings that travel. We end with recommendations for other regional
partnerships.
""",
        body="""\
## Background

Since 2015, Dutch municipalities have been responsible for most social support. Regional
*werkplaatsen* link them with universities of applied sciences to improve practice through
research done together.

## Approach

- two learning communities, from 2023 to 2026;
- monthly meetings with residents, professionals, students and researchers;
- field notes, interviews and reflective logs as data.

## Findings

1. **Shared questions take time.** The first months went into agreeing on the question.
2. **Residents need a stable place.** Familiar faces and informal settings mattered more than
   formal participation structures.
3. **Education benefits.** Students learned to do research *with* rather than *about*
   residents.

## Tensions

Funders ask for numbers; residents ask for stories. Research schedules move faster than trust.

## Recommendations

Invest in continuity, pay residents for their time, and report back within a month.
""",
        authors=(OLAF, DIRK, person("Esra Denkbeeld", "Lectoraat Sociale Innovatie")),
        themes=("kenniscoproductie", "inclusie-en-participatie"),
        audiences=(EDUCATION, PROFESSIONALS),
        ateliers=(CO_PRODUCTION_ATELIER, INCLUSION_ATELIER),
    ),
    DemoPublication(
        slug="handreiking-ervaringsdeskundigen-in-het-wijkteam",
        title="Handreiking ervaringsdeskundigen in het wijkteam",
        kind=Kind.HANDREIKING,
        on=date(2026, 10, 15),
        summary="""
Steeds meer wijkteams werken met ervaringsdeskundigen: mensen die zelf armoede, psychische
kwetsbaarheid of verslaving hebben meegemaakt en die ervaring inzetten in hun werk. Dat vraagt
iets van het team én van de ervaringsdeskundige zelf. Deze handreiking helpt wijkteams om
ervaringsdeskundigen een goede plek te geven zonder dat zij overbelast raken. Je leest hoe je
taken afspreekt, hoe je begeleiding en intervisie regelt, wat een passende beloning is en hoe
je omgaat met de kwetsbaarheid van een collega. De handreiking is gemaakt naar aanleiding van
een vraag van een wijkteam in Leiden.
""",
        body="""\
## Voor wie

Teamleiders en professionals in wijkteams, en ervaringsdeskundigen die in een wijkteam werken
of gaan werken.

## Vijf afspraken om te maken

1. **Taken.** Wat doet de ervaringsdeskundige wel en niet? Schrijf het op.
2. **Uren.** Begin met minder uren dan je denkt, en bouw op als het goed gaat.
3. **Begeleiding.** Geef een vaste collega als maatje, en intervisie met andere
   ervaringsdeskundigen.
4. **Beloning.** Betaal een salaris of vergoeding die recht doet aan het werk.
5. **Grenzen.** Spreek af wat je doet als het met de ervaringsdeskundige zelf even minder
   gaat.

## Signalen van overbelasting

- vaker ziek of afwezig;
- moeite met afstand nemen van casussen;
- minder inbreng in het teamoverleg.

## Wat de wetenschap zegt

Ervaringsdeskundigheid levert het meest op als de hele organisatie erachter staat, niet
alleen het team. Dat vraagt beleid over rollen, scholing en loopbaan.
""",
        authors=(
            PRIYA,
            OLAF,
            person("Fleur Ontwerp"),
            person("Rachida Voorbeeld", "Gemeente Leiden"),
        ),
        themes=("inclusie-en-participatie", "kenniscoproductie"),
        audiences=(PROFESSIONALS, POLICY),
        ateliers=(INCLUSION_ATELIER,),
        questions=(Q_EXPERTS,),
    ),
    # Work in progress: in review and in concept.
    DemoPublication(
        slug="tussenrapportage-leergemeenschap-inclusie-en-participatie",
        title="Tussenrapportage leergemeenschap Inclusie en participatie 2023–2026",
        kind=Kind.RAPPORT,
        on=date(2026, 11, 20),
        status=Status.REVIEW,
        summary="""
Deze tussenrapportage beschrijft wat de leergemeenschap Inclusie en participatie van maart
2023 tot en met oktober 2026 heeft gedaan en opgeleverd. Ze volgt de fasen van de
leergemeenschap: verzamelen, verdiepen en vernieuwen. We beschrijven wie er meededen, welke
vragen centraal stonden en welke producten eruit voortkwamen, zoals de methodiek Welkom in de
buurt en het advies over een vast gezicht in het buurthuis. Ook kijken we kritisch naar wat
minder goed ging, zoals het vasthouden van bewoners tussen de bijeenkomsten. De rapportage
ligt nog ter review bij de partners.
""",
        body="""\
## Opzet

De leergemeenschap begon in maart 2023 met bewoners, sociaal werkers, docenten en
onderzoekers uit Den Haag en Leiden.

## Wat is opgeleverd

- Column: koffie zonder afspraak (2025)
- Advies: geef elk buurthuis een vast gezicht bij de deur (2025)
- Methodiek Welkom in de buurt (2025)
- Een artikel in Vakblad Sociaal Werk (2025)

## Wat minder goed ging

Tussen de bijeenkomsten verloren we bewoners uit het oog. Een vast belmoment helpt, maar
kost tijd die niet begroot was.

## Nog te doen voor publicatie

- reacties van de gemeenten verwerken;
- bewoners laten meelezen.
""",
        authors=(COBY, OLAF),
        themes=("inclusie-en-participatie",),
        audiences=(POLICY, PROFESSIONALS),
        ateliers=(INCLUSION_ATELIER,),
        questions=(Q_WELCOME, Q_LONELY_ELDERLY),
        agenda_themes=(LONELINESS,),
    ),
    DemoPublication(
        slug="advies-kinderen-laten-meedoen",
        title="Advies: zorg dat kinderen uit gezinnen met weinig geld mee kunnen doen",
        kind=Kind.ADVIES,
        on=date(2026, 10, 29),
        status=Status.REVIEW,
        summary="""
Kinderen uit gezinnen met weinig geld doen minder vaak mee aan sport, muziek en
schoolreisjes. Regelingen om dat te betalen zijn er wel, maar ze bereiken lang niet alle
gezinnen. Dit advies aan de gemeenten Den Haag en Leiden beschrijft waarom ouders de
regelingen niet gebruiken en wat helpt: één aanvraag voor alle regelingen, hulp van school en
sportclub bij het aanvragen, en betalen zonder dat het kind merkt dat het anders gaat. Het
advies bouwt op gesprekken met ouders, leerkrachten en jongerenwerkers, en ligt nog ter
review.
""",
        body="""\
## Wat ouders vertellen

- "Ik wist niet dat het bestond."
- "Het formulier was zo lang dat ik het liet liggen."
- "Mijn zoon wilde niet dat de trainer wist dat wij het niet konden betalen."

## Aanbevelingen

1. Eén aanvraag voor alle regelingen voor kinderen.
2. School, sportclub en jongerenwerk helpen bij het aanvragen.
3. De gemeente betaalt de club direct, zodat het kind niets merkt.
""",
        authors=(BAS, COBY, person("Esra Schetsma", "Gemeente Den Haag")),
        themes=("armoede", "inclusie-en-participatie"),
        audiences=(POLICY,),
        questions=(Q_CHILDREN,),
        agenda_themes=(POVERTY,),
    ),
    DemoPublication(
        slug="handreiking-brieven-over-de-wmo",
        title="Handreiking: brieven over de Wmo die iedereen begrijpt",
        kind=Kind.HANDREIKING,
        on=date(2026, 11, 27),
        status=Status.CONCEPT,
        summary="""
Veel bewoners begrijpen de brieven over de Wmo niet. Ze bellen met vragen of reageren niet,
en missen dan een termijn. Deze handreiking helpt Wmo-consulenten en juristen om brieven op
taalniveau B1 te schrijven, zonder dat ze juridisch fout worden. Met voorbeelden van zinnen
voor en na, een lijst met moeilijke woorden en eenvoudige alternatieven, en tips om bewoners
mee te laten lezen voordat een brief de deur uitgaat. Dit is een eerste versie, geschreven
naar aanleiding van een vraag van de gemeente Leiden.
""",
        body="""\
## Voor en na

- Voor: "U dient binnen zes weken na dagtekening bezwaar aan te tekenen."
- Na: "Bent u het niet eens met dit besluit? Laat het ons binnen zes weken weten."

## Nog uit te werken

- de lijst met moeilijke woorden;
- een proef met bewoners die meelezen.
""",
        authors=(PRIYA,),
        themes=("toegang-tot-hulp-en-ondersteuning",),
        audiences=(PROFESSIONALS,),
        agenda_themes=(ACCESS_DHL,),
    ),
    DemoPublication(
        slug="blog-jongeren-in-de-zomer",
        title="Blog: waar blijven jongeren als het jongerenwerk dicht is?",
        kind=Kind.BLOG,
        on=date(2026, 11, 18),
        status=Status.CONCEPT,
        summary="""
Elke zomer gaat in veel wijken het jongerenwerk een paar weken dicht. Jongeren hangen dan
meer op straat, buren klagen, en na de zomer moeten jongerenwerkers het contact weer
opbouwen. In deze blog verkent docent Dirk een vraag die een jongerenwerker uit Den Haag bij
de werkplaats inbracht: hoe houden we jongeren betrokken als het jongerenwerk stopt? Hij zet
op een rij wat andere wijken doen, van zomerscholen tot jongeren die zelf activiteiten
organiseren, en wat jongeren er zelf van vinden. De blog is het begin van de nieuwe
leergemeenschap Jongeren en gezinnen.
""",
        body="""\
## Wat andere wijken doen

- een zomerschool met sport en huiswerkhulp;
- jongeren die zelf activiteiten organiseren, met een klein budget;
- jongerenwerkers die om beurten vrij nemen.

## Nog te doen

Met jongeren zelf praten voordat deze blog online gaat.
""",
        authors=(DIRK,),
        themes=("inclusie-en-participatie",),
        audiences=(PROFESSIONALS,),
        ateliers=(YOUTH_ATELIER,),
        agenda_themes=(YOUTH,),
    ),
]

# Noord-Holland: agenda themes, questions and ateliers (agenda/, questions/, ateliers/demo.py).
K4 = "Integraal en wijkgericht werken in de Kop van Noord-Holland"
ACCESS_NH = "Toegang tot hulp en ondersteuning"
WORK = "Meedoen via werk: de Participatiewet in de praktijk"
COVID = "Gevolgen van covid-19"
BLENDED = "Blended hulpverlening: online en fysiek"
INFLUENCE = "Invloed en reflexiviteit van sociaal professionals"
Q_K4 = (
    "Hoe maken de K4-gemeenten samen afspraken over wijkgericht werken, zonder dat elke "
    "gemeente haar eigen aanpak kwijtraakt?"
)
Q_JOBS = "Hoe begeleiden we mensen in de bijstand naar werk dat echt bij hen past?"
Q_DIGITAL = "Hoe helpen we cliënten met geldzorgen die niet digitaal vaardig zijn?"
Q_SIGNALS = (
    "Hoe merken we als sociaal team sneller dat iemand hulp nodig heeft, maar niet zelf aanklopt?"
)
Q_INFLUENCE = "Hoe kan ik als sociaal werker invloed uitoefenen op het beleid van de gemeente?"
Q_LOCKDOWN = "Wat heeft de lockdown gedaan met jongeren die al weinig contact hadden?"
Q_ONLINE = "Welke gesprekken kunnen online en welke moeten we echt face-to-face voeren?"
NH_ATELIERS = (
    "integraal-en-wijkgericht-werken-k4",
    "gevolgen-van-covid-19",
    "sociale-reflexiviteit",
    "uitvoering-participatiewet-ijmond-werkt",
    "verbetertraject-toegang-hollands-kroon",
    "blended-effectmeting-en-benchmark",
    "inclusieve-wijk-schalkwijk",
    "vitale-stadsontwikkeling-alkmaar",
    "slachthuisbuurt-crafting-community",
    "invloed-van-professionals-sociaal-werk",
)

# ---------------------------------------------------------------------------------------------
# Noord-Holland, January 2020 to December 2022: everything is published.
# ---------------------------------------------------------------------------------------------

NOORD_HOLLAND = [
    DemoPublication(
        slug="sociaal-werk-op-afstand",
        title="Blog: sociaal werk op afstand. Wat de eerste lockdown ons leerde",
        kind=Kind.BLOG,
        on=date(2020, 5, 20),
        summary="""
Half maart 2020 gingen de buurthuizen dicht en werkten sociaal werkers van de ene op de andere
dag vanuit huis. Pieter Praktijk van DOCK en Fenna Oefenaar van Haarlem Effect kijken terug op
de eerste tien weken. Wat lukte er op afstand, en wie raakte uit beeld? Ze schrijven over
wandelgesprekken, over bellen in plaats van appen en andersom, en over de zorg om bewoners die
geen computer of telefoon hebben. De blog is het begin van het leeratelier over de gevolgen
van covid-19 dat de werkplaats samen met DOCK en Haarlem Effect opzet.
""",
        body="""\
## De eerste week

Alles wat we gewend waren, viel weg. Geen inloop, geen huisbezoeken, geen groepen. We belden
iedereen van wie we een nummer hadden.

## Wat werkte

- **Wandelgesprekken.** Buiten, op anderhalve meter, praten mensen soms makkelijker dan aan
  tafel.
- **Een vast belmoment.** Elke week op dezelfde dag bellen gaf houvast.
- **Appjes aan jongeren.** Jongeren reageerden beter op een kort bericht dan op een
  videogesprek.

## Wie raakte uit beeld

Bewoners zonder telefoon of internet, mensen die de taal slecht spreken en ouderen die alleen
wonen. Juist zij hadden ons het hardst nodig.

## Hoe verder

Met de werkplaats zetten we een leeratelier op. We willen weten wat we van deze tijd kunnen
leren, ook voor later.
""",
        authors=(PIETER, person("Fenna Oefenaar", "Haarlem Effect")),
        themes=("gevolgen-van-covid-19",),
        audiences=(PROFESSIONALS,),
    ),
    DemoPublication(
        slug="column-doen-we-het-goede",
        title="Column: doen we het goede? En doen we dat goed genoeg?",
        kind=Kind.COLUMN,
        on=date(2020, 10, 12),
        summary="""
Twee vragen staan centraal in de Werkplaats Sociaal Domein Noord-Holland: doen we het goede,
en doen we dat goed genoeg? In haar column legt coördinator Noor Noordhollander uit waarom die
vragen zo eenvoudig klinken en toch zo lastig zijn. Ze beschrijft een gesprek met een sociaal
werker die alles volgens het boekje deed, terwijl het gezin dat zij begeleidde er weinig mee
opschoot. Goed werk, schrijft ze, begint bij de vraag wat een bewoner zelf belangrijk vindt,
en bij de moed om daar als professional naar te handelen.
""",
        body="""\
Vorige week sprak ik een sociaal werker uit de Kop van Noord-Holland. Ze had een gezin een half
jaar begeleid. Alle formulieren waren ingevuld, alle afspraken nagekomen. En toch zei de
moeder aan het eind: "Er is eigenlijk niets veranderd."

## Het goede doen

Doen we het goede? Dat is de vraag naar de richting. Helpen we mensen met wat zij nodig
hebben, of met wat wij toevallig kunnen bieden? Die vraag kun je alleen beantwoorden door
bewoners zelf te vragen wat voor hen telt.

## Goed genoeg

Doen we het goed genoeg? Dat is de vraag naar kwaliteit. Niet alleen: hebben we gedaan wat
we afspraken? Maar ook: heeft het iets opgeleverd, voor wie, en hoe weten we dat?

## Wat de werkplaats wil

In de leerateliers stellen we beide vragen, steeds opnieuw. Niet om professionals af te
rekenen, maar om samen te leren. Wie twijfelt, is geen slechte professional. Wie nooit
twijfelt, misschien wel.
""",
        authors=(NOOR,),
        themes=("sociale-reflexiviteit", "invloed-van-professionals"),
        audiences=(PROFESSIONALS, POLICY),
    ),
    DemoPublication(
        slug="bewust-sociaal-handelen",
        title="Bewust sociaal handelen: sociale reflexiviteit in de praktijk",
        kind=Kind.ARTIKEL,
        on=date(2021, 3, 18),
        summary="""
Sociaal professionals nemen elke dag beslissingen die grote gevolgen hebben voor bewoners.
Vaak gebeurt dat op routine, onder tijdsdruk. Sociale reflexiviteit is het vermogen om stil
te staan bij je eigen handelen: waarom doe ik wat ik doe, en wie heeft er baat bij? In dit
artikel beschrijven onderzoekers van het lectoraat Empowerment en Professionalisering wat het
leeratelier Sociale reflexiviteit tot nu toe opleverde. Ze laten zien hoe professionals met
casussen waarover zij twijfelen leren hun eigen aannames te onderzoeken, en wat dat vraagt van
teams en organisaties.
""",
        body="""\
## Wat is sociale reflexiviteit?

Reflecteren kennen de meeste professionals: terugkijken op wat je deed. Sociale reflexiviteit
gaat een stap verder. Je kijkt ook naar de regels, verwachtingen en machtsverhoudingen waarin
je werkt, en naar wat die met je handelen doen.

## Wat we deden

- zes bijeenkomsten met sociaal werkers van DOCK en Haarlem Effect;
- in elke bijeenkomst één casus waarover iemand twijfelde;
- na afloop een kort logboek per deelnemer.

## Wat we zagen

1. Professionals benoemen twijfel vaak als persoonlijk falen, niet als signaal.
2. Regels van de organisatie blijven meestal buiten beeld, tot iemand ernaar vraagt.
3. Na drie bijeenkomsten stelden deelnemers elkaar scherpere vragen.

## Wat het vraagt van organisaties

Tijd, en veiligheid. Wie twijfel mag uitspreken zonder afgerekend te worden, leert meer.
Teamleiders spelen daarin een sleutelrol.
""",
        authors=(
            NADIA,
            person("Bram Denkbeeld", "DOCK"),
            person("Harm Verzinsel", "Lectoraat Empowerment en Professionalisering"),
        ),
        themes=("sociale-reflexiviteit",),
        audiences=(PROFESSIONALS, EDUCATION),
        ateliers=("sociale-reflexiviteit",),
        agenda_themes=(INFLUENCE,),
    ),
    DemoPublication(
        slug="werkvorm-de-reflectiecirkel",
        title="Werkvorm De reflectiecirkel: stilstaan bij je eigen handelen",
        kind=Kind.WERKVORM,
        on=date(2021, 5, 27),
        summary="""
De reflectiecirkel is een werkvorm voor teams van sociaal professionals die samen willen
stilstaan bij hun eigen handelen. In een uur bespreekt een groep van vijf tot acht collega's
één casus waarover iemand twijfelt. Vaste rollen en vragen zorgen ervoor dat het gesprek niet
over oplossingen gaat, maar over aannames, waarden en de ruimte die de professional heeft. De
werkvorm is ontwikkeld in het leeratelier Sociale reflexiviteit en wordt ook gebruikt in de
opleiding Social Work van Hogeschool Inholland. Je vindt hier de stappen, de rollen, de vragen
en tips voor de gespreksleider.
""",
        body="""\
## Wanneer gebruik je de reflectiecirkel?

Als iemand in het team twijfelt over een beslissing, of het gevoel heeft dat iets schuurt. De
werkvorm is geen casusoverleg: het doel is niet een oplossing, maar beter begrijpen wat je
doet en waarom.

## Rollen

- **Inbrenger**: vertelt de casus en luistert daarna vooral.
- **Gespreksleider**: bewaakt de tijd en de stappen.
- **Deelnemers**: stellen vragen, geven geen adviezen.

## Stappen in een uur

1. De inbrenger vertelt de casus in vijf minuten.
2. Deelnemers stellen vragen om de situatie te begrijpen.
3. Ieder schrijft op: welke aanname zie ik bij mezelf, als ik in deze situatie zat?
4. Een ronde: wat zou de bewoner over deze situatie zeggen?
5. De inbrenger vertelt wat hij of zij meeneemt.
6. Een korte terugblik op het gesprek.

## Vragen die helpen

- Wat vond je belangrijk in deze situatie, en waarom?
- Welke regels of afspraken speelden mee?
- Wat had je gedaan als je meer ruimte had gehad?
""",
        authors=(NADIA, person("Bram Denkbeeld", "DOCK")),
        themes=("sociale-reflexiviteit",),
        audiences=(PROFESSIONALS, EDUCATION),
        ateliers=("sociale-reflexiviteit",),
        agenda_themes=(INFLUENCE,),
        licence=Licence.CC_BY_SA,
    ),
    DemoPublication(
        slug="handreiking-integraal-en-wijkgericht-werken-k4",
        title="Handreiking integraal en wijkgericht werken in de Kop van Noord-Holland",
        kind=Kind.HANDREIKING,
        on=date(2021, 9, 23),
        summary="""
De gemeenten Schagen, Den Helder, Hollands Kroon en Texel willen dat professionals in de wijk
beter samenwerken, zonder dat elke gemeente haar eigen aanpak kwijtraakt. In het leertraject
Integraal en wijkgericht werken leerden sociale teams, beleidsmakers en partners anderhalf
jaar van elkaar. Deze handreiking bundelt wat zij leerden. Ze beschrijft zes bouwstenen voor
integraal werken, van een gezamenlijk wijkoverleg tot afspraken over privacy, en geeft bij
elke bouwsteen voorbeelden uit de vier gemeenten. Achterin staat een checklist waarmee een
team kan nagaan waar het staat.
""",
        body="""\
## Waarom deze handreiking

Bewoners met meerdere vragen krijgen vaak met meerdere professionals te maken. Die werken voor
verschillende organisaties, met eigen regels en systemen. Integraal werken betekent: samen
kijken naar het hele huishouden.

## Zes bouwstenen

1. **Een gezamenlijk wijkoverleg**, zoals op Texel, waar sociaal team en vrijwilligers elke
   maand overleggen.
2. **Eén plan per huishouden**, met één regisseur.
3. **Korte lijnen met de huisarts** en de praktijkondersteuner.
4. **Heldere afspraken over privacy**: wat mag je delen, met wie, en met welke toestemming?
5. **Ruimte voor maatwerk**: de professional mag afwijken als dat nodig is.
6. **Samen leren**: teams uit verschillende gemeenten lopen bij elkaar mee.

## Verschillen mogen blijven

Elke gemeente in de K4 heeft een eigen karakter. Een eiland vraagt iets anders dan een stad.
De bouwstenen zijn gedeeld; de invulling verschilt.

## Checklist

- Kennen de professionals in onze wijk elkaar bij naam?
- Weten bewoners wie hun vaste aanspreekpunt is?
- Hebben we afspraken over het delen van informatie?
- Kijken we minstens twee keer per jaar samen met bewoners terug?
""",
        authors=(
            NADIA,
            person("Gerrit Proefstra", "Gemeente Schagen"),
            person("Ilse Voorbeeld", "Gemeente Hollands Kroon"),
        ),
        themes=("integraal-en-wijkgericht-werken",),
        audiences=(PROFESSIONALS, POLICY),
        ateliers=("integraal-en-wijkgericht-werken-k4",),
        questions=(Q_K4,),
        agenda_themes=(K4,),
        pdf=True,
    ),
    DemoPublication(
        slug="hulp-bij-geldzaken-online-of-aan-tafel",
        title="Hulp bij geldzaken: online of liever aan tafel?",
        kind=Kind.FACTSHEET,
        on=date(2021, 10, 14),
        summary="""
Hulp bij geldzaken kan op kantoor. Maar het kan ook via de computer of de telefoon. Wat past
bij u? Op deze factsheet leest u wat online hulp is. U leest ook wat het voordeel is. En
wanneer een gesprek aan tafel beter is. Bewoners uit Alkmaar en omgeving vertellen wat zij
fijn vonden. En wat niet. Onderaan staat wat u kunt doen als u niet goed met de computer kunt
werken.
""",
        body="""\
## Wat is online hulp?

U praat met de hulpverlener via de computer of de telefoon. U ziet elkaar op het scherm. Of u
stuurt berichten via een app. U hoeft dan niet naar kantoor te komen.

## Wanneer is online fijn?

- U hoeft niet te reizen.
- U kunt thuis blijven, op uw eigen plek.
- Een kort gesprek kan snel tussendoor.

## Wanneer is een gesprek aan tafel beter?

- Bij de eerste keer dat u elkaar ziet.
- Als u het moeilijk vindt om over geld te praten.
- Als er veel papieren zijn om samen te bekijken.

## Wat bewoners zeggen

"Ik vond het fijn dat ik niet met de bus hoefde." (bewoner uit Alkmaar)

"Aan tafel durfde ik meer te vertellen." (bewoner uit Heerhugowaard)

## Lukt het niet met de computer?

Dat is niet erg. Vraag om een gesprek op kantoor of bij u thuis. U kunt ook iemand meenemen
die u helpt.
""",
        authors=(person("Yara Droomdijk", "MEE & de Wering"), NADIA),
        themes=("blended-hulpverlening", "armoede"),
        audiences=(RESIDENTS,),
        ateliers=("blended-effectmeting-en-benchmark",),
        questions=(Q_DIGITAL,),
        agenda_themes=(BLENDED,),
    ),
    DemoPublication(
        slug="casuistiekbundel-meedoen-via-werk",
        title="Casuïstiekbundel Meedoen via werk: tien verhalen uit de IJmond",
        kind=Kind.CASUISTIEK,
        on=date(2021, 11, 25),
        summary="""
Wat helpt mensen in de bijstand om werk te vinden dat bij hen past, en om dat werk vol te
houden? In het leeratelier met IJmond Werkt! verzamelden klantmanagers, werkzoekenden,
werkgevers en onderzoekers tien verhalen. Deze bundel laat zien hoe verschillend die verhalen
zijn: van een vader die na jaren weer aan het werk ging in de groenvoorziening, tot een jonge
vrouw voor wie een passende baan pas kwam toen haar schulden waren geregeld. Elke casus eindigt
met vragen voor bespreking in teams en in het onderwijs sociaal werk.
""",
        body="""\
## Over deze bundel

De verhalen zijn opgetekend door klantmanagers en studenten Social Work, en door de
werkzoekenden zelf gelezen en goedgekeurd. Namen zijn veranderd.

## De verhalen

1. **Ahmed** (45) werkt weer, in de groenvoorziening, na acht jaar bijstand.
2. **Joyce** (23) vond pas rust voor werk toen haar schulden waren geregeld.
3. **Kees** (58) wilde werken, maar vond lang geen werkgever die hem een kans gaf.
4. **Dewi** (31) combineert werk met de zorg voor haar moeder.
5. **Ruben** (27) begon als vrijwilliger en kreeg daarna een contract.
6. **Hatice** (49) leerde Nederlands op de werkvloer.
7. **Ivo** (36) viel na drie maanden uit, en begon opnieuw met minder uren.
8. **Nienke** (41) werd zelf ondernemer, met hulp van de gemeente.
9. **Umut** (19) ging na de entree-opleiding aan de slag in de techniek.
10. **Petra** (55) koos bewust voor vrijwilligerswerk, en kreeg daar de ruimte voor.

## Wat de verhalen gemeen hebben

- Passend werk begint bij het verhaal van de werkzoekende.
- Werkgevers hebben een vast aanspreekpunt nodig.
- Geldzorgen en gezondheid gaan vóór.

## Vragen voor bespreking

- Wie bepaalt wat passend werk is?
- Wat had de klantmanager in dit verhaal anders kunnen doen?
- Welke regel hielp, en welke stond in de weg?
""",
        authors=(
            person("Karim Bedenker", "IJmond Werkt!"),
            person("Saskia Schetsma", "Hogeschool Inholland"),
            NADIA,
        ),
        themes=("participatiewet",),
        audiences=(PROFESSIONALS, EDUCATION),
        ateliers=("uitvoering-participatiewet-ijmond-werkt",),
        questions=(Q_JOBS,),
        agenda_themes=(WORK,),
        pdf=True,
    ),
    DemoPublication(
        slug="methodiek-blended-hulpverlening",
        title="Methodiek Blended hulpverlening: de goede mix van online en fysiek",
        kind=Kind.METHODIEK,
        on=date(2022, 4, 21),
        summary="""
Sinds de coronacrisis combineren veel hulpverleners online en fysieke gesprekken. Maar welke
mix past bij welke cliënt, en wanneer? In het project Blended Effectmeting en Benchmark volgden
MEE & de Wering, Adsysco en het lectoraat Empowerment en Professionalisering klantreizen in het
schoolmaatschappelijk werk en de armoedehulp. Deze methodiek vertaalt wat zij leerden naar een
werkwijze in vier stappen: samen kiezen, afspreken, bijsturen en evalueren. Met een keuzehulp
voor het eerste gesprek en een benchmark waarmee organisaties hun eigen mix kunnen vergelijken
met die van anderen.
""",
        body="""\
## Uitgangspunt

De cliënt kiest mee. Online is niet beter of slechter dan fysiek; het gaat om de mix die past
bij de persoon, de vraag en het moment.

## Vier stappen

1. **Samen kiezen.** Bespreek in het eerste gesprek welke vormen mogelijk zijn.
2. **Afspreken.** Leg vast welke gesprekken online gaan en welke niet.
3. **Bijsturen.** Vraag elke maand of de mix nog werkt.
4. **Evalueren.** Kijk aan het eind terug: wat hielp, en wat miste de cliënt?

## Keuzehulp voor het eerste gesprek

- Heeft de cliënt een apparaat en een rustige plek?
- Gaat het om een gevoelig onderwerp?
- Zijn er papieren om samen te bekijken?
- Wat heeft de cliënt zelf liever?

## De benchmark

Organisaties vullen twee keer per jaar in hoeveel van hun contacten online, fysiek of gemengd
zijn, en hoe cliënten dat waarderen. Zo zien ze waar zij staan ten opzichte van anderen.
""",
        authors=(
            person("Yara Droomdijk", "MEE & de Wering"),
            person("Tom Testerink", "Adsysco"),
            NADIA,
        ),
        themes=("blended-hulpverlening", "armoede"),
        audiences=(PROFESSIONALS,),
        ateliers=("blended-effectmeting-en-benchmark",),
        questions=(Q_DIGITAL,),
        agenda_themes=(BLENDED,),
        pdf=True,
    ),
    DemoPublication(
        slug="wijkgericht-werken-in-de-kop",
        title="Wijkgericht werken in de Kop: vier gemeenten, één aanpak?",
        kind=Kind.VAKPUBLICATIE,
        on=date(2022, 5, 12),
        summary="""
Kunnen vier gemeenten met elk een eigen karakter samen één aanpak voor wijkgericht werken
ontwikkelen? In dit artikel in Vakblad Sociaal Werk beschrijven een onderzoeker en een
beleidsadviseur hoe Schagen, Den Helder, Hollands Kroon en Texel dat probeerden in het
leertraject Integraal en wijkgericht werken. Het antwoord is: ja en nee. De gemeenten kwamen
tot gedeelde bouwstenen, zoals een gezamenlijk wijkoverleg en één plan per huishouden, maar de
invulling bleef per gemeente verschillen. Volgens de auteurs is dat geen zwakte, maar juist de
kracht van de aanpak.
""",
        body="""\
Het artikel verscheen in Vakblad Sociaal Werk. Hier staan de belangrijkste punten.

## De vraag

De K4-gemeenten delen inwoners, partners en zorgaanbieders. Toch werkte elke gemeente op haar
eigen manier. Kan dat samen?

## Wat gedeeld werd

- een gezamenlijk wijkoverleg met sociaal team en vrijwilligers;
- één plan per huishouden;
- afspraken over privacy die in alle vier gemeenten gelden.

## Wat verschillend bleef

De schaal, de rol van vrijwilligers en de plek van de huisarts. Op Texel kent iedereen
elkaar; in Den Helder ligt dat anders.

## De les

Gedeelde bouwstenen, eigen invulling. Zo blijft de aanpak van de gemeenten zelf.
""",
        authors=(NADIA, person("Gerrit Proefstra", "Gemeente Schagen")),
        themes=("integraal-en-wijkgericht-werken",),
        audiences=(PROFESSIONALS, POLICY),
        ateliers=("integraal-en-wijkgericht-werken-k4",),
        agenda_themes=(K4,),
        appeared_in="Vakblad Sociaal Werk, 2022, nr. 3",
    ),
    DemoPublication(
        slug="advies-een-vast-aanspreekpunt-hollands-kroon",
        title="Advies aan de gemeente Hollands Kroon: één vast aanspreekpunt voor elke bewoner",
        kind=Kind.ADVIES,
        on=date(2022, 6, 14),
        summary="""
In het verbetertraject Toegang werkte de gemeente Hollands Kroon met Movisie en de werkplaats
aan een betere toegang tot hulp en ondersteuning. We volgden de weg van tien bewoners van hun
eerste vraag tot de hulp die zij kregen. Bewoners moesten vaak bij meerdere loketten hun
verhaal doen, en wie niet zelf aanklopte, kwam pas in beeld bij een crisis. Dit advies
beschrijft vier maatregelen: één vast aanspreekpunt per bewoner, afspraken over signalen met
woningcorporatie en huisarts, erop af gaan na een eerste signaal, en brieven in eenvoudige
taal.
""",
        body="""\
## Aanleiding

Het sociaal team vroeg hoe het sneller kan merken dat iemand hulp nodig heeft, maar niet zelf
aanklopt. Die vraag werd het vertrekpunt van het verbetertraject.

## Wat we zagen

- Bewoners deden hun verhaal vaak meer dan eens.
- Woningcorporatie, huisarts en sociaal team zagen elk een stukje.
- Brieven van de gemeente werden niet altijd begrepen.

## Vier maatregelen

1. **Eén vast aanspreekpunt** per bewoner, dat blijft zolang de hulp duurt.
2. **Signaalafspraken** met woningcorporatie en huisarts: wie meldt wat, bij wie?
3. **Erop af**: na een signaal binnen een week op huisbezoek.
4. **Eenvoudige taal** in alle brieven over hulp en ondersteuning.

## Hoe verder

De gemeente wil de maatregelen vanaf 2023 in de hele gemeente invoeren, te beginnen met het
vaste aanspreekpunt.
""",
        authors=(
            person("Ilse Voorbeeld", "Gemeente Hollands Kroon"),
            person("Ruud Uitgedacht", "Movisie"),
            NOOR,
        ),
        themes=("toegang-tot-hulp-en-ondersteuning",),
        audiences=(POLICY, PROFESSIONALS),
        ateliers=("verbetertraject-toegang-hollands-kroon",),
        questions=(Q_SIGNALS,),
        agenda_themes=(ACCESS_NH,),
    ),
    DemoPublication(
        slug="video-samen-bouwen-aan-een-nieuwe-wijk",
        title="Video: samen bouwen aan een nieuwe wijk in Alkmaar",
        kind=Kind.VIDEO,
        on=date(2022, 6, 30),
        summary="""
In Alkmaar komt een nieuwe wijk. Die komt op de plek waar vroeger de gasfabriek stond. Mensen
uit de buurt en studenten denken mee over hoe de wijk eruit gaat zien. In deze video van acht
minuten ziet u hoe dat gaat. Bewoners vertellen wat zij belangrijk vinden. Studenten laten hun
tekeningen zien. Ze vertellen ook hoe zij met de buurt praten. In beeld staat wat er gezegd
wordt. Zo kan iedereen meekijken.
""",
        body="""\
## Wat ziet u in de video?

- Een wandeling over het terrein met bewoners.
- Een avond in de buurt. Bewoners schrijven daar hun wensen op.
- Studenten die hun plannen laten zien.

## Wat willen bewoners?

Bewoners willen een wijk waar je elkaar tegenkomt. Met een plek om te zitten. Met groen. En
met huizen die ze kunnen betalen.

## Wat doen de studenten?

Studenten Bouwkunde maken de tekeningen. Studenten Social Work praten met de buurt. Ze vragen
wat mensen missen. Samen passen ze de plannen aan.

## Meer weten?

Stuur een mail naar de werkplaats. We vertellen u graag meer.
""",
        authors=(
            person("Daan Proefstra", "Hogeschool Inholland"),
            person("Tess Oefenaar", "Hogeschool Inholland"),
            NOOR,
        ),
        themes=("inclusieve-wijk",),
        audiences=(RESIDENTS, EDUCATION),
        ateliers=("vitale-stadsontwikkeling-alkmaar",),
        licence=Licence.CC_BY_NC,
        external_url="https://video.example.org/werkplaats-noord-holland/samen-bouwen-alkmaar",
    ),
    DemoPublication(
        slug="onderwijsmodule-invloed-uitoefenen",
        title="Onderwijsmodule Invloed uitoefenen als sociaal professional",
        kind=Kind.ONDERWIJSMODULE,
        on=date(2022, 9, 1),
        summary="""
Sociaal professionals zien in hun werk wat goed gaat en wat schuurt, maar weten niet altijd
hoe ze daarmee invloed kunnen uitoefenen op beleid. In deze module van acht weken leren
studenten Social Work hoe ze signalen uit de praktijk verzamelen, onderbouwen en op de goede
plek inbrengen. De module is ontwikkeld in het leeratelier Invloed van professionals sociaal
werk en is geschikt voor het tweede of derde jaar van de hbo-opleiding. Ze bevat lesopzetten,
oefeningen, een rollenspel met een wethouder en beoordelingscriteria, en is vrij te gebruiken
door andere opleidingen.
""",
        body="""\
## Leerdoelen

Na de module kan de student:

- signalen uit de praktijk verzamelen en onderbouwen;
- bepalen bij wie een signaal thuishoort: team, organisatie, gemeente of politiek;
- een signaal kort en overtuigend brengen;
- samen met bewoners een signaal inbrengen.

## Opbouw in acht weken

1. Wat is invloed, en waarom hoort het bij het vak?
2. Signalen verzamelen in de stage
3. Onderbouwen met cijfers en verhalen
4. De weg naar beleid: wie beslist wat?
5. Samen met bewoners
6. Het rollenspel met de wethouder voorbereiden
7. Het rollenspel
8. Terugkijken en een plan voor de stage

## Het rollenspel

Studenten brengen in drie minuten een signaal in bij een wethouder, gespeeld door een
beleidsmaker uit de regio. Daarna krijgen ze feedback van de wethouder en van medestudenten.

## Toetsing

Een signaalnotitie van twee pagina's en een reflectie op het rollenspel.
""",
        authors=(
            person("Saskia Schetsma", "Hogeschool Inholland"),
            NADIA,
            person("Harm Verzinsel", "Lectoraat Empowerment en Professionalisering"),
        ),
        themes=("invloed-van-professionals",),
        audiences=(EDUCATION,),
        ateliers=("invloed-van-professionals-sociaal-werk",),
        questions=(Q_INFLUENCE,),
        agenda_themes=(INFLUENCE,),
        pdf=True,
    ),
    DemoPublication(
        slug="slachthuisbuurt-crafting-community",
        title="Blog: wat maakt de Slachthuisbuurt tot een crafting community?",
        kind=Kind.BLOG,
        on=date(2022, 9, 29),
        summary="""
In de Haarlemse Slachthuisbuurt maken bewoners, makers en professionals samen dingen: een
moestuin, een reparatiecafé, een muurschildering. Onderzoeker Lieke Probeersma en buurtbewoner
Omar Fictiehuis vragen zich in deze blog af wat zo'n buurt tot een crafting community maakt.
Is het de gedeelde werkplaats, het plezier van samen iets maken, of zijn het de mensen die
anderen erbij halen? Ze beschrijven drie momenten uit het afgelopen jaar en wat die zeggen
over meedoen in een wijk. De blog verscheen ook op de website van de landelijke Werkplaatsen
Sociaal Domein.
""",
        body="""\
## Drie momenten

### De moestuin

Op een zaterdag in april stonden twintig buren met een schep in de hand. Niemand had ze
uitgenodigd; ze zagen het vanuit hun raam gebeuren.

### Het reparatiecafé

Een oudere buurman repareert al jaren fietsen. In het reparatiecafé leert hij het nu aan
jongeren uit de straat.

### De muurschildering

Kinderen tekenden, een kunstenaar schilderde. Op de muur staat nu de buurt zoals de kinderen
hem zien.

## Wat maakt het een crafting community?

- Er is een plek om samen te maken.
- Er zijn mensen die anderen erbij halen.
- Wat je maakt, blijft zichtbaar in de buurt.

## Wat we nog niet weten

Wie doet er níet mee, en waarom niet? Dat onderzoeken we in het laatste jaar van het
leeratelier.
""",
        authors=(
            person("Lieke Probeersma", "Lectoraat Empowerment en Professionalisering"),
            person("Omar Fictiehuis"),
        ),
        themes=("inclusieve-wijk",),
        audiences=(PROFESSIONALS, POLICY),
        ateliers=("slachthuisbuurt-crafting-community",),
        national_site_url=NATIONAL_SITE,
    ),
    DemoPublication(
        slug="doen-we-het-goede-drie-jaar-leerateliers",
        title="Doen we het goede? Drie jaar leerateliers in het sociaal domein van Noord-Holland",
        kind=Kind.BOEK,
        on=date(2022, 12, 1),
        summary="""
In drie jaar Werkplaats Sociaal Domein Noord-Holland werkten tien leerateliers aan vragen uit
de praktijk, van wijkgericht werken in de Kop van Noord-Holland tot een inclusieve wijk in
Haarlem-Schalkwijk. In dit boek vertellen onderzoekers, sociaal professionals, beleidsmakers,
studenten en bewoners wat zij samen leerden. Elk hoofdstuk beschrijft één leeratelier: de
vraag, de aanpak, de uitkomsten en wat anderen ermee kunnen. Een slothoofdstuk gaat terug naar
de twee vragen van de werkplaats: doen we het goede, en doen we dat goed genoeg? Het boek werd
gepresenteerd op het slotcongres van 1 december 2022.
""",
        body="""\
## Inhoud

1. Inleiding: twee vragen
2. Integraal en wijkgericht werken in de K4
3. De gevolgen van covid-19
4. Sociale reflexiviteit
5. De Participatiewet in de IJmond
6. Toegang in Hollands Kroon
7. Blended hulpverlening
8. Een inclusieve wijk in Schalkwijk
9. Vitale stadsontwikkeling in Alkmaar
10. De Slachthuisbuurt als crafting community
11. Invloed van professionals
12. Slot: doen we het goede, en doen we dat goed genoeg?

## Voor wie

Voor sociaal professionals, beleidsmakers, docenten en studenten die willen weten wat
samenwerken in een werkplaats oplevert, en wat het vraagt.

## Open toegang

Het boek is vrij te downloaden. U mag het delen met bronvermelding, zonder het te bewerken en
niet voor commerciële doeleinden (CC BY-NC-ND 4.0).
""",
        authors=(
            NADIA,
            NOOR,
            person("Harm Verzinsel", "Lectoraat Empowerment en Professionalisering"),
            person("Lieke Probeersma", "Lectoraat Empowerment en Professionalisering"),
        ),
        themes=(
            "integraal-en-wijkgericht-werken",
            "sociale-reflexiviteit",
            "inclusieve-wijk",
            "invloed-van-professionals",
        ),
        audiences=(PROFESSIONALS, POLICY, EDUCATION),
        ateliers=NH_ATELIERS,
        questions=(Q_K4, Q_LOCKDOWN, Q_INFLUENCE),
        licence=Licence.CC_BY_NC_ND,
        pdf=True,
    ),
    DemoPublication(
        slug="eindrapport-werkplaats-noord-holland-2020-2022",
        title="Eindrapport Werkplaats Sociaal Domein Noord-Holland 2020–2022",
        kind=Kind.RAPPORT,
        on=date(2022, 12, 15),
        summary="""
Van januari 2020 tot en met december 2022 werkten Hogeschool Inholland, gemeenten, zorg- en
welzijnsorganisaties en cliënten- en burgerorganisaties samen in de Werkplaats Sociaal Domein
Noord-Holland. Dit eindrapport beschrijft wat de werkplaats heeft gedaan en opgeleverd. Het
gaat in op de regionale kennisagenda, de tien leerateliers, de bijeenkomsten en publicaties,
en de manier waarop kennis in het onderwijs Social Work terechtkwam. Het rapport zet de
resultaten af tegen de afspraken die bij de start zijn gemaakt, en sluit af met aanbevelingen
voor het Kennisplatform Sociaal Domein Noord-Holland, dat de kennisdeling voortzet.
""",
        body="""\
## De werkplaats in het kort

De werkplaats stelde met het werkveld een regionale kennisagenda op en richtte tien
leerateliers in, van de Kop van Noord-Holland tot Haarlem-Schalkwijk.

## Afspraken en resultaten

- **Twee regionale bijeenkomsten per jaar**: gehaald in alle drie de jaren.
- **Twee thema-bijeenkomsten per jaar**: gehaald.
- **Twee handreikingen, artikelen, adviezen, columns, blogs of casuïstiekbundels per jaar**:
  gehaald.
- **Publiceren in vaktijdschriften**: een artikel in Vakblad Sociaal Werk.
- **Een slotcongres**: gehouden op 1 december 2022 in Haarlem.
- **Kennis in de curricula**: werkvormen, casussen en een onderwijsmodule in de opleiding
  Social Work.
- **Bijdragen aan het landelijke werkprogramma**: via de Kennisalliantie Maatschappelijke
  Zorg en Ondersteuning.

## Aanbevelingen

1. Blijf vragen uit de praktijk ophalen, ook nu de werkplaats stopt.
2. Houd bewoners aan tafel, niet alleen als er iets te vragen is.
3. Deel wat werkt: de handreikingen en werkvormen blijven online beschikbaar.
""",
        authors=(NOOR, NADIA),
        themes=(
            "integraal-en-wijkgericht-werken",
            "toegang-tot-hulp-en-ondersteuning",
            "participatiewet",
            "gevolgen-van-covid-19",
        ),
        audiences=(POLICY, PROFESSIONALS),
        ateliers=NH_ATELIERS,
        questions=(Q_JOBS, Q_SIGNALS, Q_ONLINE),
        agenda_themes=(K4, ACCESS_NH, WORK, COVID, BLENDED, INFLUENCE),
        pdf=True,
    ),
]

PUBLICATIONS = {"den-haag-leiden": DEN_HAAG_LEIDEN, "noord-holland": NOORD_HOLLAND}

# ---------------------------------------------------------------------------------------------
# Nieuws vanuit de werkplaats
# ---------------------------------------------------------------------------------------------

NEWS = {
    "den-haag-leiden": [
        DemoNews(
            slug="leergemeenschap-kenniscoproductie-van-start",
            title="Leergemeenschap Kenniscoproductie van start",
            on=date(2024, 1, 22),
            summary="""
In januari is de leergemeenschap Kenniscoproductie begonnen. Onderzoekers, professionals,
beleidsmakers en bewoners onderzoeken samen hoe je kennis maakt die werkt in de praktijk.
""",
            body="""\
De eerste bijeenkomst was in Leiden. We verzamelden werkvormen die al in de regio gebruikt
worden, en kozen er drie om uit te proberen:

- het kenniscafé;
- de wijkwandeling met bewoners;
- de reflectieronde na afloop van een bijeenkomst.

Wilt u meedoen? Neem contact op met de werkplaats.
""",
        ),
        DemoNews(
            slug="terugblik-eerste-kenniscafe",
            title="Terugblik: het eerste kenniscafé in Leiden",
            on=date(2024, 9, 25),
            summary="""
Op 18 september hielden we ons eerste kenniscafé. Bewoners, sociaal werkers en studenten
praatten aan kleine tafels over de vraag wat samen kennis maken eigenlijk is.
""",
            body="""\
## Wat we hoorden

- "Ik wist niet dat mijn ervaring iets waard was voor onderzoekers."
- "Aan een kleine tafel durf je meer te zeggen."

De video van de avond en de werkvorm komen binnenkort online.
""",
        ),
        DemoNews(
            slug="nieuw-advies-vast-gezicht-in-het-buurthuis",
            title="Nieuw advies: een vast gezicht in het buurthuis",
            on=date(2025, 6, 19),
            summary="""
De leergemeenschap Inclusie en participatie geeft de gemeenten en welzijnsorganisaties vijf
aanbevelingen om buurthuizen gastvrijer te maken voor bewoners die weinig contact hebben.
""",
            body="""\
Het advies komt uit een half jaar proberen in twee buurthuizen. De belangrijkste
aanbeveling: zorg op vaste momenten voor een vaste gastvrouw of gastheer bij de deur.

Het hele advies staat bij de publicaties van de werkplaats.
""",
        ),
        DemoNews(
            slug="onderwijsmodule-kenniscoproductie-beschikbaar",
            title="Onderwijsmodule Kenniscoproductie in de wijk beschikbaar",
            on=date(2025, 9, 1),
            summary="""
Na een geslaagde pilot met 28 studenten is de onderwijsmodule Kenniscoproductie in de wijk
nu vrij beschikbaar voor opleidingen sociaal werk.
""",
            body="""\
Docenten van Hogeschool Leiden en De Haagse Hogeschool ontwikkelden de module samen met de
leergemeenschap. Dit studiejaar geven beide hogescholen de module in het derde jaar.
""",
        ),
        DemoNews(
            slug="studenten-gezocht-voor-de-leergemeenschap",
            title="Studenten gezocht voor de leergemeenschap Inclusie en participatie",
            on=date(2026, 6, 15),
            summary="""
Vanaf september is er plek voor twee hbo-studenten en één mbo-student in de leergemeenschap
Inclusie en participatie. Je interviewt bewoners en helpt bijeenkomsten voorbereiden.
""",
            body="""\
Je doet ervaring op met praktijkonderzoek, samen met bewoners, sociaal werkers en
onderzoekers. Reageren kan via de pagina van de leergemeenschap.
""",
        ),
        DemoNews(
            slug="nieuwe-leergemeenschap-jongeren-en-gezinnen",
            title="Nieuwe leergemeenschap Jongeren en gezinnen in voorbereiding",
            on=date(2026, 11, 25),
            published=False,
            summary="""
In december begint de voorbereiding van een nieuwe leergemeenschap over jongeren en gezinnen
in kwetsbare situaties. Jongerenwerkers, wijkteams en ouders denken mee.
""",
            body="""\
Nog aanvullen: datum van de eerste bijeenkomst en hoe je je kunt aanmelden.
""",
        ),
    ],
    "noord-holland": [
        DemoNews(
            slug="werkplaats-noord-holland-van-start",
            title="De Werkplaats Sociaal Domein Noord-Holland is begonnen",
            on=date(2020, 2, 14),
            summary="""
Gisteren kwamen ruim dertig partners naar Haarlem voor de start van de werkplaats. Samen
kozen zij de eerste vragen voor de regionale kennisagenda.
""",
            body="""\
De werkplaats is een samenwerking van Hogeschool Inholland met gemeenten, zorg- en
welzijnsorganisaties en cliënten- en burgerorganisaties in Noord-Holland. Tot eind 2022
werken we in leerateliers aan vragen uit de praktijk.
""",
        ),
        DemoNews(
            slug="leerateliers-gaan-online-door",
            title="Leerateliers gaan online door",
            on=date(2020, 3, 26),
            summary="""
Door de maatregelen tegen het coronavirus kunnen we voorlopig niet bij elkaar komen. De
leerateliers gaan online door, en de geplande bijeenkomsten schuiven op.
""",
            body="""\
Deelnemers krijgen een uitnodiging voor een online bijeenkomst. Lukt het niet met de
computer? Laat het ons weten; dan bellen we.
""",
        ),
        DemoNews(
            slug="handreiking-wijkgericht-werken-verschenen",
            title="Handreiking integraal en wijkgericht werken verschenen",
            on=date(2021, 9, 24),
            summary="""
De handreiking uit het leertraject in de K4-gemeenten is verschenen. Zes bouwstenen voor
integraal werken, met voorbeelden uit Schagen, Den Helder, Hollands Kroon en Texel.
""",
            body="""\
De handreiking is gratis te downloaden bij de publicaties van de werkplaats.
""",
        ),
        DemoNews(
            slug="artikel-in-vakblad-sociaal-werk",
            title="Artikel over wijkgericht werken in de Kop in Vakblad Sociaal Werk",
            on=date(2022, 5, 13),
            summary="""
In Vakblad Sociaal Werk verscheen een artikel over het leertraject Integraal en wijkgericht
werken: vier gemeenten, één aanpak?
""",
            body="""\
Een samenvatting van het artikel staat bij de publicaties van de werkplaats.
""",
        ),
        DemoNews(
            slug="terugblik-slotcongres",
            title="Terugblik op het slotcongres: drie jaar werkplaats",
            on=date(2022, 12, 6),
            summary="""
Op 1 december sloot de werkplaats drie jaar samenwerken af met een congres in Haarlem. Zo'n
tachtig deelnemers deelden wat de tien leerateliers opleverden.
""",
            body="""\
Het verslag van de dag staat bij de activiteit. Het boek "Doen we het goede?" werd op het
congres gepresenteerd en is vrij te downloaden.
""",
        ),
        DemoNews(
            slug="hoe-verder-na-de-werkplaats",
            title="Hoe verder na de werkplaats?",
            on=date(2022, 12, 20),
            published=False,
            summary="""
De werkplaats stopt, de kennisdeling gaat door. Het Kennisplatform Sociaal Domein
Noord-Holland neemt die over.
""",
            body="""\
Nog aanvullen: waar de publicaties blijven staan, en wie het aanspreekpunt wordt.
""",
        ),
    ],
}

# ---------------------------------------------------------------------------------------------
# In het onderwijs
# ---------------------------------------------------------------------------------------------

# key: (institution slug, name). All are hbo programmes of the hogescholen in the network
# demo; the mbo side of "zowel op hbo- als mbo-niveau" needs an mbo school among the partners.
COURSES = {
    "hl-social-work": ("hogeschool-leiden", "Social Work"),
    "hl-pedagogiek": ("hogeschool-leiden", "Pedagogiek"),
    "hhs-social-work": ("de-haagse-hogeschool", "Social Work"),
    "inholland-social-work": ("hogeschool-inholland", "Social Work"),
    "inholland-bouwkunde": ("hogeschool-inholland", "Bouwkunde"),
}


@dataclass(frozen=True)
class DemoCourseUse:
    course: str  # key of COURSES
    academic_year: str
    how: str
    publication: str = ""  # slug of a publication of the werkplaats
    atelier: str = ""  # or slug of an atelier of the werkplaats


COURSE_USES = {
    "den-haag-leiden": [
        DemoCourseUse(
            "hl-social-work",
            "2023-2024",
            "Verplichte literatuur in de leerlijn praktijkonderzoek van het tweede jaar.",
            publication="samen-kennis-maken",
        ),
        DemoCourseUse(
            "hl-social-work",
            "2024-2025",
            "Vier studenten deden hun afstudeeronderzoek in de leergemeenschap.",
            atelier=CO_PRODUCTION_ATELIER,
        ),
        DemoCourseUse(
            "hhs-social-work",
            "2024-2025",
            "Studenten oefenden de werkvorm in het vak gespreksvoering in groepen en hielden "
            "een kenniscafé in hun stageorganisatie.",
            publication="werkvorm-het-kenniscafe",
        ),
        DemoCourseUse(
            "hl-social-work",
            "2025-2026",
            "Keuzeonderwijs in het derde jaar, voor 32 studenten.",
            publication="onderwijsmodule-kenniscoproductie-in-de-wijk",
        ),
        DemoCourseUse(
            "hhs-social-work",
            "2025-2026",
            "Onderdeel van een minor over sociaal werk in de wijk.",
            publication="onderwijsmodule-kenniscoproductie-in-de-wijk",
        ),
        DemoCourseUse(
            "hhs-social-work",
            "2025-2026",
            "De casussen worden besproken in de intervisie van het derde jaar.",
            publication="casuistiekbundel-van-loket-naar-loket",
        ),
        DemoCourseUse(
            "hl-pedagogiek",
            "2026-2027",
            "De methodiek is lesstof in de module over opvoeden en opgroeien in de wijk.",
            publication="methodiek-welkom-in-de-buurt",
        ),
        DemoCourseUse(
            "hl-social-work",
            "2026-2027",
            "Twee studenten hebben een praktijkonderzoeksplek in de leergemeenschap.",
            atelier=INCLUSION_ATELIER,
        ),
        DemoCourseUse(
            "hhs-social-work",
            "2026-2027",
            "Literatuur in de Engelstalige minor voor internationale studenten.",
            publication="knowledge-co-production-with-residents",
        ),
    ],
    "noord-holland": [
        DemoCourseUse(
            "inholland-social-work",
            "2020-2021",
            "Studenten interviewden jongeren en sociaal werkers over de lockdown, als deel van "
            "hun praktijkonderzoek.",
            atelier="gevolgen-van-covid-19",
        ),
        DemoCourseUse(
            "inholland-social-work",
            "2021-2022",
            "Vaste werkvorm in de intervisie van het derde jaar.",
            publication="werkvorm-de-reflectiecirkel",
        ),
        DemoCourseUse(
            "inholland-social-work",
            "2021-2022",
            "Lesstof in de module wijkgericht werken, met een gastcollege van een sociaal team "
            "uit de Kop van Noord-Holland.",
            publication="handreiking-integraal-en-wijkgericht-werken-k4",
        ),
        DemoCourseUse(
            "inholland-bouwkunde",
            "2021-2022",
            "Studenten Bouwkunde ontwierpen met bewoners en studenten Social Work plannen voor "
            "de nieuwe wijk.",
            atelier="vitale-stadsontwikkeling-alkmaar",
        ),
        DemoCourseUse(
            "inholland-social-work",
            "2021-2022",
            "Studenten Social Work spraken met buurtbewoners over hun wensen voor de nieuwe wijk.",
            atelier="vitale-stadsontwikkeling-alkmaar",
        ),
        DemoCourseUse(
            "inholland-social-work",
            "2022-2023",
            "De casussen worden gebruikt in het vak werk en inkomen.",
            publication="casuistiekbundel-meedoen-via-werk",
        ),
        DemoCourseUse(
            "inholland-social-work",
            "2022-2023",
            "De module is opgenomen in het tweede jaar.",
            publication="onderwijsmodule-invloed-uitoefenen",
        ),
        DemoCourseUse(
            "inholland-social-work",
            "2023-2024",
            "Literatuur in de afstudeerfase.",
            publication="doen-we-het-goede-drie-jaar-leerateliers",
        ),
    ],
}

# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------

USAGE_MONTHS = 6  # months of views and downloads after a publication appeared
# What the kinds are called on the title page of a demo PDF.
KIND_NAMES = {
    Kind.RAPPORT: "Rapport",
    Kind.ADVIES: "Advies",
    Kind.BOEK: "Boek",
    Kind.METHODIEK: "Methodiek",
    Kind.WERKVORM: "Werkvorm",
    Kind.ONDERWIJSMODULE: "Onderwijsmodule",
    Kind.HANDREIKING: "Handreiking",
    Kind.ARTIKEL: "Artikel",
    Kind.VAKPUBLICATIE: "Vakpublicatie",
    Kind.COLUMN: "Column",
    Kind.BLOG: "Blog",
    Kind.CASUISTIEK: "Casuïstiekbundel",
    Kind.FACTSHEET: "Factsheet",
    Kind.VIDEO: "Video",
}
LINE = 72  # characters that fit on a line of a demo PDF page


def load_publications_demo(*, count: Count = _no_count) -> None:
    """Create the demo publications, news, courses and uses in education."""
    _Loader(count).load()


def _moment(day: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _short(text: str, width: int = LINE) -> str:
    return textwrap.shorten(text, width, placeholder=" …")


def publication_pdf(werkplaats: Werkplaats, spec: DemoPublication) -> bytes:
    """A PDF of the publication: a title page, then a page per section with its list items."""
    title_lines = textwrap.wrap(spec.title, LINE)
    slides = [
        (
            KIND_NAMES[spec.kind],
            (*title_lines, "", werkplaats.name, spec.on.strftime("%d-%m-%Y")),
        )
    ]
    for section in re.split(r"^## ", spec.body, flags=re.M)[1:]:
        heading, _, text = section.partition("\n")
        items = re.findall(r"^(?:- |\d+\. )(.+(?:\n   ?\S.*)*)", text, flags=re.M)
        if not items:  # prose: its sentences, one a line
            items = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
        lines = [_short(" ".join(re.sub(r"[*_]", "", item).split())) for item in items[:8]]
        slides.append((_short(heading, 48), tuple(lines)))
    return presentation_pdf(spec.title, slides)


class _Loader:
    def __init__(self, count: Count):
        self.count = count
        self.users = {
            user.email: user for user in User.objects.filter(email__endswith="@example.org")
        }
        # What a member writes under: the organisation of their membership of the werkplaats.
        self.affiliations = {
            (m.user.email, m.werkplaats_id): m.organisation.name if m.organisation else ""
            for m in Membership.objects.filter(user__email__endswith="@example.org").select_related(
                "user", "organisation"
            )
        }
        self.werkplaatsen = {w.slug: w for w in Werkplaats.objects.filter(slug__in=PUBLICATIONS)}
        self.themes = {theme.slug: theme for theme in Theme.objects.all()}
        self.publications: dict[tuple[str, str], Publication] = {}

    def load(self) -> None:
        for werkplaats_slug, specs in PUBLICATIONS.items():
            werkplaats = self.werkplaatsen[werkplaats_slug]
            coordinator = self.users[COORDINATORS[werkplaats_slug]]
            for spec in specs:
                publication = self._publication(werkplaats, coordinator, spec)
                self.publications[werkplaats_slug, spec.slug] = publication
        for werkplaats_slug, items in NEWS.items():
            werkplaats = self.werkplaatsen[werkplaats_slug]
            coordinator = self.users[COORDINATORS[werkplaats_slug]]
            for spec in items:
                self._news(werkplaats, coordinator, spec)
        courses = self._courses()
        for werkplaats_slug, uses in COURSE_USES.items():
            werkplaats = self.werkplaatsen[werkplaats_slug]
            coordinator = self.users[COORDINATORS[werkplaats_slug]]
            for spec in uses:
                self._course_use(werkplaats, coordinator, courses[spec.course], spec)

    # Publications --------------------------------------------------------------------------

    def _relations(self, werkplaats: Werkplaats, spec: DemoPublication) -> dict:
        # Found by slug and title like the other demo modules do: a link someone renamed on a
        # local run is skipped, not an error. The tests check that every one is found.
        return {
            "themes": [self.themes[slug] for slug in spec.themes],
            "ateliers": list(Atelier.objects.filter(werkplaats=werkplaats, slug__in=spec.ateliers)),
            "questions": list(
                Question.objects.filter(werkplaats=werkplaats, title__in=spec.questions)
            ),
            "agenda_themes": list(
                AgendaTheme.objects.filter(
                    agenda__werkplaats=werkplaats, title__in=spec.agenda_themes
                )
            ),
        }

    def _authors(self, werkplaats: Werkplaats, spec: DemoPublication) -> list[dict]:
        authors = []
        for writer in spec.authors:
            if writer.email:
                user = self.users[writer.email]
                affiliation = self.affiliations[writer.email, werkplaats.pk]
                authors.append({"user": user, "name": user.name, "affiliation": affiliation})
            else:
                authors.append({"name": writer.name, "affiliation": writer.affiliation})
        return authors

    def _publication(self, werkplaats, coordinator, spec: DemoPublication) -> Publication:
        relations = self._relations(werkplaats, spec)
        fields = spec.fields
        publication = Publication.objects.filter(werkplaats=werkplaats, slug=spec.slug).first()
        self.count("publications", publication is None)
        if publication is not None:
            # Keep the text current; status, authors, files and usage are left as they are.
            if any(getattr(publication, name) != value for name, value in fields.items()):
                for name, value in fields.items():
                    setattr(publication, name, value)
                publication = services.publication_save(actor=coordinator, publication=publication)
            for name, values in relations.items():
                getattr(publication, name).add(*values)
            return publication

        # Written by its first author who is a member, sent for review, published by the
        # coordinator: the path a publication takes.
        writer = next((self.users[w.email] for w in spec.authors if w.email), coordinator)
        publication = services.publication_save(
            actor=writer,
            publication=Publication(werkplaats=werkplaats, slug=spec.slug, **fields),
            relations=relations,
            authors=self._authors(werkplaats, spec),
        )
        if spec.pdf:
            upload = SimpleUploadedFile(
                f"{spec.slug}.pdf", publication_pdf(werkplaats, spec), "application/pdf"
            )
            services.publication_file_add(actor=writer, publication=publication, upload=upload)
            self.count("publication files", True)
        if spec.status != Status.CONCEPT:
            publication = services.publication_move(
                actor=writer, publication=publication, status=Status.REVIEW
            )
        if spec.status == Status.PUBLISHED:
            publication = services.publication_move(
                actor=coordinator, publication=publication, status=Status.PUBLISHED
            )
        # Back to its date: the services stamp the moment the demo ran.
        published = spec.status == Status.PUBLISHED
        Publication.objects.filter(pk=publication.pk).update(
            created=_moment(spec.on - timedelta(days=21)),
            published_at=_moment(spec.on) if published else None,
        )
        if published:
            self._usage(publication, spec)
        return publication

    def _usage(self, publication: Publication, spec: DemoPublication) -> None:
        """Views (and downloads, if there is a file) in the first months after it appeared."""
        today = timezone.localdate()
        rng = random.Random(spec.slug)
        views = rng.randint(60, 240)
        rows = []
        year, month = spec.on.year, spec.on.month
        for _ in range(USAGE_MONTHS):
            if (year, month) > (today.year, today.month):
                break
            rows.append(
                UsageCount(
                    publication=publication,
                    month=date(year, month, 1),
                    views=views,
                    downloads=round(views * rng.uniform(0.15, 0.4)) if spec.pdf else 0,
                )
            )
            views = max(3, round(views * rng.uniform(0.45, 0.8)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        UsageCount.objects.bulk_create(rows)
        for _ in rows:
            self.count("usage months", True)

    # News ----------------------------------------------------------------------------------

    def _news(self, werkplaats: Werkplaats, coordinator, spec: DemoNews) -> None:
        item = NewsItem.objects.filter(werkplaats=werkplaats, slug=spec.slug).first()
        self.count("news", item is None)
        if item is not None:
            if any(getattr(item, name) != value for name, value in spec.fields.items()):
                for name, value in spec.fields.items():
                    setattr(item, name, value)
                pages_services.news_save(actor=coordinator, item=item)
            return
        item = pages_services.news_save(
            actor=coordinator, item=NewsItem(werkplaats=werkplaats, slug=spec.slug, **spec.fields)
        )
        if spec.published:
            item = pages_services.news_publish(actor=coordinator, item=item)
        NewsItem.objects.filter(pk=item.pk).update(
            created=_moment(spec.on - timedelta(days=2)),
            published_at=_moment(spec.on) if spec.published else None,
        )

    # Education -----------------------------------------------------------------------------

    def _courses(self) -> dict[str, Course]:
        institutions = {
            o.slug: o
            for o in Organisation.objects.filter(slug__in={slug for slug, _ in COURSES.values()})
        }
        courses = {}
        for key, (institution, name) in COURSES.items():
            courses[key], new = Course.objects.get_or_create(
                institution=institutions[institution],
                name=name,
                defaults={"level": Course.Level.HBO},
            )
            self.count("courses", new)
        return courses

    def _course_use(self, werkplaats, coordinator, course: Course, spec: DemoCourseUse) -> None:
        source = {
            "publication": (
                self.publications[werkplaats.slug, spec.publication] if spec.publication else None
            ),
            "atelier": (
                Atelier.objects.get(werkplaats=werkplaats, slug=spec.atelier)
                if spec.atelier
                else None
            ),
        }
        found = {"werkplaats": werkplaats, "course": course, "academic_year": spec.academic_year}
        exists = CourseUse.objects.filter(**found, **source).exists()
        if not exists:
            services.course_use_save(
                actor=coordinator, use=CourseUse(**found, **source, how=spec.how)
            )
        self.count("course uses", not exists)
