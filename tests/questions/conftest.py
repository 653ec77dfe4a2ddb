"""Fixtures of the question tests, on top of the role fixtures in tests/conftest.py.

``member_a`` there is a researcher; ``professional_a`` here is a member without any right
to reflect, so that "members" and "researchers" can be told apart.
"""

import pytest

from tests.accounts.factories import MembershipFactory, UserFactory
from tests.questions.factories import QuestionFactory
from werkplaats.accounts.models import Role
from werkplaats.questions.models import Status

ASKER = {
    "asker_name": "Fatima Geheimnaam",
    "asker_email": "fatima.geheim@example.net",
    "asker_organisation": "Stichting Verborgen Hulp",
    "asker_role": "Wijkverpleegkundige Uniek",
}


@pytest.fixture
def professional_a(werkplaats_a):
    user = UserFactory(name="Professional A", email="professional-a@example.org")
    MembershipFactory(user=user, werkplaats=werkplaats_a, role=Role.PROFESSIONAL)
    return user


@pytest.fixture
def question_a(werkplaats_a):
    """A public question of werkplaats A whose asker must stay unknown to the public."""
    return QuestionFactory(
        werkplaats=werkplaats_a,
        status=Status.IN_PROGRESS,
        title="Hoe bereiken we jonge mantelzorgers op school?",
        situation="Jonge mantelzorgers vragen zelden hulp. Leraren zien het vaak als eerste.",
        **ASKER,
    )
