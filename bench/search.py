"""Search at 100,000 publications: SQLite FTS5 and PostgreSQL against tantivy.

    .venv/bin/python bench/search.py                       # everything, 100,000 documents
    .venv/bin/python bench/search.py --docs 20000 --backends sqlite,tantivy
    .venv/bin/python bench/search.py --no-http             # skip the requests-per-second part

For each backend it builds the index of the same deterministic corpus (bench/search_corpus.py)
and runs the same queries (one to three words, each once without and once with one or two
facet filters), and prints: build time, index size, and the latency median/p95/p99 of a
search as the page makes it (``selectors.search``: the window of matches, ranking, facet
counts, the 20 results with their snippets). Each backend's p95 is printed as a ratio to
tantivy's, which does the same work (top 20 by BM25, facet counts, 20 stored documents).

* SQLite: a throw-away var dir with its own database, migrated, indexed through the search
  app's own backend (``get_backend().write``), in a child process.
* PostgreSQL: a throw-away database ``werkplaats_search_bench_<pid>`` on 127.0.0.1:5432,
  dropped afterwards, the same way.
* tantivy (``pip install -e '.[bench]'``): a temporary index with the Dutch stemmer.

Then, unless ``--no-http``, it serves the SQLite site with gunicorn (as ``make run`` does)
and compares the requests per second of the search page with those of a publication page.
"""

import argparse
import contextlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

from search_corpus import THEMES, WERKPLAATSEN, Corpus  # noqa: E402

PYTHON = sys.executable
POSTGRES = "postgres://postgres@127.0.0.1:5432"
BATCH = 1000
TARGETS = {"sqlite": 15.0, "postgresql": 30.0}


def percentiles(samples: list[float]) -> dict:
    ordered = sorted(samples)

    def at(p):
        return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]

    return {"median": statistics.median(ordered), "p95": at(95), "p99": at(99), "n": len(ordered)}


# --- the Django side (runs in a child process per database) ---------------------------------


def worker(args) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkplaats.settings")
    django.setup()
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection, transaction

    from werkplaats.network.models import Theme, Werkplaats
    from werkplaats.search import selectors
    from werkplaats.search.backends import get_backend
    from werkplaats.search.documents import SearchDocument
    from werkplaats.search.models import SearchEntry
    from werkplaats.search.query import parse

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    migrate_seconds = time.perf_counter() - started
    for number in range(1, WERKPLAATSEN + 1):
        Werkplaats.objects.update_or_create(
            pk=number,
            defaults={
                "name": f"Werkplaats {number}",
                "slug": f"werkplaats-{number}",
                "region": "Regio",
                "period_start": "2020-01-01",
                "contact_email": f"werkplaats{number}@example.org",
            },
        )
    for number, slug in enumerate(THEMES, 1):
        Theme.objects.update_or_create(pk=number, defaults={"name": slug, "slug": slug})
    model = (
        apps.get_model("publications", "Publication")
        if apps.is_installed("werkplaats.publications")
        else SearchEntry
    )
    content_type = ContentType.objects.get_for_model(model).pk

    corpus = Corpus(args.seed)
    backend = get_backend()
    if args.window:
        type(backend).window_size = args.window
    started = time.perf_counter()
    with transaction.atomic(), backend.bulk_load():
        batch = []
        for doc in corpus.documents(args.docs):
            batch.append(
                (
                    content_type,
                    doc.number + 1,
                    SearchDocument(
                        type="publication",
                        kind=doc.kind,
                        werkplaatsen=[doc.werkplaats],
                        themes=list(doc.themes),
                        audiences=list(doc.audiences),
                        title=doc.title,
                        summary=doc.summary,
                        body=doc.body,
                        url=f"/publicaties/{doc.number + 1}/",
                        date=doc.date,
                    ),
                )
            )
            if len(batch) == BATCH:
                backend.write(batch, fresh=True)
                batch = []
        backend.write(batch, fresh=True)
    build_seconds = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # what autovacuum does soon after a big load
            cursor.execute("VACUUM ANALYZE search_searchentry")
            # Write the load out now, not while the queries are timed.
            cursor.execute("CHECKPOINT")
    size = backend.size()

    themes = {theme.pk: theme for theme in Theme.objects.all()}
    werkplaatsen = {w.pk: w for w in Werkplaats.objects.all()}

    def selection(filters):
        return selectors.Selection(
            kinds=[filters["kind"]] if "kind" in filters else [],
            years=[filters["year"]] if "year" in filters else [],
            werkplaatsen=[werkplaatsen[filters["werkplaats"]]] if "werkplaats" in filters else [],
            themes=[themes[filters["theme"]]] if "theme" in filters else [],
            audiences=[filters["audience"]] if "audience" in filters else [],
        )

    queries = [
        (q.text, parse(q.text), selection(q.filters), bool(q.filters))
        for q in corpus.queries(args.queries)
    ]
    for _text, query, chosen, _filtered in queries:  # warm the caches once
        selectors.search(query=query, selection=chosen)
    timings = {"words": [], "filtered": []}
    engine = {"words": [], "filtered": []}
    capped = {"words": 0, "filtered": 0}
    totals = {"words": [], "filtered": []}
    last_round = []
    for round_number in range(args.rounds):
        for text, query, chosen, filtered in queries:
            key = "filtered" if filtered else "words"
            started = time.perf_counter()
            window = backend.window(query, chosen.filters())
            engine[key].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            results = selectors.search(query=query, selection=chosen)
            milliseconds = (time.perf_counter() - started) * 1000
            timings[key].append(milliseconds)
            if round_number == 0:
                capped[key] += window.capped
                totals[key].append(results.total)
            if round_number == args.rounds - 1:
                last_round.append((milliseconds, text + (" +filters" if filtered else "")))
    slowest = sorted(last_round, reverse=True)[:5]
    return {
        "backend": connection.vendor,
        "docs": args.docs,
        "migrate_s": migrate_seconds,
        "build_s": build_seconds,
        "size_bytes": size,
        "search": {key: percentiles(values) for key, values in timings.items()},
        "engine": {key: percentiles(values) for key, values in engine.items()},
        "capped": capped,
        "queries": {key: len(values) for key, values in totals.items()},
        "slowest": slowest,
    }


