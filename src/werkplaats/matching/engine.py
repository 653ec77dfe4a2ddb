"""Which items in other werkplaatsen look most like a text or an item: the lookup.

The index (``registry.py``, ``models.py``) holds for every public item its term vector
(``analysis.vector``) and a posting per term, weighed by TF-IDF and divided by the item's
vector length. A lookup costs a fixed number of queries, whatever the number of items or of
things looked up at once (an agenda page looks up all its themes together):

1. the term counts of the query terms (one query);
2. the **candidates**: per thing looked up, its :data:`QUERY_TERMS` heaviest terms, taken
   only while their postings stay within :data:`POSTING_BUDGET` (the heaviest terms are
   the rarest, so a common word is the first to go); one SQL statement sums posting weight
   times query weight per item, leaves out the own werkplaats, and keeps the best
   :data:`CANDIDATES` per thing (``ROW_NUMBER() OVER (PARTITION BY …)``: SQLite ≥ 3.25 and
   PostgreSQL both have it);
3. the candidates' vectors and the counts of their terms (two queries), for an **exact
   TF-IDF cosine** with today's counts: a posting keeps the weights of when it was written;
4. the suggestions: at least :data:`MIN_SCORE`, best first.

Only public items are ever in the index, so whatever is looked up, nothing that is not
public is shown. Measured with ``bench/matching.py`` (quality on the evaluation set, and
time at 100,000 items): see bench/README.md.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import connection
from django.db.models import Q

from werkplaats.matching import analysis, registry
from werkplaats.matching.models import MatchItem, Posting, TermCount

LIMIT = 5
# Of a long text only its heaviest terms find candidates; the re-ranking reads them all.
QUERY_TERMS = 12
# Postings read per thing looked up, at most (the first two terms always count): at
# 100,000 items on PostgreSQL, 30,000 took p95 176 ms while typing, 10,000 took 81 ms.
POSTING_BUDGET = 10_000
CANDIDATES = 40
# Below this cosine a suggestion is noise: chosen with bench/matching.py --sweep.
MIN_SCORE = 0.05
# Pseudo-relevance feedback (see lookup): how many first-round matches, how much they weigh.
FEEDBACK_ITEMS = 0
FEEDBACK_WEIGHT = 0.5
FEEDBACK_MIN_SCORE = 0.1


@dataclass(frozen=True)
class Suggestion:
    """An item in another werkplaats, as the "In andere werkplaatsen" lists show it."""

    kind: str
    title: str
    url: str
    werkplaats_name: str
    score: float
    content_type_id: int
    object_id: int

    @property
    def kind_label(self):
        return registry.kind_label(self.kind)


@dataclass(frozen=True)
class Lookup:
    """One thing to find matches for: its vector and what to leave out."""

    key: object
    vector: dict
    exclude_werkplaats_id: int | None = None
    exclude_item_id: int | None = None


def _counts(terms: Iterable[str]) -> dict[str, int]:
    terms = sorted(set(terms) | {registry.ITEMS})
    counts: dict[str, int] = {}
    for start in range(0, len(terms), 5000):
        counts.update(
            TermCount.objects.filter(term__in=terms[start : start + 5000]).values_list(
                "term", "count"
            )
        )
    return counts


def _query_terms(weights: dict[str, float], counts: dict[str, int]) -> list[tuple[str, float]]:
    """The terms that find the candidates, heaviest first, within the posting budget."""
    chosen, postings = [], 0
    for term, weight in sorted(weights.items(), key=lambda pair: (-pair[1], pair[0])):
        if weight <= 0:
            continue
        count = counts.get(term, 0)
        if len(chosen) >= 2 and postings + count > POSTING_BUDGET:
            continue
        chosen.append((term, weight))
        postings += count
        if len(chosen) >= QUERY_TERMS:
            break
    return chosen


def _candidates(rows: list[tuple], per_lookup: int) -> list[tuple[int, int]]:
    """(lookup number, item id) of the best ``per_lookup`` items for each lookup."""
    if not rows:
        return []
    posting = Posting._meta.db_table
    values = ", ".join(["(%s, %s, %s, %s, %s)"] * len(rows))
    # -1: nothing to leave out (ids are positive). Every value is a parameter.
    # Only placeholders and the table name are formatted in.
    sql = f"""
        WITH q (lookup, term, weight, werkplaats, self) AS (VALUES {values})
        SELECT lookup, item_id FROM (
            SELECT q.lookup AS lookup, p.item_id AS item_id,
                   ROW_NUMBER() OVER (
                       PARTITION BY q.lookup ORDER BY SUM(p.weight * q.weight) DESC, p.item_id
                   ) AS position
            FROM {posting} p JOIN q ON p.term = q.term
            WHERE (p.werkplaats_id IS NULL OR p.werkplaats_id <> q.werkplaats)
              AND p.item_id <> q.self
            GROUP BY q.lookup, p.item_id
        ) ranked
        WHERE position <= %s
    """  # noqa: S608
    params = [value for row in rows for value in row] + [per_lookup]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())


def _rank(lookups: Sequence[Lookup]) -> dict[int, list[tuple[float, MatchItem]]]:
    """{lookup number: (exact cosine, item) of its candidates, best first}."""
    counts = _counts(term for one in lookups for term in one.vector)
    items = counts.get(registry.ITEMS, 0)
    if not items:
        return {}
    query_weights = [registry.weighted(one.vector, counts, items) for one in lookups]
    rows = []
    for number, (one, weights) in enumerate(zip(lookups, query_weights, strict=True)):
        for term, weight in _query_terms(weights, counts):
            rows.append(
                (number, term, weight, one.exclude_werkplaats_id or -1, one.exclude_item_id or -1)
            )
    candidates = _candidates(rows, CANDIDATES)
    if not candidates:
        return {}
    found = {
        item.pk: item
        for item in MatchItem.objects.filter(pk__in={pk for _n, pk in candidates})
        .select_related("werkplaats")
        .only(
            "pk",
            "content_type_id",
            "object_id",
            "kind",
            "title",
            "url",
            "source",
            "vector",
            "werkplaats",
            "werkplaats__name",
        )
    }
    counts.update(
        _counts(term for item in found.values() for term in item.vector if term not in counts)
    )
    lengths: dict[int, float] = {}
    weights_of: dict[int, dict] = {}
    scored: dict[int, list[tuple[float, MatchItem]]] = {}
    for number, pk in candidates:
        item = found.get(pk)
        if item is None:  # removed since the candidates were read
            continue
        if pk not in lengths:
            weights_of[pk] = registry.weighted(item.vector, counts, items)
            lengths[pk] = registry.length(weights_of[pk])
        query = query_weights[number]
        query_length = registry.length(query)
        if not lengths[pk] or not query_length:
            continue
        dot = sum(weight * weights_of[pk].get(term, 0.0) for term, weight in query.items())
        scored.setdefault(number, []).append((dot / (lengths[pk] * query_length), item))
    for pairs in scored.values():
        pairs.sort(key=lambda pair: (-pair[0], pair[1].pk))
    return scored


def _expanded(one: Lookup, neighbours: list[MatchItem]) -> Lookup:
    """``one`` with the mean vector of its best matches added (pseudo-relevance feedback)."""
    vector = dict(one.vector)
    for item in neighbours:
        for term, weight in item.vector.items():
            vector[term] = vector.get(term, 0.0) + FEEDBACK_WEIGHT * weight / len(neighbours)
    return Lookup(one.key, vector, one.exclude_werkplaats_id, one.exclude_item_id)


def lookup(lookups: Sequence[Lookup], *, limit: int = LIMIT) -> dict[object, list[Suggestion]]:
    """The best matches of every lookup, by its key (an empty list when there are none).

    Two rounds: the second looks up each vector with the vectors of its
    :data:`FEEDBACK_ITEMS` best matches of the first added (pseudo-relevance feedback).
    Items on one topic written in other words share words with those matches more than
    with the text itself, so they move up; measured with bench/matching.py.
    """
    results: dict[object, list[Suggestion]] = {one.key: [] for one in lookups}
    lookups = [one for one in lookups if one.vector]
    if not lookups:
        return results
    scored = _rank(lookups)
    if FEEDBACK_ITEMS and scored:
        lookups = [
            _expanded(one, [item for score, item in scored[number][:FEEDBACK_ITEMS]])
            if scored.get(number) and scored[number][0][0] >= FEEDBACK_MIN_SCORE
            else one
            for number, one in enumerate(lookups)
        ]
        scored = _rank(lookups)
    for number, pairs in scored.items():
        results[lookups[number].key] = [
            Suggestion(
                kind=item.kind,
                title=item.title,
                url=item.url,
                werkplaats_name=item.werkplaats.name if item.werkplaats_id else item.source,
                score=round(score, 3),
                content_type_id=item.content_type_id,
                object_id=item.object_id,
            )
            for score, item in pairs[:limit]
            if score >= MIN_SCORE
        ]
    return results


def similar_to_text(
    text: str, *, exclude_werkplaats=None, title: str = "", limit: int = LIMIT
) -> list[Suggestion]:
    """Items of other werkplaatsen that look like ``text`` (the intake form, while typing)."""
    vector = analysis.vector(title, text)
    werkplaats_id = getattr(exclude_werkplaats, "pk", exclude_werkplaats)
    return lookup([Lookup("text", vector, werkplaats_id)], limit=limit)["text"]


def object_key(obj) -> tuple[str, int]:
    """How :func:`similar_to_objects` names an object: ("app_label.model", pk)."""
    return (obj._meta.concrete_model._meta.label_lower, obj.pk)


def similar_to_objects(objects: Sequence, *, limit: int = LIMIT) -> dict[object, list]:
    """Items of other werkplaatsen like each of ``objects``, by :func:`object_key`.

    An object in the index is looked up by its stored vector; any other (one that is not
    public, such as a question a coordinator has not taken up yet) by its document now.
    Content types are joined, not looked up, so that the first page of a process costs
    no more queries than the next.
    """
    objects = [obj for obj in objects if obj is not None and registry.is_registered(obj)]
    if not objects:
        return {}
    keys = {object_key(obj): obj for obj in objects}
    by_model: dict[str, set] = {}
    for label, pk in keys:
        by_model.setdefault(label, set()).add(pk)
    matches = Q()
    for label, pks in by_model.items():
        app_label, model = label.split(".")
        matches |= Q(
            content_type__app_label=app_label, content_type__model=model, object_id__in=pks
        )
    stored = {}
    for pk, app_label, model, object_id, werkplaats_id, vector in MatchItem.objects.filter(
        matches
    ).values_list(
        "pk",
        "content_type__app_label",
        "content_type__model",
        "object_id",
        "werkplaats_id",
        "vector",
    ):
        stored[(f"{app_label}.{model}", object_id)] = Lookup(
            (f"{app_label}.{model}", object_id), vector, werkplaats_id, pk
        )
    lookups = list(stored.values())
    missing = [(key, obj) for key, obj in keys.items() if key not in stored]
    documents = registry.documents_of([obj for _key, obj in missing])
    for (key, _obj), document in zip(missing, documents, strict=True):
        if document is not None:
            vector = analysis.vector(document.title, document.body, document.themes)
            lookups.append(Lookup(key, vector, document.werkplaats_id))
    return lookup(lookups, limit=limit)


def similar_to_object(obj, *, limit: int = LIMIT) -> list[Suggestion]:
    """Items of other werkplaatsen like ``obj`` (a question, agenda theme, atelier, ...)."""
    if obj is None or not registry.is_registered(obj):
        return []
    return similar_to_objects([obj], limit=limit).get(object_key(obj), [])
