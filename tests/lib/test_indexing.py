"""Pausing the per-object index updates for a bulk load, and rebuilding afterwards."""

import pytest

from tests.questions.factories import QuestionFactory
from tests.search.conftest import entry_of
from werkplaats.lib import indexing
from werkplaats.matching.models import MatchItem
from werkplaats.search.registry import index_object, rebuild, remove_object

pytestmark = pytest.mark.django_db


def in_matching(question) -> bool:
    return MatchItem.objects.filter(object_id=question.pk, title=question.title).exists()


def test_while_paused_neither_search_nor_matching_is_updated(werkplaats_a):
    question = QuestionFactory(werkplaats=werkplaats_a, title="Eenzaamheid onder ouderen")

    with indexing.paused():
        assert index_object(question) is False

    assert entry_of(question) is None
    assert not in_matching(question)


def test_after_the_pause_updates_go_through_again(werkplaats_a):
    question = QuestionFactory(werkplaats=werkplaats_a, title="Eenzaamheid onder ouderen")
    with indexing.paused():
        pass

    assert index_object(question) is True
    assert entry_of(question) is not None
    assert in_matching(question)


def test_a_removal_while_paused_waits_for_the_rebuild(werkplaats_a):
    question = QuestionFactory(werkplaats=werkplaats_a, title="Eenzaamheid onder ouderen")
    index_object(question)

    with indexing.paused():
        remove_object(question)
        assert entry_of(question) is not None
        question.status = "submitted"  # no longer public
        question.save()

    rebuild()
    assert entry_of(question) is None


def test_the_pause_ends_when_the_block_fails(werkplaats_a):
    with pytest.raises(RuntimeError), indexing.paused():
        raise RuntimeError

    assert indexing.is_paused() is False
