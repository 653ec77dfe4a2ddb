"""Helpers for the search tests: indexed objects, and searching as the page does.

The factories write rows directly, not through the services, so ``indexed()`` puts an object
in the index the way a service would. Tests of the services' own index updates use the
services.
"""

import pytest

from tests.activities.factories import ActivityFactory
from tests.ateliers.factories import AtelierFactory
from tests.questions.factories import QuestionFactory
from werkplaats.search import selectors
from werkplaats.search.models import SearchEntry
from werkplaats.search.query import parse
from werkplaats.search.registry import index_object


def indexed(obj):
    index_object(obj)
    return obj


@pytest.fixture
def question(werkplaats_a):
    """``question(title, situation, **fields)``: a public question of A, indexed."""

    def make(title, situation="Een vraag uit de praktijk.", **fields):
        fields.setdefault("werkplaats", werkplaats_a)
        return indexed(QuestionFactory(title=title, situation=situation, **fields))

    return make


@pytest.fixture
def atelier(werkplaats_a):
    def make(title, description="Een leeratelier.", **fields):
        fields.setdefault("werkplaats", werkplaats_a)
        return indexed(AtelierFactory(title=title, description=description, **fields))

    return make


@pytest.fixture
def activity(werkplaats_a):
    def make(title, description="Een bijeenkomst.", **fields):
        fields.setdefault("werkplaats", werkplaats_a)
        return indexed(ActivityFactory(title=title, description=description, **fields))

    return make


def find(text, *, sort=selectors.RELEVANCE, page=1, **filters):
    """The results of searching ``text`` with ``filters`` (see selectors.Selection)."""
    return selectors.search(
        query=parse(text), selection=selectors.Selection(**filters), sort=sort, page_number=page
    )


def titles(text, **options) -> list[str]:
    return [result.title for result in find(text, **options).page.object_list]


def entry_of(obj) -> SearchEntry | None:
    from django.contrib.contenttypes.models import ContentType

    return SearchEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    ).first()
