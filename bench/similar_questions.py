"""How well do the similar-question suggestions find the same need written in other words?

    .venv/bin/python bench/similar_questions.py              # similar_items and two baselines
    .venv/bin/python bench/similar_questions.py --proposals  # also the proposed improvements
    .venv/bin/python bench/similar_questions.py --sweep      # other minimum scores
    .venv/bin/python bench/similar_questions.py --misses     # list the queries that went wrong

The evaluation set is ``bench/data/similar_questions.json``: a corpus of short questions
(title and situation) and queries, each the same need written by someone else, with the
corpus questions that are relevant to it. Some queries have no relevant question at all:
for those the right answer is to suggest nothing.

Everything happens in a throw-away var dir (``WERKPLAATS_VAR_DIR`` in a temporary
directory) with its own SQLite database (``DATABASE_URL``), set before Django starts:
migrate, then the corpus as public questions of one werkplaats. Each query is then given
to ``werkplaats.questions.similarity.similar_items`` with the limit the intake form uses,
exactly as the form does, and timed.

Figures, over the queries that have relevant questions unless said otherwise:

* **P@3**: relevant questions among the first three suggestions, divided by three. With
  one or two relevant questions per query it cannot reach 1; the best possible value is
  printed as *ideal*.
* **shown P**: relevant among the suggestions actually shown in the top three, divided by
  how many were shown (queries with no suggestion left out): how often a suggestion a
  person sees is a good one.
* **R@3**: share of a query's relevant questions found in the first three.
* **MRR**: mean of 1/rank of the first relevant suggestion (0 when there is none).
* **hit@3**: share of queries with at least one relevant question in the first three.
* **none ok**: share of the queries *without* a relevant question that get no suggestion.
* **median / p95 ms**: time per call, database reads included.

Two baselines run in the same process on the same data: ``tfidf-unstemmed`` is
``similar_items`` with the stemmer switched off (the same code otherwise), so the
difference with ``similar_items`` is the stemmer's effect; ``jaccard-unstemmed`` is plain
word overlap (Jaccard, threshold ``JACCARD_MIN``) on the same words.

Queries marked ``holdout`` in the data were written after the word lists of the proposals
were fixed; they get a table of their own. Note that ``PROPOSED_MIN_SCORE`` was chosen
with ``--sweep`` over all queries, held-out ones included.

``--proposals`` adds variants of ``similar_items`` with ``lib.text.terms`` patched in this
process (the source files stay as they are): see ``PROPOSALS`` below.
"""

import argparse
import contextlib
import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "similar_questions.json"
K = 3
# The intake form shows what similar_items returns with its default limit.
SHOWN_LIMIT = 5
# Jaccard baseline: about two shared words between a short query and a question.
JACCARD_MIN = 0.05

Search = Callable[[str], list[str]]  # query text -> corpus ids, best first


def load_dataset(path: Path = DATA) -> dict:
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    ids = {item["id"] for item in data["corpus"]}
    for query in data["queries"]:
        unknown = set(query["relevant"]) - ids
        if unknown:
            raise ValueError(f"{query['id']} names unknown corpus ids: {sorted(unknown)}")
    return data


def evaluate(queries: list[dict], search: Search, *, repeat: int = 1) -> list[dict]:
    """Run ``search`` on every query (``repeat`` times, timed): one record per query."""
    records = []
    for query in queries:
        latencies = []
        for _ in range(repeat):
            start = time.perf_counter()
            found = search(query["text"])
            latencies.append(time.perf_counter() - start)
        records.append({"query": query, "found": found, "latencies": latencies})
    return records


