"""How well, and how fast, does matching find related items in other werkplaatsen?

    .venv/bin/python bench/matching.py                 # quality: the engine and baselines
    .venv/bin/python bench/matching.py --misses        # also list what each item got wrong
    .venv/bin/python bench/matching.py --sweep         # other minimum scores
    .venv/bin/python bench/matching.py --scale 100000  # time per suggestion at 100,000 items
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wp_bench_matching \\
        .venv/bin/python bench/matching.py --scale 100000 --postgres

**Quality.** The evaluation set is ``bench/data/network_matching.json``: questions, agenda
themes, ateliers and publications of five werkplaatsen on ten topics, each topic written by
different people in different ways, plus distractors that share words with a topic but not
its subject. Everything happens in a throw-away database (``WERKPLAATS_VAR_DIR`` in a
temporary directory, a fresh SQLite file in ``DATABASE_URL``, set before Django starts):
the items become real public objects of their werkplaatsen, ``rebuild_matching_index``
indexes them through the registered content types, and every scored item is looked up as
its detail page does (``engine.similar_to_object``). Its relevant items are its related
items in *other* werkplaatsen (the own werkplaats is never shown); every item has at least
five, so a perfect P@5 is 1.

* **P@5**: relevant items among the first five suggestions, divided by five.
* **R@10**: share of the relevant items found in the first ten.
* **MRR**: mean of 1/rank of the first relevant suggestion.
* **median / p95 ms**: per lookup, database reads included (a few dozen items only).

Baselines run in the same process, on the same objects, through the same index and engine,
with only the analysis (``matching.analysis.vector``) replaced, and the index rebuilt:

* ``no concepts``: the engine without ``concepts.txt`` and ``lib/synonyms.txt``;
* ``tf-idf stemmed``: plain TF-IDF: stems only, no synonyms, no compound parts, title and
  body weigh the same;
* ``tf-idf unstemmed``: the same without the stemmer.

Items marked ``holdout`` were written after ``concepts.txt`` was fixed and never used to
tune it; they get their own table. So do the ``seen-holdout`` items: the holdout of the first
concept list, measured once as such, and seen while the list was extended (``written`` in
the data says which is which). ``--sweep`` tries other values of ``engine.MIN_SCORE``.

**Scale.** ``--scale N`` fills the index with N generated items (sentences of the evaluation
set recombined, with words from a generated vocabulary of 20,000 rare words mixed in, over
fifteen werkplaatsen) through ``registry.bulk_load``, and times the suggestions the intake
form asks for while someone types (``engine.similar_to_text`` with the text of each
evaluation item, leaving out its werkplaats) and the detail-page lookups
(``engine.similar_to_object``-style, by stored vector). The baseline in the same run is the
same engine with the candidate limits off (every query term, no posting budget), and a
brute-force TF-IDF over every stored vector (as ``questions/similarity.py`` does for one
werkplaats), timed on a few requests only.
"""

import argparse
import contextlib
import json
import math
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "network_matching.json"
K = 5
RECALL_AT = 10
SWEEP = (0.02, 0.04, 0.06, 0.08, 0.10, 0.12, 0.15)


def load_dataset(path: Path = DATA) -> dict:
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    ids = {item["id"] for item in data["items"]}
    for item in data["items"]:
        unknown = set(item["related"]) - ids
        if unknown:
            raise ValueError(f"{item['id']} names unknown items: {sorted(unknown)}")
        if item["werkplaats"] not in data["werkplaatsen"]:
            raise ValueError(f"{item['id']}: unknown werkplaats {item['werkplaats']}")
    return data


def relevant_elsewhere(data: dict) -> dict[str, set[str]]:
    """{item id: its related items in other werkplaatsen}."""
    by_id = {item["id"]: item for item in data["items"]}
    return {
        item["id"]: {
            other for other in item["related"] if by_id[other]["werkplaats"] != item["werkplaats"]
        }
        for item in data["items"]
    }


# --- Loading the set as objects ----------------------------------------------------------


