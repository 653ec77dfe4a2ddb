"""The engine: what it finds in other werkplaatsen, and what it never shows."""

import pytest

from werkplaats.matching import engine
from werkplaats.matching.models import MatchItem, Posting, TermCount
from werkplaats.matching.registry import index_item, rebuild, remove_item
from werkplaats.questions.models import Status

pytestmark = pytest.mark.django_db


def titles(suggestions):
    return [suggestion.title for suggestion in suggestions]


def test_finds_the_same_topic_in_other_words_in_other_werkplaatsen(topics):
    found = engine.similar_to_object(topics["lonely_a"])

    assert titles(found)[:2] == sorted(
        [topics["lonely_b"].title, topics["lonely_c"].title],
        key=titles(found).index,
    )
    assert {s.werkplaats_name for s in found[:2]} == {"Werkplaats B", "Werkplaats C"}
    assert topics["debts_b"].title not in titles(found)[:2]
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)


def test_synonyms_connect_texts_without_a_word_in_common(topics, werkplaats_a):
    found = engine.similar_to_text("geldproblemen", exclude_werkplaats=werkplaats_a)
    assert set(titles(found)) == {topics["debts_b"].title, topics["debts_c"].title}


def test_other_word_forms_match(topics, werkplaats_a):
    found = engine.similar_to_text("vereenzaamde oudere", exclude_werkplaats=werkplaats_a)
    assert titles(found)[0] in {topics["lonely_b"].title, topics["lonely_c"].title}


def test_the_own_werkplaats_is_left_out(topics, make, werkplaats_a):
    own = make("atelier", werkplaats_a, "Eenzame ouderen bereiken", "Eenzaamheid bij ouderen")
    found = engine.similar_to_object(topics["lonely_a"])
    assert own.title not in titles(found)
    assert topics["lonely_a"].title not in titles(found)
    text = engine.similar_to_text("eenzame ouderen", exclude_werkplaats=werkplaats_a)
    assert all(s.werkplaats_name != "Werkplaats A" for s in text)


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("question", {"status": Status.SUBMITTED}),
        ("question", {"status": Status.REJECTED}),
        ("atelier", {"status": "preparing"}),
        ("publication", {"status": "concept"}),
        ("publication", {"status": "review"}),
    ],
)
def test_what_is_not_public_is_never_indexed_or_shown(
    topics, make, werkplaats_b, werkplaats_a, kind, fields
):
    hidden = make(kind, werkplaats_b, "Eenzame ouderen in de wijk", "Eenzaamheid", **fields)

    assert not MatchItem.objects.filter(object_id=hidden.pk, kind=kind).exists()
    found = engine.similar_to_text("eenzame ouderen in de wijk", exclude_werkplaats=werkplaats_a)
    assert hidden.title not in titles(found)


def test_a_hidden_question_is_looked_up_by_its_text_but_shows_only_public_items(
    topics, make, werkplaats_a
):
    submitted = make(
        "question", werkplaats_a, "Eenzaamheid onder ouderen", "", status=Status.SUBMITTED
    )
    found = engine.similar_to_object(submitted)
    assert topics["lonely_b"].title in titles(found)
    assert all(MatchItem.objects.filter(title=s.title).exists() for s in found)


@pytest.mark.parametrize("text", ["", "   ", "de het een", "?!", "Parkeervergunning aanvragen"])
def test_nothing_for_empty_contentless_or_unrelated_text(topics, werkplaats_a, text):
    assert engine.similar_to_text(text, exclude_werkplaats=werkplaats_a) == []


def test_nothing_in_an_empty_index(db):
    assert engine.similar_to_text("eenzame ouderen") == []


def test_limit_is_respected(make, werkplaats_a, werkplaats_b):
    for number in range(8):
        make("question", werkplaats_b, f"Eenzame ouderen bereiken {number}", "eenzaamheid")
    assert len(engine.similar_to_text("eenzame ouderen", limit=3)) == 3


def test_many_objects_are_looked_up_at_once(topics):
    objects = [topics["lonely_a"], topics["debts_c"]]
    found = engine.similar_to_objects(objects)
    assert len(found) == 2
    by_title = {key: titles(value) for key, value in found.items()}
    assert any(topics["debts_b"].title in value for value in by_title.values())
    assert any(topics["lonely_b"].title in value for value in by_title.values())


def test_rebuild_gives_the_same_index_as_the_services(topics):
    before = sorted(MatchItem.objects.values_list("object_id", "kind", "title"))
    counts = dict(TermCount.objects.values_list("term", "count"))
    assert rebuild() == len(before)
    assert sorted(MatchItem.objects.values_list("object_id", "kind", "title")) == before
    assert dict(TermCount.objects.values_list("term", "count")) == counts


def test_counts_follow_additions_and_removals(topics):
    items = TermCount.objects.get(term="").count
    assert items == 5
    remove_item(topics["debts_b"])
    assert TermCount.objects.get(term="").count == 4
    assert not Posting.objects.filter(
        item__object_id=topics["debts_b"].pk, item__kind="publication"
    ).exists()
    index_item(topics["debts_b"])
    index_item(topics["debts_b"])  # twice changes nothing
    assert TermCount.objects.get(term="").count == 5
    assert TermCount.objects.filter(count__lt=0).count() == 0


def test_the_rebuild_command_indexes_every_public_item(topics, make, werkplaats_a):
    from io import StringIO

    from django.core.management import call_command

    make("question", werkplaats_a, "Niet ingediend", "", index=False, status=Status.SUBMITTED)
    make("atelier", werkplaats_a, "Nog niet in het index", "eenzaamheid", index=False)
    MatchItem.objects.all().delete()
    out = StringIO()
    call_command("rebuild_matching_index", stdout=out)
    assert "6" in out.getvalue()
    assert MatchItem.objects.count() == 6
