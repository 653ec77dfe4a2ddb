"""Which questions and agenda themes of a werkplaats look like a new question.

TF-IDF over stemmed Dutch terms, cosine similarity; words of a title count double.
A werkplaats has hundreds of questions, not millions, so the vectors are built per
request from two queries. The network-wide matching of a later issue may replace
this behind the same function.
"""

import math
from collections import Counter
from dataclasses import dataclass

from werkplaats.agenda.models import AgendaTheme
from werkplaats.lib.text import terms
from werkplaats.questions.models import Question

TITLE_WEIGHT = 2
# Chosen with bench/similar_questions.py --sweep: below it, unrelated text gets suggestions.
MIN_SCORE = 0.16


@dataclass(frozen=True)
class Match:
    kind: str  # "question" or "agenda_theme"
    item: object
    score: float


def _vector(title: str, body: str) -> Counter:
    counts = Counter(terms(body))
    for term in terms(title):
        counts[term] += TITLE_WEIGHT
    return counts


def rank(query: Counter, documents: list[tuple[object, Counter]], limit: int) -> list:
    """The documents most like ``query`` by TF-IDF cosine, best first, with their scores."""
    if not query or not documents:
        return []
    document_frequency = Counter()
    for _item, vector in documents:
        document_frequency.update(vector.keys())
    total = len(documents) + 1

    def weighted(vector: Counter) -> dict[str, float]:
        # Smoothed IDF (+1, as scikit-learn's): a term that every document has still counts.
        # Without it, a werkplaats with one public question matched nothing as soon as the
        # new text had one word that question lacks.
        return {
            term: (1 + math.log(count)) * (math.log(total / (1 + document_frequency[term])) + 1)
            for term, count in vector.items()
        }

    def norm(weights: dict[str, float]) -> float:
        return math.sqrt(sum(w * w for w in weights.values())) or 1.0

    query_weights = weighted(query)
    query_norm = norm(query_weights)
    scored = []
    for item, vector in documents:
        weights = weighted(vector)
        dot = sum(w * weights.get(term, 0.0) for term, w in query_weights.items())
        if dot > 0:
            scored.append((item, dot / (query_norm * norm(weights))))
    scored.sort(key=lambda pair: pair[1], reverse=True)
    return scored[:limit]


def similar_items(
    text: str, *, werkplaats, limit: int = 5, exclude_question_id: int | None = None
) -> list[Match]:
    """Public questions and agenda themes of ``werkplaats`` that look like ``text``."""
    query = _vector("", text)
    if not query:
        return []
    questions = Question.objects.public().filter(werkplaats=werkplaats)
    if exclude_question_id:
        questions = questions.exclude(pk=exclude_question_id)
    documents = [
        (("question", q), _vector(q.title, q.situation))
        for q in questions.only("id", "title", "situation", "status", "werkplaats_id")
    ]
    themes = AgendaTheme.objects.filter(agenda__werkplaats=werkplaats).select_related("agenda")
    documents += [(("agenda_theme", t), _vector(t.title, t.description)) for t in themes]
    return [
        Match(kind=kind, item=item, score=round(score, 3))
        for (kind, item), score in rank(query, documents, limit)
        if score >= MIN_SCORE
    ]