def setup_django(var_dir: Path, *, postgres: bool = False) -> None:
    """A fresh database: SQLite in ``var_dir``, or the PostgreSQL database of DATABASE_URL."""
    os.environ["WERKPLAATS_VAR_DIR"] = str(var_dir)
    if not postgres:
        os.environ["DATABASE_URL"] = f"sqlite:///{var_dir / 'bench.sqlite3'}"
    os.environ["WERKPLAATS_ENV"] = "development"
    os.environ["DEBUG"] = "false"  # DEBUG keeps every query in memory: slower, unrealistic
    os.environ["DJANGO_SETTINGS_MODULE"] = "werkplaats.settings"
    sys.path.insert(0, str(ROOT / "src"))
    import django
    from django.core.management import call_command

    django.setup()
    if postgres:
        call_command("flush", verbosity=0, interactive=False)
    call_command("migrate", verbosity=0, interactive=False)


def make_werkplaatsen(names: dict[str, str]) -> dict:
    from werkplaats.network.models import Werkplaats

    return {
        slug: Werkplaats.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "region": slug,
                "period_start": date(2020, 1, 1),
                "contact_email": f"{slug}@example.org",
            },
        )[0]
        for slug, name in names.items()
    }


def load_items(data: dict, werkplaatsen: dict | None = None) -> dict:
    """The items as public objects of their werkplaatsen: {item id: object}."""
    from django.utils.text import slugify

    from werkplaats.agenda.models import Agenda, AgendaTheme
    from werkplaats.ateliers.models import Atelier
    from werkplaats.network.models import Theme
    from werkplaats.publications.models import Publication
    from werkplaats.questions.models import Question, Status

    werkplaatsen = werkplaatsen or make_werkplaatsen(data["werkplaatsen"])
    themes = {}
    for item in data["items"]:
        for name in item["themes"]:
            if name not in themes:
                themes[name] = Theme.objects.get_or_create(
                    name=name, defaults={"slug": slugify(name)}
                )[0]
    agendas = {}
    objects = {}
    for item in data["items"]:
        werkplaats = werkplaatsen[item["werkplaats"]]
        kind = item["kind"]
        if kind == "question":
            obj = Question.objects.create(
                werkplaats=werkplaats,
                title=item["title"],
                situation=item["text"],
                status=Status.IN_PROGRESS,
                asker_name="Evaluatie",
                asker_email="evaluatie@example.org",
                contact_consent=True,
            )
        elif kind == "agenda_theme":
            if werkplaats.pk not in agendas:
                agendas[werkplaats.pk] = Agenda.objects.create(
                    werkplaats=werkplaats, title="Kennisagenda", start_year=2024, end_year=2027
                )
            obj = AgendaTheme.objects.create(
                agenda=agendas[werkplaats.pk], title=item["title"], description=item["text"]
            )
        elif kind == "atelier":
            obj = Atelier.objects.create(
                werkplaats=werkplaats,
                title=item["title"],
                slug=slugify(item["id"])[:80],
                kind=Atelier.Kind.LEERATELIER,
                status=Atelier.Status.ACTIVE,
                description=item["text"],
                period_start=date(2025, 1, 1),
            )
        elif kind == "publication":
            obj = Publication.objects.create(
                werkplaats=werkplaats,
                title=item["title"],
                slug=slugify(item["id"])[:80],
                kind=Publication.Kind.RAPPORT,
                status=Publication.Status.PUBLISHED,
                summary=item["text"],
                date=date(2025, 3, 1),
            )
        else:
            raise ValueError(f"{item['id']}: unknown kind {kind}")
        if item["themes"]:
            obj.themes.set([themes[name] for name in item["themes"]])
        objects[item["id"]] = obj
    return objects


# --- Measuring --------------------------------------------------------------------------


def evaluate(data: dict, objects: dict, *, repeat: int = 1) -> list[dict]:
    """Look every scored item up as its detail page does: one record per item."""
    from werkplaats.matching import engine, registry

    key_to_id = {
        (registry.content_type_id(obj), obj.pk): item_id for item_id, obj in objects.items()
    }
    relevant = relevant_elsewhere(data)
    records = []
    for item in data["items"]:
        if not item["topic"]:
            continue
        obj = objects[item["id"]]
        latencies = []
        for _ in range(repeat):
            start = time.perf_counter()
            found = engine.similar_to_object(obj, limit=RECALL_AT)
            latencies.append(time.perf_counter() - start)
        records.append(
            {
                "item": item,
                "relevant": relevant[item["id"]],
                "found": [key_to_id[(s.content_type_id, s.object_id)] for s in found],
                "latencies": latencies,
            }
        )
    return records


