"""The index follows the content: only public objects, in the same transaction, rebuildable."""

import pytest
from django.core.management import call_command
from django.db import transaction

from tests.activities.factories import ActivityFactory, in_days
from tests.ateliers.factories import AtelierFactory
from tests.questions.factories import QuestionFactory, ReflectionFactory
from tests.search.conftest import entry_of, indexed, titles
from werkplaats.activities import services as activity_services
from werkplaats.activities.models import Activity
from werkplaats.ateliers import services as atelier_services
from werkplaats.ateliers.models import Atelier
from werkplaats.questions import services as question_services
from werkplaats.questions.models import Status
from werkplaats.search.models import SearchEntry
from werkplaats.search.registry import _registry, rebuild, remove_object

pytestmark = pytest.mark.django_db


# Questions -----------------------------------------------------------------------------------


def test_a_submitted_question_is_not_indexed_until_a_coordinator_takes_it_up(
    werkplaats_a, coordinator_a
):
    question = question_services.question_submit(
        werkplaats=werkplaats_a,
        title="Hoe bereiken we eenzame statushouders?",
        situation="Nieuwkomers in de wijk voelen zich alleen.",
        asker_name="Sam",
        asker_email="sam@example.net",
        contact_consent=True,
    )
    assert entry_of(question) is None
    assert titles("statushouders") == []

    question = question_services.question_transition(
        actor=coordinator_a,
        question=question,
        version=question.version,
        to_status=Status.IN_PROGRESS,
    )
    assert entry_of(question).title == "Hoe bereiken we eenzame statushouders?"
    assert titles("statushouders") == ["Hoe bereiken we eenzame statushouders?"]


def test_a_rejected_question_leaves_the_index(werkplaats_a, coordinator_a):
    question = indexed(QuestionFactory(werkplaats=werkplaats_a, title="Vraag over armoede"))
    assert titles("armoede") == ["Vraag over armoede"]

    question_services.question_transition(
        actor=coordinator_a,
        question=question,
        version=question.version,
        to_status=Status.REJECTED,
        note="Dit past niet bij de kennisagenda.",
    )
    assert entry_of(question) is None
    assert titles("armoede") == []


def test_a_published_reflection_makes_the_question_findable_by_its_words(werkplaats_a, member_a):
    question = indexed(QuestionFactory(werkplaats=werkplaats_a, title="Jonge mantelzorgers"))
    reflection = ReflectionFactory(question=question, known="Vindplaatsgericht werken helpt.")
    assert titles("vindplaatsgericht") == []  # a draft is not public

    question_services.reflection_publish(actor=member_a, reflection=reflection)
    assert titles("vindplaatsgericht") == ["Jonge mantelzorgers"]


# Ateliers --------------------------------------------------------------------------------------


def test_an_atelier_in_preparation_is_not_indexed_and_leaves_when_it_goes_back(
    werkplaats_a, coordinator_a
):
    atelier = AtelierFactory.build(
        werkplaats=werkplaats_a,
        slug="",
        title="Leeratelier laaggeletterdheid",
        status=Atelier.Status.PREPARING,
    )
    atelier = atelier_services.atelier_save(actor=coordinator_a, atelier=atelier)
    assert entry_of(atelier) is None

    atelier.status = Atelier.Status.ACTIVE
    atelier_services.atelier_save(actor=coordinator_a, atelier=atelier)
    assert titles("laaggeletterdheid") == ["Leeratelier laaggeletterdheid"]

    atelier.status = Atelier.Status.PREPARING
    atelier_services.atelier_save(actor=coordinator_a, atelier=atelier)
    assert titles("laaggeletterdheid") == []
    assert not SearchEntry.objects.exists()


# Activities ----------------------------------------------------------------------------------


def test_a_members_only_activity_is_never_indexed(werkplaats_a, coordinator_a):
    activity = ActivityFactory.build(
        werkplaats=werkplaats_a,
        slug="",
        title="Intervisie voor leden",
        audience=Activity.Audience.MEMBERS,
    )
    activity = activity_services.activity_save(actor=coordinator_a, activity=activity)
    assert entry_of(activity) is None
    assert titles("intervisie") == []

    activity.audience = Activity.Audience.PUBLIC
    activity_services.activity_save(actor=coordinator_a, activity=activity)
    assert titles("intervisie") == ["Intervisie voor leden"]

    activity.audience = Activity.Audience.MEMBERS
    activity_services.activity_save(actor=coordinator_a, activity=activity)
    assert titles("intervisie") == []


def test_the_report_of_an_activity_is_searched(werkplaats_a, coordinator_a):
    activity = indexed(
        ActivityFactory(werkplaats=werkplaats_a, title="Kenniscafé", start=in_days(-3))
    )
    activity_services.report_save(
        actor=coordinator_a, activity=activity, report="We spraken over **buurtbemiddeling**."
    )
    assert titles("buurtbemiddeling") == ["Kenniscafé"]


