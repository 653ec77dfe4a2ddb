"""A deterministic corpus of Dutch social-domain publications for bench/search.py.

Documents are made of sentences from fixed word lists with a Zipf-like frequency, grouped by
theme: a document has a main theme, so its words cluster as in real texts, and a few words
("gemeente", "zorg", "professionals", "wijk") occur in most documents, as they do in a real
knowledge base. Compounds are made from parts ("wijk" + "aanpak"), which gives the long tail of
rare words that Dutch has. Generating is fast because the sentences are drawn once per theme
and documents are picked from them.

    corpus = Corpus(seed=20240601)
    for doc in corpus.documents(100_000): ...
    corpus.queries(240)   # one-to-three-word queries, with and without facet filters
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta

# Frequent words; most are stop words of lib/text.py, a few are not ("kunnen", "zoals").
FUNCTION_WORDS = """
de het een en van in op voor met is zijn dat die te aan om door bij als ook niet er
worden wordt naar uit over tot maar dit deze hun wij we zij ze of nog meer kunnen kan
heeft hebben werd zoals onder tussen binnen waarbij waarin daarom samen vaak veel goed
"""

GENERAL_WORDS = """
gemeente gemeenten gemeentelijke professionals professional zorg wijk wijken beleid inwoners
bewoners praktijk onderzoek kennis samenwerking samenwerken organisaties organisatie
ondersteuning aanpak sociaal sociale domein werkplaats hogeschool lectoraat studenten
onderwijs ervaringen resultaten vraag vragen mensen netwerk partners ontwikkeling leren
aanbevelingen handreiking rapport methode werkwijze uitvoering regio regionale lokale
landelijke context praktijkgericht evaluatie effect effecten betrokken betrokkenheid welzijn
welzijnswerk sociaalwerkers gesprek gesprekken signalen signaleren preventie toegang
toegankelijk integraal integrale samenhang maatwerk eigen regie kracht
""".split()  # noqa: SIM905 - easier to read as text

# Theme name, then its own words (with inflections, so stemming has work to do).
THEMES = {
    "armoede-en-schulden": """armoede arm arme schulden schuld schuldhulpverlening
        geldzorgen inkomen minimum minima bijstand betalingsachterstanden budget budgetcoach
        schuldeisers stress toeslagen uitkering kwijtschelding bewindvoering""",
    "eenzaamheid": """eenzaamheid eenzaam eenzame isolement ontmoeting ontmoetingen
        sociale contacten buurthuis vereenzaming verbinding verbinden netwerken alleenstaand
        alleenstaande ouderen zingeving""",
    "jeugd": """jeugd jongeren jongere jeugdzorg jeugdhulp jeugdwerk jongerenwerker jongerenwerk
        pubers kinderen kind school scholen onderwijsprofessionals opvoeding opvoeden
        opgroeien leerlingen schoolmaatschappelijk""",
    "gezin": """gezin gezinnen gezinsbegeleiding ouders ouderschap opvoedondersteuning
        scheiding echtscheiding vechtscheiding gezinscoach gezinsleden broers zussen
        huishouden huishoudens""",
    "gezondheid": """gezondheid gezond gezonde gezondheidszorg huisarts huisartsen leefstijl
        bewegen voeding overgewicht gezondheidsverschillen vitaliteit preventieve
        ziekte ziekten chronisch""",
    "mantelzorg": """mantelzorg mantelzorger mantelzorgers respijtzorg overbelasting
        overbelast ontlasten ondersteunen jonge zorgtaken dagbesteding naasten""",
    "ouderen": """ouderen oudere senioren vergrijzing thuiswonend zelfstandig wonen
        dementie geheugenproblemen valpreventie woonzorgcentrum verpleeghuis
        levensloopbestendig""",
    "wonen": """wonen woning woningen huisvesting dakloos daklozen thuislozen
        huisuitzetting huisuitzettingen woningcorporatie woningcorporaties huurders huur
        huurachterstand leefbaarheid""",
    "wijkgericht-werken": """wijkgericht wijkgerichte wijkteam wijkteams buurtteam
        buurtteams wijkaanpak wijkverpleging wijkverpleegkundige buurtcoach nabijheid
        vindplaatsgericht outreachend outreachende generalist generalisten""",
    "participatie": """participatie participeren meedoen werk arbeidsmarkt
        werkzoekenden re-integratie dagbesteding vrijwilligerswerk vrijwilligers
        vrijwilliger beschut werkgevers banen""",
    "taal": """laaggeletterdheid laaggeletterd laaggeletterden taal taalhuis taalvaardigheid
        lezen schrijven digitale vaardigheden digitaal inburgering statushouders
        nieuwkomers""",
    "veiligheid": """veiligheid huiselijk geweld kindermishandeling veilig thuis
        meldcode verwarde personen ondermijning criminaliteit overlast radicalisering
        zorgmijders""",
    "ggz": """ggz psychische klachten psychisch kwetsbaar kwetsbare herstel
        ervaringsdeskundigen ervaringsdeskundige ervaringsdeskundigheid depressie
        angst verslaving verslavingszorg beschermd""",
    "onderwijs": """curriculum curricula opleiding opleidingen docenten docent studenten
        stage stages stageplaatsen praktijkonderzoek afstuderen minor lesmateriaal
        onderwijsmodule werkvormen""",
    "beleid": """beleidsmakers beleidsmaker wethouder gemeenteraad raadsleden
        decentralisatie transformatie wmo participatiewet jeugdwet inkoop
        financiering budgetten monitoring""",
    "diversiteit": """diversiteit inclusie inclusief discriminatie migranten
        cultuursensitief cultuursensitieve sensitief vluchtelingen nieuwkomers
        meertaligheid""",
    "vrijwillige-inzet": """vrijwillige inzet informele zorg burgerinitiatieven
        burgerinitiatief bewonersinitiatieven buurtbewoners zelforganisaties
        maatschappelijke initiatieven""",
    "professionalisering": """professionalisering vakmanschap intervisie reflectie
        methodisch handelen beroepsethiek casuïstiek supervisie deskundigheidsbevordering
        werkdruk""",
    "digitalisering": """digitalisering digitale technologie zorgtechnologie apps
        beeldbellen privacy gegevens data dashboards""",
    "bestaanszekerheid": """bestaanszekerheid energiearmoede energierekening
        voedselbank voedselbanken kinderopvangtoeslag toeslagenaffaire
        armoedebeleid minimabeleid""",
}

# Compound parts: modifier + head ("wijk" + "aanpak"), a few thousand rare words.
MODIFIERS = """
wijk buurt jeugd gezins ouderen jongeren armoede schuld zorg taal werk woon school mantel
welzijn gezondheids participatie opvoed vrijwilligers huis klant kinder ouder leer praktijk
onderwijs stage kennis beleids regio stads dorps straat bewoners cliënt gemeente huisartsen
sport cultuur geld inkomens energie voedsel veiligheids preventie migranten vluchtelingen
statushouders dementie verslavings schuldhulp jongerenwerk opbouw netwerk ervarings familie
""".split()  # noqa: SIM905 - easier to read as text
HEADS = """
aanpak team teams werker werkers beleid zorg hulp netwerk netwerken coach coaches plan
plannen project projecten traject trajecten regie steun punt punten kaart gesprek gesprekken
groep groepen programma signalering dienst diensten centrum preventie monitor agenda overleg
vraag vragen aanbod loket consulent consulenten platform werkplaats spreekuur methode
training trainingen module verkenning route
""".split()  # noqa: SIM905 - easier to read as text

# General words that texts in the field use, apart from the themes' own.
COMMON_WORDS = """
aandacht aanleiding afspraken analyse beeld begeleiden belangrijk bereiken beschrijven
bespreken betekenen bijdrage bijdragen blijkt concreet conclusie criteria daarnaast
deelnemers doelen doelgroep doelgroepen draagvlak duidelijk duurzaam ervaren evalueren
gebruik gebruiken gedurende gericht gezamenlijk goede grote helpen hoofdstuk houding inzet
inzetten inzicht inzichten keuzes kwaliteit kwalitatief kwantitatief laten leidt manier
manieren mate meten mogelijk mogelijkheden nodig onderdeel ontwikkelen opbrengst opbrengsten
overzicht periode perspectief positie praktisch proces processen relatie rol rollen ruimte
situatie situaties sterk sterke stappen structuur tijd uitdaging uitdagingen uitkomsten
vanuit verbeteren verschillende verschil vervolg voorbeeld voorbeelden vorm wensen werken
werkt zicht zorgen zorgvuldig interviews vragenlijst focusgroepen deelnemende respondenten
literatuur studie pilot pilots experiment
""".split()  # noqa: SIM905 - easier to read as text

PLACES = """
Leiden Haarlem Alkmaar Utrecht Amersfoort Zwolle Deventer Enschede Arnhem Nijmegen Eindhoven
Tilburg Breda Rotterdam Dordrecht Groningen Leeuwarden Assen Den-Haag Amsterdam Almere
Lelystad Maastricht Venlo Heerlen Middelburg Vlissingen Delft Zaanstad Hoorn
""".split()  # noqa: SIM905 - easier to read as text

KINDS = """
rapport advies boek methodiek werkvorm onderwijsmodule handreiking artikel vakpublicatie
column blog casuistiekbundel factsheet video
""".split()  # noqa: SIM905 - easier to read as text
AUDIENCES = ("professionals", "policy", "education", "residents")
WERKPLAATSEN = 15
YEARS = range(2012, 2026)
FACETS = ("kind", "year", "werkplaats", "theme", "audience")


@dataclass(frozen=True)
class BenchDocument:
    number: int
    title: str
    summary: str
    body: str
    kind: str
    werkplaats: int
    themes: tuple[int, ...]
    audiences: tuple[str, ...]
    date: date


@dataclass(frozen=True)
class BenchQuery:
    text: str
    filters: dict  # facet filters: type/kind/year/werkplaats/theme/audience → value


def _cumulative(weights: list[float]) -> list[float]:
    total, result = 0.0, []
    for weight in weights:
        total += weight
        result.append(total)
    return result


def _zipf(count: int, exponent: float = 1.0, offset: float = 2.7) -> list[float]:
    return [1 / (rank + offset) ** exponent for rank in range(count)]


class Corpus:
    """Everything is drawn from one ``random.Random(seed)``, so runs are comparable."""

    def __init__(self, seed: int = 20240601, sentences_per_theme: int = 2500):
        self.seed = seed
        rng = random.Random(seed)
        self.function_words = FUNCTION_WORDS.split()
        self.themes = list(THEMES)
        self.compounds = [m + h for m in MODIFIERS for h in HEADS if m != h]
        rng.shuffle(self.compounds)
        self.theme_words = {name: words.split() for name, words in THEMES.items()}
        self.rare_words = self.compounds + PLACES
        self.general_words = GENERAL_WORDS + COMMON_WORDS
        # Cumulative weights, computed once: random.choices is fast with them.
        self._function_weights = _cumulative(_zipf(len(self.function_words), 0.7))
        self._general_weights = _cumulative(_zipf(len(self.general_words), 1.0))
        self._rare_weights = _cumulative(_zipf(len(self.rare_words), 0.9, offset=20))
        self._theme_weights = {
            name: _cumulative(_zipf(len(words), 0.9)) for name, words in self.theme_words.items()
        }
        self.sentences = {
            theme: [self._sentence(rng, theme) for _ in range(sentences_per_theme)]
            for theme in self.themes
        }

    def _words(self, rng: random.Random, pool: str, theme: str, k: int) -> list[str]:
        if pool == "theme":
            words, weights = self.theme_words[theme], self._theme_weights[theme]
        elif pool == "general":
            words, weights = self.general_words, self._general_weights
        else:
            words, weights = self.rare_words, self._rare_weights
        return rng.choices(words, cum_weights=weights, k=k)

    def _sentence(self, rng: random.Random, theme: str) -> str:
        length = rng.randint(9, 18)
        content = max(3, round(length * 0.55))
        # Of the content words: about half the theme's own, 40% general, 10% the long tail.
        pools = rng.choices(("theme", "general", "rare"), (5, 4, 1), k=content)
        words = []
        for pool in ("theme", "general", "rare"):
            words += self._words(rng, pool, theme, pools.count(pool))
        words += rng.choices(
            self.function_words, cum_weights=self._function_weights, k=length - content
        )
        rng.shuffle(words)
        words[0] = words[0].capitalize()
        return " ".join(words) + "."

    def documents(self, count: int, start: int = 0):
        """``count`` documents; the same seed and count give the same documents."""
        rng = random.Random(self.seed * 7919 + start)
        day_zero = date(YEARS[0], 1, 1)
        days = (date(YEARS[-1], 12, 31) - day_zero).days
        for number in range(start, start + count):
            main = rng.randrange(len(self.themes))
            others = rng.sample(range(len(self.themes)), rng.choice((0, 1, 1, 2)))
            theme_ids = tuple(dict.fromkeys([main, *others]))
            own = self.sentences[self.themes[main]]
            mixed = [self.sentences[self.themes[t]] for t in theme_ids]
            theme = self.themes[main]
            title_words = self._words(rng, "theme", theme, 4)
            title_words += self._words(rng, "general", theme, 3)
            title_words += self._words(rng, "rare", theme, 1)
            rng.shuffle(title_words)
            title = " ".join(title_words).capitalize()
            summary = " ".join(rng.choices(own, k=11))
            body = " ".join(rng.choice(rng.choice(mixed)) for _ in range(60))
            yield BenchDocument(
                number=number,
                title=title,
                summary=summary,
                body=body,
                kind=KINDS[min(int(rng.expovariate(0.35)), len(KINDS) - 1)],
                werkplaats=rng.randrange(1, WERKPLAATSEN + 1),
                themes=tuple(t + 1 for t in theme_ids),
                audiences=tuple(a for a in AUDIENCES if rng.random() < 0.4) or ("professionals",),
                date=day_zero + timedelta(days=rng.randrange(days)),
            )

    def queries(self, count: int = 240) -> list[BenchQuery]:
        """One-to-three-word queries, each once without and once with facet filters.

        Half the words are drawn by how often they occur (as people search for the common
        words too: "zorg", "gemeente"), half evenly from a theme's words; multi-word queries
        take their words from one theme, so they find something.
        """
        rng = random.Random(self.seed + 1)
        general = GENERAL_WORDS[:40]
        general_weights = _cumulative(_zipf(len(general)))
        result = []
        for _ in range(count // 2):
            theme = rng.choice(self.themes)
            own = self.theme_words[theme]
            size = rng.choices((1, 2, 3), (4, 4, 2))[0]
            words = []
            for _ in range(size):
                if rng.random() < 0.5:
                    words.append(rng.choices(general, cum_weights=general_weights)[0])
                elif rng.random() < 0.8:
                    words.append(rng.choice(own))
                else:
                    words.append(rng.choice(self.rare_words))
            text = " ".join(dict.fromkeys(words))
            filters = {}
            for name in rng.sample(FACETS, rng.randint(1, 2)):
                if name == "kind":
                    filters[name] = rng.choice(KINDS[:6])
                elif name == "year":
                    filters[name] = rng.choice(YEARS)
                elif name == "werkplaats":
                    filters[name] = rng.randrange(1, WERKPLAATSEN + 1)
                elif name == "theme":
                    filters[name] = self.themes.index(theme) + 1
                else:
                    filters[name] = rng.choice(AUDIENCES)
            result.append(BenchQuery(text, {}))
            result.append(BenchQuery(text, filters))
        return result
