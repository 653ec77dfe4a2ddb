"""Searching: the results page's data, in a fixed number of queries whatever it finds.

One query for the window of matches (two or three on PostgreSQL, see its backend), one for the
entries on the page, one each for the names of the themes and werkplaatsen in the facets.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import chain

from django.core.paginator import Page, Paginator
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Theme, Werkplaats
from werkplaats.search.backends import Filters, get_backend
from werkplaats.search.documents import Audience, DocumentType
from werkplaats.search.highlight import Highlighter
from werkplaats.search.models import SearchEntry
from werkplaats.search.query import Query
from werkplaats.search.registry import kind_label

PAGE_SIZE = 20
RESULT_FIELDS = ("type", "kind", "title", "url", "summary", "date", "werkplaats", "source")
RELEVANCE = "relevantie"
NEWEST = "nieuwste"


@dataclass
class FacetValue:
    value: str  # as in the address (?type=question, ?thema=<slug>)
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str  # the GET parameter
    label: object  # lazy text
    values: list[FacetValue]


@dataclass
class Result:
    type: str
    type_label: str
    kind_label: str
    title: str
    url: str
    snippet: str
    werkplaats: Werkplaats | None
    date: date | None
    source: str = ""  # another installation it was harvested from


@dataclass
class Selection:
    """What is filtered on, as the form read it: theme and werkplaats objects, others values."""

    types: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    werkplaatsen: list[Werkplaats] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)

    def filters(self) -> Filters:
        return Filters(
            types=tuple(self.types),
            kinds=tuple(self.kinds),
            themes=tuple(theme.pk for theme in self.themes),
            werkplaatsen=tuple(werkplaats.pk for werkplaats in self.werkplaatsen),
            years=tuple(self.years),
            audiences=tuple(self.audiences),
        )

    def __bool__(self) -> bool:
        return bool(self.filters())


@dataclass
class SearchResults:
    page: Page  # of Result
    total: int
    capped: bool  # more matches than the window: total is "more than"
    facets: list[Facet]
    window_size: int


def search(
    *, query: Query | None, selection: Selection, sort: str = RELEVANCE, page_number=1
) -> SearchResults:
    """Public content matching ``query`` (or, when None, everything) and the filters."""
    backend = get_backend()
    window = backend.window(query, selection.filters())
    candidates = window.candidates
    if sort == RELEVANCE and query is not None:
        candidates = sorted(candidates, key=lambda c: (-c.score, -c.sort_key))
    page = Paginator(candidates, PAGE_SIZE).get_page(page_number)
    page.object_list = _results([c.id for c in page.object_list], query)
    return SearchResults(
        page=page,
        total=len(window.candidates),
        capped=window.capped,
        facets=_facets(window.candidates, selection),
        window_size=backend.window_size,
    )


def _results(ids: list[int], query: Query | None) -> list[Result]:
    highlighter = Highlighter(query.positive_terms if query is not None else frozenset())
    # Only what the page shows: entries keep their index terms, werkplaatsen long texts.
    entries = (
        SearchEntry.objects.filter(pk__in=ids)
        .select_related("werkplaats")
        .only(*RESULT_FIELDS, "werkplaats__name", "werkplaats__slug")
    )
    by_id = {entry.pk: entry for entry in entries}
    return [
        Result(
            type=entry.type,
            type_label=DocumentType(entry.type).label,
            kind_label=kind_label(entry.kind) if entry.kind else "",
            title=entry.title,
            url=entry.url,
            snippet=highlighter.snippet(entry.summary),
            werkplaats=entry.werkplaats,
            date=entry.date,
            source=entry.source,
        )
        for entry in (by_id.get(pk) for pk in ids)
        if entry is not None
    ]


def _int_keys(counter: Counter) -> Counter:
    return Counter({int(key): count for key, count in counter.items()})


def _facets(candidates, selection: Selection) -> list[Facet]:
    # Counter over generators: the window's candidates cost well under a millisecond.
    every = chain.from_iterable
    counts = {
        "type": Counter(c.type for c in candidates),
        "kind": Counter(c.kind for c in candidates if c.kind),
        "year": Counter(c.year for c in candidates if c.year),
        "werkplaats": _int_keys(Counter(every(c.werkplaatsen.split() for c in candidates))),
        "theme": _int_keys(Counter(every(c.themes.split() for c in candidates))),
        "audience": Counter(every(c.audiences.split() for c in candidates)),
    }

    theme_ids = set(counts["theme"]) | {theme.pk for theme in selection.themes}
    themes = {t.pk: t for t in Theme.objects.filter(pk__in=theme_ids).only("name", "slug")}
    werkplaats_ids = set(counts["werkplaats"]) | {w.pk for w in selection.werkplaatsen}
    werkplaatsen = {
        w.pk: w for w in Werkplaats.objects.filter(pk__in=werkplaats_ids).only("name", "slug")
    }
    selected_themes = {theme.pk for theme in selection.themes}
    selected_werkplaatsen = {werkplaats.pk for werkplaats in selection.werkplaatsen}

    def values(counter, label_of, selected, order):
        """The facet's values with their counts; selected ones also when none is left."""
        items = []
        for key in set(counter) | set(selected):
            found = label_of(key)
            if found is not None:
                value, label = found
                items.append(FacetValue(str(value), str(label), counter[key], key in selected))
        return sorted(items, key=order)

    by_count = lambda item: (-item.count, item.label.lower())  # noqa: E731
    type_order = {value: position for position, value in enumerate(DocumentType.values)}
    audience_order = {value: position for position, value in enumerate(Audience.values)}
    facets = [
        Facet(
            "type",
            _("Type"),
            values(
                counts["type"],
                lambda key: (key, DocumentType(key).label) if key in type_order else None,
                set(selection.types),
                lambda item: type_order[item.value],
            ),
        ),
        Facet(
            "soort",
            _("Kind"),
            values(
                counts["kind"],
                lambda key: (key, str(kind_label(key)).capitalize()),
                set(selection.kinds),
                by_count,
            ),
        ),
        Facet(
            "thema",
            _("Theme"),
            values(
                counts["theme"],
                lambda key: (themes[key].slug, themes[key].name) if key in themes else None,
                selected_themes,
                by_count,
            ),
        ),
        Facet(
            "werkplaats",
            _("Werkplaats"),
            values(
                counts["werkplaats"],
                lambda key: (
                    (werkplaatsen[key].slug, werkplaatsen[key].name)
                    if key in werkplaatsen
                    else None
                ),
                selected_werkplaatsen,
                lambda item: item.label.lower(),
            ),
        ),
        Facet(
            "jaar",
            _("Year"),
            values(
                counts["year"],
                lambda key: (key, key),
                set(selection.years),
                lambda item: -int(item.value),
            ),
        ),
        Facet(
            "publiek",
            _("For whom"),
            values(
                counts["audience"],
                lambda key: (key, Audience(key).label) if key in audience_order else None,
                set(selection.audiences),
                lambda item: audience_order[item.value],
            ),
        ),
    ]
    return [facet for facet in facets if facet.values]
