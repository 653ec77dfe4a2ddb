"""An agenda of werkplaats A with one theme and a public question under it, and the same for B."""

import pytest

from tests.agenda.factories import AgendaFactory, AgendaThemeFactory, QuestionFactory


@pytest.fixture
def agenda_a(werkplaats_a):
    return AgendaFactory(werkplaats=werkplaats_a, title="Kennisagenda A")


@pytest.fixture
def theme_a(agenda_a):
    return AgendaThemeFactory(agenda=agenda_a, title="Armoede en schulden")


@pytest.fixture
def question_a(theme_a):
    return QuestionFactory(werkplaats=theme_a.agenda.werkplaats, agenda_theme=theme_a)


@pytest.fixture
def agenda_b(werkplaats_b):
    return AgendaFactory(werkplaats=werkplaats_b, title="Kennisagenda B")


@pytest.fixture
def theme_b(agenda_b):
    return AgendaThemeFactory(agenda=agenda_b, title="Jeugd en gezin")


@pytest.fixture
def question_b(theme_b):
    return QuestionFactory(werkplaats=theme_b.agenda.werkplaats, agenda_theme=theme_b)