def summarise(records: list[dict]) -> dict:
    """The figures (see the module docstring) of a set of records from :func:`evaluate`."""
    precision, shown_precision, recall, reciprocal, hits, none_ok, misses = ([] for _ in range(7))
    ideal, latencies = [], []
    for record in records:
        query, found = record["query"], record["found"]
        latencies += record["latencies"]
        relevant = set(query["relevant"])
        top = found[:K]
        if not relevant:
            none_ok.append(not found)
            if found:
                misses.append((query, found))
            continue
        good = len(relevant & set(top))
        precision.append(good / K)
        ideal.append(min(len(relevant), K) / K)
        if top:
            shown_precision.append(good / len(top))
        recall.append(good / len(relevant))
        hits.append(good > 0)
        rank = next((n for n, item in enumerate(found, start=1) if item in relevant), None)
        reciprocal.append(1 / rank if rank else 0.0)
        if not good:
            misses.append((query, found))
    latencies.sort()

    def mean(values, empty=0.0):
        return statistics.fmean(values) if values else empty

    return {
        "queries": len(precision),
        "unrelated_queries": len(none_ok),
        "p_at_3": mean(precision),
        "ideal_p_at_3": mean(ideal),
        "shown_precision": mean(shown_precision),
        "r_at_3": mean(recall),
        "mrr": mean(reciprocal),
        "hit_at_3": mean(hits),
        "none_ok": mean(none_ok, empty=1.0),
        "median_ms": 1000 * statistics.median(latencies),
        "p95_ms": 1000 * latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))],
        "misses": misses,
    }


# --- The methods ---------------------------------------------------------------------


def similar_items_search(werkplaats, pk_to_id: dict[int, str]) -> Search:
    from werkplaats.questions import similarity

    def search(text: str) -> list[str]:
        matches = similarity.similar_items(text, werkplaats=werkplaats, limit=SHOWN_LIMIT)
        return [pk_to_id[m.item.pk] for m in matches if m.kind == "question"]

    return search


def unstemmed_terms(text: str) -> list[str]:
    """``lib.text.terms`` without the stemmer: same words, same stop words."""
    from werkplaats.lib.text import STOP_WORDS, WORD

    return [
        part
        for word in WORD.findall((text or "").lower())
        for part in word.split("-")
        if len(part) > 1 and part not in STOP_WORDS
    ]


def jaccard_search(werkplaats, pk_to_id: dict[int, str]) -> Search:
    from werkplaats.questions.models import Question

    def search(text: str) -> list[str]:
        query = set(unstemmed_terms(text))
        if not query:
            return []
        scored = []
        for question in Question.objects.public().filter(werkplaats=werkplaats):
            words = set(unstemmed_terms(f"{question.title}\n{question.situation}"))
            score = len(query & words) / len(query | words)
            if score >= JACCARD_MIN:
                scored.append((score, question.pk))
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        return [pk_to_id[pk] for _score, pk in scored[:SHOWN_LIMIT]]

    return search


@contextlib.contextmanager
def patched_terms(function: Callable[[str], list[str]]) -> Iterator[None]:
    """Let similar_items use ``function`` for its terms, for the duration of the block."""
    from werkplaats.questions import similarity

    original = similarity.terms
    similarity.terms = function
    try:
        yield
    finally:
        similarity.terms = original


@contextlib.contextmanager
def no_synonyms() -> Iterator[None]:
    """similar_items with the synonym list of lib/synonyms.txt left empty."""
    from werkplaats.lib import text

    original = text.SYNONYMS
    text.SYNONYMS = {}
    try:
        yield
    finally:
        text.SYNONYMS = original


# --- Proposals, measured by patching lib.text.terms in this process --------------------

# 1. The stemmer (dutch_porter) leaves a doubled consonant that its own rules create or
#    keep: gezinnen -> gezinn (gezin -> gezin), kansen -> kans but kans -> kan, mensen ->
#    mens but mens -> men. Undoubling a final double consonant after stemming joins the
#    first pair; stemming the stem once more joins the others (mens -> men).
DOUBLE_END = re.compile(r"([bcdfghjklmnpqrstvwxz])\1$")


def undoubled_terms(text: str) -> list[str]:
    from werkplaats.lib.text import stem, terms

    return [DOUBLE_END.sub(r"\1", stem(term)) for term in terms(text)]


# 3. Words every question uses say little about what it is about: "vraag", "gebruiken",
#    "beter". Added to the stop words (a data change in lib/text.py). Measured, and it does
#    not pay: it removes a few false suggestions but loses more good ones.
_EXTRA_STOP_WORDS_TEXT = """
vraag vragen vraagt stellen gebruiken gebruikt maken maakt komen komt zien ziet weten
weet goed goede beter echt steeds vaak willen graag manier helpt helpen
"""
EXTRA_STOP_WORDS = frozenset(_EXTRA_STOP_WORDS_TEXT.split())


