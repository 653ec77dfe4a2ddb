import pytest

from tests.accounts.factories import UserFactory
from tests.ateliers.factories import AtelierFactory, AtelierMemberFactory
from werkplaats.ateliers.models import AtelierRole

# The roles of the fixed fixtures, plus a member and a lead of the atelier itself.
ATELIER_ROLES = (
    "anonymous",
    "member_a",
    "atelier_member",
    "atelier_lead",
    "coordinator_a",
    "coordinator_b",
    "national_admin",
)


@pytest.fixture
def atelier(werkplaats_a):
    return AtelierFactory(werkplaats=werkplaats_a, title="Eenzaamheid in de wijk", slug="eenzaam")


@pytest.fixture
def atelier_member(atelier):
    user = UserFactory(name="Deelnemer Atelier", email="deelnemer@example.org")
    AtelierMemberFactory(atelier=atelier, user=user, role=AtelierRole.PROFESSIONAL)
    return user


@pytest.fixture
def atelier_lead(atelier):
    user = UserFactory(name="Trekker Atelier", email="trekker@example.org")
    AtelierMemberFactory(atelier=atelier, user=user, role=AtelierRole.TREKKER)
    return user


@pytest.fixture
def atelier_users(role_users, atelier_member, atelier_lead):
    return {**role_users, "atelier_member": atelier_member, "atelier_lead": atelier_lead}