# --- tantivy --------------------------------------------------------------------------------


def run_tantivy(args, directory: Path) -> dict:
    try:
        import tantivy
    except ImportError:
        return {"missing": "tantivy is not installed: .venv/bin/pip install -e '.[bench]'"}
    dutch = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.stemmer("dutch"))
        .build()
    )
    builder = tantivy.SchemaBuilder()
    for name in ("title", "summary"):
        builder.add_text_field(name, stored=True, tokenizer_name="nl")
    builder.add_text_field("body", tokenizer_name="nl")
    builder.add_text_field("kind", fast=True, tokenizer_name="raw")
    builder.add_text_field("audience", fast=True, tokenizer_name="raw")
    builder.add_integer_field("year", indexed=True, fast=True)
    builder.add_integer_field("werkplaats", indexed=True, fast=True)
    builder.add_integer_field("theme", indexed=True, fast=True)
    builder.add_integer_field("number", stored=True, fast=True)
    schema = builder.build()
    path = directory / "tantivy"
    path.mkdir()
    index = tantivy.Index(schema, path=str(path))
    index.register_tokenizer("nl", dutch)

    corpus = Corpus(args.seed)
    started = time.perf_counter()
    writer = index.writer(heap_size=256_000_000)
    for doc in corpus.documents(args.docs):
        document = tantivy.Document(
            title=doc.title,
            summary=doc.summary,
            body=doc.body,
            kind=doc.kind,
            year=doc.date.year,
            werkplaats=doc.werkplaats,
            number=doc.number,
        )
        for theme in doc.themes:
            document.add_integer("theme", theme)
        for audience in doc.audiences:
            document.add_text("audience", audience)
        writer.add_document(document)
    writer.commit()
    writer.wait_merging_threads()
    build_seconds = time.perf_counter() - started
    index.reload()
    searcher = index.searcher()
    size = sum(file.stat().st_size for file in path.rglob("*") if file.is_file())

    aggregation = {
        name: {"terms": {"field": name, "size": 100}}
        for name in ("kind", "year", "werkplaats", "theme", "audience")
    }

    def build(text, filters):
        words = " ".join(f'+"{word}"' for word in text.split())
        query = index.parse_query(
            words, ["title", "summary", "body"], field_boosts={"title": 10.0, "summary": 4.0}
        )
        clauses = [(tantivy.Occur.Must, query)]
        for name, value in filters.items():
            field = "theme" if name == "theme" else name
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(schema, field, value)))
        return tantivy.Query.boolean_query(clauses) if filters else query

    queries = [(build(q.text, q.filters), bool(q.filters)) for q in corpus.queries(args.queries)]

    def search(query):
        result = searcher.search(query, limit=20)
        searcher.aggregate(query, aggregation)
        for _score, address in result.hits:
            searcher.doc(address)
        return result

    for query, _filtered in queries:
        search(query)
    timings = {"words": [], "filtered": []}
    for _round in range(args.rounds):
        for query, filtered in queries:
            started = time.perf_counter()
            search(query)
            timings["filtered" if filtered else "words"].append(
                (time.perf_counter() - started) * 1000
            )
    return {
        "backend": "tantivy",
        "docs": args.docs,
        "build_s": build_seconds,
        "size_bytes": size,
        "search": {key: percentiles(values) for key, values in timings.items()},
    }


