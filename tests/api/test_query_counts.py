"""A page of the API costs the same number of queries whatever the number of rows."""

import pytest

from tests.activities.factories import ActivityFactory
from tests.agenda.factories import AgendaFactory, AgendaThemeFactory
from tests.api.conftest import API
from tests.ateliers.factories import AtelierFactory
from tests.helpers import assert_same_cost
from tests.network.factories import (
    OrganisationFactory,
    PartnershipFactory,
    ThemeFactory,
    WerkplaatsFactory,
)
from tests.publications.factories import AuthorFactory, PublicationFactory
from tests.questions.factories import QuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme(db):
    return ThemeFactory()


def _werkplaats(theme):
    werkplaats = WerkplaatsFactory()
    werkplaats.themes.add(theme)
    return werkplaats


def _organisation(theme):
    PartnershipFactory(organisation=OrganisationFactory())


def _question(theme):
    QuestionFactory(werkplaats=_werkplaats(theme)).themes.add(theme)


def _agenda(theme):
    agenda = AgendaFactory(werkplaats=_werkplaats(theme))
    for _ in range(2):
        AgendaThemeFactory(agenda=agenda).themes.add(theme)


def _atelier(theme):
    atelier = AtelierFactory()
    atelier.themes.add(theme)
    atelier.partners.add(OrganisationFactory())


def _activity(theme):
    activity = ActivityFactory()
    activity.themes.add(theme)
    activity.co_organisers.add(WerkplaatsFactory())


def _publication(theme):
    publication = PublicationFactory()
    publication.themes.add(theme)
    AuthorFactory(publication=publication)


@pytest.mark.parametrize(
    ("path", "make"),
    [
        ("/werkplaatsen", _werkplaats),
        ("/organisations", _organisation),
        ("/questions", _question),
        ("/agendas", _agenda),
        ("/ateliers", _atelier),
        ("/activities", _activity),
        ("/publications", _publication),
    ],
)
def test_list_cost_does_not_grow_with_rows(client, theme, path, make):
    def add_rows(count):
        for _ in range(count):
            make(theme)

    assert_same_cost(client, f"{API}{path}", add_rows, {"limit": 100}, small=2, large=12)
