import uuid
from datetime import timedelta

import factory
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from tests.network.factories import WerkplaatsFactory
from werkplaats.newsletter.models import SUBSCRIPTION_SALT, Subscription


class SubscriptionFactory(factory.django.DjangoModelFactory):
    """A confirmed weekly subscription to one werkplaats, its first digest not yet due."""

    class Meta:
        model = Subscription
        skip_postgeneration_save = True

    class Params:
        unconfirmed = factory.Trait(confirmed=None, last_sent=None)

    email = factory.Sequence(lambda n: f"lezer{n}@example.org")
    werkplaats = factory.SubFactory(WerkplaatsFactory)
    frequency = Subscription.Frequency.WEEKLY
    # Asked an hour ago: long enough for the form to send another e-mail.
    requested = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))
    confirmed = factory.LazyFunction(timezone.now)
    last_sent = factory.LazyAttribute(lambda o: o.confirmed)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


def url(name: str, subscription) -> str:
    """A personal link of ``subscription``: manage, confirm or unsubscribe."""
    return reverse(f"newsletter:{name}", kwargs={"token": subscription.token})


def bad_tokens(subscription) -> dict[str, str]:
    token = subscription.token
    return {
        "changed signature": token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        "no signature": str(subscription.key),
        "unknown key": signing.Signer(salt=SUBSCRIPTION_SALT).sign(str(uuid.uuid4())),
        "other salt": signing.Signer(salt="something.else").sign(str(subscription.key)),
    }
