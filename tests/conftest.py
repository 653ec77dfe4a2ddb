"""Fixed role fixtures, after healthchecks' ``BaseTestCase``.

Two werkplaatsen, A and B, and one person per role that matters for access:

* ``coordinator_a``: coordinator of A
* ``member_a``: a researcher in A (a plain member)
* ``coordinator_b``: coordinator of B, who must never see behind A's doors
* ``national_admin``: a superuser without any membership
* ``anonymous``: nobody logged in (``None``)

``client_for(user)`` gives a test client logged in as that user (anonymous for ``None``).
"""

import pytest
from django.test import Client

from tests.accounts.factories import MembershipFactory, UserFactory
from tests.network.factories import WerkplaatsFactory
from werkplaats.accounts.models import Role

ROLES = ("anonymous", "member_a", "coordinator_a", "coordinator_b", "national_admin")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Uploaded and generated files (the demo's presentations, too) never land in var/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def werkplaats_a(db):
    return WerkplaatsFactory(name="Werkplaats A", slug="werkplaats-a")


@pytest.fixture
def werkplaats_b(db):
    return WerkplaatsFactory(name="Werkplaats B", slug="werkplaats-b")


@pytest.fixture
def coordinator_a(werkplaats_a):
    user = UserFactory(name="Coördinator A", email="coordinator-a@example.org")
    MembershipFactory(user=user, werkplaats=werkplaats_a, role=Role.COORDINATOR)
    return user


@pytest.fixture
def member_a(werkplaats_a):
    user = UserFactory(name="Onderzoeker A", email="onderzoeker-a@example.org")
    MembershipFactory(user=user, werkplaats=werkplaats_a, role=Role.RESEARCHER)
    return user


@pytest.fixture
def coordinator_b(werkplaats_b):
    user = UserFactory(name="Coördinator B", email="coordinator-b@example.org")
    MembershipFactory(user=user, werkplaats=werkplaats_b, role=Role.COORDINATOR)
    return user


@pytest.fixture
def national_admin(db):
    return UserFactory(
        name="Landelijk beheer",
        email="admin@example.org",
        is_staff=True,
        is_superuser=True,
    )


@pytest.fixture
def anonymous():
    return None


@pytest.fixture
def client_for(db):
    """``client_for(user)``: a fresh client, logged in as ``user`` unless it is None."""

    def make(user):
        client = Client()
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture
def role_users(anonymous, member_a, coordinator_a, coordinator_b, national_admin):
    return {
        "anonymous": anonymous,
        "member_a": member_a,
        "coordinator_a": coordinator_a,
        "coordinator_b": coordinator_b,
        "national_admin": national_admin,
    }
