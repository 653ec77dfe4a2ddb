"""A Dutch readability indication for texts aimed at residents: is this B1 or not?

Writers for a general public in the Netherlands aim at language level B1. No formula decides
that on its own, so this gives an indication from three signs that B1 guides agree on:

* the Flesch-Douma score (the Dutch adaptation of Flesch reading ease):
  206.835 - 0.93 * (words per sentence) - 77 * (syllables per word); 60 or more reads easily;
* the average sentence length: at most 15 words;
* long words (four syllables or more): at most one in ten.

The text counts as B1 when all three hold; the result names the signs that do not, so the
writer knows what to change.
"""

import re
from dataclasses import dataclass, field

from werkplaats.lib.markdown import plain_text

# A syllable has one vowel sound; these letter pairs are one sound in Dutch.
VOWEL_GROUP = re.compile(r"(?:aa|ee|oo|uu|ie|oe|eu|ui|ij|ei|ou|au|[aeiouyàáèéëïóöü])", re.I)
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)|\n\s*\n")

MIN_FLESCH_DOUMA = 60
MAX_WORDS_PER_SENTENCE = 15
MAX_LONG_WORD_SHARE = 0.10
LONG_WORD_SYLLABLES = 4
MIN_WORDS = 20  # fewer words say too little to judge


def syllables(word: str) -> int:
    return max(1, len(VOWEL_GROUP.findall(word)))


@dataclass
class Readability:
    words: int
    sentences: int
    flesch_douma: float
    words_per_sentence: float
    long_word_share: float
    problems: list[str] = field(default_factory=list)

    @property
    def enough_text(self) -> bool:
        return self.words >= MIN_WORDS

    @property
    def is_b1(self) -> bool:
        return self.enough_text and not self.problems


def readability(text: str) -> Readability:
    """Measure a text (Markdown allowed; the markup is not counted)."""
    text = plain_text(text)
    words = WORD.findall(text)
    sentences = max(1, len([part for part in SENTENCE_END.split(text) if WORD.search(part)]))
    count = len(words)
    if not count:
        return Readability(0, 0, 0.0, 0.0, 0.0)
    counts = [syllables(word) for word in words]
    per_sentence = count / sentences
    per_word = sum(counts) / count
    long_share = sum(1 for n in counts if n >= LONG_WORD_SYLLABLES) / count
    score = 206.835 - 0.93 * per_sentence - 77 * per_word
    problems = []
    if score < MIN_FLESCH_DOUMA:
        problems.append("flesch_douma")
    if per_sentence > MAX_WORDS_PER_SENTENCE:
        problems.append("long_sentences")
    if long_share > MAX_LONG_WORD_SHARE:
        problems.append("long_words")
    return Readability(
        words=count,
        sentences=sentences,
        flesch_douma=round(score, 1),
        words_per_sentence=round(per_sentence, 1),
        long_word_share=round(long_share, 3),
        problems=problems,
    )
