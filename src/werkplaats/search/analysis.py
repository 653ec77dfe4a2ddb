"""Dutch text as index terms: the terms of ``lib/text.py``, plus the parts of known compounds.

Both backends index the same pre-analysed text, so a word form finds the same documents on
SQLite and on PostgreSQL:

* **Stems** come from :mod:`werkplaats.lib.text` (Snowball ``dutch_porter``, its stop words
  and ``synonyms.txt``), in the order of the text, so phrases still work. ``dutch_porter`` is
  the algorithm of PostgreSQL's ``dutch`` configuration too; the newer Snowball ``dutch``
  strips "ge-" and merges unrelated words (tests/search/test_stemmer.py shows both).
* **Compound parts** are added after the running text of each field: Dutch writes compounds as
  one word ("wijkteam", "schuldhulpverlening", "gezondheidszorg"), so a search for "schuld"
  or "zorg" would miss them. A word is split only when every part is in :data:`COMPONENTS`
  (a list of social-domain words), with the linking "s", "e" or "en" between them; unknown
  words are left whole. Splitting when indexing, not when searching, keeps a query for the
  whole compound precise ("jeugdzorg" finds "jeugdzorg", not every text with "jeugd" and
  "zorg"), while a query for a part finds the compounds. The parts come after the text, so
  they do not break phrases.
"""

from functools import lru_cache

from werkplaats.lib.text import SOCIAL_TEAM, STOP_WORDS, SYNONYMS, WORD, stem

# Words that Dutch compounds in the social domain are made of. A compound is split only into
# these; keep them four letters or longer, as shorter ones split words that are no compounds.
COMPONENTS_TEXT = """
aanbod aanpak activiteit advies afspraak arbeid armoede arts begeleiding behandeling beleid
bereik bewoner bezoek bijstand buurt centrum coach cultuur debat dienst dienstverlening doel
domein gebied geld gemeente gericht gesprek gezin gezondheid groep handreiking huis
huiselijk hulp hulpverlener hulpverlening inkomen jeugd jongeren kaart kennis kind kinder
klant kracht leer leven maatschappelijk mantel markt middel netwerk omgeving onderwijs
onderzoek ontwikkeling opvang opvoeding ouder ouderen participatie plan plein praktijk
preventie programma project punt regie regio samenwerking school schuld signalering sport
steun taal team traject uitkering veiligheid verband verlening vertrouwen vraag vrijwilliger
vrijwilligers welzijn werk werker werking wijk woning woon zorg
"""
COMPONENTS = frozenset(COMPONENTS_TEXT.split())
MIN_PART = 4
LINKS = ("", "s", "e", "en")


@lru_cache(maxsize=1)
def _component_stems() -> frozenset[str]:
    return frozenset(stem(word) for word in COMPONENTS)


def split_compound(word: str, _depth: int = 0) -> list[str] | None:
    """The known parts of ``word`` as written ("wijkteams" → wijk, teams), or None."""
    if _depth > 3 or len(word) < 2 * MIN_PART:
        return None
    for end in range(len(word) - MIN_PART, MIN_PART - 1, -1):  # the longest first part first
        head = word[:end]
        if head not in COMPONENTS:
            continue
        rest = word[end:]
        for link in LINKS:
            if not rest.startswith(link):
                continue
            tail = rest[len(link) :]
            if len(tail) < MIN_PART:
                continue
            if tail in COMPONENTS or stem(tail) in _component_stems():
                return [head, tail]
            deeper = split_compound(tail, _depth + 1)
            if deeper:
                return [head, *deeper]
    return None


def _term(part: str) -> str | None:
    """The index term of one word part, as ``lib.text.terms`` makes it; None for a stop word."""
    part = SYNONYMS.get(part, part)
    if len(part) > 1 and part not in STOP_WORDS:
        return stem(part)
    return None


@lru_cache(maxsize=200_000)
def word_terms(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(terms, compound part terms) of one lower-case word; hyphenated words give several."""
    main = []
    extra = []
    for part in word.split("-"):
        term = _term(part)
        if term is None:
            continue
        main.append(term)
        for piece in split_compound(part) or ():
            piece_term = _term(piece)
            if piece_term and piece_term != term:
                extra.append(piece_term)
    return tuple(main), tuple(extra)


def analyse(text: str) -> tuple[list[str], list[str]]:
    """The terms of ``text`` in order, and the terms of the compound parts (each once)."""
    text = SOCIAL_TEAM.sub("wijkteam", text or "")
    terms: list[str] = []
    parts: dict[str, None] = {}
    for word in WORD.findall(text.lower()):
        main, extra = word_terms(word)
        terms.extend(main)
        for term in extra:
            parts[term] = None
    return terms, list(parts)


def index_text(text: str) -> str:
    """What the index stores for a field: the terms, then the compound parts, by spaces."""
    terms, parts = analyse(text)
    if parts:
        seen = set(terms)
        terms = terms + [term for term in parts if term not in seen]
    return " ".join(terms)
