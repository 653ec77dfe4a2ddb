"""similar_items: which questions and agenda themes look like a new question."""

import importlib.util
from pathlib import Path

import pytest

from tests.network.factories import WerkplaatsFactory
from werkplaats.agenda.models import Agenda, AgendaTheme
from werkplaats.questions.models import PUBLIC_STATUSES, Question, Status
from werkplaats.questions.similarity import similar_items

pytestmark = pytest.mark.django_db

BENCH = Path(__file__).resolve().parents[2] / "bench" / "similar_questions.py"

# Measured with bench/similar_questions.py on bench/data/similar_questions.json (all
# queries): P@3 0.302, R@3 0.830, MRR 0.827, unrelated queries without suggestion 0.818.
# The gates sit a little below, so that matching that gets worse fails here, and a change
# that buys precision by suggesting more for unrelated text fails too.
MIN_P_AT_3 = 0.28
MIN_R_AT_3 = 0.80
MIN_MRR = 0.80
MIN_NONE_OK = 0.70


def ask(werkplaats, title, situation="", status=Status.IN_PROGRESS):
    return Question.objects.create(
        werkplaats=werkplaats,
        title=title,
        situation=situation,
        status=status,
        asker_name="Vrager",
        asker_email="vrager@example.org",
        contact_consent=True,
    )


@pytest.fixture
def werkplaats():
    return WerkplaatsFactory()


@pytest.fixture
def lonely(werkplaats):
    return ask(
        werkplaats,
        "Hoe kunnen we als wijkteam eenzame ouderen beter bereiken?",
        "Veel ouderen in onze wijk wonen alleen en melden zich niet bij het wijkteam.",
    )


@pytest.fixture
def others(werkplaats):
    # Questions on other subjects, so that the lonely one is not the only document.
    return [
        ask(werkplaats, "Hoe begeleiden we mensen in de bijstand naar passend werk?"),
        ask(werkplaats, "Wat heeft de lockdown gedaan met jongeren op school?"),
        ask(werkplaats, "Hoe praten we met bewoners over geldzorgen zonder schaamte?"),
    ]


def questions(matches):
    return [match.item for match in matches if match.kind == "question"]


def test_finds_a_public_question_through_other_word_forms(werkplaats, lonely, others):
    # No word in common: only the stems (eenzam, ouder) connect the two.
    matches = similar_items("Eenzaamheid bij oudere buurtbewoners", werkplaats=werkplaats)

    assert questions(matches)[0] == lonely
    assert matches[0].score > 0
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)


@pytest.mark.parametrize("status", PUBLIC_STATUSES)
def test_every_public_status_is_suggested(werkplaats, others, status):
    question = ask(werkplaats, "Eenzame ouderen in de wijk bereiken", status=status)
    assert question in questions(similar_items("eenzaamheid ouderen", werkplaats=werkplaats))


@pytest.mark.parametrize("status", [Status.SUBMITTED, Status.REJECTED])
def test_questions_no_coordinator_made_public_are_never_suggested(werkplaats, others, status):
    hidden = ask(werkplaats, "Eenzame ouderen in de wijk bereiken", status=status)
    assert hidden not in questions(similar_items("eenzame ouderen", werkplaats=werkplaats))


def test_questions_of_another_werkplaats_are_never_suggested(werkplaats, lonely, others):
    elsewhere = WerkplaatsFactory()
    theirs = ask(elsewhere, lonely.title, lonely.situation)

    found = questions(similar_items("eenzame ouderen bereiken", werkplaats=werkplaats))

    assert lonely in found
    assert theirs not in found
    assert questions(similar_items("eenzame ouderen bereiken", werkplaats=elsewhere)) == [theirs]


def test_the_question_being_edited_is_left_out(werkplaats, lonely, others):
    matches = similar_items(
        "eenzame ouderen bereiken", werkplaats=werkplaats, exclude_question_id=lonely.pk
    )
    assert lonely not in questions(matches)


def test_agenda_themes_of_the_werkplaats_are_suggested(werkplaats, others):
    agenda = Agenda.objects.create(
        werkplaats=werkplaats, title="Kennisagenda", start_year=2023, end_year=2026
    )
    theme = AgendaTheme.objects.create(
        agenda=agenda,
        title="Eenzaamheid en contact in de wijk",
        description="Veel bewoners hebben weinig contact met anderen, vooral ouderen.",
    )
    other_agenda = Agenda.objects.create(
        werkplaats=WerkplaatsFactory(), title="Kennisagenda", start_year=2023, end_year=2026
    )
    AgendaTheme.objects.create(agenda=other_agenda, title=theme.title)

    matches = similar_items("Hoe helpen we eenzame ouderen?", werkplaats=werkplaats)

    assert [(m.kind, m.item) for m in matches if m.kind == "agenda_theme"] == [
        ("agenda_theme", theme)
    ]


@pytest.mark.parametrize(
    "text",
    ["", "   ", "de het een en van", "Hoe kan ik dat doen?", "Parkeervergunning aanvragen"],
)
def test_nothing_for_empty_contentless_or_unrelated_text(werkplaats, lonely, others, text):
    assert similar_items(text, werkplaats=werkplaats) == []


def test_nothing_when_the_werkplaats_has_no_public_questions(werkplaats):
    ask(werkplaats, "Eenzame ouderen bereiken", status=Status.SUBMITTED)
    assert similar_items("eenzame ouderen", werkplaats=werkplaats) == []


def test_limit_is_respected(werkplaats):
    for n in range(8):
        ask(werkplaats, f"Eenzame ouderen bereiken in wijk {n}", "eenzaamheid")
    ask(werkplaats, "Iets heel anders over werk en inkomen")
    assert len(similar_items("eenzame ouderen", werkplaats=werkplaats, limit=3)) == 3


# --- The quality gate on the evaluation set ---------------------------------------------


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_similar_questions", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_evaluation_set_is_large_enough(bench):
    data = bench.load_dataset()
    with_relevant = [q for q in data["queries"] if q["relevant"]]
    assert len(with_relevant) >= 30
    assert len(data["queries"]) - len(with_relevant) >= 5
    assert 40 <= len(data["corpus"]) <= 60


def test_matching_quality_on_the_evaluation_set(bench):
    data = bench.load_dataset()
    werkplaats, pk_to_id = bench.load_corpus(data["corpus"], WerkplaatsFactory())
    # Noise: another werkplaats with the same questions must change nothing.
    bench.load_corpus(data["corpus"], WerkplaatsFactory())

    records = bench.evaluate(data["queries"], bench.similar_items_search(werkplaats, pk_to_id))
    figures = bench.summarise(records)

    summary = {key: round(figures[key], 3) for key in ("p_at_3", "r_at_3", "mrr", "none_ok")}
    assert figures["p_at_3"] >= MIN_P_AT_3, summary
    assert figures["r_at_3"] >= MIN_R_AT_3, summary
    assert figures["mrr"] >= MIN_MRR, summary
    assert figures["none_ok"] >= MIN_NONE_OK, summary