# Publications --------------------------------------------------------------------------------


def test_an_unpublished_publication_is_never_indexed(werkplaats_a):
    from werkplaats.publications.models import Publication

    if Publication not in _registry:
        pytest.skip("Publications are not registered for search yet.")
    from tests.publications.factories import PublicationFactory

    publication = indexed(
        PublicationFactory(
            werkplaats=werkplaats_a,
            title="Handreiking schuldhulp",
            status=Publication.Status.CONCEPT,
        )
    )
    assert entry_of(publication) is None
    assert titles("schuldhulp") == []


# Transactions, removal and rebuilding -----------------------------------------------------------


class Abort(Exception):
    pass


def test_a_rolled_back_save_leaves_no_entry(werkplaats_a, coordinator_a):
    atelier = AtelierFactory.build(
        werkplaats=werkplaats_a, slug="", title="Leeratelier dakloosheid"
    )
    with pytest.raises(Abort), transaction.atomic():
        atelier_services.atelier_save(actor=coordinator_a, atelier=atelier)
        assert titles("dakloosheid") == ["Leeratelier dakloosheid"]
        raise Abort

    assert not Atelier.objects.exists()
    assert not SearchEntry.objects.exists()
    assert titles("dakloosheid") == []


def test_a_rolled_back_change_leaves_the_entry_as_it_was(werkplaats_a, coordinator_a):
    atelier = indexed(
        AtelierFactory(werkplaats=werkplaats_a, title="Leeratelier armoede", description="")
    )
    with pytest.raises(Abort), transaction.atomic():
        atelier.title = "Leeratelier eenzaamheid"
        atelier_services.atelier_save(actor=coordinator_a, atelier=atelier)
        raise Abort

    assert titles("armoede") == ["Leeratelier armoede"]
    assert titles("eenzaamheid") == []


def test_changing_an_object_replaces_its_entry(werkplaats_a, coordinator_a):
    atelier = indexed(
        AtelierFactory(werkplaats=werkplaats_a, title="Leeratelier armoede", description="")
    )
    atelier.title = "Leeratelier eenzaamheid"
    atelier_services.atelier_save(actor=coordinator_a, atelier=atelier)

    assert SearchEntry.objects.count() == 1
    assert titles("armoede") == []
    assert titles("eenzaamheid") == ["Leeratelier eenzaamheid"]


def test_remove_object_takes_it_out(werkplaats_a):
    question = indexed(QuestionFactory(werkplaats=werkplaats_a, title="Vraag over schulden"))
    remove_object(question)
    assert titles("schulden") == []
    assert not SearchEntry.objects.exists()


def test_rebuild_indexes_every_public_object_and_nothing_else(werkplaats_a, werkplaats_b):
    QuestionFactory(werkplaats=werkplaats_a, title="Openbare vraag over wonen")
    QuestionFactory(
        werkplaats=werkplaats_a, title="Nieuwe vraag over wonen", status=Status.SUBMITTED
    )
    AtelierFactory(werkplaats=werkplaats_b, title="Atelier wonen")
    AtelierFactory(
        werkplaats=werkplaats_b, title="Atelier wonen in voorbereiding", status="preparing"
    )
    ActivityFactory(werkplaats=werkplaats_a, title="Bijeenkomst wonen")
    ActivityFactory(werkplaats=werkplaats_a, title="Ledenbijeenkomst wonen", audience="members")
    gone = indexed(QuestionFactory(werkplaats=werkplaats_a, title="Verwijderde vraag over wonen"))
    gone.delete()  # outside the services: its entry stays until the rebuild

    call_command("rebuild_search_index", verbosity=0)

    assert sorted(titles("wonen")) == [
        "Atelier wonen",
        "Bijeenkomst wonen",
        "Openbare vraag over wonen",
    ]
    assert SearchEntry.objects.count() == 3


def test_rebuild_twice_gives_the_same_index(werkplaats_a):
    QuestionFactory(werkplaats=werkplaats_a, title="Vraag over jeugdzorg")
    assert rebuild() == 1
    assert rebuild() == 1
    assert titles("jeugdzorg") == ["Vraag over jeugdzorg"]
    assert titles("zorg") == ["Vraag over jeugdzorg"]


def test_bm25_prefers_the_shorter_field_and_saturates_repeated_words():
    from werkplaats.search.backends.base import spaced
    from werkplaats.search.backends.sqlite import score
    from werkplaats.search.backends.statistics import Statistics

    averages = Statistics(entries=100, title_length=4, summary_length=20)

    def of(title, summary=()):
        return score([" dement "], [1.0], averages, spaced(list(title)), spaced(list(summary)))

    assert of(["dement", "thuis"]) > of(["dement", *["thuis"] * 10])
    assert of(["dement"]) > of([], ["dement"]) > 0
    assert of(["dement"]) < of(["dement", "dement"]) < 2 * of(["dement"])
    assert of(["thuis"]) == 0
