"""The services keep the matching index current: save, status change, delete."""

import pytest

from werkplaats.agenda import services as agenda_services
from werkplaats.ateliers import services as atelier_services
from werkplaats.matching import engine
from werkplaats.matching.models import MatchItem
from werkplaats.publications import services as publication_services
from werkplaats.questions import services as question_services
from werkplaats.questions.models import Status

pytestmark = pytest.mark.django_db


def indexed(obj, kind):
    return MatchItem.objects.filter(object_id=obj.pk, kind=kind).first()


def test_a_question_enters_when_it_is_taken_up_and_leaves_when_rejected(
    werkplaats_a, coordinator_a
):
    question = question_services.question_submit(
        werkplaats=werkplaats_a,
        title="Eenzame ouderen bereiken",
        situation="Hoe vinden we ze?",
        asker_name="Vrager",
        asker_email="vrager@example.org",
        contact_consent=True,
    )
    assert indexed(question, "question") is None  # submitted: not public

    question = question_services.question_transition(
        actor=coordinator_a,
        question=question,
        version=question.version,
        to_status=Status.IN_PROGRESS,
    )
    assert indexed(question, "question").title == "Eenzame ouderen bereiken"

    question = question_services.question_transition(
        actor=coordinator_a,
        question=question,
        version=question.version,
        to_status=Status.REJECTED,
        note="Past niet bij ons.",
    )
    assert indexed(question, "question") is None


def test_an_agenda_theme_is_indexed_on_save_and_removed_on_delete(
    werkplaats_a, werkplaats_b, coordinator_a
):
    from tests.agenda.factories import AgendaFactory
    from werkplaats.agenda.models import AgendaTheme

    agenda = AgendaFactory(werkplaats=werkplaats_a)
    theme = agenda_services.agenda_theme_save(
        actor=coordinator_a,
        theme=AgendaTheme(agenda=agenda, title="Schulden en armoede", description="Geldzorgen."),
    )
    item = indexed(theme, "agenda_theme")
    assert item.werkplaats_id == werkplaats_a.pk
    assert item.url.endswith(f"#thema-{theme.pk}")
    found = engine.similar_to_text("financiële problemen", exclude_werkplaats=werkplaats_b)
    assert [s.title for s in found] == ["Schulden en armoede"]

    theme.title = "Eenzaamheid"
    agenda_services.agenda_theme_save(actor=coordinator_a, theme=theme)
    assert indexed(theme, "agenda_theme").title == "Eenzaamheid"

    agenda_services.agenda_theme_delete(actor=coordinator_a, theme=theme)
    assert indexed(theme, "agenda_theme") is None


def test_an_atelier_enters_when_it_leaves_preparation(make, werkplaats_a, coordinator_a):
    atelier = make(
        "atelier",
        werkplaats_a,
        "Leeratelier mantelzorg",
        "Overbelaste mantelzorgers",
        status="preparing",
    )
    assert indexed(atelier, "atelier") is None
    atelier.status = "active"
    atelier_services.atelier_save(actor=coordinator_a, atelier=atelier)
    assert indexed(atelier, "atelier") is not None


def test_a_publication_leaves_when_it_goes_back_to_concept(make, werkplaats_a, coordinator_a):
    publication = make("publication", werkplaats_a, "Handreiking dementie", "Alzheimer thuis")
    assert indexed(publication, "publication") is not None
    publication_services.publication_move(
        actor=coordinator_a, publication=publication, status="concept"
    )
    assert indexed(publication, "publication") is None


def test_deleting_an_object_takes_it_out(make, werkplaats_a):
    question = make("question", werkplaats_a, "Eenzame ouderen", "eenzaamheid")
    assert indexed(question, "question") is not None
    pk = question.pk
    question.delete()
    assert not MatchItem.objects.filter(object_id=pk, kind="question").exists()