def stopword_terms(text: str) -> list[str]:
    from werkplaats.lib.text import terms

    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", (text or "").lower())
    return terms(" ".join(word for word in words if word not in EXTRA_STOP_WORDS))


# 4. One shared word is too little evidence: "Openingstijden van het zwembad in de zomer"
#    matches the question about youth work in the summer on "zomer" alone. A suggestion
#    must share at least two distinct terms with the text (one when the text has one).
#    Keeps out almost all unrelated suggestions, at a clear cost in recall.
@contextlib.contextmanager
def two_shared_terms() -> Iterator[None]:
    from werkplaats.questions import similarity

    original = similarity.rank

    def rank(query, documents, limit):
        vectors = {id(item): vector for item, vector in documents}
        needed = min(2, len(query))
        ranked = original(query, documents, len(documents))
        kept = [
            (item, score)
            for item, score in ranked
            if len(query.keys() & vectors[id(item)].keys()) >= needed
        ]
        return kept[:limit]

    similarity.rank = rank
    try:
        yield
    finally:
        similarity.rank = original


# 5. A higher minimum score. Synonyms lift the scores of true matches, so the threshold
#    can go up and keep out most suggestions for unrelated text (see --sweep).
PROPOSED_MIN_SCORE = 0.16


@contextlib.contextmanager
def min_score(value: float) -> Iterator[None]:
    from werkplaats.questions import similarity

    original = similarity.MIN_SCORE
    similarity.MIN_SCORE = value
    try:
        yield
    finally:
        similarity.MIN_SCORE = original


@contextlib.contextmanager
def combined(*managers) -> Iterator[None]:
    with contextlib.ExitStack() as stack:
        for manager in managers:
            stack.enter_context(manager)
        yield


# name: a function giving the context in which similar_items runs with the proposal.
PROPOSALS: dict[str, Callable[[], contextlib.AbstractContextManager]] = {
    "+undouble": lambda: patched_terms(undoubled_terms),
    "+stopwords": lambda: patched_terms(stopword_terms),
    "+min2terms": two_shared_terms,
    f"min {PROPOSED_MIN_SCORE}": lambda: min_score(PROPOSED_MIN_SCORE),
}
SWEEP = (0.08, 0.10, 0.12, 0.14, 0.16, 0.18, 0.20)


# --- Running it ------------------------------------------------------------------------


def setup_django(var_dir: Path) -> None:
    """A fresh database in ``var_dir``; the caller's environment does not leak in."""
    os.environ["WERKPLAATS_VAR_DIR"] = str(var_dir)
    os.environ["DATABASE_URL"] = f"sqlite:///{var_dir / 'bench.sqlite3'}"
    os.environ["WERKPLAATS_ENV"] = "development"
    os.environ["DEBUG"] = "false"  # DEBUG keeps every query in memory: slower, unrealistic
    os.environ["DJANGO_SETTINGS_MODULE"] = "werkplaats.settings"
    sys.path.insert(0, str(ROOT / "src"))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)


def load_corpus(corpus: list[dict], werkplaats=None):
    """The corpus as public questions of one werkplaats: (werkplaats, {pk: corpus id})."""
    from werkplaats.network.models import Werkplaats
    from werkplaats.questions.models import Question, Status

    if werkplaats is None:
        werkplaats = Werkplaats.objects.create(
            name="Werkplaats Evaluatie",
            slug="evaluatie",
            region="Nergens",
            period_start=date(2020, 1, 1),
            contact_email="evaluatie@example.org",
        )
    pk_to_id = {}
    for item in corpus:
        question = Question.objects.create(
            werkplaats=werkplaats,
            title=item["title"],
            situation=item["situation"],
            status=Status.IN_PROGRESS,
            asker_name="Evaluatie",
            asker_email="evaluatie@example.org",
            contact_consent=True,
        )
        pk_to_id[question.pk] = item["id"]
    return werkplaats, pk_to_id


