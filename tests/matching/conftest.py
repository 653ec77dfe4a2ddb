import pytest

from tests.agenda.factories import AgendaFactory, AgendaThemeFactory
from tests.ateliers.factories import AtelierFactory
from tests.network.factories import WerkplaatsFactory
from tests.publications.factories import PublicationFactory
from tests.questions.factories import QuestionFactory
from werkplaats.matching.registry import index_item


@pytest.fixture
def werkplaats_c(db):
    return WerkplaatsFactory(name="Werkplaats C", slug="werkplaats-c")


@pytest.fixture
def make(db):
    """``make(kind, werkplaats, title, text)``: an item of that kind, indexed for matching."""

    def make(kind, werkplaats, title, text="", index=True, **fields):
        if kind == "question":
            obj = QuestionFactory(werkplaats=werkplaats, title=title, situation=text, **fields)
        elif kind == "atelier":
            obj = AtelierFactory(werkplaats=werkplaats, title=title, description=text, **fields)
        elif kind == "publication":
            obj = PublicationFactory(werkplaats=werkplaats, title=title, summary=text, **fields)
        elif kind == "agenda_theme":
            agenda = werkplaats.agendas.first() or AgendaFactory(werkplaats=werkplaats)
            obj = AgendaThemeFactory(agenda=agenda, title=title, description=text, **fields)
        else:
            raise ValueError(kind)
        if index:
            index_item(obj)
        return obj

    return make


@pytest.fixture
def topics(make, werkplaats_a, werkplaats_b, werkplaats_c):
    """A small network: loneliness and debts in three werkplaatsen, in other words each."""
    return {
        "lonely_a": make(
            "question",
            werkplaats_a,
            "Hoe bereiken we eenzame ouderen in de wijk?",
            "Veel senioren wonen alleen en komen weinig buiten.",
        ),
        "lonely_b": make(
            "agenda_theme",
            werkplaats_b,
            "Sociaal isolement bij 75-plussers",
            "Ouderen met weinig sociale contacten.",
        ),
        "lonely_c": make(
            "atelier",
            werkplaats_c,
            "Leeratelier Vereenzaming voorkomen",
            "Huisbezoeken bij oudere bewoners die zich alleen voelen.",
        ),
        "debts_b": make(
            "publication",
            werkplaats_b,
            "Handreiking financiële problemen",
            "Hoe herkennen professionals betalingsachterstanden en geldzorgen?",
        ),
        "debts_c": make(
            "question",
            werkplaats_c,
            "Waarom komen mensen met schulden zo laat bij de schuldhulpverlening?",
            "De deurwaarder is vaak al langs geweest.",
        ),
    }
