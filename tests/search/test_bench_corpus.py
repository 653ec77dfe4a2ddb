"""bench/search.py's corpus generator works on a tiny size (the benchmark itself is not a test)."""

import importlib.util
from pathlib import Path

from werkplaats.search.query import parse

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "search_corpus.py"


def load():
    spec = importlib.util.spec_from_file_location("search_corpus", CORPUS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_corpus_is_deterministic_and_has_the_sizes_asked_for():
    module = load()
    first = list(module.Corpus(seed=7, sentences_per_theme=50).documents(20))
    again = list(module.Corpus(seed=7, sentences_per_theme=50).documents(20))
    assert first == again
    assert len(first) == 20
    words = [len(doc.title.split()) for doc in first]
    assert all(6 <= count <= 10 for count in words)
    assert 100 <= sum(len(doc.summary.split()) for doc in first) / 20 <= 200
    assert 650 <= sum(len(doc.body.split()) for doc in first) / 20 <= 950


def test_the_queries_have_one_to_three_words_and_every_one_can_be_read():
    queries = load().Corpus(seed=7, sentences_per_theme=50).queries(40)
    assert len(queries) == 40
    assert {len(query.text.split()) for query in queries} <= {1, 2, 3}
    assert sum(bool(query.filters) for query in queries) == 20
    assert all(parse(query.text) is not None for query in queries)