def summarise(records: list[dict]) -> dict:
    precision, recall, reciprocal, latencies = [], [], [], []
    for record in records:
        relevant, found = record["relevant"], record["found"]
        latencies += record["latencies"]
        precision.append(len(relevant & set(found[:K])) / K)
        recall.append(len(relevant & set(found[:RECALL_AT])) / len(relevant))
        rank = next((n for n, item in enumerate(found, start=1) if item in relevant), None)
        reciprocal.append(1 / rank if rank else 0.0)
    latencies.sort()
    return {
        "items": len(records),
        "p_at_5": statistics.fmean(precision),
        "r_at_10": statistics.fmean(recall),
        "mrr": statistics.fmean(reciprocal),
        "median_ms": 1000 * statistics.median(latencies),
        "p95_ms": 1000 * latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))],
    }


# --- Baselines: the analysis replaced ------------------------------------------------------


def plain_vector(stemmed: bool):
    """TF-IDF's term frequencies of stems (or words): no synonyms, parts or field weights."""
    from werkplaats.lib.text import STOP_WORDS, WORD, stem

    def vector(title: str, body: str = "", themes=(), **_options) -> dict[str, float]:
        text = "\n".join([title, body, *themes]).lower()
        counts = Counter(
            stem(part) if stemmed else part
            for word in WORD.findall(text)
            for part in word.split("-")
            if len(part) > 1 and part not in STOP_WORDS
        )
        return {term[:60]: round(1 + math.log(n), 4) for term, n in counts.items()}

    return vector


@contextlib.contextmanager
def no_concepts():
    """The engine's analysis without concepts.txt and without lib/synonyms.txt."""
    from werkplaats.matching import analysis
    from werkplaats.search import analysis as search_analysis

    original_vector, original_synonyms = analysis.vector, search_analysis.SYNONYMS

    def vector(title, body="", themes=(), **_options):
        return original_vector(title, body, themes, use_concepts=False)

    analysis.vector = vector
    search_analysis.SYNONYMS = {}
    search_analysis.word_terms.cache_clear()
    try:
        yield
    finally:
        analysis.vector = original_vector
        search_analysis.SYNONYMS = original_synonyms
        search_analysis.word_terms.cache_clear()


@contextlib.contextmanager
def patched_vector(function):
    from werkplaats.matching import analysis

    original = analysis.vector
    analysis.vector = function
    try:
        yield
    finally:
        analysis.vector = original


@contextlib.contextmanager
def min_score(value: float):
    from werkplaats.matching import engine

    original = engine.MIN_SCORE
    engine.MIN_SCORE = value
    try:
        yield
    finally:
        engine.MIN_SCORE = original


def run_quality(data: dict, *, repeat: int, sweep: bool) -> dict[str, list[dict]]:
    from werkplaats.matching.registry import rebuild

    objects = load_items(data)
    methods = {
        "matching engine": contextlib.nullcontext,
        "no concepts": no_concepts,
        "tf-idf stemmed": lambda: patched_vector(plain_vector(stemmed=True)),
        "tf-idf unstemmed": lambda: patched_vector(plain_vector(stemmed=False)),
    }
    results = {}
    for name, context in methods.items():
        with context():
            rebuild()
            evaluate(data, objects)  # warm-up: imports and caches are not what we time
            results[name] = evaluate(data, objects, repeat=repeat)
    if sweep:
        rebuild()
        for value in SWEEP:
            with min_score(value):
                results[f"engine, min {value:.2f}"] = evaluate(data, objects)
    rebuild()
    return results


COLUMNS = [
    ("P@5", "p_at_5", "{:.3f}"),
    ("R@10", "r_at_10", "{:.3f}"),
    ("MRR", "mrr", "{:.3f}"),
    ("median ms", "median_ms", "{:.2f}"),
    ("p95 ms", "p95_ms", "{:.2f}"),
]


def table(title: str, figures_by_method: dict[str, dict]) -> list[str]:
    first = next(iter(figures_by_method.values()))
    lines = [f"{title}: {first['items']} items"]
    width = max(len(name) for name in figures_by_method)
    header = f"{'method':<{width}}  " + "  ".join(f"{name:>9}" for name, _k, _f in COLUMNS)
    lines += [header, "-" * len(header)]
    for method, figures in figures_by_method.items():
        cells = "  ".join(f"{fmt.format(figures[key]):>9}" for _n, key, fmt in COLUMNS)
        lines.append(f"{method:<{width}}  {cells}")
    return lines