# --- running the children -------------------------------------------------------------------


def child_env(database_url: str, var_dir: Path) -> dict:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "WERKPLAATS_ENV", "DEBUG")
    }
    env.update(
        DATABASE_URL=database_url,
        WERKPLAATS_ENV="development",
        WERKPLAATS_VAR_DIR=str(var_dir),
        DEBUG="false",
        ALLOWED_HOSTS="127.0.0.1",
        PYTHONUNBUFFERED="1",
    )
    return env


def run_child(name: str, env: dict, args, out: Path) -> dict:
    command = [
        PYTHON,
        __file__,
        "--worker",
        "--docs",
        str(args.docs),
        "--queries",
        str(args.queries),
        "--rounds",
        str(args.rounds),
        "--seed",
        str(args.seed),
        "--window",
        str(args.window or 0),
        "--out",
        str(out),
    ]
    print(f"{name}: migrating, indexing {args.docs:,} documents, running the queries …", flush=True)
    result = subprocess.run(command, env=env, cwd=ROOT, check=False, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        return {"missing": f"{name} failed (exit {result.returncode}); see the output above"}
    return json.loads(out.read_text())


@contextlib.contextmanager
def postgres_database(name: str):
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{POSTGRES}/{name}"
    finally:
        with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- requests per second: the search page against a publication page ---------------------------


def run_http(args, var_dir: Path, env: dict) -> dict:
    import multiprocessing

    import wsgi_servers as ws

    ws.must(ws.manage(env, "collectstatic", "--noinput"), "collectstatic")
    # A published publication as the kennisbank shows it: a summary, a body of a few
    # paragraphs, two authors and a file (the page also counts the view, as in production).
    seed = (
        "from tests.publications.factories import AuthorFactory, PublicationFactory, "
        "PublicationFileFactory\n"
        "from werkplaats.network.models import Werkplaats\n"
        "from werkplaats.search.registry import index_object\n"
        "p = PublicationFactory(werkplaats=Werkplaats.objects.get(pk=1), "
        "title='Eenzame ouderen bereiken in de wijk: een handreiking', "
        "body='\\n\\n'.join(['## Wat werkt', 'Kleine stappen, samen met bewoners. ' * 40] * 4))\n"
        "AuthorFactory.create_batch(2, publication=p)\n"
        "PublicationFileFactory(publication=p)\n"
        "index_object(p)\n"
        "print(p.get_absolute_url())\n"
    )
    result = ws.manage({**env, "PYTHONPATH": str(ROOT)}, "shell", "--command", seed)
    ws.must(result, "making a publication")
    publication_url = result.stdout.strip().splitlines()[-1]
    pages = {
        "publication page": publication_url,
        "search, common word": "/zoeken/?q=gemeente",
        "search, two words": "/zoeken/?q=wijkgerichte+aanpak",
        "search, word and filter": "/zoeken/?q=armoede&jaar=2021",
    }
    rows = {}
    log = var_dir / "gunicorn.log"
    with (
        multiprocessing.get_context("fork").Pool(4) as pool,
        ws.running_server("gunicorn", 2, env, log) as (port, _command, _pgid),
    ):
        for name, url in pages.items():
            status, _body = ws.get(port, url, timeout=30)
            if status != 200:
                raise ws.BenchError(f"{url} answered {status}")
            ws.run_python_client(port, url, 2, 8, 10**6, pool, 4)  # warm up
            rows[name] = ws.run_python_client(port, url, args.http_seconds, 8, 10**6, pool, 4)
            rows[name]["url"] = url
    return rows


# --- report ---------------------------------------------------------------------------------


def print_report(results: dict, http: dict | None) -> None:
    reference = results.get("tantivy", {}).get("search")
    print()
    print(f"Search at {next(iter(results.values())).get('docs', 0):,} publications")
    print()
    header = (
        f"{'backend':<12} {'build s':>8} {'size MB':>8}  "
        f"{'words: median':>13} {'p95':>7} {'p99':>7} {'× tantivy':>9}  "
        f"{'+filters: median':>16} {'p95':>7} {'p99':>7} {'× tantivy':>9}"
    )
    print(header)
    print("-" * len(header))
    for name, result in results.items():
        if "missing" in result:
            print(f"{name:<12} {result['missing']}")
            continue
        cells = []
        for key in ("words", "filtered"):
            figures = result["search"][key]
            ratio = figures["p95"] / reference[key]["p95"] if reference else float("nan")
            cells.append(
                f"{figures['median']:>{13 if key == 'words' else 16}.1f} {figures['p95']:>7.1f} "
                f"{figures['p99']:>7.1f} {ratio:>9.1f}"
            )
        size = (result["size_bytes"] or 0) / 1e6
        print(f"{name:<12} {result['build_s']:>8.1f} {size:>8.0f}  {cells[0]}  {cells[1]}")
    print()
    print("Latency in ms of one search as the page makes it (ranked window, facet counts, 20")
    print("results with snippets); tantivy: top 20 by BM25, facet counts, 20 stored documents.")
    for name, result in results.items():
        if "engine" in result:
            words, filtered = result["engine"]["words"], result["engine"]["filtered"]
            print(
                f"{name}: the engine's part (window of matches with scores) p95 "
                f"{words['p95']:.1f} ms, with filters {filtered['p95']:.1f} ms; "
                f"{result['capped']['words']} of {result['queries']['words']} queries "
                f"({result['capped']['filtered']} of {result['queries']['filtered']} with filters) "
                f"had more matches than the window."
            )
            target = TARGETS.get(result["backend"])
            worst = max(result["search"]["words"]["p95"], result["search"]["filtered"]["p95"])
            if target:
                verdict = "meets" if worst < target else "MISSES"
                print(f"  p95 {worst:.1f} ms {verdict} the target of {target:.0f} ms.")
            print(
                f"  slowest queries: {', '.join(f'{t:.0f} ms {q!r}' for t, q in result['slowest'])}"
            )
    if http:
        print()
        print("Requests per second under gunicorn (2 workers, 8 connections, SQLite):")
        base = http["publication page"]["requests"] / http["publication page"]["seconds"]
        for name, row in http.items():
            rps = row["requests"] / row["seconds"]
            print(
                f"  {name:<26} {rps:7.1f} req/s  p95 {row['p95_ms']:6.1f} ms  "
                f"{rps / base:5.2f} × the publication page  ({row['url']}, {row['errors']} errors)"
            )


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=240, help="half of them with filters")
    parser.add_argument("--rounds", type=int, default=2, help="timed passes over the queries")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--window", type=int, default=0, help="another window size to try")
    parser.add_argument("--backends", default="sqlite,postgresql,tantivy")
    parser.add_argument("--no-http", dest="http", action="store_false")
    parser.add_argument("--http-seconds", type=int, default=10)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.worker:
        Path(args.out).write_text(json.dumps(worker(args)))
        return 0
    directory = Path(tempfile.mkdtemp(prefix="werkplaats-search-bench-"))
    results, http = {}, None
    try:
        for name in args.backends.split(","):
            started = time.perf_counter()
            if name == "tantivy":
                print(
                    f"tantivy: indexing {args.docs:,} documents, running the queries …", flush=True
                )
                results[name] = run_tantivy(args, directory)
            elif name == "sqlite":
                var_dir = directory / "sqlite"
                var_dir.mkdir()
                env = child_env(f"sqlite:///{var_dir / 'werkplaats.sqlite3'}", var_dir)
                results[name] = run_child(name, env, args, directory / "sqlite.json")
                if args.http and "missing" not in results[name]:
                    print("sqlite: serving the site with gunicorn …", flush=True)
                    http = run_http(args, var_dir, env)
            elif name == "postgresql":
                var_dir = directory / "postgresql"
                var_dir.mkdir()
                try:
                    socket.create_connection(("127.0.0.1", 5432), 2).close()
                except OSError as error:
                    results[name] = {"missing": f"no PostgreSQL on 127.0.0.1:5432 ({error})"}
                    continue
                with postgres_database(f"werkplaats_search_bench_{os.getpid()}") as url:
                    env = child_env(url, var_dir)
                    results[name] = run_child(name, env, args, directory / "pg.json")
            else:
                raise SystemExit(f"Unknown backend {name!r}.")
            print(f"  ({time.perf_counter() - started:.0f} s)", flush=True)
        print_report(results, http)
    finally:
        if args.keep:
            print(f"Kept {directory}")
        else:
            shutil.rmtree(directory, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