def run(data: dict, *, proposals: bool, sweep: bool, repeat: int) -> dict[str, list[dict]]:
    """The records of every method, by name."""
    werkplaats, pk_to_id = load_corpus(data["corpus"])
    queries = data["queries"]
    stemmed = similar_items_search(werkplaats, pk_to_id)
    # One warm-up pass: imports, the stemmer and the database cache are not what we time.
    for query in queries:
        stemmed(query["text"])
    results = {"similar_items": evaluate(queries, stemmed, repeat=repeat)}
    with no_synonyms():
        results["without-synonyms"] = evaluate(queries, stemmed, repeat=repeat)
    with patched_terms(unstemmed_terms):
        results["tfidf-unstemmed"] = evaluate(queries, stemmed, repeat=repeat)
    results["jaccard-unstemmed"] = evaluate(
        queries, jaccard_search(werkplaats, pk_to_id), repeat=repeat
    )
    if proposals:
        for name, proposal in PROPOSALS.items():
            with proposal():
                results[f"similar_items {name}"] = evaluate(queries, stemmed, repeat=repeat)
    if sweep:
        for value in SWEEP:
            with min_score(value):
                results[f"similar_items, min {value:.2f}"] = evaluate(queries, stemmed)
    return results


COLUMNS = [
    ("P@3", "p_at_3", "{:.3f}"),
    ("shown P", "shown_precision", "{:.3f}"),
    ("R@3", "r_at_3", "{:.3f}"),
    ("MRR", "mrr", "{:.3f}"),
    ("hit@3", "hit_at_3", "{:.3f}"),
    ("none ok", "none_ok", "{:.3f}"),
    ("median ms", "median_ms", "{:.2f}"),
    ("p95 ms", "p95_ms", "{:.2f}"),
]


def table(title: str, figures_by_method: dict[str, dict]) -> list[str]:
    first = next(iter(figures_by_method.values()))
    lines = [
        f"{title}: {first['queries']} queries with relevant questions, "
        f"{first['unrelated_queries']} without; ideal P@3={first['ideal_p_at_3']:.3f}",
    ]
    width = max(len(name) for name in figures_by_method)
    header = f"{'method':<{width}}  " + "  ".join(f"{name:>9}" for name, _k, _f in COLUMNS)
    lines += [header, "-" * len(header)]
    for method, figures in figures_by_method.items():
        cells = "  ".join(f"{fmt.format(figures[key]):>9}" for _n, key, fmt in COLUMNS)
        lines.append(f"{method:<{width}}  {cells}")
    return lines


def report(data: dict, results: dict[str, list[dict]], *, misses: bool) -> str:
    lines = [f"corpus: {len(data['corpus'])} public questions of one werkplaats; k={K}", ""]
    everything = {method: summarise(records) for method, records in results.items()}
    lines += table("all queries", everything)
    holdout = {
        method: summarise([r for r in records if r["query"].get("holdout")])
        for method, records in results.items()
    }
    if any(r["query"].get("holdout") for r in next(iter(results.values()))):
        lines += [""]
        lines += table("held-out queries only (written after the word lists were fixed)", holdout)
    if misses:
        for method, figures in everything.items():
            lines += ["", f"{method}: queries without a relevant question in the top {K}"]
            for query, found in figures["misses"]:
                expected = ", ".join(query["relevant"]) or "nothing"
                got = ", ".join(found[:K]) or "nothing"
                lines.append(f"  {query['id']} {query['text']!r}\n      want {expected}; got {got}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--proposals", action="store_true", help="measure the proposals too")
    parser.add_argument("--sweep", action="store_true", help="try other minimum scores")
    parser.add_argument("--misses", action="store_true", help="list the queries that missed")
    parser.add_argument("--repeat", type=int, default=5, help="timed calls per query")
    args = parser.parse_args(argv)

    data = load_dataset(args.data)
    with tempfile.TemporaryDirectory(prefix="werkplaats-bench-") as var_dir:
        setup_django(Path(var_dir))
        results = run(data, proposals=args.proposals, sweep=args.sweep, repeat=args.repeat)
        from django.db import connections

        connections.close_all()
    print(report(data, results, misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
