"""Dutch text as weighted terms for matching: stems, social-domain concepts, compound parts.

A text becomes a vector ``{term: weight}`` in four steps:

1. **Words to stems** as the search index makes them (``search.analysis.word_terms``:
   lower case, stop words out, the word groups of ``lib/synonyms.txt``, Snowball
   ``dutch_porter``), with the parts of known compounds ("schuldhulpverlening" → schuld,
   hulpverlening) on the side.
2. **Concepts** from ``concepts.txt``: a word or a phrase of several words that means one
   concept of the social domain ("sociaal isolement", "weinig contacten" → eenzaamheid;
   "financiële problemen", "deurwaarder" → schulden; "sociaal wijkteam", "buurtteam" →
   wijkteam) is replaced by the concept's term. Phrases are compared as stems, so one entry
   covers its word forms; the longest phrase wins.
3. **Field weights**: a term in the title counts :data:`TITLE_WEIGHT` times, in the themes
   :data:`THEME_WEIGHT` times, in the body once; a compound part counts
   :data:`PART_WEIGHT` of its word.
4. **Sublinear term frequency**: ``log(1 + weighted count)``, so a word repeated ten
   times does not outweigh the title.

The inverse document frequency is applied by the engine (``engine.py``), which knows the
collection. The weights were chosen with ``bench/matching.py`` on
``bench/data/network_matching.json``.
"""

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from werkplaats.lib.text import SOCIAL_TEAM, WORD
from werkplaats.search.analysis import word_terms

TITLE_WEIGHT = 3.0
THEME_WEIGHT = 2.0
BODY_WEIGHT = 1.0
PART_WEIGHT = 0.5
MAX_PHRASE = 6
# A prefix entry ("mantelzorg*") is this long at least: shorter ones catch other words.
MIN_PREFIX = 4
LONGEST_PREFIX = 30
# The longest a term may be in the index (longer "words" are noise, such as pasted links).
MAX_TERM_LENGTH = 60

CONCEPTS_FILE = Path(__file__).with_name("concepts.txt")


def _stems(text: str) -> tuple[str, ...]:
    """The stems of ``text`` without concepts (and without compound parts)."""
    stems: list[str] = []
    for word in WORD.findall(SOCIAL_TEAM.sub("wijkteam", text).lower()):
        stems.extend(word_terms(word)[0])
    return tuple(stems)


@dataclass(frozen=True)
class Concepts:
    """A concept list: phrases (as stems) and word prefixes, each with its concept term."""

    phrases: dict[tuple[str, ...], str]
    prefixes: dict[str, str]

    def of_word(self, word: str) -> str | None:
        """The concept of one lower-case word by its prefix (the longest), or None."""
        for length in range(min(len(word), LONGEST_PREFIX), MIN_PREFIX - 1, -1):
            concept = self.prefixes.get(word[:length])
            if concept is not None:
                return concept
        return None


NO_CONCEPTS = Concepts({}, {})


def read_concepts(path: Path = CONCEPTS_FILE) -> Concepts:
    """The concept list in ``path`` (see concepts.txt)."""
    phrases: dict[tuple[str, ...], str] = {}
    prefixes: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        name, _colon, rest = line.partition(":")
        concept = "_".join(name.split())
        for entry in [name, *rest.split(",")]:
            entry = entry.strip().lower()
            if entry.endswith("*"):
                prefix = entry[:-1]
                if not MIN_PREFIX <= len(prefix) <= LONGEST_PREFIX:
                    raise ValueError(f"{path.name}: prefix {entry!r} is too short or too long")
                prefixes[prefix] = concept
                continue
            stems = _stems(entry)
            if stems:
                phrases[stems] = concept
    return Concepts(phrases, prefixes)


@lru_cache(maxsize=1)
def concepts() -> Concepts:
    return read_concepts()


def _with_concepts(stems: list[str], table: dict[tuple[str, ...], str]) -> list[str]:
    """``stems`` with every known phrase (longest first, left to right) read as its concept."""
    result: list[str] = []
    position = 0
    while position < len(stems):
        for length in range(min(MAX_PHRASE, len(stems) - position), 0, -1):
            concept = table.get(tuple(stems[position : position + length]))
            if concept is not None:
                result.append(concept)
                position += length
                break
        else:
            result.append(stems[position])
            position += 1
    return result


def field_terms(text: str, *, use_concepts: bool = True) -> tuple[list[str], list[str]]:
    """The terms of one field in order, and the terms of its compound parts."""
    known = concepts() if use_concepts else NO_CONCEPTS
    stems: list[str] = []
    parts: list[str] = []
    for word in WORD.findall(SOCIAL_TEAM.sub("wijkteam", text or "").lower()):
        for part in word.split("-"):
            concept = known.of_word(part)
            if concept is not None:
                stems.append(concept)
                continue
            main, extra = word_terms(part)
            stems.extend(main)
            parts.extend(known.phrases.get((term,), term) for term in extra)
    return _with_concepts(stems, known.phrases), parts


def vector(
    title: str, body: str = "", themes: tuple[str, ...] | list[str] = (), **options
) -> dict[str, float]:
    """The term weights of an item (see the module docstring); empty for contentless text."""
    counts: Counter = Counter()
    for text, weight in [(title, TITLE_WEIGHT), (body, BODY_WEIGHT)] + [
        (theme, THEME_WEIGHT) for theme in themes
    ]:
        main, parts = field_terms(text, **options)
        for term in main:
            counts[term] += weight
        for term in parts:
            counts[term] += weight * PART_WEIGHT
    return {term[:MAX_TERM_LENGTH]: round(math.log1p(count), 4) for term, count in counts.items()}
