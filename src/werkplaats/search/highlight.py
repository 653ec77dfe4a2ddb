"""Snippets: the part of a summary with the most search terms, the terms marked.

Made here rather than by the engines (FTS5's ``snippet()``, ``ts_headline``), because the
index holds stems, not the text, and so that both backends show the same. The result is
safe HTML: every piece of the text is escaped, and only ``<mark>`` is added.
"""

import re
from bisect import bisect_right
from functools import lru_cache
from html import escape

from django.utils.safestring import SafeString, mark_safe

from werkplaats.lib.text import SYNONYMS, WORD, stem
from werkplaats.search.analysis import word_terms

SNIPPET_WORDS = 40
# A word can only have a term if it contains the first letters of the term or of a synonym
# of it (the stemmer changes the end of a word, not its start), so only those words are
# looked at closely: a summary has a hundred words and more, and twenty are on a page.
NEEDLE_LENGTH = 4


@lru_cache(maxsize=1)
def _synonym_words() -> dict[str, list[str]]:
    """{term: the words of synonyms.txt that are read as that term}."""
    words: dict[str, list[str]] = {}
    for word, first in SYNONYMS.items():
        words.setdefault(stem(first), []).append(word)
    return words


def _needles(terms: frozenset[str]):
    needles = set()
    for term in terms:
        needles.add(term[:NEEDLE_LENGTH])
        needles.update(word[:NEEDLE_LENGTH] for word in _synonym_words().get(term, ()))
    if not needles:
        return None
    return re.compile("|".join(re.escape(needle) for needle in sorted(needles)))


class Highlighter:
    """Marks the words of texts that have one of ``terms``; remembers each word it read."""

    def __init__(self, terms: frozenset[str]):
        self.terms = terms
        self.known: dict[str, bool] = {}
        self.needles = _needles(terms)

    def matches(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            main, parts = word_terms(word.lower())
            found = self.known[word] = not self.terms.isdisjoint(main + parts)
        return found

    def hits(self, text: str, spans: list[tuple[int, int]]) -> list[bool]:
        """For each word of ``text`` (at ``spans``), whether it has one of the terms."""
        if self.needles is None:
            return []
        hits = [False] * len(spans)
        starts = [start for start, _end in spans]
        for found in self.needles.finditer(text.lower()):
            index = bisect_right(starts, found.start()) - 1
            if index >= 0 and not hits[index] and found.start() < spans[index][1]:
                start, end = spans[index]
                hits[index] = self.matches(text[start:end])
        return hits

    def snippet(self, text: str, *, words: int = SNIPPET_WORDS) -> SafeString:
        """About ``words`` words of ``text`` around the terms, with ``<mark>`` on each match."""
        text = text or ""
        spans = [match.span() for match in WORD.finditer(text)]
        if not spans:
            return mark_safe(escape(text.strip()))  # noqa: S308 - escaped
        hits = self.hits(text, spans)
        first = _best_start(hits, words) if hits else 0
        last = min(first + words, len(spans)) - 1
        begin = 0 if first == 0 else spans[first][0]
        finish = len(text) if last == len(spans) - 1 else spans[last][1]
        parts = ["… "] if first > 0 else []
        position = begin
        for index in range(first, last + 1):
            start, end = spans[index]
            if hits and hits[index]:
                parts.append(escape(text[position:start]))
                parts.append(f"<mark>{escape(text[start:end])}</mark>")
                position = end
        parts.append(escape(text[position:finish]))
        if finish < len(text):
            parts.append(" …")
        return mark_safe("".join(parts).strip())  # noqa: S308 - every piece of text is escaped


def snippet(text: str, terms: frozenset[str], *, words: int = SNIPPET_WORDS) -> SafeString:
    return Highlighter(terms).snippet(text, words=words)


def _best_start(hits: list[bool], words: int) -> int:
    """Where to start a window of ``words`` words: a little before the first hit of the
    stretch with the most hits, so that it has some context."""
    if len(hits) <= words:
        return 0
    count = best = sum(hits[:words])
    start = 0
    for index in range(words, len(hits)):
        count += hits[index] - hits[index - words]
        if count > best:
            best, start = count, index - words + 1
    if best:
        start = hits.index(True, start) - words // 5
    return max(0, min(start, len(hits) - words))
