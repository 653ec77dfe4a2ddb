"""Dutch text as search terms: lower-cased words without stop words, stemmed.

The stemmer is Snowball's ``dutch_porter``: the newer ``dutch`` algorithm strips the
prefix "ge-" (gemeente → meen, gezin → zin), which merges unrelated social-domain words.
"""

import re
from functools import lru_cache
from pathlib import Path

import snowballstemmer

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)

# Words that say little about what a question is about.
_STOP_WORDS_TEXT = """
aan al alle als alles ben bij dan dat de deze die dit doen door een en er ga gaan geen had
heb hebben heeft het hier hij hoe hun ik in is je jij kan kun kunnen maar me meer men met mij
mijn moet moeten na naar niet nog nu of om onder ons onze ook op over te tegen toe tot u uit
uw van veel voor waar wanneer wat we wel welke werd wie wij wil worden wordt zal ze zelf zich
zij zijn zo zoals zou zullen
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


def _read_synonyms(path: Path) -> dict[str, str]:
    """{word: the first word of its line} from a synonym list (see synonyms.txt)."""
    mapping = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if words and not words[0].startswith("#"):
            for word in words:
                mapping[word] = words[0]
    return mapping


SYNONYMS = _read_synonyms(Path(__file__).with_name("synonyms.txt"))
SOCIAL_TEAM = re.compile(r"\bsociaal\s+(?:wijk)?team", re.IGNORECASE)


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("dutch_porter")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


def terms(text: str) -> list[str]:
    """The stemmed content words of ``text``, in order: stop words left out, synonyms joined."""
    text = SOCIAL_TEAM.sub("wijkteam", text or "")
    result = []
    for word in WORD.findall(text.lower()):
        for part in word.split("-"):
            part = SYNONYMS.get(part, part)
            if len(part) > 1 and part not in STOP_WORDS:
                result.append(stem(part))
    return result