def quality_report(data: dict, results: dict[str, list[dict]], *, misses: bool) -> str:
    scored = [item for item in data["items"] if item["topic"]]
    lines = [
        f"evaluation set: {len(data['items'])} items in {len(data['werkplaatsen'])} werkplaatsen, "
        f"{len(scored)} scored ({sum(i['holdout'] for i in scored)} holdout), "
        f"{len(data['items']) - len(scored)} distractors; P@{K}, R@{RECALL_AT}",
        "",
    ]
    lines += table("all items", {m: summarise(r) for m, r in results.items()})
    for written, title in [
        ("holdout", "holdout items only (written after the current concepts.txt was fixed)"),
        ("seen-holdout", "first holdout (written after the first concept list; seen since)"),
        ("tuning", "tuning items only"),
    ]:
        if any(item.get("written") == written for item in scored):
            lines += [""]
            lines += table(
                title,
                {
                    m: summarise([r for r in rs if r["item"].get("written") == written])
                    for m, rs in results.items()
                },
            )
    if misses:
        for record in results["matching engine"]:
            wrong = [f for f in record["found"][:K] if f not in record["relevant"]]
            if wrong:
                lines.append(
                    f"  {record['item']['id']}: wrong in top {K}: {', '.join(wrong)}"
                    f" (found {len(record['found'])})"
                )
    return "\n".join(lines)


# --- Scale --------------------------------------------------------------------------------


def synthetic_documents(data: dict, count: int, werkplaats_ids: list[int], seed: int = 8):
    """``count`` generated documents: sentences of the set recombined, plus rare words."""
    from werkplaats.matching.registry import MatchDocument

    rng = random.Random(seed)
    sentences = [
        sentence.strip()
        for item in data["items"]
        for sentence in re.split(r"(?<=[.?!])\s+", item["text"])
        if sentence.strip()
    ]
    titles = [item["title"] for item in data["items"]]
    syllables = ["ka", "lo", "ve", "mi", "ter", "sen", "wol", "dra", "pen", "rik", "bos", "gel"]
    vocabulary = [
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(20_000)
    ]
    kinds = ["question", "agenda_theme", "atelier", "publication"]
    for number in range(count):
        extra = " ".join(
            vocabulary[min(int(rng.paretovariate(1.1)) - 1, len(vocabulary) - 1)]
            if rng.random() < 0.5
            else rng.choice(vocabulary)
            for _ in range(rng.randint(3, 12))
        )
        title = f"{rng.choice(titles)} {rng.choice(vocabulary)}"
        body = " ".join(rng.sample(sentences, rng.randint(2, 5))) + " " + extra
        yield MatchDocument(
            kind=kinds[number % 4],
            title=title,
            body=body,
            werkplaats_id=werkplaats_ids[number % len(werkplaats_ids)],
            url=f"/generated/{number}/",
        )


def timed(function, arguments: list, repeat: int = 1) -> list[float]:
    latencies = []
    for argument in arguments:
        for _ in range(repeat):
            start = time.perf_counter()
            function(argument)
            latencies.append(1000 * (time.perf_counter() - start))
    return sorted(latencies)


def describe(name: str, latencies: list[float]) -> str:
    p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
    return (
        f"{name:<42} median {statistics.median(latencies):8.1f} ms   p95 {p95:8.1f} ms"
        f"   ({len(latencies)} requests)"
    )


def brute_force(text: str, werkplaats_id: int, limit: int = 5) -> list[int]:
    """TF-IDF cosine against every stored vector, read from the database each time."""
    from werkplaats.matching import analysis, registry
    from werkplaats.matching.models import MatchItem, TermCount

    query = analysis.vector("", text)
    counts = dict(TermCount.objects.values_list("term", "count"))
    items = counts.get(registry.ITEMS, 0)
    weights = registry.weighted(query, counts, items)
    query_length = registry.length(weights) or 1.0
    scored = []
    for pk, vector in (
        MatchItem.objects.exclude(werkplaats_id=werkplaats_id)
        .values_list("pk", "vector")
        .iterator()
    ):
        other = registry.weighted(vector, counts, items)
        dot = sum(w * other.get(t, 0.0) for t, w in weights.items())
        if dot:
            scored.append((dot / (query_length * (registry.length(other) or 1.0)), pk))
    scored.sort(reverse=True)
    return [pk for _s, pk in scored[:limit]]


