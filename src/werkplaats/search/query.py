"""What someone typed in the search box, read once and the same way for both backends.

The syntax is that of PostgreSQL's ``websearch_to_tsquery`` (and of most search boxes):

* words: all of them must occur (``wijkteam schulden``);
* ``"in quotes"``: these words in this order;
* ``-word`` or ``-"some words"``: leave out what has it;
* ``OR`` (also ``or`` and Dutch ``OF``) between two groups of words: either group.

Words become index terms as in :mod:`werkplaats.search.analysis` (stems, synonyms, no stop
words), so "wijkgerichte" looks for the same term as "wijkgericht". Compound parts are not
added to a query: "jeugdzorg" looks for the compound, while "zorg" also finds "jeugdzorg".
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from werkplaats.lib.text import SOCIAL_TEAM, WORD
from werkplaats.search.analysis import word_terms

MAX_LENGTH = 200
OR_WORDS = frozenset({"OR", "or", "OF"})
_TOKEN = re.compile(r'(-?)"([^"]*)"|(-?)([^\s"]+)')


class QueryError(ValueError):
    """The query cannot be read; ``message`` says why, in words for the person searching."""

    def __init__(self, code: str, message):
        super().__init__(code)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Term:
    """One term, or a phrase of several terms in a row."""

    terms: tuple[str, ...]
    negated: bool = False


@dataclass(frozen=True)
class Query:
    """Groups of terms: a document matches when it matches every term of any group."""

    groups: tuple[tuple[Term, ...], ...]

    @property
    def positive_terms(self) -> frozenset[str]:
        """The terms to highlight: every term that is looked for, not left out."""
        return frozenset(
            term
            for group in self.groups
            for item in group
            if not item.negated
            for term in item.terms
        )

    @property
    def term_count(self) -> int:
        return sum(len(item.terms) for group in self.groups for item in group)


def _terms_of(text: str) -> tuple[str, ...]:
    terms = []
    for word in WORD.findall(SOCIAL_TEAM.sub("wijkteam", text).lower()):
        terms.extend(word_terms(word)[0])
    return tuple(terms)


def parse(text: str) -> Query | None:
    """The query in ``text``; None when it has no words to look for (empty, or only common
    words).

    Raises :class:`QueryError` for what cannot be a query: too long (which also bounds the
    work a query can ask), an unclosed quotation mark, nothing but operators, or only words
    to leave out.
    """
    text = (text or "").strip()
    if not text:
        return None
    if len(text) > MAX_LENGTH:
        raise QueryError(
            "too_long",
            _("Your search is too long. Use at most %(count)s characters.") % {"count": MAX_LENGTH},
        )
    if text.count('"') % 2:
        raise QueryError(
            "unbalanced_quotes",
            _(
                "A quotation mark is not closed. "
                "Put words you want to find together between two quotation marks."
            ),
        )
    groups: list[list[Term]] = [[]]
    saw_word = False
    for match in _TOKEN.finditer(text):
        negated = bool(match.group(1) or match.group(3))
        if match.group(2) is not None:
            raw, phrase = match.group(2), True
        else:
            raw, phrase = match.group(4), False
        if not phrase and not negated and raw in OR_WORDS:
            groups.append([])
            continue
        if WORD.search(raw):
            saw_word = True
        terms = _terms_of(raw)
        if not terms:
            continue
        if phrase or len(terms) == 1:
            groups[-1].append(Term(terms, negated))
        elif negated:
            groups[-1].append(Term(terms, True))  # "-sociaal-team": leave out the phrase
        else:
            groups[-1].extend(Term((term,)) for term in terms)
    if not saw_word:
        raise QueryError(
            "no_words",
            _("Your search has no words in it. Type one or more words to search for."),
        )
    groups = [group for group in groups if group]
    if any(all(item.negated for item in group) for group in groups):
        raise QueryError(
            "only_excluded",
            _(
                "Type at least one word to search for, "
                "not only words to leave out (with a minus sign)."
            ),
        )
    if not groups:
        return None
    return Query(tuple(tuple(group) for group in groups))
