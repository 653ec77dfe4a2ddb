import factory
from django.utils import timezone

from tests.network.factories import WerkplaatsFactory
from werkplaats.accounts.models import INVITATION_VALID_FOR, Invitation, Membership, Role, User

PASSWORD = "een-lang-genoeg-wachtwoord"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"persoon{n}@example.org")
    name = factory.Sequence(lambda n: f"Persoon {n:03d}")
    password = factory.django.Password(PASSWORD)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    werkplaats = factory.SubFactory(WerkplaatsFactory)
    role = Role.RESEARCHER


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Invitation

    werkplaats = factory.SubFactory(WerkplaatsFactory)
    email = factory.Sequence(lambda n: f"genodigde{n}@example.org")
    role = Role.RESEARCHER
    expires_at = factory.LazyFunction(lambda: timezone.now() + INVITATION_VALID_FOR)
