"""The quality gate on the evaluation set (bench/data/network_matching.json).

Measured with bench/matching.py (see bench/README.md). The gates sit a little below the
measured figures, so that matching that gets worse fails here.
"""

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

BENCH = Path(__file__).resolve().parents[2] / "bench" / "matching.py"

MIN_P_AT_5 = 0.72
MIN_R_AT_10 = 0.80
MIN_HOLDOUT_P_AT_5 = 0.52


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_matching", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_evaluation_set_is_large_and_mixed_enough(bench):
    data = bench.load_dataset()
    items = data["items"]
    scored = [item for item in items if item["topic"]]
    assert len(scored) >= 60
    assert len(data["werkplaatsen"]) >= 3
    assert {item["kind"] for item in scored} == {
        "question",
        "agenda_theme",
        "atelier",
        "publication",
    }
    assert len(items) > len(scored)  # distractors
    assert sum(item["holdout"] for item in scored) >= len(scored) // 5
    relevant = bench.relevant_elsewhere(data)
    assert min(len(relevant[item["id"]]) for item in scored) >= 5


def test_matching_quality_on_the_evaluation_set(bench):
    data = bench.load_dataset()
    objects = bench.load_items(data)
    from werkplaats.matching.registry import rebuild

    rebuild()
    records = bench.evaluate(data, objects)
    everything = bench.summarise(records)
    holdout = bench.summarise([r for r in records if r["item"]["holdout"]])

    summary = {
        "all": (round(everything["p_at_5"], 3), round(everything["r_at_10"], 3)),
        "holdout": round(holdout["p_at_5"], 3),
    }
    assert everything["p_at_5"] >= MIN_P_AT_5, summary
    assert everything["r_at_10"] >= MIN_R_AT_10, summary
    assert holdout["p_at_5"] >= MIN_HOLDOUT_P_AT_5, summary