def run_scale(data: dict, count: int, *, postgres: bool) -> str:
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    from werkplaats.matching import engine, registry
    from werkplaats.matching.models import MatchItem
    from werkplaats.questions.models import Question

    names = {f"regio-{n}": f"Werkplaats Regio {n}" for n in range(1, 16)}
    werkplaatsen = make_werkplaatsen(names)
    ids = [w.pk for w in werkplaatsen.values()]
    type_id = ContentType.objects.get_for_model(Question).pk
    start = time.perf_counter()
    documents = synthetic_documents(data, count, ids)
    loaded = registry.bulk_load(
        (type_id, number + 1, document) for number, document in enumerate(documents)
    )
    load_seconds = time.perf_counter() - start
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    from werkplaats.matching.models import Posting

    lines = [
        f"scale: {loaded} items, {Posting.objects.count()} postings on {connection.vendor}; "
        f"loaded in {load_seconds:.0f} s",
    ]
    texts = [
        (f"{item['title']}\n{item['text']}", ids[n % len(ids)])
        for n, item in enumerate(data["items"])
    ]
    typed = [(text[: len(text) // 2], wp) for text, wp in texts]  # half-typed

    def suggest(argument):
        text, werkplaats_id = argument
        return engine.similar_to_text(text, exclude_werkplaats=werkplaats_id)

    stored = list(MatchItem.objects.order_by("?").values_list("pk", "werkplaats_id", "vector")[:60])

    def detail(argument):
        pk, werkplaats_id, vector = argument
        return engine.lookup([engine.Lookup("item", vector, werkplaats_id, pk)])

    for argument in texts[:5]:
        suggest(argument)  # warm-up
    lines.append(describe("suggestion while typing (whole text)", timed(suggest, texts, 3)))
    lines.append(describe("suggestion while typing (half the text)", timed(suggest, typed, 3)))
    lines.append(describe("detail page (stored vector)", timed(detail, stored, 1)))
    with budget(30_000):
        lines.append(describe("  same, posting budget 30,000: typing", timed(suggest, texts, 1)))
        lines.append(describe("  same, posting budget 30,000: detail", timed(detail, stored, 1)))
    with limits_off():
        lines.append(describe("baseline: no candidate limits", timed(suggest, texts[:20], 1)))
    lines.append(
        describe("baseline: brute-force TF-IDF", timed(lambda a: brute_force(*a), texts[:3], 1))
    )
    return "\n".join(lines)


@contextlib.contextmanager
def budget(postings: int):
    from werkplaats.matching import engine

    original = engine.POSTING_BUDGET
    engine.POSTING_BUDGET = postings
    try:
        yield
    finally:
        engine.POSTING_BUDGET = original


@contextlib.contextmanager
def limits_off():
    from werkplaats.matching import engine

    original = engine.QUERY_TERMS, engine.POSTING_BUDGET
    engine.QUERY_TERMS, engine.POSTING_BUDGET = 10_000, 10**12
    try:
        yield
    finally:
        engine.QUERY_TERMS, engine.POSTING_BUDGET = original


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--misses", action="store_true", help="list wrong suggestions")
    parser.add_argument("--sweep", action="store_true", help="try other minimum scores")
    parser.add_argument("--repeat", type=int, default=3, help="timed lookups per item")
    parser.add_argument("--scale", type=int, default=0, help="time lookups at this many items")
    parser.add_argument(
        "--postgres", action="store_true", help="use DATABASE_URL (PostgreSQL; it is emptied)"
    )
    args = parser.parse_args(argv)
    if args.postgres and not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        parser.error("--postgres needs DATABASE_URL=postgres://… (a database to empty)")

    data = load_dataset(args.data)
    with tempfile.TemporaryDirectory(prefix="werkplaats-bench-") as var_dir:
        setup_django(Path(var_dir), postgres=args.postgres)
        if args.scale:
            print(run_scale(data, args.scale, postgres=args.postgres))
        else:
            results = run_quality(data, repeat=args.repeat, sweep=args.sweep)
            print(quality_report(data, results, misses=args.misses))
        from django.db import connections

        connections.close_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
