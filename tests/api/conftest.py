"""Records of every kind in werkplaats A, public and not, and tokens for the role fixtures."""

import pytest
from django.core.cache import cache

from tests.activities.factories import ActivityFactory, RegistrationFactory
from tests.agenda.factories import AgendaFactory, AgendaThemeFactory
from tests.ateliers.factories import AtelierFactory
from tests.network.factories import OrganisationFactory, PartnershipFactory, ThemeFactory
from tests.publications.factories import AuthorFactory, PublicationFactory
from tests.questions.factories import QuestionFactory
from werkplaats.activities.models import Activity
from werkplaats.api import services
from werkplaats.ateliers.models import Atelier
from werkplaats.monitoring.services import ensure_standard_targets
from werkplaats.publications.models import Publication
from werkplaats.questions.models import Status

API = "/api/v1"


@pytest.fixture(autouse=True)
def fresh_throttle():
    """The rate limit counts in the cache, which outlives a test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def token_for(db):
    """``token_for(user, werkplaats)``: a new token's plain text."""

    def make(user, werkplaats, **kwargs):
        return services.token_create(
            user=user, werkplaats=werkplaats, name="Script", **kwargs
        ).plain

    return make


def bearer(token: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def records(werkplaats_a, werkplaats_b):
    """What werkplaats A shows publicly, and what it keeps behind its doors."""
    theme = ThemeFactory(name="Eenzaamheid", slug="eenzaamheid")
    werkplaats_a.themes.add(theme)
    partner = OrganisationFactory(name="Gemeente Leiden", slug="gemeente-leiden")
    PartnershipFactory(werkplaats=werkplaats_a, organisation=partner)
    agenda = AgendaFactory(werkplaats=werkplaats_a, start_year=2024, end_year=2027)
    agenda_theme = AgendaThemeFactory(agenda=agenda, title="Eenzaamheid onder ouderen")
    agenda_theme.themes.add(theme)
    public_question = QuestionFactory(
        werkplaats=werkplaats_a, title="Hoe bereiken we eenzame ouderen?", status=Status.IN_PROGRESS
    )
    public_question.themes.add(theme)
    hidden_question = QuestionFactory(
        werkplaats=werkplaats_a,
        title="Een vraag die nog niemand bekeek",
        status=Status.SUBMITTED,
        asker_email="geheim@example.net",
    )
    atelier = AtelierFactory(werkplaats=werkplaats_a, title="Leeratelier Samen oud")
    atelier.themes.add(theme)
    atelier.partners.add(partner)
    preparing = AtelierFactory(
        werkplaats=werkplaats_a, title="Atelier in voorbereiding", status=Atelier.Status.PREPARING
    )
    activity = ActivityFactory(werkplaats=werkplaats_a, title="Kenniscafé ouderen")
    activity.themes.add(theme)
    activity.co_organisers.add(werkplaats_b)
    RegistrationFactory(activity=activity, email="deelnemer-geheim@example.net")
    members_only = ActivityFactory(
        werkplaats=werkplaats_a, title="Ledenbijeenkomst", audience=Activity.Audience.MEMBERS
    )
    publication = PublicationFactory(werkplaats=werkplaats_a, title="Handreiking ouderen")
    publication.themes.add(theme)
    AuthorFactory(publication=publication, name="Auteur Een")
    concept = PublicationFactory(
        werkplaats=werkplaats_a, title="Geheim concept", status=Publication.Status.CONCEPT
    )
    other = PublicationFactory(werkplaats=werkplaats_b, title="Handreiking van B")
    ensure_standard_targets(werkplaats_a)
    return {
        "theme": theme,
        "partner": partner,
        "agenda": agenda,
        "agenda_theme": agenda_theme,
        "public_question": public_question,
        "hidden_question": hidden_question,
        "atelier": atelier,
        "preparing": preparing,
        "activity": activity,
        "members_only": members_only,
        "publication": publication,
        "concept": concept,
        "other_publication": other,
    }
