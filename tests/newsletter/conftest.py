import pytest

from tests.newsletter.factories import SubscriptionFactory


@pytest.fixture
def subscription(werkplaats_a):
    """Anna follows werkplaats A, weekly, confirmed."""
    return SubscriptionFactory(email="anna@example.org", werkplaats=werkplaats_a)


@pytest.fixture
def pending(werkplaats_a):
    """Bram asked for werkplaats A's newsletter and has not confirmed yet."""
    return SubscriptionFactory(email="bram@example.org", werkplaats=werkplaats_a, unconfirmed=True)
